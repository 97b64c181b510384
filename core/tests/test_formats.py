import datetime

from django import forms
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template import Context, Template
from django.utils import timezone, translation


class VisitForm(forms.Form):
    visit_date = forms.DateField()


def test_a_vietnamese_reader_types_dates_day_first():
    with translation.override("vi"):
        form = VisitForm(data={"visit_date": "30/09/2020"})
        assert form.is_valid(), form.errors
        assert form.cleaned_data["visit_date"] == datetime.date(2020, 9, 30)


def test_dates_show_as_day_month_year():
    with translation.override("vi"):
        rendered = Template("{{ day|date:'SHORT_DATE_FORMAT' }} {{ day }}").render(
            Context({"day": datetime.date(2020, 9, 30)})
        )
    assert rendered == "30/09/2020 30/09/2020"


def test_thousands_are_grouped_with_a_dot():
    with translation.override("vi"):
        assert intcomma(16517) == "16.517"
        assert intcomma(7185) == "7.185"


def test_the_portal_keeps_vietnam_time():
    assert str(timezone.get_default_timezone()) == "Asia/Ho_Chi_Minh"
