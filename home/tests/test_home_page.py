import datetime

import pytest

from comments.tests.factories import ArticleCommentFactory
from home.tests.factories import ContactPageFactory, StandardPageFactory
from news.tests.factories import ArticlePageFactory, NewsCategoryPageFactory

pytestmark = pytest.mark.django_db


def section(content, heading):
    start = content.index(heading)
    end = content.find("</section>", start)
    return content[start:end]


def test_the_home_page_shows_featured_latest_and_a_box_per_category(client, portal):
    economy = NewsCategoryPageFactory(parent=portal.news_index, title="Kinh tế", slug="kinh-te")
    NewsCategoryPageFactory(parent=portal.news_index, title="Quốc phòng – An ninh", slug="quoc-phong")
    ArticlePageFactory(
        parent=portal.category, title="Tin nổi bật", featured=True, date=datetime.date(2020, 9, 30)
    )
    ArticlePageFactory(parent=portal.category, title="Tin thường", date=datetime.date(2020, 10, 1))
    ArticlePageFactory(parent=economy, title="Tin kinh tế", date=datetime.date(2020, 8, 1))

    content = client.get("/").content.decode()

    assert "Tin nổi bật" in section(content, "Tin nổi bật</h2>")
    latest = section(content, "Tin mới nhất</h2>")
    assert latest.index("Tin thường") < latest.index("Tin kinh tế")
    assert "Tin nổi bật</a>" not in latest
    assert "Tin kinh tế" in section(content, "Kinh tế</a></h2>")
    assert (
        "Quốc phòng – An ninh" not in content.split('class="main-menu"')[0] + content.split("</nav>", 2)[-1]
    )


def test_a_new_portal_shows_no_empty_boxes(client, portal):
    content = client.get("/").content.decode()

    assert "Xã Thử Nghiệm" in content
    assert "Tin nổi bật</h2>" not in content
    assert "Tin mới nhất</h2>" not in content
    assert "Thời sự tổng hợp</a></h2>" not in content


def test_home_page_queries_do_not_grow_with_the_number_of_articles(
    client, portal, django_assert_max_num_queries
):
    categories = [portal.category] + [
        NewsCategoryPageFactory(parent=portal.news_index, title=f"Chuyên mục {n}") for n in range(5)
    ]
    for number in range(60):
        ArticlePageFactory(
            parent=categories[number % 6], featured=number % 7 == 0, tags=[f"từ khóa {number}"]
        )
    client.get("/")

    with django_assert_max_num_queries(16):
        assert client.get("/").status_code == 200


def test_standard_and_contact_pages_render_with_the_unit_details(client, portal):
    about = StandardPageFactory(parent=portal.home, title="Giới thiệu", summary="Về đơn vị.")
    contact = ContactPageFactory(
        parent=portal.home, title="Liên hệ", focal_contacts="<p>Văn phòng: 0211 000</p>"
    )

    assert "<h1>Giới thiệu</h1>" in client.get(about.url).content.decode()
    page = client.get(contact.url).content.decode()
    assert "<h1>Liên hệ</h1>" in page and "Văn phòng: 0211 000" in page
    assert 'href="mailto:lienhe@xa.example"' in page
    english = client.get("/en" + contact.url).content.decode()
    assert "Thu Nghiem Commune" in english and "Focal contacts" in english


def test_an_article_published_after_a_visit_is_on_the_home_page_at_the_next(client, portal):
    ArticlePageFactory(parent=portal.category, title="Tin hôm qua", date=datetime.date(2020, 9, 29))
    assert "Tin hôm nay" not in client.get("/").content.decode()

    ArticlePageFactory(parent=portal.category, title="Tin hôm nay", date=datetime.date(2020, 9, 30))

    latest = section(client.get("/").content.decode(), "Tin mới nhất</h2>")
    assert latest.index("Tin hôm nay") < latest.index("Tin hôm qua")


def test_an_unpublished_article_leaves_the_home_page_at_once(client, portal):
    article = ArticlePageFactory(parent=portal.category, title="Tin rút lại")
    assert "Tin rút lại" in client.get("/").content.decode()

    article.unpublish()

    assert "Tin rút lại" not in client.get("/").content.decode()


def test_the_comment_counts_on_the_home_page_follow_moderation(client, portal):
    article = ArticlePageFactory(parent=portal.category, title="Tin có bình luận")
    assert "1 bình luận" not in client.get("/").content.decode()

    ArticleCommentFactory(article=article, approved=True)

    assert "1 bình luận" in client.get("/").content.decode()
