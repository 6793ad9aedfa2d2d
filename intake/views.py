"""The POST of the Get help page: check, seal, store, answer. Nothing the person wrote outlives the request in the
clear: it is sealed here before any model, cache, log, task or e-mail sees it, and it only comes back to the
person's own browser in the (never stored) answer when something must be corrected."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django_ratelimit.core import is_ratelimited

from security.error_reports import PostValuesHiddenFilter

from . import sealing, services
from .forms import GetHelpForm


class SealedFormReporterFilter(PostValuesHiddenFilter):
    """Error reports of this POST name no form value (as for every public POST) and no variable of any frame,
    even with DEBUG on: an exception half-way through sealing must not put the plain text into an e-mail."""

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


def answer(request, page, form, status=200):
    context = page.get_context(request)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)


@never_cache
@sensitive_variables()
@sensitive_post_parameters()
def submit(request, page):
    request.exception_reporter_filter = SealedFormReporterFilter()
    form = GetHelpForm(request.POST)
    if not form.is_valid():
        return answer(request, page, form)
    if form.is_spam:
        # Bots get the thank-you page; nothing is stored.
        return TemplateResponse(request, "intake/get_help_thanks.html", {"page": page, "reference": None})
    if not sealing.is_configured():
        form.add_error(None, _("The form cannot accept requests at the moment. Please call us instead."))
        return answer(request, page, form, status=503)
    if is_ratelimited(
        request, group="intake-form", key="ip", rate=settings.INTAKE_FORM_RATE, method="POST", increment=True
    ):
        form.add_error(None, _("You have sent several requests in a short time. Please try again in an hour."))
        return answer(request, page, form, status=429)
    stored = services.receive(form.sealed_fields(get_language()))
    return TemplateResponse(request, "intake/get_help_thanks.html", {"page": page, "reference": stored.reference})
