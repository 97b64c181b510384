import pytest

# The browser fixtures of the comments' Chromium test (find Debian's Chromium, import Playwright).
from comments.tests.test_browser import chromium_path, sync_playwright  # noqa: F401

from .factories import LegalDocumentIndexPageFactory


@pytest.fixture
def register(portal):
    return LegalDocumentIndexPageFactory(parent=portal.home, show_in_menus=True)
