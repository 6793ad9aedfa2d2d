"""Production tier (README, "Running in production"): shared page cache and purge, media and backups on object
storage, the task worker, data retention, the error tracker. Each is off until its variables are set."""

from .core import LANGUAGES
from .env import env

# Public pages say how long a shared cache (the reverse proxy, a CDN) and browsers may keep them.
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS")
BROWSER_CACHE_SECONDS = env("BROWSER_CACHE_SECONDS")

# Purge on change through wagtail.contrib.frontend_cache: the local proxy, and/or a CDN in front of it.
PURGE_BACKENDS = {
    "proxy": {"BACKEND": "core.purge.TimeoutHTTPBackend", "LOCATION": env("FRONTEND_CACHE_PURGE_URL")},
    "cloudflare": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_API_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
    },
    "cloudfront": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID"),
    },
}
PURGE_NAMED_BY = {
    "proxy": "FRONTEND_CACHE_PURGE_URL",
    "cloudflare": "CLOUDFLARE_ZONE_ID",
    "cloudfront": "CLOUDFRONT_DISTRIBUTION_ID",
}
WAGTAILFRONTENDCACHE = {name: backend for name, backend in PURGE_BACKENDS.items() if env(PURGE_NAMED_BY[name])}
# Purge each address under every language prefix (the regex swaps /en/ for /ru/ and /ky/).
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]
# Renditions are written once however many servers render them at once (core/renditions.py).
WAGTAILIMAGES_RENDITION_STORAGE = "core.renditions.RenditionStorage"

# Media on S3-compatible object storage (AWS, Cloudflare R2, MinIO, Backblaze B2) when a bucket is named;
# otherwise on local disk under MEDIA_ROOT, served by the reverse proxy.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN") or None
AWS_S3_ADDRESSING_STYLE = env("AWS_S3_ADDRESSING_STYLE")
AWS_S3_URL_PROTOCOL = env("AWS_S3_URL_PROTOCOL")
AWS_LOCATION = env("AWS_LOCATION")
# Image files get plain public addresses (cacheable by browsers and a CDN); documents are streamed through
# Wagtail's document view, which checks collection privacy, so no bucket address ever leaks.
AWS_QUERYSTRING_AUTH = False
AWS_S3_FILE_OVERWRITE = False
AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=31536000"}
if AWS_STORAGE_BUCKET_NAME:
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
MEDIA_STORAGE = (
    {"BACKEND": "storages.backends.s3.S3Storage"}
    if AWS_STORAGE_BUCKET_NAME
    else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
)

# Nightly backups (operations/backup.py): kept in BACKUP_DIR and, when a bucket is named, copied off the server
# through django-storages. The endpoint and keys default to the media bucket's (AWS_*): give another provider's.
BACKUP_DIR = env("BACKUP_DIR")
BACKUP_KEEP_LOCAL = env("BACKUP_KEEP_LOCAL")
BACKUP_KEEP_DAYS = env("BACKUP_KEEP_DAYS")
BACKUP_STORAGE = {
    "BACKEND": "storages.backends.s3.S3Storage",
    "OPTIONS": {
        "bucket_name": env("BACKUP_S3_BUCKET"),
        "location": env("BACKUP_S3_PREFIX"),
        "endpoint_url": env("BACKUP_S3_ENDPOINT_URL") or AWS_S3_ENDPOINT_URL,
        "region_name": env("BACKUP_S3_REGION_NAME") or AWS_S3_REGION_NAME,
        "access_key": env("BACKUP_S3_ACCESS_KEY_ID") or env("AWS_ACCESS_KEY_ID") or None,
        "secret_key": env("BACKUP_S3_SECRET_ACCESS_KEY") or env("AWS_SECRET_ACCESS_KEY") or None,
        "addressing_style": "path",
        "default_acl": None,  # private: the bucket's own policy, never public-read
        "querystring_auth": True,
        "file_overwrite": True,
        "custom_domain": None,
    },
}
STORAGES = {
    "default": MEDIA_STORAGE,
    # Hashed names and pre-compressed (gzip + Brotli) copies, served by whitenoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    **({"backups": BACKUP_STORAGE} if env("BACKUP_S3_BUCKET") else {}),
}

# The task worker's queue in production; run_worker keeps it alive through database outages.
WORKER_RESTART_DELAY = env("WORKER_RESTART_DELAY")
# Donors' personal data on gifts older than this is erased by the anonymise_donations job (operations.jobs).
DONATION_DATA_RETENTION_YEARS = env("DONATION_DATA_RETENTION_YEARS")

if env("SENTRY_DSN"):
    from security.error_reports import init_error_tracker

    init_error_tracker(env("SENTRY_DSN"), env("SENTRY_ENVIRONMENT"))
