"""Rebuild the Vietnamese catalogue of the admin's third-party strings (Wagtail, its
JavaScript, django-taggit, django-comments(-xtd), Django) from the installed packages.

    .venv/bin/python scripts/admin_catalogue.py          # refresh after an upgrade
    .venv/bin/python scripts/admin_catalogue.py --check  # exit 1 if a refresh would change it

The catalogue lives in locale/wagtail/vi/LC_MESSAGES/ (listed in LOCALE_PATHS after the
project's locale/, which `make messages` regenerates): its msgids are exactly the installed
packages' msgids; a msgid keeps our translation if we have one, else the one the package
ships in Vietnamese, else it is left untranslated (shown by msgfmt --statistics) for a
translator to fill in. Then run `make messages` to compile it.
"""

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_DIR = ROOT / "locale" / "wagtail" / "vi" / "LC_MESSAGES"

# (package, domain), in order of precedence when two packages share a msgid.
SOURCES = {
    "django": [
        ("wagtail.admin", "django"),
        ("wagtail", "django"),
        ("wagtail.snippets", "django"),
        ("wagtail.images", "django"),
        ("wagtail.documents", "django"),
        ("wagtail.users", "django"),
        ("wagtail.sites", "django"),
        ("wagtail.locales", "django"),
        ("wagtail.search", "django"),
        ("wagtail.embeds", "django"),
        ("wagtail.contrib.redirects", "django"),
        ("wagtail.contrib.search_promotions", "django"),
        ("wagtail.contrib.settings", "django"),
        ("wagtail.contrib.forms", "django"),
        ("wagtail.contrib.table_block", "django"),
        ("wagtail.contrib.typed_table_block", "django"),
        ("wagtail.contrib.simple_translation", "django"),
        ("wagtail.contrib.styleguide", "django"),
        ("taggit", "django"),
        ("django_comments_xtd", "django"),
        ("django_comments", "django"),
        ("django.contrib.auth", "django"),
        ("django", "django"),
    ],
    "djangojs": [("wagtail.admin", "djangojs")],
}
HEADER = {
    "Project-Id-Version": "portal (Wagtail admin in Vietnamese)",
    "PO-Revision-Date": "2026-12-01 00:00+0700",
    "Last-Translator": "portal maintainers",
    "Language-Team": "Vietnamese",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


def package_locale(package):
    spec = importlib.util.find_spec(package)
    base = Path(spec.origin).parent
    return base / "conf" / "locale" if package == "django" else base / "locale"


def key(entry):
    return (entry.msgctxt, entry.msgid)


def source_entries(package, domain):
    """The package's msgids: its English catalogue, else the union of its catalogues."""
    locale = package_locale(package)
    english = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
    paths = [english] if english.exists() else sorted(locale.glob(f"*/LC_MESSAGES/{domain}.po"))
    entries = {}
    for path in paths:
        for entry in polib.pofile(str(path)):
            if not entry.obsolete and entry.msgid:
                entries.setdefault(key(entry), entry)
    return entries.values()


def translations(path):
    if not path.exists():
        return {}
    return {
        key(entry): entry
        for entry in polib.pofile(str(path))
        if entry.translated() and not entry.obsolete and "fuzzy" not in entry.flags
    }


def vietnamese(entry, known):
    """(msgstr, msgstr_plural) for the entry from the known translation, if any."""
    found = known.get(key(entry))
    if found is None:
        return "", {0: ""} if entry.msgid_plural else {}
    text = found.msgstr_plural.get(0, found.msgstr) if found.msgstr_plural else found.msgstr
    return ("", {0: text}) if entry.msgid_plural else (text, {})


def build(domain):
    ours = translations(CATALOGUE_DIR / f"{domain}.po")
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = dict(HEADER)
    seen = set()
    for package, package_domain in SOURCES[domain]:
        upstream = translations(package_locale(package) / "vi" / "LC_MESSAGES" / f"{package_domain}.po")
        for entry in source_entries(package, package_domain):
            if key(entry) in seen:
                continue
            seen.add(key(entry))
            msgstr, msgstr_plural = vietnamese(entry, ours if key(entry) in ours else upstream)
            catalogue.append(
                polib.POEntry(
                    msgctxt=entry.msgctxt,
                    msgid=entry.msgid,
                    msgid_plural=entry.msgid_plural,
                    msgstr=msgstr,
                    msgstr_plural=msgstr_plural,
                    comment=package,
                    flags=[flag for flag in entry.flags if flag.endswith("-format")],
                )
            )
    return catalogue


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report whether the catalogue is current")
    args = parser.parse_args()
    stale = []
    for domain in SOURCES:
        path = CATALOGUE_DIR / f"{domain}.po"
        text = str(build(domain))
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(path)], check=True)
    if args.check and stale:
        sys.exit("out of date: " + ", ".join(str(path.relative_to(ROOT)) for path in stale))


if __name__ == "__main__":
    main()
