"""RSS and Atom feeds of a publications section, per language (the address prefix) and optionally per topic.

Served as routes of the section's page (PublicationIndexPage.rss_feed and atom_feed), so they move with it."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.languages import fallback_chain
from home.models import OrganisationSettings

FEED_LENGTH = 20


# An item whose text falls back to another language stays in the feed (a Kyrgyz reader still learns of a
# statement that exists only in Russian) and says which language it is in: `dc:language` in RSS, `xml:lang`
# on the Atom entry, so readers and screen readers pronounce it right.
class LanguageTaggedRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": "http://purl.org/dc/elements/1.1/"}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"])


class LanguageTaggedAtom(Atom1Feed):
    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        return {**attributes, "xml:lang": item["language"]} if item.get("language") else attributes


class PublicationsRssFeed(Feed):
    feed_type = LanguageTaggedRss

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
        """The date printed on the publication (an archive item first put online today keeps it); noon, so the
        day stays the same in every reader's time zone."""
        return timezone.make_aware(datetime.datetime.combine(item.publication_date, datetime.time(12)))

    def item_extra_kwargs(self, item):
        """The language an item is really shown in when its title or summary falls back from the feed's."""
        language = get_language()
        for field in ("title", "summary"):
            for code in fallback_chain(language):
                if getattr(item, f"{field}_{code}", ""):
                    if code != language:
                        return {"language": code}
                    break
        return {}

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_kind_display()]


class PublicationsAtomFeed(PublicationsRssFeed):
    feed_type = LanguageTaggedAtom

    def subtitle(self, topic):
        return self.description(topic)
