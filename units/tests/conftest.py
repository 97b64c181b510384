from dataclasses import dataclass

import pytest

from core.models import UnitLevel, UnitSettings

from .isolation import SampleUnit, build_sample_unit


@dataclass
class TwoUnits:
    province: object
    a: SampleUnit
    b: SampleUnit


@pytest.fixture
def two_units(portal, django_user_model):
    """The province (the test portal, at testserver) and two communes on their own hosts."""
    UnitSettings.objects.filter(site=portal.site).update(name="Tỉnh Mẫu", level=UnitLevel.PROVINCE)
    a = build_sample_unit(django_user_model, "Xã Mẫu A", "xa-mau-a.example", "anpha")
    b = build_sample_unit(django_user_model, "Xã Mẫu B", "xa-mau-b.example", "beta")
    return TwoUnits(province=portal, a=a, b=b)
