"""Legal intake in the Wagtail admin: the list of requests (metadata only), the page where a lawyer opens one with
the private key in the browser, a status edit, deletion, and the CSV export for the offline tool.

Only the "Legal intake" group (and superusers) hold the model's permissions; nobody may add a request here."""

from csp.decorators import csp_replace
from django.conf import settings
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import sealing
from .choices import ContactChannel, Region
from .models import IntakeRequest


class RequestPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, minus "add" for everyone: requests only come from the public form."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(IntakeRequest, RequestPermissionPolicy(IntakeRequest), exact_class=True)


class RequestIndexView(IndexView):
    # Only CSV: the offline tool reads it, and a spreadsheet cell could not hold a long sealed request.
    FORMATS = (IndexView.FORMAT_CSV,)
    export_buttons_template_name = "intake/admin/export_button.html"


# The page where the private key is loaded runs no inline script at all: only Wagtail's files and ours.
STRICT_SCRIPTS = csp_replace({"script-src": ["'self'"]})


@method_decorator(STRICT_SCRIPTS, name="dispatch")
class ReadRequestView(InspectView):
    template_name = "intake/admin/read_request.html"
    page_title = gettext_lazy("Read")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stored = self.object
        context["sealed"] = {
            "sealed": stored.sealed_base64,
            "key_id": stored.key_id,
            "info": sealing.INFO.decode(),
        }
        # The script shows what the person chose by its name in the admin's language.
        context["labels"] = {
            "contact_channel": {value: str(label) for value, label in ContactChannel.choices},
            "region": {value: str(label) for value, label in Region.choices},
            "language": dict(settings.LANGUAGES),
        }
        context["export_url"] = reverse("intake_requests:index") + "?export=csv"
        return context


class IntakeRequestViewSet(ModelViewSet):
    model = IntakeRequest
    icon = "lock"
    menu_label = gettext_lazy("Legal intake")
    menu_order = 260
    add_to_admin_menu = True
    url_namespace = "intake_requests"
    url_prefix = "intake/requests"
    index_view_class = RequestIndexView
    inspect_view_class = ReadRequestView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        TitleColumn("reference", url_name="intake_requests:inspect", label=gettext_lazy("Reference")),
        Column("received_on", label=gettext_lazy("Received on"), sort_key="received_on"),
        Column("get_region_display", label=gettext_lazy("Region")),
        Column("get_status_display", label=gettext_lazy("Status")),
        Column("key_id", label=gettext_lazy("Key id")),
    ]
    list_filter = ["status", "region", "key_id"]
    # A person who calls gives the reference from their thank-you page.
    search_fields = ["reference"]
    form_fields = ["status"]
    inspect_view_fields = ["reference", "received_on", "region", "status", "key_id"]
    list_export = ["reference", "received_on", "region", "status", "key_id", "sealed_base64"]
    # Fixed, untranslated headings: the offline tool finds its columns by these names.
    export_headings = {
        "reference": "reference",
        "received_on": "received_on",
        "region": "region",
        "status": "status",
        "key_id": "key_id",
        "sealed_base64": "sealed",
    }
    export_filename = "legal-intake-requests"
