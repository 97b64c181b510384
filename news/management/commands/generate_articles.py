"""Fills the news categories with N generated articles, for benchmarks.

Pages are written in bulk (paths made from treebeard's documented alphabet and step
length), a hundred thousand in minutes instead of hours; each is live with one revision,
its live and latest, as if an editor had published it once; they are added to the
portal's search index chunk by chunk, so that a search benchmark measures all of them."""

import datetime
import itertools
import json
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from taggit.models import Tag
from tqdm import tqdm
from wagtail.images.models import Image
from wagtail.models import Page, Revision

from core.text import ascii_slug
from news.models import ArticlePage, ArticleTag, NewsCategoryPage
from search.indexing import index_objects

SUBJECTS = [
    "Hội nghị",
    "Đoàn công tác",
    "UBND xã",
    "HĐND huyện",
    "Mặt trận Tổ quốc",
    "Hội Nông dân",
    "Bộ phận một cửa",
]
ACTIONS = ["triển khai", "tổng kết", "kiểm tra", "giám sát", "đôn đốc", "hướng dẫn", "sơ kết"]
TOPICS = [
    "cải cách hành chính",
    "xây dựng nông thôn mới",
    "chuyển đổi số",
    "phòng chống thiên tai",
    "đăng ký khai sinh trực tuyến",
    "quản lý đất đai",
    "an toàn giao thông",
]
TAGS = ["cải cách hành chính", "một cửa", "nông thôn mới", "chuyển đổi số", "đất đai", "an sinh xã hội"]
BYLINES = ["Anh Đào", "Minh Hằng", "Quốc Việt", "Thu Trang"]
CHUNK = 2000


class Command(BaseCommand):
    help = "Generates N live articles spread over the existing news categories (benchmark data)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=2020)

    def handle(self, count, seed, **options):
        categories = list(NewsCategoryPage.objects.order_by("path"))
        if not categories:
            raise CommandError("There is no news category: run `manage.py load_demo_content` first.")
        if count < 1:
            raise CommandError("COUNT must be a positive number.")
        rng = random.Random(seed)
        images = list(Image.objects.values_list("pk", flat=True)) or [None]
        tags = [Tag.objects.get_or_create(name=name, defaults={"slug": ascii_slug(name)})[0] for name in TAGS]
        article_type = ContentType.objects.get_for_model(ArticlePage)
        next_step = {category.pk: self._last_step(category) + 1 for category in categories}
        numbers = itertools.count(ArticlePage.objects.count() + 1)

        with tqdm(total=count, unit="bài", desc="Tạo bài viết") as progress:
            for start in range(0, count, CHUNK):
                size = min(CHUNK, count - start)
                with transaction.atomic():
                    self._write_chunk(size, categories, next_step, numbers, rng, images, tags, article_type)
                progress.update(size)

    @staticmethod
    def _last_step(category):
        last = category.get_last_child()
        step = 0
        for digit in last.path[-Page.steplen :] if last else "":
            step = step * len(Page.alphabet) + Page.alphabet.index(digit)
        return step

    @staticmethod
    def _child_path(parent, step):
        digits = ""
        while step:
            step, digit = divmod(step, len(Page.alphabet))
            digits = Page.alphabet[digit] + digits
        return parent.path + digits.rjust(Page.steplen, Page.alphabet[0])

    def _write_chunk(self, size, categories, next_step, numbers, rng, images, tags, article_type):
        now = timezone.now()
        pages, details = [], []
        for _ in range(size):
            category = rng.choice(categories)
            number = next(numbers)
            title = f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} {rng.choice(TOPICS)} (bài {number})"
            slug = f"{ascii_slug(title)}-{uuid.uuid4().hex[:6]}"
            published = now - datetime.timedelta(minutes=rng.randrange(60 * 24 * 3650))
            path = self._child_path(category, next_step[category.pk])
            next_step[category.pk] += 1
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=article_type,
                    path=path,
                    depth=category.depth + 1,
                    numchild=0,
                    url_path=f"{category.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    locale_id=category.locale_id,
                    translation_key=uuid.uuid4(),
                )
            )
            details.append((category.pk, published, title))
        Page.objects.bulk_create(pages)
        self._insert_articles(pages, details, rng, images)
        ArticleTag.objects.bulk_create(
            ArticleTag(content_object_id=page.pk, tag=tag) for page in pages for tag in rng.sample(tags, 2)
        )
        articles = ArticlePage.objects.filter(pk__in=[page.pk for page in pages])
        self._publish_revisions(articles.prefetch_related("tagged_items", "related_documents"), article_type)
        index_objects(articles)
        for category in categories:
            added = sum(1 for category_pk, *_ in details if category_pk == category.pk)
            Page.objects.filter(pk=category.pk).update(numchild=F("numchild") + added)

    @staticmethod
    def _publish_revisions(articles, article_type):
        articles = list(articles)
        page_type = ContentType.objects.get_for_model(Page)
        revisions = Revision.objects.bulk_create(
            Revision(
                content_type=article_type,
                base_content_type=page_type,
                object_id=str(article.pk),
                created_at=article.last_published_at,
                content=article.serializable_data(),
                object_str=str(article),
            )
            for article in articles
        )
        for article, revision in zip(articles, revisions, strict=True):
            article.latest_revision = article.live_revision = revision
        Page.objects.bulk_update(articles, ["latest_revision", "live_revision"])

    @staticmethod
    def _insert_articles(pages, details, rng, images):
        rows = []
        for page, (category_pk, published, title) in zip(pages, details, strict=True):
            body = json.dumps(
                [
                    {
                        "type": "paragraph",
                        "value": f"<p>{title}. Nội dung tạo tự động để đo hiệu năng.</p>",
                        "id": str(uuid.uuid4()),
                    }
                    for _ in range(3)
                ],
                ensure_ascii=False,
            )
            rows.append(
                (
                    page.pk,
                    f"Tóm tắt: {title}.",
                    rng.choice(images),
                    "",
                    body,
                    rng.choice(BYLINES),
                    None,
                    timezone.localdate(published),
                    False,
                    True,
                    category_pk,
                )
            )
        table = ArticlePage._meta.db_table
        columns = (
            "page_ptr_id, summary, lead_image_id, lead_image_caption, body, byline, author_id, date, featured, "
            "allow_comments, category_id"
        )
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * 11)})", rows)
