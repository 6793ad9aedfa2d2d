from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from home.models.pages import HOME_PAGE_SECTIONS_HOOK
from publications.models import PublicationPage

from .admin_views import NewsletterGroup, NewsletterPanel, admin_urls
from .templatetags.newsletter_tags import newsletter_page


@hooks.register("register_admin_viewset")
def register_newsletter():
    return NewsletterGroup()


@hooks.register("register_admin_urls")
def register_newsletter_actions():
    return admin_urls


@hooks.register("construct_homepage_panels")
def add_newsletter_panel(request, panels):
    # Counts only (no address): for those who see subscribers or the sending history.
    if request.user.has_perm("newsletter.view_mailing") or request.user.has_perm("newsletter.view_subscriber"):
        panels.append(NewsletterPanel())


@hooks.register("register_page_header_buttons")
def send_test_button(page, user, view_name, next_url=None):
    if issubclass(page.specific_class or type(page), PublicationPage) and page.permissions_for_user(user).can_edit():
        yield PageMenuItem(
            _("Send a test e-mail to myself"),
            reverse("newsletter_send_test", args=[page.pk]),
            icon_name="mail",
            priority=67,
            page=page,
        )


@hooks.register(HOME_PAGE_SECTIONS_HOOK)
def newsletter_section(request, context):
    """A short invitation on the home page, linking to the newsletter page (when there is one)."""
    page = newsletter_page()
    return {"template": "newsletter/includes/home_section.html", "newsletter_page": page} if page else None
