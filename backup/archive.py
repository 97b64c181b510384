"""One archive holds the whole portal: the database (in its own tool's format, see
database.py), the media folder, and a manifest (versions, date, row counts, checksums).

    manifest.json            written last, once every checksum is known
    database.sqlite3 | database.pgdump
    media/<path in MEDIA_ROOT>

A restore first extracts to a folder beside MEDIA_ROOT while checking every checksum,
then checks the manifest's versions and the target; only then it touches the database
and the media."""

import datetime
import hashlib
import io
import json
import os
import platform
import tarfile
import tempfile
import zlib
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from core.cache import renew_chrome_version
from core.front_cache import ban_every_site

from .database import current_database

FORMAT = "cong-thong-tin-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA = "media"
CHUNK = 1 << 20


class ArchiveError(Exception):
    """The archive cannot be restored, or not here; the message says why."""


class HashingReader:
    """A file read once: into the archive, and into its checksum."""

    def __init__(self, file):
        self.file = file
        self.sha256 = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data


def media_root():
    return Path(settings.MEDIA_ROOT)


def media_files():
    """Every regular file under MEDIA_ROOT, as (path, name in the archive), in a stable order."""
    root = media_root()
    if not root.is_dir():
        return []
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = Path(folder, name)
            if path.is_file() and not path.is_symlink():
                found.append((path, f"{MEDIA}/{path.relative_to(root).as_posix()}"))
    return found


def portal_tables():
    """The tables of the project's models (with their many-to-many tables) present in the database."""
    present = set(connection.introspection.table_names())
    tables = {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    }
    return sorted(tables & present)


def count_rows(query, tables):
    quote = connection.ops.quote_name
    return {table: query(f"SELECT COUNT(*) FROM {quote(table)}")[0][0] for table in tables}


def applied_migrations(query):
    applied = {}
    for app, name in query("SELECT app, name FROM django_migrations ORDER BY app, name"):
        applied.setdefault(app, []).append(name)
    return applied


def add_file(archive, name, path, files):
    with open(path, "rb") as file:
        info = archive.gettarinfo(str(path), arcname=name)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        reader = HashingReader(file)
        archive.addfile(info, reader)
    files[name] = {"size": reader.size, "sha256": reader.sha256.hexdigest()}


def write_archive(output):
    """Writes the archive to `output` (first as output.part, renamed when complete);
    returns the manifest."""
    output = Path(output).resolve()
    if output.exists():
        raise ArchiveError(_("%(path)s already exists: choose another file name.") % {"path": output})
    if not output.parent.is_dir():
        raise ArchiveError(_("There is no folder %(path)s.") % {"path": output.parent})
    if output.is_relative_to(media_root().resolve()):
        raise ArchiveError(
            _("The archive cannot be written inside MEDIA_ROOT (%(path)s).") % {"path": media_root()}
        )
    database = current_database()
    partial = output.with_name(output.name + ".part")
    files = {}
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".backup-") as work:
        dump = Path(work, database.filename)
        with database.dump(dump) as query:
            counts = count_rows(query, portal_tables())
            migrations = applied_migrations(query)
        try:
            with tarfile.open(partial, "w:gz", compresslevel=6, format=tarfile.PAX_FORMAT) as archive:
                add_file(archive, database.filename, dump, files)
                dump.unlink()
                # After the database: every file that the dump names is already there.
                for path, name in media_files():
                    add_file(archive, name, path, files)
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "created_at": timezone.now().isoformat(timespec="seconds"),
                    "versions": {
                        "python": platform.python_version(),
                        "django": django.get_version(),
                        "wagtail": wagtail.__version__,
                        "database": database.version(),
                    },
                    "database": {"engine": database.engine, "file": database.filename},
                    "migrations": migrations,
                    "counts": counts,
                    "media": {
                        "files": sum(1 for name in files if name.startswith(f"{MEDIA}/")),
                        "bytes": sum(
                            entry["size"] for name, entry in files.items() if name.startswith(f"{MEDIA}/")
                        ),
                    },
                    "files": files,
                }
                data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime, info.mode = len(data), int(timezone.now().timestamp()), 0o644
                archive.addfile(info, io.BytesIO(data))
            os.replace(partial, output)
        finally:
            partial.unlink(missing_ok=True)
    return manifest


def safe_name(member):
    """The member's name if it is a regular file the archive may hold, else None."""
    path = PurePosixPath(member.name)
    if not member.isfile() or path.is_absolute() or ".." in path.parts or "\\" in member.name:
        return None
    if member.name == MANIFEST or (len(path.parts) == 1 and path.suffix in (".sqlite3", ".pgdump")):
        return member.name
    if path.parts[0] == MEDIA and len(path.parts) > 1:
        return member.name
    return None


def damaged(path, reason):
    return ArchiveError(
        _("The archive %(path)s is damaged or is not a portal backup (%(reason)s); nothing was restored.")
        % {"path": path, "reason": reason}
    )


def checksum(source, target=None):
    """Size and SHA-256 of what `source` holds, copied to `target` on the way."""
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if target:
            target.write(chunk)
    return {"size": size, "sha256": digest.hexdigest()}


