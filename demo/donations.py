"""The demo donation page at /<lang>/donate/, linked from the header's Donate button. Safe to run again."""

from demo.home import child_page, set_translated
from donations.models import DonationCurrency, DonationImpact, DonationPage
from home.models import OrganisationSettings

INTRO = {
    "en": "<p>Bir Duino-Kyrgyzstan gives free legal help to people whose rights have been violated, visits places "
    "of detention, and stands beside victims of torture and domestic violence, often for many years. Your gift "
    "keeps our lawyers in court and our doors open to the dozens of people who come to us every day.</p>",
    "ru": "<p>«Бир Дуйно-Кыргызстан» бесплатно помогает юристами людям, чьи права нарушены, посещает места "
    "лишения свободы и годами поддерживает жертв пыток и домашнего насилия. Ваш взнос позволяет нашим юристам "
    "работать в судах, а нашим дверям — оставаться открытыми для десятков людей, "
    "которые приходят к нам каждый день.</p>",
    "ky": "<p>«Бир Дүйнө-Кыргызстан» укугу бузулган адамдарга акысыз юридикалык жардам көрсөтөт, эркинен ажыратылган "
    "жайларга барат жана кыйноо менен үй-бүлөлүк зомбулуктун курмандыктарын көп жылдар бою колдойт. Сиздин "
    "салымыңыз юристтерибизге сотто иштөөгө жана күн сайын бизге келген ондогон адамдарга эшигибизди ачык "
    "кармоого мүмкүндүк берет.</p>",
}
THANKS = {
    "en": "<p>Thank you for standing with the people we defend. Every gift, large or small, counts.</p>",
    "ru": "<p>Спасибо, что вы рядом с людьми, которых мы защищаем. Важен каждый взнос, большой или маленький.</p>",
    "ky": "<p>Биз коргогон адамдардын жанында болгонуңуз үчүн рахмат. Чоңбу-кичинеби, ар бир салым маанилүү.</p>",
}
TRANSPARENCY = {
    "en": "<p>We publish what we receive, so that everyone can see how our work is funded.</p>",
    "ru": "<p>Мы публикуем полученные суммы, чтобы каждый мог видеть, как финансируется наша работа.</p>",
    "ky": "<p>Ишибиз кантип каржыланарын ар ким көрө алышы үчүн алынган суммаларды жарыялайбыз.</p>",
}
TITLE = {"en": "Support our work", "ru": "Поддержите нашу работу", "ky": "Ишибизди колдоңуз"}
CURRENCIES = [("KGS", "500, 1000, 2500, 5000"), ("USD", "10, 25, 50, 100"), ("EUR", "10, 25, 50, 100")]
MONTHLY_PITCH = {
    "en": "A monthly gift lets our lawyers take on cases that last for years.",
    "ru": "Ежемесячный взнос позволяет нашим юристам браться за дела, которые длятся годами.",
    "ky": "Ай сайынкы салым юристтерибизге жылдар бою созулган иштерди алып барууга мүмкүндүк берет.",
}
# What each preset amount pays for: the same four lines for the som, dollar and euro presets, in order.
IMPACTS = [
    {
        "en": "pays for a legal consultation for someone who turns to us",
        "ru": "оплатит юридическую консультацию для человека, который к нам обратился",
        "ky": "бизге кайрылган адамга юридикалык кеңешти төлөйт",
    },
    {
        "en": "pays for a monitor's trip to a place of detention",
        "ru": "оплатит поездку монитора в место лишения свободы",
        "ky": "монитордун эркинен ажыратуу жайына барышын төлөйт",
    },
    {
        "en": "pays for a lawyer's day in court",
        "ru": "оплатит день работы юриста в суде",
        "ky": "юристтин сотто бир күн иштешин төлөйт",
    },
    {
        "en": "pays for a month of rehabilitation for a survivor of torture",
        "ru": "оплатит месяц реабилитации для пострадавшего от пыток",
        "ky": "кыйноодон жапа чеккен адамдын бир айлык реабилитациясын төлөйт",
    },
]


def load(context):
    home, site = context["home"], context["site"]
    page = child_page(
        home,
        DonationPage,
        "donate",
        TITLE,
        intro=INTRO,
        thank_you_text=THANKS,
        transparency_intro=TRANSPARENCY,
        monthly_pitch=MONTHLY_PITCH,
        campaign="legal-aid-2026",
        goal_amount=500000,
        goal_currency="KGS",
    )
    if not page.currencies.exists():
        for order, (code, presets) in enumerate(CURRENCIES):
            DonationCurrency.objects.create(page=page, currency=code, presets=presets, sort_order=order)
    if not page.impacts.exists():
        for code, presets in CURRENCIES:
            for order, (amount, text) in enumerate(zip(presets.split(", "), IMPACTS, strict=True)):
                impact = DonationImpact(page=page, currency=code, amount=int(amount), sort_order=order)
                set_translated(impact, "text", text)
                impact.save()
    organisation = OrganisationSettings.for_site(site)
    if organisation.donation_page_id != page.pk:
        organisation.donation_page = page
        organisation.save(update_fields=["donation_page"])
    return {"donation_page": page}
