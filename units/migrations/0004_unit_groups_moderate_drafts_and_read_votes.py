"""The groups of the units made before comments on drafts and the usefulness report were
granted to them (units.access): editors read the report, approvers also moderate the
comments, each confined to the unit's own site by core.scope."""

from importlib import import_module

from django.db import migrations

grant_to_units = import_module("units.migrations.0003_unit_groups_handle_their_sections").grant_to_units

EDITING = ["participation.view_pageusefulness"]
APPROVING = ["participation.change_draftcomment", "participation.delete_draftcomment"]


def grant(apps, schema_editor):
    grant_to_units(apps, EDITING, APPROVING)


class Migration(migrations.Migration):
    dependencies = [("units", "0003_unit_groups_handle_their_sections")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
