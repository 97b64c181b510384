"""The organisation page, in Vietnamese and in English, passes the Nu Html Checker."""

import wagtail_factories

from core.tests.test_html_validity import check_html, checker_or_skip


def test_the_organisation_page_is_valid_html(client, organisation_page, organisation, tmp_path):
    checker_or_skip()
    chair = organisation["chair"]
    chair.photo = wagtail_factories.ImageFactory(title="Ảnh chân dung (mẫu)")
    chair.save()
    files = []
    for number, url in enumerate((organisation_page.url, f"/en{organisation_page.url}")):
        response = client.get(url)
        assert response.status_code == 200, url
        path = tmp_path / f"{number}.html"
        path.write_bytes(response.content)
        files.append(path)

    assert check_html(files) == {}
