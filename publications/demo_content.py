# ruff: noqa: E501
"""Demo publications in three languages, retold in our own words from the facts in shared/seed."""

TOPICS = [
    (
        "torture-prevention",
        {
            "en": "Closed institutions and torture prevention",
            "ru": "Закрытые учреждения и предупреждение пыток",
            "ky": "Жабык мекемелер жана кыйноолордун алдын алуу",
        },
    ),
    (
        "freedom-of-expression",
        {"en": "Freedom of expression", "ru": "Свобода выражения мнений", "ky": "Пикир эркиндиги"},
    ),
    (
        "domestic-violence",
        {
            "en": "Domestic violence and bride kidnapping",
            "ru": "Семейное насилие и похищение невест",
            "ky": "Үй-бүлөлүк зомбулук жана кыз ала качуу",
        },
    ),
    (
        "labour-migrants",
        {"en": "Labour migrants' rights", "ru": "Права трудовых мигрантов", "ky": "Эмгек мигранттарынын укуктары"},
    ),
    (
        "environment-disasters",
        {
            "en": "Environmental and disaster risks",
            "ru": "Экологические риски и бедствия",
            "ky": "Экологиялык тобокелдиктер жана кырсыктар",
        },
    ),
    ("elections", {"en": "Elections", "ru": "Выборы", "ky": "Шайлоо"}),
    (
        "public-funds",
        {
            "en": "Transparency of public funds",
            "ru": "Прозрачность государственных средств",
            "ky": "Мамлекеттик каражаттардын ачыктыгы",
        },
    ),
    (
        "social-rights",
        {
            "en": "Health, education and social support",
            "ru": "Здравоохранение, образование и социальная поддержка",
            "ky": "Саламаттык, билим берүү жана социалдык колдоо",
        },
    ),
]

ADDRESSEES = [
    (
        "jogorku-kenesh",
        {"en": "Jogorku Kenesh (Parliament)", "ru": "Жогорку Кенеш (парламент)", "ky": "Жогорку Кеңеш (парламент)"},
    ),
    (
        "government",
        {
            "en": "Government of the Kyrgyz Republic",
            "ru": "Правительство Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Өкмөтү",
        },
    ),
    (
        "penitentiary-service",
        {
            "en": "State Penitentiary Service",
            "ru": "Государственная служба исполнения наказаний",
            "ky": "Жазаларды аткаруу мамлекеттик кызматы",
        },
    ),
    (
        "interior-ministry",
        {"en": "Ministry of Internal Affairs", "ru": "Министерство внутренних дел", "ky": "Ички иштер министрлиги"},
    ),
    (
        "security-service",
        {
            "en": "State Committee for National Security",
            "ru": "Государственный комитет национальной безопасности",
            "ky": "Улуттук коопсуздук мамлекеттик комитети",
        },
    ),
    (
        "health-ministry",
        {"en": "Ministry of Health", "ru": "Министерство здравоохранения", "ky": "Саламаттык сактоо министрлиги"},
    ),
    ("ombudsman", {"en": "Ombudsman (Akyikatchy)", "ru": "Омбудсмен (Акыйкатчы)", "ky": "Акыйкатчы (омбудсмен)"}),
    (
        "local-authorities",
        {
            "en": "Local authorities",
            "ru": "Органы местного самоуправления",
            "ky": "Жергиликтүү өз алдынча башкаруу органдары",
        },
    ),
    (
        "election-commission",
        {
            "en": "Central Election Commission",
            "ru": "Центральная избирательная комиссия",
            "ky": "Борбордук шайлоо комиссиясы",
        },
    ),
]

INDEX = {
    "slug": "publications",
    "title": {"en": "Publications", "ru": "Публикации", "ky": "Жарыялар"},
    "intro": {
        "en": "Statements, news, case stories and reports from our lawyers and monitors.",
        "ru": "Заявления, новости, истории дел и доклады наших юристов и мониторов.",
        "ky": "Биздин юристтердин жана мониторлордун билдирүүлөрү, жаңылыктары, иш баяндары жана баяндамалары.",
    },
}

RECOMMENDATIONS_PAGE = {
    "slug": "recommendations",
    "title": {"en": "Recommendations database", "ru": "База рекомендаций", "ky": "Сунуштар базасы"},
    "menu_label": {"en": "Recommendations", "ru": "Рекомендации", "ky": "Сунуштар"},
    "intro": {
        "en": "Every recommendation we have addressed to state bodies, with what has happened since. Filter by addressee, topic, status or year.",
        "ru": "Все рекомендации, которые мы направили государственным органам, и что с ними стало. Фильтруйте по адресату, теме, статусу или году.",
        "ky": "Биз мамлекеттик органдарга жөнөткөн бардык сунуштар жана алардын андан кийинки тагдыры. Дарек ээси, тема, абал же жыл боюнча тандаңыз.",
    },
}

