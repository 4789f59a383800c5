"""Placeholder pictures drawn with Pillow: executives' portraits, activity photos, organisation charts.

Text on the pictures is ASCII (the demo cannot rely on a Thai font being installed); the Thai
title and alt text live on the Wagtail image.
"""

import io

from PIL import Image, ImageDraw, ImageFont

INK = (26, 26, 26)
WHITE = (255, 255, 255)


def _font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(name, size)
    except OSError:
        return ImageFont.load_default(size=size)


def _encode(image, fmt):
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.convert("RGB").save(buffer, "JPEG", quality=85)
    else:
        image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _lighter(colour, amount):
    return tuple(min(255, int(c + (255 - c) * amount)) for c in colour)


def _centered(draw, box, text, font, fill):
    left, top, right, bottom = box
    x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=font)
    draw.text(((left + right - (x1 - x0)) / 2 - x0, (top + bottom - (y1 - y0)) / 2 - y0), text, font=font, fill=fill)


def portrait(initials, name_en, colour):
    """A 400x500 PNG head-and-shoulders silhouette with the person's initials."""
    image = Image.new("RGB", (400, 500), _lighter(colour, 0.75))
    draw = ImageDraw.Draw(image)
    draw.ellipse((60, 330, 340, 640), fill=colour)  # shoulders
    draw.ellipse((120, 110, 280, 290), fill=colour)  # head
    _centered(draw, (120, 110, 280, 290), initials, _font(64, bold=True), WHITE)
    draw.rectangle((0, 440, 400, 500), fill=INK)
    _centered(draw, (0, 440, 400, 500), name_en, _font(20), WHITE)
    return _encode(image, "PNG")


def photo(caption, date_text, colour):
    """A 1200x800 JPEG standing in for an activity photo: a gradient, a caption and the date."""
    image = Image.new("RGB", (1200, 800), colour)
    draw = ImageDraw.Draw(image)
    for y in range(800):
        draw.line((0, y, 1200, y), fill=_lighter(colour, 0.6 * y / 800))
    for i in range(5):  # a row of figures, so it reads as "people at an event"
        x = 180 + i * 200
        draw.ellipse((x - 40, 330, x + 40, 410), fill=_lighter(colour, 0.2))
        draw.rounded_rectangle((x - 70, 420, x + 70, 640), radius=40, fill=_lighter(colour, 0.2))
    draw.rectangle((0, 660, 1200, 800), fill=(0, 0, 0))
    draw.text((40, 680), caption, font=_font(34, bold=True), fill=WHITE)
    draw.text((40, 735), f"Phrae PAO  |  {date_text}", font=_font(26), fill=(220, 220, 220))
    return _encode(image, "JPEG")


def org_chart(heading, top, middle, units, colour):
    """A 1600x1000 PNG organisation chart: one top box, a middle row and a row of units."""
    width, height = 1600, 1000
    image = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(image)
    _centered(draw, (0, 20, width, 90), heading, _font(40, bold=True), INK)
    box_font, small_font = _font(22, bold=True), _font(17)

    def box(cx, cy, w, h, text, fill, font):
        draw.rounded_rectangle((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), radius=12, fill=fill, outline=INK)
        lines = text.split("\n")
        for i, line in enumerate(lines):
            offset = (i - (len(lines) - 1) / 2) * (font.size + 6)
            _centered(draw, (cx - w / 2, cy + offset - h / 2, cx + w / 2, cy + offset + h / 2), line, font, INK)

    top_y, middle_y, units_y = 170, 380, 700
    box(width / 2, top_y, 520, 90, top, _lighter(colour, 0.4), box_font)
    draw.line((width / 2, top_y + 45, width / 2, middle_y - 90), fill=INK, width=3)
    spacing = width / (len(middle) + 1)
    draw.line((spacing, middle_y - 90, width - spacing, middle_y - 90), fill=INK, width=3)
    for i, text in enumerate(middle, start=1):
        draw.line((i * spacing, middle_y - 90, i * spacing, middle_y - 45), fill=INK, width=3)
        box(i * spacing, middle_y, min(360, spacing - 20), 90, text, _lighter(colour, 0.6), box_font)
    draw.line((width / 2, middle_y + 45, width / 2, units_y - 140), fill=INK, width=3)
    columns = min(len(units), 5)
    unit_spacing = width / (columns + 1)
    draw.line((unit_spacing, units_y - 140, width - unit_spacing, units_y - 140), fill=INK, width=3)
    for index, text in enumerate(units):
        col, row = index % columns, index // columns
        cx, cy = (col + 1) * unit_spacing, units_y - 60 + row * 150
        if row == 0:
            draw.line((cx, units_y - 140, cx, cy - 50), fill=INK, width=3)
        box(cx, cy, unit_spacing - 24, 100, text, _lighter(colour, 0.85), small_font)
    draw.text((40, height - 50), "Phrae Provincial Administrative Organization", font=small_font, fill=INK)
    return _encode(image, "PNG")
