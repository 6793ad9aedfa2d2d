from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.caching import cached
from home.languages import localized_field_names
from home.models.pages import HOME_PAGE_SECTIONS_HOOK

from .listing import with_card_relations
from .models import Addressee, PublicationIndexPage, PublicationPage, Recommendation, Topic
from .models.pages import live_publications, publications_index


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    list_export = [*localized_field_names("name"), "slug"]


class AddresseeViewSet(SnippetViewSet):
    model = Addressee
    icon = "group"
    menu_label = _("Addressees")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    list_export = [*localized_field_names("name"), "slug"]


class RecommendationViewSet(SnippetViewSet):
    """Every recommendation across statements, for follow-up work and export to the bodies addressed."""

    model = Recommendation
    icon = "list-ol"
    menu_label = _("Recommendations")
    list_display = ["__str__", "addressee", "status", "publication"]
    list_filter = ["addressee", "status", "topics"]
    list_export = [*localized_field_names("text"), "addressee", "status", "publication", "publication_id"]
    export_headings = {"publication_id": _("publication ID")}
    search_fields = localized_field_names("text")
    ordering = ["-publication__publication_date", "sort_order"]
    list_per_page = 50


class PublicationsViewSetGroup(SnippetViewSetGroup):
    items = (RecommendationViewSet, TopicViewSet, AddresseeViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Publications")
    menu_name = "publications"


register_snippet(PublicationsViewSetGroup)


@hooks.register(HOME_PAGE_SECTIONS_HOOK)
def latest_publications_section(request, context):
    """The home page's latest publications, with the featured statement first."""
    newest = live_publications().order_by("-publication_date", "-pk")
    latest = list(with_card_relations(newest, topics=False)[:4])
    featured_id = cached(
        "featured", lambda: PublicationIndexPage.objects.live().values_list("featured_publication", flat=True).first()
    )
    featured = next((p for p in latest if p.pk == featured_id), None)
    if featured is None and featured_id:
        featured = with_card_relations(newest.filter(pk=featured_id), topics=False).first()
    if featured is None:
        featured = next((p for p in latest if p.kind == PublicationPage.Kind.STATEMENT), None)
    return {
        "template": "publications/includes/home_publications.html",
        "featured": featured,
        "latest": [p for p in latest if p != featured][:3],
        "index": publications_index(),
    }
