"""Every page type of the organisation: where it can live, and that it routes, renders, edits and previews."""

from django.core.cache import cache
from django.core.management import call_command
from django.urls import resolve
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import rich_text

from home.models import ContactPage, ContentPage, HomePage, NetworkPage, TestimonialIndexPage
from tests.conftest import make_default_site
from tests.home.factories import (
    ContentPageFactory,
    HomePageFactory,
    NetworkPageFactory,
    TestimonialIndexPageFactory,
)
from tests.utils import page_edit_form_data

LANGUAGES = ("en", "ru", "ky")


class OrganisationPageTypesTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("update_translation_fields", verbosity=0)
        root = Page.get_first_root_node()
        for child in root.get_children():
            child.delete()
        cls.home = HomePageFactory(parent=root, slug="home")
        make_default_site(cls.home)
        cls.about = ContentPageFactory(parent=cls.home, slug="about", title="About us", title_ru="О нас")
        cls.testimonials = TestimonialIndexPageFactory(parent=cls.home)
        cls.networks = NetworkPageFactory(parent=cls.home)
        cls.contact = ContactPage(title="Contact", title_en="Contact", slug="contact", to_address="team@example.org")
        cls.home.add_child(instance=cls.contact)
        cls.pages = [cls.home, cls.about, cls.testimonials, cls.networks, cls.contact]

    def setUp(self):
        super().setUp()
        cache.clear()

    def tearDown(self):
        translation.activate("en")

    def test_where_each_page_type_can_be_created(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanCreateAt(ContentPage, ContentPage)
        self.assertAllowedSubpageTypes(TestimonialIndexPage, {})
        self.assertAllowedSubpageTypes(NetworkPage, {})
        self.assertAllowedSubpageTypes(ContactPage, {})
        # One home, one testimonials page, one networks page, one contact page per site.
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))
        for page_type in (TestimonialIndexPage, NetworkPage, ContactPage):
            self.assertFalse(page_type.can_create_at(self.home))
        self.assertTrue(ContentPage.can_create_at(self.home))

    def test_every_page_routes_and_renders_in_every_language(self):
        for language in LANGUAGES:
            with translation.override(language):
                for page in self.pages:
                    self.assertRoutesTo(page, language)
                    self.assertPageIsRenderable(page)

    def assertRoutesTo(self, page, language):
        """Wagtail's assertPageIsRoutable does not know about language prefixes: resolve, then route."""
        url = page.get_url()
        self.assertTrue(url.startswith(f"/{language}/"), url)
        match = resolve(url)
        path = match.kwargs.get("path", match.args[0] if match.args else "")
        components = [part for part in path.split("/") if part]
        routed = page.get_site().root_page.specific.route(self.dummy_request, components)
        self.assertEqual(routed.page.pk, page.pk)

    def test_every_page_is_editable_and_previewable(self):
        editor = self.create_superuser("page-type-editor")
        for page in self.pages:
            self.client.force_login(editor)  # each assertion logs the client out when it is done
            data = page_edit_form_data(self.client, page)
            self.assertPageIsEditable(page, post_data=data)
            self.assertPageIsPreviewable(page, post_data=data)

    def test_editor_saves_titles_and_text_in_three_languages(self):
        self.login()
        url = f"/admin/pages/{self.about.pk}/edit/"
        body_ky = [("heading", {"text": "Биз кимбиз"}), ("paragraph", rich_text("<p>Өнөктөштөр менен.</p>"))]
        data = page_edit_form_data(self.client, self.about, streams={"body_ky": body_ky})
        data["title_en"], data["title_ru"], data["title_ky"] = "About us", "О нас", "Биз жөнүндө"
        data["intro_ky"] = "Биз кимбиз, эмне кылабыз."
        data["action-publish"] = "publish"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        self.about.refresh_from_db()
        self.assertEqual((self.about.title_ru, self.about.title_ky), ("О нас", "Биз жөнүндө"))
        self.assertEqual(self.about.intro_ky, "Биз кимбиз, эмне кылабыз.")
        response = self.client.get("/ky/about/")
        self.assertContains(response, "Биз жөнүндө")
        self.assertContains(response, "Биз кимбиз, эмне кылабыз.")
        self.assertContains(response, '<h2 id="биз-кимбиз" class="stream__heading">Биз кимбиз</h2>', html=True)
        self.assertContains(response, "Өнөктөштөр менен.")


class BlockPreviewTest(WagtailPageTestCase):
    def test_every_block_has_a_description_and_a_styled_preview(self):
        from home.blocks import ContentStreamBlock

        self.login()
        for name, block in ContentStreamBlock().child_blocks.items():
            self.assertTrue(block.meta.description, name)
            if name in ("image", "embed"):
                continue  # their preview needs an image or an oEmbed provider
            response = self.client.get(f"/admin/block-preview/?id={block.definition_prefix}")
            self.assertEqual(response.status_code, 200, name)
            self.assertContains(response, "css/site.css")
