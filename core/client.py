"""The client's address, behind the reverse proxies the deployment trusts (TRUSTED_PROXIES).

REMOTE_ADDR is the address of the peer that opened the connection: behind the shipped
proxies (nginx, then Varnish, then gunicorn, all on 127.0.0.1) it is always 127.0.0.1.
X-Forwarded-For is believed only as far as trusted proxies wrote it: walking it from the
right, trusted proxies are skipped and the first address that is not one is the client's.
Anything to its left was written by the client itself and is ignored, and the whole
header is ignored when the peer is not a trusted proxy, so nobody escapes a rate limit
or a login lockout by sending the header.

TRUSTED_PROXIES holds addresses ("127.0.0.1") or networks ("10.0.0.0/8"); a system check
reports entries that are neither."""

import ipaddress

from django.conf import settings
from django.core import checks


def parse_address(text):
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def parse_network(entry):
    try:
        return ipaddress.ip_network(entry.strip(), strict=False)
    except ValueError:
        return None


def trusted_networks():
    return [network for network in map(parse_network, settings.TRUSTED_PROXIES) if network]


def is_trusted(address, networks):
    return any(address in network for network in networks)


def client_ip(request):
    """The client's address as text, or None when the peer's own address is unreadable."""
    remote = parse_address(request.META.get("REMOTE_ADDR", ""))
    networks = trusted_networks()
    if remote is None or not is_trusted(remote, networks):
        return str(remote) if remote else None
    hops = [parse_address(hop) for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed(hops):
        if hop is None:
            # A trusted proxy never writes this: what is left of it cannot be believed.
            break
        if not is_trusted(hop, networks):
            return str(hop)
    return str(remote)


def check_trusted_proxies(app_configs, **kwargs):
    return [
        checks.Error(
            f"TRUSTED_PROXIES entry {entry!r} is neither an IP address nor a network.",
            hint="Use addresses or networks separated by commas, e.g. 127.0.0.1,::1 or 10.0.0.0/8.",
            id="core.E001",
        )
        for entry in settings.TRUSTED_PROXIES
        if parse_network(entry) is None
    ]
