from django import template

from intake import sealing
from intake.forms import GetHelpForm

register = template.Library()


@register.simple_tag(takes_context=True)
def get_help_form(context):
    """The form the page shows: the view's bound form after a POST, else an empty one (the page model stays below
    the forms, so the template asks for it here)."""
    return context.get("form") or GetHelpForm()


@register.simple_tag
def intake_accepts_requests():
    """False until the lawyers' public key is configured: the page then shows its guidance without the form."""
    return sealing.is_configured()
