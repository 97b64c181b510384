"""The approvers of the units made before urgent notices were granted to them
(units.access): they post and end their own site's notices, confined by core.scope."""

from importlib import import_module

from django.db import migrations

grant_to_units = import_module("units.migrations.0003_unit_groups_handle_their_sections").grant_to_units

APPROVING = ["alerts.add_urgentnotice", "alerts.change_urgentnotice", "alerts.delete_urgentnotice"]


def grant(apps, schema_editor):
    grant_to_units(apps, [], APPROVING)


class Migration(migrations.Migration):
    dependencies = [
        ("units", "0004_unit_groups_moderate_drafts_and_read_votes"),
        ("alerts", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
