from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = _("Security")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from . import signin_guard

        user_login_failed.connect(signin_guard.on_login_failed, dispatch_uid="security.signin_failed")
        user_logged_in.connect(signin_guard.on_logged_in, dispatch_uid="security.signin_succeeded")
        user_locked_out.connect(signin_guard.on_locked_out, dispatch_uid="security.locked_out")
