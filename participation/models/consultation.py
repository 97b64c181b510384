"""Consultation on a draft (lấy ý kiến dự thảo): a page open for comments until its closing
date, then closed by itself. Whether it is open is worked out from the date when each
request arrives, so nothing has to run at midnight. Comments wait for moderation."""

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.pages import PortalPageMixin
from core.pagination import paginate
from core.parameters import QueryParameters

from .submissions import CONTENT_MAX_LENGTH, EMAIL_MAX_LENGTH, NAME_MAX_LENGTH

COMMENTS_PER_PAGE = 30


class DraftConsultationPage(PortalPageMixin, Page):
    body = RichTextField(
        _("the draft and what is asked"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"],
    )
    closes_on = models.DateField(_("last day for comments"))
    summary_response = RichTextField(
        _("the unit's summary response"),
        blank=True,
        help_text=_("Shown once the consultation has closed: what was received and what the unit takes up."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("body"),
        FieldPanel("closes_on"),
        FieldPanel("summary_response"),
    ]
    parent_page_types = ["participation.ParticipationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("draft for consultation")
        verbose_name_plural = _("drafts for consultation")

    def is_open(self, today=None):
        return (today or timezone.localdate()) <= self.closes_on

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data.get("page_error"):
            response.status_code = 400
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parameters = QueryParameters(request)
        number = parameters.page_number()
        context["page_error"] = parameters.errors[0] if parameters.errors else None
        comments = paginate(request, self.draft_comments.filter(is_public=True), COMMENTS_PER_PAGE, number)
        if comments.is_past_the_end:
            raise Http404(_("There is no such page in this list."))
        context.update(
            is_open=self.is_open(),
            public_comments=comments,
            received_count=self.draft_comments.count(),
            comment_sent=request.GET.get("y-kien") == "cho-duyet",
        )
        if "comment_form" not in context and context["is_open"]:
            from ..forms import DraftCommentForm

            context["comment_form"] = DraftCommentForm()
        return context


class DraftComment(models.Model):
    page = models.ForeignKey(
        DraftConsultationPage,
        on_delete=models.CASCADE,
        related_name="draft_comments",
        verbose_name=pgettext_lazy("consultation", "draft"),
    )
    name = models.CharField(pgettext_lazy("participation", "name"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("e-mail"), max_length=EMAIL_MAX_LENGTH)
    comment = models.TextField(pgettext_lazy("consultation", "comment"), max_length=CONTENT_MAX_LENGTH)
    submitted_at = models.DateTimeField(_("sent at"), default=timezone.now)
    is_public = models.BooleanField(_("published"), default=False)
    ip_address = models.GenericIPAddressField(null=True, blank=True, editable=False)

    panels = [FieldPanel("name", read_only=True), FieldPanel("comment"), FieldPanel("is_public")]

    class Meta:
        ordering = ["submitted_at"]
        verbose_name = _("comment on a draft")
        verbose_name_plural = _("comments on drafts")

    def __str__(self):
        return f"{self.name}: {self.comment[:60]}"
