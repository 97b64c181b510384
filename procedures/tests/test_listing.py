import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procedures.models import OnlineLevel

from .factories import AgencyFactory, ProcedureFactory, ProcedureFieldFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(procedures_site):
    civil = ProcedureFieldFactory(name="Hộ tịch")
    land = ProcedureFieldFactory(name="Đất đai")
    commune = AgencyFactory(name="Ủy ban nhân dân cấp xã")
    police = AgencyFactory(name="Công an cấp xã")
    ProcedureFactory(
        code="1.001193", name="Đăng ký khai sinh", field=civil, agency=commune, online_level=OnlineLevel.FULL
    )
    ProcedureFactory(code="1.000656", name="Đăng ký khai tử", field=civil, agency=commune)
    ProcedureFactory(
        code="1.003554",
        name="Hòa giải tranh chấp đất đai",
        field=land,
        agency=commune,
        at_commune=False,
        at_district=True,
    )
    ProcedureFactory(
        code="1.004194",
        name="Đăng ký thường trú",
        field=ProcedureFieldFactory(name="Đăng ký, quản lý cư trú"),
        agency=police,
        online_level=OnlineLevel.FULL,
    )
    return procedures_site


def names_in(response):
    content = response.content.decode()
    return [
        name
        for name in ("Đăng ký khai sinh", "Đăng ký khai tử", "Hòa giải tranh chấp", "Đăng ký thường trú")
        if name in content
    ]


