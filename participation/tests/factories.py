import datetime

import factory
import wagtail_factories
from django.utils import timezone

from participation.models import (
    DraftComment,
    DraftConsultationPage,
    Event,
    Kind,
    ParticipationPage,
    State,
    Submission,
    SubmissionField,
)


class ParticipationPageFactory(wagtail_factories.PageFactory):
    title = "Hỏi đáp, phản ánh kiến nghị"
    slug = "hoi-dap"
    answering_unit = "UBND xã Thử Nghiệm"
    answer_working_days = 3

    class Meta:
        model = ParticipationPage


class DraftConsultationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dự thảo quy chế số {n}")
    body = "<p>Xin ý kiến về dự thảo.</p>"
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))

    class Meta:
        model = DraftConsultationPage


class DraftCommentFactory(factory.django.DjangoModelFactory):
    name = "Lê Văn Góp Ý"
    email = "gopy@example.com"
    comment = "Đề nghị chợ mở cửa từ 5 giờ sáng."

    class Meta:
        model = DraftComment


class SubmissionFieldFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")

    class Meta:
        model = SubmissionField
        django_get_or_create = ["name"]


class SubmissionFactory(factory.django.DjangoModelFactory):
    kind = Kind.FEEDBACK
    code = factory.Sequence(lambda n: f"PA-2026-{n + 900000:06d}")
    subject = factory.Sequence(lambda n: f"Đèn đường hỏng số {n}")
    field = factory.SubFactory(SubmissionFieldFactory, name="Xây dựng")
    content = "Đèn đường trước nhà văn hoá thôn Đông bị hỏng đã hai tuần."
    place = "Ngõ 5, thôn Đông"
    name = "Trần Thị Mẫu"
    email = "mau@example.com"
    phone = "0912345678"
    allow_publication = True
    publish_name = False
    consented_at = factory.LazyFunction(timezone.now)
    received_at = factory.LazyFunction(timezone.now)
    deadline = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=5))

    class Meta:
        model = Submission


def published_submission(page, **kwargs):
    """An answered submission on the public record."""
    now = timezone.now()
    submission = SubmissionFactory(
        page=page,
        state=State.PUBLISHED,
        answer="Xã đã thay bóng đèn ngày 10/3.",
        answering_unit="UBND xã Thử Nghiệm",
        answered_at=now,
        published_at=now,
        **kwargs,
    )
    submission.published_question = submission.content
    from participation.searching import search_text

    submission.search_text = search_text(submission)
    submission.save()
    Event.objects.create(submission=submission, action="publish", state=State.PUBLISHED)
    return submission
