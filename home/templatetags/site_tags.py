"""Template helpers for the site chrome: languages, alternates, navigation and footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Site

from home.models import MainNavigation, NetworkOrganisation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language to the same address, for the switcher and the hreflang alternates."""
    request = context["request"]
    current = get_language()
    path = request.get_full_path()
    return [
        {
            "code": code,
            "name": name,
            "url": translate_url(path, code),
            "absolute_url": request.build_absolute_uri(translate_url(request.path, code)),
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag
def language_name(code):
    """The name of a language in the visitor's language (for "not yet available in Kyrgyz")."""
    return settings.SITE_LANGUAGE_NAMES.get(code, code)


@register.simple_tag(takes_context=True)
def main_navigation(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    navigation = MainNavigation.for_site(site)
    return list(navigation.items.select_related("page").filter(page__live=True))


@register.simple_tag
def network_memberships():
    return list(NetworkOrganisation.objects.filter(relation=NetworkOrganisation.Relation.MEMBER))


@register.simple_tag(takes_context=True)
def translation_fallback(context):
    """The language actually shown when the page lacks the visitor's language, else None."""
    page = context.get("page")
    if page is None or not hasattr(page, "fallback_language_for"):
        return None
    return page.fallback_language_for(get_language())


@register.filter
def anchor(text):
    """An id for a heading that keeps Cyrillic letters (Django's slugify would drop them)."""
    from django.utils.text import slugify

    return slugify(str(text), allow_unicode=True) or "section"
