"""The picture a shared link shows (Telegram, Facebook, X): 1200×630, per page and language, made from the page's own
image (else the home page's) with the page's title and the organisation's mark and name drawn over it.

A card is a Wagtail rendition of that image (filter `card-<page>-<language>-<digest>`), so it is stored once
(core.renditions) and taken down with the image (core.takedown). The digest covers the text drawn: a new title or
organisation name gives a new rendition, a new focal point or file gives new renditions as for every picture.
"""

import hashlib
import logging
from functools import cache

from django.conf import settings
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont
from wagtail.images.image_operations import FilterOperation
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, Site
from willow.plugins.pillow import PillowImage

from core.caching import cached
from core.public import is_listed

logger = logging.getLogger(__name__)
WIDTH, HEIGHT = 1200, 630
MARGIN = 72
BRAND_DARK = (11, 47, 74)  # --brand-dark
BRAND = (18, 69, 107)  # --brand
ACCENT = (168, 50, 30)  # --accent
PAPER = (251, 250, 247)  # --paper
# Debian's fonts-dejavu-core (a listed dependency, also used by the PDFs): Cyrillic with Kyrgyz ң ө ү.
TITLE_FONT, NAME_FONT = "DejaVuSerif-Bold.ttf", "DejaVuSans-Bold.ttf"
TITLE_SIZES = (66, 58, 50)  # the largest size at which the title fits in MAX_LINES
MAX_LINES = 4
DESIGN = "1"  # bumped when the drawing changes, so every card is made again


def card_text(page, language):
    """(title, organisation name) in this language, with the fields' fallbacks."""
    from home.models import OrganisationSettings

    with translation.override(language):
        site = page.get_site() or Site.objects.filter(is_default_site=True).first()
        organisation = OrganisationSettings.for_site(site) if site else None
        # The home page says what the organisation does (its hero heading), not "Home".
        title = getattr(page, "hero_heading", "") or page.seo_title or page.title
        return title, (organisation.organisation_name if organisation else "")


def digest(title, name):
    return hashlib.sha256(f"{DESIGN}\n{title}\n{name}".encode()).hexdigest()[:8]


def source_image(page):
    """The page's own image, else its site's home page image; None when neither has one."""
    image = getattr(page, "hero_image", None)
    if image is None:
        site = page.get_site()
        image = getattr(site.root_page.specific if site else None, "hero_image", None)
    return image if image is not None and not image.is_svg() else None


def card_spec(page_id, language, text_digest):
    # Short, so the rendition's file name (60 characters at most) keeps the start of the original's name.
    return f"fill-{WIDTH}x{HEIGHT}|card-{page_id}-{language}-{text_digest}"


def social_card(page, request):
    """{"url", "width", "height", "alt"} of the page's card in the active language, or None (no image anywhere, or
    a page not open to everyone: its title must not reach the public media files)."""
    if page is None or page.pk is None or not is_listed(page):
        return None
    language = translation.get_language()

    def build():
        image = source_image(page)
        if image is None:
            return {}
        title, name = card_text(page, language)
        try:
            rendition = image.get_rendition(card_spec(page.pk, language, digest(title, name)))
        except SourceImageIOError:
            # The original is gone from storage: the page is still served, shared without a picture.
            logger.warning("social card: image %s has no file", image.pk)
            return {}
        alt = f"{title} — {name}" if name else title
        return {"url": rendition.url, "width": rendition.width, "height": rendition.height, "alt": alt}

    previewing = getattr(page, "is_preview", False) or getattr(request, "is_preview", False)
    card = build() if previewing else cached(f"social-card:{page.pk}:{language}", build, section=f"page:{page.pk}")
    return {**card, "url": request.build_absolute_uri(card["url"])} if card else None


class SocialCardOperation(FilterOperation):
    """`card-<page id>-<language>-<digest>`: draws that page's title and the organisation's mark and name."""

    def construct(self, page_id, language, text_digest):
        self.page_id, self.language, self.text_digest = int(page_id), language, text_digest

    def run(self, willow, image, env):
        page = Page.objects.filter(pk=self.page_id).first()
        title, name = card_text(page.specific, self.language) if page else ("", "")
        photo = willow.image if isinstance(willow, PillowImage) else None
        env["output-format"], env["jpeg-quality"] = "jpeg", 82
        return PillowImage(draw_card(photo, title, name))


