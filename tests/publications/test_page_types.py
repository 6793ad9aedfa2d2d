import datetime
from importlib import import_module

from django.apps import apps as django_apps
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from publications.models import PublicationIndexPage, PublicationPage, Recommendation, RecommendationsPage
from tests.home.factories import HomePageFactory

from .factories import (
    AddresseeFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    RecommendationFactory,
    RecommendationsPageFactory,
    TopicFactory,
)


class PublicationPageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("update_translation_fields", verbosity=0)
        root = Page.get_first_root_node()
        for child in root.get_children():
            child.delete()
        cls.home = HomePageFactory(parent=root, slug="home")
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": cls.home}
        )
        cls.index = PublicationIndexPageFactory(parent=cls.home)
        cls.database = RecommendationsPageFactory(parent=cls.home)
        cls.topic = TopicFactory(slug="torture")
        cls.addressee = AddresseeFactory(slug="prisons")
        cls.statement = PublicationPageFactory(parent=cls.index, slug="statement", kind="statement")
        RecommendationFactory(publication=cls.statement, addressee=cls.addressee)

    def setUp(self):
        super().setUp()
        self.user = self.login()

    def test_page_tree_rules(self):
        self.assertCanCreateAt(HomePage, PublicationIndexPage)
        self.assertCanCreateAt(HomePage, RecommendationsPage)
        self.assertCanCreateAt(PublicationIndexPage, PublicationPage)
        self.assertCanNotCreateAt(HomePage, PublicationPage)
        self.assertCanNotCreateAt(PublicationPage, PublicationPage)
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        self.assertAllowedParentPageTypes(PublicationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedSubpageTypes(RecommendationsPage, set())

    def test_routable_and_renderable_in_every_language(self):
        # assertPageIsRoutable does not know the /<lang>/ prefix, so routing is checked through the URL itself.
        for language in ("en", "ru", "ky"):
            with translation.override(language):
                for page in (self.index, self.database, self.statement):
                    url = page.get_url()
                    self.assertTrue(url.startswith(f"/{language}/"), url)
                    self.assertEqual(self.client.get(url).status_code, 200, url)
                    self.assertPageIsRenderable(page)

    def simple_page_data(self, page):
        return nested_form_data(
            {"title_en": page.title_en, "title_ru": page.title_ru, "title_ky": "", "slug": page.slug, "intro_en": "Hi"}
        )

    def statement_data(self, **overrides):
        data = {
            "title_en": "Statement",
            "title_ru": "Заявление",
            "title_ky": "",
            "slug": "statement",
            "kind": "statement",
            "publication_date": "2020-08-25",
            "summary_en": "Summary.",
            "summary_ru": "Кратко.",
            "summary_ky": "",
            "body_en": streamfield([("heading", {"text": "Findings"})]),
            "body_ru": streamfield([]),
            "body_ky": streamfield([]),
            "recommendations": inline_formset([]),
            "related_links": inline_formset([]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_editable_and_previewable(self):
        for page in (self.index, self.database):
            self.assertPageIsEditable(page, post_data=self.simple_page_data(page))
            self.assertPageIsPreviewable(page, post_data=self.simple_page_data(page))
        self.assertPageIsEditable(self.statement, post_data=self.statement_data())
        self.assertPageIsPreviewable(self.statement, post_data=self.statement_data())

    def test_recommendations_block_is_refused_outside_statements(self):
        news = PublicationPageFactory(parent=self.index, slug="news", kind="news")
        data = self.statement_data(
            slug="news", kind="news", body_en=streamfield([("recommendations", {"heading": "", "intro": ""})])
        )
        response = self.client.post(f"/admin/pages/{news.pk}/edit/", data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "belongs in statements only")
        news.refresh_from_db()
        self.assertFalse(news.places_recommendations)
        response = self.client.post(
            f"/admin/pages/{self.statement.pk}/edit/",
            self.statement_data(body_en=streamfield([("recommendations", {"heading": "", "intro": ""})])),
        )
        self.assertEqual(response.status_code, 302)

    def test_recommendations_block_is_refused_on_reports_and_migrated_out_of_them(self):
        report = PublicationPageFactory(parent=self.index, slug="report", kind="report")
        RecommendationFactory(publication=report, addressee=self.addressee, text_en="Visit every prison.")
        block = [("paragraph", rich_text("<p>Findings.</p>")), ("recommendations", {"heading": "", "intro": ""})]
        data = self.statement_data(slug="report", kind="report", body_en=streamfield(block))
        response = self.client.post(f"/admin/pages/{report.pk}/edit/", data)
        self.assertContains(response, "belongs in statements only")

        # A report saved with the block before this rule: the migration drops it from the page and its draft.
        report.body_en = [("recommendations", {"heading": "Calls", "intro": ""})]
        report.save(clean=False)
        report.save_revision(clean=False)
        migration = import_module("publications.migrations.0010_recommendations_block_statements_only")
        migration.drop_block_outside_statements(django_apps, None)
        report.refresh_from_db()
        self.assertFalse(report.places_recommendations)
        self.assertNotIn("recommendations", report.latest_revision.content["body_en"])
        self.assertContains(self.client.get(report.url), "Visit every prison.")  # still listed after the body

    def test_preview_shows_unsaved_recommendations_and_related_links(self):
        other = PublicationPageFactory(parent=self.index, slug="other", title_en="Other publication")
        data = self.statement_data(
            recommendations=inline_formset(
                [
                    {
                        "text_en": "A recommendation only in the draft.",
                        "text_ru": "",
                        "text_ky": "",
                        "addressee": self.addressee.pk,
                        "topics": (),
                    }
                ]
            ),
            related_links=inline_formset([{"target": other.pk}]),
        )
        self.assertPageIsPreviewable(self.statement, post_data=data)
        self.client.force_login(self.user)  # assertPageIsPreviewable logs out when it is done
        url = f"/admin/pages/{self.statement.pk}/edit/preview/"
        self.client.post(url, data, QUERYSTRING="mode=")
        content = self.client.get(url, {"mode": ""}).content.decode()
        self.assertIn("A recommendation only in the draft.", content)
        self.assertIn("Other publication", content)

    def test_editor_creates_a_statement_with_translated_recommendations(self):
        empty_stream = streamfield([])
        data = nested_form_data(
            {
                "title_en": "New statement",
                "title_ru": "Новое заявление",
                "title_ky": "",
                "slug": "new-statement",
                "kind": "statement",
                "publication_date": "2024-05-01",
                "summary_en": "Summary in English.",
                "summary_ru": "Краткое содержание.",
                "summary_ky": "",
                "hero_image_alt_text_en": "",
                "body_en": streamfield(
                    [
                        ("heading", {"text": "Findings"}),
                        ("paragraph", rich_text("<p>What we found.</p>")),
                        ("recommendations", {"heading": "", "intro": ""}),
                    ]
                ),
                "body_ru": streamfield([("paragraph", rich_text("<p>Что мы нашли.</p>"))]),
                "body_ky": empty_stream,
                "topics": (self.topic.pk,),
                "recommendations": inline_formset(
                    [
                        {
                            "text_en": "Open the prisons to monitors.",
                            "text_ru": "Открыть тюрьмы для мониторов.",
                            "text_ky": "",
                            "addressee": self.addressee.pk,
                            "topics": (self.topic.pk,),
                        },
                        {
                            "text_en": "Publish the budget.",
                            "text_ru": "Опубликовать бюджет.",
                            "text_ky": "",
                            "addressee": self.addressee.pk,
                            "topics": (),
                        },
                    ]
                ),
                "related_links": inline_formset([]),
            }
        )
        self.assertCanCreate(self.index, PublicationPage, data)
        page = PublicationPage.objects.get(slug="new-statement")
        self.assertEqual(page.title_ru, "Новое заявление")
        recommendations = list(Recommendation.objects.filter(publication=page).order_by("sort_order"))
        self.assertEqual(
            [r.text_ru for r in recommendations], ["Открыть тюрьмы для мониторов.", "Опубликовать бюджет."]
        )
        self.assertEqual([r.status for r in recommendations], ["no_response", "no_response"])
        self.assertEqual(list(recommendations[0].topics.all()), [self.topic])
        self.assertEqual(page.publication_date, datetime.date(2024, 5, 1))
        self.assertEqual(list(page.topics.all()), [self.topic])


class RecommendationAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        PublicationPageTypeTests.setUpTestData.__func__(cls)

    def setUp(self):
        super().setUp()
        self.login()

    def test_recommendations_listed_filtered_and_exported(self):
        url = "/admin/snippets/publications/recommendationfollowup/"
        response = self.client.get(url, {"status": "no_response", "addressee": self.addressee.pk})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Recommendation number")
        csv = self.client.get(url, {"export": "csv"})
        self.assertEqual(csv.status_code, 200)
        self.assertIn("Recommendation number", b"".join(csv.streaming_content).decode())
        xlsx = self.client.get(url, {"export": "xlsx"})
        self.assertEqual(xlsx.status_code, 200)

    def test_topics_and_addressees_have_admin_views(self):
        for url in ("/admin/snippets/publications/topic/", "/admin/snippets/publications/addressee/"):
            self.assertEqual(self.client.get(url).status_code, 200)
