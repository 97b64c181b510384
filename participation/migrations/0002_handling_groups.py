"""The three groups that handle residents' messages: receivers (assign, refuse), answerers
and publishers. Each may open the admin and see the messages; an officer may be in
several groups. Groups are shared by every site of an installation."""

from django.db import migrations

GROUPS = {
    "Tiếp nhận phản ánh, kiến nghị": "receive_submission",
    "Trả lời phản ánh, kiến nghị": "answer_submission",
    "Công bố hỏi đáp": "publish_submission",
}
NAMES = {
    "receive_submission": "Can receive, assign and refuse questions and feedback",
    "answer_submission": "Can answer questions and feedback",
    "publish_submission": "Can publish and close answered questions and feedback",
    "view_submission": "Can view question or feedback",
}


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    submission_type, _ = ContentType.objects.get_or_create(app_label="participation", model="submission")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )

    def permission(codename):
        found, _ = Permission.objects.get_or_create(
            content_type=submission_type, codename=codename, defaults={"name": NAMES[codename]}
        )
        return found

    for name, codename in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin, permission("view_submission"), permission(codename))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
