"""Demo publications: the 2020 statement with its recommendations as data, two case stories and samples.

Every step finds-or-creates, so a second run changes nothing.
"""

import datetime

from django.db import transaction

from demo import publications_content as content
from demo import publications_stories as demo_stories
from demo.home import child_page, demo_languages, set_translated, stream
from demo.home import images as demo_images
from home.models import NavigationItem
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


def load_taxonomy(model, entries):
    found = {}
    for order, (slug, names) in enumerate(entries):
        item = model.objects.filter(slug=slug).first()
        if item is None:
            item = model(slug=slug, sort_order=order)
            set_translated(item, "name", names)
            item.save()
        found[slug] = item
    return found


def add_recommendations(page, entries, addressees, topics, follow_ups=None, key=()):
    if page.recommendations.exists():
        return
    for order, (addressee, topic_slugs, status, text) in enumerate(entries):
        recommendation = Recommendation(publication=page, addressee=addressees[addressee], key=order in key)
        recommendation.sort_order = order
        set_translated(recommendation, "text", text)
        recommendation.topics.set([topics[slug] for slug in topic_slugs])
        recommendation.save()
        # The follow-up record was made when the recommendation was saved (publications.follow_up).
        record = RecommendationFollowUp.objects.get(pk=recommendation.pk)
        record.status = status
        if follow_ups and order in follow_ups:
            date, note_text = follow_ups[order]
            note = FollowUpNote(date=datetime.date.fromisoformat(date))
            set_translated(note, "note", note_text)
            record.notes.add(note)
        record.save()


def publication(index, data, body, topics, **extra):
    page = child_page(
        index,
        PublicationPage,
        data["slug"],
        data["title"],
        kind=data["kind"],
        publication_date=datetime.date.fromisoformat(data["date"]),
        summary=data["summary"],
        **{f"body_{language}": body[language] for language in demo_languages()},
        **extra,
    )
    if not page.topics.exists():
        # Parental many-to-many values are written when the page is saved.
        page.topics.set([topics[slug] for slug in data["topics"]])
        page.save()
    return page


def statement_body(language):
    data = content.STATEMENT
    sections = data["sections"][language]
    blocks = [("paragraph", sections[0][1])]
    for heading, html in sections[1:]:
        blocks += [("heading", {"text": heading}), ("paragraph", html)]
    blocks.append(("recommendations", data["recommendations_block"][language]))
    return stream(blocks)


def paragraphs_body(paragraphs):
    return {
        language: stream([("paragraph", f"<p>{p}</p>") for p in paragraphs[language]]) for language in demo_languages()
    }


@transaction.atomic
def load(context):
    home = context["home"]
    topics = load_taxonomy(Topic, content.TOPICS)
    addressees = load_taxonomy(Addressee, content.ADDRESSEES)
    index = child_page(
        home, PublicationIndexPage, content.INDEX["slug"], content.INDEX["title"], intro=content.INDEX["intro"]
    )
    database = child_page(
        home,
        RecommendationsPage,
        content.RECOMMENDATIONS_PAGE["slug"],
        content.RECOMMENDATIONS_PAGE["title"],
        intro=content.RECOMMENDATIONS_PAGE["intro"],
    )

    data = content.STATEMENT
    statement = publication(
        index,
        data,
        {language: statement_body(language) for language in demo_languages()},
        topics,
        hero_image=demo_images.landscape("Demo: ridges for the 2020 statement", 1600, 900),
        hero_image_alt_text=data["alt"],
        place=data["place"],
    )
    add_recommendations(
        statement, data["recommendations"], addressees, topics, data["follow_ups"], key=data["key_recommendations"]
    )

    stories = [
        publication(index, story, paragraphs_body(story["paragraphs"]), topics) for story in demo_stories.CASE_STORIES
    ]
    for slug, kind, date, topic_slugs, title, summary, recommendations in demo_stories.SAMPLES:
        sample = {"slug": slug, "kind": kind, "date": date, "topics": topic_slugs, "title": title, "summary": summary}
        body = {language: stream([("paragraph", f"<p>{summary[language]}</p>")]) for language in demo_languages()}
        if recommendations and kind == "statement":  # the placement block is offered on statements only
            heading = content.STATEMENT["recommendations_block"]
            for language in demo_languages():
                body[language] = stream(
                    [
                        ("paragraph", f"<p>{summary[language]}</p>"),
                        ("recommendations", {**heading[language], "intro": ""}),
                    ]
                )
        page = publication(index, sample, body, topics)
        add_recommendations(page, recommendations, addressees, topics)

    if index.featured_publication_id is None:
        index.featured_publication = statement
        index.save()

    if home.hero_link_page_id is None:  # the home page's second action: the latest statement
        home.hero_link_page = statement
        home.save_revision().publish()

    for story in stories:
        if not story.related_links.exists():
            story.related_links.create(target=statement)
            story.save()

    navigation = context["navigation"]
    for page, order in ((index, 5), (database, 6)):
        item, created = NavigationItem.objects.get_or_create(
            navigation=navigation, page=page, defaults={"sort_order": order}
        )
        if created and page == database:  # a short menu label keeps the header on one row
            for language, label in content.RECOMMENDATIONS_PAGE["menu_label"].items():
                setattr(item, f"label_{language}", label)
            item.label = item.label_en
            item.save()
    return {"publication_index": index, "recommendations_page": database}
