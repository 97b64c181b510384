"""The leaders a schedule names: organisation.Person rows of the schedule's own site."""

from organisation.models import Person


def people_of_site(site):
    return Person.objects.filter(site=site)


def leader_of_site(text, site):
    """The person of `site` whose id is `text`, or None (not a number, or someone else's)."""
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        return None
    return people_of_site(site).filter(pk=int(text)).first()


def leaders_in(schedule, site):
    """Everyone the schedule names, for the choice of a leader's view."""
    return list(people_of_site(site).filter(schedule_entries__schedule=schedule).distinct())
