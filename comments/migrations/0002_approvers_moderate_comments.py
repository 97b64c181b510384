"""The approvers ("Duyệt tin") moderate residents' comments."""

from django.db import migrations

APPROVERS = "Duyệt tin"
CODENAME = "moderate_comments"


def grant_moderation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="comments", model="articlecomment")
    moderate, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=CODENAME, defaults={"name": "Can moderate comments"}
    )
    group, _ = Group.objects.get_or_create(name=APPROVERS)
    group.permissions.add(moderate)


def revoke_moderation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=APPROVERS).first()
    if group:
        group.permissions.remove(*group.permissions.filter(content_type__app_label="comments", codename=CODENAME))


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("news", "0002_editorial_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant_moderation, revoke_moderation)]
