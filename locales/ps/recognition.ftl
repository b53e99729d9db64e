# د مهارتونو کیوسک — په آلمان کې د بهرنیو سندونو د منلو (Anerkennung) په اړه پښتو متنونه:
# هر حالت څه مانا لري، هغه مسلکونه چې قانوني مقررات لري، د دوی یادښتونه او هغه اسناد چې باید راوړل شي.
# Pashto texts about recognition of foreign qualifications in Germany. The German legal names (authority, law) stay in
# db/reference/regulated.toml. Source of the content: the portal "Anerkennung in Deutschland" (BIBB) and the laws named
# in db/reference/regulated.toml; as of 2026-12. Meaning checked against locales/de/recognition.ftl.
# Address as in kiosk.ftl: polite plural «تاسو» with plural verbs; plain Afghan standard Pashto; Latin digits as the program shows them.
# The profession name is inserted unchanged, so it stands after a colon or in quotation marks (no oblique case needed).
# Profession names use the common (masculine) form, as Pashto job lists usually do; crafts are named as a trade (… کسب).
# Terms: recognition = منل (Anerkennung); advisor = مشاور; qualification/certificate = سند; proof = ثبوت;
# Chamber of Crafts = د کسبګرو خونه (Handwerkskammer); regulated = قانوني مقررات لري; federal state = ایالت.
# Review: machine-drafted; not yet reviewed by a native speaker or a recognition expert.

## هر حالت څه مانا لري ($occupation: د مسلک نوم)
recognition-licence = { $occupation }: په آلمان کې د دې کار لپاره رسمي اجازې ته اړتیا لرئ. د دې لپاره باید ستاسو سند ومنل شي. ستاسو مشاور کولی شي د غوښتنلیک په ورکولو کې له تاسو سره مرسته وکړي.
recognition-self-employment = { $occupation }: په دې کسب کې تاسو کولی شئ د سند د منلو پرته د یوه کارفرما لپاره د کارکوونکي په توګه کار وکړئ. په دې کسب کې د خپل کار او بار (خپل ورکشاپ) لپاره د استادۍ سند (Meisterbrief) ته اړتیا لرئ، یا دا چې د کسبګرو خونه (Handwerkskammer) ستاسو یو برابر سند ومني.
recognition-title = تاسو کولی شئ دا کار د سند د منلو پرته وکړئ. یوازې دا نوم د قانون له خوا ساتل کېږي: «{ $occupation }». د دې لپاره چې ځان په دې نوم یاد کړئ، رسمي اجازې ته اړتیا لرئ.
recognition-own-route = { $occupation }: په آلمان کې د دې کار لپاره آلماني ازموینه یا رسمي ګمارنه پکار ده. له بهر څخه سند د دې لپاره په ساده ډول نه منل کېږي.
recognition-partly = یوازې که دا ستاسو کار و: { $occupation } په آلمان کې داسې مسلک دی چې قانوني مقررات لري (reglementiert).
recognition-comparability = د پوهنتون د سند لپاره، د بهرنیو زده کړو مرکزي دفتر (ZAB) کولی شي د سند ارزونه (Zeugnisbewertung) ورکړي. دا کارفرمایانو ته ښیي چې ستاسو سند په آلمان کې څومره ارزښت لري. د دې لپاره فیس ورکول کېږي.
recognition-voluntary = { $occupation }: دا کار په آلمان کې قانوني مقررات نه لري. تاسو کولی شئ دا کار د سند د منلو پرته وکړئ. بیا هم د سند منل ممکن دي او د کارفرمایانو په وړاندې ګټور دي: اړونده خونه (Kammer، د بېلګې په توګه IHK FOSA یا د کسبګرو خونه) ستاسو مسلکي سند له یوه آلماني مسلک سره پرتله کوي.
recognition-help = د سند د منلو په اړه وړیا مشوره: د IQ شبکې (IQ Netzwerk) د Anerkennung مشوره (www.netzwerk-iq.de) او رسمي وېبپاڼه www.anerkennung-in-deutschland.de.
recognition-source = سرچینه: د «Anerkennung in Deutschland» وېبپاڼه او یاد شوي قوانین. دا یوازې د لارښوونې لپاره دی: پرېکړه مسؤوله اداره کوي.
recognition-reference = د پرتلې لپاره آلماني مسلک:
recognition-note = ښه ده چې پوه شئ:

