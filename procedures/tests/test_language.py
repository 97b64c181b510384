"""Every interface string on the procedure pages reaches a Vietnamese reader in Vietnamese."""

import polib
import pytest

from core.tests.test_translations import CATALOGUES
from demo.procedures.loader import STATISTICS_FILES
from procedures.spreadsheets.procedure_import import ProcedureImporter
from procedures.spreadsheets.statistics_import import StatisticsImporter

from .spreadsheets import sample_file

pytestmark = pytest.mark.django_db


def interface_phrases():
    return {
        entry.msgid
        for path in CATALOGUES
        for entry in polib.pofile(str(path))
        if len(entry.msgid.split()) >= 2 and entry.msgstr != entry.msgid and "%" not in entry.msgid
    }


def test_no_procedure_page_shows_english_to_a_vietnamese_reader(client, procedures_site):
    ProcedureImporter().run(sample_file())
    for path in STATISTICS_FILES:
        StatisticsImporter().run(path.read_bytes())
    results = procedures_site.statistics.url
    pages = [
        "/",
        procedures_site.index.url,
        f"{procedures_site.index.url}?q=khong+co+gi&cap=sai",
        f"{procedures_site.index.url}1-001193/",
        f"{procedures_site.index.url}1-001193/in/",
        results,
        f"{results}?don_vi=",
        f"{results}?don_vi=khong-co",
    ]
    english = interface_phrases()

    for url in pages:
        content = client.get(url).content.decode()
        shown = sorted(text for text in english if f">{text}<" in content or f'"{text}"' in content)
        assert not shown, f"{url} shows {shown}"
