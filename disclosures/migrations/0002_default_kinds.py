from django.db import migrations

from core.text import ascii_slug

# What a commune publishes (Law 10/2022/QH15 Art. 11; Law on Access to Information Art. 17),
# with the budget deadlines of Circular 343/2016/TT-BTC: the estimate within 30 days of the
# year's start (it is approved before), the execution within 15 days of each quarter's,
# the six months' and the year's end; the final accounts are approved in the following
# year, so 180 days is a default each province sets to its own calendar. Editors change
# any of it under Public disclosures › Kinds of disclosure.
# (name, section, quarterly, six-monthly, yearly, counted from, days)
KINDS = [
    ("Dự toán ngân sách", "ngan-sach", False, False, True, "bat-dau", 30),
    ("Tình hình thực hiện dự toán ngân sách", "ngan-sach", True, True, True, "ket-thuc", 15),
    ("Quyết toán ngân sách", "ngan-sach", False, False, True, "ket-thuc", 180),
    ("Dự án đầu tư và tiến độ thực hiện", "du-an-dau-tu", False, True, True, "ket-thuc", 30),
    ("Kế hoạch sử dụng đất hằng năm", "quy-hoach-ke-hoach", False, False, True, "bat-dau", 30),
    ("Quy hoạch xây dựng, quy hoạch sử dụng đất", "quy-hoach-ke-hoach", False, False, False, "ket-thuc", 30),
    ("Thu hồi đất, bồi thường, hỗ trợ, tái định cư", "thu-hoi-dat", False, False, False, "ket-thuc", 30),
]


def add_kinds(apps, schema_editor):
    DisclosureKind = apps.get_model("disclosures", "DisclosureKind")
    for name, section, quarterly, six_monthly, yearly, due_from, due_days in KINDS:
        DisclosureKind.objects.get_or_create(
            name=name,
            defaults={
                "slug": ascii_slug(name),
                "section": section,
                "quarterly": quarterly,
                "six_monthly": six_monthly,
                "yearly": yearly,
                "due_from": due_from,
                "due_days": due_days,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("disclosures", "0001_initial")]

    operations = [migrations.RunPython(add_kinds, migrations.RunPython.noop)]
