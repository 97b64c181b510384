"""A resident looks up documents in the register at /van-ban/."""

import datetime
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.models import DocumentType, Status

from .factories import DocumentFieldFactory, IssuerFactory, LegalDocumentPageFactory, attach

pytestmark = pytest.mark.django_db

URL = "/van-ban/"


def numbers_shown(response):
    return re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def documents(register):
    government = IssuerFactory(name="Chính phủ")
    commune = IssuerFactory(name="UBND xã Thử Nghiệm")
    land = DocumentFieldFactory(name="Đất đai")
    information = DocumentFieldFactory(name="Công nghệ thông tin")
    decree = LegalDocumentPageFactory(
        parent=register,
        number="42/2022/NĐ-CP",
        title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
        document_type=DocumentType.objects.get(name="Nghị định"),
        issuer=government,
        field=information,
        issued_on=datetime.date(2022, 6, 24),
        effective_on=datetime.date(2022, 8, 15),
    )
    decision = LegalDocumentPageFactory(
        parent=register,
        number="15/2025/QĐ-UBND",
        title="Ban hành quy chế quản lý đất đai trên địa bàn xã",
        issuer=commune,
        field=land,
        issued_on=datetime.date(2025, 4, 2),
        effective_on=datetime.date(2025, 4, 15),
    )
    letter = LegalDocumentPageFactory(
        parent=register,
        number="123/UBND-VP",
        title="Về việc rà soát hồ sơ đất đai tồn đọng",
        document_type=DocumentType.objects.get(name="Công văn"),
        issuer=commune,
        field=land,
        issued_on=datetime.date(2024, 11, 5),
        effective_on=None,
        status=Status.EXPIRED,
    )
    return {"decree": decree, "decision": decision, "letter": letter}


def test_newest_first_with_the_count(client, documents):
    response = client.get(URL)

    assert response.status_code == 200
    assert numbers_shown(response) == ["15/2025/QĐ-UBND", "123/UBND-VP", "42/2022/NĐ-CP"]
    assert "3 văn bản" in response.content.decode()


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("42/2022", ["42/2022/NĐ-CP"]),
        ("nghi dinh 42", ["42/2022/NĐ-CP"]),
        ("Nghị định 42", ["42/2022/NĐ-CP"]),
        ("QĐ-UBND", ["15/2025/QĐ-UBND"]),
        ("qd-ubnd", ["15/2025/QĐ-UBND"]),
        ("42/2022/NĐ-CP", ["42/2022/NĐ-CP"]),
        ("dich vu cong truc tuyen", ["42/2022/NĐ-CP"]),
        ("dat dai", ["15/2025/QĐ-UBND", "123/UBND-VP"]),
        ("123/UBND", ["123/UBND-VP"]),
        ("khong co van ban nay", []),
    ],
)
def test_search_by_number_symbol_and_summary_with_or_without_diacritics(client, documents, typed, found):
    response = client.get(URL, {"q": typed})

    assert response.status_code == 200
    assert numbers_shown(response) == found


def test_filters_combine_and_stay_in_the_url(client, documents):
    response = client.get(
        URL, {"co_quan": "ubnd-xa-thu-nghiem", "linh_vuc": "dat-dai", "tinh_trang": "het-hieu-luc"}
    )

    assert numbers_shown(response) == ["123/UBND-VP"]
    content = response.content.decode()
    assert '<option value="ubnd-xa-thu-nghiem" selected>' in content
    assert (
        "/van-ban/csv/?co_quan=ubnd-xa-thu-nghiem&amp;linh_vuc=dat-dai&amp;tinh_trang=het-hieu-luc" in content
    )


def test_filter_by_type_and_year(client, documents):
    assert numbers_shown(client.get(URL, {"loai": "nghi-dinh"})) == ["42/2022/NĐ-CP"]
    assert numbers_shown(client.get(URL, {"nam": "2024"})) == ["123/UBND-VP"]
    assert numbers_shown(client.get(URL, {"nam": "2023"})) == []


def test_each_filter_value_shows_how_many_documents_it_would_give(client, documents):
    content = client.get(URL, {"co_quan": "ubnd-xa-thu-nghiem"}).content.decode()

    # Counts of a filter ignore that filter's own choice, and apply the others.
    assert '<option value="chinh-phu">Chính phủ (1)</option>' in content
    assert '<option value="ubnd-xa-thu-nghiem" selected>UBND xã Thử Nghiệm (2)</option>' in content
    assert '<option value="dat-dai">Đất đai (2)</option>' in content
    assert "Công nghệ thông tin (" not in content
    assert '<option value="2025">2025 (1)</option>' in content
    assert '<option value="het-hieu-luc">Hết hiệu lực (1)</option>' in content


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("moi-nhat", ["15/2025/QĐ-UBND", "123/UBND-VP", "42/2022/NĐ-CP"]),
        ("cu-nhat", ["42/2022/NĐ-CP", "123/UBND-VP", "15/2025/QĐ-UBND"]),
    ],
)
def test_other_orders(client, documents, order, expected):
    assert numbers_shown(client.get(URL, {"sap_xep": order})) == expected


def test_latest_in_effect_first(client, documents):
    shown = numbers_shown(client.get(URL, {"sap_xep": "hieu-luc"}))
    assert shown.index("15/2025/QĐ-UBND") < shown.index("42/2022/NĐ-CP")


