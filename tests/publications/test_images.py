import pytest
import wagtail_factories

pytestmark = pytest.mark.django_db


def test_main_image_alt_defaults_to_the_images_description(client, statement):
    statement.hero_image = wagtail_factories.ImageFactory(description="Monitors at the gate of a prison colony")
    statement.save()
    content = client.get("/en/publications/joint-statement/").content.decode()
    assert 'alt="Monitors at the gate of a prison colony"' in content

    statement.hero_image_alt_text_en = "Two monitors wait outside Colony No. 47"
    statement.save()
    content = client.get("/en/publications/joint-statement/").content.decode()
    assert 'alt="Two monitors wait outside Colony No. 47"' in content
