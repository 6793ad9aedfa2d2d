import pytest

pytestmark = pytest.mark.django_db


def texts(response):
    return [r.text for r in response.context["recommendations"]]


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_database_lists_every_recommendation_with_link_back(client, recommendations_page, statement, language):
    response = client.get(f"/{language}/recommendations/")
    assert response.status_code == 200
    assert len(texts(response)) == 2
    assert f'href="/{language}/publications/joint-statement/#recommendation-' in response.content.decode()


def test_filters_alone_and_combined(client, recommendations_page, statement):
    assert texts(client.get("/en/recommendations/?addressee=prisons")) == [
        "Let independent monitors visit every prison."
    ]
    assert texts(client.get("/en/recommendations/?status=under_consideration")) == [
        "Withdraw the bill restricting NGOs."
    ]
    assert texts(client.get("/en/recommendations/?topic=elections")) == ["Withdraw the bill restricting NGOs."]
    assert len(texts(client.get("/en/recommendations/?year=2020"))) == 2
    assert texts(client.get("/en/recommendations/?addressee=prisons&status=rejected&topic=torture&year=2020")) == [
        "Let independent monitors visit every prison."
    ]
    assert texts(client.get("/en/recommendations/?addressee=prisons&status=implemented")) == []


def test_search_in_the_visitors_language(client, recommendations_page, statement):
    assert texts(client.get("/en/recommendations/?q=monitors")) == ["Let independent monitors visit every prison."]
    response = client.get("/ru/recommendations/?q=законопроект")
    assert texts(response) == ["Отозвать законопроект, ограничивающий НКО."]


def test_counts_per_addressee_and_status(client, recommendations_page, statement):
    response = client.get("/en/recommendations/")
    assert {a.slug: n for a, n in response.context["addressee_counts"]} == {"parliament": 1, "prisons": 1}
    assert {value: n for value, _label, n in response.context["status_counts"]} == {
        "rejected": 1,
        "under_consideration": 1,
    }
    filtered = client.get("/en/recommendations/?status=rejected")
    assert {a.slug: n for a, n in filtered.context["addressee_counts"]} == {"prisons": 1}


def test_unpublished_statements_are_left_out(client, recommendations_page, statement):
    statement.unpublish()
    assert texts(client.get("/en/recommendations/")) == []


@pytest.mark.parametrize(
    "query", ["addressee=nobody", "status=maybe", "year=abc", "page=99999", "q=" + "я" * 5000, "q=%25%25%27%22;--"]
)
def test_bad_values_never_fail(client, recommendations_page, statement, query):
    assert client.get(f"/en/recommendations/?{query}").status_code == 200


def test_follow_up_notes_show_on_the_statement(client, statement):
    content = client.get("/en/publications/joint-statement/").content.decode()
    assert "The ministry replied." in content
    assert "Rejected" in content
