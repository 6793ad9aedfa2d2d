"""Production gunicorn settings: `gunicorn -c config/gunicorn.py config.wsgi` (the bench uses them too).

The app is loaded once in the master (preload) with its URLs, redis-py and the site's templates loaded, then every
object alive at that point is moved out of the garbage collector's reach (`gc.freeze()`): the workers share
those pages copy-on-write and their collections only walk what requests allocate, so no request pays for a
full collection over Django's and Wagtail's start-up objects. Command-line options (`--workers`, `--bind`)
override the values here.

Each instance has its own control socket (`gunicornc`): GUNICORN_CONTROL_SOCKET, or one named after the bind
address in gunicorn's default folder, so two instances on one machine never share one.
"""

import gc
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
preload_app = True


def _control_socket():
    folder = os.environ.get("XDG_RUNTIME_DIR") or os.path.expanduser("~/.gunicorn")
    return os.path.join(folder, "gunicorn-" + bind.replace(":", "-").replace("/", "-") + ".ctl")


control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET") or _control_socket()


def when_ready(server):
    """In the master, after the preloaded app: import the lazy parts, then freeze what start-up left."""
    from django.db import connections
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports every view module now, once, in the master)
    import redis  # noqa: F401 (Django's Redis cache imports it on first use: 35 ms in every worker)

    compile_site_templates()
    connections.close_all()  # no connection may be shared by forked workers
    gc.collect()
    gc.freeze()


def compile_site_templates():
    """Compiles the site's own templates (not the installed packages') once, in the master: a new worker's first
    requests would otherwise each compile the templates their page uses (a cold process's first home page: 53 ms
    of CPU, 3 ms with them compiled). A template that fails here fails where it is used, as before."""
    import sys
    from pathlib import Path

    from django.conf import settings
    from django.template import engines

    for backend in engines.all():
        for folder in map(Path, backend.template_dirs):  # DIRS, then each installed app's templates/
            if not folder.is_relative_to(settings.BASE_DIR) or folder.is_relative_to(sys.prefix):
                continue
            for path in folder.rglob("*.html"):
                try:
                    backend.get_template(path.relative_to(folder).as_posix())
                except Exception:  # noqa: BLE001, S112 (compiled again, and reported, where a page uses it)
                    continue


def post_fork(server, worker):
    from django.db import connections

    connections.close_all()
