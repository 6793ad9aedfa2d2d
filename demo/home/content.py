"""The organisation's demo content in three languages, written from the facts in shared/seed."""

ORGANISATION = {
    "organisation_name": {"en": "Bir Duino-Kyrgyzstan", "ru": "Бир Дуйно-Кыргызстан", "ky": "Бир Дүйнө-Кыргызстан"},
    "tagline": {"en": "Human rights movement", "ru": "Правозащитное движение", "ky": "Укук коргоо кыймылы"},
    "address": {
        "en": "Bishkek, Kyrgyz Republic",
        "ru": "Бишкек, Кыргызская Республика",
        "ky": "Бишкек, Кыргыз Республикасы",
    },
    "footer_text": {
        "en": "Human Rights Movement “Bir Duino-Kyrgyzstan” is a public association that defends civil and political "
        "rights, helps victims of torture and speaks up for civil society.",
        "ru": "Правозащитное движение «Бир Дуйно-Кыргызстан» — общественное объединение, которое защищает гражданские "
        "и политические права, помогает пострадавшим от пыток и выступает в защиту гражданского общества.",
        "ky": "«Бир Дүйнө-Кыргызстан» укук коргоо кыймылы — жарандык жана саясий укуктарды коргогон, кыйноодон жапа "
        "чеккендерге жардам берген жана жарандык коомду жактаган коомдук бирикме.",
    },
    "donation_appeal": {
        "en": "Dear friends, our lawyers and monitors can work because people like you stand behind them. A gift of any "
        "size pays for free legal aid to victims of torture, visits to places of detention and the defence of civil "
        "society in Kyrgyzstan.",
        "ru": "Дорогие друзья, наши юристы и мониторы могут работать, потому что их поддерживают такие люди, как вы. "
        "Пожертвование любого размера оплачивает бесплатную юридическую помощь пострадавшим от пыток, посещения мест "
        "лишения свободы и защиту гражданского общества в Кыргызстане.",
        "ky": "Урматтуу достор, биздин юристтер жана мониторлор сиздей адамдардын колдоосу менен иштей алышат. Ар кандай "
        "өлчөмдөгү жардам кыйноодон жапа чеккендерге акысыз юридикалык жардамды, эркинен ажыратуу жайларына "
        "барууларды жана Кыргызстандагы жарандык коомду коргоону каржылайт.",
    },
    "legal_status": {
        "en": "A public association registered in the Kyrgyz Republic.",
        "ru": "Общественное объединение, зарегистрированное в Кыргызской Республике.",
        "ky": "Кыргыз Республикасында катталган коомдук бирикме.",
    },
}
CONTACT_EMAIL = "info@bir-duino.example"
PHONE = "+996 559 099015"

