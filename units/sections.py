"""The sections that every unit's site gets, each added by the `build_unit_site` hook
(units.wagtail_hooks registers these; another app registers its own section the same
way: `hooks.register("build_unit_site", fn)`, fn(site, home, level) making its pages
under `home`, idempotently, e.g. with core.demo.child)."""

from core.demo import child
from disclosures.models import DisclosureIndexPage
from documents.models import LegalDocumentIndexPage
from gallery.models import GalleryIndexPage
from home.models import ContactPage
from news.models import NewsCategoryPage, NewsIndexPage
from organisation.models import OrganisationPage
from participation.models import ParticipationPage
from procedures.models import OneStopStatisticsPage, ProcedureIndexPage
from schedule.models import SchedulePage

from .communes import PROVINCE_LEVELS
from .models import UnitNewsPage

NEWS_CATEGORIES = [
    "Tin hoạt động",
    "Chỉ đạo – Điều hành",
    "Kinh tế",
    "Văn hóa – Xã hội",
    "Quốc phòng – An ninh",
    "Cải cách hành chính",
    "Thông báo",
]


def news_section(site, home, level):
    news_index, _created = child(home, NewsIndexPage, "Tin tức – Sự kiện", slug="tin-tuc", show_in_menus=True)
    for title in NEWS_CATEGORIES:
        child(news_index, NewsCategoryPage, title)


def procedures_section(site, home, level):
    """The list shows the province's one catalogue (see ProcedureIndexPage); the results
    page shows this unit's own figures, under its name."""
    child(home, ProcedureIndexPage, "Thủ tục hành chính", show_in_menus=True)
    child(home, OneStopStatisticsPage, "Kết quả giải quyết thủ tục hành chính", unit=site.site_name)


def documents_section(site, home, level):
    child(home, LegalDocumentIndexPage, "Văn bản", slug="van-ban", show_in_menus=True)


def organisation_section(site, home, level):
    """'Giới thiệu': the unit's people and departments are added by its editors."""
    child(home, OrganisationPage, "Tổ chức bộ máy", title_en="Organisation", show_in_menus=True)


def schedule_section(site, home, level):
    child(home, SchedulePage, "Lịch công tác", slug="lich-cong-tac", show_in_menus=True)


def disclosures_section(site, home, level):
    child(home, DisclosureIndexPage, "Công khai", slug="cong-khai", show_in_menus=True)


def participation_section(site, home, level):
    child(
        home,
        ParticipationPage,
        "Hỏi đáp, phản ánh kiến nghị",
        slug="hoi-dap",
        answering_unit=site.site_name,
        show_in_menus=True,
    )


def gallery_section(site, home, level):
    child(home, GalleryIndexPage, "Thư viện ảnh – video", slug="thu-vien", show_in_menus=True)


def contact_section(site, home, level):
    child(home, ContactPage, "Liên hệ", show_in_menus=True)


def communes_news_section(site, home, level):
    """The province's listing of its communes' news."""
    if level in PROVINCE_LEVELS:
        child(home, UnitNewsPage, "Tin các xã, phường", slug="tin-xa-phuong", show_in_menus=True)
