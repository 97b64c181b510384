"""The Vietnamese catalogue of Wagtail's admin: complete, current with the installed Wagtail,
and never contradicted by a project string."""

import glob
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

WAGTAIL_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "wagtail" / "vi" / "LC_MESSAGES"
PROJECT_CATALOGUES = sorted(
    glob.glob(str(Path(settings.BASE_DIR) / "*" / "locale" / "vi" / "LC_MESSAGES" / "django.po"))
)
PROJECT_CATALOGUES = [path for path in PROJECT_CATALOGUES if "/locale/wagtail/" not in path] + [
    str(Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po")
]


def text(entry):
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_wagtail_admin_message_is_translated(domain):
    entries = [
        entry
        for entry in polib.pofile(str(WAGTAIL_CATALOGUE / f"{domain}.po"))
        if entry.comment.startswith("wagtail")
    ]
    translated = [entry for entry in entries if text(entry)]
    assert len(translated) / len(entries) >= 0.95
    assert not [entry.msgid for entry in entries if not text(entry)]


def test_the_catalogue_passes_msgfmt_check():
    for domain in ("django", "djangojs"):
        result = subprocess.run(
            ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(WAGTAIL_CATALOGUE / f"{domain}.po")],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr


def test_the_catalogue_has_the_installed_wagtails_messages():
    script = Path(settings.BASE_DIR) / "scripts" / "admin_catalogue.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_project_string_without_context_gives_a_wagtail_msgid_another_meaning():
    wagtail = {
        (entry.msgctxt, entry.msgid): text(entry)
        for entry in polib.pofile(str(WAGTAIL_CATALOGUE / "django.po"))
    }
    clashes = [
        (path, entry.msgid, text(entry), wagtail[(entry.msgctxt, entry.msgid)])
        for path in PROJECT_CATALOGUES
        for entry in polib.pofile(path)
        if (entry.msgctxt, entry.msgid) in wagtail and text(entry) != wagtail[(entry.msgctxt, entry.msgid)]
    ]
    assert not clashes


# Wagtail's msgids and what they read (variables, so that makemessages leaves them to Wagtail).
GLOSSARY_LABELS = {
    "Pages": "Trang",
    "Type": "Loại",
    "Status": "Trạng thái",
    "Save draft": "Lưu bản nháp",
    "Submit for moderation": "Gửi duyệt",
    "Unpublish": "Gỡ xuất bản",
    "Collections": "Bộ sưu tập",
    "Snippets": "Mẩu nội dung",
    "Redirects": "Chuyển hướng",
    "Workflows": "Quy trình duyệt",
    "Promote": "Hiển thị & tìm kiếm",
}
# The two messages that lost a space in Wagtail's own Vietnamese catalogue.
SPACED = {
    "%(label)s and Publish": ({"label": "Duyệt"}, "Duyệt và xuất bản"),
    "Enter your %(username_field_name)s": (
        {"username_field_name": "tên đăng nhập"},
        "Nhập tên đăng nhập của bạn",
    ),
}


def test_wagtails_labels_read_the_glossarys_terms():
    gettext, pgettext = translation.gettext, translation.pgettext
    with translation.override("vi"):
        assert {msgid: gettext(msgid) for msgid in GLOSSARY_LABELS} == GLOSSARY_LABELS
        assert {msgid: gettext(msgid) % values for msgid, (values, _) in SPACED.items()} == {
            msgid: expected for msgid, (_, expected) in SPACED.items()
        }
        ours = ("pagination", "Pages"), ("procedure", "Type")
        assert [pgettext(*each) for each in ours] == ["Phân trang", "Loại thủ tục"]


@pytest.mark.django_db
def test_the_pages_menu_and_the_explorers_type_column_read_trang_and_loai(client, portal, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quan-tri", password="x"))
    dashboard = client.get("/admin/").content.decode()
    assert '"label": "Trang"' in dashboard or "&quot;label&quot;: &quot;Trang&quot;" in dashboard
    assert "Phân trang" not in dashboard
    explorer = client.get(f"/admin/pages/{portal.home.pk}/").content.decode()
    assert "Loại" in explorer
    assert "Loại thủ tục" not in explorer


@pytest.mark.django_db
def test_a_comments_email_confirmation_reads_as_a_vietnamese_word(client, portal, django_user_model):
    from comments.tests.factories import ArticleCommentFactory
    from news.tests.factories import ArticlePageFactory

    comment = ArticleCommentFactory(article=ArticlePageFactory(parent=portal.category))
    client.force_login(django_user_model.objects.create_superuser("quan-tri", password="x"))
    page = client.get(f"/admin/snippets/comments/articlecomment/edit/{comment.pk}/").content.decode()
    assert "Có" in page.split("Đã xác nhận", 1)[1][:2000]
    assert "True" not in page.split("Đã xác nhận", 1)[1][:2000]
