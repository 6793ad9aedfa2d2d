"""Addresses under the language prefix (filled in by this app's own issue)."""

urlpatterns = []
