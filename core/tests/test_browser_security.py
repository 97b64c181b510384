"""In Chromium, under the portal's Content-Security-Policy: a resident reads the home
page, an article and the procedure listing, and an editor signs in, opens the page
editor, uploads an image and sees the article with the editor's toolbar, and the browser
reports no violation of the policy."""

import io

import pytest
from django.contrib.auth import get_user_model
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail_factories import ImageFactory

from news.tests.factories import ArticlePageFactory
from procedures.tests.factories import ProcedureFactory, ProcedureIndexPageFactory


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (0, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def policy_complaints(messages):
    return [text for text in messages if "Content Security Policy" in text or "Permissions-Policy" in text]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_public_pages_and_the_admin_work_under_the_policy_in_chromium(
    live_server,
    portal,
    chromium,
):
    article = ArticlePageFactory(
        parent=portal.category, title="Giám sát cải cách hành chính", lead_image=ImageFactory()
    )
    procedures = ProcedureIndexPageFactory(parent=portal.home)
    ProcedureFactory()
    get_user_model().objects.create_superuser("bientap", "bientap@xa.example", "mat-khau-rat-dai-2026")
    public_paths = [portal.home.url, article.url, procedures.url]
    messages, page_errors = [], []
    with chromium() as page:
        page.on("console", lambda message: messages.append(message.text))
        page.on("pageerror", lambda error: page_errors.append(str(error)))

        titles = []
        for path in public_paths:
            response = page.goto(f"{live_server.url}{path}")
            titles.append((response.status, response.headers["content-security-policy"], page.title()))

        page.goto(f"{live_server.url}/admin/login/")
        page.locator("#id_username").fill("bientap")
        page.locator("#id_password").fill("mat-khau-rat-dai-2026")
        page.locator("button[type=submit]").click()
        page.wait_for_url(f"{live_server.url}/admin/")

        editor = page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
        page.wait_for_load_state("networkidle")
        editor_title = page.locator("#id_title").input_value()

        page.goto(f"{live_server.url}/admin/images/multiple/add/")
        page.locator("#fileupload").set_input_files(
            files=[{"name": "hop-dan.png", "mimeType": "image/png", "buffer": png_bytes()}]
        )
        page.locator(".status-msg.success").wait_for(state="visible")
        page.wait_for_load_state("networkidle")

        # The signed-in editor's toolbar (Wagtail's userbar) on a public page.
        page.goto(f"{live_server.url}{public_paths[1]}")
        page.locator("wagtail-userbar").wait_for(state="attached")

    for status, policy, title in titles:
        assert status == 200 and title
        assert "default-src 'self'" in policy and "unsafe-inline" not in policy
    assert "unsafe-inline" in editor.headers["content-security-policy"]
    assert editor_title == "Giám sát cải cách hành chính"
    assert get_image_model().objects.filter(title="hop-dan").exists()
    assert policy_complaints(messages) == [], messages
    assert page_errors == []
