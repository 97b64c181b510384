from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from core.scope import SitePermissionPolicy, SiteScopedSnippetViewSet, register_site_policy

from .models import Author

# A unit's editors keep, and choose from, their own site's authors.
register_site_policy(SitePermissionPolicy(Author, page_path="site__root_page__path"))


class AuthorViewSet(SiteScopedSnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Authors")
    list_display = ["name", "role", "slug", "site"]
    list_filter = ["site"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 300

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("site")


register_snippet(AuthorViewSet)
