"""A small valid PDF written by code, for the demo's sample files (no download, no library).

The standard Helvetica font has no Vietnamese letters, so the text is written without
diacritics; the page says that it is a sample, not the official text."""

from core.text import fold


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _without_marks(line):
    """ "Nghị định" -> "Nghi dinh", keeping capitals."""
    return "".join(fold(char).upper() if char.isupper() else fold(char) for char in line)


def sample_pdf(lines):
    ascii_lines = [_without_marks(line).encode("ascii", "replace").decode() for line in lines]
    text = "BT /F1 12 Tf 16 TL 56 780 Td " + " ".join(f"({_escape(line)}) '" for line in ascii_lines) + " ET"
    stream = text.encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(output)
