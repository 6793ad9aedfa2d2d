"""The Newsletter area of the Wagtail admin: subscribers (Newsletter managers only), the sending history per
publication (editors too: counts, no address), the dashboard counts, and an editor's test e-mail to themselves."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from publications.models import PublicationPage

from .audience import dashboard_counts
from .composing import test_message
from .models import Delivery, Mailing, Subscriber


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Model permissions minus the denied actions, for everyone (superusers included): addresses arrive only by
    double opt-in, and the sending history is written by the worker alone."""

    def __init__(self, model, denied):
        super().__init__(model)
        self.denied = set(denied)

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(Subscriber, ReadOnlyPolicy(Subscriber, ["add", "change"]), exact_class=True)
register_permission_policy(Mailing, ReadOnlyPolicy(Mailing, ["add", "change", "delete"]), exact_class=True)


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = gettext_lazy("Subscribers")
    url_namespace = "newsletter_subscriber"
    url_prefix = "newsletter/subscribers"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["email", "language_name", "status", "created_at", "confirmed_at"]
    list_filter = ["status", "language", "suppression", "topics"]
    search_fields = ["email"]
    list_export = ["email", "language", "kinds", "topic_slugs", "status", "created_at", "confirmed_at", "suppression"]
    export_headings = {"topic_slugs": "topics (empty: every topic)"}
    export_filename = "newsletter-subscribers"
    form_fields = ["language"]
    inspect_view_fields = [
        "email",
        "language",
        "kinds",
        "topics",
        "status",
        "created_at",
        "requested_at",
        "confirmed_at",
        "unsubscribed_at",
        "suppressed_at",
        "suppression",
        "suppression_detail",
    ]

    def get_queryset(self, request):
        return Subscriber.objects.prefetch_related("topics")


class MailingInspectView(InspectView):
    template_name = "newsletter/admin/mailing_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["counts"] = self.object.counts()
        failed = self.object.deliveries.filter(status=Delivery.Status.FAILED).select_related("subscriber")
        # Addresses only for those allowed to see subscribers; editors see the reasons alone.
        context["show_addresses"] = self.request.user.has_perm("newsletter.view_subscriber")
        context["failures"] = failed.order_by("pk")[:100]
        return context


class MailingViewSet(ModelViewSet):
    model = Mailing
    icon = "history"
    menu_label = gettext_lazy("Sending history")
    url_namespace = "newsletter_mailing"
    url_prefix = "newsletter/history"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = MailingInspectView
    list_display = ["title", "kind", "created_at", "sent_count", "failed_count", "pending_count", "finished_at"]
    list_filter = ["kind"]
    search_fields = ["title"]
    form_fields = []
    inspect_view_fields = ["kind", "publication", "items", "created_at", "prepared_at", "finished_at"]


class NewsletterGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Newsletter")
    menu_icon = "mail"
    menu_order = 260
    items = (SubscriberViewSet, MailingViewSet)


class NewsletterPanel(Component):
    name = "newsletter"
    order = 160
    template_name = "newsletter/admin/dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        recent = list(Mailing.objects.order_by("-created_at")[:5])
        counts = dashboard_counts()
        return {
            "counts": counts,
            "languages": [(name, counts["languages"].get(code, 0)) for code, name in settings.LANGUAGES],
            "recent": [(mailing, mailing.counts()) for mailing in recent],
        }


def send_test(request, page_id):
    """An editor sends the publication's e-mail, as its latest draft reads, to their own address."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, PublicationPage) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()
    language = request.POST.get("language") or request.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    if request.method == "POST" and request.user.email:
        try:
            test_message(draft, language, request.user.email).send()
        except Exception as error:  # noqa: BLE001 - the editor is told what the mail server said
            messages.error(request, _("The test e-mail could not be sent: %(error)s") % {"error": error})
        else:
            messages.success(request, _("A test e-mail was sent to %(email)s.") % {"email": request.user.email})
            return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    context = {"page": draft, "email": request.user.email, "languages": settings.LANGUAGES, "language": language}
    return TemplateResponse(request, "newsletter/admin/send_test.html", context)


admin_urls = [path("newsletter/test/<int:page_id>/", send_test, name="newsletter_send_test")]
