from dataclasses import dataclass

import pytest

from .factories import OneStopStatisticsPageFactory, ProcedureIndexPageFactory


@dataclass
class ProceduresSite:
    portal: object
    index: object
    statistics: object


@pytest.fixture
def procedures_site(portal):
    index = ProcedureIndexPageFactory(parent=portal.home, show_in_menus=True)
    statistics = OneStopStatisticsPageFactory(parent=portal.home)
    return ProceduresSite(portal=portal, index=index, statistics=statistics)
