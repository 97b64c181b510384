"""What an editor may upload: images of reasonable size, re-encoded before anyone sees
them, and documents of the accepted types only, with Vietnamese reasons otherwise."""

import io
import re

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from news.tests.factories import ArticlePageFactory

HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("bientap", "bientap@xa.example", "x"))
    return client


def png(width=64, height=48, mode="RGB", trailer=b""):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue() + trailer


def upload_image(client, name, content):
    return client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile(name, content, "image/png")}
    )


def upload_document(client, name, content=b"%PDF-1.4\n%%EOF\n"):
    return client.post("/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile(name, content)})


def test_an_image_of_too_many_pixels_is_refused_in_vietnamese(editor_client):
    # 6,400 × 6,400 = 41 MP, over the 40 MP limit, in a file of a few kilobytes.
    answer = upload_image(editor_client, "qua-lon.png", png(6400, 6400, mode="1")).json()

    assert answer["success"] is False
    assert "Ảnh quá lớn: có 40960000 điểm ảnh, tối đa 40000000" in answer["error_message"]
    assert not get_image_model().objects.exists()


def test_the_pixel_limit_is_well_below_81_megapixels():
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 40_000_000


def test_an_image_file_over_the_size_limit_is_refused_in_vietnamese(editor_client):
    padding = b"\0" * (settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1)
    answer = upload_image(editor_client, "nang.png", png(trailer=padding)).json()

    assert answer["success"] is False
    assert "Tệp quá lớn (20,0\xa0MB): chỉ nhận tối đa 20,0\xa0MB." in answer["error_message"]


def test_a_png_carrying_html_is_shown_only_re_encoded(editor_client, portal):
    assert upload_image(editor_client, "anh-co-html.png", png(1200, 800, trailer=HTML)).json()["success"]
    image = get_image_model().objects.get()
    article = ArticlePageFactory(parent=portal.category, lead_image=image)

    page = editor_client.get(article.url).content.decode()

    shown = re.findall(r'src="/media/([^"]+)"', page)
    assert shown and all(path.startswith("images/") for path in shown)
    assert "original_images" not in page
    for path in shown:
        drawn = (settings.MEDIA_ROOT / path).read_bytes()
        assert HTML not in drawn
        assert PILImage.open(io.BytesIO(drawn)).size[0] <= 960
    # Even at full size ("original", what the admin links to), the file is drawn anew.
    with image.get_rendition("original").file.open() as full_size:
        assert HTML not in full_size.read()
    with image.open_file() as as_uploaded:
        assert HTML in as_uploaded.read()


def test_a_document_of_a_type_not_on_the_list_is_refused_in_vietnamese(editor_client):
    for name in ("trang.html", "anh.svg", "chay.exe", "khong-duoi"):
        answer = upload_document(editor_client, name).json()
        assert answer["success"] is False, name
        assert "Không nhận tệp loại" in answer["error_message"]
    assert not get_document_model().objects.exists()


def test_a_document_on_the_list_is_accepted(editor_client):
    assert upload_document(editor_client, "ke-hoach.pdf").json()["success"] is True
    assert get_document_model().objects.get().file_extension == "pdf"


def test_the_single_document_form_enforces_the_list_too(editor_client):
    response = editor_client.post(
        "/admin/documents/add/",
        {"title": "Trang", "file": SimpleUploadedFile("trang.html", HTML), "collection": 1},
    )

    assert response.status_code == 200
    assert "Không nhận tệp loại" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_document_over_the_size_limit_is_refused_in_vietnamese(editor_client):
    answer = upload_document(
        editor_client, "day.pdf", b"%PDF" + b"\0" * settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    ).json()

    assert answer["success"] is False
    assert "Tệp quá lớn" in answer["error_message"]
