"""Which sites a user works on is read once per request, from Wagtail's own cache of the
user's page permissions; a site-scoped policy keeps an editor to their own site's things."""

from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import GroupPagePermission, ModelLogEntry, Page, Site
from wagtail.permissions import policy_registry

from core.models import ScopedLogEntry
from core.scope import editable_roots, page_permission_roots
from home.tests.factories import HomePageFactory
from organisation.models import Person
from organisation.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_site():
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="xa-ben")
    return Site.objects.create(hostname="xa-ben.example", port=80, root_page=home)


@pytest.fixture
def site_editor(django_user_model, portal):
    group = Group.objects.create(name="Biên tập viên – Xã Thử Nghiệm")
    group.permissions.add(Permission.objects.get(codename="change_person"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=portal.home, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("bien-tap-xa", password="mat-khau-dai")
    user.groups.add(group)
    return user


def test_the_roots_are_read_once_for_every_question_about_them(
    site_editor, portal, django_assert_num_queries
):
    with django_assert_num_queries(1):
        assert editable_roots(site_editor) == [portal.home.path]
        assert editable_roots(site_editor) == [portal.home.path]
        assert page_permission_roots(site_editor) == [portal.home.path]


def test_a_superuser_edits_everywhere_and_an_inactive_user_nowhere(admin_user, site_editor):
    site_editor.is_active = False

    assert editable_roots(admin_user) is None
    assert editable_roots(site_editor) == []


def test_the_policy_keeps_a_site_s_editor_to_its_own_people(site_editor, portal, other_site):
    own = PersonFactory(site=portal.site)
    foreign = PersonFactory(site=other_site)
    policy = policy_registry.get_by_type(Person)

    assert policy.user_has_permission_for_instance(site_editor, "change", own)
    assert not policy.user_has_permission_for_instance(site_editor, "change", foreign)
    assert not policy.user_has_permission_for_instance(site_editor, "delete", own)
    assert list(policy.instances_user_has_permission_for(site_editor, "change")) == [own]
    assert site_editor in policy.users_with_permission_for_instance("change", own)
    assert site_editor not in policy.users_with_permission_for_instance("change", foreign)


def test_an_edit_of_a_site_s_thing_is_logged_where_only_that_site_s_people_read_it(
    site_editor, portal, other_site
):
    own = PersonFactory(site=portal.site, full_name="Cán Bộ Nhà")
    stranger = PersonFactory(site=other_site, full_name="Cán Bộ Xã Bên")
    for person in (own, stranger):
        log(person, "wagtail.edit")

    readable = ScopedLogEntry.objects.viewable_by_user(site_editor)

    assert list(readable.values_list("label", flat=True)) == [str(own)]
    assert not ModelLogEntry.objects.exists()


def test_entries_logged_before_the_scoped_log_move_into_it(portal):
    person = PersonFactory(site=portal.site, full_name="Cán Bộ Cũ")
    ModelLogEntry.objects.log_action(person, "wagtail.edit")

    import_module("core.migrations.0004_scoped_log_entry").move_entries(apps, None)

    assert not ModelLogEntry.objects.exists()
    moved = ScopedLogEntry.objects.get()
    assert (moved.label, moved.object_id) == (str(person), str(person.pk))
    assert list(log_action_registry.get_logs_for_instance(person)) == [moved]
