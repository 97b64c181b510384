"""`make run` shows sample questions and answers, marked as samples, in three fields."""

import io

import pytest
from django.core.management import call_command

from participation.models import State, Submission

pytestmark = pytest.mark.django_db


def test_the_demo_has_published_sample_answers_in_three_fields(client, demo):
    call_command("load_demo_content", "--no-admin", stdout=io.StringIO())
    samples = Submission.objects.all()
    assert samples.count() == 3
    assert all("(mẫu)" in sample.subject and sample.state == State.PUBLISHED for sample in samples)
    assert {sample.field.name for sample in samples} == {"Tư pháp", "Địa chính", "Xây dựng"}
    html = client.get("/hoi-dap/").content.decode()
    assert "Đèn đường thôn Đông bị hỏng (mẫu)" in html
    assert "example.invalid" not in html
