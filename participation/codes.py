"""Receipt codes: PA-2026-000123 for feedback, HD-2026-000123 for a question, numbered
from 1 each year for each prefix.

The number comes from a counter row (ReceiptCounter) raised with one UPDATE inside the
caller's transaction: the row stays locked until the submission is stored, so two
residents sending at the same moment on PostgreSQL wait for each other rather than get
the same number, and on SQLite the database's single writer does the same."""

from django.db import IntegrityError, transaction
from django.db.models import F

from .models.submissions import CODE_PREFIXES, ReceiptCounter


def next_number(prefix, year):
    counters = ReceiptCounter.objects.filter(prefix=prefix, year=year)
    if not counters.update(last_number=F("last_number") + 1):
        try:
            with transaction.atomic():
                ReceiptCounter.objects.create(prefix=prefix, year=year, last_number=1)
                return 1
        except IntegrityError:
            # Another submission created the year's counter first.
            counters.update(last_number=F("last_number") + 1)
    return counters.values_list("last_number", flat=True).get()


def receipt_code(kind, year):
    """Call inside the transaction that stores the submission."""
    prefix = CODE_PREFIXES[kind]
    return f"{prefix}-{year}-{next_number(prefix, year):06d}"
