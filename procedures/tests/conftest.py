from dataclasses import dataclass

import pytest
from django.core.cache import cache

from .factories import OneStopStatisticsPageFactory, ProcedureIndexPageFactory


@pytest.fixture(autouse=True)
def fresh_cache():
    """The list's URL and the menu are cached: each story starts from an empty cache."""
    cache.clear()
    yield
    cache.clear()


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