def read_archive(path, staging=None):
    """Reads the whole archive, checking each file against the manifest; with `staging`,
    extracts the files there. Returns the manifest."""
    found = {}
    manifest_data = None
    try:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive:
                name = safe_name(member)
                if name is None:
                    raise damaged(path, _("unexpected entry “%(name)s”") % {"name": member.name})
                if name in found or (name == MANIFEST and manifest_data is not None):
                    raise damaged(path, _("“%(name)s” appears twice") % {"name": name})
                source = archive.extractfile(member)
                if name == MANIFEST:
                    manifest_data = source.read()
                    continue
                if staging is None:
                    found[name] = checksum(source)
                    continue
                target_path = Path(staging, *PurePosixPath(name).parts)
                target_path.parent.mkdir(parents=True, exist_ok=True)
                with open(target_path, "wb") as target:
                    found[name] = checksum(source, target)
    except FileNotFoundError as error:
        raise ArchiveError(_("There is no file %(path)s.") % {"path": path}) from error
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise damaged(path, str(error) or type(error).__name__) from error
    if manifest_data is None:
        raise damaged(path, _("it has no manifest"))
    try:
        manifest = json.loads(manifest_data)
        expected = manifest["files"]
    except (ValueError, KeyError, TypeError) as error:
        raise damaged(path, _("its manifest cannot be read")) from error
    if manifest.get("format") != FORMAT:
        raise damaged(path, _("its manifest is not a portal backup's"))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ArchiveError(
            _("The archive is in format %(found)s; this version of the portal restores format %(known)s.")
            % {"found": manifest.get("format_version"), "known": FORMAT_VERSION}
        )
    wrong = sorted(set(expected) ^ set(found)) + sorted(
        name for name in expected.keys() & found.keys() if expected[name] != found[name]
    )
    if wrong:
        raise damaged(
            path, _("checksum or size wrong, or file missing: %(names)s") % {"names": ", ".join(wrong[:5])}
        )
    return manifest


def check_compatible(manifest, database):
    engine = manifest["database"]["engine"]
    if engine != database.engine:
        raise ArchiveError(
            _(
                "This archive holds a %(archive)s database and the portal is set up for %(current)s: "
                "restore it into the same kind of database (DATABASE_URL)."
            )
            % {"archive": engine, "current": database.engine}
        )
    known = MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    unknown = [
        f"{app}.{name}"
        for app, names in manifest["migrations"].items()
        for name in names
        if (app, name) not in known
    ]
    if unknown:
        raise ArchiveError(
            _(
                "The archive comes from a newer version of the portal (migrations unknown here: "
                "%(migrations)s): update the code first."
            )
            % {"migrations": ", ".join(unknown[:5])}
        )


def database_has_content():
    """True when the database holds a portal: users, images, documents, or pages beyond
    Wagtail's root and the welcome page that `migrate` creates."""
    if Page._meta.db_table not in connection.introspection.table_names():
        return False
    return (
        get_user_model().objects.exists()
        or get_image_model().objects.exists()
        or get_document_model().objects.exists()
        or Page.objects.filter(depth__gt=2).exists()
        or Page.objects.filter(depth=2)
        .exclude(content_type__model="page", content_type__app_label="wagtailcore")
        .exists()
    )


def staging_folder():
    """A folder beside MEDIA_ROOT (the media are then moved, not copied, into place)."""
    parent = media_root().resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    return tempfile.TemporaryDirectory(dir=parent, prefix=".restore-")


def restore_archive(path, force=False):
    """Restores the archive at `path`. Returns (manifest, migrations still to apply)."""
    database = current_database()
    with staging_folder() as staging:
        manifest = read_archive(path, staging)
        check_compatible(manifest, database)
        if not force:
            if database_has_content():
                raise ArchiveError(
                    _("The database is not empty: nothing was restored. Add --force to replace its content.")
                )
            if any(True for _file in media_files()):
                raise ArchiveError(
                    _(
                        "The media folder %(path)s is not empty: nothing was restored. Add --force to replace its files."
                    )
                    % {"path": media_root()}
                )
        database.restore(Path(staging, manifest["database"]["file"]))
        counts = count_rows(run_query, list(manifest["counts"]))
        different = sorted(table for table, count in manifest["counts"].items() if counts[table] != count)
        if different:
            raise ArchiveError(
                _("After the restore, the number of rows differs from the manifest in: %(tables)s.")
                % {"tables": ", ".join(different)}
            )
        staged_media = Path(staging, MEDIA)
        if staged_media.is_dir():
            root = media_root()
            for source in sorted(staged_media.rglob("*")):
                if source.is_file():
                    target = root / source.relative_to(staged_media)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(source, target)
    # What was cached describes the database as it was: content types, fragments, and the
    # pages a front cache (Varnish) keeps.
    ContentType.objects.clear_cache()
    for alias in settings.CACHES:
        caches[alias].clear()
    renew_chrome_version()
    ban_every_site()
    return manifest, pending_migrations()


def run_query(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def pending_migrations():
    executor = MigrationExecutor(connection)
    return [
        f"{migration.app_label}.{migration.name}"
        for migration, _backwards in executor.migration_plan(executor.loader.graph.leaf_nodes())
    ]


def describe(manifest):
    """The lines a person reads about an archive."""
    created = datetime.datetime.fromisoformat(manifest["created_at"])
    counts = manifest["counts"]
    return [
        _("Made on %(date)s with Django %(django)s, Wagtail %(wagtail)s, %(database)s.")
        % {
            "date": timezone.localtime(created).strftime("%d/%m/%Y %H:%M"),
            "django": manifest["versions"]["django"],
            "wagtail": manifest["versions"]["wagtail"],
            "database": manifest["versions"]["database"],
        },
        _("%(pages)s pages, %(users)s user accounts, %(files)s media files (%(size)s MB).")
        % {
            "pages": counts.get(Page._meta.db_table, 0),
            "users": counts.get(get_user_model()._meta.db_table, 0),
            "files": manifest["media"]["files"],
            "size": f"{manifest['media']['bytes'] / 1e6:.1f}",
        },
    ]
