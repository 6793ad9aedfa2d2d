# ruff: noqa: E501
"""Demo case stories and further publications in three languages, retold in our own words from shared/seed."""

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
