"""The disclosures' pages pass the Nu Html Checker with no error."""

import pytest

from core.tests.test_html_validity import check_html, checker_or_skip
from disclosures.models import DisclosureDocument
from documents.tests.factories import decree_42

from .factories import DisclosurePageFactory, attach

pytestmark = pytest.mark.django_db


def test_the_list_the_period_view_and_a_disclosure_are_valid_html(
    client, disclosures_page, register, today, tmp_path
):
    checker_or_skip()
    disclosure = DisclosurePageFactory(parent=disclosures_page, is_sample=True)
    DisclosureDocument.objects.create(page=disclosure, document=decree_42(register))
    attach(disclosure)
    pages = {
        "list": "/cong-khai/?muc=ngan-sach",
        "list refused": "/cong-khai/?nam=abc",
        "period view": "/cong-khai/theo-ky/?nam=2025",
        "disclosure": disclosure.url,
    }
    files = {}
    for number, (name, url) in enumerate(pages.items()):
        path = tmp_path / f"{number:02d}.html"
        path.write_bytes(client.get(url).content)
        files[path.name] = name

    errors = check_html(list(tmp_path.glob("*.html")))
    assert not {files[name]: messages for name, messages in errors.items()}
