import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.caching import cached
from core.languages import localized_field_names
from home.models.pages import HOME_PAGE_SECTIONS_HOOK

from .follow_up_admin import FOLLOW_UP_PANELS, FollowUpEditView, SetFollowUpStatusBulkAction, StatusChangeFormatter
from .follow_up_updates import STATUS_CHANGED
from .listing import with_card_relations
from .models import (
    Addressee,
    PublicationIndexPage,
    PublicationPage,
    RecommendationFollowUp,
    RecommendationStatus,
    Topic,
)
from .models.pages import listed_publications, publications_index


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


class FollowUpPermissionPolicy(ModelPermissionPolicy):
    """Records come and go with their recommendations (publications.follow_up): edited, never added or deleted."""

    FIXED = ("add", "delete")

    def user_has_permission(self, user, action):
        return action not in self.FIXED and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in self.FIXED])


register_permission_policy(RecommendationFollowUp, FollowUpPermissionPolicy(RecommendationFollowUp))


def publications_with_recommendations(request=None):
    return (
        PublicationPage.objects.filter(recommendations__isnull=False)
        .distinct()
        .defer_streamfields()
        .order_by("-publication_date", "-pk")
    )


class FollowUpFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=RecommendationStatus.choices, label=_("status"))
    addressee = django_filters.ModelChoiceFilter(queryset=Addressee.objects.all(), label=_("addressee"))
    publication = django_filters.ModelChoiceFilter(queryset=publications_with_recommendations, label=_("statement"))
    topic = django_filters.ModelChoiceFilter(
        queryset=Topic.objects.all(), field_name="recommendation__topics", label=_("topic")
    )

    class Meta:
        model = RecommendationFollowUp
        fields = []


class RecommendationFollowUpViewSet(SnippetViewSet):
    """Every recommendation across statements, for follow-up work: status and dated notes are edited here
    (with revisions as history), never on the statement; export for the bodies addressed."""

    model = RecommendationFollowUp
    icon = "list-ol"
    menu_label = _("Recommendations")
    panels = FOLLOW_UP_PANELS
    edit_view_class = FollowUpEditView
    list_display = ["__str__", "addressee", "status", "publication", "publication_date"]
    filterset_class = FollowUpFilterSet
    list_export = [
        *(f"recommendation.{name}" for name in localized_field_names("text")),
        "addressee",
        "status",
        "publication",
        "publication_id",
        "publication_date",
    ]
    export_headings = {
        **{f"recommendation.{name}": name for name in localized_field_names("text")},
        "publication_id": _("publication ID"),
    }
    search_fields = [f"recommendation__{name}" for name in localized_field_names("text")]
    ordering = ["-publication_date", "-publication_id", "position"]
    list_per_page = 50

    def get_queryset(self, request):
        # Records of recommendations since removed from their statement are kept (an older draft may bring
        # them back) but not shown.
        return self.model.objects.filter(removed=False).select_related("recommendation", "publication", "addressee")


class PublicationsViewSetGroup(SnippetViewSetGroup):
    items = (RecommendationFollowUpViewSet, TopicViewSet, AddresseeViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Publications")
    menu_name = "publications"


register_snippet(PublicationsViewSetGroup)
hooks.register("register_bulk_action", SetFollowUpStatusBulkAction)


@hooks.register("register_log_actions")
def follow_up_log_actions(actions):
    actions.register_action(STATUS_CHANGED)(StatusChangeFormatter)


def pick_home_publications():
    """(featured id, latest ids): the editor's featured statement, else the newest statement; then the newest."""
    newest = listed_publications().order_by("-publication_date", "-pk")
    latest = list(newest.values_list("pk", "kind")[:4])
    featured_id = PublicationIndexPage.objects.listed().values_list("featured_publication", flat=True).first()
    if featured_id and not newest.filter(pk=featured_id).exists():
        featured_id = None
    if featured_id is None:
        featured_id = next((pk for pk, kind in latest if kind == PublicationPage.Kind.STATEMENT), None)
    return featured_id, [pk for pk, _kind in latest if pk != featured_id][:3]


@hooks.register(HOME_PAGE_SECTIONS_HOOK)
def latest_publications_section(request, context):
    """The home page's latest publications, with the featured statement first: which ones is cached with the
    archive's version, so a request fetches just those four by key (one query, with their images)."""
    featured_id, latest_ids = cached("home-publications", pick_home_publications, section="publications")
    wanted = [pk for pk in [featured_id, *latest_ids] if pk]
    by_pk = {p.pk: p for p in with_card_relations(listed_publications().filter(pk__in=wanted), topics=False)}
    return {
        "template": "publications/includes/home_publications.html",
        "featured": by_pk.get(featured_id),
        "latest": [by_pk[pk] for pk in latest_ids if pk in by_pk],
        "index": publications_index(),
    }
