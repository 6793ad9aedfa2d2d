"""Publication pages: the archive index (with its feeds) and each publication (with its PDF); the recommendations
database is in database_page.py. Every public address of a publication comes from these pages' routes, so it
follows the page tree."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.caching import cached, version_tag
from core.languages import localized_field_names, translated_search_fields
from core.public import CachedViewRestrictionsMixin, ListedPageManager
from core.routing import cached_child
from core.text import anchor
from translations.judgement import TranslationNoticeMixin

from ..admin_forms import PublicationPageForm
from ..blocks import StatementStreamBlock
from ..feeds import PublicationsAtomFeed, PublicationsRssFeed
from ..listing import publication_listing, with_card_relations
from ..pdf import publication_pdf_response
from .database_page import RecommendationsPage
from .taxonomy import Topic


def listed_publications():
    """Publications visitors may find (core.public): live, behind no view restriction of theirs or a section's."""
    return PublicationPage.objects.listed().defer_streamfields()


def recommendations_page():
    """The recommendations database (one per site), for links to it; None until an editor creates it, or while
    it is not public."""
    return cached("recommendations-page", lambda: RecommendationsPage.objects.listed().first())


def publications_index():
    """The publications section, for links to it from other pages; None until an editor creates it, or while it
    is not public."""
    return cached("publications-index", lambda: PublicationIndexPage.objects.listed().first())


# The top of a publication with recommendations lists its key ones: those editors mark, else the first few.
MOST_KEY_RECOMMENDATIONS = 5
FIRST_RECOMMENDATIONS = 3


def key_recommendations(recommendations):
    """[(number in the full list, recommendation)] for the top of the page."""
    numbered = list(enumerate(recommendations, 1))
    marked = [(number, recommendation) for number, recommendation in numbered if recommendation.key]
    return marked[:MOST_KEY_RECOMMENDATIONS] or numbered[:FIRST_RECOMMENDATIONS]


