"""config/gunicorn.py: what the master prepares before forking workers."""

import importlib.util

from django.conf import settings
from django.template import engines


def gunicorn_config():
    spec = importlib.util.spec_from_file_location("gunicorn_config", settings.BASE_DIR / "config" / "gunicorn.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_master_compiles_the_sites_templates_and_not_the_packages():
    """A new worker's first page finds its templates compiled (shared with the master), not only the next one."""
    engine = engines["django"].engine
    loader = engine.template_loaders[0]
    loader.reset()
    gunicorn_config().compile_site_templates()
    compiled = set(loader.get_template_cache)
    assert {"base.html", "home/home_page.html", "publications/publication_page.html"} <= compiled
    assert not any(name.startswith(("wagtailadmin/", "admin/")) for name in compiled)
