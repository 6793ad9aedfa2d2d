from django.contrib import admin

from .models import CspViolationReport


@admin.register(CspViolationReport)
class CspViolationReportAdmin(admin.ModelAdmin):
    list_display = ["received_at", "violated_directive", "blocked_uri", "document_uri"]
    list_filter = ["violated_directive"]
    search_fields = ["document_uri", "blocked_uri", "source_file"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
