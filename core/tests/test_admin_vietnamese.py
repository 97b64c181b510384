"""An editor, an approver and an administrator go through every admin screen they can reach
and read no English word.

The visit starts from every admin address the URL patterns give without arguments
(dashboard, listings, create forms, reports), the listing and create form of every
registered snippet, every setting's form, and the edit and create forms of every page
type; then it follows every admin address the screens link to or redirect to (edit forms
of each model, history, usage, delete and unpublish confirmations, workflow actions), and
opens each bulk-action confirmation with an object of its listing. Screens whose address
differs only by numbers are visited twice at most, except the starting ones. Nothing here
names an app: the screens of an app added later are visited as soon as it registers them."""

import re
from collections import deque
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

from comments.tests.factories import ArticleCommentFactory
from core.tests.english import english_in_html
from news.models import ArticlePage

ADMIN = "/admin/"
# Leaving the admin, a file download, a preview or draft of the public page (not the admin), or a JSON API.
NOT_SCREENS = re.compile(
    r"/logout/|/failwhale/|/revisions/\d+/view/|/view_draft/|/jsi18n/|/preview|/api/|/sprite|/autocomplete|/frontend-cache|"
    r"export=|/csv|/xlsx|/download|/serve/|/mau/|/tai-ve/|/rendition|/image-url|\.(csv|xlsx|png|jpg)$"
)
ADMIN_ADDRESS = re.compile(r"""["'](/admin/[^"'\s<>]*)["']""")
BULK_CHECKBOX = re.compile(
    r'data-bulk-action-checkbox[^>]*value="(\d+)"|value="(\d+)"[^>]*data-bulk-action-checkbox'
)
MOST_PER_SHAPE = 2
# Content, not interface: the title of the page Wagtail's first migration creates, which
# the site history keeps after the demo replaces it; the column heading "Link DVCTT" that
# spreadsheets of the national procedure database use, listed as an accepted alias.
CONTENT = ("Welcome to your new Wagtail site!", "Link DVCTT")


def admin_addresses_without_arguments(patterns=None, prefix=""):
    """Every address of the URL patterns under /admin/ that takes no argument."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = str(pattern.pattern).lstrip("^").rstrip("$").replace("\\Z", "")
        if any(mark in route for mark in "<(\\*"):
            continue
        if isinstance(pattern, URLResolver):
            yield from admin_addresses_without_arguments(pattern.url_patterns, prefix + route)
        elif isinstance(pattern, URLPattern) and (prefix + route).startswith("admin/"):
            yield "/" + prefix + route


def shape(address):
    return re.sub(r"\d+", "N", urlsplit(address).path)


def linked_admin_addresses(html):
    """Admin addresses a screen links to; bulk actions get an object of the listing."""
    found = [unescape(address) for address in ADMIN_ADDRESS.findall(html)]
    checkbox = BULK_CHECKBOX.search(html)
    object_id = checkbox and (checkbox.group(1) or checkbox.group(2))
    addresses = []
    for address in found:
        if address.startswith("/admin/bulk/"):
            if not object_id:
                continue
            address += ("&" if "?" in address else "?") + f"id={object_id}"
        addresses.append(address)
    return addresses


def screen_html(response):
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html"):
        return response.content.decode()
    if content_type.startswith("application/json"):  # a chooser or a modal workflow step
        data = response.json()
        return data.get("html", "") if isinstance(data, dict) else ""
    return ""


def page_forms():
    """The edit form of one page of each page type (their addresses share one shape), and
    its create form under the first page that may hold one."""
    pages = list(Page.objects.specific())
    for model in get_page_models():
        page = model.objects.first()
        if page is not None:
            yield f"/admin/pages/{page.pk}/edit/"
        parent = next((each for each in pages if model.can_create_at(each)), None)
        if parent is not None:
            yield reverse(
                "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
            )


def registered_screens(user=None):
    """The listing and create form of every registered snippet (the create form where
    `user` may create one), and every setting's form."""
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        yield reverse(viewset.get_url_name("list"))
        if user is None or viewset.permission_policy.user_has_permission(user, "add"):
            yield reverse(viewset.get_url_name("add"))
    for model in settings_registry:
        yield reverse("wagtailsettings:edit", args=[model._meta.app_label, model._meta.model_name])