class PublicationIndexPage(CachedViewRestrictionsMixin, RoutablePageMixin, TranslationNoticeMixin, Page):
    """The archive: newest first, filtered by kind, topic and year through the address; its feeds are routes."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    featured_publication = models.ForeignKey(
        "publications.PublicationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("featured statement"),
        help_text=_("Shown first on the home page; without a choice the newest statement is shown."),
    )

    objects = ListedPageManager()

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        PageChooserPanel("featured_publication", "publications.PublicationPage"),
    ]
    search_fields = Page.search_fields + translated_search_fields("title", "intro")

    class Meta:
        verbose_name = _("publications index")

    def route(self, request, path_components):
        # A publication (or its PDF): from the cache, under the publication's own version (core.routing).
        child = cached_child(self, request, path_components[0]) if path_components else None
        if child is not None:
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    @path("feed/rss/", name="feed_rss")
    def rss_feed(self, request):
        return PublicationsRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def atom_feed(self, request):
        return PublicationsAtomFeed(self)(request)

    def get_publications(self):
        """Its listed publications; shown to whoever may see this section, so its own restriction (a members'
        archive) does not hide them here."""
        return PublicationPage.objects.child_of(self).listed(inside=self).defer_streamfields()

    def find_topic(self, slug):
        return next((topic for topic in Topic.cached_all() if topic.slug == slug), None)

    def get_cached_paths(self):
        """Every address of this page the proxy and a CDN may keep, and a purge names (core.cache_headers,
        core.purge): the archive, its feeds (whole and per topic) and the first page of each single filter."""
        topics = [topic.slug for topic in Topic.cached_all()]
        feeds = [self.reverse_subpage("feed_rss"), self.reverse_subpage("feed_atom")]
        filters = [f"?kind={kind}" for kind in PublicationPage.Kind.values]
        filters += [f"?topic={slug}" for slug in topics]
        filters += [f"?year={year.year}" for year in self.get_years()]
        return ["/", *feeds, *(f"{feed}?topic={slug}" for feed in feeds for slug in topics), *filters]

    def get_years(self):
        return cached(
            f"years:{self.pk}",
            lambda: list(self.get_publications().dates("publication_date", "year", order="DESC")),
            section="publications",
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        years = self.get_years()
        publications = with_card_relations(self.get_publications())
        kinds = PublicationPage.Kind.choices
        context.update(publication_listing(self, request, publications, Topic.cached_all(), kinds, years))
        return context


class PublicationPage(CachedViewRestrictionsMixin, RoutablePageMixin, TranslationNoticeMixin, Page):
    """A statement, news item, case story, report or press release; its PDF is a route of the page."""

    class Kind(models.TextChoices):
        STATEMENT = "statement", _("Statement")
        NEWS = "news", _("News")
        CASE_STORY = "case_story", _("Case story")
        REPORT = "report", _("Report")
        PRESS_RELEASE = "press_release", _("Press release")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.STATEMENT,
        db_index=True,
        help_text=_(
            "Decides the filter it appears under and how search engines describe it. Only statements can place "
            "their recommendations in the body: after changing the kind, save to see the blocks it allows."
        ),
    )
    publication_date = models.DateField(
        _("publication date"), db_index=True, help_text=_("The date printed on the publication; sorts the archive.")
    )
    place = models.CharField(
        _("place"),
        max_length=80,
        blank=True,
        help_text=_("Where it was issued, e.g. Bishkek: the dateline at the top reads “Bishkek, 25 August 2020”."),
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("Two or three sentences: shown in lists, feeds, search results and link previews."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("main image"),
        help_text=_("Optional; shown at the top and in link previews."),
    )
    hero_image_alt_text = models.CharField(
        _("main image alt text"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the image's own description, or for an image that only decorates."),
    )
    body = StreamField(
        StatementStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Section headings build the table of contents. Place the recommendations block where they go."),
    )
    topics = ParentalManyToManyField(
        "publications.Topic",
        blank=True,
        related_name="publications",
        verbose_name=_("topics"),
        help_text=_("Themes for filters and per-topic feeds."),
    )
    organisations = ParentalManyToManyField(
        "home.NetworkOrganisation",
        blank=True,
        related_name="publications",
        verbose_name=_("networks and partners involved"),
        help_text=_("Organisations from the networks list that took part."),
    )
    other_organisations = models.CharField(
        _("other organisations involved"),
        max_length=300,
        blank=True,
        help_text=_("Organisations not in the networks list, separated by commas."),
    )
    send_to_subscribers = models.BooleanField(
        _("send to subscribers"),
        default=True,
        help_text=_(
            "Statements and reports are e-mailed to newsletter subscribers when first published; other kinds go "
            "into the weekly digest. Untick to leave this one out."
        ),
    )

    objects = ListedPageManager()

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    base_form_class = PublicationPageForm
    translated_children = ("recommendations",)
    translation_part_labels = {"recommendations": _("recommendations")}

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("publication_date"), FieldPanel("place")]),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt_text")], heading=_("Main image")),
        FieldPanel("body"),
        InlinePanel(
            "recommendations",
            label=_("Recommendation"),
            heading=_("Recommendations"),
            help_text=_(
                "Each recommendation is data: it appears in the recommendations database. Its status and "
                "follow-up notes are kept under Publications → Recommendations, outside this page's drafts."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
                FieldPanel("other_organisations"),
                InlinePanel("related_links", label=_("Related publication")),
            ],
            heading=_("Topics and links"),
        ),
        FieldPanel("send_to_subscribers"),
    ]
    search_fields = (
        Page.search_fields
        + translated_search_fields("title", boost=2)
        + translated_search_fields("summary", "body")
        + [index.FilterField("kind"), index.FilterField("publication_date")]
    )

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    @path("pdf/", name="pdf")
    def pdf(self, request):
        return publication_pdf_response(self, request)

    def translation_cache_section(self):
        return f"page:{self.pk}"  # its publish and its recommendations' changes bump it (publications.invalidation)

    @property
    def index_page(self):
        """The section it belongs to (already known when routed through it), for its feeds and topic links."""
        return self.get_parent().specific

    @cached_property
    def table_of_contents(self):
        entries = []
        for block in self.body:
            if block.block_type == "heading":
                entries.append((anchor(block.value["text"]), block.value["text"]))
            elif block.block_type == "recommendations":
                entries.append(("recommendations", block.value.get("heading") or _("Recommendations")))
        return entries

    @property
    def hero_alt(self):
        """The alt text given here, else the image's own description (empty: the image only decorates)."""
        return self.hero_image_alt_text or (self.hero_image.description if self.hero_image_id else "")

    @property
    def places_recommendations(self):
        return any(block.block_type == "recommendations" for block in self.body)

    def clean(self):
        super().clean()
        # Statements address recommendations to state bodies; other kinds list theirs after the body.
        if self.kind != self.Kind.STATEMENT:
            message = _("The “Recommendations” block belongs in statements only. Remove it or change the kind.")
            bodies = {name: getattr(self, name, None) or [] for name in localized_field_names("body")}
            errors = {
                name: message
                for name, body in bodies.items()
                if any(block.block_type == "recommendations" for block in body)
            }
            if errors:
                raise ValidationError(errors)

    def get_recommendations(self):
        if getattr(self, "is_preview", False):
            # Unsaved rows from the editor live in memory, where prefetching cannot reach them.
            return list(self.recommendations.all())
        return list(
            self.recommendations.select_related("addressee", "follow_up")
            .prefetch_related("topics", "follow_up__notes")
            .order_by("sort_order", "pk")
        )

    def get_related_publications(self):
        # Reads the links through the relation so that a preview shows the unsaved ones too.
        targets = [link.target_id for link in self.related_links.all()]
        if not targets:
            return []
        pages = PublicationPage.objects.listed().filter(pk__in=targets).defer_streamfields()
        return sorted(pages, key=lambda page: page.publication_date, reverse=True)

    def get_page_data(self):
        """What the article shows besides the page's own fields; cached until publication data changes."""
        if self.pk is None or getattr(self, "is_preview", False):
            return self.build_page_data()
        return cached(f"page:{self.pk}", self.build_page_data, section=f"page:{self.pk}")

    def build_page_data(self):
        recommendations = self.get_recommendations()
        return {
            "recommendations": recommendations,
            "key_recommendations": key_recommendations(recommendations),
            # Statements and reports, and anything with recommendations, also come as a PDF.
            "offers_pdf": bool(recommendations) or self.kind in (self.Kind.STATEMENT, self.Kind.REPORT),
            "related_publications": self.get_related_publications(),
            "page_organisations": list(self.organisations.all()),
            "recommendations_page": recommendations_page(),
        }

    def get_topics(self):
        if self.pk is None or getattr(self, "is_preview", False):
            return list(self.topics.all())
        return cached(f"page-topics:{self.pk}", lambda: list(self.topics.all()), section=f"page:{self.pk}")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the cached article fragment is missing: most requests never unpickle it.
        context["page_data"] = SimpleLazyObject(self.get_page_data)
        context["page_topics"] = self.get_topics()
        previewing = getattr(self, "is_preview", False) or getattr(request, "is_preview", False)
        context["fragment_version"] = None if previewing else version_tag(f"page:{self.pk}")
        if self.hero_image_id:

            def og_image_path():
                # One query for the image and all its renditions, which the picture and the preview tags reuse.
                self.hero_image = get_image_model().objects.prefetch_renditions().get(pk=self.hero_image_id)
                return self.hero_image.get_rendition("fill-1200x630|format-jpeg").url

            # Like the article fragment (which holds the picture), the preview image's address is kept with
            # the data version: most requests then never load the image.
            key = f"og-image:{self.pk}:{self.hero_image_id}"
            path = og_image_path() if previewing else cached(key, og_image_path, section=f"page:{self.pk}")
            context["og_image_url"] = request.build_absolute_uri(path)
        return context

    def serve_preview(self, request, mode_name):
        self.is_preview = True
        return super().serve_preview(request, mode_name)

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("pdf")]

    def listed_on(self):
        """Pages besides home and the index that show this publication (purged with it, core.purge): the
        recommendations database and the publications that list it as related."""
        linking = PublicationRelatedLink.objects.filter(target_id=self.pk).values("page_id")
        return [*RecommendationsPage.objects.live(), *PublicationPage.objects.live().filter(pk__in=linking)]


class PublicationRelatedLink(Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="related_links")
    target = models.ForeignKey(
        "publications.PublicationPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("publication"),
        help_text=_("Another publication readers of this one should see."),
    )

    panels = [PageChooserPanel("target", "publications.PublicationPage")]
