"""Vietnamese text rules, in one place: NFC storage, ASCII slugs, diacritic folding."""

import unicodedata

from django.utils.text import slugify

# đ/Đ are letters of their own: Unicode decomposition leaves them as they are.
_D_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text):
    return unicodedata.normalize("NFC", text) if isinstance(text, str) else text


def nfc_deep(value):
    """NFC every string inside nested lists and dicts (StreamField data, JSON)."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc_deep(item) for item in value]
    if isinstance(value, dict):
        return {key: nfc_deep(item) for key, item in value.items()}
    return value


def fold(text):
    """What a reader types without diacritics: "Đăng ký" -> "dang ky"."""
    decomposed = unicodedata.normalize("NFD", nfc(text).translate(_D_LETTERS))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped).casefold()


def ascii_slug(text):
    """ "HĐND huyện giám sát" -> "hdnd-huyen-giam-sat" (slugify alone drops đ)."""
    return slugify(nfc(text).translate(_D_LETTERS))
