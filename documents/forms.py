from core.forms import AsciiSlugPageForm

from .numbers import number_slug


class LegalDocumentPageForm(AsciiSlugPageForm):
    """An empty slug is made from the number: /van-ban/42-2022-nd-cp/."""

    def clean(self):
        if not self.cleaned_data.get("slug") and self.cleaned_data.get("number"):
            slug = number_slug(self.cleaned_data["number"])
            if slug:
                self.cleaned_data["slug"] = self._available(slug)
        return super().clean()
