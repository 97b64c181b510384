from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.models import Page

from .admin_dates import ScheduleFormMixin
from .text import ascii_slug


class AsciiSlugPageForm(ScheduleFormMixin, WagtailAdminPageForm):
    """The slug may be left empty: the server makes it from the Vietnamese title, since
    the admin's JavaScript slugifier drops letters such as đ."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self):
        typed = self.cleaned_data.get("slug")
        slug = ascii_slug(typed or self.cleaned_data.get("title") or "")
        if not slug:
            self.add_error("slug", _("Enter a slug: the title has no letters or digits to make one from."))
        elif not typed:
            slug = self._available(slug)
        if slug:
            self.cleaned_data["slug"] = slug
        return super().clean()

    def _available(self, base_slug):
        candidate, suffix = base_slug, 1
        siblings = Page.objects.child_of(self.parent_page).exclude(pk=self.instance.pk)
        while siblings.filter(slug=candidate).exists():
            suffix += 1
            candidate = f"{base_slug}-{suffix}"
        return candidate


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form, its password field labelled (Wagtail gives it no label, so
    screen readers read Django's "Password" made from the field name)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
