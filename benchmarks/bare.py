"""A truly bare Django app, the bench's first ceiling: no installed apps, no middleware, no database, one view
returning the fixed 20 KB page. Served by the same gunicorn settings as the site
(`gunicorn -c config/gunicorn.py benchmarks.bare:application`), so a page's ratio to it is the whole price of
the site's stack; /bench/ceiling/ (the same page inside the site's middleware) is the second, in-stack ceiling.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

from benchmarks.page20k import BODY

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-only-bare-app-not-secret-0123456789",  # noqa: S106 (local benchmark only)
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    DATABASES={},
)


def page(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("bench/ceiling/", page)]
application = get_wsgi_application()
