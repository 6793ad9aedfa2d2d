"""Security (README "Security"): cookies and headers, content security policies, permissions policy, security.txt,
admin accounts (lockout, two-factor sign-in, session lifetime), uploads."""

from datetime import timedelta

from .env import env

# Public pages set no cookies, so the session and CSRF cookies only reach the admin.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
LANGUAGE_COOKIE_NAME = "django_language"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views opt back in to SAMEORIGIN for their iframe
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS") or 0  # production: a year unless set (production.py)


# ---------------------------------------------------------------------------
# Headers and policies
# ---------------------------------------------------------------------------
SECURE_HSTS_INCLUDE_SUBDOMAINS = env("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env("SECURE_HSTS_PRELOAD")
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Where embedded videos may come from (the embed block's help text names these two services).
CSP_FRAME_ORIGINS = env("CSP_FRAME_ORIGINS")
# Extra origins for images and media, e.g. an object-storage bucket or CDN serving /media/; images on object
# storage behind their own domain are allowed too.
CSP_MEDIA_ORIGINS = env("CSP_MEDIA_ORIGINS")
MEDIA_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN") if env("AWS_STORAGE_BUCKET_NAME") else ""
IMAGE_ORIGINS = [*CSP_MEDIA_ORIGINS, *([f"https://{MEDIA_DOMAIN}"] if MEDIA_DOMAIN else [])]
CSP_REPORT_RATE = env("CSP_REPORT_RATE")
CSP_REPORT_SITE_RATE = env("CSP_REPORT_SITE_RATE")


def content_security_policies(upgrade_insecure_requests=False):
    """(public pages' policy, the Wagtail admin's). Public pages: nothing inline, nothing from elsewhere but
    embedded videos; Stripe's origins are added to form-action only by the donation views whose forms redirect
    there. The admin's additions were found by driving it in Chromium (README "Security" lists each)."""
    upgrade = {"upgrade-insecure-requests": True} if upgrade_insecure_requests else {}
    public = {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *IMAGE_ORIGINS],
        "media-src": ["'self'", *CSP_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": CSP_FRAME_ORIGINS,
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "report-uri": ["/csp-report/"],
        **upgrade,
    }
    admin = {
        **public,
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *IMAGE_ORIGINS],
        "frame-src": ["'self'", *CSP_FRAME_ORIGINS],
        "frame-ancestors": ["'self'"],
    }
    return {"DIRECTIVES": public}, {"DIRECTIVES": admin}


CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY = content_security_policies()
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
SECURITY_CONTACTS = env("SECURITY_CONTACTS")
SECURITY_POLICY_URL = env("SECURITY_POLICY_URL")

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
AXES_FAILURE_LIMIT = env("AXES_FAILURE_LIMIT")
AXES_COOLOFF_TIME = timedelta(minutes=env("AXES_COOLOFF_MINUTES"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
SIGNIN_FREE_FAILURES = env("SIGNIN_FREE_FAILURES")
SIGNIN_MAX_WAIT_SECONDS = env("SIGNIN_MAX_WAIT_SECONDS")
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "security.lockouts.client_ip"
AXES_LOCKOUT_CALLABLE = "security.lockouts.lockout_response"
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_ENABLE_ADMIN = False  # staff see and lift locks in Wagtail (Settings → Sign-in lockouts)
AXES_VERBOSE = False
# Two-factor sign-in: required for superusers and these groups, optional for other editors; those who must use it
# enrol through a one-time invitation link (security/two_factor_invitations.py). Development may switch the
# requirement off (config/settings/dev.py); production refuses to.
TWO_FACTOR_REQUIRED = env("TWO_FACTOR_REQUIRED")
TWO_FACTOR_INVITATION_HOURS = env("TWO_FACTOR_INVITATION_HOURS")
TWO_FACTOR_REQUIRED_GROUPS = env("TWO_FACTOR_REQUIRED_GROUPS")
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER")
OTP_TOTP_THROTTLE_FACTOR = 1
# An admin session ends after ADMIN_SESSION_HOURS, or after ADMIN_IDLE_MINUTES without a request (each request
# renews the idle clock; public pages never touch the session).
SESSION_COOKIE_AGE = env("ADMIN_SESSION_HOURS") * 3600
ADMIN_IDLE_MINUTES = env("ADMIN_IDLE_MINUTES")

# ---------------------------------------------------------------------------
# Uploads (security/uploads.py): no SVG or HTML, bounded sizes, photos without EXIF/XMP (location)
# ---------------------------------------------------------------------------
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env("IMAGE_MAX_UPLOAD_MB") * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000  # decompression bombs are refused before decoding
WAGTAILDOCS_MAX_UPLOAD_SIZE = env("DOCUMENT_MAX_UPLOAD_MB") * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "security.uploads.MetadataFreeImageForm"
# Request bodies other than files (forms, webhooks) and the number of fields; files stream to disk above 2.5 MB.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # the statement editor posts many inline recommendations
