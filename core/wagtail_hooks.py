from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .editor_guide import EditorGuideView
from .http_cache import keep_private
from .models import ScopedLogEntry
from .reports import manages_sites
from .rich_text import CachedPageLinkHandler
from .scope import SiteScopedDeleteBulkAction, editable_roots, scoped_log_models, under_roots

# Wagtail's Help menu items that open its English guide on guide.wagtail.org.
WAGTAIL_GUIDE_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


# After Wagtail's own registration of the page link type, which this replaces.
@hooks.register("register_rich_text_features", order=100)
def register_cached_page_links(features):
    features.register_link_type(CachedPageLinkHandler)


# After Wagtail's own delete action for every snippet, which this replaces for the
# snippets of one site.
hooks.register("register_bulk_action", SiteScopedDeleteBulkAction, order=100)


# Before Wagtail's own check, which answers a restricted page with a login or password form.
@hooks.register("before_serve_page", order=-1)
def keep_restricted_pages_private(page, request, serve_args, serve_kwargs):
    if page.get_view_restrictions():
        keep_private(request)


@hooks.register("register_admin_urls")
def register_editor_guide_url():
    return [path("huong-dan-bien-tap/", EditorGuideView.as_view(), name="editor_guide")]


@hooks.register("register_help_menu_item")
def register_editor_guide_menu_item():
    return MenuItem(
        _("Editor's guide"), reverse("editor_guide"), name="huong-dan-bien-tap", icon_name="help", order=1000
    )


@hooks.register("construct_help_menu")
def hide_wagtails_english_guides(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_GUIDE_ITEMS)]


@hooks.register("register_log_actions")
def log_units_things_apart(actions):
    for model in scoped_log_models():
        actions.register_model(model, ScopedLogEntry)


@hooks.register("construct_reports_menu")
def hide_page_types_usage_from_units(request, menu_items):
    if not manages_sites(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


@hooks.register("construct_page_chooser_queryset")
def hide_other_units_drafts(pages, request):
    """A link may go to any published page; a draft is chosen only by those who edit it."""
    roots = editable_roots(request.user)
    if roots is None:
        return pages
    return pages.filter(Q(live=True) | under_roots(roots))
