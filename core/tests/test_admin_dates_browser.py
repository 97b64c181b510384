"""In Chromium, with JavaScript on: an editor types an ISO date into the admin's schedule
dialog; the picker keeps it, and the article is scheduled, not published at once.

Skipped, with the reason, only where no Chromium can be found; CI sets REQUIRE_BROWSER=1,
where a missing browser is a failure."""

import datetime

import pytest
from django.utils import timezone

from news.models import ArticlePage
from news.tests.factories import ArticlePageFactory

PASSWORD = "mat-khau-thu-nghiem-12345"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_iso_date_typed_in_the_schedule_dialog_schedules_the_article(
    live_server, portal, django_user_model, chromium
):
    django_user_model.objects.create_superuser("bientap", "bientap@xa.example", PASSWORD)
    article = ArticlePageFactory(parent=portal.category, live=False)
    later = (timezone.localtime() + datetime.timedelta(days=30)).replace(second=0, microsecond=0)
    typed = later.strftime("%Y-%m-%d %H:%M")
    edit_url = f"{live_server.url}/admin/pages/{article.pk}/edit/"

    with chromium() as page:
        page.set_default_timeout(60_000)
        page.goto(f"{live_server.url}/admin/login/?next=/admin/pages/{article.pk}/edit/")
        page.fill("#id_username", "bientap")
        page.fill("#id_password", PASSWORD)
        page.locator("form button[type=submit]").first.click()
        page.wait_for_url(edit_url)
        page.locator('[data-side-panel-toggle="status"]').first.click()
        page.locator('[data-a11y-dialog-show="schedule-publishing-dialog"]').first.click()
        dialog = page.locator("#schedule-publishing-dialog")
        field = dialog.locator('input[name="go_live_at"]')
        field.click()
        field.fill("")
        field.type(typed)
        dialog.locator("h2, h1").first.click()  # the field loses focus
        kept = field.input_value()
        # The draft is saved with its schedule: the edit page comes back at the same address.
        with page.expect_navigation(wait_until="domcontentloaded"):
            dialog.locator("button[type=submit]").click()
        saved = page.locator(".messages").inner_text()
        page.locator("footer .w-dropdown__toggle").click()
        with page.expect_navigation(wait_until="domcontentloaded"):
            page.locator('button[name="action-publish"]').click()
        messages = page.locator(".messages").inner_text()

    assert kept == typed, saved
    article = ArticlePage.objects.get(pk=article.pk)
    assert not article.live, messages
    assert article.go_live_at == later
    assert article.revisions.filter(approved_go_live_at=later).exists()
