"""SearchEntry.indexed_at, which the rebuild uses to drop what it did not write.

For a while this column was created by 0001 itself: a database migrated then has it
already, one migrated before does not; it is added only where it is missing. ALTER
TABLE keeps SQLite's full-text triggers, which Django's way of adding a NOT NULL
column to an SQLite table (copying it into a new table) would drop. Entries added here
carry 1970: the next rebuild rewrites them."""

from django.db import migrations, models

ADD_COLUMN = {
    "sqlite": [
        "ALTER TABLE search_searchentry ADD COLUMN indexed_at datetime NOT NULL DEFAULT '1970-01-01 00:00:00'"
    ],
    "postgresql": [
        "ALTER TABLE search_searchentry ADD COLUMN indexed_at timestamp with time zone NOT NULL DEFAULT '1970-01-01'",
        "ALTER TABLE search_searchentry ALTER COLUMN indexed_at DROP DEFAULT",
    ],
}


def add_column_if_missing(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        columns = {column.name for column in connection.introspection.get_table_description(cursor, "search_searchentry")}
        if "indexed_at" not in columns:
            for statement in ADD_COLUMN[connection.vendor]:
                cursor.execute(statement)


def drop_column(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("ALTER TABLE search_searchentry DROP COLUMN indexed_at")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text_index")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="searchentry", name="indexed_at", field=models.DateTimeField(auto_now=True)
                )
            ],
            database_operations=[migrations.RunPython(add_column_if_missing, drop_column)],
        )
    ]
