"""The subscribe form in every page's footer, and the newsletter page for links to it."""

from django import template

from core.caching import cached

from ..forms import SubscribeForm
from ..models import NewsletterPage

register = template.Library()


def newsletter_page():
    """The live newsletter page, or None; kept with the site's data version, so a warm page runs no query."""
    found = cached("newsletter-page", lambda: NewsletterPage.objects.listed().first() or False)
    return found or None


@register.inclusion_tag("newsletter/includes/footer_form.html")
def newsletter_footer_form():
    return {"form": SubscribeForm(), "newsletter_page": newsletter_page()}
