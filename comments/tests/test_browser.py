"""In a real browser (Debian's Chromium driven by Playwright, JavaScript switched off), a
resident fills in the comment form under the seed article and is told it awaits moderation.

Skipped, with the reason, only where no Chromium can be found; CI sets REQUIRE_BROWSER=1
(and installs Chromium in .ci/run), where a missing browser is a failure."""

import os
import shutil

import pytest

from comments.models import ArticleComment
from core.text import ascii_slug
from demo.seed import read_seed_article
from news.tests.factories import SupervisionReportPageFactory

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def find_chromium():
    candidates = [os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium", shutil.which("chromium")]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


def no_browser(reason):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture
def chromium_path():
    path = find_chromium()
    if path is None:
        no_browser("no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH)")
    return path


@pytest.fixture
def sync_playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        no_browser("the playwright package is not installed (pip install -r requirements-dev.txt)")
    return sync_playwright


@pytest.fixture
def seed_article(portal):
    seed = read_seed_article()
    return SupervisionReportPageFactory(
        parent=portal.category,
        title=seed.title,
        slug=ascii_slug(seed.title),
        byline=seed.byline,
        date=seed.date,
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_resident_comments_on_the_seed_article_in_chromium(
    live_server, seed_article, chromium_path, sync_playwright
):
    # Everything the database needs is made before Playwright starts its event loop, and
    # checked after it stops: Django refuses ORM calls while a loop runs in the thread.
    url = f"{live_server.url}{seed_article.url}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=LAUNCH_ARGS)
        try:
            page = browser.new_context(java_script_enabled=False, locale="vi-VN").new_page()
            page.goto(url)
            page.get_by_label("Tiêu đề").fill("Hỏi về giờ làm việc của bộ phận một cửa")
            page.get_by_label("Người gửi").fill("Nguyễn Thị Hoa")
            page.get_by_label("Email").fill("hoa.nguyen@example.com")
            page.get_by_label("Nội dung bình luận").fill("Bộ phận một cửa có làm việc\nsáng thứ Bảy không?")
            page.get_by_role("button", name="Gửi bình luận").click()
            page.wait_for_load_state()
            notice = page.locator("#binh-luan-thong-bao").inner_text()
            landed_on = page.url
            published = page.locator(".comments__list").count()
        finally:
            browser.close()

    assert "Bình luận đang chờ duyệt" in notice
    assert landed_on.startswith(url)
    assert published == 0
    comment = ArticleComment.objects.get()
    assert comment.user_name == "Nguyễn Thị Hoa"
    assert comment.comment == "Bộ phận một cửa có làm việc\nsáng thứ Bảy không?"
    assert not comment.is_public
