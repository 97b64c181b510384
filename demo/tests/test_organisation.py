"""`make run` shows a sample organisation, clearly marked as such, in both languages."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

from organisation.models import OrganisationPage, Person

pytestmark = pytest.mark.django_db


def portal_organisation():
    """The demo portal's own (the sample communes' sites have theirs)."""
    return OrganisationPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).get()


def test_the_demo_has_a_sample_organisation_in_the_menu(client, demo):
    page = portal_organisation()
    html = client.get("/").content.decode()
    assert f'href="{page.relative_url(page.get_site())}"' in html

    content = client.get(page.relative_url(page.get_site())).content.decode()
    assert "Nguyễn Văn Mẫu (mẫu)" in content
    assert "Người phát ngôn" in content
    assert all("(mẫu)" in person.full_name for person in Person.objects.all())


def test_the_demo_organisation_reads_in_english(client, demo):
    page = portal_organisation()
    content = client.get(f"/en{page.relative_url(page.get_site())}").content.decode()
    assert "Organisation and contacts" in content and "Economic Division (sample)" in content


def test_loading_the_demo_again_adds_nothing(demo):
    people = Person.objects.count()
    call_command("load_demo_content", "--no-admin", stdout=io.StringIO())
    assert Person.objects.count() == people