def test_a_reader_sees_every_procedure_with_counts_per_field(client, catalogue):
    response = client.get(catalogue.index.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert names_in(response) == [
        "Đăng ký khai sinh",
        "Đăng ký khai tử",
        "Hòa giải tranh chấp",
        "Đăng ký thường trú",
    ]
    assert "4 thủ tục" in content
    assert 'Hộ tịch</a> <span class="field-counts__number">2</span>' in content


def test_typing_without_diacritics_finds_the_procedure(client, catalogue):
    response = client.get(catalogue.index.url, {"q": "dang ky khai sinh"})

    assert names_in(response) == ["Đăng ký khai sinh"]


@pytest.mark.parametrize("query", ["ĐĂNG KÝ KHAI", "dang  ky khai", "đăng ký khai"])
def test_case_spacing_and_the_letter_d_do_not_matter(client, catalogue, query):
    assert names_in(client.get(catalogue.index.url, {"q": query})) == ["Đăng ký khai sinh", "Đăng ký khai tử"]


def test_a_procedure_is_found_by_its_code_and_by_its_field(client, catalogue):
    assert names_in(client.get(catalogue.index.url, {"q": "1.001193"})) == ["Đăng ký khai sinh"]
    assert names_in(client.get(catalogue.index.url, {"q": "001193"})) == ["Đăng ký khai sinh"]
    assert names_in(client.get(catalogue.index.url, {"q": "dat dai"})) == ["Hòa giải tranh chấp"]


def test_words_match_the_start_of_words_only(client, catalogue):
    # "inh" is inside "sinh" but starts no word.
    assert names_in(client.get(catalogue.index.url, {"q": "inh"})) == []
    assert names_in(client.get(catalogue.index.url, {"q": "sin"})) == ["Đăng ký khai sinh"]


def test_filters_combine_and_stay_in_the_links(client, catalogue):
    response = client.get(
        catalogue.index.url, {"linh_vuc": "ho-tich", "truc_tuyen": "toan-trinh", "cap": "xa"}
    )

    content = response.content.decode()
    assert names_in(response) == ["Đăng ký khai sinh"]
    assert '<option value="ho-tich" selected>' in content
    assert '<option value="toan-trinh" selected>' in content
    assert "csv/?linh_vuc=ho-tich&amp;truc_tuyen=toan-trinh&amp;cap=xa" in content


def test_level_and_agency_filters(client, catalogue):
    assert names_in(client.get(catalogue.index.url, {"cap": "huyen"})) == ["Hòa giải tranh chấp"]
    assert names_in(client.get(catalogue.index.url, {"co_quan": "cong-an-cap-xa"})) == ["Đăng ký thường trú"]


def test_field_counts_follow_the_other_filters_but_not_the_field_itself(client, catalogue):
    response = client.get(catalogue.index.url, {"q": "dang ky", "linh_vuc": "ho-tich"})

    content = response.content.decode()
    assert "2 thủ tục" in content
    assert 'aria-current="true">Hộ tịch</a> <span class="field-counts__number">2</span>' in content
    assert 'Đăng ký, quản lý cư trú</a> <span class="field-counts__number">1</span>' in content
    assert "Đất đai</a>" not in content


@pytest.mark.parametrize(
    "params",
    [
        {"cap": "abc"},
        {"linh_vuc": "khong-co"},
        {"co_quan": "'; drop table x; --"},
        {"truc_tuyen": "muc-do-9"},
        {"page": "abc"},
        {"page": "-4"},
        {"page": "9" * 40},
        {"q": "x" * 5000},
        {"q": "%_\\"},
        {"linh_vuc": ["ho-tich", "dat-dai"]},
    ],
)
def test_a_bad_filter_value_never_breaks_the_page(client, catalogue, params):
    response = client.get(catalogue.index.url, params)

    assert response.status_code in (200, 404)


def test_an_invalid_filter_is_ignored_with_a_message(client, catalogue):
    response = client.get(catalogue.index.url, {"cap": "abc", "linh_vuc": "ho-tich"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "“abc” không phải là lựa chọn hợp lệ của bộ lọc “Cấp thực hiện”" in content
    assert names_in(response) == ["Đăng ký khai sinh", "Đăng ký khai tử"]


def test_pages_of_twenty_keep_the_filters(client, procedures_site):
    field = ProcedureFieldFactory(name="Hộ tịch")
    ProcedureFactory.create_batch(25, field=field)

    first = client.get(procedures_site.index.url, {"linh_vuc": "ho-tich"}).content.decode()
    second = client.get(procedures_site.index.url, {"linh_vuc": "ho-tich", "page": 2}).content.decode()

    assert first.count('class="procedure-card"') == 20
    assert '?linh_vuc=ho-tich&amp;page=2" rel="next"' in first
    assert second.count('class="procedure-card"') == 5
    assert client.get(procedures_site.index.url, {"page": 3}).status_code == 404


@pytest.mark.parametrize("count", [3, 60])
def test_the_listing_costs_the_same_queries_for_few_or_many_procedures(
    client, procedures_site, django_assert_max_num_queries, count
):
    for number in range(count):
        ProcedureFactory(field=ProcedureFieldFactory(name=f"Lĩnh vực {number % 7}"))
    client.get(procedures_site.index.url)  # warms the site's menu cache

    with django_assert_max_num_queries(10):
        response = client.get(
            procedures_site.index.url,
            {"q": "thu tuc", "cap": "xa", "truc_tuyen": "khong", "linh_vuc": "linh-vuc-1"},
        )
    assert response.status_code == 200
    with django_assert_max_num_queries(10):
        client.get(procedures_site.index.url)


def options_of(content, name):
    select = content.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]
    return re.findall(r"<option[^>]*>([^<]*)</option>", select)[1:]  # after "all"


def test_filters_offer_only_values_that_give_results_with_their_counts(client, catalogue):
    content = client.get(catalogue.index.url).content.decode()

    assert options_of(content, "cap") == ["Huyện (trước ngày 01/7/2025) (1)", "Xã (3)"]
    assert "Bộ, ngành trung ương" not in content
    assert options_of(content, "truc_tuyen") == ["Toàn trình (2)", "Không trực tuyến (2)"]
    assert options_of(content, "co_quan") == ["Công an cấp xã (1)", "Ủy ban nhân dân cấp xã (3)"]


def test_each_filter_counts_with_the_others_applied(client, catalogue, django_assert_max_num_queries):
    asked = {"linh_vuc": "ho-tich", "truc_tuyen": "toan-trinh"}
    client.get(catalogue.index.url, asked)
    with django_assert_max_num_queries(9):
        content = client.get(catalogue.index.url, asked).content.decode()

    assert options_of(content, "cap") == ["Xã (1)"]
    assert options_of(content, "truc_tuyen") == ["Toàn trình (1)", "Không trực tuyến (1)"]
    assert options_of(content, "co_quan") == ["Ủy ban nhân dân cấp xã (1)"]
    assert options_of(content, "linh_vuc") == ["Đăng ký, quản lý cư trú (1)", "Hộ tịch (1)"]


def test_a_chosen_value_that_gives_nothing_stays_chosen(client, catalogue):
    content = client.get(catalogue.index.url, {"cap": "bo-nganh"}).content.decode()

    assert '<option value="bo-nganh" selected>Bộ, ngành trung ương (0)</option>' in content
    assert "0 thủ tục" in content


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.fixed_dictionaries(
        {},
        optional={
            name: st.text(max_size=300) for name in ("q", "cap", "truc_tuyen", "co_quan", "linh_vuc", "page")
        },
    )
)
def test_any_filter_values_give_a_list_never_an_error(client, catalogue, asked):
    response = client.get(catalogue.index.url, asked)

    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert "thủ tục" in response.content.decode()
