"""In Chromium, an approver works in the admin and reads the text its JavaScript builds in
Vietnamese: the page editor and its StreamField block menu, the image chooser, and the bulk
bar of the comments list."""

import pytest
from django.contrib.auth.models import Group
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from comments.tests.factories import ArticleCommentFactory
from core.tests.english import english_words
from news.tests.factories import ArticlePageFactory


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_admins_javascript_speaks_vietnamese(
    live_server, portal, django_user_model, settings, tmp_path, chromium
):
    settings.MEDIA_ROOT = tmp_path
    article = ArticlePageFactory(parent=portal.category)
    ArticleCommentFactory(article=article)
    Image.objects.create(title="Ảnh hội nghị", file=get_test_image_file())
    approver = django_user_model.objects.create_user("duyet", password="mat-khau-thu-nghiem")
    approver.groups.add(Group.objects.get(name="Duyệt tin"))

    read = {}
    with chromium() as page:
        page.goto(f"{live_server.url}/admin/login/")
        read["login"] = page.inner_text("main")
        page.fill("#id_username", "duyet")
        page.fill("#id_password", "mat-khau-thu-nghiem")
        page.get_by_role("button", name="Đăng nhập").click()
        page.wait_for_url(f"{live_server.url}/admin/")
        read["sidebar"] = page.inner_text("#wagtail-sidebar")

        page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
        page.locator(".c-sf-add-button").first.click()
        page.locator(".w-combobox").first.wait_for()
        read["block menu"] = page.inner_text(".w-combobox")
        page.keyboard.press("Escape")
        read["page editor"] = page.inner_text("main")

        page.get_by_role("button", name="Chọn ảnh").first.click()
        page.locator(".modal-content").first.wait_for()
        page.locator(".modal-content form").first.wait_for()
        read["image chooser"] = page.inner_text(".modal-content")

        page.goto(f"{live_server.url}/admin/snippets/comments/articlecomment/")
        page.locator("input[data-bulk-action-checkbox]").first.check()
        footer = page.locator("[data-bulk-action-footer]")
        footer.wait_for()
        read["comments bulk bar"] = footer.inner_text()

    assert "Trang" in read["sidebar"] and "Phân trang" not in read["sidebar"]
    assert "Đã chọn 1 mẩu nội dung" in read["comments bulk bar"]
    english = {screen: english_words(text) for screen, text in read.items()}
    assert not {screen: words for screen, words in english.items() if words}
