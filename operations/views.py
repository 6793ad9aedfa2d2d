from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import run_checks


@never_cache
@require_GET
def healthz(request):
    """200 when the site can serve and do its background work, 503 naming what is wrong (for monitors)."""
    checks = run_checks()
    # "not checked" alone never fails: it follows a failing check (the database) or a setting (development).
    healthy = all(result == "ok" or result.startswith("not checked") for result in checks.values())
    body = {"status": "ok" if healthy else "failing", "checks": checks}
    return JsonResponse(body, status=200 if healthy else 503)
