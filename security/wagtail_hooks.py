from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import two_factor_invitation_views as invitation_views
from . import two_factor_views as views
from .lockouts import lockout_viewset


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", views.ManageView.as_view(), name="two_factor_manage"),
        path("two-factor/verify/", views.VerifyView.as_view(), name="two_factor_verify"),
        path("two-factor/setup/", views.SetupView.as_view(), name="two_factor_setup"),
        path("two-factor/setup/qr.svg", views.QrCodeView.as_view(), name="two_factor_qr"),
        path("two-factor/enrol/<str:token>/", invitation_views.InvitationView.as_view(), name="two_factor_invitation"),
        path("two-factor/invitations/", invitation_views.InvitationsView.as_view(), name="two_factor_invitations"),
    ]


@hooks.register("register_settings_menu_item")
def two_factor_invitations_item():
    return SuperuserMenuItem(
        _("Two-factor invitations"), reverse("two_factor_invitations"), icon_name="key", name="two-factor-invitations"
    )


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_manage"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Protect your account with a code from an authenticator app, and get recovery codes."),
    }


@hooks.register("register_admin_viewset")
def register_lockouts():
    return lockout_viewset
