"""Demo content: the newsletter page under the home page (the footer form and the home page link to it)."""

from demo.home import child_page
from newsletter.models import NewsletterPage

PAGE = {
    "slug": "newsletter",
    "title": {
        "en": "Statements by e-mail",
        "ru": "Заявления по электронной почте",
        "ky": "Билдирүүлөр электрондук почта аркылуу",
    },
    "intro": {
        "en": "<p>Receive our statements and reports on the day we publish them, and a short weekly digest of "
        "news and case stories if you wish. In English, Russian or Kyrgyz, on the topics you choose.</p>",
        "ru": "<p>Получайте наши заявления и доклады в день публикации, а по желанию — короткую еженедельную "
        "сводку новостей и историй. На русском, английском или кыргызском языке, по выбранным темам.</p>",
        "ky": "<p>Билдирүүлөрүбүздү жана баяндамаларыбызды жарыяланган күнү алыңыз, кааласаңыз — жаңылыктардын "
        "жана окуялардын кыска жумалык топтомун да. Кыргыз, орус же англис тилинде, өзүңүз тандаган темалар "
        "боюнча.</p>",
    },
    "privacy_note": {
        "en": "<p>We use your address only to send what you asked for. No tracking: our e-mails contain no "
        "pixels, no redirected links and no images from other sites. Every e-mail has a link to change your "
        "choices or leave at once; addresses that leave are deleted after 30 days.</p>",
        "ru": "<p>Мы используем ваш адрес только для того, о чём вы просили. Без слежки: в наших письмах нет "
        "пикселей, переадресованных ссылок и картинок с других сайтов. В каждом письме есть ссылка, чтобы "
        "изменить выбор или сразу отписаться; адреса отписавшихся удаляются через 30 дней.</p>",
        "ky": "<p>Дарегиңизди сиз сураганды жөнөтүү үчүн гана колдонобуз. Эч кандай көз салуу жок: каттарыбызда "
        "пиксель, багыты өзгөртүлгөн шилтеме же башка сайттардын сүрөттөрү жок. Ар бир катта тандооңузду "
        "өзгөртүү же дароо баш тартуу үчүн шилтеме бар; баш тарткандардын даректери 30 күндөн кийин өчүрүлөт.</p>",
    },
}


def load(context):
    fields = {"intro": PAGE["intro"], "privacy_note": PAGE["privacy_note"]}
    page = child_page(context["home"], NewsletterPage, PAGE["slug"], PAGE["title"], **fields)
    return {"newsletter_page": page}
