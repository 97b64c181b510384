"""The checks every public list applies to its address's parameters (the register of
documents, the disclosures, the schedule): each refusal is a Vietnamese sentence."""

from django.test import RequestFactory

from core.parameters import QueryParameters


def parameters(query, labels=None):
    return QueryParameters(RequestFactory().get("/", query), labels)


def test_a_parameter_given_twice_is_refused_by_its_label_and_its_last_value_read():
    read = parameters({"nam": ["2023", "2024"]}, {"nam": "Năm"})
    assert read.year("nam", 1990, 2100) == 2024
    assert read.errors == ["Chỉ được nêu “Năm” một lần."]


def test_a_choice_outside_the_list_is_refused_and_reads_as_none():
    read = parameters({"muc": "khong-co", "ky": "quy-1"}, {"muc": "Nhóm nội dung"})
    assert read.choice("muc", ["ngan-sach"]) == ""
    assert read.choice("ky", {"quy-1": "Quý 1"}) == "quy-1"
    assert read.errors == ["“khong-co” không phải là giá trị hợp lệ của “Nhóm nội dung”."]


def test_a_year_outside_the_range_or_not_a_year_gives_the_default():
    for raw in ("1989", "2101", "abc", "２０２４", "20245"):
        read = parameters({"nam": raw})
        assert read.year("nam", 1990, 2100, default=2026) == 2026
        assert len(read.errors) == 1, raw


def test_a_page_number_is_a_whole_number_from_one_to_the_last_page():
    assert parameters({}).page_number() == 1
    assert parameters({"page": "7"}).page_number() == 7
    read = parameters({"page": "-3"})
    assert read.page_number() == 1
    assert read.errors == ["“-3” không phải là số trang: hãy dùng một số nguyên từ 1 đến 10000."]
