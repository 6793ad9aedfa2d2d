"""Which pages and snippets lack a translation, or have one older than their English text.

A language is *missing* parts when a visitor reading it would see them in another language
(translations.judgement decides, for the board and the pages' own notices alike); *outdated* when a revision
changed the English text (fields or inline rows such as recommendations) after the last revision that changed
that language's text; else *complete*.

Each object's judgement is stored (home.models.TranslationState) when it or a revision of it is saved, and by
`refresh_translation_states` after a bulk import, so the board filters, counts and pages in the database.
"""

from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.signals import post_delete, post_save
from django.utils.text import capfirst
from modeltranslation.translator import translator
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, Revision
from wagtail.signals import page_published

from .judgement import missing_parts, source_language, target_languages, translated_fields
from .models import TranslationState

COMPLETE, MISSING, OUTDATED = "complete", "missing", "outdated"
STATES = (COMPLETE, MISSING, OUTDATED)


@dataclass
class LanguageStatus:
    language: str
    state: str
    missing_fields: list = field(default_factory=list)  # stored names: fields, then parts ("recommendations")
    edit_url: str = ""
    missing_labels: list = field(default_factory=list)  # their names in the editor's language


@dataclass
class Row:
    obj: object
    title: str
    type_name: str
    edit_url: str
    statuses: dict


def revision_text(content, names, children, language):
    """A revision's text in one language: its fields, then each inline relation's rows (recommendations…)."""
    values = [content.get(f"{name}_{language}") for name in names]
    for relation, fields in children.items():
        values.append([[row.get(f"{name}_{language}") for name in fields] for row in content.get(relation) or []])
    return values


def last_changes(revisions, names, languages, children=None):
    """For each language, when a revision last changed its text (revisions oldest first)."""
    children = children or {}
    changed = {}
    previous = {}
    for revision in revisions:
        content = revision.content or {}
        for language in languages:
            values = revision_text(content, names, children, language)
            if values != previous.get(language, revision_text({}, names, children, language)):
                changed[language] = revision.created_at
            previous[language] = values
    return changed


def translated_children(obj):
    """{relation: translated fields of its rows} for the inline rows a page keeps in its revisions."""
    model = type(obj)
    relations = getattr(obj, "translated_children", ())
    return {relation: translated_fields(model._meta.get_field(relation).related_model) for relation in relations}


def page_revisions(page_ids):
    """Every revision of the given pages, oldest first, grouped by page (one query)."""
    by_page = {}
    revisions = Revision.page_revisions.filter(object_id__in=[str(pk) for pk in page_ids]).order_by("created_at", "pk")
    for revision in revisions.only("object_id", "created_at", "content"):
        by_page.setdefault(int(revision.object_id), []).append(revision)
    return by_page


def statuses_for(obj, edit_url, revisions):
    names = translated_fields(type(obj))
    languages = [source_language(), *target_languages()]
    changed = last_changes(revisions, names, languages, translated_children(obj)) if revisions else {}
    english_changed = changed.get(source_language())
    result = {}
    for language in target_languages():
        missing = missing_parts(obj, language)
        if missing:
            state = MISSING
        elif english_changed and changed.get(language) and english_changed > changed[language]:
            state = OUTDATED
        else:
            state = COMPLETE
        url = f"{edit_url}?translation={language}" if edit_url else ""
        result[language] = LanguageStatus(language, state, missing, url)
    return result


@cache
def snippet_models():
    """Registered once at start-up; read on every save of any model, so computed once."""
    return frozenset(
        model
        for model in translator.get_registered_models(abstract=False)
        if not issubclass(model, Page) and not model._meta.proxy
    )


def boarded_snippet_models():
    """Translated models editable on their own in the admin (inline rows are translated on their page)."""
    finder = AdminURLFinder()
    models = []
    for model in snippet_models():
        sample = model._default_manager.first()
        if sample is not None and finder.get_edit_url(sample):
            models.append(model)
    return models


def judged(obj, revisions):
    is_page = isinstance(obj, Page)
    type_name = type(obj)._meta.label_lower  # shown in the editor's language (type_label), filtered by
    title = obj.title if is_page else str(obj)
    statuses = statuses_for(obj, "", revisions)
    return TranslationState(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        title=title[:255],
        type_name=type_name[:255],
        is_page=is_page,
        sort_key=(f"0{obj.path}" if is_page else f"1{type_name}:{title}")[:300],
        states={code: {"state": entry.state, "missing": entry.missing_fields} for code, entry in statuses.items()},
    )


def store(obj):
    """Judges one page or snippet again (its own revisions only) and keeps the result."""
    revisions = page_revisions([obj.pk]).get(obj.pk) if isinstance(obj, Page) else None
    state = judged(obj, revisions)
    TranslationState.objects.update_or_create(
        content_type=state.content_type,
        object_id=state.object_id,
        defaults={name: getattr(state, name) for name in ("title", "type_name", "is_page", "sort_key", "states")},
    )


