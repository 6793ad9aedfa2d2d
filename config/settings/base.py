"""Settings shared by every environment, read from one typed environment schema.

Every variable read here is listed in the README's environment table.
"""

from datetime import timedelta
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, ""),
    ALLOWED_HOSTS=(list, []),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    DATABASE_CONN_MAX_AGE=(int, 600),
    CACHE_URL=(str, "locmemcache://"),
    WAGTAILADMIN_BASE_URL=(str, "http://localhost:8000"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    STATIC_ROOT=(str, str(BASE_DIR / "staticfiles")),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "Bir Duino-Kyrgyzstan <noreply@localhost>"),
    SERVER_EMAIL=(str, "noreply@localhost"),
    CONTACT_FORM_RATE=(str, "5/h"),
    RATELIMIT_IP_META_KEY=(str, "REMOTE_ADDR"),
    SECURE_SSL_REDIRECT=(bool, False),
    SECURE_HSTS_SECONDS=(int, 0),
    LOG_LEVEL=(str, "INFO"),
    # Donations (donations/README.md explains each one)
    STRIPE_SECRET_KEY=(str, ""),
    STRIPE_WEBHOOK_SECRET=(str, ""),
    DONATIONS_GATEWAY=(str, "auto"),
    DONATIONS_FORCE_TEST_GATEWAY=(bool, False),
    DONATIONS_CHECKOUT_RATE=(str, "10/h"),
    DONATIONS_MANAGE_RATE=(str, "5/h"),
    DONATIONS_SIGNING_SALT=(str, "donations"),
    DONATIONS_MANAGE_LINK_MAX_AGE=(int, 3600),
    DONATIONS_RECEIPT_MAX_ATTEMPTS=(int, 5),
    DONATIONS_RECEIPT_FROM_EMAIL=(str, ""),
    # Admin sign-in (security/signin_guard.py)
    SIGNIN_FREE_FAILURES=(int, 3),
    SIGNIN_MAX_WAIT_SECONDS=(int, 60),
    # Two-factor sign-in (security/two_factor*.py); production refuses TWO_FACTOR_REQUIRED=false
    TWO_FACTOR_REQUIRED=(bool, True),
    TWO_FACTOR_INVITATION_HOURS=(int, 24),
    # Error reports (security/error_reports.py): e-mails to ADMINS, optionally an error tracker
    ADMINS=(list, []),
    SENTRY_DSN=(str, ""),
    SENTRY_ENVIRONMENT=(str, "production"),
    # Backups (operations/backup.py, deploy/README.md "Backups")
    BACKUP_DIR=(str, str(BASE_DIR / "backups")),
    BACKUP_KEEP_LOCAL=(int, 3),
    BACKUP_KEEP_DAYS=(int, 30),
    BACKUP_S3_BUCKET=(str, ""),
    BACKUP_S3_PREFIX=(str, "backups"),
    BACKUP_S3_ENDPOINT_URL=(str, ""),
    BACKUP_S3_REGION_NAME=(str, ""),
    BACKUP_S3_ACCESS_KEY_ID=(str, ""),
    BACKUP_S3_SECRET_ACCESS_KEY=(str, ""),
    # E-mail provider and newsletter (newsletter/README.md explains each one)
    EMAIL_PROVIDER=(str, ""),
    EMAIL_PROVIDER_API_KEY=(str, ""),
    EMAIL_WEBHOOK_SECRET=(list, []),
    MAILGUN_SENDER_DOMAIN=(str, ""),
    MAILGUN_API_URL=(str, "https://api.mailgun.net/v3"),
    MAILGUN_WEBHOOK_SIGNING_KEY=(str, ""),
    NEWSLETTER_FROM_EMAIL=(str, ""),
    NEWSLETTER_UNSUBSCRIBE_MAILTO=(str, ""),
    NEWSLETTER_SUBSCRIBE_RATE=(str, "5/h"),
    NEWSLETTER_SEND_RATE=(float, 10.0),
    NEWSLETTER_BATCH_SIZE=(int, 200),
    NEWSLETTER_CONFIRM_DAYS=(int, 7),
    NEWSLETTER_RETENTION_DAYS=(int, 30),
    # Legal intake (intake/README.md)
    INTAKE_PUBLIC_KEY=(str, ""),
    INTAKE_RETENTION_DAYS=(int, 90),
    INTAKE_FORM_RATE=(str, "5/h"),
)
env_file = BASE_DIR / ".env"
if env_file.exists():
    environ.Env.read_env(env_file)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail_modeltranslation patches Wagtail's admin, so it comes first, as its docs order it.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    # Its `migrate` (which adds Wagtail's page translation columns) comes quieter from home/management/commands.
    "home",
    "publications",
    "donations",
    "intake",
    "security",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "operations",
    "newsletter",
    "anymail",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "modeltranslation",
    # After Wagtail's apps: its ready() takes over frontend_cache's page signals (core/apps.py).
    "core",
    "search",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a failure anywhere after it reports no value a public form sent (security/error_reports.py).
    "security.error_reports.PublicPostErrorReportMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "security.middleware.RefuseNulBytesMiddleware",
    "security.middleware.AreaContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "home.site_cache.CachedSiteMiddleware",
    "home.middleware.SameOriginPublicFormMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "home.middleware.AdminLanguageMiddleware",
    "security.sessions.AdminSessionTimeoutMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "security.two_factor.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "security.signin_guard.SignInSlowDownMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# Each worker keeps its connection between requests (opening one cost every request a PostgreSQL login);
