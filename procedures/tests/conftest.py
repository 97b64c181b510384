from dataclasses import dataclass

import pytest

from core.models import UnitLevel, UnitSettings

from .factories import OneStopStatisticsPageFactory, ProcedureIndexPageFactory


@dataclass
class ProceduresSite:
    portal: object
    index: object
    statistics: object


@pytest.fixture
def procedures_site(portal):
    """A district's portal, like the demo's: its list opens on procedures of every level
    (a commune's opens on its own level: units/tests)."""
    UnitSettings.objects.filter(site=portal.site).update(level=UnitLevel.DISTRICT)
    index = ProcedureIndexPageFactory(parent=portal.home, show_in_menus=True)
    statistics = OneStopStatisticsPageFactory(parent=portal.home)
    return ProceduresSite(portal=portal, index=index, statistics=statistics)
