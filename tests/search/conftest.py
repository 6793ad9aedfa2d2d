# Search finds the publications' content: their fixtures (a statement with recommendations, an index page).
from tests.publications.conftest import (  # noqa: F401
    addressees,
    clear_cache,
    index_page,
    recommendations_page,
    statement,
    topics,
)
