from django.utils.translation import gettext_lazy as _

from core.forms import AsciiSlugPageForm


class ArticlePageForm(AsciiSlugPageForm):
    """The author record must be one of the article's own site: the chooser offers no
    other, and one posted by its id is refused."""

    def clean(self):
        cleaned_data = super().clean()
        author = cleaned_data.get("author")
        if author is not None and author.site_id != self.parent_page.get_site().pk:
            self.add_error("author", _("Choose an author of this site."))
        return cleaned_data
