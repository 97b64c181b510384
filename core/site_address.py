"""The public address of each site. Wagtail builds every absolute address (canonical URL,
sitemap, feeds, JSON-LD, the print view's source line) from the Site's hostname and port,
so that pair must be the address readers use: BASE_URL for the default site, or the
address of each commune's portal when one installation serves several."""

import ipaddress
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from django.utils.translation import gettext as _
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}
# A DNS name as a Host header carries it (Django refuses any other host the same way).
LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
HOSTNAME = re.compile(rf"{LABEL}(\.{LABEL})*")
HOSTNAME_MAX_LENGTH = 253


class AddressError(ValueError):
    """An address a Wagtail Site cannot take; the message says why, for the operator."""


def parse_address(url):
    """(hostname, port) of a public address such as "https://congthongtin.xa.gov.vn".

    Wagtail writes https only for port 443 and http for every other port (Site.root_url),
    so an address it could not give back unchanged is refused rather than altered."""
    invalid = AddressError(_("“%(url)s” is not a valid address.") % {"url": url})
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise invalid from error
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise AddressError(
            _("“%(url)s” is not a web address: it must start with http:// or https:// and name a host.")
            % {"url": url}
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise AddressError(
            _("“%(url)s” must be the site's root address only, without a path, query or user name.")
            % {"url": url}
        )
    if port == 0:
        raise invalid
    port = port or DEFAULT_PORTS[scheme]
    if (scheme == "https") != (port == 443):
        raise AddressError(
            _(
                "“%(url)s” cannot be a site's address: Wagtail writes https:// for port 443 only, "
                "and http:// for every other port."
            )
            % {"url": url}
        )
    hostname = parts.hostname.rstrip(".")
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError as error:
            raise invalid from error
        # Django names an IPv6 host with its brackets (split_domain_port), and Wagtail matches that.
        return f"[{hostname}]", port
    try:
        # A browser sends a name with Vietnamese letters in its IDNA form (xn--...).
        hostname = hostname.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise invalid from error
    if len(hostname) > HOSTNAME_MAX_LENGTH or not HOSTNAME.fullmatch(hostname):
        raise invalid
    return hostname, port


def base_address():
    """(hostname, port) that BASE_URL (settings.WAGTAILADMIN_BASE_URL) names."""
    return parse_address(settings.WAGTAILADMIN_BASE_URL)


def set_site_address(site, hostname, port):
    """Gives the site this address. The default site's address is also the domain of
    django.contrib.sites' site (comments and Django's feeds name it)."""
    taken = Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).first()
    if taken:
        raise AddressError(
            _("The address %(url)s already belongs to the site “%(site)s” (id %(id)s).")
            % {"url": taken.root_url, "site": taken.site_name or taken.hostname, "id": taken.pk}
        )
    site.hostname, site.port = hostname, port
    site.save()
    if site.is_default_site:
        domain = urlsplit(site.root_url).netloc
        DjangoSite.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": domain})
    return site


def site_url(request, path):
    """An absolute address on the request's site, at the site's public address like the
    pages' own (Page.get_full_url), whatever Host the request came by."""
    if path.startswith(("http://", "https://")):
        return path
    site = Site.find_for_request(request)
    return site.root_url + path if site else request.build_absolute_uri(path)
