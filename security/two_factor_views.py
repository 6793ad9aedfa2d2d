"""The admin's two-factor pages: verify a sign-in, enrol an authenticator app, manage recovery codes."""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView, View
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import two_factor_invitations as invitations
from .two_factor import two_factor_required

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def _next_url(request):
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return wanted
    return reverse("wagtailadmin_home")


def issue_recovery_codes(user):
    """Replaces the person's recovery codes with fresh ones and returns them (shown once, never stored readable
    elsewhere)."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
    device.confirmed = True
    device.save()
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@method_decorator([sensitive_post_parameters("code"), never_cache], name="dispatch")
class VerifyView(WagtailAdminTemplateMixin, FormView):
    """Second step of signing in: a code from the app, or one recovery code."""

    template_name = "security/two_factor_verify.html"
    form_class = CodeForm
    page_title = _("Two-factor sign-in")
    header_icon = "key"
    breadcrumbs_items = []

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=_next_url(self.request), **kwargs)

    def form_valid(self, form):
        with transaction.atomic():
            devices = list(devices_for_user(self.request.user, for_verify=True))
            if any(not device.verify_is_allowed()[0] for device in devices):
                # django-otp makes a device wait after each wrong code (1 s, 2 s, 4 s…): guessing stays slow.
                form.add_error("code", _("Too many wrong codes in a row: wait a few seconds, then try again."))
                return self.form_invalid(form)
            for device in devices:
                if device.verify_token(form.cleaned_data["code"]):
                    otp_login(self.request, device)
                    if isinstance(device, StaticDevice):
                        left = device.token_set.count()
                        messages.warning(self.request, _("Recovery code used: %(left)s left.") % {"left": left})
                    return HttpResponseRedirect(_next_url(self.request))
        form.add_error("code", _("That code is not right, or was used already. Check your device's clock."))
        return self.form_invalid(form)


def needs_invitation(request):
    """Who must use two-factor sign-in enrols only with an invitation opened in this session."""
    return two_factor_required(request.user) and invitations.session_invitation(request) is None


def _pending_app_device(user):
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


@method_decorator([sensitive_post_parameters("code"), never_cache], name="dispatch")
class SetupView(WagtailAdminTemplateMixin, FormView):
    """Enrolment: scan the code, type one code back, receive recovery codes."""

    template_name = "security/two_factor_setup.html"
    form_class = CodeForm
    page_title = _("Set up two-factor sign-in")
    header_icon = "key"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        if TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
            return HttpResponseRedirect(reverse("two_factor_manage"))
        if needs_invitation(request):
            return TemplateResponse(
                request, "security/two_factor_invitation_needed.html", self.invitation_context(), status=403
            )
        return super().dispatch(request, *args, **kwargs)

    def invitation_context(self, **extra):
        return {"page_title": self.page_title, "header_icon": self.header_icon, "username": self.request.user, **extra}

    def get_context_data(self, **kwargs):
        device = _pending_app_device(self.request.user)
        return super().get_context_data(
            secret=b32encode(device.bin_key).decode(),
            required=two_factor_required(self.request.user),
            **kwargs,
        )

    def form_valid(self, form):
        device = _pending_app_device(self.request.user)
        if not device.verify_token(form.cleaned_data["code"]):
            form.add_error("code", _("That code is not right. Check your device's clock and try the newest code."))
            return self.form_invalid(form)
        if two_factor_required(self.request.user) and not invitations.use(self.request):
            return TemplateResponse(
                self.request, "security/two_factor_invitation_needed.html", self.invitation_context(), status=403
            )
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=self.request.user, confirmed=False).delete()
        otp_login(self.request, device)
        codes = issue_recovery_codes(self.request.user)
        return self.render_to_response(self.get_context_data(codes=codes, done=True, form=None))


class QrCodeView(View):
    """The pending device's key as a QR code image (an image, not inline markup, to keep the CSP simple)."""

    def get(self, request):
        if needs_invitation(request):
            return HttpResponse(status=403)
        device = _pending_app_device(request.user)
        image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=12)
        response = HttpResponse(image.to_string(), content_type="image/svg+xml")
        response["Cache-Control"] = "no-store"
        return response


@method_decorator(never_cache, name="dispatch")
class ManageView(WagtailAdminTemplateMixin, TemplateView):
    """The account's two-factor state: new recovery codes, or switching it off where it is optional."""

    template_name = "security/two_factor_manage.html"
    page_title = _("Two-factor sign-in")
    header_icon = "key"
    breadcrumbs_items = []

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            enrolled=TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
            recovery_left=StaticToken.objects.filter(device__user=user).count(),
            required=two_factor_required(user),
            **kwargs,
        )

    def post(self, request):
        action = request.POST.get("action")
        if action == "new-codes" and TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
            codes = issue_recovery_codes(request.user)
            return self.render_to_response(self.get_context_data(codes=codes))
        if action == "turn-off" and not two_factor_required(request.user):
            for device in devices_for_user(request.user, confirmed=None):
                device.delete()
            messages.success(request, _("Two-factor sign-in is off for your account."))
        return HttpResponseRedirect(reverse("two_factor_manage"))