STATEMENT = {
    "slug": "joint-meeting-2020-statement",
    "kind": "statement",
    "date": "2020-08-25",
    "topics": [
        "torture-prevention",
        "freedom-of-expression",
        "domestic-violence",
        "labour-migrants",
        "environment-disasters",
        "elections",
        "public-funds",
        "social-rights",
    ],
    "title": {
        "en": "Statement after the joint meeting of August 2020",
        "ru": "Заявление по итогам совместной встречи в августе 2020 года",
        "ky": "2020-жылдын августундагы биргелешкен жыйындын жыйынтыгы боюнча билдирүү",
    },
    "summary": {
        "en": "Board members, staff and experts of Bir Duino-Kyrgyzstan met from 21 to 23 August 2020 to assess human rights during the pandemic. They found that the state left people to cope alone, and set out fourteen recommendations to state bodies.",
        "ru": "С 21 по 23 августа 2020 года члены правления, сотрудники и эксперты «Бир Дуйно-Кыргызстан» оценили положение с правами человека во время пандемии. Они пришли к выводу, что государство оставило людей справляться самостоятельно, и сформулировали четырнадцать рекомендаций государственным органам.",
        "ky": "2020-жылдын 21–23-августунда «Бир Дүйнө-Кыргызстандын» башкармалык мүчөлөрү, кызматкерлери жана эксперттери пандемия учурундагы адам укуктарынын абалын талкуулашты. Алар мамлекет элди өз алдынча калтырганын белгилеп, мамлекеттик органдарга он төрт сунуш беришти.",
    },
    "alt": {
        "en": "Mountain ridges under a pale sky",
        "ru": "Горные хребты под бледным небом",
        "ky": "Кубарган асман астындагы тоо кыркалары",
    },
    "sections": {
        "en": [
            (
                "The meeting",
                "<p>For three days in late August 2020 the board, staff and invited experts of the Human Rights Movement met to look at how the coronavirus pandemic had changed the human rights situation in Kyrgyzstan, to review the year's work and to agree on a strategy for the months ahead.</p>",
            ),
            (
                "A crisis handled without a plan",
                "<p>Participants agreed that living standards fell sharply and that no state body showed the will to reduce the risks people faced. Measures came late and did little; many problems were simply left to citizens, who organised themselves to survive. Food security was not addressed, which hit hardest those who live on daily wages.</p><p>Instead of responding to the emergency, members of the Jogorku Kenesh spent the last weeks before their summer break promoting bills on NGOs, trade unions and so-called information manipulation, which the participants see as a threat to the whole of civil society. Demands to show how donor money for the pandemic response was spent went unanswered.</p>",
            ),
            (
                "Closed institutions",
                "<p>Restrictions during the pandemic cut prisons and other closed institutions off from lawyers, independent monitors, the National Centre for the Prevention of Torture and the Ombudsman. Medical care behind bars proved the weakest point. Despite repeated appeals to apply the Nelson Mandela Rules to prisoners with special needs and to use non-custodial measures, infections and deaths in custody were reported. The death of human rights defender Azimzhan Askarov showed how cruel the system of punishment remains.</p>",
            ),
            (
                "Speech, violence at home, work and the regions",
                "<p>Pressure on free speech grew: doctors, bloggers, journalists and ordinary people were made to apologise in public for criticism posted online. Domestic violence rose, with women and children most often the victims, while local authorities were not ready to offer psychological, social or legal help. Unemployment climbed as labour migrants returned, labour rights violations increased, and communities in risk zones such as Mailuu-Suu, Kadji-Sai, Min-Kush and Barskoon faced an uncertain winter.</p>",
            ),
            (
                "Building the network",
                "<p>The participants planned to widen the organisation's network in Osh together with the Bar, the Coalition against Torture, the Voice of Freedom foundation and the Working Group on Human Rights, and to involve survivors of torture and their families. They also agreed to promote the GNDR Code of Conduct among state bodies as a tool against discrimination and for accountable public service.</p>",
            ),
        ],
        "ru": [
            (
                "Встреча",
                "<p>Три дня в конце августа 2020 года правление, сотрудники и приглашённые эксперты Правозащитного движения обсуждали, как пандемия коронавируса изменила положение с правами человека в Кыргызстане, подводили итоги года и согласовывали стратегию на ближайшие месяцы.</p>",
            ),
            (
                "Кризис без плана",
                "<p>Участники сошлись во мнении, что уровень жизни резко упал, а ни один государственный орган не проявил воли снизить риски для населения. Меры запаздывали и мало помогали; многие проблемы оставили самим гражданам, которым пришлось самоорганизоваться, чтобы выжить. Вопросы продовольственной безопасности не решались, и сильнее всего это ударило по тем, кто живёт на дневной заработок.</p><p>Вместо ответа на чрезвычайную ситуацию депутаты Жогорку Кенеша перед летними каникулами продвигали законопроекты об НКО, профсоюзах и так называемой манипуляции информацией, которые участники считают угрозой для всего гражданского общества. Требования показать, как расходовались донорские средства на борьбу с пандемией, остались без ответа.</p>",
            ),
            (
                "Закрытые учреждения",
                "<p>Ограничения во время пандемии отрезали тюрьмы и другие закрытые учреждения от адвокатов, независимых мониторов, Национального центра по предупреждению пыток и Омбудсмена. Самым слабым местом оказалась медицинская помощь заключённым. Несмотря на неоднократные призывы применять Правила Нельсона Манделы к заключённым с особыми потребностями и использовать наказания, не связанные с лишением свободы, поступали сообщения о заражениях и смертях под стражей. Гибель правозащитника Азимжана Аскарова показала, насколько жестокой остаётся система наказаний.</p>",
            ),
            (
                "Слово, насилие в семье, работа и регионы",
                "<p>Давление на свободу слова усилилось: врачей, блогеров, журналистов и простых граждан заставляли публично извиняться за критику в соцсетях. Семейного насилия стало больше, чаще всего от него страдают женщины и дети, а органы местного самоуправления не были готовы оказать психологическую, социальную и правовую помощь. Безработица выросла из-за возвращения трудовых мигрантов, нарушений трудовых прав стало больше, а жители зон риска — Майлуу-Суу, Каджи-Сая, Мин-Куша и Барскоона — встречали зиму в неопределённости.</p>",
            ),
            (
                "Развитие сети",
                "<p>Участники наметили расширение сети организации в Оше вместе с адвокатурой, Коалицией против пыток, фондом «Голос свободы» и Рабочей группой по правам человека, с участием пострадавших от пыток и их семей. Решено также продвигать Кодекс поведения GNDR в государственных органах как инструмент против дискриминации и за подотчётную государственную службу.</p>",
            ),
        ],
        "ky": [
            (
                "Жыйын",
                "<p>2020-жылдын августунун аягында үч күн бою Укук коргоо кыймылынын башкармалыгы, кызматкерлери жана чакырылган эксперттер коронавирус пандемиясы Кыргызстандагы адам укуктарынын абалын кандай өзгөрткөнүн талкуулап, жылдын жыйынтыгын чыгарып, алдыдагы айларга стратегияны макулдашышты.</p>",
            ),
            (
                "Пландан тышкары кризис",
                "<p>Катышуучулар турмуш деңгээли кескин төмөндөгөнүн жана бир да мамлекеттик орган калк үчүн тобокелдиктерди азайтууга ниет көрсөтпөгөнүн белгилешти. Чаралар кечигип, аз пайда берди; көп көйгөйлөр жарандардын өздөрүнө калып, алар аман калуу үчүн өз алдынча уюшулушту. Азык-түлүк коопсуздугу чечилген жок, бул күнүмдүк эмгек акы менен жашагандарга өзгөчө катуу тийди.</p><p>Өзгөчө кырдаалга жооп берүүнүн ордуна Жогорку Кеңештин депутаттары жайкы эс алуунун алдында КЭУ, кесиптик бирликтер жана маалыматты манипуляциялоо тууралуу мыйзам долбоорлорун илгерилетишти; катышуучулар аларды бүт жарандык коом үчүн коркунуч деп эсептешет. Пандемияга каршы донордук каражаттар кантип жумшалганын көрсөтүү талаптары жоопсуз калды.</p>",
            ),
            (
                "Жабык мекемелер",
                "<p>Пандемия учурундагы чектөөлөр түрмөлөрдү жана башка жабык мекемелерди адвокаттардан, көз карандысыз мониторлордон, Кыйноолордун алдын алуу боюнча улуттук борбордон жана Акыйкатчыдан ажыратып салды. Эң алсыз жери камактагыларга медициналык жардам болуп чыкты. Өзгөчө муктаждыгы бар камактагыларга Нельсон Манделанын эрежелерин колдонуу жана эркинен ажыратууга байланышпаган жазаларды пайдалануу боюнча кайра-кайра кайрылууларга карабастан, камакта оорулар жана өлүмдөр тууралуу кабарлар келип турду. Укук коргоочу Азимжан Аскаровдун каза болушу жаза системасы дагы эле катаал экенин көрсөттү.</p>",
            ),
            (
                "Сөз эркиндиги, үйдөгү зомбулук, эмгек жана аймактар",
                "<p>Сөз эркиндигине басым күчөдү: дарыгерлерди, блогерлерди, журналисттерди жана карапайым жарандарды социалдык тармактардагы сын пикири үчүн эл алдында кечирим сурата башташты. Үй-бүлөлүк зомбулук көбөйдү, андан көбүнчө аялдар менен балдар жапа чегишет, ал эми жергиликтүү бийлик психологиялык, социалдык жана укуктук жардам көрсөтүүгө даяр эмес болчу. Эмгек мигранттары кайтып келгенден жумушсуздук өстү, эмгек укуктарын бузуулар көбөйдү, ал эми Майлуу-Суу, Кажы-Сай, Миң-Куш жана Барскоон сыяктуу тобокелдик аймактарынын тургундары кышты белгисиздикте тосушту.</p>",
            ),
            (
                "Тармакты өнүктүрүү",
                "<p>Катышуучулар уюмдун Оштогу тармагын адвокатура, Кыйноолорго каршы коалиция, «Эркиндик үнү» фонду жана Адам укуктары боюнча жумушчу топ менен бирге кеңейтүүнү, кыйноодон жапа чеккендерди жана алардын үй-бүлөлөрүн тартууну пландашты. Ошондой эле GNDR жүрүм-турум кодексин мамлекеттик органдарда басмырлоого каршы жана отчеттуу мамлекеттик кызмат үчүн курал катары илгерилетүү чечилди.</p>",
            ),
        ],
    },
    "recommendations_block": {
        "en": {
            "heading": "Recommendations",
            "intro": "The participants call on the state bodies of the Kyrgyz Republic to:",
        },
        "ru": {"heading": "Рекомендации", "intro": "Участники призывают государственные органы Кыргызской Республики:"},
        "ky": {
            "heading": "Сунуштар",
            "intro": "Катышуучулар Кыргыз Республикасынын мамлекеттик органдарын төмөнкүлөргө чакырышат:",
        },
    },
    "recommendations": [
        (
            "government",
            ["environment-disasters"],
            "no_response",
            {
                "en": "Hold regular open meetings with volunteer movements, experts and NGO leaders to gather reliable information and plan for risks and disasters, including a second wave of the virus in autumn and winter.",
                "ru": "Регулярно проводить открытые встречи с волонтёрскими движениями, экспертами и лидерами НКО, чтобы получать достоверную информацию и планировать действия при рисках и бедствиях, включая вторую волну вируса осенью и зимой.",
                "ky": "Ишенимдүү маалымат алуу жана тобокелдиктерге, кырсыктарга, анын ичинде күзүндө жана кышында вирустун экинчи толкунуна даярдануу үчүн ыктыярчылар, эксперттер жана КЭУ лидерлери менен үзгүлтүксүз ачык жолугушууларды өткөрүү.",
            },
        ),
        (
            "government",
            ["social-rights"],
            "partially_implemented",
            {
                "en": "Set up a stabilisation fund and an action plan so that the responsible bodies protect and support vulnerable groups.",
                "ru": "Создать стабилизационный фонд и план действий, чтобы ответственные органы защищали и поддерживали уязвимые группы населения.",
                "ky": "Жооптуу органдар аялуу топторду коргоп, колдоп турушу үчүн турукташтыруу фондун жана иш-аракет планын түзүү.",
            },
        ),
        (
            "government",
            ["social-rights"],
            "under_consideration",
            {
                "en": "Reduce social inequality by improving medical care, widening access to education and raising the quality of teaching.",
                "ru": "Сокращать социальное неравенство: улучшать медицинскую помощь, расширять доступ к образованию и повышать качество обучения.",
                "ky": "Медициналык жардамды жакшыртуу, билим алуу мүмкүнчүлүгүн кеңейтүү жана окутуунун сапатын жогорулатуу аркылуу социалдык теңсиздикти азайтуу.",
            },
        ),
        (
            "government",
            ["torture-prevention", "social-rights"],
            "partially_implemented",
            {
                "en": "Supply protective equipment, food and medical care to orphanages, homes for older people, psychiatric facilities and other closed institutions.",
                "ru": "Обеспечить детские дома, дома престарелых, психиатрические учреждения и другие закрытые учреждения средствами защиты, питанием и медицинской помощью.",
                "ky": "Балдар үйлөрүн, карылар үйлөрүн, психиатриялык мекемелерди жана башка жабык мекемелерди коргоо каражаттары, тамак-аш жана медициналык жардам менен камсыз кылуу.",
            },
        ),
        (
            "health-ministry",
            ["social-rights"],
            "under_consideration",
            {
                "en": "Equip rural health posts and district hospitals so that people in the regions receive proper medical care.",
                "ru": "Оснастить фельдшерско-акушерские пункты и районные больницы, чтобы жители регионов получали надлежащую медицинскую помощь.",
                "ky": "Аймактардын тургундары тийиштүү медициналык жардам алышы үчүн фельдшердик-акушердик пункттарды жана райондук ооруканаларды жабдуу.",
            },
        ),
        (
            "health-ministry",
            ["social-rights"],
            "no_response",
            {
                "en": "Guarantee access to medicines in schools and other educational institutions.",
                "ru": "Гарантировать доступ к лекарствам в школах и других учебных заведениях.",
                "ky": "Мектептерде жана башка окуу жайларында дары-дармекке жеткиликтүүлүктү кепилдөө.",
            },
        ),
        (
            "government",
            ["social-rights"],
            "no_response",
            {
                "en": "Include health education and both online and classroom learning in school programmes, and improve the support given to vulnerable groups.",
                "ru": "Включить в учебные программы основы здоровья, онлайн- и очное обучение и улучшить поддержку уязвимых групп.",
                "ky": "Окуу программаларына ден соолук негиздерин, онлайн жана күндүзгү окутууну киргизүү жана аялуу топторго колдоону жакшыртуу.",
            },
        ),
        (
            "local-authorities",
            ["domestic-violence"],
            "under_consideration",
            {
                "en": "Work together with NGOs and communities against domestic violence and bride kidnapping, and bring women into local decision-making.",
                "ru": "Совместно с НКО и местными сообществами противодействовать семейному насилию и похищению невест и вовлекать женщин в принятие решений на местах.",
                "ky": "КЭУлар жана жергиликтүү жамааттар менен бирге үй-бүлөлүк зомбулукка жана кыз ала качууга каршы туруу, аялдарды жергиликтүү чечим кабыл алууга тартуу.",
            },
        ),
        (
            "penitentiary-service",
            ["torture-prevention"],
            "rejected",
            {
                "en": "Review the list of prisoners with special needs submitted by Bir Duino and consider their release or a non-custodial sentence.",
                "ru": "Рассмотреть список заключённых с особыми потребностями, направленный «Бир Дуйно», и решить вопрос об их освобождении или наказании без лишения свободы.",
                "ky": "«Бир Дүйнө» жөнөткөн өзгөчө муктаждыгы бар камактагылардын тизмесин карап, аларды бошотуу же эркинен ажыратпаган жаза колдонуу маселесин чечүү.",
            },
        ),
        (
            "jogorku-kenesh",
            ["public-funds"],
            "partially_implemented",
            {
                "en": "Create working groups to monitor independently the loans and grants received for the pandemic response, and make their distribution to communities transparent and accountable.",
                "ru": "Создать рабочие группы для независимого мониторинга кредитов и грантов, полученных на борьбу с пандемией, и сделать их распределение по сообществам прозрачным и подотчётным.",
                "ky": "Пандемияга каршы күрөшүү үчүн алынган насыяларга жана гранттарга көз карандысыз мониторинг жүргүзүүчү жумушчу топторду түзүү жана алардын жамааттарга бөлүштүрүлүшүн ачык жана отчеттуу кылуу.",
            },
        ),
        (
            "government",
            ["labour-migrants"],
            "no_response",
            {
                "en": "Prepare a timely crisis-response strategy and ease taxes for people starting small and medium businesses, including returning migrants.",
                "ru": "Подготовить стратегию своевременного реагирования на кризисы и облегчить налоги для начинающих малых и средних предпринимателей, включая вернувшихся мигрантов.",
                "ky": "Кризиске өз убагында жооп берүү стратегиясын даярдоо жана чакан жана орто бизнесин баштагандарга, анын ичинде кайтып келген мигранттарга салыктарды жеңилдетүү.",
            },
        ),
        (
            "government",
            ["public-funds"],
            "no_response",
            {
                "en": "Take decisive anti-corruption measures at every level of government and publish an anti-crisis action plan before any new wave.",
                "ru": "Принять решительные антикоррупционные меры на всех уровнях власти и заранее опубликовать антикризисный план действий.",
                "ky": "Бийликтин бардык деңгээлинде коррупцияга каршы чечкиндүү чараларды көрүү жана кризиске каршы иш-аракет планын алдын ала жарыялоо.",
            },
        ),
        (
            "security-service",
            ["freedom-of-expression"],
            "no_response",
            {
                "en": "Stop forcing citizens to apologise in public for criticism, and hold to account the security and police officers who summoned people unlawfully.",
                "ru": "Прекратить принуждать граждан публично извиняться за критику и привлечь к ответственности сотрудников спецслужб и милиции, незаконно вызывавших людей.",
                "ky": "Жарандарды сын пикири үчүн эл алдында кечирим сурашка мажбурлоону токтотуу жана адамдарды мыйзамсыз чакырган атайын кызматтын жана милициянын кызматкерлерин жоопко тартуу.",
            },
        ),
        (
            "election-commission",
            ["elections"],
            "partially_implemented",
            {
                "en": "Ensure a safe environment and equal participation for all citizens in the parliamentary elections of 4 October 2020.",
                "ru": "Обеспечить безопасную обстановку и равное участие всех граждан в парламентских выборах 4 октября 2020 года.",
                "ky": "2020-жылдын 4-октябрындагы парламенттик шайлоодо бардык жарандар үчүн коопсуз чөйрөнү жана бирдей катышууну камсыз кылуу.",
            },
        ),
    ],
    "follow_ups": {
        1: (
            "2020-11-10",
            {
                "en": "A fund for vulnerable families was announced; its rules were not published.",
                "ru": "Объявлено о фонде для уязвимых семей; его правила не опубликованы.",
                "ky": "Аялуу үй-бүлөлөр үчүн фонд жарыяланды; анын эрежелери жарыяланган жок.",
            },
        ),
        8: (
            "2020-10-02",
            {
                "en": "The Penitentiary Service replied that no releases are planned.",
                "ru": "Служба исполнения наказаний ответила, что освобождение не планируется.",
                "ky": "Жазаларды аткаруу кызматы бошотуу пландалбаганын билдирди.",
            },
        ),
    },
}

