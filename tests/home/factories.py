import factory
import wagtail_factories

from home.models import ContentPage, HomePage, NetworkOrganisation, NetworkPage, Testimonial, TestimonialIndexPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    title_en = "Home"
    hero_heading_en = "Defending human rights"
    mission_en = "<p>Our mission.</p>"

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    title_en = factory.SelfAttribute("title")
    intro_en = "An introduction."

    class Meta:
        model = ContentPage


class TestimonialIndexPageFactory(wagtail_factories.PageFactory):
    title = "Testimonials"
    title_en = "Testimonials"
    slug = "testimonials"

    class Meta:
        model = TestimonialIndexPage


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = "Networks"
    title_en = "Networks"
    slug = "networks"

    class Meta:
        model = NetworkPage


class TestimonialFactory(factory.django.DjangoModelFactory):
    headline_en = factory.Sequence(lambda n: f"Headline {n}")
    name_en = factory.Sequence(lambda n: f"Person {n}")
    age = 30
    role_en = "volunteer"
    quote_en = "It changed how I see my rights."
    consent_given = True

    class Meta:
        model = Testimonial


class NetworkOrganisationFactory(factory.django.DjangoModelFactory):
    name_en = factory.Sequence(lambda n: f"Network {n}")
    acronym_en = factory.Sequence(lambda n: f"N{n}")
    relation = NetworkOrganisation.Relation.MEMBER
    website = "https://example.org/"

    class Meta:
        model = NetworkOrganisation
