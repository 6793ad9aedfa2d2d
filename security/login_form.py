"""Wagtail's sign-in form with its password field labelled: Wagtail 8.0.1 gives that field no label, so Django
shows the field's name, "Password", in every admin language. Django's own translated label is reused."""

from django.contrib.auth.forms import AuthenticationForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label