CASE_STORIES = [
    {
        "slug": "shukurullo-kochkarov-case",
        "kind": "case_story",
        "date": "2020-09-15",
        "topics": ["torture-prevention"],
        "title": {
            "en": "The defendant has died; the fight for his rehabilitation goes on",
            "ru": "Подзащитного нет в живых, но работа над его реабилитацией продолжается",
            "ky": "Коргоодогу адам дүйнөдөн кайтты, бирок аны актоо иши уланууда",
        },
        "summary": {
            "en": "Shukurullo Kochkarov was left disabled by torture in 2010. Our lawyers won his acquittal on one charge and still seek his recognition as a victim of torture, now on behalf of his father.",
            "ru": "Шукурулло Кочкаров стал инвалидом после пыток в 2010 году. Наши юристы добились его оправдания по одному из обвинений и продолжают добиваться признания его жертвой пыток — теперь в интересах его отца.",
            "ky": "Шукурулло Кочкаров 2010-жылы кыйноодон кийин майып болуп калган. Биздин юристтер аны бир айыптоо боюнча актоого жетишти жана анын кыйноонун курмандыгы катары таанылышына азыр атасынын атынан умтулушууда.",
        },
        "paragraphs": {
            "en": [
                "Some cases take many years. Shukurullo Kochkarov was tortured in 2010 and never recovered his health. Our lawyers obtained his acquittal on one of the charges and kept working for his rehabilitation, for his recognition as a victim of torture and for compensation.",
                "He died on 2 August 2019, but the proceedings continue. His father, Saidaziz Kochkarov, who has a visual disability himself, now represents the family. He recalls how our staff carried his son to court hearings when he could no longer walk, brought medicines and helped the parents through rehabilitation.",
            ],
            "ru": [
                "Некоторые дела длятся годами. Шукурулло Кочкаров подвергся пыткам в 2010 году и так и не восстановил здоровье. Наши юристы добились его оправдания по одному из обвинений и продолжали работать над его реабилитацией, признанием жертвой пыток и выплатой компенсации.",
                "Он скончался 2 августа 2019 года, но процесс продолжается. Интересы семьи теперь представляет его отец Саидазиз Кочкаров, который сам имеет инвалидность по зрению. Он вспоминает, как наши сотрудники доставляли сына в суд, когда тот уже не мог ходить, привозили лекарства и помогли родителям пройти реабилитацию.",
            ],
            "ky": [
                "Айрым иштер жылдар бою созулат. Шукурулло Кочкаров 2010-жылы кыйноого кабылып, ден соолугун калыбына келтире алган жок. Биздин юристтер аны бир айыптоо боюнча актоого жетишип, анын реабилитациясы, кыйноонун курмандыгы катары таанылышы жана компенсация алышы үчүн иштей беришти.",
                "Ал 2019-жылдын 2-августунда каза болду, бирок сот иши уланууда. Эми үй-бүлөнүн кызыкчылыгын көзү начар көргөн атасы Саидазиз Кочкаров коргойт. Ал биздин кызматкерлер уулун басалбай калганда сотко алып барганын, дары алып келгенин жана ата-энеге реабилитациядан өтүүгө жардам бергенин эскерет.",
            ],
        },
    },
    {
        "slug": "dilyor-jumabaev-case",
        "kind": "case_story",
        "date": "2020-10-05",
        "topics": ["torture-prevention", "freedom-of-expression"],
        "title": {
            "en": "Years of charges, and a way back: the case of Dilyor Jumabaev",
            "ru": "Годы обвинений и путь назад: дело Дильёра Джумабаева",
            "ky": "Көп жылдык айыптоолор жана кайра жашоого кайтуу: Дилёр Жумабаевдин иши",
        },
        "summary": {
            "en": "A resident of Kara-Suu district was acquitted of a firearms charge in 2010, searched in 2012 and sentenced in 2014 for extremist materials. After his release on parole he joined our rehabilitation programme for survivors of torture.",
            "ru": "Житель Кара-Суйского района был оправдан по делу об оружии в 2010 году, подвергся обыску в 2012-м и осуждён в 2014 году за экстремистские материалы. После условно-досрочного освобождения он прошёл нашу программу реабилитации пострадавших от пыток.",
            "ky": "Кара-Суу районунун тургуну 2010-жылы курал боюнча иште акталып, 2012-жылы тинтүүгө кабылып, 2014-жылы экстремисттик материалдар үчүн соттолгон. Шарттуу мөөнөтүнөн мурда бошонгондон кийин ал кыйноодон жапа чеккендерди реабилитациялоо программабызга катышты.",
        },
        "paragraphs": {
            "en": [
                "Dilyor Jumabaev has faced the police many times. In 2010 he was accused of keeping firearms and, with the help of our lawyers, acquitted. Two years later officers searched his home for extremist material and found none.",
                "In 2014 he was charged again. The prosecutor asked for fifteen years; the court gave six. Released early on parole, he took part in our rehabilitation programme and now sends people who face abuses to our lawyers.",
            ],
            "ru": [
                "Дильёр Джумабаев не раз сталкивался с правоохранительными органами. В 2010 году его обвинили в хранении оружия, и с помощью наших юристов он был оправдан. Через два года у него дома искали экстремистские материалы и ничего не нашли.",
                "В 2014 году его обвинили снова. Прокурор просил пятнадцать лет, суд назначил шесть. Освободившись условно-досрочно, он прошёл нашу программу реабилитации и теперь направляет к нашим юристам людей, столкнувшихся с нарушениями.",
            ],
            "ky": [
                "Дилёр Жумабаев укук коргоо органдары менен бир нече жолу беттешкен. 2010-жылы аны курал сактаган деп айыпташып, биздин юристтердин жардамы менен ал акталган. Эки жылдан кийин анын үйүнөн экстремисттик материалдарды издешип, эч нерсе табышкан жок.",
                "2014-жылы аны кайра айыпташты. Прокурор он беш жыл сураса, сот алты жыл берди. Шарттуу мөөнөтүнөн мурда бошонгондон кийин ал реабилитация программабыздан өтүп, азыр укугу бузулган адамдарды биздин юристтерге жөнөтөт.",
            ],
        },
    },
]

