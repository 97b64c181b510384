import unicodedata

import pytest

from core.text import ascii_slug, fold, nfc

SEED_TITLE = (
    "HĐND huyện giám sát thực hiện nhiệm vụ cải cách hành chính theo cơ chế một cửa, "
    "một cửa liên thông trên địa bàn xã Tam Hồng"
)


def test_the_seed_title_becomes_an_ascii_slug_with_d_for_đ():
    assert ascii_slug(SEED_TITLE) == (
        "hdnd-huyen-giam-sat-thuc-hien-nhiem-vu-cai-cach-hanh-chinh-theo-co-che-mot-cua-"
        "mot-cua-lien-thong-tren-dia-ban-xa-tam-hong"
    )


def test_a_slug_typed_in_nfd_gives_the_same_ascii_slug():
    assert ascii_slug(unicodedata.normalize("NFD", "Đăng ký khai sinh")) == "dang-ky-khai-sinh"


@pytest.mark.parametrize(
    ("typed", "folded"),
    [("MỘT CỬA", "mot cua"), ("Đăng ký", "dang ky"), ("Địa chính", "dia chinh"), ("mot cua", "mot cua")],
)
def test_folding_is_what_a_reader_types_without_diacritics(typed, folded):
    assert fold(typed) == folded
    assert fold(unicodedata.normalize("NFD", typed)) == folded


def test_nfc_composes_text_typed_in_nfd():
    decomposed = unicodedata.normalize("NFD", "một cửa")
    assert decomposed != "một cửa"
    assert nfc(decomposed) == "một cửa"
