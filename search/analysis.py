"""How text becomes search tokens: the one place where indexed text and queries are cut
into words, so that SQLite, PostgreSQL (and any engine fed with these tokens) match the
same way. Folding itself is core.text.fold; this module decides what a word is and
which tokens a document carries.

A document carries, space-separated:
- every word folded ("một" -> "mot"): what matching uses, so "mot cua" finds "một cửa";
- every word as written (lower case, NFC) when that differs from the folded form ("một"):
  a query typed with diacritics ranks the text that has exactly those words first. Such a
  token always holds a mark or đ, so it can never be mistaken for a folded one;
- every pair of neighbouring folded words ("mot_cua"): a phrase is then found with plain
  index lookups, without positions;
- the same three again for the title, prefixed with "_" ("_mot", "_một", "_mot_cua"):
  title matches are index lookups too;
- the entry's kind, prefixed with "__" ("__tin_tuc"): narrowing to one kind is part of
  the same index lookup.
Ranking is then a matter of which tokens an entry has (see search.engine), which every
full-text index answers quickly and identically."""

import itertools
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from core.text import fold, nfc

# Letters and digits (combining marks kept inside a word, for text that arrives in NFD);
# everything else, underscore included, separates words. Nothing a reader types can
# therefore reach the database as query syntax: quotes, *, ^, -, :, parentheses and
# control characters are separators, and NEAR or OR are ordinary words.
WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
# Longer "words" are noise (a pasted URL, a run of digits); PostgreSQL also caps lexemes.
MAX_WORD_LENGTH = 60
BIGRAM_JOINER = "_"
TITLE_PREFIX = "_"
KIND_PREFIX = "__"
MAX_TOKENS = 50_000


@lru_cache(maxsize=65_536)
def folded_word(word):
    """Vietnamese has a few thousand syllables: each is folded once per process."""
    return fold(word)


def words(text):
    """The words of a text as written: NFC, case folded, diacritics kept. A "word" of
    combining marks alone (a stray accent, U+0301) folds to nothing: it is not a word."""
    return [
        word
        for word in WORD.findall(nfc(nfc(text).casefold()))
        if len(word) <= MAX_WORD_LENGTH and folded_word(word)
    ]


def _tokens_of(text, prefix, tokens):
    previous = None
    for word in words(text or ""):
        folded = folded_word(word)
        tokens[prefix + folded] = None
        if word != folded:
            tokens[prefix + word] = None
        if previous is not None:
            tokens[prefix + previous + BIGRAM_JOINER + folded] = None
        previous = folded


def document_tokens(title, *texts):
    tokens = {}
    _tokens_of(title, "", tokens)
    _tokens_of(title, TITLE_PREFIX, tokens)
    for text in texts:
        _tokens_of(text, "", tokens)
    # PostgreSQL refuses a text vector over 1 MB; a longer text keeps its first words.
    return " ".join(itertools.islice(tokens, MAX_TOKENS))


def kind_token(kind):
    return KIND_PREFIX + kind.replace("-", BIGRAM_JOINER)


def title_tokens(tokens):
    return [TITLE_PREFIX + token for token in tokens]


@dataclass(frozen=True)
class SearchQuery:
    """What a reader typed, cut into the same words as the indexed text."""

    text: str

    @cached_property
    def words(self):
        return words(self.text)

    @cached_property
    def terms(self):
        """Folded words, in the order typed (a phrase)."""
        return [folded_word(word) for word in self.words]

    @cached_property
    def distinct_terms(self):
        return list(dict.fromkeys(self.terms))

    @cached_property
    def marked_words(self):
        """The words typed with diacritics (or đ): they decide what "exactly matching" means."""
        return list(dict.fromkeys(word for word in self.words if word != folded_word(word)))

    @property
    def has_diacritics(self):
        return bool(self.marked_words)

    @cached_property
    def bigrams(self):
        return list(dict.fromkeys(a + BIGRAM_JOINER + b for a, b in itertools.pairwise(self.terms)))

    @property
    def is_empty(self):
        return not self.words

    @property
    def code(self):
        """A procedure code such as 1.001193 or 1.000948.H38 is compared as typed."""
        return self.text.strip().casefold()
