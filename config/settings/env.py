"""Every environment variable the site reads, declared once with its type and default (README's environment
table lists each). Settings modules read values through `env`, never `os.environ`."""

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
    SECURE_HSTS_SECONDS=(int, None),  # unset: off in development, a year in production
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
    # Security headers, content security policy and security.txt (config/settings/security.py)
    SECURE_HSTS_INCLUDE_SUBDOMAINS=(bool, False),
    SECURE_HSTS_PRELOAD=(bool, False),
    SECURE_COOKIES=(bool, True),
    CSP_FRAME_ORIGINS=(
        list,
        ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    ),
    CSP_MEDIA_ORIGINS=(list, []),
    CSP_REPORT_RATE=(str, "20/m"),
    CSP_REPORT_SITE_RATE=(str, "500/h"),
    SECURITY_CONTACTS=(list, []),
    SECURITY_POLICY_URL=(str, ""),
    # Admin accounts: lockout, two-factor groups, session lifetime
    AXES_FAILURE_LIMIT=(int, 5),
    AXES_COOLOFF_MINUTES=(int, 30),
    TWO_FACTOR_REQUIRED_GROUPS=(list, ["Donation managers", "Legal intake", "Newsletter managers"]),
    OTP_TOTP_ISSUER=(str, "Bir Duino-Kyrgyzstan"),
    ADMIN_SESSION_HOURS=(int, 12),
    ADMIN_IDLE_MINUTES=(int, 60),
    # Uploads (security/uploads.py)
    IMAGE_MAX_UPLOAD_MB=(int, 15),
    DOCUMENT_MAX_UPLOAD_MB=(int, 25),
    # Production tier: page cache and purge, object storage, worker, retention (config/settings/production_tier.py)
    PAGE_CACHE_SECONDS=(int, 600),
    BROWSER_CACHE_SECONDS=(int, 60),
    FRONTEND_CACHE_PURGE_URL=(str, ""),
    CLOUDFLARE_ZONE_ID=(str, ""),
    CLOUDFLARE_API_TOKEN=(str, ""),
    CLOUDFRONT_DISTRIBUTION_ID=(str, ""),
    AWS_STORAGE_BUCKET_NAME=(str, ""),
    AWS_S3_ENDPOINT_URL=(str, ""),
    AWS_S3_REGION_NAME=(str, ""),
    AWS_S3_CUSTOM_DOMAIN=(str, ""),
    AWS_S3_ADDRESSING_STYLE=(str, "path"),
    AWS_S3_URL_PROTOCOL=(str, "https:"),
    AWS_LOCATION=(str, "media"),
    AWS_ACCESS_KEY_ID=(str, ""),
    AWS_SECRET_ACCESS_KEY=(str, ""),
    WORKER_RESTART_DELAY=(float, 2.0),
    DONATION_DATA_RETENTION_YEARS=(int, 7),
)
env_file = BASE_DIR / ".env"
if env_file.exists():
    environ.Env.read_env(env_file)
