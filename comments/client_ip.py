"""The resident's address, behind the reverse proxies the deployment trusts (TRUSTED_PROXIES).

REMOTE_ADDR is the proxy's address when there is one. X-Forwarded-For is believed only
as far as it was written by trusted proxies: walking it from the right, the first address
that is not a trusted proxy is the client's. Anything to its left was written by the
client and is ignored, so nobody escapes the rate limit by sending the header."""

import ipaddress

from django.conf import settings


def parse_address(text):
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def trusted_networks():
    networks = []
    for entry in settings.TRUSTED_PROXIES:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            continue
    return networks


def is_trusted(address, networks):
    return any(address in network for network in networks)


def client_ip(request):
    remote = parse_address(request.META.get("REMOTE_ADDR", ""))
    networks = trusted_networks()
    if remote is None or not is_trusted(remote, networks):
        return str(remote) if remote else None
    hops = [parse_address(hop) for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed(hops):
        if hop is None:
            break
        if not is_trusted(hop, networks):
            return str(hop)
    return str(remote)
