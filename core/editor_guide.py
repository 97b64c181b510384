"""The editors' guide (docs/huong-dan-bien-tap.md), shown in the admin under Help.

The guide is written in the small part of Markdown it needs: "## " headings, numbered
steps ("1. ", continued on lines indented by three spaces), paragraphs, **bold** and
`code`."""

import re
from pathlib import Path

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

GUIDE = Path(settings.BASE_DIR) / "docs" / "huong-dan-bien-tap.md"
STEP = re.compile(r"^\d+\. ")


def inline(text):
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escape(text))
    return re.sub(r"`(.+?)`", r"<code>\1</code>", text)


def guide_html(markdown):
    """HTML of the guide's sections; its own "# " title is the admin page's title."""
    blocks = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = block.splitlines()
        if lines[0].startswith("# "):
            continue
        if lines[0].startswith("## "):
            blocks.append(f'<h2 class="w-h2">{inline(lines[0][3:])}</h2>')
        elif STEP.match(lines[0]):
            steps = []
            for line in lines:
                if STEP.match(line):
                    steps.append(STEP.sub("", line))
                else:
                    steps[-1] += " " + line.strip()
            blocks.append("<ol>" + "".join(f"<li>{inline(step)}</li>" for step in steps) + "</ol>")
        else:
            blocks.append(f"<p>{inline(' '.join(line.strip() for line in lines))}</p>")
    return mark_safe("\n".join(blocks))


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "core/admin/editor_guide.html"
    page_title = _("Editor's guide")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "guide": guide_html(GUIDE.read_text(encoding="utf-8"))}
