"""Officers move a message on: received → assigned → answered → published (or closed),
or refused with a reason; each step needs its group, is written in the history, and the
resident is told when it is answered."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from participation.models import Event, State
from participation.workflow import steps_for, take_step

from .factories import SubmissionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(participation):
    return SubmissionFactory(page=participation)


@pytest.fixture
def member(django_user_model):
    def build(group_name):
        user = django_user_model.objects.create_user(
            f"u{Group.objects.get(name=group_name).pk}", "u@xa.example"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return django_user_model.objects.get(pk=user.pk)

    return build


def test_the_whole_way_to_publication(submission, officer, mailoutbox, django_capture_on_commit_callbacks):
    take_step(submission, "assign", officer, department="Phòng Kinh tế – Hạ tầng", officer=officer)
    submission.refresh_from_db()
    assert submission.state == State.ASSIGNED
    assert submission.department == "Phòng Kinh tế – Hạ tầng"
    with django_capture_on_commit_callbacks(execute=True):
        take_step(submission, "answer", officer, answer="Đã thay bóng đèn.", answering_unit="")
    submission.refresh_from_db()
    assert submission.state == State.ANSWERED
    assert submission.answering_unit == "UBND xã Thử Nghiệm"
    assert submission.answered_at is not None
    assert mailoutbox[-1].to == ["mau@example.com"]
    assert "Đã thay bóng đèn." in mailoutbox[-1].body
    take_step(submission, "publish", officer, published_question="Đèn đường ở thôn hỏng.")
    submission.refresh_from_db()
    assert submission.state == State.PUBLISHED
    assert submission.published_question == "Đèn đường ở thôn hỏng."
    assert "den duong" in submission.search_text
    take_step(submission, "unpublish", officer)
    submission.refresh_from_db()
    assert submission.state == State.ANSWERED
    take_step(submission, "close", officer)
    submission.refresh_from_db()
    assert submission.state == State.CLOSED
    actions = list(Event.objects.filter(submission=submission).values_list("action", flat=True))
    assert actions == ["assign", "answer", "publish", "unpublish", "close"]
    assert Event.objects.filter(actor=officer).count() == 5


@pytest.mark.parametrize("start", [State.RECEIVED, State.ASSIGNED])
def test_refusal_needs_a_reason_that_the_resident_sees(participation, officer, start):
    submission = SubmissionFactory(page=participation, state=start)
    take_step(submission, "refuse", officer, reason="Nội dung quảng cáo, không thuộc phạm vi.")
    submission.refresh_from_db()
    assert submission.state == State.REFUSED
    event = submission.events.get()
    assert not event.internal
    assert event.note == "Nội dung quảng cáo, không thuộc phạm vi."


def test_a_note_changes_no_state_and_stays_internal(submission, officer):
    take_step(submission, "note", officer, note="Đã gọi điện cho người gửi.")
    submission.refresh_from_db()
    assert submission.state == State.RECEIVED
    assert submission.events.get().internal


@pytest.mark.parametrize(
    ("group", "allowed"),
    [
        ("Tiếp nhận phản ánh, kiến nghị", {"assign", "refuse", "note"}),
        ("Trả lời phản ánh, kiến nghị", {"note"}),
        ("Công bố hỏi đáp", {"note"}),
    ],
)
def test_each_group_takes_its_own_steps_on_a_new_message(submission, member, group, allowed):
    user = member(group)
    assert {step.name for step in steps_for(user, submission)} == allowed


def test_answerers_answer_and_publishers_publish(participation, member):
    answerer, publisher = member("Trả lời phản ánh, kiến nghị"), member("Công bố hỏi đáp")
    assigned = SubmissionFactory(page=participation, state=State.ASSIGNED)
    assert "answer" in {step.name for step in steps_for(answerer, assigned)}
    with pytest.raises(PermissionDenied):
        take_step(assigned, "answer", publisher, answer="Không được.")
    take_step(assigned, "answer", answerer, answer="Trả lời.")
    assigned.refresh_from_db()
    assert {step.name for step in steps_for(publisher, assigned)} == {"publish", "close", "note"}
    with pytest.raises(PermissionDenied):
        take_step(assigned, "publish", answerer)


def test_without_the_residents_consent_nothing_is_published(participation, officer):
    submission = SubmissionFactory(
        page=participation, state=State.ANSWERED, allow_publication=False, answer="x"
    )
    assert "publish" not in {step.name for step in steps_for(officer, submission)}
    with pytest.raises(PermissionDenied):
        take_step(submission, "publish", officer)


def test_a_step_from_the_wrong_state_is_refused(submission, officer):
    with pytest.raises(ValueError):
        take_step(submission, "publish", officer)


def test_publishing_and_unpublishing_purge_the_public_record(
    participation, officer, purged, django_capture_on_commit_callbacks
):
    submission = SubmissionFactory(page=participation, state=State.ANSWERED, answer="Đã xử lý.")
    with django_capture_on_commit_callbacks(execute=True):
        take_step(submission, "publish", officer)
    urls = {url for method, url in purged}
    assert "http://testserver/hoi-dap/" in urls
    assert f"http://testserver/hoi-dap/hoi-dap/{submission.pk}/" in urls
    assert "http://testserver/en/hoi-dap/" in urls
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        take_step(submission, "unpublish", officer)
    assert "http://testserver/hoi-dap/" in {url for method, url in purged}
