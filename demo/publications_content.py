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
    # The organisation's office; the seed names no other place for the statement.
    "place": {"en": "Bishkek", "ru": "Бишкек", "ky": "Бишкек"},
    # Shown at the top: prisoners at risk, the pandemic money, criticism punished (indexes into "recommendations").
    "key_recommendations": (8, 9, 12),
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
