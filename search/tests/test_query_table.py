"""What residents type, and what they must find, in this order. `make test` runs this
table on SQLite and on PostgreSQL: both must give exactly the same lists."""

import unicodedata

import pytest

from search.analysis import SearchQuery
from search.engine import SearchResults

pytestmark = pytest.mark.django_db

SEED = "HĐND huyện giám sát cải cách hành chính theo cơ chế một cửa, một cửa liên thông tại xã Tam Hồng"
ONE_STOP = "Bộ phận một cửa tiếp nhận hồ sơ dịp nghỉ lễ"
BIRTH_ONLINE = "Đăng ký khai sinh trực tuyến qua Cổng dịch vụ công"
BIRTH_PROCEDURE = "Đăng ký khai sinh"
LAND_RENT = "Gia hạn nộp tiền thuê đất năm 2020"
LAND_TAX = "Hướng dẫn kê khai thuế đất phi nông nghiệp"
PERMIT = "Cấp giấy phép xây dựng nhà ở riêng lẻ"
REVIEW = "Hội nghị tổng kết công tác năm"
CARDS = "Phát thẻ cho người cao tuổi"
CLINIC = "Tổng kết năm của Trạm y tế xã"
ABOUT = "Giới thiệu"

ONE_STOP_RESULTS = [ONE_STOP, SEED, ABOUT]

QUERY_TABLE = [
    # Diacritics, case and Unicode form make no difference to what is found...
    ("mot cua", ONE_STOP_RESULTS),
    ("MỘT CỬA", ONE_STOP_RESULTS),
    ("một cửa", ONE_STOP_RESULTS),
    (unicodedata.normalize("NFD", "một cửa"), ONE_STOP_RESULTS),
    ("Mot Cua", ONE_STOP_RESULTS),
    # ...đ is a d...
    ("dang ky khai sinh", [BIRTH_PROCEDURE, BIRTH_ONLINE]),
    ("ĐĂNG KÝ KHAI SINH", [BIRTH_PROCEDURE, BIRTH_ONLINE]),
    ("dia chinh", [REVIEW, SEED]),
    ("Địa chính", [REVIEW, SEED]),
    ("hdnd tam hong", [SEED]),
    # ...titles first, then the phrase, then the newest...
    ("giay phep xay dung", [PERMIT, REVIEW]),
    ("bao hiem y te", [CARDS, CLINIC]),
    # ...and with diacritics, the words as typed before words that only fold the same.
    ("thue dat", [LAND_TAX, LAND_RENT]),
    ("thuê đất", [LAND_RENT, LAND_TAX]),
    ("thuế đất", [LAND_TAX, LAND_RENT]),
    # A procedure by its code, before anything else holding those digits.
    ("1.001193", [BIRTH_PROCEDURE]),
    # Every word must appear, whole: no result is better than a wrong one.
    ("khai sinh thuê đất", []),
    ("chin", []),
    # Punctuation is never syntax.
    ('"một cửa"', ONE_STOP_RESULTS),
    ("một-cửa", ONE_STOP_RESULTS),
    ("(mot OR cua", []),
]


def titles(text, **kwargs):
    return [entry.title for entry in SearchResults(SearchQuery(text), **kwargs)[0:50]]


@pytest.mark.parametrize(("query", "expected"), QUERY_TABLE, ids=[repr(query) for query, _ in QUERY_TABLE])
def test_the_query_finds_what_a_resident_expects(archive, query, expected):
    assert titles(query) == expected


def test_an_unpublished_procedure_is_not_found(archive):
    assert titles("bai bo") == []


def test_results_are_read_page_by_page_without_gaps_or_repeats(archive):
    """Tiers are read only as far as a page needs; slicing anywhere gives the same order."""
    results = SearchResults(SearchQuery("xa"))
    everything = [entry.title for entry in results[0:50]]

    pages = [entry.title for start in range(0, 50, 2) for entry in results[start : start + 2]]

    assert len(everything) >= 5
    assert pages == everything
    assert len(set(everything)) == len(everything)
