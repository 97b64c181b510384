"""A reader prints an article, or saves it as PDF: the printout carries everything the
page shows about the article, supervision report included, and none of the site's chrome."""

import pytest

from core.tests.page_text import block_texts, missing_from_print

from .factories import ArticlePageFactory, full_supervision_report

pytestmark = pytest.mark.django_db


def test_a_printed_supervision_report_has_its_summary_and_recommendations(client, portal):
    report = full_supervision_report(portal.category)

    page = client.get(report.url).content.decode()
    printed = client.get(report.url + "in/").content.decode()

    assert missing_from_print(page, printed, "article") == []
    printed_blocks = block_texts(printed, "article")
    assert "Tóm tắt buổi giám sát" in printed_blocks
    assert "Kiến nghị và kết quả thực hiện" in printed_blocks
    assert "Tăng cường cơ sở vật chất." in printed_blocks and "Đã mua thêm máy tính." in printed_blocks
    assert "UBND xã tiếp thu các kiến nghị." in printed_blocks
    assert "Từ khóa: một cửa, giám sát" in printed_blocks or "Từ khóa: giám sát, một cửa" in printed_blocks


def test_a_printed_article_has_everything_its_page_shows(client, portal):
    article = ArticlePageFactory(parent=portal.category, tags=["một cửa"])

    page = client.get(article.url).content.decode()
    printed = client.get(article.url + "in/").content.decode()

    assert missing_from_print(page, printed, "article") == []
    assert 'class="main-menu"' not in printed
