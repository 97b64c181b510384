from wagtail.test.utils.form_data import querydict_from_html


def admin_form(client, url, host="testserver", **fields):
    """The data a page editor's form at `url` posts as drawn, with `fields` changed."""
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form", exclude_csrf=True)
    data.setdefault("body-count", "0")  # the StreamField editor is drawn by JavaScript
    for name, value in fields.items():
        data[name] = value
    return data
