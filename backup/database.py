"""The database's part of a backup, with the database's own tools: a consistent copy that
restores exactly (schema, sequences, search index tables, extensions), in minutes for a
hundred thousand articles. An archive restores into the same kind of database it came from."""

import os
import shutil
import sqlite3
import subprocess
from contextlib import contextmanager

from django.db import connection, transaction
from django.utils.translation import gettext as _


class DatabaseToolError(Exception):
    """A dump or restore tool failed or is missing; the message says what to do."""


class SQLiteDatabase:
    engine = "sqlite"
    filename = "database.sqlite3"

    def version(self):
        return f"SQLite {sqlite3.sqlite_version}"

    @contextmanager
    def dump(self, path):
        """Copies the database to `path` with SQLite's online backup API (a consistent
        copy while the portal runs); yields a query function over that copy."""
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        try:
            connection.connection.backup(copy)
            yield lambda sql: copy.execute(sql).fetchall()
        finally:
            copy.close()

    def restore(self, path):
        """Replaces the whole database with the copy at `path`."""
        connection.ensure_connection()
        source = sqlite3.connect(path)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
            connection.close()


class PostgreSQLDatabase:
    engine = "postgresql"
    filename = "database.pgdump"

    def version(self):
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"

    def environment(self):
        """libpq's variables for pg_dump and pg_restore, from the DATABASES setting."""
        settings = connection.settings_dict
        env = dict(os.environ)
        for variable, value in [
            ("PGHOST", settings.get("HOST")),
            ("PGPORT", settings.get("PORT")),
            ("PGUSER", settings.get("USER")),
            ("PGPASSWORD", settings.get("PASSWORD")),
            ("PGDATABASE", settings.get("NAME")),
            ("PGSSLMODE", settings.get("OPTIONS", {}).get("sslmode")),
        ]:
            if value:
                env[variable] = str(value)
        return env

    def run(self, command):
        if shutil.which(command[0]) is None:
            raise DatabaseToolError(
                _(
                    "%(tool)s is not installed: install PostgreSQL's client tools (Debian: apt-get install postgresql-client)."
                )
                % {"tool": command[0]}
            )
        result = subprocess.run(command, env=self.environment(), capture_output=True, text=True)
        if result.returncode:
            raise DatabaseToolError(
                _("%(tool)s failed: %(error)s") % {"tool": command[0], "error": result.stderr.strip()[-2000:]}
            )

    @contextmanager
    def dump(self, path):
        """pg_dump in its custom format, from a snapshot that the counts of the manifest
        are read in too: what the manifest counts is what the dump holds."""
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            self.run(["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={path}"])

            def query(sql):
                cursor.execute(sql)
                return cursor.fetchall()

            yield query

    def restore(self, path):
        """Drops what the dump holds and creates it again, in one transaction: a failure
        leaves the database as it was."""
        connection.close()
        self.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={connection.settings_dict['NAME']}",
                str(path),
            ]
        )


def current_database():
    vendor = connection.vendor
    if vendor == "sqlite":
        return SQLiteDatabase()
    if vendor == "postgresql":
        return PostgreSQLDatabase()
    raise DatabaseToolError(_("Backups support SQLite and PostgreSQL, not %(vendor)s.") % {"vendor": vendor})
