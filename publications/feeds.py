"""RSS and Atom feeds of a publications section, per language (the address prefix) and optionally per topic.

Served as routes of the section's page (PublicationIndexPage.rss_feed and atom_feed), so they move with it."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from home.models import OrganisationSettings

FEED_LENGTH = 20


class PublicationsRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request):
        self.request = request
        slug = request.GET.get("topic")
        if not slug:
            return None
        topic = self.index_page.find_topic(slug[:80])
        if topic is None:
            raise Http404
        return topic

    def title(self, topic):
        name = OrganisationSettings.for_request(self.request).organisation_name
        return f"{name}: {topic.name}" if topic else f"{name}: {_('Publications')}"

    def link(self, topic):
        url = self.index_page.get_url(self.request)
        return f"{url}?topic={topic.slug}" if topic else url

    def feed_url(self, topic):
        return self.request.get_full_path()

    def description(self, topic):
        return _("Statements, news, case stories and reports of Bir Duino-Kyrgyzstan.")

    def items(self, topic):
        publications = self.index_page.get_publications().order_by("-publication_date", "-pk")
        if topic:
            publications = publications.filter(topics=topic)
        return publications[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_kind_display()]


class PublicationsAtomFeed(PublicationsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, topic):
        return self.description(topic)
