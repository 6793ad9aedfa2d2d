from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import NetworkOrganisation, Testimonial


class YesNoColumn(Column):
    """A yes/no column in the admin's language (Wagtail's BooleanColumn titles its icons "True"/"False")."""

    def get_value(self, instance):
        return _("Yes") if super().get_value(instance) else _("No")


class TestimonialViewSet(SnippetViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = _("Testimonials")
    list_display = ["headline", "name", "role", YesNoColumn("consent_given", label=_("Consent"))]
    list_filter = ["consent_given"]
    search_fields = ["headline", "name", "quote"]
    list_export = ["headline", "name", "age", "role", "consent_given"]


class NetworkOrganisationViewSet(SnippetViewSet):
    model = NetworkOrganisation
    icon = "group"
    menu_label = _("Networks and partners")
    list_display = ["name", "acronym", "relation", "since"]
    list_filter = ["relation"]
    list_export = ["name", "acronym", "relation", "since", "website"]


class OrganisationViewSetGroup(SnippetViewSetGroup):
    items = (TestimonialViewSet, NetworkOrganisationViewSet)
    menu_icon = "group"
    menu_label = _("Organisation")
    menu_name = "organisation"


register_snippet(OrganisationViewSetGroup)


@hooks.register("register_image_operations")
def register_social_card_operation():
    from .social_card import SocialCardOperation

    return [("card", SocialCardOperation)]
