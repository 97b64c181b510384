"""One unit's site in one step: its home page, each section's pages (each app adds its
own through the `build_unit_site` hook), its identity, its editors and approvers confined
to its tree, and its workflow.

Safe to run again for the same address: what exists is kept, what is missing is added."""

import itertools
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page, Site

from core.models import UnitLevel, UnitSettings
from core.site_address import AddressError, base_address, parse_address, set_site_address
from core.text import ascii_slug, nfc
from home.models import HomePage

from .access import grant_unit_access
from .models import UnitSite

BUILD_HOOK = "build_unit_site"
NAME_MAX_LENGTH = 100


class UnitError(ValueError):
    """A unit the builder cannot make; the message says why, in Vietnamese."""


@dataclass
class BuiltUnit:
    site: Site
    home: HomePage
    unit: UnitSite
    created: bool


def parse_level(text):
    """'xã', 'Phường', 'dac-khu', 'Tỉnh'... -> a UnitLevel value."""
    slug = ascii_slug(text or "")
    aliases = {
        "thanh-pho-truc-thuoc-trung-uong": UnitLevel.CITY,
        "dac-khu-hanh-chinh": UnitLevel.SPECIAL_ZONE,
    }
    level = aliases.get(slug, slug)
    if level not in UnitLevel.values or level == UnitLevel.DISTRICT:
        choices = ", ".join(str(label) for value, label in UnitLevel.choices if value != UnitLevel.DISTRICT)
        raise UnitError(
            _("“%(level)s” is not an administrative level; use one of: %(choices)s.")
            % {"level": (text or "")[:40], "choices": choices}
        )
    return UnitLevel(level)


def parse_unit_address(text):
    """'xa-a.tinh.gov.vn', 'xa-a.localhost:8000' or a full address -> (hostname, port).
    Without a port, the unit is served as the main portal is (BASE_URL's port)."""
    text = (text or "").strip()
    if not text:
        raise UnitError(_("The address is missing."))
    try:
        if "://" in text:
            return parse_address(text)
        scheme = "https" if text.endswith(":443") else "http"  # as Wagtail writes the address
        hostname, port = parse_address(f"{scheme}://{text}")
        if ":" not in text.rsplit("]", 1)[-1]:
            port = base_address()[1]
        return hostname, port
    except AddressError as error:
        raise UnitError(str(error)) from error


def clean_name(text):
    name = " ".join(nfc(text or "").split())
    if not name:
        raise UnitError(_("The unit's name is missing."))
    if len(name) > NAME_MAX_LENGTH:
        raise UnitError(_("The unit's name is longer than %(max)s characters.") % {"max": NAME_MAX_LENGTH})
    return name


def home_slug(hostname, port):
    """Site roots are siblings under Wagtail's root: their slugs must differ."""
    base = ascii_slug(hostname)[:40] or "don-vi"
    taken = set(
        Page.get_first_root_node().get_children().filter(slug__startswith=base).values_list("slug", flat=True)
    )
    candidates = itertools.chain(
        [base, f"{base}-{port}"], (f"{base}-{number}" for number in itertools.count(2))
    )
    return next(slug for slug in candidates if slug not in taken)


@transaction.atomic
def build_unit_site(name, level, address):
    """Makes (or completes) the site of one unit. Raises UnitError for bad input."""
    name, level = clean_name(name), parse_level(level)
    hostname, port = parse_unit_address(address)
    site = Site.objects.filter(hostname=hostname, port=port).select_related("root_page").first()
    created = site is None
    if created:
        home = HomePage(title=name, slug=home_slug(hostname, port))
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        site = Site(root_page=home, site_name=name)
        try:
            set_site_address(site, hostname, port)
        except AddressError as error:
            raise UnitError(str(error)) from error
    else:
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise UnitError(
                _("The address %(url)s already serves a site whose root is not a home page.")
                % {"url": site.root_url}
            )
    settings, _created = UnitSettings.objects.get_or_create(
        site=site, defaults={"name": name, "level": level}
    )
    if not settings.name:
        settings.name, settings.level = name, level
        settings.save()
    for build_section in hooks.get_hooks(BUILD_HOOK):
        build_section(site, home, settings.level)
    unit = grant_unit_access(site, home, settings.name)
    return BuiltUnit(site=site, home=home, unit=unit, created=created)
