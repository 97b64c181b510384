"""Search that ignores diacritics, the same on SQLite and PostgreSQL.

A model keeps a folded copy of the words a reader may type in `search_text`, as
" word word ... " (the register of legal documents does; the procedures' list reads the
site search's index instead, see search.engine.matching_ids). A query is folded the same way and
every one of its words must start a word of that text: a LIKE on one column, with no
database extension and no dependence on the database's collation."""

import re

from django.db.models import Q

from core.text import fold

MAX_QUERY_WORDS = 8
_NOT_A_WORD = re.compile(r"[\W_]+")


def folded_words(text):
    return _NOT_A_WORD.sub(" ", fold(text or "")).split()


def search_document(*texts):
    words = [word for text in texts for word in folded_words(text)]
    return f" {' '.join(words)} "


def query_words(query):
    unique = dict.fromkeys(folded_words(query))
    return list(unique)[:MAX_QUERY_WORDS]


def text_condition(query, prefix=""):
    """Rows whose text has a word starting with each word of the query."""
    condition = Q()
    for word in query_words(query):
        condition &= Q(**{f"{prefix}search_text__contains": f" {word}"})
    return condition
