"""The shipped front, run for real on free local ports: nginx (deploy/nginx/portal.conf),
then Varnish (deploy/varnish/portal.vcl), then the test server. Residents keep their own
addresses and rate limits, uploaded files are not served as uploaded, and the upload
limit matches the portal's.

Needs nginx and Varnish (`apt-get install nginx-light varnish`); without them these tests
are skipped, unless REQUIRE_SERVICES=1 (CI), where a missing program is a failure."""

import http.client
import re
import ssl
import subprocess
from urllib.parse import urlencode, urlsplit

import pytest
from django.conf import settings
from django.test import override_settings

from comments.models import ArticleComment
from comments.tests.conftest import form_data
from news.tests.factories import ArticlePageFactory

from .servers import free_port, program, running, varnish_in_front_of

SHIPPED = settings.BASE_DIR / "deploy" / "nginx" / "portal.conf"


def shipped_limit_bytes():
    size = re.search(r"client_max_body_size (\d+)m;", SHIPPED.read_text()).group(1)
    return int(size) * 1024 * 1024


def test_nginx_accepts_a_little_more_than_the_upload_limit_for_the_form_around_the_file():
    assert shipped_limit_bytes() == settings.UPLOAD_MAX_SIZE + 1024 * 1024
    assert (
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        == settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
        == settings.UPLOAD_MAX_SIZE
    )


@pytest.fixture
def nginx(live_server, tmp_path):
    """The shipped nginx and Varnish in front of the test server; yields nginx's TLS port."""
    binary = program("nginx", "nginx-light")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    tls_port, plain_port = free_port(), free_port()
    with varnish_in_front_of(urlsplit(live_server.url).port) as varnish_port:
        site = SHIPPED.read_text()
        site = re.sub(r"listen \[::\]:\d+[^;]*;\n", "", site)
        site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{tls_port} ssl http2;")
        site = site.replace("listen 80;", f"listen 127.0.0.1:{plain_port};")
        site = re.sub(r"/etc/letsencrypt/live/[^/]+/fullchain.pem", str(tmp_path / "cert.pem"), site)
        site = re.sub(r"/etc/letsencrypt/live/[^/]+/privkey.pem", str(tmp_path / "key.pem"), site)
        site = site.replace("http://127.0.0.1:6081", f"http://127.0.0.1:{varnish_port}")
        site = site.replace("/srv/portal/media/", f"{settings.MEDIA_ROOT}/")
        assert f"127.0.0.1:{varnish_port}" in site and "letsencrypt" not in site
        (tmp_path / "portal.conf").write_text(site)
        (tmp_path / "nginx.conf").write_text(
            f"daemon off; pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; user root;\n"
            "events {}\n"
            f"http {{ include /etc/nginx/mime.types; access_log off; client_body_temp_path {tmp_path}/body; "
            f"proxy_temp_path {tmp_path}/proxy; include {tmp_path}/portal.conf; }}\n"
        )
        checked = subprocess.run(
            [binary, "-t", "-c", tmp_path / "nginx.conf"], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stderr
        with running([binary, "-c", str(tmp_path / "nginx.conf")], tls_port):
            yield tls_port


def through_nginx(port, resident, method, path, body=None, headers=None):
    """A browser at the loopback address `resident` (127.0.0.2, ...) asking nginx."""
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    connection = http.client.HTTPSConnection(
        "127.0.0.1", port, source_address=(resident, 0), context=context, timeout=30
    )
    try:
        connection.request(method, path, body=body, headers={"Host": "testserver", **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def comment(port, resident, article, text, claimed=None):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if claimed:
        headers["X-Forwarded-For"] = claimed
    body = urlencode(form_data(article, comment=text))
    return through_nginx(port, resident, "POST", f"/binh-luan/{article.pk}/gui/", body, headers)[0]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TRUSTED_PROXIES=["127.0.0.1", "::1"], COMMENTS_RATE_LIMIT=1, COMMENTS_RATE_PERIOD=600)
def test_two_residents_through_nginx_and_varnish_have_separate_rate_limits_and_cannot_claim_another_address(
    portal, nginx
):
    article = ArticlePageFactory(parent=portal.category)

    assert comment(nginx, "127.0.0.2", article, "Góp ý của An", claimed="192.0.2.44") == 303
    assert comment(nginx, "127.0.0.2", article, "Góp ý nữa của An", claimed="192.0.2.45") == 429
    assert comment(nginx, "127.0.0.3", article, "Góp ý của Bình") == 303

    addresses = dict(ArticleComment.objects.values_list("comment", "ip_address"))
    assert addresses == {"Góp ý của An": "127.0.0.2", "Góp ý của Bình": "127.0.0.3"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_nginx_serves_renditions_but_not_files_as_uploaded_and_refuses_oversized_bodies(
    portal, nginx, request
):
    for folder in ("images", "original_images", "documents"):
        (settings.MEDIA_ROOT / folder).mkdir(parents=True, exist_ok=True)
        placed = settings.MEDIA_ROOT / folder / "thu-nghiem.png"
        placed.write_bytes(b"\x89PNG\r\n\x1a\n")
        request.addfinalizer(placed.unlink)

    status, headers, _ = through_nginx(nginx, "127.0.0.2", "GET", "/media/images/thu-nghiem.png")
    assert status == 200 and headers["X-Content-Type-Options"] == "nosniff"
    assert through_nginx(nginx, "127.0.0.2", "GET", "/media/original_images/thu-nghiem.png")[0] == 404
    assert through_nginx(nginx, "127.0.0.2", "GET", "/media/documents/thu-nghiem.png")[0] == 404

    too_big = b"x" * (shipped_limit_bytes() + 1)
    assert through_nginx(nginx, "127.0.0.2", "POST", "/admin/images/multiple/add/", too_big)[0] == 413