def rebuild_all(batch=500):
    """Every page and editable snippet, a batch of pages at a time (their specific rows and revisions)."""
    ids = list(Page.objects.exclude(depth__lte=1).order_by("path").values_list("pk", flat=True))
    states = []
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        revisions = page_revisions(chunk)
        states += [judged(page, revisions.get(page.pk)) for page in Page.objects.filter(pk__in=chunk).specific()]
    for model in boarded_snippet_models():
        states += [judged(obj, None) for obj in model._default_manager.all()]
    with transaction.atomic():
        TranslationState.objects.all().delete()
        TranslationState.objects.bulk_create(states, batch_size=1000)
    return len(states)


# --- Kept on every save ------------------------------------------------------------------------------------------


def on_saved(sender, instance, raw=False, **kwargs):
    # Not on a Revision's save: Wagtail saves the page right after creating or publishing one, and judging
    # then reads every revision including the new one.
    if raw or not (isinstance(instance, Page) or sender in snippet_models()):
        return
    if instance.pk is not None:
        store_if_present(type(instance), instance.pk)
    if sender in snippet_models():
        store_pages_showing(sender)


def on_published(sender, instance, **kwargs):
    """A publish saves the page before its inline rows (recommendations): judge it again once they are saved."""
    store_if_present(type(instance), instance.pk)


@cache
def pages_showing():
    """{snippet model: page models that show its objects} (TranslationNoticeMixin.translation_snippet_models)."""
    showing = {}
    for page_model in apps.get_models():
        for label in getattr(page_model, "translation_snippet_models", ()):
            if issubclass(page_model, Page):
                showing.setdefault(apps.get_model(label), []).append(page_model)
    return showing


def store_pages_showing(snippet_model):
    """Pages that show a changed snippet (a testimonial on the testimonials page) are judged again."""
    for page_model in pages_showing().get(snippet_model, []):
        for page in page_model.objects.filter(depth__gt=1):
            store(page)


def store_if_present(model, pk):
    obj = model._default_manager.filter(pk=pk).first()
    if isinstance(obj, Page) and obj.depth <= 1:
        return  # the tree's root is not a page editors translate
    if obj is not None and (isinstance(obj, Page) or AdminURLFinder().get_edit_url(obj)):
        store(obj.specific if isinstance(obj, Page) else obj)


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or sender in snippet_models():
        TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
        ).delete()
    if sender in snippet_models():
        store_pages_showing(sender)


def connect():
    post_save.connect(on_saved, dispatch_uid="home-translation-state-save")
    post_delete.connect(on_deleted, dispatch_uid="home-translation-state-delete")
    page_published.connect(on_published, dispatch_uid="home-translation-state-published")


# --- Read by the board and the dashboard -------------------------------------------------------------------------


def board_rows(user, states):
    """Rows for the given stored states (one page of the board), with edit links the user may follow."""
    finder = AdminURLFinder(user)
    by_type = {}
    for state in states:
        by_type.setdefault(state.content_type_id, []).append(state.object_id)
    objects = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        manager = Page.objects if issubclass(model, Page) else model._default_manager
        for obj in manager.filter(pk__in=ids):
            objects[(content_type_id, str(obj.pk))] = obj
    rows = []
    for state in states:
        obj = objects.get((state.content_type_id, state.object_id))
        model = ContentType.objects.get_for_id(state.content_type_id).model_class()
        edit_url = (finder.get_edit_url(obj) or "") if obj is not None else ""
        statuses = {
            code: LanguageStatus(
                code,
                entry["state"],
                entry["missing"],
                f"{edit_url}?translation={code}" if edit_url else "",
                [part_label(model, name) for name in entry["missing"]],
            )
            for code, entry in state.states.items()
        }
        rows.append(Row(obj, state.title, type_label(model), edit_url, statuses))
    return rows


def type_label(model):
    return capfirst(model._meta.verbose_name) if model is not None else ""


def part_label(model, name):
    """A missing part's name in the editor's language: the field's verbose name, or the page's part label."""
    if model is None:
        return name
    labels = getattr(model, "translation_part_labels", {})
    if name in labels:
        return labels[name]
    try:
        return model._meta.get_field(name).verbose_name
    except (FieldDoesNotExist, AttributeError):
        return name


def in_state(language, state):
    return Q(**{f"states__{language}__state": state})


def ensure_built():
    """The first read after upgrading (or after a bulk import into an empty table) judges everything once."""
    if not TranslationState.objects.exists() and Page.objects.filter(depth__gt=1).exists():
        rebuild_all()


def counts():
    """{language: {state: number}} for the dashboard, in one query."""
    ensure_built()
    figures = TranslationState.objects.aggregate(
        **{
            f"{language}:{state}": Count("pk", filter=in_state(language, state))
            for language in target_languages()
            for state in STATES
        }
    )
    return {language: {state: figures[f"{language}:{state}"] for state in STATES} for language in target_languages()}


def content_type_choices():
    """(stored type, its name in the editor's language) of every type on the board, by name."""
    labels = TranslationState.objects.order_by("type_name").values_list("type_name", flat=True).distinct()
    choices = []
    for label in labels:
        try:
            choices.append((label, type_label(apps.get_model(label))))
        except (LookupError, ValueError):
            continue  # a type removed since it was judged
    return sorted(choices, key=lambda choice: str(choice[1]))