def test_a_file_downloads_from_the_list(client, documents):
    attach(documents["decree"], title="Nghị định 42/2022/NĐ-CP (bản PDF)")

    content = client.get(URL).content.decode()

    link = re.search(r'<a href="(/documents/[^"]+\.pdf)" download>PDF', content)
    assert link
    assert client.get(link.group(1)).status_code == 200


def test_pages_of_twenty(client, register):
    for number in range(1, 23):
        LegalDocumentPageFactory(
            parent=register, number=f"{number}/2025/QĐ-UBND", issued_on=datetime.date(2025, 1, number)
        )

    first = client.get(URL)
    second = client.get(URL, {"page": "2"})

    assert len(numbers_shown(first)) == 20
    assert numbers_shown(second) == ["2/2025/QĐ-UBND", "1/2025/QĐ-UBND"]
    assert 'rel="next"' in first.content.decode()
    assert client.get(URL, {"page": "3"}).status_code == 404


def test_only_published_documents_of_this_register(client, documents, portal):
    from .factories import LegalDocumentIndexPageFactory

    other = LegalDocumentIndexPageFactory(parent=portal.news_index, slug="van-ban-khac")
    LegalDocumentPageFactory(parent=other, number="1/2025/QĐ-UBND")
    draft = LegalDocumentPageFactory(parent=documents["decree"].get_parent(), number="9/2025/QĐ-UBND")
    draft.unpublish()

    assert sorted(numbers_shown(client.get(URL))) == ["123/UBND-VP", "15/2025/QĐ-UBND", "42/2022/NĐ-CP"]


def test_queries_do_not_grow_with_the_register(client, register, django_assert_max_num_queries):
    def count_queries(number_of_documents, start):
        for number in range(start, start + number_of_documents):
            document = LegalDocumentPageFactory(parent=register, number=f"{number}/2025/QĐ-UBND")
            attach(document)
        client.get(URL)  # warms the caches of the menu and settings
        query = {"loai": "quyet-dinh", "nam": "2025", "q": "nhiem vu", "tinh_trang": "con-hieu-luc"}
        with django_assert_max_num_queries(15) as captured:
            client.get(URL, query)
        return len(captured.captured_queries)

    few = count_queries(3, 1)
    many = count_queries(30, 100)
    assert many == few


@pytest.mark.parametrize(
    "query",
    [
        {"loai": "khong-co"},
        {"co_quan": "x"},
        {"linh_vuc": "<script>"},
        {"nam": "abc"},
        {"nam": "20222"},
        {"nam": "1200"},
        {"tinh_trang": "con-hieu"},
        {"sap_xep": "ngau-nhien"},
        {"page": "abc"},
        {"page": "0"},
        {"page": "-3"},
        {"page": "10" * 20},
        {"q": "a" * 101},
        {"loai": ["quyet-dinh", "nghi-dinh"]},
    ],
    ids=repr,
)
def test_a_bad_parameter_is_refused_in_vietnamese(client, documents, query):
    response = client.get(URL, query)

    assert response.status_code == 400
    content = response.content.decode()
    assert "Một số điều kiện tìm kiếm không dùng được" in content
    # The list is still there, with what could be used.
    assert 'class="register-filters"' in content


def test_bad_parameters_are_refused_for_the_open_data_too(client, documents):
    assert client.get(URL + "csv/", {"nam": "x"}).status_code == 400
    assert client.get(URL + "json/", {"loai": "x"}).status_code == 400


VALUES = {
    "q": st.text(max_size=120),
    "loai": st.sampled_from(["", "nghi-dinh", "quyet-dinh", "cong-van"]) | st.text(max_size=30),
    "co_quan": st.sampled_from(["", "chinh-phu", "ubnd-xa-thu-nghiem"]) | st.text(max_size=30),
    "linh_vuc": st.sampled_from(["", "dat-dai", "cong-nghe-thong-tin"]) | st.text(max_size=30),
    "nam": st.sampled_from(["", "2022", "2025"]) | st.integers(-10, 10**6).map(str) | st.text(max_size=8),
    "tinh_trang": st.sampled_from(["", *Status.values]) | st.text(max_size=30),
    "sap_xep": st.sampled_from(["", "moi-nhat", "cu-nhat", "hieu-luc"]) | st.text(max_size=20),
    "page": st.sampled_from(["", "1", "2"]) | st.integers(-5, 10**7).map(str) | st.text(max_size=8),
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.fixed_dictionaries({}, optional=VALUES))
def test_any_parameters_give_the_list_or_a_clear_refusal(client, documents, query):
    query = {name: value.replace("\x00", "") for name, value in query.items()}
    response = client.get(URL, query)

    assert response.status_code in (200, 400, 404)
    if response.status_code == 400:
        assert "Một số điều kiện tìm kiếm không dùng được" in response.content.decode()
    for export in ("csv/", "json/"):
        assert client.get(URL + export, query).status_code in (200, 400)


def test_a_renamed_issuer_is_found_under_its_new_name(client, documents):
    issuer = documents["decree"].issuer
    issuer.name = "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    issuer.save()

    assert numbers_shown(client.get(URL, {"q": "cong hoa xa hoi chu nghia"})) == ["42/2022/NĐ-CP"]


def test_the_counts_kept_between_requests_follow_a_new_publication(client, documents, register):
    assert "3 văn bản" in client.get(URL).content.decode()

    LegalDocumentPageFactory(parent=register, number="16/2025/QĐ-UBND")

    assert "4 văn bản" in client.get(URL).content.decode()
