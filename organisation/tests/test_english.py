"""An English reader finds the organisation and contacts at /en/; an editor is told when
the Vietnamese changed after the English, and on which fields."""

import re

from django.urls import reverse

from core.models import UnitSettings


def english(client, path):
    return client.get(f"/en{path}")


def test_an_english_reader_finds_the_organisation_in_english(client, organisation_page, organisation):
    response = english(client, organisation_page.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "About the commune" in html
    assert "State administration of the commune." in html
    assert "Chairman of the People&#x27;s Committee" in html
    assert "General leadership" in html
    assert "Thursdays, 7:30–11:00" in html
    assert "Chairman&#x27;s hotline" in html
    assert "Commune leadership" in html
    # Names are names: the same in both languages.
    assert "Nguyễn Văn Mẫu (mẫu)" in html


def test_an_english_text_older_than_the_vietnamese_is_not_shown(client, organisation_page, organisation):
    chair = organisation["chair"]
    chair.title = "Bí thư Đảng ủy, Chủ tịch UBND xã"
    chair.save()

    html = english(client, organisation_page.url).content.decode()
    assert "Bí thư Đảng ủy, Chủ tịch UBND xã" in html
    assert "Chairman of the People&#x27;s Committee" not in html
    assert chair.outdated_english_fields() == ["title"]


def test_renaming_the_unit_no_longer_leaves_the_old_english_name(client, portal):
    unit = UnitSettings.objects.get(site=portal.site)
    unit.name = "Xã Hợp Nhất"
    unit.address = "Số 2 đường Mới"
    unit.save()

    html = english(client, "/").content.decode()
    assert "Thu Nghiem Commune" not in html
    assert "Xã Hợp Nhất" in html
    assert unit.outdated_english_fields() == ["name"]


def test_the_editor_is_told_which_english_fields_of_the_unit_are_out_of_date(admin_client, portal):
    unit = UnitSettings.objects.get(site=portal.site)
    unit.name = "Xã Hợp Nhất"
    unit.save()

    html = admin_client.get(
        reverse("wagtailsettings:edit", args=["core", "unitsettings", portal.site.pk])
    ).content
    text = re.sub(r"\s+", " ", html.decode())
    assert "Bản tiếng Anh đã cũ" in text
    assert "tên đơn vị" in text


def person_form(person, **changes):
    data = {
        field: getattr(person, field)
        for field in (
            "full_name",
            "title",
            "title_en",
            "role",
            "responsibilities",
            "responsibilities_en",
            "phone",
            "email",
            "office_hours",
            "office_hours_en",
            "sort_order",
        )
    }
    data.update(site=person.site_id, department=person.department_id or "", **changes)
    if person.is_spokesperson:
        data["is_spokesperson"] = "on"
    return data


def test_the_person_form_names_the_outdated_fields_and_a_confirmation_clears_them(admin_client, organisation):
    chair = organisation["chair"]
    edit_url = reverse("wagtailsnippets_organisation_person:edit", args=[chair.pk])
    admin_client.post(edit_url, person_form(chair, responsibilities="Lãnh đạo chung; phụ trách nội chính"))
    chair.refresh_from_db()
    assert chair.outdated_english_fields() == ["responsibilities"]

    text = re.sub(r"\s+", " ", admin_client.get(edit_url).content.decode())
    assert "Bản tiếng Anh đã cũ" in text and "nhiệm vụ được phân công" in text
    assert re.search(
        r'<textarea[^>]*name="responsibilities_en"[^>]*lang="en"|<textarea[^>]*lang="en"[^>]*name="responsibilities_en"',
        text,
    )

    response = admin_client.post(edit_url, person_form(chair, confirm_english="on"))
    assert response.status_code == 302
    chair.refresh_from_db()
    assert chair.outdated_english_fields() == []


def test_updating_the_english_clears_the_warning(admin_client, organisation):
    clerk = organisation["clerk"]
    clerk.title = "Chánh Văn phòng HĐND và UBND"
    clerk.save()
    edit_url = reverse("wagtailsnippets_organisation_person:edit", args=[clerk.pk])

    admin_client.post(
        edit_url, person_form(clerk, title_en="Head of the Office of the Council and Committee")
    )

    clerk.refresh_from_db()
    assert clerk.outdated_english_fields() == []


def test_the_person_list_shows_whose_english_is_out_of_date(admin_client, organisation):
    chair = organisation["chair"]
    chair.office_hours = "Thứ Sáu, 7:30–11:00"
    chair.save()

    html = admin_client.get(reverse("wagtailsnippets_organisation_person:list")).content.decode()
    assert "Đã cũ: giờ tiếp công dân" in html


def test_the_page_editor_warns_when_the_functions_changed_after_the_english(admin_client, organisation_page):
    organisation_page.functions = "<p>Quản lý nhà nước trên địa bàn xã sau sáp nhập.</p>"
    organisation_page.save_revision().publish()

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[organisation_page.pk])).content.decode()
    assert "Bản tiếng Anh đã cũ" in re.sub(r"\s+", " ", html)
    assert organisation_page.specific_class.objects.get(
        pk=organisation_page.pk
    ).outdated_english_fields() == ["functions"]


def test_an_english_text_written_in_an_earlier_draft_keeps_the_vietnamese_it_was_written_for(
    client, admin_client, organisation_page
):
    """A first draft rewrites the functions in both languages; a second draft changes the
    Vietnamese again and leaves the English. The English now lags behind: the editor is
    told before publishing, and English readers get the Vietnamese after it."""
    organisation_page.functions = "<p>Quản lý nhà nước trên địa bàn xã sau sáp nhập.</p>"
    organisation_page.functions_en = "<p>State administration of the merged commune.</p>"
    organisation_page.save_revision()
    second_draft = organisation_page.get_latest_revision_as_object()
    second_draft.functions = "<p>Quản lý nhà nước và phục vụ nhân dân trên địa bàn xã.</p>"
    revision = second_draft.save_revision()

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[organisation_page.pk])).content.decode()
    assert "Bản tiếng Anh đã cũ" in re.sub(r"\s+", " ", html)

    revision.publish()
    english_html = english(client, organisation_page.url).content.decode()
    assert "State administration of the merged commune." not in english_html
    assert "phục vụ nhân dân" in english_html
    assert type(organisation_page).objects.get(pk=organisation_page.pk).outdated_english_fields() == [
        "functions"
    ]
