"""A new or changed disclosure reaches readers of the cached portal at once: its page,
the list and the period view are purged, and so are disclosures citing a changed document."""

from disclosures.models import DisclosureDocument
from documents.tests.factories import decree_42

from .factories import DisclosurePageFactory


def purged_urls(purged):
    return {url for method, url in purged if method == "PURGE"}


def test_publishing_a_disclosure_purges_the_list_and_the_period_view(
    disclosures_page, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        disclosure = DisclosurePageFactory(parent=disclosures_page)

    urls = purged_urls(purged)
    for path in (disclosure.url, disclosures_page.url, f"{disclosures_page.url}theo-ky/"):
        assert f"http://testserver{path}" in urls, path


def test_a_cited_documents_change_purges_the_disclosure(
    disclosures_page, register, purged, django_capture_on_commit_callbacks
):
    disclosure = DisclosurePageFactory(parent=disclosures_page)
    decree = decree_42(register)
    DisclosureDocument.objects.create(page=disclosure, document=decree)

    with django_capture_on_commit_callbacks(execute=True):
        decree.status = "het-hieu-luc"
        decree.save_revision().publish()

    assert f"http://testserver{disclosure.url}" in purged_urls(purged)