# the health check replaces a connection the database dropped before a request uses it.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE")
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
CACHES = {"default": env.cache("CACHE_URL")}
# Django's Redis backend with one client per connection pool (core/redis_cache.py says why).
DJANGO_REDIS_CACHE = "django.core.cache.backends.redis.RedisCache"
if CACHES["default"]["BACKEND"] == DJANGO_REDIS_CACHE:
    CACHES["default"]["BACKEND"] = "core.redis_cache.RedisCache"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: one page tree, translated field by field (Wagtail's own i18n stays off).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("ky", "Кыргызча"),
]
# Our own strings first; then the Kyrgyz (and missing Russian) of Wagtail and the other packages' admin strings,
# kept apart so `makemessages` never rewrites them (scripts/third_party_messages.py keeps them in step).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "third_party_locale"]
# Kyrgyz dates and numbers as Kyrgyz writes them; money formats per language (config/formats/<code>/).
FORMAT_MODULE_PATH = ["config.formats"]
# PostgreSQL text-search configuration per language; Kyrgyz has no stemmer (search/kyrgyz_stem.py).
SEARCH_TEXT_CONFIGS = {"en": "english", "ru": "russian", "ky": "simple"}
TIME_ZONE = "Asia/Bishkek"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# Every language of the site has its column of each translated field; code reads the list through home.languages.
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("en",),
    "en": ("ru",),
    "ru": ("en",),
    "ky": ("ru", "en"),
}
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
# The editor's language picker remembers the languages shown, so the choice stays after saving.
WAGTAILMODELTRANSLATION_LOCALE_PICKER_RESTORE = True
# Editors pick the admin's language under Account → Preferences; Wagtail's Kyrgyz is in third_party_locale/.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILADMIN_USER_LOGIN_FORM = "security.login_form.LoginForm"

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names and pre-compressed (gzip + Brotli) copies, served by whitenoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Bir Duino-Kyrgyzstan"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "csv", "txt", "zip"]
WAGTAILIMAGES_FORMAT_CONVERSION = {"avif": "avif", "webp": "webp"}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILFORMS_SUBMISSIONS_EXPORT = True
# The admin works offline and tells no third party who edits the site: no release check against wagtail.org, no
# Gravatar images (initials instead).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Background work (receipts, search index updates) through django-tasks.
# Tests run tasks at once; development and production use the database queue and its worker (db_worker).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_CONFIG = env.email("EMAIL_URL")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = env("SERVER_EMAIL")