## هغه مسلکونه چې قانوني مقررات لري: د دوی نومونه
prof-doctor = ډاکټر
prof-dentist = د غاښونو ډاکټر
prof-pharmacist = درملپوه (فارمسست)
prof-veterinarian = د څارویو ډاکټر
prof-psychotherapist = سایکوتراپیست (رواني معالج)
prof-nurse = نرس
prof-ata_ota = د بې‌هوشۍ یا د عملیاتخونې تخنیکي مرستیال (ATA/OTA)
prof-nursing_assistant = د نرس مرستیال
prof-midwife = قابله
prof-physiotherapist = فزیوتراپیست
prof-masseur = د طبي مساژ متخصص
prof-medical_technologist = طبي تکنالوژیست (لابراتوار، رادیولوژي)
prof-pharmaceutical_technical_assistant = د درملتون تخنیکي مرستیال (PTA)
prof-emergency_paramedic = د بېړنۍ مرستې پارامېډیک (Notfallsanitäter)
prof-speech_therapist = سپیچ تراپیست (د خبرو د ستونزو درملنه)
prof-dietitian = د تغذیې متخصص
prof-occupational_therapist = ارګوتراپیست (د ورځني کار له لارې درملنه)
prof-podiatrist = د پښو د پاملرنې متخصص (پودولوګ)
prof-orthoptist = ارتوپتیست (د سترګو د حرکت د ستونزو درملنه)
prof-heilpraktiker = د طبیعي درملنې معالج چې ډاکټر نه دی (Heilpraktiker)
prof-teacher = د دولتي ښوونځي ښوونکی
prof-educator = په دولتي توګه منل شوی د ماشومانو روزونکی (Erzieher/in)
prof-social_worker = په دولتي توګه منل شوی ټولنیز کارکوونکی
prof-lawyer = وکیل (مدافع وکیل)
prof-judge = قاضي
prof-notary = نوټري (د رسمي اسنادو محرر)
prof-tax_advisor_auditor = د مالیاتو مشاور یا رسمي آډیټر
prof-engineer = انجنیر
prof-architect = معمار (آرکیټکټ)
prof-urban_planner = ښاري پلانر
prof-food_chemist = د خوړو کیمیاپوه چې دولتي ازموینه یې ورکړې وي
prof-surveyor = په رسمي توګه ګمارل شوی د ځمکې سروې انجنیر
prof-sworn_translator = قسم خوړلی ژباړونکی یا ترجمان
prof-driving_instructor = د ډرېورۍ ښوونکی
prof-professional_driver = د لارۍ یا بس مسلکي ډرېور
prof-passenger_transport = د ټکسي یا امبولانس ډرېور
prof-pilot = پیلوټ
prof-ship_officer = د کښتۍ افسر
prof-security = امنیتي ساتونکی
prof-craft_electrical = د برېښنا کسب
prof-craft_information = د معلوماتي ټکنالوژۍ (IT) د وسایلو کسب
prof-craft_plumbing_heating = د نلدوانۍ او د تودوخې د سیستمونو کسب
prof-craft_refrigeration = د یخچالونو او سړولو د سیستمونو کسب
prof-craft_motor_vehicle = د موټرو د ترمیم کسب
prof-craft_machinery = د کرنیزو او ساختماني ماشینونو د ترمیم کسب
prof-craft_bicycle = د بایسکل او موټرسایکل د ترمیم کسب
prof-craft_hairdresser = د سلمانۍ کسب
prof-craft_roofer = د چت جوړولو کسب
prof-craft_bricklayer = د خښتو او کانکرېټ د کار کسب
prof-craft_carpenter = د ودانیو د لرګیو د کار کسب
prof-craft_scaffolder = د ساختماني پایو (سکافولډ) د جوړولو کسب
prof-craft_floor_tiles = د ټایلو او فرش د جوړولو کسب
prof-craft_plasterer = د پلستر کسب
prof-craft_insulation = د عایق کارۍ کسب
prof-craft_glazier = د شیشې د کار کسب
prof-craft_painter = د رنګمالۍ او لاک کارۍ کسب
prof-craft_metal = د اوسپنې او فلزاتو د کار کسب
prof-craft_sheet_metal = د ټین سازۍ کسب
prof-craft_precision = د دقیقو ماشیني پرزو د جوړولو کسب
prof-craft_stonemason = د ډبرو د تراشلو کسب
prof-craft_well_builder = د څاګانو د کیندلو کسب
prof-craft_baker = د نانوايۍ او شیرینۍ جوړولو کسب
prof-craft_butcher = د قصابۍ کسب
prof-craft_joiner = د ترکاڼۍ کسب (فرنیچر، دروازې او کړکۍ)
prof-craft_upholsterer = د فرنیچر د پوښولو او د کور د دننه سینګار کسب
prof-craft_optician = د عینکو د جوړولو کسب
prof-craft_dental_orthopaedic = د غاښونو او ارتوپېډي وسایلو د جوړولو کسب
prof-craft_orthopaedic_shoes = د طبي (ارتوپېډي) بوټانو د جوړولو کسب
prof-craft_chimney_sweep = د دودکش د پاکولو کسب

