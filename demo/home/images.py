"""Simple images drawn with Pillow, so the demo needs no download."""

import hashlib
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image

PALETTE = ["#12456b", "#a8321e", "#1d6b3a", "#5b3a7a", "#8a5a12", "#2f5d62"]


def _colour_for(key):
    return PALETTE[int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(PALETTE)]


def _save(title, picture):
    """Stores the picture as a Wagtail image once; later runs reuse it (the loader stays idempotent)."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    filename = hashlib.sha256(title.encode()).hexdigest()[:12] + ".png"
    image = Image(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image


def _font(size):
    return ImageFont.load_default(size=size)


def portrait(title, initials):
    picture = PILImage.new("RGB", (320, 320), "#f0eee8")
    draw = ImageDraw.Draw(picture)
    draw.ellipse((10, 10, 310, 310), fill=_colour_for(title))
    draw.text((160, 160), initials, fill="#ffffff", font=_font(120), anchor="mm")
    return _save(title, picture)


# Sky (top colour, per-band change), sun and ridges (far to near) for each demo picture.
PALETTES = {
    "morning": ((223, 233, 239), (-1, -1, 0), "#f6d9a8", ("#8fa6b8", "#4f6d85", "#12456b")),
    "sunrise": ((250, 214, 170), (0, 1, 2), "#fff1d6", ("#c98b6b", "#8a4b3c", "#5b2a22")),
}


def landscape(title, width=1440, height=1080, palette="morning"):
    """Mountains under the sky: calm pictures for the home page and publications."""
    sky, change, sun, (far, middle, near) = PALETTES[palette]
    picture = PILImage.new("RGB", (width, height), "#dfe8ef")
    draw = ImageDraw.Draw(picture)
    for band in range(0, height // 2, 6):
        step = band // 12
        colour = tuple(max(0, min(255, base + delta * step)) for base, delta in zip(sky, change, strict=True))
        draw.rectangle((0, band, width, band + 6), fill=colour)
    draw.ellipse((width * 0.68, height * 0.12, width * 0.8, height * 0.28), fill=sun)
    ridges = [
        (far, [(0, 0.62), (0.18, 0.38), (0.32, 0.52), (0.5, 0.3), (0.7, 0.5), (0.86, 0.36), (1, 0.5)]),
        (middle, [(0, 0.72), (0.2, 0.55), (0.4, 0.68), (0.6, 0.5), (0.8, 0.66), (1, 0.58)]),
        (near, [(0, 0.86), (0.25, 0.74), (0.5, 0.84), (0.75, 0.72), (1, 0.82)]),
    ]
    for colour, points in ridges:
        polygon = [(x * width, y * height) for x, y in points] + [(width, height), (0, height)]
        draw.polygon(polygon, fill=colour)
    return _save(title, picture)
