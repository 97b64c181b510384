from django.dispatch import receiver
from wagtail.signals import post_page_move

from core.signals import changes_show_on_every_page

from .models import ArticlePage, Author, NewsCategoryPage

changes_show_on_every_page(Author)


@receiver(post_page_move)
def follow_the_article_to_its_new_category(sender, instance, parent_page_after, **kwargs):
    if isinstance(instance.specific_deferred, ArticlePage):
        category = parent_page_after if parent_page_after.specific_class is NewsCategoryPage else None
        ArticlePage.objects.filter(pk=instance.pk).update(category=category)
