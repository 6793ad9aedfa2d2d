import factory
import wagtail_factories

from newsletter.models import NewsletterPage, Subscriber


class NewsletterPageFactory(wagtail_factories.PageFactory):
    title = "Statements by e-mail"
    title_en = "Statements by e-mail"
    title_ru = "Заявления по почте"
    title_ky = "Билдирүүлөр почта аркылуу"
    slug = "newsletter"

    class Meta:
        model = NewsletterPage


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "en"
    status = Subscriber.Status.CONFIRMED

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
