"""Indexing through the task queue (django-tasks): a save queues its page's rows, and the worker rebuilds them
after the change commits, so no editor waits for the text of three languages to be stemmed. Tests record tasks
unless they ask for `tasks_run_at_once`.

A page's entry in Wagtail's own index (which only the admin searches) is written by the same task: Wagtail's
own post-save indexing is switched off for pages (search/apps.py), so each save indexes a page once."""

from django_tasks import task
from wagtail.models import Page
from wagtail.search import index as wagtail_index

from . import documents


@task()
def index_page(page_id):
    documents.index_page(page_id)
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        wagtail_index.insert_or_update_object(page.specific)


@task()
def index_recommendation(recommendation_id):
    documents.index_recommendation(recommendation_id)


@task()
def refresh_placement(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        documents.refresh_placement(page)
