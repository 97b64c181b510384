"""How often one client address may post: counted in the rows the portal keeps anyway
(comments, messages, failed look-ups, each with its address and time), so no counter
can drift from what was really sent and a restart forgets nothing.

The answer to a refused post says when to try again, counted from what was sent: in
minutes in the message, in seconds in Retry-After."""

import datetime
import math
from dataclasses import dataclass

from django.utils import timezone


@dataclass(frozen=True)
class Wait:
    """How long a refused address waits before its next post is taken."""

    seconds: int

    @property
    def minutes(self):
        """The wait to announce in whole minutes, never less than it really is."""
        return max(1, math.ceil(self.seconds / 60))

    def ask_to_retry_later(self, response):
        response["Retry-After"] = str(self.seconds)
        return response


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` rows in any `period` seconds; a limit of 0 or less is no limit."""

    limit: int
    period: int

    def wait(self, rows, time_field):
        """None while `rows` (what one address sent) hold fewer than `limit` rows whose
        `time_field` falls within the last `period` seconds; else the Wait until the
        oldest of the `limit` newest leaves the period."""
        if self.limit <= 0:
            return None
        now = timezone.now()
        period = datetime.timedelta(seconds=self.period)
        # Reading stops at the limit: a flood costs no more to check than one post too many.
        newest = list(
            rows.filter(**{f"{time_field}__gte": now - period})
            .order_by(f"-{time_field}")
            .values_list(time_field, flat=True)[: self.limit]
        )
        if len(newest) < self.limit:
            return None
        return Wait(max(1, math.ceil((newest[-1] + period - now).total_seconds())))