def visit_admin(client):
    """({address: English words}, addresses answering 5xx, addresses read or leading to
    the screen to read) over every screen reachable from the admin's addresses."""
    starts = set(page_forms()) | set(registered_screens()) | set(admin_addresses_without_arguments())
    queue = deque(sorted(starts))
    seen, per_shape, english, errors, reached = set(), {}, {}, [], []
    while queue:
        address = queue.popleft()
        if address in seen or NOT_SCREENS.search(address):
            continue
        seen.add(address)
        if per_shape.get(shape(address), 0) >= MOST_PER_SHAPE and address not in starts:
            continue
        response = client.get(address, HTTP_ACCEPT_LANGUAGE="vi")
        if response.status_code >= 500:
            errors.append(address)
        if response.status_code in (301, 302) and response["Location"].startswith(ADMIN):
            queue.appendleft(response["Location"])
            reached.append(address)
        if response.status_code != 200:
            continue
        per_shape[shape(address)] = per_shape.get(shape(address), 0) + 1
        reached.append(address)
        html = screen_html(response)
        words = english_in_html(html, ignored=CONTENT)
        if words:
            english[address] = sorted(words)
        queue.extend(linked_admin_addresses(html))
    return english, errors, reached


@pytest.fixture
def admin_day(db, django_user_model, settings, tmp_path):
    """The demo portal, with what a day's work leaves: a comment waiting, an image, a
    document, an article waiting for approval."""

    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", no_admin=True, verbosity=0)
    article = ArticlePage.objects.live().first()
    ArticleCommentFactory(article=article)
    Image.objects.create(title="Ảnh hội nghị", file=get_test_image_file())
    Document.objects.create(title="Kế hoạch năm", file=ContentFile(b"%PDF-1.4", name="ke-hoach.pdf"))

    writer = django_user_model.objects.create_user("bien-tap", password="x", first_name="Lan")
    writer.groups.add(Group.objects.get(name="Biên tập viên"))
    approver = django_user_model.objects.create_user("duyet", password="x", first_name="Minh")
    approver.groups.add(Group.objects.get(name="Duyệt tin"))
    administrator = django_user_model.objects.create_superuser("quan-tri", password="x", first_name="Hà")

    draft = Page.objects.get(pk=article.pk).specific
    draft.title = draft.title + " (sửa)"
    draft.save_revision(user=writer)
    draft.get_workflow().start(draft, writer)
    return {"Biên tập viên": writer, "Duyệt tin": approver, "Quản trị": administrator}


@pytest.mark.parametrize("role", ["Biên tập viên", "Duyệt tin", "Quản trị"])
def test_every_admin_screen_reads_in_vietnamese(client, admin_day, role):
    client.force_login(admin_day[role])
    client.raise_request_exception = False
    english, errors, reached = visit_admin(client)
    assert not errors, f"server errors on {errors}"
    assert len(reached) > 40, f"only {len(reached)} admin screens were reached"
    if role == "Quản trị":
        unread = set(registered_screens(admin_day[role])) - {urlsplit(address).path for address in reached}
        assert not unread, f"registered screens the administrator could not open: {unread}"
    assert not english, "English on these admin screens:\n" + "\n".join(
        f"{address}: {', '.join(words)}" for address, words in sorted(english.items())
    )


@pytest.mark.django_db
def test_the_admin_points_to_the_projects_guide_and_asks_no_other_host(client, portal, django_user_model):
    editor = django_user_model.objects.create_user("bien-tap", password="x", email="lan@xa.example")
    editor.groups.add(Group.objects.get(name="Biên tập viên"))
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/huong-dan-bien-tap/" in dashboard
    for other_host in ("guide.wagtail.org", "gravatar.com", "releases.wagtail.io"):
        assert other_host not in dashboard
    guide = client.get("/admin/huong-dan-bien-tap/").content.decode()
    for section in ("Viết một bài", "Gửi duyệt", "Duyệt và xuất bản", "Hẹn giờ đăng", "Kiểm duyệt bình luận"):
        assert f'<h2 class="w-h2">{section}</h2>' in guide
    assert "Nhập thủ tục hành chính" in guide


@pytest.mark.django_db
def test_the_sign_in_and_password_reset_screens_read_in_vietnamese(client, portal):
    client.raise_request_exception = False
    english, errors, reached = visit_admin(client)
    assert not errors, f"server errors on {errors}"
    assert {"/admin/login/", "/admin/password_reset/"} <= {urlsplit(address).path for address in reached}
    assert not english, english
    sign_in = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert re.search(r'<label[^>]*for="id_password"[^>]*>\s*Mật khẩu', sign_in)
