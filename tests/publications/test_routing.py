"""Pages routed from the cache (core.routing) show a publish on the first request after it commits."""


def test_a_publish_shows_on_the_next_request(client, statement, committed):
    assert client.get(statement.url).status_code == 200
    with committed():
        statement.title = "Renamed statement"
        statement.save_revision().publish()
    assert "Renamed statement" in client.get(statement.url).content.decode()


def test_a_new_slug_serves_the_page_and_the_old_address_redirects_to_it(client, statement, committed):
    old_url = statement.url
    assert client.get(old_url).status_code == 200
    with committed():
        statement.slug = "renamed-statement"
        statement.save_revision().publish()
    new_url = type(statement).objects.get(pk=statement.pk).url
    assert new_url != old_url
    assert client.get(new_url).status_code == 200
    assert client.get(old_url).headers["Location"] == new_url  # Wagtail's redirect, not the cached route
