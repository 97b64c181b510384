from urllib.parse import urlencode

from django import template

register = template.Library()


@register.simple_tag
def week_query(query, week):
    """The query string of `week`, keeping the leader the reader chose."""
    return urlencode(query.parameters(week))
