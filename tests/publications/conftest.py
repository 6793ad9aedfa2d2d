import datetime
import json

import pytest

from publications.models import PublicationPage, Recommendation

from .factories import (
    AddresseeFactory,
    FollowUpNoteFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    RecommendationFactory,
    RecommendationsPageFactory,
    TopicFactory,
)


def body(language, heading, text, recommendations_heading):
    return json.dumps(
        [
            {"type": "heading", "value": {"text": heading}},
            {"type": "paragraph", "value": f"<p>{text}</p>"},
            {"type": "heading", "value": {"text": f"{heading} 2"}},
            {"type": "recommendations", "value": {"heading": recommendations_heading, "intro": ""}},
        ]
    )


@pytest.fixture
def index_page(home_page):
    return PublicationIndexPageFactory(parent=home_page)


@pytest.fixture
def recommendations_page(home_page):
    return RecommendationsPageFactory(parent=home_page)


@pytest.fixture
def topics(db):
    return {
        "torture": TopicFactory(slug="torture", name_en="Torture prevention", name_ru="Предупреждение пыток"),
        "elections": TopicFactory(slug="elections", name_en="Elections", name_ru="Выборы", name_ky="Шайлоо"),
    }


@pytest.fixture
def addressees(db):
    return {
        "parliament": AddresseeFactory(slug="parliament", name_en="Jogorku Kenesh", name_ru="Жогорку Кенеш"),
        "prisons": AddresseeFactory(slug="prisons", name_en="Penitentiary Service", name_ru="Служба наказаний"),
    }


@pytest.fixture
def statement(index_page, topics, addressees):
    page = PublicationPageFactory(
        parent=index_page,
        slug="joint-statement",
        title="Statement on closed institutions",
        title_en="Statement on closed institutions",
        title_ru="Заявление о закрытых учреждениях",
        title_ky="Жабык мекемелер тууралуу билдирүү",
        kind=PublicationPage.Kind.STATEMENT,
        publication_date=datetime.date(2020, 8, 25),
        summary_en="Monitors were kept out of prisons during the pandemic.",
        summary_ru="Мониторов не пускали в тюрьмы во время пандемии.",
        summary_ky="Пандемия учурунда мониторлорду түрмөлөргө киргизишкен жок.",
        body_en=body("en", "Situation in prisons", "Prisons were closed to lawyers.", "Our recommendations"),
        body_ru=body("ru", "Положение в тюрьмах", "Тюрьмы закрыли для адвокатов.", "Наши рекомендации"),
        body_ky=body("ky", "Түрмөлөрдөгү абал", "Түрмөлөр адвокаттар үчүн жабылды.", "Биздин сунуштар"),
    )
    page.topics.set([topics["torture"]])
    page.save()
    first = RecommendationFactory(
        publication=page,
        addressee=addressees["prisons"],
        text_en="Let independent monitors visit every prison.",
        text_ru="Допустить независимых мониторов в каждую тюрьму.",
        text_ky="Көз карандысыз мониторлорду ар бир түрмөгө киргизүү.",
        status=Recommendation.Status.REJECTED,
    )
    first.topics.set([topics["torture"]])
    first.save()
    FollowUpNoteFactory(recommendation=first)
    second = RecommendationFactory(
        publication=page,
        addressee=addressees["parliament"],
        text_en="Withdraw the bill restricting NGOs.",
        text_ru="Отозвать законопроект, ограничивающий НКО.",
        text_ky="КЭУлорду чектеген мыйзам долбоорун кайтарып алуу.",
        status=Recommendation.Status.UNDER_CONSIDERATION,
    )
    second.topics.set([topics["elections"]])
    second.save()
    return PublicationPage.objects.get(pk=page.pk)


@pytest.fixture
def news_2022(index_page, topics):
    page = PublicationPageFactory(
        parent=index_page,
        slug="election-news",
        title="Observers report on the election",
        title_en="Observers report on the election",
        title_ru="Наблюдатели о выборах",
        title_ky="",
        kind=PublicationPage.Kind.NEWS,
        publication_date=datetime.date(2022, 3, 1),
    )
    page.topics.set([topics["elections"]])
    page.save()
    return page


@pytest.fixture(autouse=True)
def clear_cache():
    """Cached reference data lives outside the rolled-back database; every test starts without it."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
