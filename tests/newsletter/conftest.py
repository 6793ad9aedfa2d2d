"""A real SMTP server (aiosmtpd, scripts/smtp_sink.py) receives what the tests send, through Django's SMTP backend."""

import pytest

from scripts.smtp_sink import SmtpSink
from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory, TopicFactory

from .factories import NewsletterPageFactory

SAME_SITE = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture
def smtp(settings):
    sink = SmtpSink().start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.NEWSLETTER_SEND_RATE = 0
    yield sink
    sink.stop()


@pytest.fixture
def newsletter_page(home_page):
    return NewsletterPageFactory(parent=home_page)


@pytest.fixture
def index_page(home_page):
    return PublicationIndexPageFactory(parent=home_page)


@pytest.fixture
def topics(db):
    return {"torture": TopicFactory(slug="torture"), "labour": TopicFactory(slug="labour")}


@pytest.fixture
def draft_statement(index_page, topics):
    """A statement saved but never published: publishing it is what mails it."""
    page = PublicationPageFactory(parent=index_page, kind="statement", live=False, title="Stop torture now")
    page.topics.set([topics["torture"]])
    page.save()
    return page


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publishes as the editor's request does; what waits for the commit (the mailing) runs after it."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return publish
