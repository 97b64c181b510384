"""The admin screen where an officer handles one submission: what the resident sent
(photos included), the history with internal notes, and a form for each step the
officer's groups allow now."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .admin_forms import STEP_FORMS
from .confinement import visible_submissions
from .models.submissions import Submission, SubmissionPhoto
from .workflow import STEPS, steps_for, take_step

VIEW = "participation.view_submission"


class HandleView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "participation/admin/handle.html"
    page_title = gettext_lazy("Handle a message")
    index_url_name = None

    def dispatch(self, request, pk):
        if not request.user.has_perm(VIEW):
            raise PermissionDenied
        self.submission = get_object_or_404(
            visible_submissions(request.user, Submission.objects.select_related("page", "field", "officer")),
            pk=pk,
        )
        self.steps = steps_for(request.user, self.submission)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.submission.code

    def forms(self, bound_step=None, bound_form=None):
        return [
            (
                step,
                bound_form
                if step.name == bound_step
                else STEP_FORMS[step.name](submission=self.submission, prefix=step.name),
            )
            for step in self.steps
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            submission=self.submission,
            events=self.submission.events.select_related("actor"),
            photos=self.submission.photos.all(),
            step_forms=kwargs.get("step_forms") or self.forms(),
            index_url_name=self.index_url_name,
        )
        return context

    def post(self, request, pk):
        step_name = request.POST.get("step", "")
        if step_name not in {step.name for step in self.steps}:
            messages.error(
                request, _("This step is not possible now: the message may have changed meanwhile.")
            )
            return redirect(request.path)
        form = STEP_FORMS[step_name](request.POST, submission=self.submission, prefix=step_name)
        if not form.is_valid():
            messages.error(request, _("The step was not taken: please correct the fields marked below."))
            context = self.get_context_data(step_forms=self.forms(step_name, form))
            return self.render_to_response(context, status=400)
        try:
            take_step(self.submission, step_name, request.user, **form.cleaned_data)
        except ValueError:
            messages.error(
                request, _("This step is not possible now: the message may have changed meanwhile.")
            )
            return redirect(request.path)
        messages.success(
            request,
            _("%(code)s: %(step)s – done.") % {"code": self.submission.code, "step": STEPS[step_name].label},
        )
        return redirect(request.path)


def photo(request, pk):
    """A resident's photo, for officers only (the files are outside the public media)."""
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    found = get_object_or_404(SubmissionPhoto, pk=pk, submission__in=visible_submissions(request.user))
    try:
        return FileResponse(found.image.open("rb"), content_type="image/jpeg")
    except FileNotFoundError as error:
        raise Http404 from error
