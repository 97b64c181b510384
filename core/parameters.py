"""The parameters of a public page's address (?nam=2024&page=2): each read once and
checked. What names nothing (?nam=abc, ?loai=khong-co, a parameter given twice) is
written down in Vietnamese; the page then answers 400 with the message and with what the
other parameters chose."""

import re

from django.utils.translation import gettext as _

from .pagination import MAX_PAGE


class QueryParameters:
    """Reads single-valued parameters of a GET request and records what is refused.
    `labels` name the parameters in the messages as the page's form does ({"nam": "Năm"})."""

    def __init__(self, request, labels=None):
        self.request = request
        self.labels = labels or {}
        self.errors = []

    def label(self, name):
        return self.labels.get(name, name)

    def single(self, name):
        if len(self.request.GET.getlist(name)) > 1:
            self.errors.append(_("“%(name)s” may be given only once.") % {"name": self.label(name)})
        return self.request.GET.get(name, "").strip()

    def refuse(self, name, value):
        self.errors.append(
            _("“%(value)s” is not a valid value for “%(filter)s”.")
            % {"value": value[:40], "filter": self.label(name)}
        )

    def choice(self, name, choices):
        """One of `choices` (values, or a mapping keyed by them), or "" when none is given."""
        raw = self.single(name)
        if raw and raw not in choices:
            self.refuse(name, raw)
            return ""
        return raw

    def year(self, name, first, last, default=None):
        raw = self.single(name)
        if not raw:
            return default
        if re.fullmatch(r"[0-9]{4}", raw) and first <= int(raw) <= last:
            return int(raw)
        self.refuse(name, raw)
        return default

    def page_number(self, name="page"):
        raw = self.single(name)
        if not raw:
            return 1
        if re.fullmatch(r"[0-9]{1,6}", raw) and 1 <= int(raw) <= MAX_PAGE:
            return int(raw)
        self.errors.append(
            _("“%(value)s” is not a page number: use a whole number from 1 to %(max)s.")
            % {"value": raw[:40], "max": MAX_PAGE}
        )
        return 1
