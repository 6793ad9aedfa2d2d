"""Addresses without a language prefix (filled in by this app's own issue)."""

urlpatterns = []
