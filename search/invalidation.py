"""What changes mean for search (read by core.dispatcher, printed by `manage.py invalidation_table`): every page's
save queues its rows (a statement's with its recommendations'), a recommendation's save its own; a move or a view
restriction queues the placement of the subtree's rows. Deleted pages and recommendations take their rows with
them (the rows' foreign keys cascade)."""

from core.dispatcher import Invalidates, own_save

from .indexing import page_rows, recommendation_rows, subtree_rows

INVALIDATES = [
    # A publication has rows of its own in the dispatcher's table, so its search rows are declared for it too.
    Invalidates("publications.PublicationPage", on=("saved",), when=own_save, reindex=page_rows),
    Invalidates("publications.Recommendation", on=("saved",), when=own_save, reindex=recommendation_rows),
    Invalidates("wagtailcore.Page", on=("saved",), reindex=page_rows),
    Invalidates("wagtailcore.Page", on=("moved",), reindex=subtree_rows),
    Invalidates("wagtailcore.PageViewRestriction", on=("saved", "deleted"), reindex=subtree_rows),
]
