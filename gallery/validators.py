"""What an uploaded video or captions file must be: checked by its content, not only by
its name, since the browser plays what the server sends under the name's type."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CAPTIONS_MAX_BYTES = 512 * 1024
# mp4: an ISO base media box "ftyp" at byte 4; WebM: the EBML signature.
VIDEO_SIGNATURES = {
    ".mp4": lambda head: head[4:8] == b"ftyp",
    ".webm": lambda head: head[:4] == b"\x1a\x45\xdf\xa3",
}
VIDEO_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}


def extension(name):
    dot = name.rfind(".")
    return name[dot:].lower() if dot >= 0 else ""


def read_head(file, size):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def validate_video(file):
    suffix = extension(file.name)
    if suffix not in VIDEO_SIGNATURES:
        raise ValidationError(_("Upload an MP4 or WebM video."), code="video_type")
    # The portal's one upload limit (nginx lets no larger request through).
    if file.size > settings.UPLOAD_MAX_SIZE:
        raise ValidationError(
            _("The video is larger than %(size)s MB."),
            code="video_size",
            params={"size": settings.UPLOAD_MAX_SIZE // (1024 * 1024)},
        )
    if not VIDEO_SIGNATURES[suffix](read_head(file, 12)):
        raise ValidationError(_("The file is not an MP4 or WebM video."), code="video_content")


def validate_webvtt(file):
    if extension(file.name) != ".vtt":
        raise ValidationError(_("Upload a WebVTT captions file (.vtt)."), code="captions_type")
    if file.size > CAPTIONS_MAX_BYTES:
        raise ValidationError(_("The captions file is larger than 512 KB."), code="captions_size")
    try:
        text = read_head(file, CAPTIONS_MAX_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(_("The captions file is not UTF-8 text."), code="captions_encoding") from None
    first_line = text.removeprefix("\ufeff").split("\n", 1)[0].rstrip("\r")
    if not (first_line == "WEBVTT" or first_line.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise ValidationError(_("A WebVTT file begins with the line “WEBVTT”."), code="captions_header")
    if "-->" not in text:
        raise ValidationError(_("The captions file has no cue (a line with “-->”)."), code="captions_cues")
