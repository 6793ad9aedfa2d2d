"""E-mails name the organisation as its settings do in the reader's language, not the site name in Latin."""

import pytest
from wagtail.models import Site

from home.models import OrganisationSettings
from newsletter import composing
from newsletter.models import Subscriber

from .factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def test_a_kyrgyz_reader_gets_the_organisation_name_in_kyrgyz(home_page, settings):
    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    organisation.organisation_name_en = "Bir Duino-Kyrgyzstan"
    organisation.organisation_name_ky = "Бир Дүйнө-Кыргызстан"
    organisation.save()
    reader = SubscriberFactory(language="ky", status=Subscriber.Status.PENDING)

    message = composing.notice_message(reader, "confirm")

    assert "Бир Дүйнө-Кыргызстан" in message.subject
    assert "Бир Дүйнө-Кыргызстан" in message.body
    assert "Bir Duino" in composing.organisation_name("en")


def test_without_organisation_settings_the_site_name_stands_in(home_page, settings):
    settings.WAGTAIL_SITE_NAME = "Test site"
    assert composing.organisation_name("ru") == "Test site"
