import pytest

from .factories import LegalDocumentIndexPageFactory


@pytest.fixture
def register(portal):
    return LegalDocumentIndexPageFactory(parent=portal.home, show_in_menus=True)
