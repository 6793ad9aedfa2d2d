"""The demo Get help page at /<lang>/get-help/, linked from the contact page and the About page's "How to get
help" section when it is first made. Safe to run again: an existing page (and the links) are left as they are."""

import json

from demo.home import child_page, demo_languages
from home.models import ContactPage, ContentPage
from intake.models import GetHelpPage

PHONE = "+996 559 099015"
TITLE = {"en": "Get help", "ru": "Получить помощь", "ky": "Жардам алуу"}
SEARCH_DESCRIPTION = {
    "en": "Ask the lawyers of Bir Duino-Kyrgyzstan for free, confidential legal help.",
    "ru": "Бесплатная и конфиденциальная юридическая помощь юристов «Бир Дуйно-Кыргызстан».",
    "ky": "«Бир Дүйнө-Кыргызстан» юристтеринин акысыз жана купуя юридикалык жардамы.",
}
INTRO = {
    "en": "If your rights, or the rights of someone close to you, have been violated, our lawyers can help free of "
    "charge. Tell us what happened through the form below: only our lawyers can read it.",
    "ru": "Если нарушены ваши права или права близкого вам человека, наши юристы помогут бесплатно. Расскажите, что "
    "случилось, через форму ниже: прочитать её могут только наши юристы.",
    "ky": "Эгер сиздин же жакыныңыздын укуктары бузулса, биздин юристтер акысыз жардам беришет. Эмне болгонун "
    "төмөнкү форма аркылуу айтып бериңиз: аны биздин юристтер гана окуй алышат.",
}
SECTIONS = {
    "en": [
        (
            "What happens next",
            "<p>A lawyer reads every request and contacts you in the way and at the time you choose. Write as much as "
            "you feel safe to write; the lawyer will ask about the rest. Our help is free and confidential.</p>"
            f"<p>In an emergency (someone has just been detained, or is in danger now) do not wait for an answer: "
            f"call {PHONE}.</p>",
        ),
        (
            "How to stay safe",
            "<ul><li>If someone else uses or checks this phone or computer, write from a device they cannot see, or in "
            "a private (incognito) window.</li><li>When you have finished, close this page and delete this site from "
            "the browser's history.</li><li>Choose a way and a time to be contacted that are safe for you: the lawyer "
            "keeps to them.</li><li>For the strongest protection, open this page in Tor Browser: the form works "
            "without JavaScript.</li></ul>",
        ),
        (
            "What not to send",
            "<ul><li>Documents, photos or recordings: the lawyer will tell you how to pass them on safely.</li>"
            "<li>Passwords, or details of people who have nothing to do with the case.</li><li>Anything you are not "
            "comfortable writing down: you can tell the lawyer the rest in person.</li></ul>",
        ),
    ],
    "ru": [
        (
            "Что будет дальше",
            "<p>Юрист читает каждое обращение и связывается с вами тем способом и в то время, которые вы выберете. "
            "Напишите столько, сколько вам безопасно написать; об остальном юрист спросит сам. Наша помощь бесплатна и "
            "конфиденциальна.</p><p>В экстренном случае (человека только что задержали или ему сейчас угрожает "
            f"опасность) не ждите ответа, звоните: {PHONE}.</p>",
        ),
        (
            "Как обезопасить себя",
            "<ul><li>Если этим телефоном или компьютером пользуется или проверяет кто-то ещё, напишите с устройства, "
            "которое он не видит, или в приватном окне (инкогнито).</li><li>Закончив, закройте эту страницу и удалите "
            "этот сайт из истории браузера.</li><li>Выберите безопасные для вас способ и время связи: юрист будет их "
            "соблюдать.</li><li>Для самой надёжной защиты откройте эту страницу в Tor Browser: форма работает и без "
            "JavaScript.</li></ul>",
        ),
        (
            "Что не стоит отправлять",
            "<ul><li>Документы, фотографии и записи: юрист подскажет, как безопасно их передать.</li><li>Пароли и "
            "сведения о людях, не причастных к делу.</li><li>То, что вам неспокойно доверять письму: остальное можно "
            "рассказать юристу лично.</li></ul>",
        ),
    ],
    "ky": [
        (
            "Мындан ары эмне болот",
            "<p>Юрист ар бир кайрылууну окуйт жана сиз тандаган жол менен, сиз тандаган убакта сиз менен байланышат. "
            "Жазууга коопсуз деп эсептегениңизди гана жазыңыз; калганын юрист өзү сурайт. Биздин жардам акысыз жана "
            "купуя.</p><p>Шашылыш учурда (адам жаңы эле кармалса же азыр коркунучта болсо) жоопту күтпөңүз, "
            f"чалыңыз: {PHONE}.</p>",
        ),
        (
            "Өзүңүздү кантип коргойсуз",
            "<ul><li>Эгер бул телефонду же компьютерди башка бирөө колдонсо же текшерсе, ал көрө албаган түзмөктөн же "
            "жашыруун (инкогнито) терезеден жазыңыз.</li><li>Бүткөндөн кийин бул баракты жаап, бул сайтты браузердин "
            "тарыхынан өчүрүңүз.</li><li>Өзүңүзгө коопсуз байланыш жолун жана убактысын тандаңыз: юрист аларды "
            "сактайт.</li><li>Эң ишенимдүү коргонуу үчүн бул баракты Tor Browser аркылуу ачыңыз: форма JavaScript'сиз "
            "да иштейт.</li></ul>",
        ),
        (
            "Эмнени жөнөтпөө керек",
            "<ul><li>Документтерди, сүрөттөрдү же жазууларды: аларды кантип коопсуз берүүнү юрист айтат.</li>"
            "<li>Сырсөздөрдү жана ишке тиешеси жок адамдар тууралуу маалыматты.</li><li>Жазууга тынчсызданган "
            "нерселериңизди: калганын юристке жолукканда айтып берсеңиз болот.</li></ul>",
        ),
    ],
}
THANK_YOU = {
    "en": "<p>Thank you for trusting us. A lawyer will contact you in the way and at the time you chose. If you are "
    f"in danger now, call {PHONE}.</p>",
    "ru": "<p>Спасибо за доверие. Юрист свяжется с вами выбранным способом и в выбранное время. Если вам угрожает "
    f"опасность сейчас, звоните: {PHONE}.</p>",
    "ky": "<p>Ишенимиңиз үчүн рахмат. Юрист сиз тандаган жол менен жана убакта сиз менен байланышат. Эгер азыр "
    f"коркунучта болсоңуз, чалыңыз: {PHONE}.</p>",
}
# Added under the contact page's introduction and after the About page's "How to get help" section.
CONTACT_LINK = {
    "en": "<p>For a request for legal help, please use the confidential <a>Get help</a> form instead: only our "
    "lawyers can read it.</p>",
    "ru": "<p>С просьбой о юридической помощи лучше обращайтесь через конфиденциальную форму <a>«Получить "
    "помощь»</a>: прочитать её могут только наши юристы.</p>",
    "ky": "<p>Юридикалык жардам сурап кайрылуу үчүн купуя <a>«Жардам алуу»</a> формасын колдонуңуз: аны биздин "
    "юристтер гана окуй алышат.</p>",
}
ABOUT_LINK = {
    "en": "<p>You can also ask for help confidentially through the <a>Get help</a> form: only our lawyers can read "
    "what you write.</p>",
    "ru": "<p>Вы также можете конфиденциально обратиться за помощью через форму <a>«Получить помощь»</a>: "
    "прочитать написанное могут только наши юристы.</p>",
    "ky": "<p>Ошондой эле <a>«Жардам алуу»</a> формасы аркылуу купуя жардам сурасаңыз болот: жазганыңызды биздин "
    "юристтер гана окуй алышат.</p>",
}


