"""The demo's newsroom: the seed article exactly as published, and sample articles."""

from django.utils.html import escape

from core.text import ascii_slug
from news.models import ArticlePage, Author, RecommendationStatus, SupervisionReportPage

from . import content
from .images import demo_image
from .seed import read_seed_article


def paragraphs_body(paragraphs):
    return [{"type": "paragraph", "value": "".join(f"<p>{escape(text)}</p>" for text in paragraphs)}]


def author(name, category):
    """The author record of `name` on the site of `category`."""
    found, _ = Author.objects.get_or_create(
        site=category.get_site(), slug=ascii_slug(name), defaults={"name": name}
    )
    return found


def load_seed_article(categories):
    seed = read_seed_article()
    category = categories[seed.category]
    slug = ascii_slug(seed.title)
    if ArticlePage.objects.child_of(category).filter(slug=slug).exists():
        return
    report = SupervisionReportPage(
        title=seed.title,
        slug=slug,
        search_description=seed.paragraphs[0],
        body=paragraphs_body(seed.paragraphs),
        byline=seed.byline,
        author=author(seed.byline, category),
        date=seed.date,
        supervising_body="HĐND huyện",
        delegation_head="Hoàng Văn Dũng – Chủ tịch HĐND huyện",
        supervised_unit="UBND xã Tam Hồng",
        visit_date=seed.date,
        subject="Thực hiện nhiệm vụ cải cách hành chính theo cơ chế một cửa, một cửa liên thông",
        findings=(
            "<p>Từ tháng 1/2018 đến 6 tháng đầu năm 2020, xã đã tiếp nhận và giải quyết 16.517 hồ sơ, "
            "đạt 100% (năm 2018: 7.185; năm 2019: 6.203; 6 tháng đầu năm 2020: 3.129).</p>"
        ),
        unit_response=f"<p>{escape(seed.paragraphs[-1])}</p>",
        featured=True,
    )
    category.add_child(instance=report)
    report.tags.add(*content.SEED_TAGS)
    for text in content.SEED_RECOMMENDATIONS:
        report.recommendations.create(text=text, status=RecommendationStatus.ACCEPTED, updated_on=seed.date)
    report.save_revision().publish()


def load_sample_articles(categories):
    for number, sample in enumerate(content.SAMPLE_ARTICLES):
        category = categories[sample["category"]]
        slug = ascii_slug(sample["title"])
        if ArticlePage.objects.child_of(category).filter(slug=slug).exists():
            continue
        article = ArticlePage(
            title=sample["title"],
            slug=slug,
            summary=sample["summary"],
            body=paragraphs_body([content.SAMPLE_NOTE, *sample["paragraphs"]]),
            lead_image=demo_image(f"Ảnh minh họa {number + 1}", number),
            lead_image_caption="Ảnh minh họa (tạo tự động cho dữ liệu mẫu)",
            byline="Ban Biên tập (bài mẫu)",
            author=author("Ban Biên tập", category),
            date=sample["date"],
            featured=sample.get("featured", False),
        )
        category.add_child(instance=article)
        article.tags.add(*sample["tags"], "bài mẫu")
        article.save_revision().publish()
