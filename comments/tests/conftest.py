import pytest
from django.contrib.auth.models import Group

from comments.forms import ArticleCommentForm
from news.tests.factories import ArticlePageFactory

RESIDENT = {
    "title": "Đề nghị niêm yết thủ tục",
    "name": "Nguyễn Văn An",
    "email": "an.nguyen@example.com",
    "comment": "Xin hỏi bộ phận một cửa\ncó làm việc sáng thứ Bảy không?",
}


@pytest.fixture
def article(portal):
    return ArticlePageFactory(parent=portal.category, title="HĐND huyện giám sát cải cách hành chính")


def form_data(article, **fields):
    """What the article page's form sends: its hidden security fields and the four fields."""
    data = {key: str(value) for key, value in ArticleCommentForm(article).initial.items()}
    data.update(RESIDENT, honeypot="")
    data.update(fields)
    return data


@pytest.fixture
def send_comment(client, django_capture_on_commit_callbacks):
    """Posts the form as a resident's browser does, running what waits for the commit."""

    def send(article, http_client=None, **fields):
        data = fields.pop("data", None) or form_data(article, **fields)
        with django_capture_on_commit_callbacks(execute=True):
            return (http_client or client).post(f"/binh-luan/{article.pk}/gui/", data)

    return send


@pytest.fixture
def moderator(django_user_model):
    """An editor in the approvers' group ("Duyệt tin"), which a migration lets moderate."""
    user = django_user_model.objects.create_user(
        "duyet", email="duyet@xa.example", password="mat-khau-dai", is_staff=False
    )
    user.groups.add(Group.objects.get(name="Duyệt tin"))
    return user


@pytest.fixture
def writer(django_user_model):
    user = django_user_model.objects.create_user("viet", email="viet@xa.example", password="mat-khau-dai")
    user.groups.add(Group.objects.get(name="Biên tập viên"))
    return user
