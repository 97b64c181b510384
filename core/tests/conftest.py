"""A portal full of content, one page of each public type: the pages a reader meets
with comments, answers, recommendations, attachments, every procedure section and a
year of figures present, not empty shells."""

from dataclasses import dataclass

import pytest
from django.utils import timezone

from comments.tests.factories import ArticleCommentFactory
from demo.procedures.loader import STATISTICS_FILES
from home.tests.factories import ContactPageFactory, StandardPageFactory
from news.tests.factories import ArticlePageFactory, full_supervision_report
from procedures.spreadsheets.statistics_import import StatisticsImporter
from procedures.tests.factories import OneStopStatisticsPageFactory, ProcedureIndexPageFactory, full_procedure


@dataclass
class FullSite:
    portal: object
    report: object
    article: object
    procedure: object
    pages: dict  # page type -> address


@pytest.fixture
def full_site(portal):
    report = full_supervision_report(portal.category)
    first = ArticleCommentFactory(article=report, approved=True, title="Hỏi về giờ làm việc")
    first.answer = "Bộ phận một cửa làm việc sáng thứ Bảy.\nTrân trọng."
    first.answered_at = timezone.now()
    first.save()
    ArticleCommentFactory(article=report, approved=True, title="Góp ý", comment="Cần thêm chỗ ngồi chờ.")
    article = ArticlePageFactory(parent=portal.category, featured=True, tags=["một cửa"])
    about = StandardPageFactory(
        parent=portal.home,
        summary="Giới thiệu chung về xã.",
        body=[{"type": "paragraph", "value": "<h2>Lịch sử</h2><p>Xã được thành lập năm 1945.</p>"}],
        show_in_menus=True,
    )
    contact = ContactPageFactory(parent=portal.home, intro="<p>Liên hệ với Ủy ban nhân dân xã.</p>")
    procedures = ProcedureIndexPageFactory(
        parent=portal.home, intro="<p>Danh sách thủ tục hành chính.</p>", show_in_menus=True
    )
    procedure = full_procedure()
    statistics = OneStopStatisticsPageFactory(parent=portal.home, intro="<p>Kết quả giải quyết hồ sơ.</p>")
    for path in STATISTICS_FILES:
        StatisticsImporter().run(path.read_bytes())
    year, month = report.date.year, report.date.month
    pages = {
        "home": "/",
        "news index": portal.news_index.url,
        "category": portal.category.url,
        "year archive": f"{portal.news_index.url}{year}/",
        "month archive": f"{portal.news_index.url}{year}/{month}/",
        "tag archive": f"{portal.news_index.url}the/mot-cua/",
        "author archive": f"{portal.news_index.url}tac-gia/anh-dao/",
        "supervision report": report.url,
        "supervision report, print": f"{report.url}in/",
        "article": article.url,
        "article, print": f"{article.url}in/",
        "standard page": about.url,
        "contact page": contact.url,
        "procedure list": procedures.url,
        "procedure list, filtered": f"{procedures.url}?q=khai+sinh&cap=xa",
        "procedure": procedure.url,
        "procedure, print": f"{procedure.url}in/",
        "statistics": statistics.url,
        "search": "/tim-kiem/?q=mot+cua",
        "search, nothing found": "/tim-kiem/?q=khongtimthay",
        "English home": "/en/",
    }
    return FullSite(portal=portal, report=report, article=article, procedure=procedure, pages=pages)
