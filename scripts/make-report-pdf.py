#!/usr/bin/env python3
"""Writes samples/report.pdf from samples/report.md: an A4 PDF with the report's title as a running
header and "Page N of M" as a footer on every page, lines wrapped (and some long words hyphenated)
as a typeset report would be, so that SEND Lens's PDF reading is tried on what real reports do.

Needs only Python: the PDF is written by hand with the standard Helvetica fonts.
Run from the repository: scripts/make-report-pdf.py
"""
import re

WIDTH, HEIGHT, MARGIN = 595, 842, 56
SIZE, LEADING, CHARS = 10, 13, 92
RUNNING = "Hertfordshire Local Area Partnership: area SEND inspection report (sample)"


def blocks(markdown):
    text = markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown
    for chunk in re.split(r"\n\s*\n", text.strip()):
        chunk = " ".join(line.strip() for line in chunk.splitlines())
        if chunk.startswith("#"):
            yield ("heading", chunk.lstrip("#").strip())
        else:
            yield ("paragraph", chunk)


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            room = width - len(line) - 2
            if len(word) >= 10 and room >= 4 and word[:room].isalpha():
                lines.append(line + " " + word[:room] + "-")
                line = word[room:]
            else:
                lines.append(line)
                line = word
    if line:
        lines.append(line)
    return lines


def pages(markdown):
    body_lines = (HEIGHT - 2 * MARGIN - 2 * LEADING) // LEADING
    pages, current = [], []
    for kind, text in blocks(markdown):
        lines = [("bold", line) for line in wrap(text, 70)] if kind == "heading" else [("plain", l) for l in wrap(text, CHARS)]
        needed = len(lines) + 1
        if kind == "heading":
            needed += 2  # keep a heading with the start of its text
        if current and len(current) + needed > body_lines:
            pages.append(current)
            current = []
        current.extend(lines + [("plain", "")])
    if current:
        pages.append(current)
    return pages


def escape(text):
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def content(lines, number, total):
    out = [b"BT /F1 8 Tf %d %d Td (" % (MARGIN, HEIGHT - MARGIN + 20) + escape(RUNNING) + b") Tj ET"]
    y = HEIGHT - MARGIN - LEADING
    for style, line in lines:
        if line:
            font = b"/F2" if style == "bold" else b"/F1"
            out.append(b"BT " + font + b" %d Tf %d %d Td (" % (SIZE, MARGIN, y) + escape(line) + b") Tj ET")
        y -= LEADING
    footer = "Page %d of %d" % (number, total)
    out.append(b"BT /F1 8 Tf %d %d Td (" % (WIDTH // 2 - 25, MARGIN - 30) + escape(footer) + b") Tj ET")
    return b"\n".join(out)


def write(all_pages, path):
    objects = []
    def add(body):
        objects.append(body)
        return len(objects)
    catalog = add(None)
    tree = add(None)
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for number, lines in enumerate(all_pages, start=1):
        stream = content(lines, number, len(all_pages))
        contents = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (tree, WIDTH, HEIGHT, contents, regular, bold)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for index, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % index + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        output += b"%010d 00000 n \n" % offset
    output += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    with open(path, "wb") as out:
        out.write(output)


with open("samples/report.md", encoding="utf-8") as source:
    write(pages(source.read()), "samples/report.pdf")
