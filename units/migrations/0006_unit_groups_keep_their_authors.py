"""The groups of the units made before authors belonged to a site (news 0008) get them
as units.access grants: editors add and change their site's authors, approvers also
delete them, confined by core.scope."""

from importlib import import_module

from django.db import migrations

grant_to_units = import_module("units.migrations.0003_unit_groups_handle_their_sections").grant_to_units

EDITING = ["news.add_author", "news.change_author"]
APPROVING = ["news.delete_author"]


def grant(apps, schema_editor):
    grant_to_units(apps, EDITING, APPROVING)


class Migration(migrations.Migration):
    dependencies = [
        ("units", "0005_unit_approvers_post_urgent_notices"),
        ("news", "0008_author_per_site"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
