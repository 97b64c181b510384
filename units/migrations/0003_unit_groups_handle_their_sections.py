"""The groups of the units made before their people, departments, schedule entries and
residents' messages were granted to them (units.access): the same permissions now, each
confined to the unit's own site by core.scope and participation.confinement."""

from django.db import migrations

EDITING = [
    "organisation.add_person",
    "organisation.change_person",
    "organisation.add_department",
    "organisation.change_department",
    "schedule.add_scheduleentry",
    "schedule.change_scheduleentry",
]
APPROVING = [
    "organisation.delete_person",
    "organisation.delete_department",
    "schedule.delete_scheduleentry",
    "participation.view_submission",
    "participation.receive_submission",
    "participation.answer_submission",
    "participation.publish_submission",
]


def permissions(apps, names):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
    return found


def grant_to_units(apps, editing_names, approving_names):
    """Every unit's editors get `editing_names`; its approvers those and `approving_names`."""
    units = list(apps.get_model("units", "UnitSite").objects.select_related("editors", "approvers"))
    if not units:
        return
    editing = permissions(apps, editing_names)
    approving = editing + permissions(apps, approving_names)
    for unit in units:
        unit.editors.permissions.add(*editing)
        unit.approvers.permissions.add(*approving)


def grant(apps, schema_editor):
    grant_to_units(apps, EDITING, APPROVING)


class Migration(migrations.Migration):
    dependencies = [
        ("units", "0002_alter_unitnewspage_options"),
        ("organisation", "0002_organisation_page"),
        ("schedule", "0002_alter_schedulepage_options"),
        ("participation", "0004_page_usefulness"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
