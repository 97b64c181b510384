"""Finding English words in what a Vietnamese editor reads.

The text a person reads is taken from an HTML page (its text, and the attributes read
aloud or shown: title, aria-label, placeholder, alt, button values), scripts, styles,
code and elements marked `hidden` left out. Addresses, e-mail addresses, file names and anything with a digit, a dash or an
underscore are codes, not words. A remaining word without diacritics is English when it
is a common English interface word, or when no Vietnamese syllable has its shape;
proper names (Wagtail, RSS…) are allowed."""

import re
import unicodedata
from html.parser import HTMLParser

READ_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt"}
BUTTON_TYPES = {"submit", "button", "reset"}
SKIPPED_ELEMENTS = {"script", "style", "noscript", "code", "kbd"}
# Elements without content: a `hidden` one hides only itself.
VOID_ELEMENTS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

# Names, formats and loanwords a Vietnamese editor reads as they are.
ALLOWED = {
    "wagtail",
    "django",
    "rss",
    "atom",
    "url",
    "api",
    "json",
    "csv",
    "xlsx",
    "xls",
    "pdf",
    "html",
    "id",
    "seo",
    "utc",
    "gmt",
    "email",
    "javascript",
    "embedly",
    "ldap",
    "sso",
    "unicode",
    "ipv",
    "uuid",
    "english",
    "taggit",
    "dd",
    "mm",
    "yyyy",
    "hh",
    "ss",
    "avif",
    "gif",
    "jpg",
    "jpeg",
    "png",
    "webp",
    "svg",
    "doc",
    "docx",
    "odt",
    "ods",
    "zip",
    "txt",
    "mb",
    "kb",
    "gb",
    "px",
    "ok",
    "vnd",
    "enter",
    "ctrl",
    "alt",
    "shift",
    "cmd",
    "esc",
    "tab",
    "xml",
    "csrf",
    "cookie",
    "http",
    "https",
    "wcag",
    "web",
    "byte",
    "bytes",
    "sapo",
    "tsv",
    "excel",
    "localhost",
    "video",
    "album",
    "mp4",
    "webm",
    "webvtt",
    "vtt",
}

# Common English interface words that happen to have the shape of a Vietnamese syllable.
ENGLISH_LOOKALIKES = {
    "the",
    "at",
    "by",
    "it",
    "on",
    "up",
    "top",
    "set",
    "main",
    "pin",
    "hit",
    "hot",
    "cut",
    "net",
    "tag",
    "map",
    "let",
    "not",
    "yet",
    "get",
    "go",
    "be",
    "he",
    "we",
    "my",
    "new",
    "ago",
    "mean",
    "team",
    "chat",
    "theme",
    "gap",
    "cap",
    "tip",
    "true",
}

VIETNAMESE_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
    r"(uye|uya|ieu|yeu|uoi|oai|oay|uay|oeo|uyu|[aeiouy]{1,2})(ng|nh|ch|c|m|n|p|t)?$"
)
# Addresses, e-mails, paths, numbers and placeholders an editor types as they are ({code}).
CODES = re.compile(
    r"\S*://\S*|\S+@\S+|\S*/\S*|\S+\.\S+|\S*[\d_\-]\S*|&\w+;|\{\w+\}",
)
WORD = re.compile(r"[^\W\d_]+")


def is_english(word):
    if not word.isascii():
        return False
    lower = word.lower()
    if lower in ALLOWED or (word.isupper() and len(word) > 1):  # an acronym: TTHC, DVCTT
        return False
    return lower in ENGLISH_LOOKALIKES or not VIETNAMESE_SYLLABLE.match(lower)


def english_words(text):
    """English words of two letters or more (single letters are keys and initials)."""
    text = CODES.sub(" ", unicodedata.normalize("NFC", text))
    return {word for word in WORD.findall(text) if len(word) > 1 and is_english(word)}


class ReadableText(HTMLParser):
    """Collects the pieces of text a person reads on a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []
        self.skipping = 0
        self.option_value = None
        # The outermost element marked `hidden` being read, and how deep its tag is nested.
        self.hidden_tag, self.hidden_depth = None, 0
        # A field an editor fills in English on purpose (lang="en"), such as a unit's name in English.
        self.in_english_field = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self.hidden_tag == tag:
            self.hidden_depth += 1
        elif self.hidden_tag is None and "hidden" in attributes and tag not in VOID_ELEMENTS:
            self.hidden_tag, self.hidden_depth = tag, 1
        if self.hidden_tag or (tag in VOID_ELEMENTS and "hidden" in attributes):
            return
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
        if tag == "textarea":
            self.in_english_field = (attributes.get("lang") or "").startswith("en")
        for name in READ_ATTRIBUTES & attributes.keys():
            self.pieces.append(attributes[name] or "")
        if tag == "input" and attributes.get("type") in BUTTON_TYPES:
            self.pieces.append(attributes.get("value") or "")
        # An option whose text is its value is a code (a time zone), not a label.
        self.option_value = attributes.get("value") if tag == "option" else None

    def handle_endtag(self, tag):
        if self.hidden_tag == tag:
            self.hidden_depth -= 1
            if not self.hidden_depth:
                self.hidden_tag = None
            return
        if tag in SKIPPED_ELEMENTS and self.skipping:
            self.skipping -= 1
        if tag == "textarea":
            self.in_english_field = False
        self.option_value = None

    def handle_data(self, data):
        if (
            self.hidden_tag
            or self.skipping
            or self.in_english_field
            or (self.option_value is not None and data.strip() == self.option_value)
        ):
            return
        self.pieces.append(data)


def readable_text(html):
    parser = ReadableText()
    parser.feed(html)
    return " ".join(parser.pieces)


def english_in_html(html, ignored=()):
    """English words in what a person reads on the page, once the `ignored` texts are removed."""
    text = readable_text(html)
    for each in ignored:
        text = text.replace(each, " ")
    return english_words(text)
