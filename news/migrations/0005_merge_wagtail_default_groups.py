"""Wagtail's own English groups ("Editors", "Moderators") are merged into the Vietnamese ones,
and its default workflow ("Moderators approval"), replaced by "Quy trình duyệt tin", goes.

Members and approval tasks of an English group move to its Vietnamese counterpart before
the English group is deleted. The default workflow and its task are deleted when nothing
uses them; where an install still has one in use, they are renamed in Vietnamese."""

from django.db import migrations

GROUPS = {"Editors": "Biên tập viên", "Moderators": "Duyệt tin"}
DEFAULT_WORKFLOW = "Moderators approval"
RENAMED_WORKFLOW = "Quy trình duyệt mặc định"
RENAMED_TASK = "Bước duyệt mặc định"


def merge_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    for english, vietnamese in GROUPS.items():
        old = Group.objects.filter(name=english).first()
        if old is None:
            continue
        new, _ = Group.objects.get_or_create(name=vietnamese)
        for user in old.user_set.all():
            user.groups.add(new)
        for task in GroupApprovalTask.objects.filter(groups=old):
            task.groups.add(new)
        old.delete()


def remove_default_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    for workflow in Workflow.objects.filter(name=DEFAULT_WORKFLOW):
        in_use = (
            WorkflowPage.objects.filter(workflow=workflow).exists()
            or WorkflowContentType.objects.filter(workflow=workflow).exists()
            or WorkflowState.objects.filter(workflow=workflow).exists()
        )
        if in_use:
            workflow.name = RENAMED_WORKFLOW
            workflow.save(update_fields=["name"])
        else:
            workflow.delete()
    for task in Task.objects.filter(name=DEFAULT_WORKFLOW):
        if WorkflowTask.objects.filter(task=task).exists() or TaskState.objects.filter(task=task).exists():
            task.name = RENAMED_TASK
            task.save(update_fields=["name"])
        else:
            task.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_featured_index"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(merge_groups, migrations.RunPython.noop),
        migrations.RunPython(remove_default_workflow, migrations.RunPython.noop),
    ]
