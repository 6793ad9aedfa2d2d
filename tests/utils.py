"""Helpers for driving the Wagtail admin from tests."""

from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield


def page_edit_form_data(client, page, streams=None):
    """The edit form's data as the admin would post it.

    StreamFields are drawn by the admin's JavaScript, so they are absent from the HTML: each one is posted from
    `streams` ({field name: [(block type, value), …]}) or empty.
    """
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    streams = streams or {}
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            data.update(nested_form_data({field.name: streamfield(streams.get(field.name, []))}))
    return data