HOME = {
    "title": {"en": "Home", "ru": "Главная", "ky": "Башкы бет"},
    "search_description": {
        "en": "Human Rights Movement Bir Duino-Kyrgyzstan: free legal aid, monitoring of places of detention, "
        "statements and recommendations to state bodies of Kyrgyzstan.",
        "ru": "Правозащитное движение «Бир Дуйно-Кыргызстан»: бесплатная юридическая помощь, мониторинг мест "
        "лишения свободы, заявления и рекомендации государственным органам Кыргызстана.",
        "ky": "«Бир Дүйнө-Кыргызстан» укук коргоо кыймылы: акысыз юридикалык жардам, эркинен ажыратуу жайларынын "
        "мониторинги, Кыргызстандын мамлекеттик органдарына билдирүүлөр жана сунуштар.",
    },
    "hero_heading": {
        "en": "Defending human rights and freedoms in Kyrgyzstan",
        "ru": "Защищаем права и свободы человека в Кыргызстане",
        "ky": "Кыргызстанда адамдын укуктарын жана эркиндиктерин коргойбуз",
    },
    "mission": {
        "en": "<p>The Human Rights Movement “Bir Duino-Kyrgyzstan” brings together lawyers, monitors and volunteers who "
        "defend civil and political rights, stand by victims of torture, and hold state bodies to their "
        "obligations.</p>",
        "ru": "<p>Правозащитное движение «Бир Дуйно-Кыргызстан» объединяет юристов, мониторов и волонтёров, которые "
        "защищают гражданские и политические права, поддерживают пострадавших от пыток и добиваются от "
        "государственных органов выполнения их обязательств.</p>",
        "ky": "<p>«Бир Дүйнө-Кыргызстан» укук коргоо кыймылы жарандык жана саясий укуктарды коргогон, кыйноодон жапа "
        "чеккендердин жанында турган жана мамлекеттик органдардан милдеттерин аткарууну талап кылган юристтерди, "
        "мониторлорду жана ыктыярчыларды бириктирет.</p>",
    },
    "hero_image_alt_text": {
        "en": "Mountain ridges of Kyrgyzstan under a morning sky",
        "ru": "Горные хребты Кыргызстана под утренним небом",
        "ky": "Таңкы асман астындагы Кыргызстандын тоо кыркалары",
    },
    # Only facts stated in the organisation's own texts (the seed content): its four networks, the fourteen
    # recommendations of the August 2020 statement, and the 2010 torture case its lawyers still pursue.
    "impact": [
        {
            "figure": {"en": "4", "ru": "4", "ky": "4"},
            "label": {
                "en": "international networks we belong to: FIDH, GNDR, CSP and Forum-Asia",
                "ru": "международные сети, в которые мы входим: FIDH, GNDR, CSP и Forum-Asia",
                "ky": "биз мүчө болгон эл аралык тармак: FIDH, GNDR, CSP жана Forum-Asia",
            },
        },
        {
            "figure": {"en": "14", "ru": "14", "ky": "14"},
            "label": {
                "en": "recommendations to state bodies after the joint meeting of August 2020",
                "ru": "рекомендаций государственным органам по итогам совместного совещания в августе 2020 года",
                "ky": "сунуш 2020-жылдын августундагы биргелешкен жыйындан кийин мамлекеттик органдарга берилди",
            },
        },
        {
            "figure": {"en": "Since 2010", "ru": "С 2010", "ky": "2010-жылдан"},
            "label": {
                "en": "our lawyers have pursued one torture case through the courts",
                "ru": "наши юристы ведут в судах одно дело о пытках",
                "ky": "бери биздин юристтер кыйноо боюнча бир ишти сотто жүргүзүп келет",
            },
        },
    ],
    "testimonials_heading": {
        "en": "Feedback from our focus groups",
        "ru": "Отзывы участников фокус-групп",
        "ky": "Фокус-топтордун катышуучуларынын пикирлери",
    },
}

