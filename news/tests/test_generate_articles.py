"""The benchmark's generated archive is searchable like one written by editors."""

from django.core.management import call_command
from wagtail.models import Page

from news.models import ArticlePage, NewsCategoryPage


def test_generated_articles_are_found_by_the_site_search(client, portal):
    call_command("generate_articles", "3")

    generated = ArticlePage.objects.live()
    assert generated.count() == 3
    html = client.get("/tim-kiem/", {"q": "noi dung tao tu dong"}).content.decode()
    for article in generated:
        assert f'href="{article.url}"' in html


def test_generated_articles_are_pages_as_an_editor_would_publish_them(client, portal):
    call_command("generate_articles", "30")

    assert Page.find_problems() == ([], [], [], [], [])
    for article in ArticlePage.objects.live():
        assert article.live_revision == article.latest_revision
        assert article.live_revision.as_object().title == article.title
        assert client.get(article.url).status_code == 200
    # Wagtail adds a page after the generated ones where treebeard expects it.
    category = NewsCategoryPage.objects.first()
    added = category.add_child(instance=ArticlePage(title="Bài thêm sau", date="2024-01-01"))
    assert added.get_parent().pk == category.pk
    assert Page.find_problems() == ([], [], [], [], [])
