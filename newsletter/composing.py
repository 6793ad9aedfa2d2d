"""The e-mails: the double opt-in and "already subscribed" notices, a publication, the weekly digest.

HTML and plain text in the reader's language (the page's fields fall back as on the site: ky → ru → en). No
images, no tracking pixel, no redirector: every link is the page's own address. A mailing's text is rendered once
per language (and digest selection) with a placeholder where the reader's token goes, then copied per reader.
"""

from email.utils import parseaddr
from urllib.parse import quote

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.models.site_settings import OrganisationSettings

from .audience import digest_items_for
from .models import Mailing

# Letters only, so it survives HTML escaping and URL building unchanged, like a real token.
TOKEN_PLACEHOLDER = "QnewsletterQtokenQplaceholderQ"  # noqa: S105 (not a secret)
KEY_RECOMMENDATIONS = 5


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def organisation_name(language):
    """The organisation's name as its settings give it in the reader's language (Kyrgyz readers see it in
    Cyrillic), else the site name."""
    with translation.override(language):
        site = Site.objects.filter(is_default_site=True).first()
        organisation = OrganisationSettings.for_site(site) if site else None
        return (organisation.organisation_name if organisation else "") or settings.WAGTAIL_SITE_NAME


def sender_domain():
    return parseaddr(settings.NEWSLETTER_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"


def subscriber_links(language, token):
    with translation.override(language):
        return {
            name: absolute(reverse(f"newsletter:{name}", args=[token]))
            for name in ("confirm", "unsubscribe", "preferences")
        }


def unsubscribe_mailto(token):
    address = settings.NEWSLETTER_UNSUBSCRIBE_MAILTO or parseaddr(settings.NEWSLETTER_FROM_EMAIL)[1]
    return f"mailto:{address}?subject={quote(f'unsubscribe {token}')}"


def list_headers(language, token):
    """RFC 2369 and RFC 8058: mail clients show an unsubscribe button; a POST to the https address (or a message to
    the mailto one) unsubscribes at once."""
    links = subscriber_links(language, token)
    return {
        "List-Unsubscribe": f"<{links['unsubscribe']}>, <{unsubscribe_mailto(token)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"{settings.WAGTAIL_SITE_NAME} <newsletter.{sender_domain()}>",
    }


def page_address(page, language):
    with translation.override(language):
        _site_id, _root, path = page.get_url_parts()
        return absolute(path) if path else ""


def render_pair(template, context, language):
    with translation.override(language):
        context = {"site_name": organisation_name(language), "language": language, **context}
        text = render_to_string(f"newsletter/email/{template}.txt", context)
        html = render_to_string(f"newsletter/email/{template}.html", context)
    return text, html


def build(subject, text, html, to, headers=None, connection=None):
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.NEWSLETTER_FROM_EMAIL,
        to=[to],
        headers=headers or {},
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message


def notice_message(subscriber, notice):
    """The double opt-in e-mail ("confirm") or, for an address already subscribed, a note with its links."""
    language = subscriber.language
    links = subscriber_links(language, subscriber.token)
    context = {"links": links, "expires_at": subscriber.confirmation_expires_at, "notice": notice}
    text, html = render_pair(notice, context, language)
    site = organisation_name(language)
    with translation.override(language):
        if notice == "confirm":
            subject = _("Please confirm your subscription to %(site)s") % {"site": site}
        else:
            subject = _("You are already subscribed to %(site)s") % {"site": site}
    return build(subject, text, html, subscriber.email)


def publication_context(page, language):
    with translation.override(language):
        recommendations = page.get_recommendations()
        return {
            "page": page,
            "title": page.title,
            "kind": page.get_kind_display(),
            "date": page.publication_date,
            "summary": page.summary,
            "url": page_address(page, language),
            "pdf_url": page_address(page, language) + "pdf/",
            "recommendations": [
                {"text": item.text, "addressee": str(item.addressee) if item.addressee_id else ""}
                for item in recommendations[:KEY_RECOMMENDATIONS]
            ],
            "more_recommendations": max(0, len(recommendations) - KEY_RECOMMENDATIONS),
        }


def publication_message_parts(page, language):
    context = publication_context(page, language)
    text, html = render_pair(
        "publication", {**context, "links": subscriber_links(language, TOKEN_PLACEHOLDER)}, language
    )
    return context["title"], text, html


def digest_message_parts(pages, language):
    items = [publication_context(page, language) for page in pages]
    context = {"items": items, "links": subscriber_links(language, TOKEN_PLACEHOLDER)}
    text, html = render_pair("digest", context, language)
    site = organisation_name(language)
    with translation.override(language):
        subject = _("New from %(site)s: %(first)s") % {"site": site, "first": items[0]["title"]}
        if len(items) > 1:
            subject = _("New from %(site)s this week: %(count)s publications") % {
                "site": site,
                "count": len(items),
            }
    return subject, text, html


class MailingComposer:
    """Builds each recipient's copy of one mailing; rendering is shared by readers of one language (and, for the
    digest, the same selection of publications)."""

    def __init__(self, mailing):
        self.mailing = mailing
        self.rendered = {}
        self.items = list(mailing.items.prefetch_related("topics").order_by("first_published_at"))

    def parts(self, language, pages):
        key = (language, tuple(page.pk for page in pages))
        if key not in self.rendered:
            if self.mailing.kind == Mailing.Kind.PUBLICATION:
                self.rendered[key] = publication_message_parts(pages[0], language)
            else:
                self.rendered[key] = digest_message_parts(pages, language)
        return self.rendered[key]

    def pages_for(self, subscriber, chosen_topics):
        if self.mailing.kind == Mailing.Kind.PUBLICATION:
            return [self.mailing.publication] if self.mailing.publication else []
        return digest_items_for(subscriber, self.items, chosen_topics)

    def message(self, delivery, chosen_topics, connection=None):
        """The recipient's message, or None when nothing in the mailing is for them any more."""
        subscriber = delivery.subscriber
        pages = self.pages_for(subscriber, chosen_topics)
        if not pages:
            return None
        subject, text, html = self.parts(subscriber.language, pages)
        token = subscriber.token
        message = build(
            subject,
            text.replace(TOKEN_PLACEHOLDER, token),
            html.replace(TOKEN_PLACEHOLDER, token),
            subscriber.email,
            headers=list_headers(subscriber.language, token),
            connection=connection,
        )
        # One Message-ID per delivery: a copy that did arrive twice is recognisable as the same message.
        message.extra_headers["Message-ID"] = f"<newsletter.{delivery.pk}@{sender_domain()}>"
        return message


def test_message(page, language, to):
    """An editor's test of a publication's e-mail (its latest draft), with links that unsubscribe nobody."""
    subject, text, html = publication_message_parts(page, language)
    with translation.override(language):
        subject = _("[Test] %(subject)s") % {"subject": subject}
    return build(subject, text, html, to, headers=list_headers(language, TOKEN_PLACEHOLDER))
