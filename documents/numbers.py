"""Số, ký hiệu: the number and symbol of a Vietnamese legal document.

Shapes: "42/2022/NĐ-CP" (number/year/type-issuer), "15/2025/QĐ-UBND", "10/2022/QH15" (a
law), "123/UBND-VP" (an official letter: number/issuer-office), "06/CT-TTg" (lower-case
letters occur in symbols such as TTg). Spaces typed around "/" and "-" are dropped and
the text is stored in NFC, so the same document is always written the same way."""

import re

from core.text import ascii_slug, fold, nfc

NUMBER_PATTERN = re.compile(
    r"^(?P<number>\d{1,6}[a-z]?)(?:/(?P<year>(?:19|20)\d{2}))?/(?P<symbol>[0-9A-Za-zĐđ]+(?:-[0-9A-Za-zĐđ]+)*)$"
)
MAX_NUMBER_LENGTH = 60


def normalize_number(text):
    """ " 42 / 2022 / NĐ - CP " -> "42/2022/NĐ-CP"."""
    return re.sub(r"\s*([/-])\s*", r"\1", " ".join(nfc(text or "").split()))


def parse_number(text):
    """The match of a well-formed number and symbol, or None."""
    text = normalize_number(text)
    if len(text) > MAX_NUMBER_LENGTH:
        return None
    return NUMBER_PATTERN.match(text)


def number_year(text):
    match = parse_number(text)
    return int(match["year"]) if match and match["year"] else None


def number_key(text):
    """What two spellings of one number share: "42/2022/nđ-cp" is "42/2022/NĐ-CP"."""
    return fold(normalize_number(text))


def number_slug(text):
    """ "42/2022/NĐ-CP" -> "42-2022-nd-cp": the document's address."""
    return ascii_slug(normalize_number(text).replace("/", "-"))
