"""The demo's admin account, and a password that always works for the database in use.

The password is recorded per database (a checkout can switch between SQLite and PostgreSQL),
and is printed only after it has been checked against the account."""

import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils.translation import gettext as _

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".demo-admin-password"
USERNAME = "admin"


def database_key():
    database = connection.settings_dict
    return (
        f"{database['ENGINE']}:{database.get('HOST') or ''}:{database.get('PORT') or ''}/{database['NAME']}"
    )


def recorded_passwords():
    try:
        text = CREDENTIALS_FILE.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    try:
        records = json.loads(text)
    except ValueError:
        # A file written before passwords were kept per database: one bare password.
        return {"": text.strip()}
    return records if isinstance(records, dict) else {}


def record_password(password):
    records = recorded_passwords()
    records.pop("", None)
    records[database_key()] = password
    CREDENTIALS_FILE.write_text(json.dumps(records, indent=1), encoding="utf-8")
    CREDENTIALS_FILE.chmod(0o600)


def working_password(user):
    """A recorded password that opens this account, this database's first."""
    records = recorded_passwords()
    candidates = [records.pop(database_key(), None), *records.values()]
    return next((password for password in candidates if password and user.check_password(password)), None)


def ensure_demo_admin(stdout):
    User = get_user_model()
    user = User.objects.filter(username=USERNAME).first()
    if user is None:
        password = secrets.token_urlsafe(12)
        user = User(username=USERNAME, email="admin@huyen-mau.example", is_staff=True, is_superuser=True)
        user.set_password(password)
        user.save()
    else:
        password = working_password(user)
    if password is None:
        stdout.write(
            _(
                "The account “%(username)s” already exists in this database with a password that "
                "this command did not set. Set a new one with: manage.py changepassword %(username)s"
            )
            % {"username": USERNAME}
        )
        return
    record_password(password)
    stdout.write(
        _("Administration: %(url)s/admin/ — user name: %(username)s — password: %(password)s")
        % {"url": settings.WAGTAILADMIN_BASE_URL, "username": USERNAME, "password": password}
    )
