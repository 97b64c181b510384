"""The questions and feedback part of the demo portal, called by load_demo_content.

Safe to run again: the page and the samples that exist are kept; only what is missing is added."""

from django.utils import timezone
from django.utils.translation import gettext as _

from core.demo import child
from participation.codes import receipt_code
from participation.deadlines import answer_deadline
from participation.models import Event, ParticipationPage, State, Submission, SubmissionField
from participation.searching import search_text

from .content import ANSWERING_UNIT, FIELDS, INTRO, PAGE_TITLE, SAMPLES


def load_participation_demo(home, stdout):
    page, _created = child(
        home,
        ParticipationPage,
        PAGE_TITLE,
        slug="hoi-dap",
        intro=INTRO,
        answering_unit=ANSWERING_UNIT,
        show_in_menus=True,
    )
    fields = {name: SubmissionField.objects.get_or_create(name=name)[0] for name in FIELDS}
    added = 0
    for kind, field, subject, question, answer in SAMPLES:
        if Submission.objects.filter(page=page, subject=subject).exists():
            continue
        now = timezone.now()
        today = timezone.localdate(now)
        submission = Submission(
            page=page,
            kind=kind,
            code=receipt_code(kind, today.year),
            subject=subject,
            field=fields[field],
            content=question,
            published_question=question,
            name="Người dân mẫu",
            email="nguoi-dan-mau@example.invalid",
            allow_publication=True,
            consented_at=now,
            deadline=answer_deadline(today, page.answer_working_days),
            state=State.PUBLISHED,
            answer=answer,
            answering_unit=ANSWERING_UNIT,
            answered_at=now,
            published_at=now,
        )
        submission.search_text = search_text(submission)
        submission.save()
        for action, state in (
            ("receive", State.RECEIVED),
            ("answer", State.ANSWERED),
            ("publish", State.PUBLISHED),
        ):
            Event.objects.create(submission=submission, action=action, state=state)
        added += 1
    stdout.write(
        _("Questions and answers: %(count)d samples added at %(url)s") % {"count": added, "url": page.url}
    )
    return page
