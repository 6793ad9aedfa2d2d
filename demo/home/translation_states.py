"""Gives the demo one page of each translation state, so the translation status board shows them.

- a report not yet translated into Kyrgyz (its Kyrgyz summary and body are empty: *missing* for ky);
- the networks page, whose English introduction was edited in a later revision (*outdated* for ru and ky).
Safe to run again: pages already in that state are left alone.
"""

from wagtail.models import Page

UNTRANSLATED_SLUG = "uranium-tailings-2019"
EDITED_SLUG = "networks"
ENGLISH_ADDITION = " We also list the coalitions we joined this year."


def load(context=None):
    untranslated = Page.objects.filter(slug=UNTRANSLATED_SLUG).first()
    if untranslated is not None:
        page = untranslated.specific
        if page.summary_ky or len(page.body_ky.raw_data):
            page.summary_ky = ""
            page.body_ky = []
            page.save_revision().publish()
    edited = Page.objects.filter(slug=EDITED_SLUG).first()
    if edited is not None and not edited.revisions.exists():
        page = edited.specific
        page.save_revision().publish()  # the translated version as first published
        page.intro_en = (page.intro_en or "") + f"<p>{ENGLISH_ADDITION.strip()}</p>"
        page.save_revision().publish()  # later, English alone changed
    return {}