def draw_card(photo, title, name):
    """The card: the photo darkened towards the bottom (brand colour alone without one), the title, the mark and
    the name along the bottom, an accent rule on top."""
    card = Image.new("RGB", (WIDTH, HEIGHT), BRAND)
    if photo is not None:
        card.paste(photo.convert("RGB").resize((WIDTH, HEIGHT)))
    card = Image.alpha_composite(card.convert("RGBA"), shade()).convert("RGB")
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, WIDTH, 10), fill=ACCENT)
    font, lines = fit_title(title)
    line_height = int(font.size * 1.2)
    top = HEIGHT - MARGIN - 64 - 36 - line_height * len(lines)
    for number, line in enumerate(lines):
        draw.text((MARGIN, top + number * line_height), line, font=font, fill=PAPER)
    mark_size = 64
    logo = mark(mark_size)
    card.paste(logo, (MARGIN, HEIGHT - MARGIN - mark_size + 8), logo)
    name_font = ImageFont.truetype(NAME_FONT, 30)
    draw.text(
        (MARGIN + mark_size + 20, HEIGHT - MARGIN - mark_size / 2 + 8), name, font=name_font, fill=PAPER, anchor="lm"
    )
    return card


@cache
def shade():
    """Dark brand colour rising from the bottom, so white text reads on any photo (contrast above 4.5:1)."""
    layer = Image.new("RGBA", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(layer)
    for y in range(HEIGHT):
        strength = min(1.0, max(0.0, (y - HEIGHT * 0.05) / (HEIGHT * 0.55)))
        draw.line((0, y, WIDTH, y), fill=(*BRAND_DARK, int(110 + 125 * strength)))
    return layer


def fit_title(title):
    """(font, lines) at the largest size that fits; the last line cut with an ellipsis when none does."""
    for size in TITLE_SIZES:
        font = ImageFont.truetype(TITLE_FONT, size)
        lines = wrap(title, font)
        if len(lines) <= MAX_LINES:
            return font, lines
    last = " ".join(lines[MAX_LINES - 1 :])
    while last and font.getlength(last + " …") > WIDTH - 2 * MARGIN:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    return font, [*lines[: MAX_LINES - 1], last + " …"]


def wrap(text, font):
    """Lines no wider than the card's text column (a word longer than that is cut)."""
    width, lines, line = WIDTH - 2 * MARGIN, [], ""
    for word in text.split():
        while font.getlength(word) > width:
            word = word[:-1]
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


@cache
def mark(size):
    """The organisation's mark (static/img/logo.svg) drawn at 4× and scaled down for smooth edges."""
    scale = 4 * size / 48
    big = Image.new("RGBA", (4 * size, 4 * size))
    draw = ImageDraw.Draw(big)

    def at(*points):
        return [(x * scale, y * scale) for x, y in points]

    shield = [(24, 2), (43, 8), (43, 23), *bezier((43, 23), (43, 34.5), (35.4, 42.4), (24, 46))]
    shield += [*bezier((24, 46), (12.6, 42.4), (5, 34.5), (5, 23)), (5, 8)]
    draw.polygon(at(*shield), fill=BRAND, outline=PAPER, width=int(scale))
    stroke = int(2.4 * scale)
    draw.ellipse(at((15.5, 9.5), (32.5, 26.5)), outline=PAPER, width=stroke)
    draw.line(at(*bezier((18, 12.3), (21.7, 15.7), (26.3, 15.7), (30, 12.3))), fill=PAPER, width=stroke)
    draw.line(at(*bezier((18, 23.7), (21.7, 20.3), (26.3, 20.3), (30, 23.7))), fill=PAPER, width=stroke)
    draw.line(at((15.8, 18), (32.2, 18)), fill=PAPER, width=stroke)
    mountains = [(9.3, 36.5), (17, 30), (22, 34), (28, 28), (38.7, 36.5)]
    mountains += bezier((38.7, 36.5), (34.5, 42), (29.5, 45.6), (24, 45.6))
    mountains += bezier((24, 45.6), (18.5, 45.6), (13.5, 42), (9.3, 36.5))
    draw.polygon(at(*mountains), fill=ACCENT)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def bezier(start, control1, control2, end, steps=12):
    """Points along a cubic Bézier curve (the mark's SVG path)."""
    points = []
    for step in range(1, steps + 1):
        t = step / steps
        points.append(
            tuple(
                (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t**2 * c + t**3 * d
                for a, b, c, d in zip(start, control1, control2, end, strict=True)
            )
        )
    return points


def og_locale(language):
    """The Open Graph locale of a site language (settings.OPEN_GRAPH_LOCALES), e.g. ky → ky_KG."""
    return settings.OPEN_GRAPH_LOCALES.get(language, language)
