from wagtail import hooks

from . import views
from .admin_views import IntakeRequestViewSet
from .models import GetHelpPage


@hooks.register("register_admin_viewset")
def register_intake_requests():
    return IntakeRequestViewSet()


@hooks.register("on_serve_page")
def answer_get_help_posts(serve_page):
    """The Get help page's POST goes to intake.views.submit (after Wagtail's own checks, such as privacy);
    every other request is served as usual."""

    def serve(page, request, args, kwargs):
        if request.method == "POST" and isinstance(page, GetHelpPage):
            return views.submit(request, page)
        return serve_page(page, request, args, kwargs)

    return serve
