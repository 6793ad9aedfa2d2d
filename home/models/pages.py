from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from django_ratelimit.core import is_ratelimited
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.caching import version_tag
from core.public import CachedViewRestrictionsMixin, ListedPageManager, listed_or_none
from core.routing import cached_child
from home.blocks import ContentStreamBlock, ImpactStreamBlock
from home.forms import HoneypotFormBuilder
from translations.judgement import TranslationNoticeMixin

from .snippets import NetworkOrganisation, Testimonial

# A hook is called as hook(request, context) and returns None or a dict with the "template" to include; the
# template reads the dict as `section`.
HOME_PAGE_SECTIONS_HOOK = "home_page_sections"


class HomePage(CachedViewRestrictionsMixin, TranslationNoticeMixin, Page):
    """The front page: mission, call to donate, testimonials and network memberships."""

    hero_heading = models.CharField(_("main heading"), max_length=160)
    mission = RichTextField(_("mission statement"), features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_image_alt_text = models.CharField(
        _("image alt text"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the image's own description, or for an image that only decorates."),
    )
    hero_link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("second action: page"),
        help_text=_("Shown beside the Donate button, e.g. the latest statement."),
    )
    hero_link_label = models.CharField(
        _("second action: label"), max_length=60, blank=True, help_text=_("“Read our latest statement” if empty.")
    )
    impact = StreamField(
        ImpactStreamBlock(),
        blank=True,
        verbose_name=_("impact strip"),
        help_text=_("Up to four figures under the main heading. Use only facts you can source."),
    )
    testimonials_heading = models.CharField(_("testimonials heading"), max_length=120, blank=True)

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    translation_snippet_models = ("home.Testimonial", "home.NetworkOrganisation")
    translation_part_labels = {"testimonials": _("testimonials"), "memberships": _("networks we belong to")}

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("mission"),
        MultiFieldPanel([FieldPanel("hero_link_page"), FieldPanel("hero_link_label")], heading=_("Second action")),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt_text")], heading=_("Image")),
        FieldPanel("impact"),
        MultiFieldPanel(
            [FieldPanel("testimonials_heading"), InlinePanel("featured_testimonials", max_num=2)],
            heading=_("Testimonials on the home page"),
            help_text=_("Pick two; without a pick the first two published testimonials are shown."),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("mission")]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # Every address below the home page passes here: its child comes from the cache (core.routing).
        child = cached_child(self, request, path_components[0]) if path_components else None
        if child is not None:
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_testimonials(self):
        picked = [item.testimonial for item in self.featured_testimonials.select_related("testimonial__photo")]
        picked = [testimonial for testimonial in picked if testimonial.consent_given]
        return picked[:2] or list(Testimonial.published.all()[:2])

    def shown_snippets(self):
        members = NetworkOrganisation.objects.filter(relation=NetworkOrganisation.Relation.MEMBER)
        return {"testimonials": self.get_testimonials(), "memberships": list(members)}

    @property
    def hero_alt(self):
        """The alt text given here, else the image's own description (empty: the image only decorates)."""
        return self.hero_image_alt_text or (self.hero_image.description if self.hero_image_id else "")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The sections below the hero are cached fragments (templates/home/includes/) keyed by this version:
        # publishing a publication, or any wide change (testimonials, networks, settings, pages) drops them.
        # Everything they read is lazy, so a request that finds them cached runs none of their queries.
        previewing = getattr(request, "is_preview", False)
        context["sections_version"] = None if previewing else version_tag("publications")
        context["testimonials"] = SimpleLazyObject(self.get_testimonials)
        context["testimonials_page"] = SimpleLazyObject(lambda: TestimonialIndexPage.objects.listed().first())
        context["networks_page"] = SimpleLazyObject(lambda: NetworkPage.objects.listed().first())
        context["hero_link"] = SimpleLazyObject(lambda: listed_or_none(self.hero_link_page))
        context["memberships"] = SimpleLazyObject(
            lambda: list(
                NetworkOrganisation.objects.filter(relation=NetworkOrganisation.Relation.MEMBER).select_related("logo")
            )
        )

        def home_sections():
            # Sections other apps add (publications: the latest ones), so home depends on none of them.
            sections = (section(request, context) for section in hooks.get_hooks(HOME_PAGE_SECTIONS_HOOK))
            return [section for section in sections if section]

        context["home_sections"] = SimpleLazyObject(home_sections)
        return context


class HomePageTestimonial(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_testimonials")
    testimonial = models.ForeignKey(Testimonial, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("testimonial")]


class ContentPage(CachedViewRestrictionsMixin, TranslationNoticeMixin, Page):
    """A general page: about, mandate, how to get help."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences shown under the title."))
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")


class TestimonialIndexPage(CachedViewRestrictionsMixin, TranslationNoticeMixin, Page):
    """Feedback from focus groups: every testimonial with publication consent."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    objects = ListedPageManager()

    max_count = 1
    subpage_types = []
    content_panels = Page.content_panels + [FieldPanel("intro")]
    translation_snippet_models = ("home.Testimonial",)
    translation_part_labels = {"testimonials": _("testimonials")}

    class Meta:
        verbose_name = _("testimonials page")

    def shown_snippets(self):
        return {"testimonials": list(Testimonial.published.all())}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["testimonials"] = Testimonial.published.all()
        return context


class NetworkPage(CachedViewRestrictionsMixin, TranslationNoticeMixin, Page):
    """The networks the organisation belongs to and its partners."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    objects = ListedPageManager()

    max_count = 1
    subpage_types = []
    content_panels = Page.content_panels + [FieldPanel("intro")]
    translation_snippet_models = ("home.NetworkOrganisation",)
    translation_part_labels = {"organisations": _("networks and partners")}

    class Meta:
        verbose_name = _("networks page")

    def shown_snippets(self):
        return {"organisations": list(NetworkOrganisation.objects.all())}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = list(NetworkOrganisation.objects.select_related("logo"))
        context["memberships"] = [o for o in organisations if o.relation == NetworkOrganisation.Relation.MEMBER]
        context["partners"] = [o for o in organisations if o.relation == NetworkOrganisation.Relation.PARTNER]
        return context


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(CachedViewRestrictionsMixin, TranslationNoticeMixin, AbstractEmailForm):
    """Contact form: submissions are stored in the admin and e-mailed; a honeypot and a rate limit keep spam out."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link"])

    form_builder = HoneypotFormBuilder
    max_count = 1
    subpage_types = []
    translated_children = ("form_fields",)
    translation_part_labels = {"form_fields": _("form fields")}
    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]

    class Meta:
        verbose_name = _("contact page")

    # A message (name, e-mail, what happened to them) never appears in error reports.
    @method_decorator(sensitive_post_parameters())
    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if form.is_valid():
            if form.is_spam:
                # Bots get the thank-you page; nothing is stored or sent.
                return self.render_landing_page(request, None, *args, **kwargs)
            if is_ratelimited(
                request, group="contact-form", key="ip", rate=settings.CONTACT_FORM_RATE, method="POST", increment=True
            ):
                form.add_error(None, _("You have sent several messages in a short time. Please try again in an hour."))
                status = 429
            else:
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)