## د ځینو مسلکونو په اړه یادښتونه
prof-doctor-note = دې اجازې ته Approbation وایي. تر هغه چې دا ترلاسه کړئ، د کار لنډمهاله اجازه ممکنه ده. د متخصص لقب د ډاکټرانو خونه (Ärztekammer) په جلا توګه مني.
prof-psychotherapist-note = د ارواپوه په توګه کار اجازې ته اړتیا نه لري. خو د سایکوتراپیست په توګه د ناروغانو درملنه اجازې ته اړتیا لري.
prof-nurse-note = دا د زړو خلکو پالنه او د ماشومانو نرسنګ هم رانغاړي. په آلمان کې له 2020 راهیسې دا ټول یوه ګډه زده کړه ده.
prof-ata_ota-note = دا له 2022 راهیسې جلا روغتیایي مسلکونه دي چې خپله جلا اجازه لري.
prof-nursing_assistant-note = تر اوسه هر ایالت خپل قواعد لري. ټاکل شوې ده چې له 2027 څخه د نرس مرستیالانو لپاره یو فدرالي قانون (د ټول آلمان لپاره) پلی شي.
prof-midwife-note = په آلمان کې د قابلګۍ زده کړه اوس د پوهنتون زده کړه ده. دا نوم (Hebamme) د ښځو او نارینه وو دواړو لپاره یو دی.
prof-medical_technologist-note = څلور جلا مسلکونه دي: لابراتوار، رادیولوژي، د بدن د دندو معاینه (Funktionsdiagnostik) او د څارویو طب.
prof-heilpraktiker-note = له بهر څخه زده کړه د دې لپاره نه منل کېږي. د روغتیا محلي اداره (Gesundheitsamt) ستاسو د پوهې له ازموینې وروسته اجازه درکوي.
prof-teacher-note = تاسو غوښتنلیک په هغه ایالت کې ورکوئ چې هلته غواړئ تدریس وکړئ. په آلمان کې ښوونکي معمولاً دوه مضمونونه تدریسوي؛ که یوازې یو مضمون ولرئ، کېدای شي اضافي زده کړه یا ازموینه پکار وي. په خصوصي ښوونځیو یا د ژبې په کورسونو کې تدریس کېدای شي د دې پرته هم ممکن وي.
prof-educator-note = قواعد او مسؤولې ادارې په 16 ایالتونو کې سره توپیر لري. په وړکتون (Kita) کې د مرستیال په توګه کار کېدای شي د دې پرته هم ممکن وي.
prof-social_worker-note = ډېر دولتي کارفرمایان دولتي منښت (staatliche Anerkennung) غواړي. قواعد په ایالتونو کې سره توپیر لري.
prof-lawyer-note = له اروپايي اتحادیې (EU)، اروپايي اقتصادي سیمې (EWR) یا سویس څخه وکیلان کولی شي د وړتیا له ازموینې (Eignungsprüfung) وروسته د وکالت اجازه ترلاسه کړي. د نړیوال سوداګریز سازمان (WTO) د نورو غړو هېوادونو وکیلان یوازې د خپل هېواد د قانون او نړیوال قانون لپاره اجازه ترلاسه کولی شي. که نه، نو د آلمان د حقوقو دولتي ازموینې (Staatsexamen) پکار دي. د حقوقي مرستیال په توګه یا د مشورې په یوه مرکز کې کار کېدای شي ممکن وي.
prof-judge-note = قاضیان د آلمان د حقوقو دوو دولتي ازموینو او آلماني تابعیت ته اړتیا لري.
prof-notary-note = نوټريان د آلمان د حقوقو دوو دولتي ازموینو ته اړتیا لري. د نوټرۍ د دندو شمېر محدود دی.
prof-tax_advisor_auditor-note = د اروپايي اتحادیې، اروپايي اقتصادي سیمې (EWR) یا سویس له سند سره د وړتیا ازموینه ممکنه ده. که نه، نو آلماني ازموینه پکار ده. د محاسب یا حساب ساتونکي په توګه کار اجازې ته اړتیا نه لري.
prof-engineer-note = تاسو کولی شئ د سند د منلو پرته په یوه شرکت کې د انجنیر په توګه کار وکړئ. د دې لپاره چې ځان «Ingenieur/in» (انجنیر) وبولئ، اجازې ته اړتیا لرئ. د ودانیو د غوښتنلیکونو د لاسلیک لپاره، ساختماني انجنیران باید د انجنیرانو د خونې (Ingenieurkammer) په لست کې هم ثبت وي.
prof-architect-note = د دې نوم د کارولو او د ودانیو د نقشو د سپارلو لپاره، تاسو باید د معمارانو د خونې (Architektenkammer) په لست کې ثبت شئ.
prof-urban_planner-note = په ډېرو ایالتونو کې دا نوم د قانون له خوا ساتل کېږي (د معمارانو په خونه کې د ښاري پلانرانو په لست کې ثبت).
prof-food_chemist-note = دا نوم تر ډېره د خوړو د رسمي کنټرول او د کارپوهنې راپورونو لپاره پکار دی. د کیمیاپوه په توګه نور کار اجازې ته اړتیا نه لري.
prof-surveyor-note = د ځمکې رسمي سروې په رسمي توګه ګمارل شوي سروې انجنیران کوي. دوی معمولاً د سروې په برخه کې آلماني دولتي ازموینې ته اړتیا لري. د سروې نور کار اجازې ته اړتیا نه لري.
prof-sworn_translator-note = لیکلې او شفاهي ژباړه آزاد کار دی. یوازې د محکمو او ادارو لپاره باید رسمي وګمارل شئ او قسم وخورئ؛ د دې لپاره باید خپل مهارتونه ثابت کړئ، ډېری وخت په یوه ازموینه.
prof-professional_driver-note = تاسو د هغه ډول موټر لپاره د موټر چلولو جواز (لایسنس) او د مسلکي ډرېورانو بنسټیزې وړتیا (Grundqualifikation) ته اړتیا لرئ. د اروپايي اتحادیې له بهر څخه لایسنس معمولاً باید بدل شي یا بیا له سره واخیستل شي.
prof-passenger_transport-note = د ټکسي، کرایي موټر (Mietwagen) او امبولانس ډرېوران د مسافرو د وړلو لپاره ځانګړې اجازې (Fahrerlaubnis zur Fahrgastbeförderung) ته اړتیا لري، چې د موټر چلولو د جواز اداره (Fahrerlaubnisbehörde) یې ورکوي.
prof-pilot-note = د اروپايي اتحادیې له بهر څخه د الوتنې لایسنس باید د اروپايي اتحادیې د قواعدو سره سم تایید یا بدل شي.
prof-ship_officer-note = د نورو هېوادونو د وړتیا سندونه (Befähigungszeugnis) د نړیوالو STCW قواعدو سره سم د یوه تاییدي یادښت له لارې منل کېدای شي.
prof-security-note = له بهر څخه سند د دې لپاره نه منل کېږي. تاسو د IHK لارښوونې کورس (Unterrichtung، 40 ساعته) ته، یا د ځینو دندو لپاره د IHK د کارپوهنې ازموینې (Sachkundeprüfung) ته اړتیا لرئ.
prof-craft_chimney_sweep-note = د سیمې د دودکش پاکوونکي (Bezirksschornsteinfeger) سربېره پردې د ادارې له خوا ګمارل کېږي.

