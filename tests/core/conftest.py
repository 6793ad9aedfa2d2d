"""The publications' and the production tier's fixtures (a statement, a recording purge endpoint, S3), here too."""

from tests.production.conftest import purge_server, s3_endpoint  # noqa: F401
from tests.production.test_object_storage import s3_media  # noqa: F401
from tests.publications.conftest import addressees, index_page, recommendations_page, statement, topics  # noqa: F401
