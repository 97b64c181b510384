"""A unit's editors and approvers, confined to its own tree and its own collection, and
the workflow through which its articles are published. The groups' names carry the
unit's name: a province's administrator manages a hundred of them."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import UnitSite

PAGE_PERMISSIONS = {
    "editors": ["add_page", "change_page"],
    "approvers": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
MEDIA_PERMISSIONS = {
    "editors": ["add", "change", "choose"],
    "approvers": ["add", "change", "choose", "delete"],
}
# Model-wide permissions; what each applies to is narrowed to the sites whose pages the
# user may edit (core.scope: authors, comments, comments on drafts, page votes, people,
# departments, schedule entries, urgent notices; participation.confinement: residents'
# messages).
EDITING = [
    ("wagtailadmin", "access_admin"),
    ("organisation", "add_person"),
    ("organisation", "change_person"),
    ("organisation", "add_department"),
    ("organisation", "change_department"),
    ("schedule", "add_scheduleentry"),
    ("schedule", "change_scheduleentry"),
    ("participation", "view_pageusefulness"),
    ("news", "add_author"),
    ("news", "change_author"),
]
MODEL_PERMISSIONS = {
    "editors": EDITING,
    "approvers": EDITING
    + [
        ("organisation", "delete_person"),
        ("organisation", "delete_department"),
        ("schedule", "delete_scheduleentry"),
        ("comments", "moderate_comments"),
        ("participation", "change_draftcomment"),
        ("participation", "delete_draftcomment"),
        ("news", "delete_author"),
        ("alerts", "add_urgentnotice"),
        ("alerts", "change_urgentnotice"),
        ("alerts", "delete_urgentnotice"),
        ("participation", "view_submission"),
        ("participation", "receive_submission"),
        ("participation", "answer_submission"),
        ("participation", "publish_submission"),
    ],
}
GROUP_NAMES = {"editors": "Biên tập viên – %s", "approvers": "Duyệt tin – %s"}
WORKFLOW_NAME = "Quy trình duyệt tin – %s"
TASK_NAME = "Duyệt tin bài – %s"
GROUP_NAME_MAX_LENGTH = Group._meta.get_field("name").max_length


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename):
    return Permission.objects.get(content_type=ContentType.objects.get_for_model(Page), codename=codename)


def _unique_group(template, name):
    """A new group named after the unit; a number is added if a group of that name
    already exists (two units of the same name in one installation)."""
    base = (template % name)[:GROUP_NAME_MAX_LENGTH]
    candidate, number = base, 1
    while Group.objects.filter(name=candidate).exists():
        number += 1
        candidate = f"{base[: GROUP_NAME_MAX_LENGTH - 5]} ({number})"
    return Group.objects.create(name=candidate)


def _collection(name):
    root = Collection.get_first_root_node()
    return root.add_child(name=name)


def _workflow(name, approvers):
    task = GroupApprovalTask.objects.create(name=TASK_NAME % name)
    task.groups.add(approvers)
    workflow = Workflow.objects.create(name=WORKFLOW_NAME % name)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def _grant(group, role, home, collection):
    for app_label, codename in MODEL_PERMISSIONS[role]:
        group.permissions.add(_permission(app_label, codename))
    for codename in PAGE_PERMISSIONS[role]:
        GroupPagePermission.objects.get_or_create(
            group=group, page=home, permission=_page_permission(codename)
        )
    for action in MEDIA_PERMISSIONS[role]:
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(app_label, f"{action}_{model}")
            )


def grant_unit_access(site, home, name):
    """The unit's groups, collection and workflow: made once, then completed if missing."""
    unit = UnitSite.objects.filter(site=site).select_related("editors", "approvers").first()
    if unit is None:
        editors = _unique_group(GROUP_NAMES["editors"], name)
        approvers = _unique_group(GROUP_NAMES["approvers"], name)
        unit = UnitSite.objects.create(
            site=site,
            editors=editors,
            approvers=approvers,
            collection=_collection(name),
            workflow=_workflow(name, approvers),
        )
    _grant(unit.editors, "editors", home, unit.collection)
    _grant(unit.approvers, "approvers", home, unit.collection)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": unit.workflow})
    return unit
