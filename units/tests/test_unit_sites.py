"""A province's administrator creates a commune's site in one step: pages, identity,
groups confined to its tree, workflow; again and again without duplicates."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook
from wagtail.models import GroupPagePermission, Site, WorkflowPage

from core.models import UnitSettings
from disclosures.models import DisclosureIndexPage
from documents.models import LegalDocumentIndexPage
from gallery.models import GalleryIndexPage
from home.models import ContactPage
from news.models import NewsCategoryPage, NewsIndexPage
from organisation.models import OrganisationPage
from participation.models import ParticipationPage
from procedures.models import OneStopStatisticsPage, ProcedureIndexPage
from schedule.models import SchedulePage
from units.builder import UnitError, build_unit_site
from units.models import UnitNewsPage, UnitSite
from units.sections import NEWS_CATEGORIES
from units.spreadsheet import SpreadsheetError, import_units

pytestmark = pytest.mark.django_db


def test_one_step_makes_a_whole_commune_site(portal):
    built = build_unit_site("Xã Tam Hồng", "xã", "xatamhong.example:80")
    assert built.created
    site = Site.objects.get(hostname="xatamhong.example", port=80)
    home = site.root_page.specific
    assert home.title == "Xã Tam Hồng" and home.live
    news = NewsIndexPage.objects.child_of(home).get()
    assert list(NewsCategoryPage.objects.child_of(news).values_list("title", flat=True)) == NEWS_CATEGORIES
    for model in (
        ProcedureIndexPage,
        OneStopStatisticsPage,
        LegalDocumentIndexPage,
        OrganisationPage,
        SchedulePage,
        DisclosureIndexPage,
        ParticipationPage,
        GalleryIndexPage,
        ContactPage,
    ):
        assert model.objects.child_of(home).live().count() == 1
    assert ParticipationPage.objects.child_of(home).get().answering_unit == "Xã Tam Hồng"
    assert not UnitNewsPage.objects.child_of(home).exists()
    unit = UnitSettings.objects.get(site=site)
    assert (unit.name, unit.level) == ("Xã Tam Hồng", "xa")
    assert built.unit.editors.name == "Biên tập viên – Xã Tam Hồng"
    assert built.unit.approvers.name == "Duyệt tin – Xã Tam Hồng"
    assert set(
        GroupPagePermission.objects.filter(group=built.unit.editors).values_list("page", flat=True)
    ) == {home.pk}
    assert WorkflowPage.objects.get(page=home).workflow == built.unit.workflow
    task = built.unit.workflow.tasks.get().specific
    assert list(task.groups.all()) == [built.unit.approvers]
    assert built.unit.collection.name == "Xã Tam Hồng"


def test_a_province_site_gets_the_communes_news_page(portal):
    built = build_unit_site("Tỉnh Mẫu", "Tỉnh", "tinh-mau.example:80")
    assert UnitNewsPage.objects.child_of(built.home).live().count() == 1


def test_building_twice_adds_nothing(portal):
    first = build_unit_site("Phường Mẫu", "phường", "phuong-mau.example:80")
    again = build_unit_site("Phường Mẫu", "phường", "phuong-mau.example:80")
    assert not again.created
    assert again.site == first.site and UnitSite.objects.count() == 1
    assert first.home.get_descendants().count() == again.home.get_descendants().count()
    assert GroupPagePermission.objects.filter(group=first.unit.editors).count() == 2


@pytest.mark.parametrize(
    ("name", "level", "address", "message"),
    [
        ("", "xã", "a.example", "tên"),
        ("Xã A", "thôn", "a.example", "không phải là một cấp hành chính"),
        ("Xã A", "xã", "", "địa chỉ"),
        ("Xã A", "xã", "a.example/duong-dan", "đường dẫn"),
        ("Xã A", "xã", "a.example:99999", "không phải là một địa chỉ hợp lệ"),
        ("Xã A", "xã", "xa a.example", "không phải là một địa chỉ hợp lệ"),
        ("Xã A", "xã", "xa_a.example", "không phải là một địa chỉ hợp lệ"),
        ("Xã A", "xã", "*.example", "không phải là một địa chỉ hợp lệ"),
        ("Xã A", "xã", "xa-.example", "không phải là một địa chỉ hợp lệ"),
        ("Xã A", "xã", "a.example:0", "không phải là một địa chỉ hợp lệ"),
        ("Xã A", "xã", "a" * 250 + ".example", "không phải là một địa chỉ hợp lệ"),
    ],
)
def test_bad_input_is_refused_in_vietnamese(portal, name, level, address, message):
    with pytest.raises(UnitError) as error:
        build_unit_site(name, level, address)
    assert message in str(error.value)
    assert not UnitSite.objects.exists()


def test_a_hostname_with_vietnamese_letters_is_kept_as_browsers_send_it(portal):
    built = build_unit_site("Xã Tam Hồng", "xã", "tamhồng.example:80")
    assert built.site.hostname == "xn--tamhng-zm8b.example"


def test_the_command_creates_a_site(portal, capsys):
    call_command("create_unit_site", "Đặc khu Mẫu", "đặc khu", "dac-khu-mau.example:80")
    assert "Đã tạo: Đặc khu Mẫu – http://dac-khu-mau.example" in capsys.readouterr().out
    with pytest.raises(CommandError, match="Cần tên"):
        call_command("create_unit_site", "Chỉ có tên")


def csv_bytes(*rows):
    return "\n".join(",".join(row) for row in rows).encode("utf-8-sig")


def test_a_spreadsheet_makes_many_and_twice_is_safe(portal):
    data = csv_bytes(
        ("Tên đơn vị", "Cấp", "Địa chỉ"),
        ("Xã Một", "xã", "xa-mot.example:80"),
        ("Phường Hai", "phường", "phuong-hai.example:80"),
        ("Xã Lỗi", "làng", "xa-loi.example:80"),
    )
    report = import_units(data)
    assert [(row.number, row.ok) for row in report.rows] == [(2, True), (3, True), (4, False)]
    assert "không phải là một cấp hành chính" in report.rows[2].message
    assert report.summary() == "3 dòng: tạo 2 trang, 0 trang đã có, 1 dòng bị từ chối."
    again = import_units(data)
    assert again.created == 0 and UnitSite.objects.count() == 2


def test_an_excel_workbook_works_too(portal):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Ten don vi", "Cap", "Ten mien"])
    sheet.append(["Xã Ba", "Xã", "xa-ba.example:80"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert import_units(buffer.getvalue()).created == 1


def test_a_workbook_longer_than_allowed_is_refused_before_anything_is_made(portal, monkeypatch):
    monkeypatch.setattr("units.spreadsheet.MAX_ROWS", 3)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Tên đơn vị", "Cấp", "Địa chỉ"])
    for number in range(1, 5):
        sheet.append([f"Xã Số {number}", "xã", f"xa-so-{number}.example:80"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    with pytest.raises(SpreadsheetError, match="Tệp có nhiều hơn 3 dòng"):
        import_units(buffer.getvalue())
    assert not UnitSite.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"%PDF-1.4",
        "Họ tên,Tuổi\nA,1".encode(),
        b"\xff\xfe\x00\x00",
        b"PK\x03\x04 hong",
        ('Tên đơn vị,Cấp,Địa chỉ\n"' + "x" * 200_000 + '",xã,xa.example').encode(),
    ],
)
def test_a_file_that_is_not_a_list_of_units_is_refused(portal, data):
    with pytest.raises(SpreadsheetError):
        import_units(data)
    assert not UnitSite.objects.exists()


def test_the_admin_screen_is_for_superusers_only(client, portal, django_user_model, two_units):
    client.force_login(two_units.a.approver)
    assert client.get("/admin/don-vi/").status_code in (302, 403)
    admin = django_user_model.objects.create_superuser("quan-tri-tinh", password="mat-khau-thu-nghiem")
    client.force_login(admin)
    body = client.get("/admin/don-vi/").content.decode()
    assert "Xã Mẫu A" in body and "Biên tập viên – Xã Mẫu B" in body


def test_the_admin_screen_creates_a_site_and_reports_bad_input(client, portal, django_user_model):
    admin = django_user_model.objects.create_superuser("quan-tri-tinh", password="mat-khau-thu-nghiem")
    client.force_login(admin)
    response = client.post(
        "/admin/don-vi/", {"name": "Xã Bốn", "level": "xa", "address": "xa-bon.example:80"}
    )
    assert response.status_code == 302
    assert Site.objects.filter(hostname="xa-bon.example").exists()
    response = client.post("/admin/don-vi/", {"name": "Xã Năm", "level": "xa", "address": "xa-nam.example/a"})
    assert response.status_code == 400
    assert "đường dẫn" in response.content.decode()
    upload = io.BytesIO(b"%PDF-1.4")
    upload.name = "don-vi.pdf"
    response = client.post("/admin/don-vi/", {"action": "file", "file": upload})
    assert response.status_code == 400


def test_hostnames_that_make_the_same_slug_each_get_a_site(portal):
    """Dots vanish from a slug: the last three addresses would all be "xaatinhgovvn"."""
    for address in (
        "xa-a.tinh.gov.vn:80",
        "xaa.tinh.gov.vn:80",
        "xa.a.tinh.gov.vn:80",
        "x.aa.tinh.gov.vn:80",
    ):
        assert build_unit_site(f"Xã {address}", "xã", address).created
    assert Site.objects.filter(hostname__endswith="tinh.gov.vn").count() == 4
