"""A vote on a page's usefulness, sent by a form at the foot of every page (no JavaScript).
Back to the page with a thank-you notice; a vote from an address that already voted on the
page today is not counted again."""

import datetime

from django.db import transaction
from django.db.models import F
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from comments.origin import from_this_site
from core.client import client_ip

from ..models.site_feedback import PageUsefulness, PageVote

NOTICE = "phan-hoi=cam-on#phan-hoi-trang"


@csrf_exempt
@require_POST
def rate_page(request, page_id):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    back = f"{page.get_url(request) or '/'}?{NOTICE}"
    vote = request.POST.get("huu-ich")
    if vote not in ("co", "khong") or not from_this_site(request):
        return HttpResponseRedirect(back, status=303)
    address = client_ip(request)
    since = timezone.now() - datetime.timedelta(days=1)
    if PageVote.objects.filter(page=page, address=address, at__gte=since).exists():
        return HttpResponseRedirect(back, status=303)
    counter = "useful" if vote == "co" else "not_useful"
    with transaction.atomic():
        PageVote.objects.create(page=page, address=address)
        PageUsefulness.objects.get_or_create(page=page)
        PageUsefulness.objects.filter(page=page).update(
            **{counter: F(counter) + 1}, last_rated_at=timezone.now()
        )
    return HttpResponseRedirect(back, status=303)
