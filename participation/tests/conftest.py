import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from participation.models import DraftConsultationPage

from .factories import ParticipationPageFactory, SubmissionFieldFactory

CLOSES_ON = datetime.date(2026, 6, 30)


@pytest.fixture
def participation(portal):
    return ParticipationPageFactory(parent=portal.home, show_in_menus=True)


@pytest.fixture
def fields(db):
    return {name: SubmissionFieldFactory(name=name) for name in ("Tư pháp", "Địa chính", "Xây dựng")}


def jpeg_bytes(size=(40, 30), exif=None):
    output = io.BytesIO()
    Image.new("RGB", size, "red").save(output, "JPEG", **({"exif": exif} if exif else {}))
    return output.getvalue()


@pytest.fixture
def photo_file():
    return lambda name="anh.jpg", **kwargs: SimpleUploadedFile(
        name, jpeg_bytes(**kwargs), content_type="image/jpeg"
    )


@pytest.fixture
def sending(fields):
    """What a resident fills in, ready to post."""

    def build(**changes):
        data = {
            "kind": "phan-anh",
            "subject": "Đèn đường hỏng",
            "field": str(fields["Xây dựng"].pk),
            "content": "Đèn đường trước nhà văn hoá thôn Đông bị hỏng đã hai tuần.",
            "place": "Ngõ 5, thôn Đông",
            "name": "Trần Thị Mẫu",
            "email": "mau@example.com",
            "phone": "0912 345 678",
            "allow_publication": "on",
            "consent": "on",
            "website": "",
        }
        data.update(changes)
        return {key: value for key, value in data.items() if value is not None}

    return build


@pytest.fixture
def officer(django_user_model):
    """An officer in the three handling groups."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("canbo", "canbo@xa.example", "mat-khau-dai-123")
    user.groups.add(
        *Group.objects.filter(
            name__in=["Tiếp nhận phản ánh, kiến nghị", "Trả lời phản ánh, kiến nghị", "Công bố hỏi đáp"]
        )
    )
    return django_user_model.objects.get(pk=user.pk)


@pytest.fixture
def draft(participation):
    page = DraftConsultationPage(
        title="Dự thảo quy chế quản lý chợ xã",
        slug="du-thao-quy-che-cho",
        body="<p>Xin ý kiến về dự thảo.</p>",
        closes_on=CLOSES_ON,
        summary_response="<p>Đơn vị tiếp thu ý kiến về giờ mở cửa.</p>",
    )
    participation.add_child(instance=page)
    page.save_revision().publish()
    return page
