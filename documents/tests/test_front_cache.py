"""A new document reaches readers of the cached register: its page, the listing, the
open data and the feeds are purged from the front cache when it is published."""

from .factories import decree_42


def test_publishing_a_document_purges_the_register_and_its_feeds(
    register, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = decree_42(register)

    urls = {url for method, url in purged if method == "PURGE"}
    for path in (
        document.url,
        f"{document.url}in/",
        register.url,
        f"{register.url}csv/",
        f"{register.url}rss/",
    ):
        assert f"http://testserver{path}" in urls, path
