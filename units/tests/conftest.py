from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from core.models import UnitLevel, UnitSettings
from home.tests.portal import build_portal

from .isolation import SampleUnit, build_sample_unit


@dataclass
class TwoUnits:
    province: object
    a: SampleUnit
    b: SampleUnit


def build_two_units(portal, user_model):
    """The province (the test portal, at testserver) and two communes on their own hosts."""
    UnitSettings.objects.filter(site=portal.site).update(name="Tỉnh Mẫu", level=UnitLevel.PROVINCE)
    a = build_sample_unit(user_model, "Xã Mẫu A", "xa-mau-a.example", "anpha")
    b = build_sample_unit(user_model, "Xã Mẫu B", "xa-mau-b.example", "beta")
    return TwoUnits(province=portal, a=a, b=b)


@pytest.fixture
def two_units(portal, django_user_model):
    return build_two_units(portal, django_user_model)


@pytest.fixture(scope="module")
def two_units_read_only(django_db_setup, django_db_blocker):
    """The two communes built once for a module whose tests only read them (about 3 s
    each time), inside a transaction rolled back after the module; each test's own
    changes are rolled back to a savepoint within it."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        units = build_two_units(build_portal(), get_user_model())
    yield units
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
