"""Every interface string reaches a Vietnamese reader in Vietnamese."""

import gettext
from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(Path(settings.BASE_DIR).glob("*/locale/vi/LC_MESSAGES/django.po")) + sorted(
    Path(settings.BASE_DIR).glob("locale/vi/LC_MESSAGES/django.po")
)


def test_there_is_a_vietnamese_catalogue():
    assert CATALOGUES


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: str(path.relative_to(settings.BASE_DIR)))
def test_every_string_is_translated_and_compiled(po_path):
    catalogue = polib.pofile(str(po_path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated in {po_path}: {untranslated}"
    assert not fuzzy, f"fuzzy in {po_path}: {fuzzy}"

    with po_path.with_suffix(".mo").open("rb") as compiled_file:
        compiled = gettext.GNUTranslations(compiled_file)
    stale = [
        entry.msgid
        for entry in catalogue.translated_entries()
        if not entry.msgid_plural and compiled_text(compiled, entry) != entry.msgstr
    ]
    assert not stale, f"{po_path.with_suffix('.mo')} is out of date (run make messages): {stale}"


@pytest.mark.django_db
def test_no_public_page_shows_our_english_to_a_vietnamese_reader(client, portal):
    from home.tests.factories import ContactPageFactory, StandardPageFactory
    from news.models import SupervisionRecommendation
    from news.tests.factories import ArticlePageFactory, AuthorFactory, SupervisionReportPageFactory

    article = ArticlePageFactory(parent=portal.category, author=AuthorFactory(), tags=["một cửa"])
    report = SupervisionReportPageFactory(
        parent=portal.category, tags=["một cửa"], findings="<p>Kết quả.</p>"
    )
    SupervisionRecommendation.objects.create(report=report, text="Kiến nghị.", follow_up="Đã làm.")
    pages = [
        "/",
        portal.news_index.url,
        portal.category.url,
        article.url,
        article.url + "in/",
        report.url,
        "/tin-tuc/2020/",
        "/tin-tuc/the/mot-cua/",
        ContactPageFactory(parent=portal.home).url,
        StandardPageFactory(parent=portal.home).url,
        "/khong-co/",
    ]
    english = {
        entry.msgid
        for path in CATALOGUES
        for entry in polib.pofile(str(path))
        if len(entry.msgid.split()) >= 2 and entry.msgstr != entry.msgid and "%" not in entry.msgid
    }
    for url in pages:
        content = client.get(url).content.decode()
        shown = sorted(text for text in english if f">{text}<" in content or f'"{text}"' in content)
        assert not shown, f"{url} shows {shown}"


def compiled_text(compiled, entry):
    return compiled.pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt else compiled.gettext(entry.msgid)
