"""django-axes: sign-in lockout, and where staff see and lift locks in the Wagtail admin."""

from axes.models import AccessAttempt
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


def client_ip(request):
    """The same client address the site's rate limits use (RATELIMIT_IP_META_KEY names the proxy's header)."""
    value = request.META.get(settings.RATELIMIT_IP_META_KEY) or request.META.get("REMOTE_ADDR", "")
    return value.split(",")[0].strip()


class UnlockOnlyPolicy(ModelPermissionPolicy):
    """Attempts are evidence: staff may look at them and delete them (which unlocks), never add or edit them."""

    def user_has_permission(self, user, action):
        return action in ("view", "delete") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(AccessAttempt, UnlockOnlyPolicy(AccessAttempt))


class LockoutViewSet(ModelViewSet):
    """Failed sign-ins by account and by address. Deleting a row lifts the lock it holds."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Sign-in lockouts")
    add_to_settings_menu = True
    url_prefix = "sign-in-lockouts"
    name = "signin_lockouts"
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    inspect_view_enabled = True
    inspect_view_fields = ["username", "ip_address", "user_agent", "failures_since_start", "attempt_time", "path_info"]
    copy_view_enabled = False
    form_fields = ["username"]  # required by ModelViewSet; the policy above never lets anyone add or edit


lockout_viewset = LockoutViewSet()


def lockout_response(request, original_response=None, credentials=None):
    """What a locked-out person sees: how long to wait, and who can lift the lock (AXES_LOCKOUT_CALLABLE)."""
    from django.shortcuts import render

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes}
    return render(request, "security/lockout.html", context, status=429)
