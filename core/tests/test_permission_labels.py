"""The group and user forms name every permission in Vietnamese, from the model's own
name for its standard permissions ("Thêm trang") and from the catalogues for the others."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import translation
from wagtail import hooks

from core.permission_labels import permission_label
from core.tests.english import english_words


def permissions_on_the_group_form():
    """The permissions the apps register for the group form (Wagtail's register_permissions
    hook), and the page permissions."""
    registered = Permission.objects.filter(content_type__app_label="wagtailcore", content_type__model="page")
    for registered_by_an_app in hooks.get_hooks("register_permissions"):
        registered = registered | registered_by_an_app()
    return registered.select_related("content_type").distinct()


@pytest.mark.django_db
def test_every_permission_on_the_group_form_has_a_vietnamese_name():
    with translation.override("vi"):
        english = {
            f"{permission.content_type.app_label}.{permission.codename}": permission_label(permission)
            for permission in permissions_on_the_group_form()
            if english_words(str(permission_label(permission)))
        }
    assert not english, "Give these permissions a Vietnamese name (gettext_noop in their app):\n" + "\n".join(
        f"{codename}: {label}" for codename, label in sorted(english.items())
    )


@pytest.mark.django_db
def test_standard_permissions_are_named_from_the_models_name():
    def label(codename):
        return str(
            permission_label(Permission.objects.get(codename=codename, content_type__app_label="wagtailcore"))
        )

    with translation.override("vi"):
        assert [label("add_page"), label("change_page"), label("publish_page")] == [
            "Thêm trang",
            "Sửa trang",
            "Xuất bản mọi trang",
        ]
    with translation.override("en"):
        assert label("add_page") == "Add page"


@pytest.mark.django_db
def test_the_group_editor_shows_the_vietnamese_names(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quan-tri", password="x"))
    group = Group.objects.get(name="Biên tập viên")
    page = client.get(f"/admin/groups/edit/{group.pk}/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert ">Thêm trang</label>" in page
    assert "Được kiểm duyệt bình luận" in page
    assert "Can add" not in page and "Can moderate" not in page
