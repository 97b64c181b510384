"""How often one client address may post: counted in the rows the portal keeps anyway
(comments, messages, failed look-ups, each with its address and time), so no counter
can drift from what was really sent and a restart forgets nothing.

The answer to a refused post says when to try again: in minutes in the message, in
seconds in Retry-After."""

import datetime
import math
from dataclasses import dataclass

from django.utils import timezone


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` rows in any `period` seconds; a limit of 0 or less is no limit."""

    limit: int
    period: int

    def is_reached(self, rows, time_field):
        """Whether `rows` (what one address sent) hold `limit` rows or more whose
        `time_field` falls within the last `period` seconds."""
        if self.limit <= 0:
            return False
        since = timezone.now() - datetime.timedelta(seconds=self.period)
        recent = rows.filter(**{f"{time_field}__gte": since})
        # Counting stops at the limit: a flood costs no more to check than one post too many.
        return recent[: self.limit].count() >= self.limit

    @property
    def minutes(self):
        """The wait to announce, never less than it really is."""
        return max(1, math.ceil(self.period / 60))

    def ask_to_retry_later(self, response):
        response["Retry-After"] = str(self.period)
        return response
