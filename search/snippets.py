"""Result snippets: the words of the query marked, everything else escaped."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text import nfc

from .analysis import WORD, folded_word

SNIPPET_WORDS = 32
WORDS_BEFORE_MATCH = 8


def _marked(text, query):
    """Escaped text with the query's words in <mark>: the words as typed when the query
    has diacritics and the text holds all of them so, else every word that folds the same."""
    matches = list(WORD.finditer(text))
    typed = set(query.words)
    exact = query.has_diacritics and set(query.marked_words) <= {
        match.group().casefold() for match in matches
    }
    terms = set(query.terms)
    pieces, last = [], 0
    for match in matches:
        word = match.group()
        if (word.casefold() in typed) if exact else (folded_word(word) in terms):
            pieces.append(escape(text[last : match.start()]))
            pieces.append(f"<mark>{escape(word)}</mark>")
            last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))


def highlight(text, query):
    return _marked(nfc(text), query)


def snippet(body, query):
    """About SNIPPET_WORDS words of body around its first stretch of query words (the
    phrase if the body has it), or its opening words if the match was elsewhere."""
    body = " ".join(nfc(body).split())
    words = list(WORD.finditer(body))
    if not words:
        return ""
    folded = [folded_word(word.group()) for word in words]
    terms, phrase = set(query.terms), query.terms
    first = next(
        (i for i in range(len(folded)) if folded[i : i + len(phrase)] == phrase),
        next((i for i, word in enumerate(folded) if word in terms), 0),
    )
    begin = max(0, first - WORDS_BEFORE_MATCH) if first else 0
    end = min(len(words), begin + SNIPPET_WORDS)
    start_char = words[begin].start() if begin else 0
    end_char = words[end].start() if end < len(words) else len(body)
    text = body[start_char:end_char].rstrip()
    prefix = "… " if begin else ""
    suffix = " …" if end < len(words) else ""
    return mark_safe(escape(prefix) + _marked(text, query) + escape(suffix))
