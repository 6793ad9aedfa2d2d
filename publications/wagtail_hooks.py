from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Addressee, Recommendation, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    list_export = ["name_en", "name_ru", "name_ky", "slug"]


class AddresseeViewSet(SnippetViewSet):
    model = Addressee
    icon = "group"
    menu_label = _("Addressees")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    list_export = ["name_en", "name_ru", "name_ky", "slug"]


class RecommendationViewSet(SnippetViewSet):
    """Every recommendation across statements, for follow-up work and export to the bodies addressed."""

    model = Recommendation
    icon = "list-ol"
    menu_label = _("Recommendations")
    list_display = ["__str__", "addressee", "status", "publication"]
    list_filter = ["addressee", "status", "topics"]
    list_export = ["text_en", "text_ru", "text_ky", "addressee", "status", "publication", "publication_id"]
    export_headings = {"publication_id": _("publication ID")}
    search_fields = ["text_en", "text_ru", "text_ky"]
    ordering = ["-publication__publication_date", "sort_order"]
    list_per_page = 50


class PublicationsViewSetGroup(SnippetViewSetGroup):
    items = (RecommendationViewSet, TopicViewSet, AddresseeViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Publications")
    menu_name = "publications"


register_snippet(PublicationsViewSetGroup)
