"""What happens to a submission, from its receipt to its publication, refusal or closing.

    received → assigned → answered → published (and back to answered: unpublished)
                                   ↘ closed
    received or assigned → refused (spam, out of scope), with a reason

Each step is written in the submission's history (Event), checks the officer's
permission (the groups of participation.migrations.0002_groups) and, once the
transaction commits, mails the resident (participation.notifications) and purges the
public pages it changes (participation.purges)."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.tasks import enqueue_on_commit
from core.text import nfc

from .codes import receipt_code
from .deadlines import answer_deadline
from .models.submissions import Event, State, Submission, SubmissionPhoto
from .notifications import notify_answered, notify_received
from .purges import purge_public_record
from .searching import search_text

RECEIVE = "participation.receive_submission"
ANSWER = "participation.answer_submission"
PUBLISH = "participation.publish_submission"


@dataclass(frozen=True)
class Step:
    name: str
    label: str
    permission: str
    sources: tuple
    target: str | None


STEPS = {
    step.name: step
    for step in (
        Step("assign", _("Assign"), RECEIVE, (State.RECEIVED, State.ASSIGNED), State.ASSIGNED),
        Step("refuse", _("Refuse"), RECEIVE, (State.RECEIVED, State.ASSIGNED), State.REFUSED),
        Step("answer", _("Answer"), ANSWER, (State.ASSIGNED, State.ANSWERED), State.ANSWERED),
        Step(
            "publish", pgettext_lazy("participation", "Publish"), PUBLISH, (State.ANSWERED,), State.PUBLISHED
        ),
        Step(
            "unpublish",
            pgettext_lazy("participation", "Unpublish"),
            PUBLISH,
            (State.PUBLISHED,),
            State.ANSWERED,
        ),
        Step("close", _("Close without publishing"), PUBLISH, (State.ANSWERED,), State.CLOSED),
        Step("note", _("Add an internal note"), RECEIVE, tuple(State), None),
    )
}

NOTE_PERMISSIONS = (RECEIVE, ANSWER, PUBLISH)


def may_act(user, step):
    if step.name == "note":
        return any(user.has_perm(permission) for permission in NOTE_PERMISSIONS)
    return user.has_perm(step.permission)


def steps_for(user, submission):
    """The steps this officer may take on the submission now."""
    return [
        step
        for step in STEPS.values()
        if submission.state in step.sources
        and may_act(user, step)
        and not (step.name == "publish" and not submission.allow_publication)
    ]


def receive(page, data, photos, address):
    """Stores a new submission (with a receipt code and a deadline) and its photos."""
    now = timezone.now()
    received_on = timezone.localdate(now)
    deadline = answer_deadline(received_on, page.answer_working_days)
    # The counter's UPDATE comes first in the transaction: on SQLite a transaction that
    # read before writing could not wait for another writer, it would fail at once.
    with transaction.atomic():
        code = receipt_code(data["kind"], received_on.year)
        submission = Submission(
            page=page,
            received_at=now,
            consented_at=now,
            ip_address=address,
            deadline=deadline,
            code=code,
            **data,
        )
        submission.save()
        for photo in photos:
            SubmissionPhoto.objects.create(submission=submission, image=photo)
        Event.objects.create(submission=submission, at=now, action="receive", state=State.RECEIVED)
        enqueue_on_commit(notify_received, submission.pk)
    return submission


def take_step(submission, step_name, user, **values):
    """Moves the submission on; `values` are the step's fields (department, officer,
    answer, answering_unit, published_question, reason, note)."""
    step = STEPS[step_name]
    if not may_act(user, step):
        raise PermissionDenied
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        if submission.state not in step.sources:
            raise ValueError(f"{step_name} is not possible from {submission.state}")
        note = nfc(values.get("note", ""))
        if step.target:
            STEP_EFFECTS[step_name](submission, values)
            was_public = submission.state == State.PUBLISHED
            submission.state = step.target
            submission.save()
            if was_public or step.target == State.PUBLISHED:
                purge_public_record(submission)
        Event.objects.create(
            submission=submission,
            actor=user,
            action=step_name,
            state=submission.state,
            note=note or public_note(step_name, submission),
            # Only a refusal's reason is for the resident; other notes are the officers'.
            internal=step_name != "refuse",
        )
        if step_name == "answer":
            enqueue_on_commit(notify_answered, submission.pk)
    return submission


def public_note(step_name, submission):
    if step_name == "refuse":
        return submission.refusal_reason
    return ""


def assign(submission, values):
    submission.department = nfc(values.get("department", ""))
    submission.officer = values.get("officer")


def refuse(submission, values):
    submission.refusal_reason = nfc(values["reason"])


def answer(submission, values):
    submission.answer = nfc(values["answer"])
    submission.answering_unit = nfc(values.get("answering_unit") or "") or submission.page.answering_unit
    if submission.answered_at is None:
        submission.answered_at = timezone.now()


def publish(submission, values):
    if not submission.allow_publication:
        raise PermissionDenied("The resident did not allow publication.")
    submission.published_question = nfc(values.get("published_question") or "") or submission.content
    submission.published_at = timezone.now()
    submission.search_text = search_text(submission)


def nothing(submission, values):
    pass


STEP_EFFECTS = {
    "assign": assign,
    "refuse": refuse,
    "answer": answer,
    "publish": publish,
    "unpublish": nothing,
    "close": nothing,
}
