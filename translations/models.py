"""Each page's and translatable snippet's translation state per language, as translations.status last judged
it (on every save and revision), so the board and the dashboard read one table instead of every revision."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationState(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    title = models.CharField(max_length=255)
    type_name = models.CharField(max_length=255)  # the model's label ("publications.publicationpage")
    is_page = models.BooleanField(default=False)
    # Pages in tree order first, then snippets by type and title: the board's order.
    sort_key = models.CharField(max_length=300)
    # {language: {"state": "complete" | "missing" | "outdated", "missing": [field names]}}
    states = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("page or snippet")  # the board's count: "12 pages and snippets"
        verbose_name_plural = _("pages and snippets")
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"], name="translation_state_object")]
        indexes = [models.Index(fields=["sort_key"], name="translation_state_order")]

    def __str__(self):
        return f"{self.type_name}: {self.title}"