def guidance(language):
    blocks = []
    for heading, html in SECTIONS[language]:
        blocks += [{"type": "heading", "value": {"text": heading}}, {"type": "paragraph", "value": html}]
    return json.dumps(blocks)


def page_link(html, page):
    return html.replace("<a>", f'<a linktype="page" id="{page.pk}">')


def link_from_contact_and_about(home, page):
    contact = ContactPage.objects.child_of(home).first()
    if contact is not None:
        for language in demo_languages():
            field = f"intro_{language}"
            setattr(contact, field, (getattr(contact, field) or "") + page_link(CONTACT_LINK[language], page))
        contact.save()
    about = ContentPage.objects.child_of(home).filter(slug="about").first()
    if about is not None:
        for language in demo_languages():
            field = f"body_{language}"
            blocks = [dict(block) for block in getattr(about, field).raw_data]
            # Before the closing call to action, which follows the "How to get help" section.
            position = next((i for i, b in enumerate(blocks) if b["type"] == "call_to_action"), len(blocks))
            blocks.insert(position, {"type": "paragraph", "value": page_link(ABOUT_LINK[language], page)})
            setattr(about, field, json.dumps(blocks))
        about.save()


def load(context):
    home = context["home"]
    existed = GetHelpPage.objects.child_of(home).filter(slug="get-help").exists()
    page = child_page(
        home,
        GetHelpPage,
        "get-help",
        TITLE,
        search_description=SEARCH_DESCRIPTION,
        intro=INTRO,
        thank_you_text=THANK_YOU,
        **{f"body_{language}": guidance(language) for language in demo_languages()},
    )
    if not existed:
        link_from_contact_and_about(home, page)
    return {"get_help_page": page}
