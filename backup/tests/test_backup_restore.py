"""An operator backs the portal up every night into one archive, and restores it into an
empty database and media folder: the portal then shows the same pages and files. A
damaged archive, or a database that already holds a portal, is refused in Vietnamese.

Runs on the database of the suite: SQLite, and PostgreSQL when DATABASE_URL names one."""

import gzip
import hashlib
import io
import json
import re
import shutil
import tarfile

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Site
from wagtail_factories import ImageFactory

from comments.tests.factories import ArticleCommentFactory
from demo.seed import read_seed_article
from news.models import NewsCategoryPage, SupervisionReportPage
from news.tests.factories import ArticlePageFactory
from procedures.models import Procedure, ProcedureIndexPage

# pg_restore and SQLite's backup API work on the database itself, outside a test's transaction.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def content_types_cached_for_the_next_test():
    """A restore empties the content-type cache (ids may differ from one database to
    another). The next test's serialized rollback builds Wagtail tasks, whose __init__
    asks that cache, before the content types are back: with a cold cache it would create
    them twice. The databases these tests empty are emptied without post_migrate, so the
    ids that come back with a restore are the ones the next test reloads."""
    yield
    if ContentType.objects.exists():
        ContentType.objects.get_for_models(*apps.get_models(include_auto_created=True))


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def backup(path):
    out = io.StringIO()
    call_command("backup_portal", "--output", str(path), stdout=out)
    return out.getvalue()


def restore(path, *args):
    out = io.StringIO()
    call_command("restore_portal", str(path), *args, stdout=out)
    return out.getvalue()


# The comment form carries the time it was drawn, and a hash of it.
FORM_TIME = re.compile(r'name="(timestamp|security_hash)" value="[^"]*"')


def public_pages(client):
    """{address: HTML} of every kind of public page of the demo."""
    article = SupervisionReportPage.objects.get(title=read_seed_article().title)
    category = NewsCategoryPage.objects.get(slug="thoi-su-tong-hop")
    procedures = ProcedureIndexPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).get()
    procedure = Procedure.objects.order_by("code").first()
    paths = [
        "/",
        "/en/",
        category.url,
        f"{category.url}rss/",
        article.url,
        f"{article.url}in/",
        procedures.url,
        f"{procedures.url}{procedure.slug}/",
        "/tim-kiem/?q=mot+cua",
        "/sitemap.xml",
        "/sitemap-trang.xml",
    ]
    pages = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        pages[path] = FORM_TIME.sub("", response.content.decode())
    return pages


def media_checksums(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def empty_database():
    # As the suite flushes between tests: sequences go on (the next test reloads rows by id).
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False)


def empty_everything(media):
    empty_database()
    shutil.rmtree(media)


def test_restoring_into_an_empty_database_and_media_folder_gives_the_same_portal(client, media, tmp_path):
    call_command("load_demo_content", "--no-admin", stdout=io.StringIO())
    get_user_model().objects.create_user("bientap", "bientap@xa.example", "mat-khau-dai-12345")
    article = SupervisionReportPage.objects.get(title=read_seed_article().title)
    ArticleCommentFactory(article=article, approved=True, title="Góp ý về bộ phận một cửa")
    before = public_pages(client)
    files_before = media_checksums(media)
    assert "Góp ý về bộ phận một cửa" in before[article.url]
    assert any(name.startswith("original_images/") for name in files_before)

    report = backup(tmp_path / "sao-luu.tar.gz")
    assert "sao-luu.tar.gz" in report and "người dùng" in report

    empty_everything(media)
    assert Page.objects.count() == 0 and not media.exists()

    report = restore(tmp_path / "sao-luu.tar.gz")

    assert "Đã khôi phục" in report
    assert media_checksums(media) == files_before
    assert public_pages(client) == before
    assert get_user_model().objects.get(username="bientap").check_password("mat-khau-dai-12345")


