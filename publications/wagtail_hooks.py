import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Addressee, RecommendationFollowUp, RecommendationStatus, Topic


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


class FollowUpPermissionPolicy(ModelPermissionPolicy):
    """Records come and go with their recommendations (publications.follow_up): edited, never added or deleted."""

    FIXED = ("add", "delete")

    def user_has_permission(self, user, action):
        return action not in self.FIXED and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in self.FIXED])


register_permission_policy(RecommendationFollowUp, FollowUpPermissionPolicy(RecommendationFollowUp))


class FollowUpFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=RecommendationStatus.choices, label=_("status"))
    addressee = django_filters.ModelChoiceFilter(queryset=Addressee.objects.all(), label=_("addressee"))
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
    list_display = ["__str__", "addressee", "status", "publication", "publication_date"]
    filterset_class = FollowUpFilterSet
    list_export = [
        *(f"recommendation.text_{code}" for code, _name in settings.LANGUAGES),
        "addressee",
        "status",
        "publication",
        "publication_id",
        "publication_date",
    ]
    export_headings = {
        **{f"recommendation.text_{code}": f"text_{code}" for code, _name in settings.LANGUAGES},
        "publication_id": _("publication ID"),
    }
    search_fields = [f"recommendation__text_{code}" for code, _name in settings.LANGUAGES]
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
