"""What a change queues for search (named in the apps' invalidation tables, read by core.dispatcher). Each queues
a task (search.tasks) that rebuilds the rows once the change commits: with the database queue the task is stored
in the change's own transaction, so a rolled-back change queues nothing."""

from wagtail.models import Page

from . import tasks


def page_rows(page, event):
    """the page's rows (and a statement's recommendations' rows)"""
    tasks.index_page.enqueue(page.pk)


def recommendation_rows(recommendation, event):
    """the recommendation's rows"""
    tasks.index_recommendation.enqueue(recommendation.pk)


def subtree_rows(instance, event):
    """where the rows of every page below sit, and whether they are listed"""
    page_id = instance.pk if isinstance(instance, Page) else instance.page_id
    tasks.refresh_placement.enqueue(page_id)
