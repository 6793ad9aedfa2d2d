"""The translation board in the admin (Reports → Translation status, the dashboard's panel, a page's header
button), the editor opened in a board's language, and admin labels Wagtail leaves untranslated."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem


@hooks.register("register_admin_urls")
def translation_board_urls():
    from .board import TranslationBoardView

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
    from .board import TranslationStatusPanel

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
        static("translations/admin/translation_language.js"),
        static("translations/admin/translation_panels.js"),
    )


# Labels Wagtail's templates and wagtail-modeltranslation's script write in English; their msgids are in
# Wagtail's catalogues and third_party_locale/ (constants, not literals, so our makemessages leaves them there).
UNTRANSLATED_LABELS = {"actions": "Actions", "search": "Search", "copy-content": "Copy content from"}


@hooks.register("insert_global_admin_js")
def translate_untranslated_labels():
    attributes = format_html_join(
        " ", 'data-{}="{}"', ((name, gettext(label)) for name, label in UNTRANSLATED_LABELS.items())
    )
    return format_html('<script src="{}" {}></script>', static("translations/admin/untranslated_labels.js"), attributes)
