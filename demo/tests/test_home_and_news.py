"""`make run` loads the demo: the seed article must read exactly as published."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Page, Site

from core.models import UnitSettings
from demo import accounts
from demo.seed import read_seed_article
from news.models import ArticlePage, NewsCategoryPage, SupervisionReportPage

pytestmark = pytest.mark.django_db

SHARED_SEED = Path(settings.BASE_DIR).parent / "shared" / "seed" / "000_c2c7c993ea69b5f4.txt"


def test_the_shipped_seed_is_the_shared_seed():
    if not SHARED_SEED.exists():
        pytest.skip("the shared seed folder is not beside this checkout")
    assert read_seed_article() == read_seed_article(SHARED_SEED)


def test_the_seed_article_reads_exactly_as_published(client, demo):
    seed = read_seed_article()
    article = SupervisionReportPage.objects.get(title=seed.title)

    assert seed.category == "Thời sự tổng hợp" and article.get_parent().title == "Thời sự tổng hợp"
    assert article.slug.startswith("hdnd-huyen-giam-sat-thuc-hien-nhiem-vu-cai-cach-hanh-chinh")
    assert article.byline == "Anh Đào" and article.author.name == "Anh Đào"
    assert article.date.strftime("%d/%m/%Y") == "30/09/2020"
    assert len(seed.paragraphs) == 5

    page = client.get(article.url).content.decode()
    for paragraph in seed.paragraphs:
        assert f"<p>{escape(paragraph)}</p>" in page
    assert 'Ngày đăng: <time datetime="2020-09-30">30/09/2020</time>' in page
    assert "16.517 hồ sơ" in page
    assert "Đẩy mạnh công tác tuyên truyền" in page and "Đơn vị đã tiếp thu" in page
    assert "Tin liên quan" in page


def test_the_seed_article_is_the_first_thing_on_the_home_page(client, demo):
    content = client.get("/").content.decode()
    first_card = content.split('<h3 class="card__title">', 2)[1]
    assert read_seed_article().title in first_card


def test_loading_twice_creates_no_duplicates(demo):
    counts = (Page.objects.count(), ArticlePage.objects.count(), NewsCategoryPage.objects.count())

    call_command("load_demo_content", "--no-admin", stdout=io.StringIO())

    assert (Page.objects.count(), ArticlePage.objects.count(), NewsCategoryPage.objects.count()) == counts
    assert Site.objects.count() == 3  # the portal and its two sample communes (demo.units)
    assert ArticlePage.objects.filter(title=read_seed_article().title).count() == 1


def test_the_demo_unit_is_a_clearly_marked_sample(demo):
    unit = UnitSettings.for_site(Site.objects.get(is_default_site=True))
    assert "minh họa" in unit.name
    assert unit.level == "huyen"


def test_the_printed_password_opens_the_admin(db, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(accounts, "CREDENTIALS_FILE", tmp_path / "password")
    call_command("load_demo_content")
    first = capsys.readouterr().out
    call_command("load_demo_content")
    second = capsys.readouterr().out

    password = re.search(r"mật khẩu: (\S+)", first).group(1)
    assert "tên đăng nhập: admin" in first and re.search(r"mật khẩu: (\S+)", second).group(1) == password
    assert "Dữ liệu minh họa đã sẵn sàng." in first
    assert authenticate(username="admin", password=password) is not None


def test_a_password_recorded_for_another_database_is_never_printed(db, tmp_path, monkeypatch, capsys):
    """After switching databases, the password of the other database's account does not
    open this one: the command says how to set one instead of printing it."""
    monkeypatch.setattr(accounts, "CREDENTIALS_FILE", tmp_path / "password")
    (tmp_path / "password").write_text('{"sqlite:///another.sqlite3": "not-this-one"}')
    get_user_model().objects.create_user("admin", password="chosen-by-the-editor")

    call_command("load_demo_content")

    out = capsys.readouterr().out
    assert "not-this-one" not in out and "manage.py changepassword admin" in out
    assert authenticate(username="admin", password="chosen-by-the-editor") is not None


def test_a_password_file_from_before_is_still_used_when_it_works(db, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(accounts, "CREDENTIALS_FILE", tmp_path / "password")
    (tmp_path / "password").write_text("old-style-password\n")
    get_user_model().objects.create_user("admin", password="old-style-password")

    call_command("load_demo_content")

    assert "mật khẩu: old-style-password" in capsys.readouterr().out
