"""In a real browser (Debian's Chromium driven by Playwright, JavaScript switched off), a
resident fills in the comment form under the seed article and is told it awaits moderation."""

import pytest

from comments.models import ArticleComment
from core.text import ascii_slug
from demo.seed import read_seed_article
from news.tests.factories import SupervisionReportPageFactory


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
def test_a_resident_comments_on_the_seed_article_in_chromium(live_server, seed_article, chromium):
    # Everything the database needs is made before Playwright starts its event loop, and
    # checked after it stops: Django refuses ORM calls while a loop runs in the thread.
    url = f"{live_server.url}{seed_article.url}"
    with chromium(java_script_enabled=False) as page:
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

    assert "Bình luận đang chờ duyệt" in notice
    assert landed_on.startswith(url)
    assert published == 0
    comment = ArticleComment.objects.get()
    assert comment.user_name == "Nguyễn Thị Hoa"
    assert comment.comment == "Bộ phận một cửa có làm việc\nsáng thứ Bảy không?"
    assert not comment.is_public
