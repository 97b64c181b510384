"""Illustrations drawn here with Pillow, so the demo downloads nothing."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

PALETTES = [
    ((165, 14, 14), (246, 199, 0)),
    ((18, 78, 120), (130, 200, 230)),
    ((30, 107, 46), (200, 230, 160)),
    ((122, 10, 10), (240, 170, 120)),
    ((60, 60, 90), (190, 190, 220)),
]


def draw_illustration(seed, size=(1200, 675)):
    rng = random.Random(seed)
    dark, light = PALETTES[seed % len(PALETTES)]
    picture = PILImage.new("RGB", size, dark)
    draw = ImageDraw.Draw(picture)
    width, height = size
    for row in range(height):
        mix = row / height
        colour = tuple(int(low * (1 - mix) + high * mix) for low, high in zip(dark, light, strict=True))
        draw.line([(0, row), (width, row)], fill=colour)
    for _ in range(12):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(30, 160)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=(255, 255, 255), width=4)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def demo_image(title, seed):
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    file = ImageFile(io.BytesIO(draw_illustration(seed)), name=f"minh-hoa-{seed}.jpg")
    image = Image(title=title, file=file)
    image.save()
    return image
