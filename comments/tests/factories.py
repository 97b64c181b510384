import factory
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from comments.models import ArticleComment


class ArticleCommentFactory(factory.django.DjangoModelFactory):
    """A comment as the form stores it; pass `article`, and `approved=True` to publish it."""

    title = factory.Sequence(lambda n: f"Góp ý số {n}")
    user_name = "Trần Thị Bình"
    user_email = factory.Sequence(lambda n: f"nguoidan{n}@example.com")
    comment = "Đề nghị xã công khai thêm kết quả giải quyết hồ sơ."
    content_type = factory.LazyAttribute(lambda c: ContentType.objects.get_for_model(c.article))
    object_pk = factory.LazyAttribute(lambda c: str(c.article.pk))
    site_id = 1
    submit_date = factory.LazyFunction(timezone.now)
    ip_address = "203.0.113.9"
    is_public = False

    class Meta:
        model = ArticleComment

    class Params:
        approved = factory.Trait(is_public=True)
        rejected = factory.Trait(is_removed=True)
