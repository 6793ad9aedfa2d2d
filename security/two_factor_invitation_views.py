"""Invitations to enrol a second factor: the link a person opens, and the page where a superuser creates one."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, View
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import two_factor_invitations as invitations
from .models import TwoFactorInvitation
from .two_factor import two_factor_required


@method_decorator(never_cache, name="dispatch")
class InvitationView(View):
    """/admin/two-factor/enrol/<token>/: signed in as the invited person, this session may enrol."""

    def get(self, request, token):
        invitation = invitations.find(token, request.user)
        if invitation is None:
            context = {"page_title": _("Set up two-factor sign-in"), "header_icon": "key", "invalid": True}
            return TemplateResponse(request, "security/two_factor_invitation_needed.html", context, status=403)
        invitations.accept(request, invitation)
        return HttpResponseRedirect(reverse("two_factor_setup"))


def must_enrol():
    """Accounts that must use two-factor sign-in and have no confirmed authenticator app yet."""
    from django.conf import settings

    enrolled = TOTPDevice.objects.filter(confirmed=True).values("user_id")
    required = Q(is_superuser=True) | Q(groups__name__in=settings.TWO_FACTOR_REQUIRED_GROUPS)
    return get_user_model().objects.filter(required, is_active=True).exclude(pk__in=enrolled).distinct()


class InviteForm(forms.Form):
    user = forms.ModelChoiceField(label=_("Account"), queryset=get_user_model().objects.none())

    def __init__(self, *args, inviter, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = must_enrol().exclude(pk=inviter.pk).order_by("username")


@method_decorator(never_cache, name="dispatch")
class InvitationsView(WagtailAdminTemplateMixin, FormView):
    """Settings → Two-factor invitations (superusers): a one-time link for a colleague who must enrol, shown once,
    to send them by a channel you trust. You cannot invite yourself."""

    template_name = "security/two_factor_invitations.html"
    form_class = InviteForm
    page_title = _("Two-factor invitations")
    header_icon = "key"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "inviter": self.request.user}

    def get_context_data(self, **kwargs):
        pending = TwoFactorInvitation.objects.usable().select_related("user", "created_by")
        return super().get_context_data(waiting=must_enrol().order_by("username"), pending=pending, **kwargs)

    def form_valid(self, form):
        user = form.cleaned_data["user"]
        if not two_factor_required(user):
            form.add_error("user", _("This account does not have to use two-factor sign-in."))
            return self.form_invalid(form)
        invitation, token = invitations.create(user, created_by=self.request.user)
        context = self.get_context_data(form=self.get_form_class()(inviter=self.request.user))
        context.update(new_link=invitations.link(token, self.request), invited=user, expires_at=invitation.expires_at)
        return self.render_to_response(context)
