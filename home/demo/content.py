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
    # Only facts stated in the organisation's own texts (/work/shared/seed): its four networks, a lawyer's words
    # on the daily caseload, and the 2010 torture case its lawyers still pursue.
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
            "figure": {"en": "Dozens", "ru": "Десятки", "ky": "Ондогон"},
            "label": {
                "en": "of people come to our lawyers for help every day",
                "ru": "людей каждый день приходят к нашим юристам за помощью",
                "ky": "адам күн сайын биздин юристтерге жардам сурап келет",
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

TESTIMONIALS = [
    {
        "key": "Shakhboz Latipov",
        "age": 24,
        "initials": "SL",
        "headline": {
            "en": "Experience has to come with a law degree",
            "ru": "К диплому юриста должен прилагаться опыт",
            "ky": "Юристтин дипломуна тажрыйба кошулушу керек",
        },
        "name": {"en": "Shakhboz Latipov", "ru": "Шахбоз Латипов", "ky": "Шахбоз Латипов"},
        "role": {"en": "young lawyer", "ru": "молодой юрист", "ky": "жаш юрист"},
        "quote": {
            "en": "I came to Bir Duino as an intern with no experience of legal or human rights work. With senior "
            "colleagues I went to hearings and studied case files; step by step my supervisor trusted me to draft "
            "documents, checked them closely and gave practical advice. Every day people come to us for help, many "
            "of them poor, from large families or elderly. A lawyer here is sometimes a psychologist too, and has to "
            "stay professional while showing empathy. At the end of 2019 I passed the bar exam and now take cases as "
            "an attorney. On hard questions my colleagues always help: that support is one of the organisation's "
            "strengths.",
            "ru": "Я пришёл в «Бир Дуйно» стажёром без опыта юридической и правозащитной работы. Вместе со старшими "
            "коллегами ходил на судебные заседания, изучал материалы дел; постепенно руководитель стал доверять мне "
            "готовить документы, внимательно их проверял и давал практические советы. Каждый день к нам приходят "
            "люди за помощью, многие из малоимущих и многодетных семей, пожилые. Юрист здесь порой становится и "
            "психологом: важно оставаться профессионалом и проявлять сочувствие. В конце 2019 года я сдал экзамен на "
            "право адвокатской деятельности и теперь веду дела как адвокат. В сложных вопросах коллеги всегда "
            "помогают советом: эта поддержка — одна из сильных сторон организации.",
            "ky": "Мен «Бир Дүйнөгө» юридикалык жана укук коргоо ишинде тажрыйбасы жок стажёр болуп келгем. Улуу "
            "кесиптештерим менен сот отурумдарына барып, иштин материалдарын үйрөндүм; акырындап жетекчим мага "
            "документтерди даярдоону ишенип, аларды кылдат текшерип, практикалык кеңештерди берди. Күн сайын бизге "
            "жардам сурап адамдар келишет, көбү аз камсыз болгон жана көп балалуу үй-бүлөлөрдөн, улгайган адамдар. "
            "Бул жерде юрист кээде психолог да болот: кесипкөй бойдон калып, боорукердик көрсөтүү маанилүү. 2019-"
            "жылдын аягында адвокаттык ишке укук берген экзаменди тапшырып, азыр адвокат катары иштерди жүргүзөм. "
            "Татаал маселелерде кесиптештерим ар дайым кеңеш беришет: бул колдоо уюмдун күчтүү жагы.",
        },
    },
    {
        "key": "Feruza Amadalieva",
        "age": None,
        "initials": "FA",
        "headline": {
            "en": "An organisation that unites regions",
            "ru": "Организация, которая объединяет регионы",
            "ky": "Аймактарды бириктирген уюм",
        },
        "name": {"en": "Feruza Amadalieva", "ru": "Феруза Амадалиева", "ky": "Феруза Амадалиева"},
        "role": {
            "en": "social worker, community leader and teacher",
            "ru": "социальный работник, лидер сообщества, учитель",
            "ky": "социалдык кызматкер, жамаат лидери, мугалим",
        },
        "quote": {
            "en": "The training of trainers let me meet people from other regions; we still talk online and greet "
            "each other like close friends at events. I put what I knew in order and learned how to use it in "
            "practice. I like how the programme is built, with role plays, theory and discussion, so that everyone "
            "has a say. Now I am a leader for other women in hard situations: I help them and bring them to these "
            "events.",
            "ru": "Тренинг для тренеров познакомил меня с участниками из разных регионов; мы до сих пор общаемся в "
            "соцсетях и встречаемся на мероприятиях как близкие друзья. Я систематизировала свои знания и поняла, "
            "как применять их на практике. Мне нравится, как построена программа — ролевые игры, теория, дискуссии, "
            "— каждый может высказаться. Теперь я лидер для других женщин в трудной ситуации: помогаю им и привожу "
            "их на такие мероприятия.",
            "ky": "Тренерлерди даярдоо тренинги мени башка аймактардын катышуучулары менен тааныштырды; биз азыр да "
            "социалдык тармактарда байланышып, иш-чараларда жакын достордой жолугабыз. Билимимди системалаштырып, "
            "аны иш жүзүндө колдонууну үйрөндүм. Программанын түзүлүшү жагат — ролдук оюндар, теория, талкуулар, — "
            "ар ким өз оюн айта алат. Азыр мен оор абалдагы башка аялдар үчүн лидермин: аларга жардам берип, "
            "ушундай иш-чараларга алып келем.",
        },
    },
    {
        "key": "Nuriza Talantbek kyzy",
        "age": None,
        "initials": "NT",
        "headline": {"en": "I became confident", "ru": "Я стала увереннее", "ky": "Өзүмө ишеним пайда болду"},
        "name": {"en": "Nuriza Talantbek kyzy", "ru": "Нуриза Талантбек кызы", "ky": "Нуриза Талантбек кызы"},
        "role": {
            "en": "former labour migrant, now works in the service sector",
            "ru": "бывшая трудовая мигрантка, работает в сфере услуг",
            "ky": "мурдагы эмгек мигранты, азыр тейлөө тармагында иштейт",
        },
        "quote": {
            "en": "It was the first event of this kind I had ever attended, and I got exactly the knowledge I needed; "
            "I am sincerely grateful to the facilitators. I have been through very hard things in my life, and this "
            "knowledge helped me get through them. After the training I became more confident, understood what human "
            "rights really mean, and learned to stand up for myself.",
            "ru": "Это было первое такое мероприятие в моей жизни, и я получила именно те знания, которые были мне "
            "нужны; искренне благодарна ведущим. В жизни мне пришлось пройти через очень трудные вещи, и эти знания "
            "помогли их преодолеть. После тренинга я стала увереннее, лучше поняла суть прав человека и научилась "
            "отстаивать свои интересы.",
            "ky": "Бул менин жашоомдогу ушундай биринчи иш-чара болчу, жана мага керектүү билимди так ошол жерден "
            "алдым; алып баруучуларга чын жүрөктөн ыраазымын. Жашоомдо абдан оор нерселерди башымдан өткөрдүм, бул "
            "билим аларды жеңүүгө жардам берди. Тренингден кийин өзүмө ишеним пайда болуп, адам укуктарынын "
            "маңызын жакшыраак түшүнүп, өз кызыкчылыктарымды коргоону үйрөндүм.",
        },
    },
]

NETWORKS = [
    {
        "key": "FIDH",
        "relation": "member",
        "website": "https://www.fidh.org/",
        "acronym": {"en": "FIDH", "ru": "FIDH", "ky": "FIDH"},
        "name": {
            "en": "International Federation for Human Rights",
            "ru": "Международная федерация за права человека",
            "ky": "Адам укуктары үчүн эл аралык федерация",
        },
        "description": {
            "en": "A federation of human rights organisations from more than a hundred countries; Bir Duino is one of "
            "its member organisations.",
            "ru": "Федерация правозащитных организаций из более чем ста стран; «Бир Дуйно» — одна из её "
            "организаций-членов.",
            "ky": "Жүздөн ашык өлкөнүн укук коргоо уюмдарынын федерациясы; «Бир Дүйнө» анын мүчө уюмдарынын бири.",
        },
    },
    {
        "key": "GNDR",
        "relation": "member",
        "website": "https://www.gndr.org/",
        "acronym": {"en": "GNDR", "ru": "GNDR", "ky": "GNDR"},
        "name": {
            "en": "Global Network of Civil Society Organisations for Disaster Reduction",
            "ru": "Глобальная сеть организаций гражданского общества по снижению риска бедствий",
            "ky": "Кырсык коркунучун азайтуу боюнча жарандык коом уюмдарынын глобалдык тармагы",
        },
        "description": {
            "en": "Connects communities at risk with decision-makers; we ask state bodies of Kyrgyzstan to adopt its "
            "Code of Conduct.",
            "ru": "Связывает сообщества, находящиеся под угрозой, с теми, кто принимает решения; мы призываем "
            "госорганы Кыргызстана принять её Кодекс поведения.",
            "ky": "Коркунуч астындагы жамааттарды чечим кабыл алгандар менен байланыштырат; биз Кыргызстандын "
            "мамлекеттик органдарын анын Жүрүм-турум кодексин кабыл алууга чакырабыз.",
        },
    },
    {
        "key": "CSP",
        "relation": "member",
        "website": "https://www.civicsolidarity.org/",
        "acronym": {"en": "CSP", "ru": "CSP", "ky": "CSP"},
        "name": {
            "en": "Civic Solidarity Platform",
            "ru": "Платформа гражданской солидарности",
            "ky": "Жарандык тилектештик платформасы",
        },
        "description": {
            "en": "Human rights groups from across the OSCE region working together for civil society freedoms.",
            "ru": "Правозащитные группы со всего региона ОБСЕ, которые вместе отстаивают свободы гражданского "
            "общества.",
            "ky": "ЕККУ аймагынын укук коргоо топтору жарандык коомдун эркиндиктери үчүн бирге иштешет.",
        },
    },
    {
        "key": "FORUM-ASIA",
        "relation": "member",
        "website": "https://forum-asia.org/",
        "acronym": {"en": "FORUM-ASIA", "ru": "FORUM-ASIA", "ky": "FORUM-ASIA"},
        "name": {
            "en": "Asian Forum for Human Rights and Development",
            "ru": "Азиатский форум по правам человека и развитию",
            "ky": "Адам укуктары жана өнүгүү боюнча Азия форуму",
        },
        "description": {
            "en": "A regional network of human rights organisations across Asia.",
            "ru": "Региональная сеть правозащитных организаций Азии.",
            "ky": "Азиядагы укук коргоо уюмдарынын аймактык тармагы.",
        },
    },
    {
        "key": "Coalition against Torture",
        "relation": "partner",
        "website": "",
        "acronym": {"en": "", "ru": "", "ky": ""},
        "name": {
            "en": "Coalition against Torture",
            "ru": "Коалиция против пыток",
            "ky": "Кыйноолорго каршы коалиция",
        },
        "description": {
            "en": "Non-governmental organisations of Kyrgyzstan working together to prevent torture and support its "
            "victims.",
            "ru": "Неправительственные организации Кыргызстана, которые вместе предотвращают пытки и поддерживают "
            "пострадавших.",
            "ky": "Кыйноолордун алдын алуу жана жапа чеккендерди колдоо үчүн бирге иштеген Кыргызстандын бейөкмөт "
            "уюмдары.",
        },
    },
    {
        "key": "Voice of Freedom",
        "relation": "partner",
        "website": "",
        "acronym": {"en": "Article 9", "ru": "Статья 9", "ky": "9-берене"},
        "name": {
            "en": "Public Foundation “Voice of Freedom”",
            "ru": "Общественный фонд «Голос свободы»",
            "ky": "«Эркиндик үнү» коомдук фонду",
        },
        "description": {
            "en": "A partner in Osh in the human rights network of the south.",
            "ru": "Партнёр в Оше в правозащитной сети юга страны.",
            "ky": "Өлкөнүн түштүгүндөгү укук коргоо тармагында Оштогу өнөктөш.",
        },
    },
    {
        "key": "WGHR",
        "relation": "partner",
        "website": "",
        "acronym": {"en": "WGHR", "ru": "РГПЧ", "ky": "АУЖТ"},
        "name": {
            "en": "Working Group on Human Rights",
            "ru": "Рабочая группа по правам человека",
            "ky": "Адам укуктары боюнча жумушчу топ",
        },
        "description": {
            "en": "More than twenty NGOs of Osh and Jalal-Abad.",
            "ru": "Более двадцати НКО Оша и Джалал-Абада.",
            "ky": "Ош жана Жалал-Абаддын жыйырмадан ашык бейөкмөт уюму.",
        },
    },
]
