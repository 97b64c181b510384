"""Finding and ranking entries, the same way on SQLite and PostgreSQL.

Every ranking signal is a token an entry has or lacks (see search.analysis), so the
order is a fixed sequence of tiers, each one a token condition the full-text index
answers, and within a tier the newest entry comes first:

1. the procedure code typed exactly (1.001193);
2. when the query has diacritics: entries holding every marked word exactly as typed
   (for "thuê đất", rent, before "thuế đất", tax), then the others;
3. within that, the title: holding the words as typed and as a phrase, holding the
   phrase, holding every word, not holding them;
4. within that, the phrase (every pair of neighbouring words) anywhere, then not.

Tiers are read in order and only as far as the page being shown needs, so a common
word ("xã") costs one index lookup and a sort of the first tier, not a score computed
for every entry that contains it. Only MatchesTokens speaks a database's dialect: an
Elasticsearch or OpenSearch engine would render the same TokenQuery tiers as bool
queries of term clauses over the same tokens (see the README)."""

from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import NotSupportedError, connections, transaction
from django.db.models import BigIntegerField, BooleanField, F, Func, Q
from django.db.models.functions import Cast

from .analysis import TITLE_PREFIX, SearchQuery, kind_token, title_tokens
from .models import SearchEntry

FTS_TABLE = "search_searchentry_fts"
# A list's filter takes the first words of a long query (a pasted paragraph).
MAX_FILTER_WORDS = 8


@dataclass(frozen=True)
class TokenQuery:
    """Entries holding every token of all_of and, for each group of none_of, not all of it."""

    all_of: tuple
    none_of: tuple = ()
    # Each token of all_of may begin a longer one ("sin" finds "sinh"): a list's filter.
    prefixes: bool = False

    def as_tsquery(self):
        def conjunction(tokens, prefixes=False):
            suffix = ":*" if prefixes else ""
            return " & ".join(
                "'" + token.replace("\\", "\\\\").replace("'", "''") + "'" + suffix for token in tokens
            )

        return " & ".join(
            [conjunction(self.all_of, self.prefixes)] + [f"!({conjunction(group)})" for group in self.none_of]
        )

    def as_fts5(self):
        def conjunction(tokens, prefixes=False):
            suffix = "*" if prefixes else ""
            return "(" + " AND ".join('"' + token.replace('"', '""') + '"' + suffix for token in tokens) + ")"

        return " NOT ".join(
            [conjunction(self.all_of, self.prefixes)] + [conjunction(group) for group in self.none_of]
        )


class MatchesTokens(Func):
    """The full-text index condition: an FTS5 MATCH on SQLite, the GIN-indexed vector on
    PostgreSQL (the expression below is the one migration 0002 indexes)."""

    output_field = BooleanField()

    def __init__(self, token_query):
        super().__init__(F("tokens"), F("pk"))
        self.token_query = token_query

    def as_postgresql(self, compiler, connection, **extra):
        tokens_sql, params = compiler.compile(self.source_expressions[0])
        sql = f"array_to_tsvector(string_to_array({tokens_sql}, ' ')) @@ %s::tsquery"
        return sql, [*params, self.token_query.as_tsquery()]

    def as_sqlite(self, compiler, connection, **extra):
        pk_sql, params = compiler.compile(self.source_expressions[1])
        sql = f"{pk_sql} IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
        return sql, [*params, self.token_query.as_fts5()]

    def as_sql(self, compiler, connection, **extra):
        raise NotSupportedError("Search needs SQLite (FTS5) or PostgreSQL.")


def tiers(query):
    """The token conditions of the ranking, best first; they partition the matches."""
    terms, marked, bigrams = query.distinct_terms, query.marked_words, query.bigrams
    title = {1: title_tokens(terms)}
    if bigrams:
        title[2] = title[1] + title_tokens(bigrams)
    if marked:
        title[3] = title[max(title)] + [TITLE_PREFIX + word for word in marked]
    conditions = []
    for exact in (True, False) if marked else (None,):
        # Title words as typed are also words of the entry: no such title without them.
        levels = sorted((level for level in title if exact is not False or level != 3), reverse=True) + [0]
        for position, level in enumerate(levels):
            for phrase in (True, False) if bigrams else (None,):
                if phrase is False and level >= 2:
                    continue  # a title holding the phrase gives the entry the phrase
                required = (
                    terms + (marked if exact else []) + title.get(level, []) + (bigrams if phrase else [])
                )
                excluded = []
                if exact is False:
                    excluded.append(marked)
                if position:
                    above = title[levels[position - 1]]
                    excluded.append([token for token in above if token not in title.get(level, [])])
                if phrase is False:
                    excluded.append(bigrams)
                conditions.append(
                    TokenQuery(tuple(dict.fromkeys(required)), tuple(tuple(group) for group in excluded))
                )
    return conditions


def matching_ids(model, text):
    """The primary keys, as a subquery, of model's objects whose entry holds a word
    beginning with each word of text, diacritics and case aside; None when text has no
    words. A list's filter (the procedures') thus reads the index the site search reads."""
    terms = SearchQuery(text).distinct_terms[:MAX_FILTER_WORDS]
    if not terms:
        return None
    return (
        SearchEntry.objects.filter(content_type=ContentType.objects.get_for_model(model))
        .filter(MatchesTokens(TokenQuery(tuple(terms), prefixes=True)))
        .values_list(Cast("object_id", BigIntegerField()), flat=True)
    )


@contextmanager
def index_friendly_planner(using):
    """On PostgreSQL, a word found in most entries makes the planner prefer reading the
    whole table and rebuilding every entry's vector (seconds at 100,000 entries) to the
    GIN index, which answers without touching the tokens at all. Parallel workers and
    JIT compilation only add start-up time to these short queries (measured: bench/)."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true), "
                "set_config('max_parallel_workers_per_gather', '0', true)"
            )
        yield


class SearchResults:
    """The entries matching a query, in rank order, of one kind if given; sliceable like
    a queryset, so core.pagination.paginate can page through it."""

    def __init__(self, query, entries=None, kind=None):
        self.query = query
        self.entries = entries if entries is not None else SearchEntry.objects.all()
        self.kind = kind

    def conditions(self):
        narrowing = (kind_token(self.kind),) if self.kind else ()
        token_tiers = [TokenQuery(tier.all_of + narrowing, tier.none_of) for tier in tiers(self.query)]
        code = self.query.code
        if not any(char.isdigit() for char in code):
            return [MatchesTokens(tier) for tier in token_tiers]
        same_code = Q(code__iexact=code)
        match_all = MatchesTokens(TokenQuery(tuple(self.query.distinct_terms) + narrowing))
        return [match_all & same_code] + [MatchesTokens(tier) & ~same_code for tier in token_tiers]

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("SearchResults can only be sliced.")
        start, stop = key.start or 0, key.stop
        if self.query.is_empty or stop is None or stop <= start:
            return []
        return self._read(start, stop - start)

    def _read(self, offset, wanted):
        """Tier after tier until the slice is full. A tier is counted only when the slice
        begins after its end, to know how far into the next one it begins."""
        found = []
        with index_friendly_planner(self.entries.db):
            for condition in self.conditions():
                tier = self.entries.filter(condition)
                rows = list(
                    tier.defer("tokens").order_by("-date", "-pk")[offset : offset + wanted - len(found)]
                )
                if rows:
                    found.extend(rows)
                    offset = 0
                elif offset:
                    offset = max(0, offset - tier.count())
                if len(found) == wanted:
                    break
        return found
