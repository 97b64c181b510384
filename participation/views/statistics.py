"""The statistics page (a table per month and field, and an SVG chart) and its CSV."""

import csv

from django.http import HttpResponse
from django.utils.translation import pgettext

from ..charts import bar_chart
from ..statistics import monthly_counts


def statistics(request, page):
    months = monthly_counts(page)
    return page.render(
        request,
        template="participation/statistics.html",
        context_overrides={"months": months, "chart": bar_chart(list(reversed(months)))},
    )


def statistics_csv(request, page):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="thong-ke-hoi-dap-phan-anh.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read the Vietnamese letters
    writer = csv.writer(response)
    writer.writerow(
        [
            pgettext("participation statistics", "Month"),
            pgettext("participation", "Field"),
            pgettext("participation statistics", "Received"),
            pgettext("participation statistics", "Answered on time"),
            pgettext("participation statistics", "Answered late"),
            pgettext("participation statistics", "Overdue"),
        ]
    )
    for month in monthly_counts(page):
        for name, counts in sorted(month.by_field.items()):
            writer.writerow([month.label, name, counts.received, counts.on_time, counts.late, counts.overdue])
    return response
