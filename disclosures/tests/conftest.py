import datetime

import pytest

from documents.tests.conftest import register  # noqa: F401  (the register of legal documents)

from .factories import DisclosureIndexPageFactory

# The day the stories happen: Q1 and Q2 2025 are past their deadlines, Q3 is not.
TODAY = datetime.date(2025, 10, 10)


@pytest.fixture
def disclosures_page(portal):
    return DisclosureIndexPageFactory(parent=portal.home, show_in_menus=True)


@pytest.fixture
def today(monkeypatch):
    """Freezes the day the checklist counts from."""
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY)
    return TODAY
