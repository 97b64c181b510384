"""The index follows what editors do: publish, edit, unpublish, move, restrict, delete,
import; and a command rebuilds it from scratch."""

import datetime

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from news.models import ArticlePage
from news.tests.factories import ArticlePageFactory, NewsCategoryPageFactory
from procedures.models import Procedure
from search import indexing
from search.analysis import SearchQuery
from search.engine import SearchResults
from search.models import Kind, SearchEntry

pytestmark = pytest.mark.django_db


def found(text):
    return [entry.title for entry in SearchResults(SearchQuery(text))[0:20]]


def draft_article(portal, title):
    article = ArticlePage(title=title, summary="Lịch tiếp dân tháng 10.", live=False)
    portal.category.add_child(instance=article)
    return article


def test_a_draft_is_not_found_until_it_is_published(portal):
    article = draft_article(portal, "Lịch tiếp công dân")
    article.save_revision()
    assert found("tiep cong dan") == []

    article.save_revision().publish()

    assert found("tiep cong dan") == ["Lịch tiếp công dân"]
    entry = SearchEntry.objects.get(page=article)
    assert entry.kind == Kind.NEWS
    assert entry.date == datetime.date.today() or entry.date == article.date


def test_an_edit_is_found_once_published_and_not_before(portal):
    article = draft_article(portal, "Lịch tiếp công dân")
    article.save_revision().publish()

    article.title = "Lịch làm việc của lãnh đạo"
    article.save_revision()
    assert found("lich lam viec") == []
    assert found("tiep cong dan") == ["Lịch tiếp công dân"]

    ArticlePage.objects.get(pk=article.pk).get_latest_revision().publish()

    assert found("lich lam viec") == ["Lịch làm việc của lãnh đạo"]
    assert found("tiep cong dan") == []


def test_an_unpublished_page_leaves_the_results(portal):
    article = ArticlePageFactory(parent=portal.category, title="Thông báo nghỉ lễ")
    assert found("nghi le") == ["Thông báo nghỉ lễ"]

    article.unpublish()

    assert found("nghi le") == []


def test_a_deleted_page_and_its_subpages_leave_the_results(portal):
    category = NewsCategoryPageFactory(parent=portal.news_index, title="Kinh tế")
    ArticlePageFactory(parent=category, title="Giá lúa tăng")
    assert found("kinh te") == ["Kinh tế"]

    category.delete()

    assert found("kinh te") == found("gia lua") == []
    assert not SearchEntry.objects.filter(title__in=["Kinh tế", "Giá lúa tăng"]).exists()


def test_a_moved_article_is_found_at_its_new_address(client, portal):
    economy = NewsCategoryPageFactory(parent=portal.news_index, title="Kinh tế", slug="kinh-te")
    article = ArticlePageFactory(parent=portal.category, title="Giá lúa tăng", slug="gia-lua-tang")

    article.move(economy, pos="last-child")

    content = client.get("/tim-kiem/", {"q": "gia lua"}).content.decode()
    assert 'href="/tin-tuc/kinh-te/gia-lua-tang/"' in content


def test_a_section_restricted_to_logged_in_readers_leaves_the_results(portal):
    section = NewsCategoryPageFactory(parent=portal.news_index, title="Nội bộ")
    ArticlePageFactory(parent=section, title="Kế hoạch nội bộ")

    restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    assert found("noi bo") == []

    restriction.delete()
    assert found("noi bo") == ["Nội bộ", "Kế hoạch nội bộ"]


def test_a_page_under_a_restriction_is_not_indexed_when_published(portal):
    section = NewsCategoryPageFactory(parent=portal.news_index, title="Nội bộ")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)

    ArticlePageFactory(parent=section, title="Kế hoạch nội bộ")

    assert found("ke hoach") == []


def test_an_import_that_skips_save_is_indexed_in_bulk(portal):
    article = ArticlePageFactory(parent=portal.category, title="Tiêu đề cũ", body=[])
    ArticlePage.objects.filter(pk=article.pk).update(title="Tiêu đề nhập từ tệp")
    assert found("nhap tu tep") == []

    assert indexing.index_objects(ArticlePage.objects.filter(pk=article.pk)) == 1

    assert found("nhap tu tep") == ["Tiêu đề nhập từ tệp"]
    assert found("cu") == []


def test_the_rebuild_command_recreates_the_index_with_a_progress_bar(portal, capsys):
    ArticlePageFactory(parent=portal.category, title="Đăng ký khai sinh")
    before = found("dang ky khai sinh")
    SearchEntry.objects.all().delete()
    assert found("dang ky khai sinh") == []

    call_command("rebuild_search_index")

    assert found("dang ky khai sinh") == before == ["Đăng ký khai sinh"]
    output = capsys.readouterr()
    assert "100%" in output.err
    assert "entries" in output.out
    assert sorted(SearchEntry.objects.values_list("title", flat=True)) == [
        "Thời sự tổng hợp",
        "Tin tức – Sự kiện",
        "Trang chủ",
        "Đăng ký khai sinh",
    ]


def test_the_rebuild_removes_entries_of_what_was_deleted_behind_its_back(portal, procedures):
    procedures("1.001193", "Đăng ký khai sinh")
    procedures("1.000656", "Đăng ký kết hôn")
    Procedure.objects.filter(code="1.000656")._raw_delete(Procedure.objects.db)
    assert found("dang ky ket hon") == ["Đăng ký kết hôn"]

    call_command("rebuild_search_index", verbosity=0)

    assert found("dang ky ket hon") == []
    assert found("dang ky khai sinh") == ["Đăng ký khai sinh"]
