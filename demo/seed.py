"""Reads the seed article exactly as the district portal published it."""

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from core.text import nfc

SEED_FILE = Path(__file__).with_name("seed_article.txt")
_PUBLISHED = re.compile(r"^Ngày đăng:\s*(\d{2})/(\d{2})/(\d{4})$")


@dataclass
class SeedArticle:
    category: str
    title: str
    paragraphs: list
    byline: str
    date: datetime.date


def read_seed_article(path=SEED_FILE):
    # Lines holding only a no-break space are the source page's spacers, not paragraphs.
    lines = [nfc(line).strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    date_index = next(i for i, line in enumerate(lines) if _PUBLISHED.match(line))
    day, month, year = _PUBLISHED.match(lines[date_index]).groups()
    return SeedArticle(
        category=lines[0],
        title=lines[1],
        paragraphs=lines[2 : date_index - 1],
        byline=lines[date_index - 1],
        date=datetime.date(int(year), int(month), int(day)),
    )
