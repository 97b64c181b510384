"""Residents' photos: checked with Pillow within the upload limits editors have
(WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_IMAGE_PIXELS), then drawn again as a
plain JPEG. What is stored holds only pixels: no GPS position, no camera data, nothing a
crafted file carried besides its picture."""

import io

from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PHOTOS = 3
ACCEPTED_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}
LONGEST_SIDE = 2000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    """Up to MAX_PHOTOS images, each checked (check_photo)."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/gif,image/webp"})
        )
        super().__init__(required=False, **kwargs)

    def clean(self, data, initial=None):
        files = [file for file in (data or []) if file]
        if len(files) > MAX_PHOTOS:
            raise forms.ValidationError(_("You can send at most %(count)d photos.") % {"count": MAX_PHOTOS})
        return [check_photo(file) for file in files]


def check_photo(file):
    """The photo as a JPEG ready to store, or a ValidationError saying why not."""
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    if file.size > limit:
        raise forms.ValidationError(
            _("The photo “%(name)s” is too big (%(size)s): at most %(limit)s is accepted.")
            % {"name": file.name, "size": filesizeformat(file.size), "limit": filesizeformat(limit)}
        )
    refused = forms.ValidationError(
        _("The file “%(name)s” is not a photo in JPEG, PNG, GIF or WebP format.") % {"name": file.name}
    )
    try:
        with Image.open(file) as image:
            if image.format not in ACCEPTED_FORMATS:
                raise refused
            if image.width * image.height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                raise forms.ValidationError(
                    _("The photo “%(name)s” has too many pixels: please make it smaller.")
                    % {"name": file.name}
                )
            return reencoded(image)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise refused from error


def reencoded(image):
    picture = ImageOps.exif_transpose(image).convert("RGB")
    picture.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
    output = io.BytesIO()
    picture.save(output, "JPEG", quality=85)
    return ContentFile(output.getvalue(), name="anh.jpg")
