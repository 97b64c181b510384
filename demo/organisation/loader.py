"""The organisation part of the demo portal, called by the demo loader.

Safe to run again: the page and the people are created once, then kept as they are."""

from django.utils.translation import gettext as _
from wagtail.models import Site

from core.demo import child
from organisation.models import Department, Hotline, OrganisationPage, Person

from .content import DEPARTMENTS, FUNCTIONS, FUNCTIONS_EN, HOTLINES, PAGE_TITLE, PAGE_TITLE_EN, PEOPLE


def load_organisation_demo(home, stdout):
    site = Site.objects.get(root_page=home)
    if not Department.objects.filter(site=site).exists():
        departments = {}
        for order, (key, name, name_en, parent, functions) in enumerate(DEPARTMENTS):
            departments[key] = Department.objects.create(
                site=site,
                name=name,
                name_en=name_en,
                parent=departments.get(parent),
                functions=functions,
                sort_order=order,
            )
        for order, fields in enumerate(PEOPLE):
            department = departments[fields["department"]]
            Person.objects.create(site=site, sort_order=order, **{**fields, "department": department})
    page, created = child(
        home,
        OrganisationPage,
        PAGE_TITLE,
        title_en=PAGE_TITLE_EN,
        functions=FUNCTIONS,
        functions_en=FUNCTIONS_EN,
        show_in_menus=True,
        hotlines=[
            Hotline(label=label, label_en=label_en, number=number, hours=hours)
            for label, label_en, number, hours in HOTLINES
        ],
    )
    if created:
        stdout.write(
            _("Organisation: %(path)s with %(count)d sample people.")
            % {"path": page.url_path, "count": len(PEOPLE)}
        )