CONTACT_FORM_RATE = env("CONTACT_FORM_RATE")
# Rate limits count per client address; behind a reverse proxy name the header it sets (e.g. HTTP_X_REAL_IP).
RATELIMIT_IP_META_KEY = env("RATELIMIT_IP_META_KEY")

# Public pages set no cookies, so the session and CSRF cookies only reach the admin.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
LANGUAGE_COOKIE_NAME = "django_language"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views opt back in to SAMEORIGIN for their iframe
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS")

# Errors (a 500, a failed task or job) are e-mailed to ADMINS with donors' and intake data scrubbed
# (security/error_reports.py), and sent to an error tracker when SENTRY_DSN names one.
ADMINS = [(address, address) for address in env("ADMINS")]
DEFAULT_EXCEPTION_REPORTER_FILTER = "security.error_reports.ScrubbingExceptionReporterFilter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        "not_a_database_outage": {"()": "security.error_reports.NotADatabaseOutage"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false", "not_a_database_outage"],
            "class": "security.error_reports.ScrubbingAdminEmailHandler",
            "include_html": True,  # Django's full report as HTML too, through the same filter and scrubbing
        },
    },
    "root": {"handlers": ["console", "mail_admins"], "level": env("LOG_LEVEL")},
    "loggers": {
        "django": {"handlers": ["console", "mail_admins"], "level": env("LOG_LEVEL"), "propagate": False},
        # One line per background task and page action is noise on the console; warnings still show.
        "django_tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},  # the worker's "Task id=… RUNNING/SUCCESSFUL" pairs
        "wagtail": {"level": "WARNING"},
    },
}

# ---------------------------------------------------------------------------
# Donations (donations/README.md lists every variable, its default and whether production needs it)
# ---------------------------------------------------------------------------
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
# "auto": Stripe when STRIPE_SECRET_KEY is set, else the local simulated gateway; or "stripe" / "test".
DONATIONS_GATEWAY = env("DONATIONS_GATEWAY")
# The simulated gateway moves no money; with DEBUG off a system check refuses it unless this is set.
DONATIONS_FORCE_TEST_GATEWAY = env("DONATIONS_FORCE_TEST_GATEWAY")
DONATIONS_CHECKOUT_RATE = env("DONATIONS_CHECKOUT_RATE")
DONATIONS_MANAGE_RATE = env("DONATIONS_MANAGE_RATE")
DONATIONS_SIGNING_SALT = env("DONATIONS_SIGNING_SALT")
DONATIONS_MANAGE_LINK_MAX_AGE = env("DONATIONS_MANAGE_LINK_MAX_AGE")
DONATIONS_RECEIPT_MAX_ATTEMPTS = env("DONATIONS_RECEIPT_MAX_ATTEMPTS")
DONATIONS_RECEIPT_FROM_EMAIL = env("DONATIONS_RECEIPT_FROM_EMAIL") or DEFAULT_FROM_EMAIL

# ---------------------------------------------------------------------------
# Legal intake (intake/README.md): requests are sealed to this X25519 public key (base64, from
# `intake/offline/intake_tool.py keygen` on a lawyer's computer); without one the Get help page shows no form.
# ---------------------------------------------------------------------------
INTAKE_PUBLIC_KEY = env("INTAKE_PUBLIC_KEY")
# Development and tests seal to this key, whose private half is in the repository (intake/offline/
# development-key.pem); production settings refuse it.
INTAKE_DEVELOPMENT_PUBLIC_KEY = "eQ6Wd1oo2thbIC4ybW/8AEktRtlOukJqI9/b2OppDSQ="
INTAKE_RETENTION_DAYS = env("INTAKE_RETENTION_DAYS")
INTAKE_FORM_RATE = env("INTAKE_FORM_RATE")