ABOUT = {
    "slug": "about",
    "title": {"en": "About us", "ru": "О нас", "ky": "Биз жөнүндө"},
    "search_description": {
        "en": "Who Bir Duino-Kyrgyzstan is, what it does, and how to ask its lawyers for free help.",
        "ru": "Кто такие «Бир Дуйно-Кыргызстан», чем мы занимаемся и как бесплатно обратиться к нашим юристам.",
        "ky": "«Бир Дүйнө-Кыргызстан» ким, эмне кылат жана анын юристтерине акысыз кантип кайрылса болот.",
    },
    "intro": {
        "en": "Who we are, what we do, and how to ask us for help.",
        "ru": "Кто мы, чем занимаемся и как обратиться к нам за помощью.",
        "ky": "Биз кимбиз, эмне кылабыз жана бизден кантип жардам сураса болот.",
    },
    "sections": {
        "en": [
            (
                "Who we are",
                "<p>The Human Rights Movement “Bir Duino-Kyrgyzstan” (“One World”) is a public association "
                "of lawyers, human rights monitors, experts and volunteers working in every region of Kyrgyzstan. We "
                "defend civil and political rights, support people who have suffered torture and ill-treatment, and speak "
                "up for civil society when its freedoms are threatened.</p>",
            ),
            (
                "What we do",
                "<ul><li>Free legal aid and representation in court, including for victims of torture and "
                "their families.</li><li>Monitoring of closed institutions: prisons, temporary detention facilities, "
                "psychiatric and social care homes.</li><li>Analysis of draft laws that restrict civil society, and "
                "recommendations to state bodies.</li><li>Training of trainers for women leaders, young lawyers and "
                "community activists.</li><li>Work on disaster risks with communities living near the uranium tailings "
                "of Mailuu-Suu, Min-Kush and Kaji-Sai.</li></ul>",
            ),
            (
                "How to get help",
                "<p>If your rights have been violated, or someone close to you has been detained or "
                "ill-treated, contact us. Consultations are free and confidential. Call +996 559 099015 or write to us "
                "through the contact page.</p>",
            ),
        ],
        "ru": [
            (
                "Кто мы",
                "<p>Правозащитное движение «Бир Дуйно-Кыргызстан» («Один мир») — общественное объединение "
                "юристов, правозащитных мониторов, экспертов и волонтёров, работающих во всех регионах Кыргызстана. Мы "
                "защищаем гражданские и политические права, поддерживаем людей, переживших пытки и жестокое обращение, и "
                "выступаем в защиту гражданского общества, когда его свободам угрожают.</p>",
            ),
            (
                "Что мы делаем",
                "<ul><li>Бесплатная юридическая помощь и представительство в суде, в том числе для "
                "пострадавших от пыток и их семей.</li><li>Мониторинг закрытых учреждений: тюрем, изоляторов временного "
                "содержания, психиатрических и социальных учреждений.</li><li>Анализ законопроектов, ограничивающих "
                "гражданское общество, и рекомендации государственным органам.</li><li>Тренинги для тренеров для "
                "женщин-лидеров, молодых юристов и активистов сообществ.</li><li>Работа с рисками бедствий вместе с "
                "сообществами, живущими рядом с урановыми хвостохранилищами Майлуу-Суу, Мин-Куша и Каджи-Сая.</li></ul>",
            ),
            (
                "Как получить помощь",
                "<p>Если ваши права нарушены или ваш близкий задержан либо подвергся жестокому "
                "обращению, обратитесь к нам. Консультации бесплатны и конфиденциальны. Позвоните по номеру "
                "+996 559 099015 или напишите нам через страницу контактов.</p>",
            ),
        ],
        "ky": [
            (
                "Биз кимбиз",
                "<p>«Бир Дүйнө-Кыргызстан» укук коргоо кыймылы — Кыргызстандын бардык аймактарында "
                "иштеген юристтердин, укук коргоо мониторлорунун, эксперттердин жана ыктыярчылардын коомдук бирикмеси. "
                "Биз жарандык жана саясий укуктарды коргойбуз, кыйноого жана ырайымсыз мамилеге кабылган адамдарды "
                "колдойбуз, жарандык коомдун эркиндиктерине коркунуч туулганда анын жанында турабыз.</p>",
            ),
            (
                "Биз эмне кылабыз",
                "<ul><li>Акысыз юридикалык жардам жана сотто өкүлчүлүк, анын ичинде кыйноодон жапа "
                "чеккендерге жана алардын үй-бүлөлөрүнө.</li><li>Жабык мекемелердин мониторинги: түрмөлөр, убактылуу "
                "кармоочу жайлар, психиатриялык жана социалдык мекемелер.</li><li>Жарандык коомду чектеген мыйзам "
                "долбоорлорун талдоо жана мамлекеттик органдарга сунуштар.</li><li>Аял лидерлер, жаш юристтер жана "
                "жамаат активисттери үчүн тренерлерди даярдоо.</li><li>Майлуу-Суу, Миң-Куш жана Кажы-Сай уран "
                "калдыктарынын жанында жашаган жамааттар менен кырсык коркунучтары боюнча иш.</li></ul>",
            ),
            (
                "Жардамды кантип алса болот",
                "<p>Эгер сиздин укуктарыңыз бузулса же жакыныңыз кармалып, ырайымсыз "
                "мамилеге кабылса, бизге кайрылыңыз. Кеңештер акысыз жана купуя. +996 559 099015 номерине чалыңыз же "
                "байланыш барагы аркылуу жазыңыз.</p>",
            ),
        ],
    },
    "call_to_action": {
        "en": ("Need legal help?", "Our lawyers answer every request.", "Contact us"),
        "ru": ("Нужна юридическая помощь?", "Наши юристы отвечают на каждое обращение.", "Связаться с нами"),
        "ky": ("Юридикалык жардам керекпи?", "Биздин юристтер ар бир кайрылууга жооп беришет.", "Биз менен байланышуу"),
    },
}

