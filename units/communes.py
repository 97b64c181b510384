"""The communes, wards and special zones hosted beside the province, and their latest
articles, read where they are published (nothing is copied to the province's tree)."""

from dataclasses import dataclass
from itertools import groupby

from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber, Substr

from core.cache import cached_with_chrome
from core.models import UnitLevel, UnitSettings
from news.models import live_articles, public_articles

COMMUNE_LEVELS = (UnitLevel.COMMUNE, UnitLevel.WARD, UnitLevel.SPECIAL_ZONE)
# The levels whose portal shows the communes' news: the province (or centrally governed
# city), and a district's portal of before July 2025 (the demo's sample unit).
PROVINCE_LEVELS = (UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.DISTRICT)
PER_UNIT_COUNT = 3


@dataclass(frozen=True)
class CommuneUnit:
    key: str  # the site's hostname (and port if several share it): ?don_vi= in URLs
    name: str
    root_path: str
    root_url: str


def commune_units():
    """Every commune-level unit of the installation, by name; kept until the tree changes."""

    def find():
        rows = (
            UnitSettings.objects.filter(level__in=COMMUNE_LEVELS)
            .select_related("site__root_page")
            .order_by("name")
        )
        hostnames = [row.site.hostname for row in rows]
        return [
            CommuneUnit(
                key=row.site.hostname
                if hostnames.count(row.site.hostname) == 1
                else f"{row.site.hostname}:{row.site.port}",
                name=row.name or row.site.site_name,
                root_path=row.site.root_page.path,
                root_url=row.site.root_url,
            )
            for row in rows
        ]

    return cached_with_chrome("commune-units", find)


def _under(units):
    condition = Q(pk__in=[])
    for unit in units:
        condition |= Q(path__startswith=unit.root_path)
    return condition


def articles_of_units(units):
    """The public articles of these units, newest first."""
    return live_articles().filter(_under(units))


def latest_ids_by_unit(units, count=PER_UNIT_COUNT):
    """{root path: [article id, ...]}: each unit's newest articles, in one query per
    depth of the units' home pages (one, as the site builder makes them)."""
    found = {}
    by_length = sorted(units, key=lambda unit: len(unit.root_path))
    for length, same_depth in groupby(by_length, key=lambda unit: len(unit.root_path)):
        ranked = (
            public_articles()
            .filter(_under(list(same_depth)))
            .annotate(
                unit_path=Substr("path", 1, length),
                rank=Window(
                    RowNumber(), partition_by=F("unit_path"), order_by=[F("date").desc(), F("pk").desc()]
                ),
            )
            .filter(rank__lte=count)
            .values_list("unit_path", "pk")
        )
        for unit_path, pk in ranked:
            found.setdefault(unit_path, []).append(pk)
    return found


def communes_latest_ids(request, home):
    """{root path: [article id, ...]}: on a province's home, each commune's newest
    articles, kept until the next publication; elsewhere, none. The home reads their
    cards with its own, in one query."""
    if UnitSettings.for_request(request).level not in PROVINCE_LEVELS:
        return {}
    return cached_with_chrome(f"communes-latest:{home.pk}", lambda: latest_ids_by_unit(commune_units()))


def communes_sections(selection, cards):
    """[(unit, [article, ...])] for the province's home, from `communes_latest_ids` and
    the cards read for them."""
    if not selection:
        return []
    sections = []
    for unit in commune_units():
        articles = [cards[pk] for pk in selection.get(unit.root_path, []) if pk in cards]
        if articles:
            sections.append(
                (unit, sorted(articles, key=lambda article: (article.date, article.pk), reverse=True))
            )
    return sections
