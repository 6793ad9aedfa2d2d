"""Error reports of public form POSTs carry none of the values sent.

People write what happened to them into the public forms (contact, donations, Get help). Django's report of a
failure (the e-mail to ADMINS, the debug page) lists the POST; `sensitive_post_parameters` hides it only once the
view runs, so a failure before it (a middleware, the database gone) would list every value. This middleware,
placed before any other reads the body, marks every POST outside the admin at once; views may set a stricter
filter of their own (intake.views also hides every variable).
"""

from django.views.debug import SafeExceptionReporterFilter

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class PostValuesHiddenFilter(SafeExceptionReporterFilter):
    """Every POST value starred, with DEBUG on or off; the field names stay, so a report still says what came."""

    def is_active(self, request):
        return True

    def get_post_parameters(self, request):
        return dict.fromkeys(request.POST, self.cleansed_substitute) if request is not None else {}

    def get_cleansed_multivaluedict(self, request, multivaluedict):
        # request.POST seen as a frame's variable.
        return dict.fromkeys(multivaluedict, self.cleansed_substitute)


class PublicPostErrorReportMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and not request.path_info.startswith(ADMIN_PREFIXES):
            request.exception_reporter_filter = PostValuesHiddenFilter()
        return self.get_response(request)
