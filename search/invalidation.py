"""What changes to pages mean for search (read by core.dispatcher, printed by `manage.py invalidation_table`):
every page's save queues its rows; a move or a view restriction queues the placement of the subtree's rows.
Publications declare their statements' and recommendations' rows in their own table."""

from core.dispatcher import Invalidates

from .indexing import page_rows, subtree_rows

INVALIDATES = [
    Invalidates("wagtailcore.Page", on=("saved",), reindex=page_rows),
    Invalidates("wagtailcore.Page", on=("moved",), reindex=subtree_rows),
    Invalidates("wagtailcore.PageViewRestriction", on=("saved", "deleted"), reindex=subtree_rows),
]
