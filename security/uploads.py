"""Clean-up of images uploaded in the admin (WAGTAILIMAGES_IMAGE_FORM_BASE); size caps are Wagtail's own settings.

Photos lose their EXIF/XMP metadata on upload: a testimonial photo of a person at risk must not tell anyone
where, when or on which phone it was taken. JPEGs keep their quantisation tables (`quality="keep"`), so
stripping does not degrade them; a rotated photo is turned upright first, since its orientation lived in the
EXIF that is dropped.
"""

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageOps
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

ORIENTATION = 0x0112
STRIPPED_FORMATS = {"JPEG", "PNG", "WEBP", "TIFF"}


def without_metadata(uploaded):
    """The uploaded image as a new file without EXIF, XMP or comments, or the same file when it has none."""
    uploaded.seek(0)
    with Image.open(uploaded) as image:
        image_format = image.format
        if image_format not in STRIPPED_FORMATS:
            return uploaded
        exif = image.getexif()
        carries = bool(exif) or any(key in image.info for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment"))
        if not carries:
            uploaded.seek(0)
            return uploaded
        options = {}
        if image.info.get("icc_profile"):
            options["icc_profile"] = image.info["icc_profile"]
        if exif.get(ORIENTATION, 1) != 1:
            image = ImageOps.exif_transpose(image)
            if image_format == "JPEG":
                options["quality"] = 92
        elif image_format == "JPEG":
            options["quality"] = "keep"
        if image_format == "WEBP":
            options.update(lossless=image.info.get("lossless", False), quality=90)
        output = BytesIO()
        image.save(output, format=image_format, **options)
    return SimpleUploadedFile(uploaded.name, output.getvalue(), content_type=getattr(uploaded, "content_type", None))


# What Pillow raises for a file it cannot read to the end (bad header, truncated or corrupt data).
UNREADABLE = (Image.UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, IndexError)


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, which also decodes the first frame: Wagtail's own size check trusts the header."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
            f.seek(0)
            with Image.open(f) as image:
                image.load()
        except UNREADABLE:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from None
        finally:
            f.seek(0)


class MetadataFreeImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the file field itself (get_image_form); this form keeps it and adds the decoding check.
        if isinstance(self.fields.get("file"), WagtailImageField):
            self.fields["file"].__class__ = ReadableImageField

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "seek") and not getattr(uploaded, "_committed", False):
            return without_metadata(uploaded)
        return uploaded
