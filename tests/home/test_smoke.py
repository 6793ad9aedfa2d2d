import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_demo_home_page_answers_in_each_language(client, demo_site, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