# ---------------------------------------------------------------------------
# Security headers (security/; README "Security" explains each header and the admin's policy)
# ---------------------------------------------------------------------------
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Where embedded videos may come from (the embed block's help text names these two services).
CSP_FRAME_ORIGINS = env.list(
    "CSP_FRAME_ORIGINS",
    default=["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
# Extra origins for images and media, e.g. an object-storage bucket or CDN serving /media/.
CSP_MEDIA_ORIGINS = env.list("CSP_MEDIA_ORIGINS", default=[])
CSP_REPORT_RATE = env.str("CSP_REPORT_RATE", default="20/m")
CSP_REPORT_SITE_RATE = env.str("CSP_REPORT_SITE_RATE", default="500/h")
# Public pages: nothing inline, nothing from elsewhere but embedded videos. Stripe's origins are added to
# form-action only by the donation views whose forms redirect there.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *CSP_MEDIA_ORIGINS],
        "media-src": ["'self'", *CSP_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": CSP_FRAME_ORIGINS,
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "report-uri": ["/csp-report/"],
    }
}
# The Wagtail admin, found by driving it in Chromium (README "Security" lists what each addition is for).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *CSP_MEDIA_ORIGINS],
        "frame-src": ["'self'", *CSP_FRAME_ORIGINS],
        "frame-ancestors": ["'self'"],
    }
}
# Powerful browser features the site never uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
    "browsing-topics": [],
}
# security.txt: how to report a vulnerability; empty means the organisation settings' contact e-mail.
SECURITY_CONTACTS = env.list("SECURITY_CONTACTS", default=[])
SECURITY_POLICY_URL = env.str("SECURITY_POLICY_URL", default="")

# ---------------------------------------------------------------------------
# Admin accounts: lockout (django-axes), two-factor sign-in (django-otp), session lifetime
# ---------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failed sign-ins are counted per (account, client address) pair, in the database, so a lock holds on every app
# server: after AXES_FAILURE_LIMIT failures that pair waits AXES_COOLOFF_MINUTES (or staff lift it), while the
# account's owner elsewhere still signs in. Each address is also slowed progressively (security/signin_guard.py).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
SIGNIN_FREE_FAILURES = env("SIGNIN_FREE_FAILURES")
SIGNIN_MAX_WAIT_SECONDS = env("SIGNIN_MAX_WAIT_SECONDS")
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "security.lockouts.client_ip"
AXES_LOCKOUT_CALLABLE = "security.lockouts.lockout_response"
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_ENABLE_ADMIN = False  # staff see and lift locks in Wagtail (Settings → Sign-in lockouts)
AXES_VERBOSE = False
LOGGING["loggers"]["axes"] = {"level": "WARNING"}  # lockouts and failures stay; per-attempt chatter goes
# Two-factor sign-in: required for superusers and these groups, optional for other editors; those who must use it
# enrol through a one-time invitation link (security/two_factor_invitations.py). Development may switch the
# requirement off (config/settings/dev.py); production refuses to.
TWO_FACTOR_REQUIRED = env("TWO_FACTOR_REQUIRED")
TWO_FACTOR_INVITATION_HOURS = env("TWO_FACTOR_INVITATION_HOURS")
TWO_FACTOR_REQUIRED_GROUPS = env.list(
    "TWO_FACTOR_REQUIRED_GROUPS", default=["Donation managers", "Legal intake", "Newsletter managers"]
)
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Bir Duino-Kyrgyzstan")
OTP_TOTP_THROTTLE_FACTOR = 1
# An admin session ends after ADMIN_SESSION_HOURS, or after ADMIN_IDLE_MINUTES without a request (each request
# renews the idle clock; public pages never touch the session).
SESSION_COOKIE_AGE = env.int("ADMIN_SESSION_HOURS", default=12) * 3600
ADMIN_IDLE_MINUTES = env.int("ADMIN_IDLE_MINUTES", default=60)

