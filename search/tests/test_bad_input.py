"""Whatever arrives in the URL, a reader gets results or a clear message, never an error page."""

import pytest

pytestmark = pytest.mark.django_db

URL = "/tim-kiem/"

# Typed by hand or pasted: each one gives results or "nothing found", with status 200.
ODD_BUT_ACCEPTED = [
    '"một cửa"',
    '"một cửa',
    "mot*",
    "*",
    "^mot",
    "-cua",
    "mot -cua",
    "title:mot",
    ":",
    "mot NEAR cua",
    "NEAR(mot cua)",
    "mot OR cua",
    "OR",
    "AND NOT",
    "(mot cua",
    "mot cua))",
    "'; DROP TABLE search_searchentry; --",
    "mot\\cua",
    "mot\tcua\r\n",
    "mot\x00cua",
    "\x1b[31mmot",
    "một\u200bcửa",
    "🙂 một cửa",
    "%",
    "_",
    "1.001193",
    "   ",
]


@pytest.mark.parametrize("typed", ODD_BUT_ACCEPTED, ids=repr)
def test_odd_searches_give_results_or_nothing_found(client, archive, typed):
    response = client.get(URL, {"q": typed})

    assert response.status_code == 200
    content = response.content.decode()
    assert "\x00" not in content
    assert 'class="search-result"' in content or "search-empty" in content or "search-help" in content


def test_quotes_and_operators_are_words_like_any_other(client, archive):
    content = client.get(URL, {"q": 'mot "cua" OR ('}).content.decode()

    assert "Nothing was found" in content or "Không tìm thấy" in content


def test_an_empty_search_asks_for_words(client, portal):
    for url in (URL, URL + "?q=", URL + "?q=+++"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Hãy gõ vài từ" in response.content.decode()


def test_a_search_of_symbols_only_says_there_is_nothing_to_look_for(client, portal):
    response = client.get(URL, {"q": "*^-:()"})

    assert response.status_code == 200
    assert "không có chữ hay số nào" in response.content.decode()


def test_a_ten_kilobyte_search_is_refused_with_the_limit(client, portal):
    response = client.get(URL, {"q": "một cửa " * 1280})

    assert response.status_code == 400
    content = response.content.decode()
    assert "tối đa 200 ký tự" in content
    assert 'role="alert"' in content
    assert 'aria-invalid="true"' in content


@pytest.mark.parametrize("raw", ["q=%FF%FE", "q=m%C3t", "q=%ED%A0%80", "q=%C0%AF"])
def test_bytes_that_are_not_utf8_are_refused_with_a_message(client, portal, raw):
    response = client.get(f"{URL}?{raw}")

    assert response.status_code == 400
    content = response.content.decode()
    assert "không đọc được" in content
    assert "\ufffd" not in content


def test_an_unknown_kind_is_refused_with_a_message(client, portal):
    response = client.get(URL, {"q": "mot cua", "kind": "<script>"})

    assert response.status_code == 400
    content = response.content.decode()
    assert "Không có loại kết quả này" in content
    assert "<script>" not in content


@pytest.mark.parametrize("page", ["abc", "-1", "0", "9" * 40, "%FF"])
def test_a_bad_page_number_shows_the_first_page(client, archive, page):
    response = client.get(URL, {"q": "mot cua", "page": page})

    assert response.status_code == 200
    assert 'class="search-result"' in response.content.decode()


def test_a_page_past_the_last_result_is_not_found(client, archive):
    assert client.get(URL, {"q": "mot cua", "page": 40}).status_code == 404


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_lone_accent_is_not_a_word_to_look_for(client, archive, prefix):
    """A word of combining marks alone folds to nothing: PostgreSQL once answered
    "syntax error in tsquery" (a 500) for it."""
    response = client.get(f"{prefix}{URL}?q=%CC%81")

    assert response.status_code == 200
    assert 'class="search-result"' not in response.content.decode()
    assert 'class="search-help" role="status"' in response.content.decode()


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_stray_accent_beside_a_word_is_ignored(client, archive, prefix):
    response = client.get(f"{prefix}{URL}?q=mo%CC%A3t%20%CC%80")

    assert response.status_code == 200
    assert 'class="search-result"' in response.content.decode()
