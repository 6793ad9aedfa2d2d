from django.utils import translation


class AdminLanguageMiddleware:
    """The whole admin request in the editor's chosen language (Account → Preferences), not only the view: Wagtail
    turns a refused page into "you do not have permission" after leaving the view, and middleware messages (the
    session and two-factor guards) come before it, so both would otherwise be in the address's language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.path.startswith("/admin/") and user is not None and user.is_authenticated:
            profile = getattr(user, "wagtail_userprofile", None)
            language = profile.get_preferred_language() if profile is not None else None
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)
