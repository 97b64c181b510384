from django.db import models
from django.db.models import Prefetch
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page

from core.english import (
    ENGLISH,
    EnglishVersionFormMixin,
    EnglishVersionMixin,
    EnglishVersionPanel,
    english_source_field,
)
from core.forms import AsciiSlugPageForm
from core.pages import PortalPageMixin

from .people import Department, Person, Role

# The size organisation/includes/person.html draws: its renditions come with the people.
PHOTO_SPEC = "fill-160x200"
TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class OrganisationPageForm(EnglishVersionFormMixin, AsciiSlugPageForm):
    pass


class OrganisationPage(EnglishVersionMixin, PortalPageMixin, Page):
    """'Giới thiệu': functions and tasks, the organisation chart, leaders and officials, the
    spokesperson and hotlines (Decree 42/2022 Art. 4(1)(e), Decree 09/2017). People and
    departments are the site's snippets: each is edited once and shown here as it is."""

    title_en = models.CharField(_("title in English"), max_length=255, blank=True)
    functions = RichTextField(_("functions and tasks"), blank=True, features=TEXT_FEATURES)
    functions_en = RichTextField(_("functions and tasks in English"), blank=True, features=TEXT_FEATURES)
    english_source = english_source_field()

    content_panels = Page.content_panels + [
        FieldPanel("functions"),
        InlinePanel("hotlines", heading=_("Hotlines"), label=_("hotline")),
        EnglishVersionPanel([FieldPanel("title_en"), FieldPanel("functions_en")]),
    ]
    base_form_class = OrganisationPageForm
    english_fields = ("title", "functions")
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organisation page")
        verbose_name_plural = _("organisation pages")

    @property
    def display_title(self):
        return self.in_reader_language("title")

    @property
    def display_functions(self):
        return self.in_reader_language("functions")

    def organisation_of(self, site):
        """The site's departments as a tree and its people, in three queries whatever
        their number (departments, people, photos with their renditions)."""
        photos = get_image_model().objects.prefetch_renditions(PHOTO_SPEC)
        people = list(
            Person.objects.filter(site=site)
            .select_related("department")
            .prefetch_related(Prefetch("photo", queryset=photos))
        )
        departments = list(Department.objects.filter(site=site))
        return Organisation(departments, people)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The page's own unit, whichever hostname the request came by (a preview from the
        # province's admin, or an address under another site).
        context["organisation"] = self.organisation_of(self.get_site())
        context["hotlines"] = list(self.hotlines.all())
        return context


class DepartmentNode:
    def __init__(self, department):
        self.department = department
        self.children = []
        self.people = []


class Organisation:
    """What the page shows, arranged in Python from two lists."""

    def __init__(self, departments, people):
        nodes = {department.pk: DepartmentNode(department) for department in departments}
        self.roots = []
        for node in nodes.values():
            parent = nodes.get(node.department.parent_id)
            # A parent that loops back to its child would hide both: such a department is drawn at the top.
            if parent is None or self._loops(node.department, nodes):
                self.roots.append(node)
            else:
                parent.children.append(node)
        for person in people:
            if person.department_id in nodes:
                nodes[person.department_id].people.append(person)
        self.leaders = [person for person in people if person.role == Role.LEADER]
        self.officials = [person for person in people if person.role == Role.OFFICIAL]
        self.spokespeople = [person for person in people if person.is_spokesperson]
        self.unplaced = [person for person in people if person.department_id not in nodes]

    @staticmethod
    def _loops(department, nodes):
        seen, current = set(), department
        while current is not None and current.parent_id is not None:
            if current.pk in seen:
                return True
            seen.add(current.pk)
            parent = nodes.get(current.parent_id)
            current = parent.department if parent else None
        return False


class Hotline(Orderable):
    """A đường dây nóng: a number residents call about one matter."""

    page = ParentalKey(OrganisationPage, related_name="hotlines", on_delete=models.CASCADE)
    label = models.CharField(_("what it is for"), max_length=255)
    label_en = models.CharField(_("what it is for, in English"), max_length=255, blank=True)
    number = models.CharField(pgettext_lazy("contact", "phone"), max_length=50)
    hours = models.CharField(
        pgettext_lazy("hotline", "hours"), max_length=255, blank=True, help_text=_("Empty: at any time.")
    )

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("number")]),
        FieldPanel("hours"),
        FieldPanel("label_en"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("hotline")
        verbose_name_plural = _("hotlines")

    @property
    def display_label(self):
        # A hotline is short and edited with its page: its English is shown when there is one.
        return self.label_en if get_language() == ENGLISH and self.label_en else self.label
