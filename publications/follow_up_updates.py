"""Changing how recommendations are followed up: one record in its editor, or many at once after a UN review
or a ministry's reply (the bulk action). Every status change is logged on its record — who, when, from what to
what — and the record's editor and its History show those entries."""

from django.db import transaction
from django.db.models import Max
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from .models import FollowUpNote, RecommendationFollowUp

STATUS_CHANGED = "publications.follow_up_status"


def log_status_change(record, before, user):
    """Logs the record's status change, if it changed (an edit that only adds a note logs none here)."""
    if before is not None and before != record.status:
        log(instance=record, action=STATUS_CHANGED, user=user, data={"from": before, "to": record.status})


def status_before(record):
    """The status as stored, before a form's changes (which are already on the instance) are saved."""
    return RecommendationFollowUp.objects.filter(pk=record.pk).values_list("status", flat=True).first()


def status_history(record, limit=20):
    """The record's status changes, newest first, with who made them."""
    if record.pk is None:
        return []
    entries = ModelLogEntry.objects.for_instance(record).filter(action=STATUS_CHANGED)
    return list(entries.select_related("user").order_by("-timestamp", "-pk")[:limit])


@transaction.atomic
def set_status(records, status, date, note_texts, user):
    """One status and one dated note for every record, in one transaction: each record is saved with its own
    revision and log entries, so its history reads as if it had been edited alone. `note_texts` maps the
    note's translated field names (note_en, note_ru, …) to their text. Returns how many records changed."""
    for record in records:
        before = record.status
        record.status = status
        record.save(update_fields=["status"])
        last = FollowUpNote.objects.filter(follow_up=record).aggregate(last=Max("sort_order"))["last"]
        FollowUpNote.objects.create(follow_up=record, date=date, sort_order=(last or 0) + 1, **note_texts)
        record.save_revision(user=user, log_action=True)
        log_status_change(record, before, user)
    return len(records)
