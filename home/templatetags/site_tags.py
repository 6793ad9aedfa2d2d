"""Template helpers for the site chrome: languages, alternates, navigation and footer."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from core.addresses import absolute_url, site_home_url
from core.caching import cached, version_tag
from core.languages import fallback_chain, language_codes
from core.public import is_listed
from core.text import anchor
from home.models import MainNavigation, NetworkOrganisation

register = template.Library()


def in_language(path, code):
    """The same address under another language's prefix. Every public address is in i18n_patterns and none is
    translated, so this is what Django's translate_url gives, without resolving and reversing the address once
    per language on every page; an address without a prefix stays as it is."""
    prefix, slash, rest = path[1:].partition("/")
    return f"/{code}/{rest}" if slash and prefix in language_codes() else path


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
            "url": in_language(path, code),
            "absolute_url": request.build_absolute_uri(in_language(request.path, code)),
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag
def site_data_version():
    """The site-wide data version, for fragments every page shares (the footer): any wide change drops them."""
    return version_tag()


@register.simple_tag(takes_context=True)
def home_url(context):
    """The address of the site's home page in the current language."""
    return site_home_url(context.get("request"))


@register.simple_tag(takes_context=True)
def main_navigation(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []

    def build():
        navigation = MainNavigation.for_site(site)
        return [item for item in navigation.items.select_related("page") if is_listed(item.page)]

    # On every page: cached with the data version, which the menu, its pages' publishing, moves and view
    # restrictions bump; only pages visitors may see (core.public). The pages carry every language's title,
    # so one entry serves every language.
    return cached(f"navigation:{site.pk}", build)


@register.simple_tag
def network_memberships():
    return cached(
        "network-memberships",
        lambda: list(NetworkOrganisation.objects.filter(relation=NetworkOrganisation.Relation.MEMBER)),
    )


# Whole sentences per language, so each translation can decline the language name as its grammar needs; a
# language added in settings alone gets the general sentence with its name until these list it.
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


PARTLY_AVAILABLE = {
    "en": _("Parts of this page are not yet available in English."),
    "ru": _("Parts of this page are not yet available in Russian."),
    "ky": _("Parts of this page are not yet available in Kyrgyz."),
}


@register.simple_tag(takes_context=True)
def translation_fallback(context):
    """When the page lacks the visitor's language (translations.judgement decides, as for the board): the notice,
    and the language the whole page is read in instead (for `<main lang>`), or None when only parts are missing
    (those carry their own `lang`, see lang_attr)."""
    page = context.get("page")
    if page is None or not hasattr(page, "reading"):
        return None
    wanted = get_language()
    request = context.get("request")
    fresh = getattr(request, "is_preview", False) or getattr(page, "is_preview", False)
    missing, shown = page.reading(wanted, fresh=fresh)
    if not missing:
        return None
    name = get_language_info(wanted)["name_translated"]
    if shown is None:
        notice = PARTLY_AVAILABLE.get(wanted) or _("Parts of this page are not yet available in %(language)s.") % {
            "language": name
        }
        return {"language": None, "notice": notice}
    missing_text = NOT_YET_AVAILABLE.get(wanted) or _("This page is not yet available in %(language)s.") % {
        "language": name
    }
    reading = READING_VERSION.get(shown) or _("You are reading the %(language)s version.") % {
        "language": get_language_info(shown)["name_translated"]
    }
    return {"language": shown, "notice": f"{missing_text} {reading}"}


@register.filter
def lang_attr(obj, field):
    """` lang="ru"` when the visitor's language lacks this field and its fallback shows instead (so browsers
    hyphenate and screen readers pronounce it right); nothing when the field is in the page's language."""
    current = get_language()
    if getattr(obj, f"{field}_{current}", None):
        return ""
    for candidate in fallback_chain(current)[1:]:
        if getattr(obj, f"{field}_{candidate}", None):
            return format_html(' lang="{}"', candidate)
    return ""


register.filter("anchor", anchor)


@register.simple_tag(takes_context=True)
def page_absolute_url(context, page):
    """The page's address with the request's scheme and host (share links), never the Site's stored hostname."""
    return absolute_url(context.get("request"), page)