def test_the_manifest_names_versions_date_counts_and_checksums(media, tmp_path, portal):
    ArticlePageFactory(parent=portal.category, lead_image=ImageFactory())
    backup(tmp_path / "a.tar.gz")

    with tarfile.open(tmp_path / "a.tar.gz") as archive:
        names = archive.getnames()
        manifest = json.load(archive.extractfile("manifest.json"))
        image = next(name for name in names if name.startswith("media/original_images/"))
        image_bytes = archive.extractfile(image).read()

    assert names[-1] == "manifest.json"
    assert set(manifest["versions"]) == {"python", "django", "wagtail", "database"}
    assert manifest["created_at"][:4].isdigit()
    assert manifest["counts"]["wagtailcore_page"] == Page.objects.count()
    assert manifest["counts"]["news_articlepage"] == 1
    assert manifest["files"][image]["sha256"] == hashlib.sha256(image_bytes).hexdigest()
    assert "wagtailcore" in manifest["migrations"]


@pytest.fixture
def archive(media, tmp_path, portal):
    """A backup of a small portal, which is then emptied."""
    ArticlePageFactory(parent=portal.category, lead_image=ImageFactory())
    path = tmp_path / "a.tar.gz"
    backup(path)
    return path


def rewrite(source, target, change):
    """A copy of the archive with `change(name, data)` applied to each member's bytes."""
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old:
            data = change(member.name, old.extractfile(member).read())
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))
    return target


def refused(path, *args):
    with pytest.raises(CommandError) as raised:
        restore(path, *args)
    return str(raised.value)


def test_a_truncated_archive_is_refused_and_nothing_changes(archive, media, tmp_path):
    damaged = tmp_path / "hong.tar.gz"
    damaged.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    empty_everything(media)

    assert "bị hỏng" in refused(damaged)
    assert Page.objects.count() == 0 and not media.exists()


def test_an_archive_whose_file_was_altered_is_refused_by_its_checksum(archive, media, tmp_path):
    def change(name, data):
        return data[:-1] + b"!" if name.startswith("media/original_images/") else data

    altered = rewrite(archive, tmp_path / "sua.tar.gz", change)
    empty_everything(media)

    message = refused(altered)
    assert "bị hỏng" in message and "media/original_images/" in message
    assert Page.objects.count() == 0


def test_something_that_is_not_a_backup_is_refused(media, tmp_path, db):
    not_an_archive = tmp_path / "anh.tar.gz"
    not_an_archive.write_bytes(gzip.compress(b"day khong phai la tep tar"))

    assert "bị hỏng" in refused(not_an_archive)
    assert "Không có tệp" in refused(tmp_path / "khong-co.tar.gz")


def test_an_archive_of_another_kind_of_database_is_refused(archive, media, tmp_path):
    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["database"]["engine"] = "mysql"
        return json.dumps(manifest).encode()

    other = rewrite(archive, tmp_path / "khac.tar.gz", change)
    empty_everything(media)

    assert "cùng loại cơ sở dữ liệu" in refused(other)


def test_a_database_that_holds_a_portal_is_kept_unless_told(archive, media, portal):
    ArticlePageFactory(parent=portal.category, title="Bài viết sau lần sao lưu")

    assert "Cơ sở dữ liệu không trống" in refused(archive)
    assert Page.objects.filter(title="Bài viết sau lần sao lưu").exists()

    restore(archive, "--force")

    assert not Page.objects.filter(title="Bài viết sau lần sao lưu").exists()
    assert Page.objects.type(NewsCategoryPage).get().title == "Thời sự tổng hợp"


def test_a_media_folder_with_files_is_kept_unless_told(archive, media):
    empty_database()
    stray = media / "documents" / "tep-con-lai.txt"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text("giữ lại")

    assert "Thư mục media" in refused(archive)
    assert Page.objects.count() == 0

    restore(archive, "--force")
    assert Page.objects.type(NewsCategoryPage).exists() and stray.exists()


def test_check_only_reads_the_archive(archive, media):
    pages = Page.objects.count()

    report = restore(archive, "--check")

    assert "nguyên vẹn" in report
    assert Page.objects.count() == pages
