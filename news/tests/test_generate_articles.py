"""The benchmark's generated archive is searchable like one written by editors."""

from django.core.management import call_command

from news.models import ArticlePage


def test_generated_articles_are_found_by_the_site_search(client, portal):
    call_command("generate_articles", "3")

    generated = ArticlePage.objects.live()
    assert generated.count() == 3
    html = client.get("/tim-kiem/", {"q": "noi dung tao tu dong"}).content.decode()
    for article in generated:
        assert f'href="{article.url}"' in html
