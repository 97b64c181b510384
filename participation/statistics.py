"""Received, answered on time, answered late and overdue, per month of receipt and field,
for the statistics page, its chart and its CSV."""

from dataclasses import dataclass, field

from django.utils import timezone

from .models.submissions import Submission

MAX_MONTHS = 12


@dataclass
class Counts:
    received: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0

    def add(self, other):
        self.received += other.received
        self.on_time += other.on_time
        self.late += other.late
        self.overdue += other.overdue


@dataclass
class Month:
    label: str
    key: str
    total: Counts = field(default_factory=Counts)
    by_field: dict = field(default_factory=dict)


def count(submission, today):
    counts = Counts(received=1)
    on_time = submission.answered_on_time()
    if on_time is True:
        counts.on_time = 1
    elif on_time is False:
        counts.late = 1
    elif submission.is_overdue(today):
        counts.overdue = 1
    return counts


def monthly_counts(page, today=None):
    """The last MAX_MONTHS months that received anything, newest first."""
    today = today or timezone.localdate()
    # Only the months shown are read: the record grows every month, the table does not.
    shown = list(
        Submission.objects.filter(page=page).datetimes("received_at", "month", order="DESC")[:MAX_MONTHS]
    )
    if not shown:
        return []
    rows = (
        Submission.objects.filter(page=page, received_at__gte=shown[-1])
        .select_related("field")
        .only("received_at", "answered_at", "deadline", "state", "field__name")
    )
    months = {}
    for submission in rows.iterator():
        received_on = timezone.localdate(submission.received_at)
        key = f"{received_on:%Y-%m}"
        month = months.setdefault(key, Month(label=f"{received_on:%m/%Y}", key=key))
        counts = count(submission, today)
        month.total.add(counts)
        month.by_field.setdefault(submission.field.name, Counts()).add(counts)
    return sorted(months.values(), key=lambda month: month.key, reverse=True)[:MAX_MONTHS]
