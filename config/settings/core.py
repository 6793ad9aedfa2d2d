"""The site itself: apps, middleware, templates, database, cache, languages, Wagtail, tasks, e-mail, logging."""

from .env import BASE_DIR, env

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
    "translations",
    # The demo site's loaders (`manage.py load_demo_content`): a tool, imported by no app of the product.
    "demo",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Outside the next: compresses what it marked public, before the proxy's cache stores it (core/compression.py).
    "core.compression.PublicPageCompressionMiddleware",
    # Outermost but for compression, so it sees every cookie the other middleware set before it marks a response
    # public.
    "core.cache_headers.PublicPageCacheMiddleware",
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
    "core.site_cache.CachedSiteMiddleware",
    "core.middleware.SameOriginPublicFormMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "translations.middleware.AdminLanguageMiddleware",
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

# Each worker keeps its connection between requests (opening one cost every request a PostgreSQL login);
# the health check replaces a connection the database dropped before a request uses it.
DATABASES = {
    "default": {
        **env.db("DATABASE_URL"),
        "ATOMIC_REQUESTS": False,
        "CONN_MAX_AGE": env("DATABASE_CONN_MAX_AGE"),
        "CONN_HEALTH_CHECKS": True,
    }
}
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
# Each language's locale as link previews name it (og:locale): language_TERRITORY.
OPEN_GRAPH_LOCALES = {"en": "en_GB", "ru": "ru_RU", "ky": "ky_KG"}
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
# Every language of the site has its column of each translated field; code reads the list through core.languages.
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
        "axes": {"level": "WARNING"},  # lockouts and failures stay; per-attempt chatter goes
    },
}