# ---------------------------------------------------------------------------
# Uploads (security/uploads.py): no SVG or HTML, bounded sizes, photos without EXIF/XMP (location)
# ---------------------------------------------------------------------------
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("IMAGE_MAX_UPLOAD_MB", default=15) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000  # decompression bombs are refused before decoding
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_MB", default=25) * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "security.uploads.MetadataFreeImageForm"
# Request bodies other than files (forms, webhooks) and the number of fields; files stream to disk above 2.5 MB.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # the statement editor posts many inline recommendations
# Production tier: shared page cache and purge, object storage, task worker (README, "Running in production")
# ---------------------------------------------------------------------------
# Public pages say how long a shared cache (the reverse proxy, a CDN) and browsers may keep them.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
BROWSER_CACHE_SECONDS = env.int("BROWSER_CACHE_SECONDS", default=60)
# Outermost, so it sees every cookie the other middleware set before it marks a response public.
MIDDLEWARE.insert(0, "core.cache_headers.PublicPageCacheMiddleware")
# Outside it: compresses what it marked public, before the proxy's cache stores it (core/compression.py).
MIDDLEWARE.insert(0, "core.compression.PublicPageCompressionMiddleware")

# Purge on change through wagtail.contrib.frontend_cache: the local proxy, and/or a CDN in front of it.
WAGTAILFRONTENDCACHE = {}
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "core.purge.TimeoutHTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
    }
if env.str("CLOUDFLARE_ZONE_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("CLOUDFLARE_API_TOKEN", default=""),
        "ZONEID": env.str("CLOUDFLARE_ZONE_ID"),
    }
if env.str("CLOUDFRONT_DISTRIBUTION_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.str("CLOUDFRONT_DISTRIBUTION_ID"),
    }
# Purge each address under every language prefix (the regex swaps /en/ for /ru/ and /ky/).
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]
# Renditions are written once however many servers render them at once (core/renditions.py).
WAGTAILIMAGES_RENDITION_STORAGE = "core.renditions.RenditionStorage"

# Media on S3-compatible object storage (AWS, Cloudflare R2, MinIO, Backblaze B2) when a bucket is named;
# otherwise on local disk under MEDIA_ROOT, served by the reverse proxy.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="") or None
    AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default="") or None
    AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None
    AWS_S3_ADDRESSING_STYLE = env.str("AWS_S3_ADDRESSING_STYLE", default="path")
    AWS_S3_URL_PROTOCOL = env.str("AWS_S3_URL_PROTOCOL", default="https:")
    AWS_LOCATION = env.str("AWS_LOCATION", default="media")
    # Image files get plain public addresses (cacheable by browsers and a CDN); documents are streamed
    # through Wagtail's document view, which checks collection privacy, so no bucket address ever leaks.
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=31536000"}
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Nightly backups (operations/backup.py): kept in BACKUP_DIR and, when a bucket is named, copied off the server
# through django-storages. The endpoint and keys default to the media bucket's (AWS_*): give another provider's.
BACKUP_DIR = env("BACKUP_DIR")
BACKUP_KEEP_LOCAL = env("BACKUP_KEEP_LOCAL")
BACKUP_KEEP_DAYS = env("BACKUP_KEEP_DAYS")
if env("BACKUP_S3_BUCKET"):
    STORAGES["backups"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("BACKUP_S3_BUCKET"),
            "location": env("BACKUP_S3_PREFIX"),
            "endpoint_url": env("BACKUP_S3_ENDPOINT_URL") or env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env("BACKUP_S3_REGION_NAME") or env.str("AWS_S3_REGION_NAME", default="") or None,
            "access_key": env("BACKUP_S3_ACCESS_KEY_ID") or env.str("AWS_ACCESS_KEY_ID", default="") or None,
            "secret_key": env("BACKUP_S3_SECRET_ACCESS_KEY") or env.str("AWS_SECRET_ACCESS_KEY", default="") or None,
            "addressing_style": "path",
            "default_acl": None,  # private: the bucket's own policy, never public-read
            "querystring_auth": True,
            "file_overwrite": True,
            "custom_domain": None,
        },
    }