## هغه اسناد چې باید یې راوړئ
doc-application = د مسؤولې ادارې د غوښتنلیک فورمه
doc-identity = پاسپورټ یا تذکره؛ که ستاسو نوم بدل شوی وي، د هغه ثبوت (د بېلګې په توګه نکاح خط)
doc-qualification = ستاسو سند، ډیپلوم یا د پوهنتون سند
doc-transcript = د مضمونونو لست، د تیوري او عملي ساعتونو او نمرو سره
doc-experience = د کاري تجربې ثبوت (د بېلګې په توګه د کارفرمایانو تصدیق لیکونه، د کار کتابچه)
doc-translations = تصدیق شوې کاپي ګانې، او د قسم خوړلي ژباړونکي له خوا آلماني ژباړې
doc-cv = د جدول په شکل د ژوند لنډلیک (CV)، په آلماني ژبه
doc-intent = که تاسو د اروپايي اتحادیې بهر اوسېږئ: ثبوت چې غواړئ په آلمان کې کار وکړئ (د بېلګې په توګه د دندې غوښتنلیکونه)
doc-language-health = د دې مسلک لپاره د آلماني ژبې ثبوت، معمولاً د B2 کچه
doc-good-standing = د هغه هېواد د مسلکي ادارې تصدیق چې تاسو پکې کار کړی، چې ښیي په خپل کار کې مو ستونزه (لکه د کار بندیز) نه درلوده (معمولاً له 3 میاشتو زوړ نه وي)
doc-fitness = نوی طبي تصدیق چې ښیي تاسو د روغتیا له پلوه د دې مسلک لپاره وړ یاست
doc-police-clearance = د پولیسو نوی تصدیق چې جرمي سابقه نه لرئ (Führungszeugnis)، له آلمان او/یا ستاسو له اصلي هېواد څخه
doc-no-proceedings = یوه لیکلې اعلامیه چې ستاسو پر ضد هېڅ جنایي یا مسلکي قضیه روانه نه ده
doc-language-medical = په C1 کچه د طبي آلماني ژبې ثبوت (د ډاکټرانو په خونه کې د مسلکي ژبې ازموینه)
doc-language-dental = په C1 کچه د غاښونو د ډاکټرانو لپاره د آلماني ژبې ثبوت (د غاښونو د ډاکټرانو په خونه کې د مسلکي ژبې ازموینه)
doc-language-pharmacy = په C1 کچه د درملپوهانو لپاره د آلماني ژبې ثبوت (د درملپوهانو په خونه کې د مسلکي ژبې ازموینه)
doc-language-profession = د دې مسلک لپاره د آلماني ژبې ثبوت (ډېری وخت په C1 کچه د مسلکي ژبې ازموینه)
doc-language-teacher = د آلماني ژبې ثبوت، معمولاً د C1 یا C2 کچه
doc-teaching-subjects = د هر ښوونیز مضمون لپاره ستاسو د زده کړې ثبوت، او ستاسو د عملي ښوونکي روزنې ثبوت
doc-language-childcare = د آلماني ژبې ثبوت، ډېری وخت د B2 یا C1 کچه
doc-placements = ستاسو د زده کړې یا پوهنتون په وخت کې د عملي کار (ستاژ) ثبوت
doc-language-social = د آلماني ژبې ثبوت، ډېری وخت د C1 کچه
doc-engineering-degree = ستاسو د پوهنتون سند، چې مضمون او د زده کړې موده پکې ښکاري
doc-architecture-study = ستاسو د زده کړې د مودې ثبوت (معمولاً لږ تر لږه 4 کاله)
doc-architecture-practice = له پوهنتون وروسته د معمار په توګه ستاسو د کار ثبوت (معمولاً لږ تر لږه 2 کاله)
doc-leading-experience = د کاري تجربې ثبوت، په ځانګړې توګه د مشر (سرپرست) په توګه یا په خپل کار او بار کې
doc-driving-licence = ستاسو د موټر چلولو جواز (لایسنس) او ستاسو د ډرېورۍ د تجربې ثبوت
doc-pilot-licence = ستاسو د الوتنې لایسنس، طبي تصدیق او د الوتنو کتابچه (Flugbuch)
doc-seafarer-certificates = ستاسو د وړتیا سندونه، د بحري کار کتابچه (Seefahrtbuch) او په سمندر کې ستاسو د کار د وخت ثبوت
