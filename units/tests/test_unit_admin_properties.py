"""The province's administrator may type anything into the unit screen, or upload any
file: the answer is a site, or a Vietnamese message and a 400, never a server error;
what exists is never lost, and a spreadsheet run twice makes nothing twice."""

import csv
import io
import re

import pytest
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Site

from core.tests.hostile import COMBINING, CONTROL, HUGE, UNICODE
from units.builder import build_unit_site
from units.models import UnitSite

pytestmark = pytest.mark.django_db

SCREEN = "/admin/don-vi/"
# A letter only Vietnamese writes: an English message left untranslated has none.
VIETNAMESE_LETTER = re.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.I)

TEXT = st.one_of(UNICODE, COMBINING, CONTROL, HUGE.map(lambda text: text[:300]))
NAMES = st.one_of(st.sampled_from(["Xã Mới", "  Phường   Ba Đình ", "Đặc khu Côn Đảo"]), TEXT)
LEVELS = st.one_of(st.sampled_from(["xa", "xã", "Phường", "dac-khu", "tinh", "huyen", "thon", ""]), TEXT)
HOSTNAMES = st.sampled_from(["xa-moi.example", "phuong-ba.example:8080", "https://dac-khu.example"])
ADDRESSES = st.one_of(
    HOSTNAMES,
    HOSTNAMES.map(lambda host: f"{host}/duong-dan"),
    st.sampled_from(["/xa-moi/", "xa moi.example", "[::1", "a.example:99999", "http://", "ftp://a.example"]),
    st.sampled_from(["tỉnh-cũ.example", "xa.example:0", "http://u:p@xa.example", "xa.example?a=1"]),
    TEXT,
)


@pytest.fixture
def administrator(client, portal, django_user_model):
    admin = django_user_model.objects.create_superuser("quan-tri-tinh", password="mat-khau-thu-nghiem")
    client.force_login(admin)
    return admin


@pytest.fixture
def existing(portal):
    """A commune already on the installation, which nothing typed may take away."""
    return build_unit_site("Xã Có Sẵn", "xã", "xa-co-san.example:80").site


def saved_sites():
    return set(Site.objects.values_list("pk", "hostname", "port", "root_page_id"))


def assert_new_sites_served(client, before):
    """Each site made answers at its address with its unit's name: the hostname is one a
    browser can send."""
    for pk, hostname, port, _root in saved_sites() - before:
        site = Site.objects.get(pk=pk)
        response = client.get("/", HTTP_HOST=f"{hostname}:{port}")
        assert response.status_code == 200, (hostname, port)
        assert escape(site.site_name) in response.content.decode()


def errors_of(response, form_name):
    form = response.context[form_name]
    return [str(message) for messages in form.errors.values() for message in messages]


def assert_refused_in_vietnamese(response, form_name):
    assert response.status_code == 400
    errors = errors_of(response, form_name)
    assert errors
    for message in errors:
        assert VIETNAMESE_LETTER.search(message), message
        assert escape(message) in response.content.decode()


@given(name=NAMES, level=LEVELS, address=ADDRESSES)
def test_any_unit_typed_in_gets_a_site_or_a_vietnamese_message(
    client, administrator, existing, name, level, address
):
    before = saved_sites()
    response = client.post(SCREEN, {"name": name, "level": level, "address": address})
    if response.status_code == 302:
        assert len(saved_sites()) in (len(before), len(before) + 1)
        assert_new_sites_served(client, before)
    else:
        assert_refused_in_vietnamese(response, "unit_form")
        assert saved_sites() == before
    assert before <= saved_sites()
    assert UnitSite.objects.filter(site=existing).exists()


ROWS = st.lists(st.tuples(NAMES, LEVELS, ADDRESSES), max_size=3)
HEADINGS = st.sampled_from(
    [("Tên đơn vị", "Cấp", "Địa chỉ"), ("ten", "cap", "hostname"), ("Họ tên", "Tuổi", "")]
)


def as_csv(rows, delimiter):
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter).writerows(rows)
    return text.getvalue().encode("utf-8-sig")


SPREADSHEETS = st.one_of(
    st.builds(
        lambda heading, rows, delimiter: as_csv([heading, *rows], delimiter),
        HEADINGS,
        ROWS,
        st.sampled_from(",;\t"),
    ),
    st.binary(max_size=200),
    st.binary(max_size=200).map(lambda data: b"PK\x03\x04" + data),
    st.binary(max_size=200).map(lambda data: "\ufeffTên đơn vị,Cấp,Địa chỉ\n".encode() + data),
    st.sampled_from([b"", b"\x00", "Tên đơn vị,Cấp,Địa chỉ".encode(), b"\xef\xbb\xbf", b"\r\n\r\n,,,\n"]),
)


def upload(client, data):
    file = io.BytesIO(data)
    file.name = "don-vi.csv"
    return client.post(SCREEN, {"action": "file", "file": file})


@given(data=SPREADSHEETS)
def test_any_spreadsheet_is_read_or_refused_and_twice_makes_nothing_twice(
    client, administrator, existing, data
):
    before = saved_sites()
    response = upload(client, data)
    if response.status_code == 400:
        assert_refused_in_vietnamese(response, "file_form")
        assert saved_sites() == before
        return
    assert response.status_code == 200
    first = response.context["report"]
    for row in first.rows:
        assert escape(row.message) in response.content.decode()
        if not row.ok:
            assert VIETNAMESE_LETTER.search(row.message), row.message
    after_first = saved_sites()
    assert before <= after_first and len(after_first) == len(before) + first.created
    assert_new_sites_served(client, before)

    again = upload(client, data).context["report"]
    assert again.created == 0
    assert [row.ok for row in again.rows] == [row.ok for row in first.rows]
    assert saved_sites() == after_first
    assert UnitSite.objects.filter(site=existing).exists()