# The task worker's queue in production; run_worker keeps it alive through database outages.
WORKER_RESTART_DELAY = env.float("WORKER_RESTART_DELAY", default=2.0)
# Donors' personal data on gifts older than this is erased by the anonymise_donations job (operations.jobs).
DONATION_DATA_RETENTION_YEARS = env.int("DONATION_DATA_RETENTION_YEARS", default=7)

# Images on object storage behind their own domain are allowed by both content security policies.
if AWS_STORAGE_BUCKET_NAME and AWS_S3_CUSTOM_DOMAIN:
    for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        _policy["DIRECTIVES"]["img-src"].append(f"https://{AWS_S3_CUSTOM_DOMAIN}")

if env("SENTRY_DSN"):
    from security.error_reports import init_error_tracker

    init_error_tracker(env("SENTRY_DSN"), env("SENTRY_ENVIRONMENT"))
# ---------------------------------------------------------------------------
# E-mail through a provider's API (django-anymail) instead of EMAIL_URL, and the newsletter (newsletter/README.md)
# ---------------------------------------------------------------------------
EMAIL_PROVIDER = env("EMAIL_PROVIDER")
EMAIL_PROVIDER_BACKENDS = {
    "mailgun": "anymail.backends.mailgun.EmailBackend",
    "postmark": "anymail.backends.postmark.EmailBackend",
    "brevo": "anymail.backends.brevo.EmailBackend",
    "amazon_ses": "anymail.backends.amazon_ses.EmailBackend",
}
if EMAIL_PROVIDER in EMAIL_PROVIDER_BACKENDS:  # an unknown name is refused by the check newsletter.E001
    EMAIL_BACKEND = EMAIL_PROVIDER_BACKENDS[EMAIL_PROVIDER]
# The webhooks of a provider answer only when its secret is set (newsletter.webhooks): Mailgun signs each event
# with its signing key; Postmark, Brevo and Amazon SES send the basic-auth "user:password" of EMAIL_WEBHOOK_SECRET.
ANYMAIL = {
    "MAILGUN_API_KEY": env("EMAIL_PROVIDER_API_KEY"),
    "MAILGUN_SENDER_DOMAIN": env("MAILGUN_SENDER_DOMAIN"),
    "MAILGUN_API_URL": env("MAILGUN_API_URL"),
    "MAILGUN_WEBHOOK_SIGNING_KEY": env("MAILGUN_WEBHOOK_SIGNING_KEY"),
    "POSTMARK_SERVER_TOKEN": env("EMAIL_PROVIDER_API_KEY"),
    "BREVO_API_KEY": env("EMAIL_PROVIDER_API_KEY"),
    "WEBHOOK_SECRET": env("EMAIL_WEBHOOK_SECRET"),
}
NEWSLETTER_FROM_EMAIL = env("NEWSLETTER_FROM_EMAIL") or DEFAULT_FROM_EMAIL
# The mailbox of the `mailto:` one-click address (RFC 8058); empty: the sender's own address.
NEWSLETTER_UNSUBSCRIBE_MAILTO = env("NEWSLETTER_UNSUBSCRIBE_MAILTO")
NEWSLETTER_SUBSCRIBE_RATE = env("NEWSLETTER_SUBSCRIBE_RATE")
NEWSLETTER_SEND_RATE = env("NEWSLETTER_SEND_RATE")  # messages per second per worker; 0: no limit
NEWSLETTER_BATCH_SIZE = env("NEWSLETTER_BATCH_SIZE")
NEWSLETTER_CONFIRM_DAYS = env("NEWSLETTER_CONFIRM_DAYS")
NEWSLETTER_RETENTION_DAYS = env("NEWSLETTER_RETENTION_DAYS")
