"""Template helpers for the site chrome: languages, alternates, navigation and footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from home.caching import cached
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


@register.simple_tag(takes_context=True)
def main_navigation(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []

    def build():
        navigation = MainNavigation.for_site(site)
        return list(navigation.items.select_related("page").filter(page__live=True))

    # On every page: cached with the data version, which the menu, its pages' publishing and moves bump
    # (home.apps); the pages carry every language's title, so one entry serves every language.
    return cached(f"navigation:{site.pk}", build)


@register.simple_tag
def network_memberships():
    return cached(
        "network-memberships",
        lambda: list(NetworkOrganisation.objects.filter(relation=NetworkOrganisation.Relation.MEMBER)),
    )


# Whole sentences per language, so each translation can decline the language name as its grammar needs.
NOT_YET_AVAILABLE = {
    "en": _("This page is not yet available in English."),
    "ru": _("This page is not yet available in Russian."),
    "ky": _("This page is not yet available in Kyrgyz."),
}
READING_VERSION = {
    "en": _("You are reading the English version."),
    "ru": _("You are reading the Russian version."),
    "ky": _("You are reading the Kyrgyz version."),
}


@register.simple_tag(takes_context=True)
def translation_fallback(context):
    """When the page lacks the visitor's language: the language shown instead and the notice to show."""
    page = context.get("page")
    if page is None or not hasattr(page, "fallback_language_for"):
        return None
    wanted = get_language()
    shown = page.fallback_language_for(wanted)
    if shown is None:
        return None
    return {"language": shown, "notice": f"{NOT_YET_AVAILABLE[wanted]} {READING_VERSION[shown]}"}


@register.filter
def anchor(text):
    """An id for a heading that keeps Cyrillic letters (Django's slugify would drop them)."""
    from django.utils.text import slugify

    return slugify(str(text), allow_unicode=True) or "section"
