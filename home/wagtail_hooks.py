from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import NetworkOrganisation, Testimonial


class YesNoColumn(Column):
    """A yes/no column in the admin's language (Wagtail's BooleanColumn titles its icons "True"/"False")."""

    def get_value(self, instance):
        return _("Yes") if super().get_value(instance) else _("No")


class TestimonialViewSet(SnippetViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = _("Testimonials")
    list_display = ["headline", "name", "role", YesNoColumn("consent_given", label=_("Consent"))]
    list_filter = ["consent_given"]
    search_fields = ["headline", "name", "quote"]
    list_export = ["headline", "name", "age", "role", "consent_given"]


class NetworkOrganisationViewSet(SnippetViewSet):
    model = NetworkOrganisation
    icon = "group"
    menu_label = _("Networks and partners")
    list_display = ["name", "acronym", "relation", "since"]
    list_filter = ["relation"]
    list_export = ["name", "acronym", "relation", "since", "website"]


class OrganisationViewSetGroup(SnippetViewSetGroup):
    items = (TestimonialViewSet, NetworkOrganisationViewSet)
    menu_icon = "group"
    menu_label = _("Organisation")
    menu_name = "organisation"


register_snippet(OrganisationViewSetGroup)


# --- Translation status board (home/translation_board.py) -------------------------------------------------------


@hooks.register("register_admin_urls")
def translation_board_urls():
    from .translation_board import TranslationBoardView

    return [
        path("reports/translations/", TranslationBoardView.as_view(), name="translation_board"),
        path(
            "reports/translations/results/",
            TranslationBoardView.as_view(results_only=True),
            name="translation_board_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_board_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_board"), icon_name="site", order=650)


@hooks.register("construct_homepage_panels")
def translation_status_panel(request, panels):
    from .translation_board import TranslationStatusPanel

    panels.append(TranslationStatusPanel(request.user))


@hooks.register("register_page_header_buttons")
def translation_status_button(page, user, view_name, next_url=None):
    yield PageMenuItem(
        _("Translation status"),
        f"{reverse('translation_board')}?for_page={page.pk}",
        icon_name="site",
        priority=66,
        page=page,
    )


@hooks.register("insert_editor_js")
def open_editor_in_language():
    """`?translation=ky` (the board's links) opens the editor with English and that language's fields shown;
    the language picker then keeps the choice across saves (LOCALE_PICKER_RESTORE). translation_panels.js keeps
    the picker from hiding panels that are not one language's field."""
    return format_html(
        '<script src="{}"></script><script src="{}"></script>',
        static("home/admin/translation_language.js"),
        static("home/admin/translation_panels.js"),
    )


# Labels Wagtail's templates and wagtail-modeltranslation's script write in English; their msgids are in
# Wagtail's catalogues and third_party_locale/ (constants, not literals, so our makemessages leaves them there).
UNTRANSLATED_LABELS = {"actions": "Actions", "search": "Search", "copy-content": "Copy content from"}


@hooks.register("insert_global_admin_js")
def translate_untranslated_labels():
    attributes = format_html_join(
        " ", 'data-{}="{}"', ((name, gettext(label)) for name, label in UNTRANSLATED_LABELS.items())
    )
    return format_html('<script src="{}" {}></script>', static("home/admin/untranslated_labels.js"), attributes)
