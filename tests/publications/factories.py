import datetime

import factory
import wagtail_factories

from publications.models import (
    Addressee,
    FollowUpNote,
    PublicationIndexPage,
    PublicationPage,
    Recommendation,
    RecommendationFollowUp,
    RecommendationsPage,
    Topic,
)


class TopicFactory(factory.django.DjangoModelFactory):
    name_en = factory.Sequence(lambda n: f"Topic {n}")
    name_ru = factory.Sequence(lambda n: f"Тема {n}")
    name_ky = factory.Sequence(lambda n: f"Тема ky {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic


class AddresseeFactory(factory.django.DjangoModelFactory):
    name_en = factory.Sequence(lambda n: f"Ministry {n}")
    name_ru = factory.Sequence(lambda n: f"Министерство {n}")
    name_ky = factory.Sequence(lambda n: f"Министрлик {n}")
    slug = factory.Sequence(lambda n: f"ministry-{n}")

    class Meta:
        model = Addressee


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publications"
    title_en = "Publications"
    title_ru = "Публикации"
    title_ky = "Жарыялар"
    slug = "publications"

    class Meta:
        model = PublicationIndexPage


class RecommendationsPageFactory(wagtail_factories.PageFactory):
    title = "Recommendations database"
    title_en = "Recommendations database"
    title_ru = "База рекомендаций"
    title_ky = "Сунуштар базасы"
    slug = "recommendations"

    class Meta:
        model = RecommendationsPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Publication {n}")
    title_en = factory.SelfAttribute("title")
    title_ru = factory.Sequence(lambda n: f"Публикация {n}")
    title_ky = factory.Sequence(lambda n: f"Жарыя {n}")
    slug = factory.Sequence(lambda n: f"publication-{n}")
    kind = PublicationPage.Kind.NEWS
    publication_date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    summary_en = "A short summary in English."
    summary_ru = "Краткое содержание на русском."
    summary_ky = "Кыргызча кыскача мазмуну."

    class Meta:
        model = PublicationPage


class RecommendationFactory(factory.django.DjangoModelFactory):
    text_en = factory.Sequence(lambda n: f"Recommendation number {n} to act.")
    text_ru = factory.Sequence(lambda n: f"Рекомендация номер {n} действовать.")
    text_ky = factory.Sequence(lambda n: f"Аракет кылуу боюнча {n}-сунуш.")
    addressee = factory.SubFactory(AddresseeFactory)
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Recommendation
        skip_postgeneration_save = True

    @factory.post_generation
    def status(obj, create, extracted, **kwargs):
        """The status lives on the follow-up record, made when the recommendation is saved."""
        if create and extracted:
            RecommendationFollowUp.objects.filter(pk=obj.pk).update(status=extracted)


class FollowUpNoteFactory(factory.django.DjangoModelFactory):
    """A dated note on a recommendation's follow-up record: pass `recommendation=`."""

    date = datetime.date(2021, 3, 1)
    note_en = "The ministry replied."
    note_ru = "Министерство ответило."

    class Meta:
        model = FollowUpNote

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        recommendation = kwargs.pop("recommendation", None)
        if recommendation is not None:
            kwargs["follow_up"] = RecommendationFollowUp.objects.get(pk=recommendation.pk)
        return kwargs
