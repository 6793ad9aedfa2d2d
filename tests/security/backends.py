from axes.backends import AxesBackend


class AxesBackendForTestClientLogin(AxesBackend):
    """Django's test `Client.login()` authenticates without a request, which django-axes refuses. Such logins
    skip the lockout check; sign-ins through the admin's form (every real one) still go through it. Being first
    in the list, it is also what `force_login()` records in the session, so it can load users too (ModelBackend
    via AxesBackend)."""

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
