"""A minimal, dependency-free writer of valid multi-page PDF files (ASCII text, Helvetica).

The demo's documents are placeholders, but they must open in any reader and have the pages that
the item pages refer to, so the writer computes the cross-reference table byte by byte.
"""

import textwrap

PAGE_WIDTH = 595  # A4 in points
PAGE_HEIGHT = 842
WRAP = 78


def _escape(text):
    ascii_text = text.encode("ascii", "replace").decode("ascii")
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page_stream(lines):
    """Content stream for one page; ``lines`` is a list of (font, size, text)."""
    ops = ["BT", f"1 0 0 1 56 {PAGE_HEIGHT - 72} Tm"]
    for font, size, text in lines:
        ops.append(f"/{font} {size} Tf")
        ops.append(f"0 -{int(size * 1.5)} Td")
        ops.append(f"({_escape(text)}) Tj")
    ops.append("ET")
    # A thin rule above the footer.
    ops.append(f"56 60 m {PAGE_WIDTH - 56} 60 l 0.5 w S")
    return "\n".join(ops).encode("ascii")


def _page_lines(header, title, heading, body, number, count):
    lines = [("F2", 11, header), ("F1", 9, "")]
    lines += [("F2", 15, part) for part in textwrap.wrap(title, 60)]
    lines.append(("F1", 10, ""))
    lines.append(("F2", 12, heading))
    for paragraph in body:
        lines += [("F1", 10, part) for part in textwrap.wrap(paragraph, WRAP)] or [("F1", 10, "")]
    lines.append(("F1", 10, ""))
    lines.append(("F1", 9, f"Page {number} of {count}"))
    return lines


def build_pdf(title, sections, header="Phrae Provincial Administrative Organization (Phrae PAO)", date="20230115"):
    """Return the bytes of a PDF with one page per section.

    ``sections`` is a list of ``(heading, [paragraph, ...])``; every text is written in ASCII.
    """
    if not sections:
        raise ValueError("a PDF needs at least one page")
    count = len(sections)
    objects = {}
    # 1 catalog, 2 pages tree, 3/4 fonts, 5 info; then a page object and its stream per section.
    kids = []
    for index, (heading, body) in enumerate(sections):
        page_id, stream_id = 6 + 2 * index, 7 + 2 * index
        kids.append(f"{page_id} 0 R")
        stream = _page_stream(_page_lines(header, title, heading, body, index + 1, count))
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {stream_id} 0 R >>"
        ).encode("ascii")
        objects[stream_id] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {count} >>".encode("ascii")
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objects[5] = (
        f"<< /Title ({_escape(title)}) /Author ({_escape(header)}) "
        f"/Producer (wagtail-ita example site) /CreationDate (D:{date}090000+07'00') >>"
    ).encode("ascii")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref_at)
    return bytes(out)


def page_count(data):
    """Number of pages declared by a PDF written by :func:`build_pdf` (used to check references)."""
    marker = b"/Type /Pages /Kids ["
    start = data.index(marker)
    end = data.index(b"]", start)
    return len(data[start + len(marker) : end].split(b" 0 R")) - 1