TESTIMONIALS_PAGE = {
    "slug": "testimonials",
    "title": HOME["testimonials_heading"],
    "menu_label": {"en": "Testimonials", "ru": "Отзывы", "ky": "Пикирлер"},
    "intro": {
        "en": "<p>People who took part in our trainings, internships and legal aid programmes tell, in their own "
        "words, what the work meant to them.</p>",
        "ru": "<p>Участники наших тренингов, стажировок и программ юридической помощи своими словами рассказывают, что "
        "для них значила эта работа.</p>",
        "ky": "<p>Биздин тренингдердин, стажировкалардын жана юридикалык жардам программаларынын катышуучулары бул иш "
        "алар үчүн эмнени билдиргенин өз сөздөрү менен айтып беришет.</p>",
    },
}

NETWORKS_PAGE = {
    "slug": "networks",
    "title": {"en": "Networks and partners", "ru": "Сети и партнёры", "ky": "Тармактар жана өнөктөштөр"},
    "menu_label": {"en": "Networks", "ru": "Сети", "ky": "Тармактар"},
    "intro": {
        "en": "<p>We work as part of international and national networks. Membership gives the voices of people in "
        "Kyrgyzstan a place in global debates on human rights and disaster risk.</p>",
        "ru": "<p>Мы работаем в составе международных и национальных сетей. Членство даёт голосу людей Кыргызстана "
        "место в глобальных дискуссиях о правах человека и рисках бедствий.</p>",
        "ky": "<p>Биз эл аралык жана улуттук тармактардын курамында иштейбиз. Мүчөлүк Кыргызстандын элинин үнүн адам "
        "укуктары жана кырсык коркунучтары боюнча глобалдык талкууларга жеткирет.</p>",
    },
}

CONTACT_PAGE = {
    "slug": "contact",
    "title": {"en": "Contact us", "ru": "Контакты", "ky": "Байланыш"},
    "intro": {
        "en": "<p>Write to us about a violation of rights, a request for legal help or a question about our work. We "
        "read every message. In an emergency, please call +996 559 099015.</p>",
        "ru": "<p>Напишите нам о нарушении прав, с просьбой о юридической помощи или с вопросом о нашей работе. Мы "
        "читаем каждое сообщение. В срочных случаях звоните: +996 559 099015.</p>",
        "ky": "<p>Укук бузулганы тууралуу, юридикалык жардам сурап же биздин иш боюнча суроо менен жазыңыз. Биз ар бир "
        "билдирүүнү окуйбуз. Шашылыш учурда чалыңыз: +996 559 099015.</p>",
    },
    "thank_you_text": {
        "en": "<p>Thank you. Your message has reached us and we will answer as soon as we can.</p>",
        "ru": "<p>Спасибо. Ваше сообщение получено, мы ответим как можно скорее.</p>",
        "ky": "<p>Рахмат. Билдирүүңүз бизге жетти, мүмкүн болушунча тез жооп беребиз.</p>",
    },
    "fields": [
        ("singleline", True, {"en": "Your name", "ru": "Ваше имя", "ky": "Атыңыз"}),
        ("email", True, {"en": "E-mail", "ru": "Электронная почта", "ky": "Электрондук почта"}),
        ("singleline", False, {"en": "Phone", "ru": "Телефон", "ky": "Телефон"}),
        ("multiline", True, {"en": "Message", "ru": "Сообщение", "ky": "Билдирүү"}),
    ],
}
