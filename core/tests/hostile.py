"""Hostile input for property-based tests: what a broken client, a scanner or an attacker
sends to the portal's public addresses. Every strategy gives text already written as it
travels in a URL (percent-encoded, or deliberately broken), so the same values serve as
a query parameter, a path segment or a form field.

Each app's tests throw these at the parameters of its own views and assert that the
answer is never a server error (5xx)."""

from urllib.parse import quote

from hypothesis import strategies as st

# Marks that combine with the letter before them; a word of nothing else folds to "".
COMBINING_MARKS = st.one_of(
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),
    st.sampled_from("\u0483\u0591\u0e38\u1ab0\u1dc0\u20d0\u20e3\u302a\u3099\ufe20\U0001d165"),
)
VIETNAMESE = "aăâeêioôơuưyđ AĂÂEÊIOÔƠUƯYĐmộtcửắằẳẵặ"


def encoded(text):
    """As a browser sends text in a URL: UTF-8, percent-encoded."""
    return quote(text, safe="")


# Any character a URL can carry (lone surrogates cannot be encoded in UTF-8).
UNICODE = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
COMBINING = st.text(st.one_of(COMBINING_MARKS, st.sampled_from(VIETNAMESE)), min_size=1, max_size=12)
CONTROL = st.text(
    st.one_of(st.characters(max_codepoint=0x1F), st.sampled_from("\x7f\x85\u2028\u2029\ufeff\u200b\u202e a")),
    min_size=1,
    max_size=10,
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.integers(min_value=2**31 - 2, max_value=2**64 + 2).map(str),
    st.sampled_from(
        [
            "9223372036854775808",
            "-9223372036854775809",
            "1e309",
            "-0",
            "NaN",
            "inf",
            "0x10",
            "1_000",
            " 7 ",
            "٣",
            "²",
            "0" * 50 + "1",
            "9" * 5000,
        ]
    ),
)
# Text a decoder must refuse or repair: stray %, truncated or overlong UTF-8, surrogates.
BROKEN_ENCODINGS = st.lists(
    st.sampled_from(
        [
            "%",
            "%G1",
            "%FF",
            "%C3",
            "%ED%A0%80",
            "%C0%AF",
            "%00",
            "%%",
            "%2",
            "%E1%BB",
            "+",
            ";",
            "=",
            "&",
            "a",
        ]
    ),
    min_size=1,
    max_size=8,
).map("".join)
HUGE = st.builds(
    lambda piece, times: piece * times,
    st.sampled_from(["a", "một ", "%CC%81", "9", "%00", "/", "'\"<>"]),
    st.integers(min_value=2_000, max_value=20_000),
)

# What a URL may carry, by class; the values are ready to go into a URL as they are.
ENCODED_CLASSES = {
    "unicode": UNICODE.map(encoded),
    "combining marks": COMBINING.map(encoded),
    "control characters and NUL": CONTROL.map(encoded),
    "huge numbers": NUMBERS.map(encoded),
    "invalid percent-encoding": BROKEN_ENCODINGS,
    "huge inputs": HUGE.map(lambda text: encoded(text) if "%" not in text else text),
}
ANY_ENCODED = st.one_of(*ENCODED_CLASSES.values())


def query_string(name, values):
    return "&".join(f"{name}={value}" for value in values)


def parameter(name):
    """One value for the parameter, or the parameter repeated with several values."""
    return st.one_of(
        ANY_ENCODED.map(lambda value: query_string(name, [value])),
        st.lists(ANY_ENCODED, min_size=2, max_size=5).map(lambda values: query_string(name, values)),
    )


def parameters(*names):
    """A query string for some of these parameters, each possibly repeated, in any order."""
    return st.lists(st.sampled_from(names).flatmap(parameter), min_size=1, max_size=len(names) + 1).map(
        "&".join
    )


def as_header(text):
    """A header arrives as bytes, which WSGI hands over decoded as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


HEADER_TEXT = st.one_of(
    UNICODE, COMBINING, CONTROL, NUMBERS, BROKEN_ENCODINGS, HUGE.map(lambda text: text[:8_000])
).map(as_header)
ORIGINS = st.one_of(
    HEADER_TEXT,
    st.sampled_from(
        [
            "http://[::1",
            "http://[::1]:99999",
            "http://]",
            "http://testserver:abc",
            "http://testserver:-1",
            "null",
            "file://",
            "http://",
            "//testserver",
            "http://user@testserver",
            "http://testserver\x00",
        ]
    ),
    HEADER_TEXT.map(lambda text: "http://" + text),
)
HOSTS = st.one_of(
    HEADER_TEXT,
    st.sampled_from(["[::1", "testserver:abc", "testserver:99999", "", ".", "a" * 300, "testserver\x00"]),
)
FORWARDED_FOR = st.one_of(
    HEADER_TEXT,
    st.lists(st.one_of(HEADER_TEXT, st.ip_addresses().map(str)), min_size=1, max_size=6).map(", ".join),
)
ODD_HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_ORIGIN": ORIGINS,
        "HTTP_HOST": HOSTS,
        "HTTP_X_FORWARDED_FOR": FORWARDED_FOR,
        "HTTP_SEC_FETCH_SITE": HEADER_TEXT,
        "HTTP_ACCEPT_LANGUAGE": HEADER_TEXT,
        "HTTP_REFERER": HEADER_TEXT,
    },
)


def assert_no_server_error(response):
    assert response.status_code < 500, f"{response.status_code} for {response.request}"
