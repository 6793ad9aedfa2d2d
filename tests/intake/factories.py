import wagtail_factories

from intake.models import GetHelpPage


class GetHelpPageFactory(wagtail_factories.PageFactory):
    title = "Get help"
    title_en = "Get help"
    slug = "get-help"
    intro_en = "Our lawyers can help."

    class Meta:
        model = GetHelpPage
