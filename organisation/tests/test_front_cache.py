"""A changed phone number reaches readers of the cached pages at once."""

from organisation.models import Department


def test_editing_a_person_drops_the_cached_pages(organisation, purged, django_capture_on_commit_callbacks):
    chair = organisation["chair"]
    with django_capture_on_commit_callbacks(execute=True):
        chair.phone = "0200 777 666"
        chair.save()

    assert any(method == "BAN" for method, url in purged)


def test_removing_a_department_drops_the_cached_pages(
    organisation, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Department.objects.filter(pk=organisation["office"].pk).delete()

    assert any(method == "BAN" for method, url in purged)
