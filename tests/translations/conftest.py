# The board judges the publications' statements too: their index page fixture.
from tests.publications.conftest import clear_cache, index_page  # noqa: F401
