from django.utils.translation import gettext_lazy as _

from core.forms import AsciiSlugPageForm


class ArticlePageForm(AsciiSlugPageForm):
    """The author record must be one of the article's own site: the chooser offers no
    other, and one posted by its id is refused. A section no site serves yet takes any."""

    def clean(self):
        cleaned_data = super().clean()
        author = cleaned_data.get("author")
        site = self.parent_page.get_site()
        if author is not None and site is not None and author.site_id != site.pk:
            self.add_error("author", _("Choose an author of this site."))
        return cleaned_data
