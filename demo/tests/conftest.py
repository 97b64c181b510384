import io

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def demo_portal(django_db_setup, django_db_blocker):
    """The demo, loaded once for every test of this package that reads it, inside a
    transaction that is rolled back after the package: each test's own changes are
    rolled back to a savepoint within it, and other apps' tests never see the demo."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        call_command("load_demo_content", "--no-admin", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def demo(demo_portal, db):
    """A test that reads the demo portal."""
