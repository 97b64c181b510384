from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.pages import in_public_section, pages_of_type, site_root

from ..blocks import Channel, TimeUnit
from ..charts import percent
from ..models import OneStopStatisticsPage, procedure_index_url
from ..statistics_report import StatisticsReport

register = template.Library()


@register.filter
def channel_label(value):
    return Channel(value).label if value in Channel.values else value


_DURATIONS = {
    TimeUnit.HOURS: lambda count: ngettext("%(count)s hour", "%(count)s hours", count),
    TimeUnit.WORKING_DAYS: lambda count: ngettext("%(count)s working day", "%(count)s working days", count),
    TimeUnit.DAYS: lambda count: ngettext("%(count)s day", "%(count)s days", count),
    TimeUnit.MONTHS: lambda count: ngettext("%(count)s month", "%(count)s months", count),
}


@register.filter
def processing_time(channel):
    count = channel["time_value"]
    if count is None or channel["time_unit"] not in _DURATIONS:
        return "—"
    return _DURATIONS[channel["time_unit"]](count) % {"count": count}


@register.filter
def vnd(amount):
    if amount is None:
        return ""
    if amount == 0:
        return _("free")
    return _("%(amount)s VND") % {"amount": number_format(amount, force_grouping=True)}


register.filter("percentage", percent)


def _not_reported():
    return format_html(
        '<span aria-hidden="true">—</span><span class="visually-hidden">{}</span>', _("not reported")
    )


@register.filter
def figure(value):
    """A count in a table cell: “—” (read out as “not reported”) when the report has none."""
    return _not_reported() if value is None else number_format(value, force_grouping=True)


@register.filter
def rate(value):
    return _not_reported() if value is None else percent(value)


@register.simple_tag(takes_context=True)
def procedures_home(context):
    """What the home page shows of procedures: where to search, and the one-stop shop's
    headline figures. Two queries: the results page and its unit's figures."""
    request = context.get("request")
    root = site_root(context.get("request"))
    statistics_pages = pages_of_type(OneStopStatisticsPage).live().filter(in_public_section())
    if root is not None:
        statistics_pages = statistics_pages.descendant_of(root)
    statistics_page = statistics_pages.order_by("path").first()
    headline = StatisticsReport.for_unit(statistics_page.unit).headline if statistics_page else None
    return {
        "search_url": procedure_index_url(root),
        "statistics_page": statistics_page,
        "statistics_url": statistics_page.get_url(request) if statistics_page else None,
        "headline": headline,
    }
