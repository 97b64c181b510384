"""The Content-Security-Policy and Permissions-Policy every page carries."""

import re
from pathlib import Path

from django.conf import settings

from news.tests.factories import ArticlePageFactory


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_public_pages_allow_only_the_portal_own_files(client, portal):
    article = ArticlePageFactory(parent=portal.category)

    for response in (client.get("/"), client.get(article.url), client.get("/tim-kiem/?q=mot+cua")):
        policy = directives(response)
        assert policy["default-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["form-action"] == ["'self'"]
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        assert "nonce-" not in response["Content-Security-Policy"]


def test_the_policy_is_the_same_for_every_visitor_so_a_front_cache_can_keep_the_page(client, portal):
    assert client.get("/")["Content-Security-Policy"] == client.get("/")["Content-Security-Policy"]


def test_error_pages_carry_the_policy_too(client, portal):
    response = client.get("/khong-co-trang-nay/")

    assert response.status_code == 404
    assert directives(response)["default-src"] == ["'self'"]


def test_the_admin_gets_the_policy_wagtail_can_work_under(client, db):
    policy = directives(client.get("/admin/login/"))

    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_every_page_denies_the_browser_features_the_portal_never_uses(client, portal):
    for response in (client.get("/"), client.get("/admin/login/")):
        features = dict(item.strip().split("=") for item in response["Permissions-Policy"].split(","))
        assert features["camera"] == features["microphone"] == features["geolocation"] == "()"


def public_templates():
    folders = [settings.BASE_DIR / "templates", *Path(settings.BASE_DIR).glob("*/templates")]
    return [path for folder in folders for path in folder.rglob("*.html") if "admin" not in path.parts]


def test_public_templates_have_no_inline_script_or_style():
    inline = re.compile(
        r"<style|\sstyle=|\son[a-z]+=|javascript:|<script(?![^>]*type=\"application/ld\+json\")"
    )
    offenders = [
        f"{path.relative_to(settings.BASE_DIR)}: {match.group(0).strip()}"
        for path in public_templates()
        for match in inline.finditer(path.read_text())
    ]
    assert offenders == []
