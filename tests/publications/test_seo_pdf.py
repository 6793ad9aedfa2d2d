import io
import json
import re

import pytest
from pypdf import PdfReader

from core.languages import localized_field_names

pytestmark = pytest.mark.django_db


def json_ld(content):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_publication_has_meta_tags_and_json_ld(client, statement, language):
    content = client.get(f"/{language}/publications/joint-statement/").content.decode()
    [data] = json_ld(content)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == getattr(statement, f"title_{language}")
    assert data["datePublished"] == "2020-08-25"
    assert data["inLanguage"] == language
    assert f'<link rel="canonical" href="http://testserver/{language}/publications/joint-statement/">' in content
    assert '<meta property="og:type" content="article">' in content
    assert '<meta name="twitter:card"' in content
    assert f'<meta name="description" content="{getattr(statement, f"summary_{language}")}">' in content


def test_reports_are_marked_as_reports(client, statement):
    statement.kind = "report"
    for name in localized_field_names("body"):  # the recommendations placement is for statements only
        body = [
            (block.block_type, block.value)
            for block in getattr(statement, name)
            if block.block_type != "recommendations"
        ]
        setattr(statement, name, body)
    statement.save()
    [data] = json_ld(client.get("/en/publications/joint-statement/").content.decode())
    assert data["@type"] == "Report"


def test_home_page_describes_the_organisation_and_its_memberships(client, home_page, statement):
    from tests.home.factories import NetworkOrganisationFactory

    NetworkOrganisationFactory(name_en="International Federation for Human Rights", website="https://www.fidh.org/")
    data = json_ld(client.get("/en/").content.decode())
    organisation = next(item for item in data if item["@type"] == "NGO")
    assert organisation["memberOf"][0]["name"] == "International Federation for Human Rights"


def test_statement_has_contents_share_links_and_recommendations_in_place(client, statement):
    content = client.get("/ru/publications/joint-statement/").content.decode()
    assert 'href="#положение-в-тюрьмах"' in content
    assert 'id="recommendations"' in content
    # The full list where the block places it (the key recommendations at the top aside).
    assert content.index("Положение в тюрьмах 2") < content.index('class="rec-list"')
    assert content.index('class="rec-list"') < content.rindex("Допустить независимых мониторов")
    for host in ("t.me/share", "wa.me", "facebook.com/sharer", "x.com/intent", "mailto:"):
        assert host in content
    assert not re.search(r'<script src="(https?:)?//', content)  # no third-party share scripts


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            ["Statement on closed institutions", "Let independent monitors visit every prison.", "Our recommendations"],
        ),
        ("ru", ["Заявление о закрытых учреждениях", "Допустить независимых мониторов", "Отозвать законопроект"]),
        ("ky", ["Жабык мекемелер тууралуу билдирүү", "Көз карандысыз мониторлорду", "КЭУлорду чектеген"]),
    ],
)
def test_pdf_holds_the_statement_and_its_recommendations(client, statement, language, expected):
    response = client.get(f"/{language}/publications/joint-statement/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    for fragment in expected:
        assert fragment in text


def test_pdf_of_unknown_or_unpublished_publication_is_404(client, statement):
    assert client.get("/en/publications/nothing-here/pdf/").status_code == 404
    statement.unpublish()
    assert client.get("/en/publications/joint-statement/pdf/").status_code == 404
