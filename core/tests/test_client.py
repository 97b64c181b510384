"""The client's address behind the shipped proxies: nginx appends the resident's address
to X-Forwarded-For, Varnish appends nginx's (127.0.0.1), and gunicorn sees 127.0.0.1."""

import os
import secrets
import subprocess
import sys

from django.conf import settings
from django.core import checks
from django.test import RequestFactory, override_settings
from hypothesis import assume, given
from hypothesis import strategies as st

from core.client import client_ip, parse_address

SHIPPED = ["127.0.0.1", "::1"]


def request_from(peer, forwarded=None):
    headers = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


@override_settings(TRUSTED_PROXIES=SHIPPED)
def test_behind_nginx_and_varnish_the_resident_address_is_the_one_nginx_saw():
    assert client_ip(request_from("127.0.0.1", "203.0.113.5, 127.0.0.1")) == "203.0.113.5"


@override_settings(TRUSTED_PROXIES=SHIPPED)
def test_an_address_the_resident_wrote_in_the_header_is_not_believed():
    # The resident sent "X-Forwarded-For: 6.6.6.6"; nginx and Varnish appended theirs.
    assert client_ip(request_from("127.0.0.1", "6.6.6.6, 203.0.113.5, 127.0.0.1")) == "203.0.113.5"


@override_settings(TRUSTED_PROXIES=SHIPPED)
def test_a_peer_that_is_not_a_trusted_proxy_is_the_client_whatever_it_claims():
    assert client_ip(request_from("198.51.100.7", "203.0.113.5")) == "198.51.100.7"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8", "192.0.2.10"])
def test_trusted_proxies_are_addresses_or_networks():
    forwarded = "203.0.113.5, 192.0.2.10, 10.1.2.3"
    assert client_ip(request_from("10.0.0.2", forwarded)) == "203.0.113.5"


@override_settings(TRUSTED_PROXIES=SHIPPED)
def test_ipv6_residents_and_ipv4_mapped_peers():
    assert client_ip(request_from("::1", "2001:db8::7, 127.0.0.1")) == "2001:db8::7"
    assert client_ip(request_from("::ffff:127.0.0.1", "203.0.113.5")) == "203.0.113.5"


@override_settings(TRUSTED_PROXIES=SHIPPED)
def test_a_trusted_proxy_without_the_header_is_the_client_itself():
    assert client_ip(request_from("127.0.0.1")) == "127.0.0.1"
    assert client_ip(request_from("127.0.0.1", "not an address, 127.0.0.1")) == "127.0.0.1"


@override_settings(TRUSTED_PROXIES=[])
def test_without_trusted_proxies_the_header_is_ignored():
    assert client_ip(request_from("127.0.0.1", "203.0.113.5")) == "127.0.0.1"


@override_settings(TRUSTED_PROXIES=["127.0.0.1", "loopback", "10.0.0.0/33"])
def test_a_mistyped_trusted_proxy_is_reported_by_the_system_checks():
    errors = [error for error in checks.run_checks() if error.id == "core.E001"]
    assert [error.msg for error in errors] == [
        "TRUSTED_PROXIES entry 'loopback' is neither an IP address nor a network.",
        "TRUSTED_PROXIES entry '10.0.0.0/33' is neither an IP address nor a network.",
    ]


forwarded_headers = st.lists(
    st.one_of(st.ip_addresses().map(str), st.text(max_size=40), st.just("127.0.0.1")), max_size=8
).map(", ".join)


@override_settings(TRUSTED_PROXIES=SHIPPED)
@given(forwarded=forwarded_headers, peer=st.ip_addresses().map(str))
def test_an_untrusted_peer_is_the_client_whatever_the_header_says(forwarded, peer):
    assume(str(parse_address(peer)) not in SHIPPED)
    assert client_ip(request_from(peer, forwarded)) == str(parse_address(peer))


@override_settings(TRUSTED_PROXIES=SHIPPED)
@given(forwarded=forwarded_headers, proxy=st.sampled_from(SHIPPED))
def test_behind_a_trusted_proxy_the_client_is_an_untrusted_address_of_the_header(forwarded, proxy):
    address = client_ip(request_from(proxy, forwarded))

    named = {str(parse_address(hop)) for hop in forwarded.split(",") if parse_address(hop)}
    assert address == proxy or (address in named and address not in SHIPPED)


def test_production_trusts_the_shipped_proxies_on_this_machine():
    environment = {key: value for key, value in os.environ.items() if key != "TRUSTED_PROXIES"}
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production", SECRET_KEY=secrets.token_urlsafe(64)
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; print(settings.TRUSTED_PROXIES)",
        ],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "['127.0.0.1', '::1']", result.stderr
