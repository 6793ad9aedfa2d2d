"""The public side: subscribe (footer and newsletter page), confirm, preferences, unsubscribe, delete.

The pages behind a token (from e-mails) are Django addresses rather than page routes, so the links in mail already
sent keep working whatever editors do to the page tree; they are never cached and not indexed. Confirming needs a
button (a POST): corporate link scanners open every link in a message, and must not subscribe anyone.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from . import subscriptions
from .forms import PreferencesForm, SubscribeForm
from .models import Subscriber
from .tasks import send_notice
from .templatetags.newsletter_tags import newsletter_page


@never_cache
@sensitive_post_parameters("email")
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    page = newsletter_page()
    if request.method != "POST":
        return HttpResponseRedirect(page.url if page else "/")
    form = SubscribeForm(request.POST)
    status = 200
    if form.is_valid():
        if form.is_spam:  # bots see the same answer; nothing is stored or sent
            return token_page(request, "check_inbox", {})
        if is_ratelimited(
            request,
            group="newsletter-subscribe",
            key="ip",
            rate=settings.NEWSLETTER_SUBSCRIBE_RATE,
            method="POST",
            increment=True,
        ):
            form.add_error(
                None,
                _("Several subscriptions were asked from your connection in a short time. Please try again later."),
            )
            status = 429
        else:
            data = form.cleaned_data
            subscriber, notice = subscriptions.request_subscription(
                data["email"], data["language"], data["kinds"], data["topics"]
            )
            if notice:
                send_notice.enqueue(subscriber.pk, notice)
            # The same page whether the address was new, known or suppressed.
            return token_page(request, "check_inbox", {})
    else:
        status = 400
    return token_page(request, "subscribe", {"form": form}, status=status)


def subscriber_or_404(token):
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        raise Http404("Unknown or expired link.")
    return subscriber


def token_page(request, template, context, status=200):
    context = {
        "newsletter_page": newsletter_page(),
        "confirm_days": settings.NEWSLETTER_CONFIRM_DAYS,
        "retention_days": settings.NEWSLETTER_RETENTION_DAYS,
        **context,
    }
    return render(request, f"newsletter/{template}.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    subscriber = subscriber_or_404(token)
    if request.method != "POST":
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return token_page(request, "confirmed", {"subscriber": subscriber})
        if subscriber.confirmation_expired() or subscriber.status != Subscriber.Status.PENDING:
            return token_page(request, "expired", {}, status=410)
        return token_page(request, "confirm", {"subscriber": subscriber})
    if not subscriptions.confirm(subscriber):
        return token_page(request, "expired", {}, status=410)
    return token_page(request, "confirmed", {"subscriber": subscriber})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET shows a button; any POST unsubscribes at once (RFC 8058: `List-Unsubscribe=One-Click` from the mail
    provider, or the button), with no cookie, CSRF token or Origin. The address is never shown: the link may
    have been forwarded."""
    subscriber = subscriber_or_404(token)
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
        return token_page(request, "unsubscribed", {"subscriber": subscriber})
    return token_page(request, "unsubscribe", {"subscriber": subscriber})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request, token):
    subscriber = subscriber_or_404(token)
    if subscriber.status != Subscriber.Status.CONFIRMED:
        return token_page(request, "not_subscribed", {"subscriber": subscriber})
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            subscriptions.update_preferences(subscriber, data["language"], data["kinds"], data["topics"])
            saved = True
    else:
        form = PreferencesForm(
            initial={
                "language": subscriber.language,
                "kinds": subscriber.kinds,
                "topics": list(subscriber.topics.all()),
            }
        )
    status = 400 if form.is_bound and not form.is_valid() else 200
    return token_page(request, "preferences", {"subscriber": subscriber, "form": form, "saved": saved}, status)


@never_cache
@require_http_methods(["POST"])
def delete(request, token):
    """Deletion on request, by the reader: the address and its choices are gone at once."""
    subscriptions.delete(subscriber_or_404(token))
    return token_page(request, "deleted", {})
