"""Demo testimonials and network organisations in three languages, written from the facts in shared/seed."""

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
