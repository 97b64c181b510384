"""The published record: questions and answers the residents allowed to be published.
Nothing here reads the resident's contact, place or photos; the name only when allowed
(PUBLIC_FIELDS is what the record's pages and open data may ever load)."""

import datetime

from django.db import transaction
from django.db.models import F
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from comments.origin import from_this_site
from core.client import client_ip
from core.pagination import paginate
from core.parameters import QueryParameters
from core.text_search import text_condition

from ..models.lists import SubmissionField
from ..models.submissions import Rating, Submission
from ..purges import purge_answer_page
from .responses import setting

PER_PAGE = 20
OPEN_DATA_PER_PAGE = 100
MAX_QUERY_LENGTH = 100
PUBLIC_FIELDS = (
    "id",
    "kind",
    "code",
    "subject",
    "field__name",
    "field__slug",
    "published_question",
    "answer",
    "answering_unit",
    "answered_at",
    "published_at",
    "useful_votes",
    "not_useful_votes",
)
RATING_NOTICE = "danh-gia"


def published(page):
    return (
        Submission.objects.published()
        .filter(page=page)
        .select_related("field")
        .order_by("-published_at", "-pk")
    )


def public_fields(queryset):
    """The rows with only what may be shown, the name blanked unless the resident allowed it."""
    return queryset.only(*PUBLIC_FIELDS, "name", "publish_name")


def record(request, page):
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    field_slug = request.GET.get("linh-vuc", "")[:255]
    items = published(page)
    fields = SubmissionField.sorted_for_readers(
        SubmissionField.objects.filter(submissions__in=items).distinct()
    )
    chosen = next((field for field in fields if field.slug == field_slug), None)
    if chosen:
        items = items.filter(field=chosen)
    if query.strip():
        items = items.filter(text_condition(query))
    listing = paginate(request, public_fields(items), PER_PAGE)
    return page.render(
        request,
        context_overrides={"listing": listing, "fields": fields, "chosen_field": chosen, "query": query},
    )


def answer(request, page, submission_id):
    item = get_object_or_404(public_fields(published(page)), pk=submission_id)
    notice = request.GET.get(RATING_NOTICE) in ("cam-on", "da-danh-gia")
    return page.render(
        request,
        template="participation/answer.html",
        context_overrides={"item": item, "rating_notice": request.GET.get(RATING_NOTICE) if notice else None},
    )


def open_data(request, page):
    """The published record as JSON, with the same fields as its pages, OPEN_DATA_PER_PAGE
    answers at a time (?page=2 …), newest first: a reader, or a harvester, follows `trang_sau`."""
    parameters = QueryParameters(request)
    number = parameters.page_number()
    if parameters.errors:
        return JsonResponse(
            {"loi": parameters.errors[0]}, status=400, json_dumps_params={"ensure_ascii": False}
        )
    listing = paginate(request, public_fields(published(page)), OPEN_DATA_PER_PAGE, number)
    if listing.is_past_the_end:
        message = _("There is no such page in this list.")
        return JsonResponse({"loi": message}, status=404, json_dumps_params={"ensure_ascii": False})
    address = page.full_url + page.reverse_subpage("open_data")
    items = [
        {
            "ma": item.code,
            "loai": item.kind,
            "tieu_de": item.subject,
            "linh_vuc": item.field.name,
            "nguoi_hoi": item.public_name(),
            "cau_hoi": item.published_question,
            "tra_loi": item.answer,
            "don_vi_tra_loi": item.answering_unit,
            "ngay_tra_loi": timezone.localdate(item.answered_at).isoformat() if item.answered_at else None,
            "dia_chi": page.full_url + page.reverse_subpage("answer", args=[item.pk]),
        }
        for item in listing
    ]
    data = {
        "hoi_dap": items,
        "trang": listing.number,
        "trang_truoc": f"{address}?page={listing.previous_page_number}" if listing.has_previous else None,
        "trang_sau": f"{address}?page={listing.next_page_number}" if listing.has_next else None,
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@csrf_exempt
@require_POST
def rate_answer(request, submission_id):
    """Was this answer useful? One rating per address per answer per day, without JavaScript."""
    item = get_object_or_404(Submission.objects.published().select_related("page"), pk=submission_id)
    page = item.page.specific
    if not page.live:
        raise Http404
    back = page.url + page.reverse_subpage("answer", args=[item.pk])
    useful = request.POST.get("huu-ich")
    if useful not in ("co", "khong") or not from_this_site(request):
        return HttpResponseRedirect(back, status=303)
    address = client_ip(request)
    since = timezone.now() - datetime.timedelta(days=1)
    limit = setting("PARTICIPATION_RATINGS_PER_DAY", 20)
    recent = Rating.objects.filter(address=address, at__gte=since)
    if recent.filter(submission=item).exists() or recent.count() >= limit:
        return HttpResponseRedirect(f"{back}?{RATING_NOTICE}=da-danh-gia#danh-gia", status=303)
    with transaction.atomic():
        Rating.objects.create(submission=item, address=address, useful=useful == "co")
        counter = "useful_votes" if useful == "co" else "not_useful_votes"
        Submission.objects.filter(pk=item.pk).update(**{counter: F(counter) + 1})
        # The counts show on the answer's page, which the front cache keeps.
        purge_answer_page(item)
    return HttpResponseRedirect(f"{back}?{RATING_NOTICE}=cam-on#danh-gia", status=303)
