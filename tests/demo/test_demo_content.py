import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import NetworkOrganisation, Testimonial

pytestmark = pytest.mark.django_db


def tree():
    return list(Page.objects.order_by("path").values_list("path", "slug", "title_en", "title_ru", "title_ky"))


def test_demo_loader_builds_the_site_and_a_second_run_changes_nothing(demo_site):
    first = tree()
    counts = (Testimonial.objects.count(), NetworkOrganisation.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert tree() == first
    assert (Testimonial.objects.count(), NetworkOrganisation.objects.count()) == counts
    slugs = {slug for _, slug, *_ in first}
    assert {"home", "about", "testimonials", "networks", "contact"} <= slugs
    # Every page has its title in all three languages.
    for _, slug, en, ru, ky in first[1:]:
        assert en and ru and ky, slug
    assert {n.acronym for n in NetworkOrganisation.objects.filter(relation="member")} == {
        "FIDH",
        "GNDR",
        "CSP",
        "FORUM-ASIA",
    }


def test_if_empty_leaves_an_existing_site_alone(demo_site, capsys):
    call_command("load_demo_content", "--if-empty")
    assert "already has content" in capsys.readouterr().out
