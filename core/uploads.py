"""What editors may upload, with Vietnamese reasons when a file is refused.

Wagtail checks the limits (WAGTAILIMAGES_MAX_IMAGE_PIXELS, WAGTAILIMAGES_MAX_UPLOAD_SIZE,
WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILDOCS_EXTENSIONS); these base forms (set as
WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE) give its refusals the
project's words, which Wagtail's own Vietnamese catalogue lacks."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            messages = self.fields["file"].error_messages
            messages["file_too_many_pixels"] = _(
                "This image is too large: it has %(num_pixels)s pixels and at most %(max_pixels_count)s are "
                "accepted. Please make it smaller (for example 4,000 × 3,000 pixels) and upload it again."
            )
            messages["file_too_large"] = _(
                "This file is too big (%(file_size)s): at most %(max_filesize)s is accepted."
            )


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].error_messages["file_too_large"] = _(
                "This file is too big (%(file_size)s): at most %(max_filesize)s is accepted."
            )

    def clean_file(self):
        file = self.cleaned_data["file"]
        extension = os.path.splitext(file.name)[1].lower().lstrip(".")
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise ValidationError(
                _("Files of type “%(extension)s” cannot be uploaded. Accepted types: %(allowed)s."),
                code="invalid_extension",
                params={"extension": extension, "allowed": ", ".join(settings.WAGTAILDOCS_EXTENSIONS)},
            )
        return file

    def add_error(self, field, error):
        # Wagtail's Document.clean() checks the extension of the file the instance holds;
        # when the form has refused the upload, that is no file at all, and it would add
        # "File extension “” is not allowed" to the real reason.
        if field is None and self.has_error("file") and "file" in getattr(error, "error_dict", {}):
            others = {name: errors for name, errors in error.error_dict.items() if name != "file"}
            if not others:
                return
            error = ValidationError(others)
        super().add_error(field, error)
