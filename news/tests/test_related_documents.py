"""An article lists the register's documents it is about; a document's new title or
status reaches the article at once (its cached fragment and the front cache)."""

import pytest

from documents.models import Status
from documents.tests.factories import LegalDocumentIndexPageFactory, decree_42
from news.models import ArticleDocument

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article_about_decree_42(portal):
    register = LegalDocumentIndexPageFactory(parent=portal.home)
    article = ArticlePageFactory(parent=portal.category, title="Cổng thông tin xã theo Nghị định 42")
    decree = decree_42(register)
    ArticleDocument.objects.create(page=article, document=decree)
    return article, decree


def test_the_article_lists_its_related_documents(client, article_about_decree_42):
    article, decree = article_about_decree_42

    content = client.get(article.url).content.decode()

    assert "Văn bản liên quan" in content
    assert f'href="{decree.url}"' in content and "Nghị định 42/2022/NĐ-CP" in content
    assert "(Còn hiệu lực)" in content


def test_a_documents_new_status_shows_on_the_cached_article_at_once(client, article_about_decree_42):
    article, decree = article_about_decree_42
    client.get(article.url)  # the article's fragment is now cached

    decree.status = Status.REPLACED
    decree.save_revision().publish()

    assert "(Bị thay thế)" in client.get(article.url).content.decode()


def test_an_unpublished_document_is_no_longer_listed(client, article_about_decree_42):
    article, decree = article_about_decree_42
    client.get(article.url)

    decree.unpublish()

    content = client.get(article.url).content.decode()
    assert article.title in content
    assert "42/2022/NĐ-CP" not in content


def test_a_documents_change_purges_the_articles_that_list_it(
    article_about_decree_42, purged, django_capture_on_commit_callbacks
):
    article, decree = article_about_decree_42

    with django_capture_on_commit_callbacks(execute=True):
        decree.title = "Quy định về cung cấp thông tin trên môi trường mạng"
        decree.save_revision().publish()

    urls = {url for method, url in purged if method == "PURGE"}
    assert f"http://testserver{article.url}" in urls
    assert f"http://testserver{article.url}in/" in urls
