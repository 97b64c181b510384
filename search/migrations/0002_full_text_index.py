"""The full-text index over SearchEntry.tokens, one per database, same answers on both.

SQLite: an FTS5 table reading its text from search_searchentry (external content),
kept in step by triggers. The "ascii" tokenizer splits only at spaces here ("_" is part
of a token, every non-ASCII character is a letter), so FTS5 sees exactly the tokens
search.analysis made; detail=none: no positions are needed.

PostgreSQL: a GIN index over the tokens read as a vector of lexemes, without any text
search configuration (no stemming, no stop words: the tokens are already final). Rows
keep their long text (body, tokens) out of line, so that reading the titles and dates
of many matches stays a read of a small table."""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE search_searchentry_fts USING fts5(
        tokens, content='search_searchentry', content_rowid='id', tokenize="ascii tokenchars '_'", detail=none
    )""",
    """CREATE TRIGGER search_searchentry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(rowid, tokens) VALUES (new.id, new.tokens);
    END""",
    """CREATE TRIGGER search_searchentry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, tokens)
        VALUES ('delete', old.id, old.tokens);
    END""",
    """CREATE TRIGGER search_searchentry_fts_update AFTER UPDATE OF tokens ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, tokens)
        VALUES ('delete', old.id, old.tokens);
        INSERT INTO search_searchentry_fts(rowid, tokens) VALUES (new.id, new.tokens);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER search_searchentry_fts_update",
    "DROP TRIGGER search_searchentry_fts_delete",
    "DROP TRIGGER search_searchentry_fts_insert",
    "DROP TABLE search_searchentry_fts",
]

POSTGRESQL = [
    """CREATE INDEX search_searchentry_tokens ON search_searchentry
        USING gin (array_to_tsvector(string_to_array(tokens, ' ')))""",
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 1024)",
]
POSTGRESQL_REVERSE = [
    "ALTER TABLE search_searchentry RESET (toast_tuple_target)",
    "DROP INDEX search_searchentry_tokens",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        with schema_editor.connection.cursor() as cursor:
            for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
                cursor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        )
    ]
