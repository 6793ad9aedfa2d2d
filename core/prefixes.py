"""Address prefixes the site treats apart, named once (importable before Django's apps load: settings' logging
filters use them)."""

# The Wagtail admin and Django's: Django's CSRF token, the admin's security policy and language, sign-in guards,
# never cached.
ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Never shared by the proxy or a CDN, and looked up as Wagtail does (no cached site).
PRIVATE_PREFIXES = (*ADMIN_PREFIXES, "/documents/", "/healthz")