# Further samples so every filter (kind, topic, year) has something; a few carry recommendations of their own.
SAMPLES = [
    (
        "monitoring-detention-2017",
        "report",
        "2017-12-10",
        ["torture-prevention"],
        {
            "en": "Monitoring places of detention: findings for 2017",
            "ru": "Мониторинг мест лишения свободы: итоги 2017 года",
            "ky": "Эркинен ажыратуу жайларынын мониторинги: 2017-жылдын жыйынтыктары",
        },
        {
            "en": "Our monitors visited temporary detention centres in the south and recorded overcrowding and poor medical care.",
            "ru": "Наши мониторы посетили изоляторы временного содержания на юге и зафиксировали переполненность и плохую медицинскую помощь.",
            "ky": "Биздин мониторлор түштүктөгү убактылуу кармоочу жайларга барып, адам толуп кеткенин жана медициналык жардам начар экенин белгилешти.",
        },
        [
            (
                "interior-ministry",
                ["torture-prevention"],
                "implemented",
                {
                    "en": "Install video recording in every interview room of temporary detention centres.",
                    "ru": "Установить видеозапись во всех комнатах допроса изоляторов временного содержания.",
                    "ky": "Убактылуу кармоочу жайлардын бардык сурак бөлмөлөрүнө видео жаздыруу орнотуу.",
                },
            ),
            (
                "penitentiary-service",
                ["torture-prevention"],
                "partially_implemented",
                {
                    "en": "Give every new detainee a medical examination within 24 hours.",
                    "ru": "Проводить медицинский осмотр каждого задержанного в течение 24 часов.",
                    "ky": "Ар бир кармалган адамды 24 сааттын ичинде медициналык кароодон өткөрүү.",
                },
            ),
        ],
    ),
    (
        "women-leadership-training-2018",
        "news",
        "2018-06-20",
        ["domestic-violence"],
        {
            "en": "Women's leadership training in Osh",
            "ru": "Тренинг по женскому лидерству в Оше",
            "ky": "Оштогу аялдардын лидерлиги боюнча тренинг",
        },
        {
            "en": "Thirty women from southern villages learned how to help neighbours facing violence at home.",
            "ru": "Тридцать женщин из сёл юга узнали, как помогать соседкам, столкнувшимся с насилием в семье.",
            "ky": "Түштүктөгү айылдардан келген отуз аял үйдө зомбулукка кабылган кошуналарына кантип жардам берүүнү үйрөнүштү.",
        },
        [],
    ),
    (
        "migrants-legal-clinic-2018",
        "press_release",
        "2018-11-02",
        ["labour-migrants"],
        {
            "en": "Free legal clinic for labour migrants opens",
            "ru": "Открылась бесплатная юридическая клиника для трудовых мигрантов",
            "ky": "Эмгек мигранттары үчүн акысыз юридикалык клиника ачылды",
        },
        {
            "en": "Migrants and their families can now get free advice on contracts, wages and documents.",
            "ru": "Мигранты и их семьи могут бесплатно проконсультироваться по договорам, зарплате и документам.",
            "ky": "Мигранттар жана алардын үй-бүлөлөрү келишимдер, эмгек акы жана документтер боюнча акысыз кеңеш ала алышат.",
        },
        [],
    ),
    (
        "uranium-tailings-2019",
        "report",
        "2019-04-22",
        ["environment-disasters"],
        {
            "en": "Living next to uranium tailings: risks for Mailuu-Suu",
            "ru": "Жизнь рядом с урановыми хвостохранилищами: риски для Майлуу-Суу",
            "ky": "Уран калдыктарынын жанында жашоо: Майлуу-Суу үчүн тобокелдиктер",
        },
        {
            "en": "A community survey on landslides, water and health near former uranium mines.",
            "ru": "Опрос жителей о оползнях, воде и здоровье рядом с бывшими урановыми рудниками.",
            "ky": "Мурдагы уран кендеринин жанындагы жер көчкү, суу жана ден соолук боюнча тургундардын сурамжылоосу.",
        },
        [
            (
                "local-authorities",
                ["environment-disasters"],
                "under_consideration",
                {
                    "en": "Publish landslide and radiation monitoring data for every village in the risk zone.",
                    "ru": "Публиковать данные мониторинга оползней и радиации по каждому селу зоны риска.",
                    "ky": "Тобокелдик аймагындагы ар бир айыл боюнча жер көчкү жана радиация мониторингинин маалыматтарын жарыялоо.",
                },
            )
        ],
    ),
    (
        "torture-victims-day-2019",
        "news",
        "2019-06-26",
        ["torture-prevention"],
        {
            "en": "Documentary screenings for the day in support of victims of torture",
            "ru": "Показы документальных фильмов ко Дню поддержки жертв пыток",
            "ky": "Кыйноо курмандыктарын колдоо күнүнө карата документалдык тасмаларды көрсөтүү",
        },
        {
            "en": "Young volunteers held screenings and discussions in five regions.",
            "ru": "Молодые волонтёры провели показы и обсуждения в пяти регионах.",
            "ky": "Жаш ыктыярчылар беш аймакта тасма көрсөтүүлөрдү жана талкууларды өткөрүштү.",
        },
        [],
    ),
    (
        "information-manipulation-bill-2020",
        "statement",
        "2020-07-02",
        ["freedom-of-expression"],
        {
            "en": "The bill on information manipulation must be withdrawn",
            "ru": "Законопроект о манипулировании информацией должен быть отозван",
            "ky": "Маалыматты манипуляциялоо тууралуу мыйзам долбоору кайтарылып алынышы керек",
        },
        {
            "en": "The draft law would let officials block websites without a court order.",
            "ru": "Законопроект позволит чиновникам блокировать сайты без решения суда.",
            "ky": "Мыйзам долбоору аткаминерлерге сайттарды соттун чечимисиз бөгөттөөгө мүмкүндүк берет.",
        },
        [
            (
                "jogorku-kenesh",
                ["freedom-of-expression"],
                "rejected",
                {
                    "en": "Withdraw the bill on information manipulation.",
                    "ru": "Отозвать законопроект о манипулировании информацией.",
                    "ky": "Маалыматты манипуляциялоо тууралуу мыйзам долбоорун кайтарып алуу.",
                },
            )
        ],
    ),
    (
        "election-observation-2021",
        "report",
        "2021-02-15",
        ["elections"],
        {
            "en": "Observing the early presidential election",
            "ru": "Наблюдение за досрочными президентскими выборами",
            "ky": "Мөөнөтүнөн мурда президенттик шайлоого байкоо жүргүзүү",
        },
        {
            "en": "Our observers recorded pressure on public employees and vote buying in several districts.",
            "ru": "Наши наблюдатели зафиксировали давление на бюджетников и подкуп избирателей в нескольких районах.",
            "ky": "Биздин байкоочулар бир нече райондо бюджеттик кызматкерлерге басым жасоону жана шайлоочуларды сатып алууну катташты.",
        },
        [
            (
                "election-commission",
                ["elections"],
                "under_consideration",
                {
                    "en": "Investigate every reported case of pressure on public employees to vote.",
                    "ru": "Расследовать каждое сообщение о принуждении бюджетников к голосованию.",
                    "ky": "Бюджеттик кызматкерлерди добуш берүүгө мажбурлоо тууралуу ар бир кабарды иликтөө.",
                },
            ),
            (
                "interior-ministry",
                ["elections"],
                "no_response",
                {
                    "en": "Prosecute vote buying promptly and publish the outcome.",
                    "ru": "Оперативно расследовать подкуп избирателей и публиковать результаты.",
                    "ky": "Шайлоочуларды сатып алуу иштерин тез иликтеп, жыйынтыгын жарыялоо.",
                },
            ),
        ],
    ),
    (
        "ngo-law-2021",
        "press_release",
        "2021-08-30",
        ["freedom-of-expression", "public-funds"],
        {
            "en": "New reporting rules for NGOs: what changes",
            "ru": "Новые правила отчётности для НКО: что меняется",
            "ky": "КЭУлар үчүн жаңы отчеттуулук эрежелери: эмне өзгөрөт",
        },
        {
            "en": "An explainer on the amendments and how they burden small community groups.",
            "ru": "Разъяснение поправок и того, как они ложатся бременем на небольшие общественные группы.",
            "ky": "Өзгөртүүлөрдүн жана алар чакан коомдук топторго кандай оорчулук келтирерин түшүндүрүү.",
        },
        [],
    ),
    (
        "bride-kidnapping-2022",
        "statement",
        "2022-03-08",
        ["domestic-violence"],
        {
            "en": "Bride kidnapping is a crime, not a tradition",
            "ru": "Похищение невест — преступление, а не традиция",
            "ky": "Кыз ала качуу — салт эмес, кылмыш",
        },
        {
            "en": "On 8 March we call for every reported kidnapping to be investigated and for shelters in every region.",
            "ru": "8 марта мы призываем расследовать каждое похищение и открыть кризисные центры в каждом регионе.",
            "ky": "8-мартта биз ар бир ала качууну иликтөөгө жана ар бир аймакта кризистик борборлорду ачууга чакырабыз.",
        },
        [
            (
                "interior-ministry",
                ["domestic-violence"],
                "partially_implemented",
                {
                    "en": "Register and investigate every report of bride kidnapping.",
                    "ru": "Регистрировать и расследовать каждое заявление о похищении невесты.",
                    "ky": "Кыз ала качуу тууралуу ар бир арызды каттап, иликтөө.",
                },
            ),
            (
                "local-authorities",
                ["domestic-violence"],
                "no_response",
                {
                    "en": "Fund a crisis centre for survivors in every region.",
                    "ru": "Финансировать кризисный центр для пострадавших в каждом регионе.",
                    "ky": "Ар бир аймакта жапа чеккендер үчүн кризистик борборду каржылоо.",
                },
            ),
        ],
    ),
    (
        "public-loans-2023",
        "report",
        "2023-05-17",
        ["public-funds"],
        {
            "en": "Where did the pandemic loans go?",
            "ru": "Куда ушли пандемийные кредиты?",
            "ky": "Пандемия насыялары кайда кетти?",
        },
        {
            "en": "We traced how external loans and grants for the pandemic were spent and what remains unexplained.",
            "ru": "Мы проследили, как были потрачены внешние кредиты и гранты на пандемию и что остаётся без объяснений.",
            "ky": "Пандемияга алынган тышкы насыялар жана гранттар кантип жумшалганын жана эмнеси түшүндүрүлбөй калганын изилдедик.",
        },
        [
            (
                "government",
                ["public-funds"],
                "no_response",
                {
                    "en": "Publish an itemised report on every pandemic loan and grant.",
                    "ru": "Опубликовать подробный отчёт по каждому пандемийному кредиту и гранту.",
                    "ky": "Пандемия үчүн алынган ар бир насыя жана грант боюнча толук отчет жарыялоо.",
                },
            )
        ],
    ),
    (
        "returning-migrants-2024",
        "news",
        "2024-09-12",
        ["labour-migrants", "social-rights"],
        {
            "en": "Helping returning migrants find work at home",
            "ru": "Помощь вернувшимся мигрантам в поиске работы дома",
            "ky": "Кайтып келген мигранттарга мекенде жумуш табууга жардам",
        },
        {
            "en": "Consultations in Osh and Jalal-Abad helped families with documents, pensions and school places.",
            "ru": "Консультации в Оше и Джалал-Абаде помогли семьям с документами, пенсиями и местами в школах.",
            "ky": "Ош жана Жалал-Абаддагы кеңештер үй-бүлөлөргө документтер, пенсиялар жана мектептеги орундар боюнча жардам берди.",
        },
        [],
    ),
    (
        "national-torture-prevention-2025",
        "statement",
        "2025-06-26",
        ["torture-prevention"],
        {
            "en": "Keep the torture prevention centre independent",
            "ru": "Сохранить независимость центра по предупреждению пыток",
            "ky": "Кыйноолордун алдын алуу борборунун көз карандысыздыгын сактоо",
        },
        {
            "en": "Proposals to merge the National Centre for the Prevention of Torture with other bodies would weaken unannounced visits.",
            "ru": "Предложения объединить Национальный центр по предупреждению пыток с другими органами ослабят внезапные посещения.",
            "ky": "Кыйноолордун алдын алуу боюнча улуттук борборду башка органдар менен бириктирүү сунуштары күтүүсүз барууларды алсыратат.",
        },
        [
            (
                "jogorku-kenesh",
                ["torture-prevention"],
                "under_consideration",
                {
                    "en": "Keep the national torture prevention mechanism separate, with its own budget.",
                    "ru": "Сохранить национальный механизм по предупреждению пыток отдельным органом с собственным бюджетом.",
                    "ky": "Кыйноолордун алдын алуу боюнча улуттук механизмди өз бюджети менен өзүнчө орган катары сактоо.",
                },
            ),
            (
                "ombudsman",
                ["torture-prevention"],
                "implemented",
                {
                    "en": "Publish the findings of every monitoring visit within a month.",
                    "ru": "Публиковать выводы каждого мониторингового визита в течение месяца.",
                    "ky": "Ар бир мониторинг сапарынын жыйынтыгын бир айдын ичинде жарыялоо.",
                },
            ),
        ],
    ),
]
