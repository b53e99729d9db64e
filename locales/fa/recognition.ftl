# کیوسک مهارت‌ها — متن‌های فارسی درباره به رسمیت شناختن مدرک‌های خارجی در آلمان:
# معنای هر حالت، شغل‌های دارای مقررات قانونی (reglementiert)، نکته‌ها و مدارکی که باید بیاورید.
# Persian (Farsi and Dari) texts about recognition of foreign qualifications in Germany. The German legal names
# (authority, law) stay in db/reference/regulated.toml. Source of the content: the portal "Anerkennung in Deutschland"
# (BIBB) and the laws named in db/reference/regulated.toml; as of 2026-12. Meaning checked against locales/de/recognition.ftl.
# Form of address as in kiosk.ftl: formal «شما» with plural verbs; plain words that Dari speakers from Afghanistan also
# understand (Afghan word in brackets where it differs, e.g. پزشک (داکتر)); numbers in Latin digits as the program shows them.
# Terms: recognition = به رسمیت شناختن (Anerkennung); advisor = مشاور; qualification/certificate = مدرک;
# Chamber of Crafts = اتاق پیشه‌وران (Handwerkskammer); regulated = دارای مقررات قانونی; federal state = ایالت.
# Review: machine-drafted; not yet reviewed by a native speaker or a recognition expert.

## معنای هر حالت ($occupation: نام شغل)
recognition-licence = برای کار به عنوان { $occupation } در آلمان، به اجازه رسمی نیاز دارید. برای این اجازه، مدرک شما باید به رسمیت شناخته شود. مشاور شما می‌تواند در درخواست به شما کمک کند.
recognition-self-employment = در حرفه «{ $occupation }» می‌توانید بدون به رسمیت شناختن مدرک، به عنوان کارگر یا کارمند برای یک کارفرما کار کنید. برای داشتن کارگاه یا کسب‌وکار خودتان در این حرفه، به مدرک استادکاری (Meisterbrief) نیاز دارید، یا اتاق پیشه‌وران (Handwerkskammer) باید یک مدرک معادل را به رسمیت بشناسد.
recognition-title = این کار را می‌توانید بدون به رسمیت شناختن مدرک انجام دهید. فقط عنوان «{ $occupation }» از طرف قانون محافظت می‌شود: برای اینکه خود را به این عنوان معرفی کنید، به اجازه رسمی نیاز دارید.
recognition-own-route = { $occupation }: برای این شغل در آلمان یک امتحان آلمانی یا یک انتصاب رسمی لازم است. مدرکی که از خارج دارید، برای این شغل به سادگی به رسمیت شناخته نمی‌شود.
recognition-partly = فقط اگر این کار شما بوده است: { $occupation } در آلمان یک شغل دارای مقررات قانونی (reglementiert) است.
recognition-comparability = برای مدرک دانشگاهی، اداره مرکزی آموزش خارجی (ZAB) می‌تواند یک ارزیابی مدرک (Zeugnisbewertung) صادر کند. این ارزیابی به کارفرمایان نشان می‌دهد که مدرک شما در آلمان چه ارزشی دارد. این کار هزینه دارد.
recognition-voluntary = { $occupation }: این کار در آلمان دارای مقررات قانونی نیست. می‌توانید آن را بدون به رسمیت شناختن مدرک انجام دهید. با این حال، به رسمیت شناختن مدرک ممکن است و نزد کارفرمایان کمک می‌کند: اتاق مربوط (Kammer، مثلاً IHK FOSA یا اتاق پیشه‌وران) مدرک آموزش حرفه‌ای شما را با یک شغل آلمانی مقایسه می‌کند.
recognition-help = مشاوره رایگان درباره به رسمیت شناختن مدرک: مشاوره Anerkennung در شبکه IQ (www.netzwerk-iq.de) و وب‌سایت رسمی www.anerkennung-in-deutschland.de.
recognition-source = منبع: وب‌سایت «Anerkennung in Deutschland» و قانون‌هایی که نام برده شده‌اند. این فقط برای راهنمایی است: تصمیم را اداره مسئول می‌گیرد.
recognition-reference = شغل آلمانی برای مقایسه:
recognition-note = خوب است بدانید:

## شغل‌های دارای مقررات قانونی: نام‌های آنها
prof-doctor = پزشک (داکتر)
prof-dentist = دندان‌پزشک (داکتر دندان)
prof-pharmacist = داروساز (فارمسیست)
prof-veterinarian = دامپزشک (داکتر حیوانات)
prof-psychotherapist = روان‌درمانگر (سایکوتراپیست)
prof-nurse = پرستار (نرس)
prof-ata_ota = دستیار فنی بیهوشی یا دستیار فنی اتاق عمل (ATA/OTA)
prof-nursing_assistant = کمک‌پرستار (کمک نرس)
prof-midwife = قابله (ماما)
prof-physiotherapist = فیزیوتراپیست
prof-masseur = ماساژدرمانگر طبی
prof-medical_technologist = تکنسین طبی (آزمایشگاه یا لابراتوار، رادیولوژی)
prof-pharmaceutical_technical_assistant = دستیار فنی داروخانه (PTA)
prof-emergency_paramedic = امدادگر اورژانس (Notfallsanitäter)
prof-speech_therapist = گفتاردرمانگر (لوگوپید)
prof-dietitian = کارشناس تغذیه و رژیم غذایی
prof-occupational_therapist = کاردرمانگر (ارگوتراپیست)
prof-podiatrist = متخصص مراقبت پا (پودولوگ)
prof-orthoptist = ارتوپتیست (درمانگر مشکلات حرکت چشم)
prof-heilpraktiker = درمانگر طب طبیعی بدون مدرک پزشکی (Heilpraktiker)
prof-teacher = معلم مدرسه دولتی
prof-educator = مربی کودکان با تأیید دولتی (Erzieher/in)
prof-social_worker = مددکار اجتماعی با تأیید دولتی
prof-lawyer = وکیل مدافع
prof-judge = قاضی
prof-notary = سردفتر اسناد رسمی (Notar)
prof-tax_advisor_auditor = مشاور مالیاتی یا حسابرس رسمی
prof-engineer = مهندس (انجنیر)
prof-architect = مهندس معمار
prof-urban_planner = برنامه‌ریز شهری (شهرساز)
prof-food_chemist = شیمیدان مواد غذایی با امتحان دولتی
prof-surveyor = مهندس نقشه‌بردار منصوب رسمی
prof-sworn_translator = مترجم کتبی یا شفاهی سوگندخورده (رسمی)
prof-driving_instructor = مربی رانندگی (معلم دریوری)
prof-professional_driver = راننده حرفه‌ای کامیون یا اتوبوس (لاری یا بس)
prof-passenger_transport = راننده تاکسی یا آمبولانس
prof-pilot = خلبان (پیلوت)
prof-ship_officer = افسر کشتی
prof-security = نگهبان (کارمند امنیتی)
prof-craft_electrical = برق‌کاری
prof-craft_information = نصب و تعمیر دستگاه‌های فناوری اطلاعات
prof-craft_plumbing_heating = لوله‌کشی (نل‌دوانی) و نصب سیستم گرمایش
prof-craft_refrigeration = نصب دستگاه‌های سردکننده (یخچال صنعتی و کولر)
prof-craft_motor_vehicle = مکانیکی خودرو (مستری موتر)
prof-craft_machinery = مکانیکی ماشین‌آلات کشاورزی و ساختمانی
prof-craft_bicycle = تعمیر دوچرخه و موتورسیکلت (بایسکل و موترسایکل)
prof-craft_hairdresser = آرایشگری (سلمانی)
prof-craft_roofer = سقف‌کاری (بام‌سازی)
prof-craft_bricklayer = بنایی و بتن‌کاری
prof-craft_carpenter = نجاری ساختمانی (سازه‌های چوبی)
prof-craft_scaffolder = داربست‌بندی
prof-craft_floor_tiles = کاشی‌کاری و کف‌سازی
prof-craft_plasterer = گچ‌کاری (پلستر)
prof-craft_insulation = عایق‌کاری
prof-craft_glazier = شیشه‌بری
prof-craft_painter = نقاشی ساختمان و رنگ‌کاری
prof-craft_metal = فلزکاری (ساخت سازه‌های فلزی)
prof-craft_sheet_metal = ورق‌کاری فلزی (حلبی‌سازی)
prof-craft_precision = مکانیک دقیق (ساخت قطعه‌های دقیق)
prof-craft_stonemason = سنگتراشی
prof-craft_well_builder = حفر و ساخت چاه آب
prof-craft_baker = نانوایی و شیرینی‌پزی
prof-craft_butcher = قصابی
prof-craft_joiner = نجاری (مبلمان، در و پنجره)
prof-craft_upholsterer = رویه‌کوبی مبل و تزئینات داخلی خانه
prof-craft_optician = عینک‌سازی
prof-craft_dental_orthopaedic = دندان‌سازی و ساخت وسایل ارتوپدی
prof-craft_orthopaedic_shoes = ساخت کفش طبی (ارتوپدی)
prof-craft_chimney_sweep = پاک‌کاری دودکش

## نکته‌هایی درباره بعضی شغل‌ها
prof-doctor-note = نام این اجازه کار Approbation است. تا وقتی که آن را بگیرید، یک اجازه کار موقت ممکن است. عنوان متخصص را اتاق پزشکان (Ärztekammer) جداگانه به رسمیت می‌شناسد.
prof-psychotherapist-note = کار به عنوان روان‌شناس به اجازه نیاز ندارد. ولی درمان بیماران به عنوان روان‌درمانگر به اجازه نیاز دارد.
prof-nurse-note = این شامل پرستاری سالمندان و پرستاری کودکان هم می‌شود. در آلمان، این‌ها از سال 2020 یک آموزش مشترک هستند.
prof-ata_ota-note = این‌ها از سال 2022 شغل‌های درمانی جداگانه با اجازه کار مخصوص خود هستند.
prof-nursing_assistant-note = تا حالا هر ایالت قوانین خودش را دارد. قرار است از سال 2027 یک قانون فدرال (برای همه آلمان) برای کمک‌پرستاران اجرا شود.
prof-midwife-note = در آلمان، آموزش قابلگی حالا یک رشته دانشگاهی است. این عنوان (Hebamme) برای زن و مرد یکی است.
prof-medical_technologist-note = چهار شغل جداگانه وجود دارد: آزمایشگاه (لابراتوار)، رادیولوژی، تشخیص عملکردی (Funktionsdiagnostik) و دامپزشکی.
prof-heilpraktiker-note = آموزشی که در خارج دیده‌اید برای این کار به رسمیت شناخته نمی‌شود. اداره صحت (بهداشت) محل زندگی شما (Gesundheitsamt) پس از بررسی دانش شما اجازه را می‌دهد.
prof-teacher-note = درخواست را در ایالتی می‌دهید که می‌خواهید در آن درس بدهید. در آلمان معلم‌ها معمولاً دو مضمون (درس) را تدریس می‌کنند؛ اگر فقط یک مضمون دارید، ممکن است آموزش اضافه یا امتحان لازم باشد. تدریس در مدرسه‌های خصوصی یا کورس‌های زبان ممکن است بدون این هم امکان داشته باشد.
prof-educator-note = قوانین و اداره‌های مسئول در 16 ایالت با هم فرق دارند. کار به عنوان کمک‌مربی در کودکستان (Kita) ممکن است بدون این هم امکان داشته باشد.
prof-social_worker-note = بسیاری از کارفرمایان دولتی تأیید دولتی (staatliche Anerkennung) را می‌خواهند. قوانین در ایالت‌ها با هم فرق دارند.
prof-lawyer-note = وکلای اتحادیه اروپا (EU)، منطقه اقتصادی اروپا (EWR) یا سویس می‌توانند پس از یک امتحان شایستگی (Eignungsprüfung) اجازه وکالت بگیرند. وکلای کشورهای دیگر عضو سازمان تجارت جهانی (WTO) فقط برای قانون کشور خودشان و حقوق بین‌الملل اجازه می‌گیرند. در غیر این صورت، امتحان‌های دولتی حقوق آلمان (Staatsexamen) لازم است. کار به عنوان دستیار حقوقی یا در یک مرکز مشاوره ممکن است امکان داشته باشد.
prof-judge-note = قاضی‌ها به دو امتحان دولتی حقوق آلمان و تابعیت آلمانی نیاز دارند.
prof-notary-note = سردفترها به دو امتحان دولتی حقوق آلمان نیاز دارند. تعداد جاهای کاری برای سردفتر محدود است.
prof-tax_advisor_auditor-note = با مدرکی از اتحادیه اروپا، منطقه اقتصادی اروپا (EWR) یا سویس، امتحان شایستگی ممکن است. در غیر این صورت امتحان آلمانی لازم است. کار به عنوان حسابدار یا دفتردار به اجازه نیاز ندارد.
prof-engineer-note = بدون به رسمیت شناختن مدرک می‌توانید به عنوان مهندس در یک شرکت کار کنید. برای اینکه خود را «Ingenieur/in» (مهندس) بنامید، به اجازه نیاز دارید. برای امضای درخواست‌های ساختمانی، مهندسان عمران (ساختمان) همچنین باید در فهرست اتاق مهندسان (Ingenieurkammer) ثبت شده باشند.
prof-architect-note = برای استفاده از این عنوان و برای ارائه نقشه‌های ساختمانی، باید در فهرست معماران اتاق معماران (Architektenkammer) ثبت شده باشید.
prof-urban_planner-note = در بیشتر ایالت‌ها این عنوان از طرف قانون محافظت می‌شود (ثبت در فهرست برنامه‌ریزان شهری در اتاق معماران).
prof-food_chemist-note = این عنوان بیشتر برای کنترل رسمی مواد غذایی و گزارش‌های کارشناسی لازم است. کارهای دیگر به عنوان شیمیدان به اجازه نیاز ندارند.
prof-surveyor-note = نقشه‌برداری‌های رسمی زمین را نقشه‌برداران منصوب رسمی انجام می‌دهند. آنها معمولاً به امتحان دولتی آلمان در رشته نقشه‌برداری نیاز دارند. کارهای دیگر نقشه‌برداری به اجازه نیاز ندارند.
prof-sworn_translator-note = ترجمه کتبی و شفاهی کار آزاد است. فقط برای کار با دادگاه‌ها (محکمه‌ها) و اداره‌ها باید منصوب شوید و سوگند بخورید؛ برای این کار باید مهارت‌های خود را ثابت کنید، اغلب با یک امتحان.
prof-professional_driver-note = به گواهینامه رانندگی (لایسنس) برای آن نوع وسیله نقلیه و به مدرک پایه رانندگی حرفه‌ای (Grundqualifikation) نیاز دارید. گواهینامه‌ای از بیرون از اتحادیه اروپا معمولاً باید تبدیل شود یا دوباره گرفته شود.
prof-passenger_transport-note = رانندگان تاکسی، ماشین کرایه با راننده (Mietwagen) و آمبولانس به یک اجازه مخصوص برای بردن مسافر (Fahrerlaubnis zur Fahrgastbeförderung) از اداره گواهینامه رانندگی (Fahrerlaubnisbehörde) نیاز دارند.
prof-pilot-note = لایسنس پرواز از بیرون از اتحادیه اروپا باید طبق قوانین اتحادیه اروپا تأیید یا تبدیل شود.
prof-ship_officer-note = گواهی‌های صلاحیت (Befähigungszeugnis) از کشورهای دیگر می‌توانند با یک تأییدیه طبق قوانین بین‌المللی STCW به رسمیت شناخته شوند.
prof-security-note = مدرک خارجی برای این کار به رسمیت شناخته نمی‌شود. به دوره آموزشی IHK (Unterrichtung، 40 ساعت) یا برای بعضی کارها به امتحان تخصصی IHK (Sachkundeprüfung) نیاز دارید.
prof-craft_chimney_sweep-note = پاک‌کاران دودکش منطقه (Bezirksschornsteinfeger) علاوه بر این از طرف اداره دولتی منصوب می‌شوند.

## مدارکی که باید بیاورید
doc-application = فرم درخواست اداره مسئول
doc-identity = پاسپورت یا کارت شناسایی (تذکره)؛ اگر نام شما تغییر کرده است، سندی برای آن (مثلاً سند ازدواج یا نکاح‌خط)
doc-qualification = مدرک، دیپلم یا مدرک دانشگاهی شما
doc-transcript = فهرست درس‌ها (مضمون‌ها) با ساعت‌های تئوری و عملی، و نمره‌ها
doc-experience = سند سابقه کار (مثلاً گواهی‌های کار از کارفرمایان، دفترچه کار)
doc-translations = کاپی‌های تصدیق‌شده (کپی برابر اصل)، و ترجمه آلمانی آنها توسط یک مترجم سوگندخورده
doc-cv = یک رزومه (خلص سوانح) به شکل جدول، به زبان آلمانی
doc-intent = اگر بیرون از اتحادیه اروپا زندگی می‌کنید: سندی که نشان دهد می‌خواهید در آلمان کار کنید (مثلاً درخواست‌های کار که فرستاده‌اید)
doc-language-health = گواهی زبان آلمانی برای این شغل، معمولاً سطح B2
doc-good-standing = گواهی از اداره شغلی کشوری که در آن کار کرده‌اید، که نشان دهد در کار خود مشکلی (مثلاً ممنوعیت کار) نداشته‌اید (معمولاً نه قدیمی‌تر از 3 ماه)
doc-fitness = یک گواهی پزشکی تازه که نشان دهد از نظر صحت برای این شغل مناسب هستید
doc-police-clearance = یک گواهی عدم سوء پیشینه تازه (Führungszeugnis) از آلمان و/یا کشور اصلی شما
doc-no-proceedings = یک نوشته (اظهارنامه) که هیچ پرونده جزایی یا شغلی علیه شما باز نیست
doc-language-medical = گواهی زبان آلمانی پزشکی در سطح C1 (امتحان زبان تخصصی در اتاق پزشکان)
doc-language-dental = گواهی زبان آلمانی برای دندان‌پزشکان در سطح C1 (امتحان زبان تخصصی در اتاق دندان‌پزشکان)
doc-language-pharmacy = گواهی زبان آلمانی برای داروسازان در سطح C1 (امتحان زبان تخصصی در اتاق داروسازان)
doc-language-profession = گواهی زبان آلمانی برای این شغل (اغلب یک امتحان زبان تخصصی در سطح C1)
doc-language-teacher = گواهی زبان آلمانی، معمولاً سطح C1 یا C2
doc-teaching-subjects = سند آموزش شما برای هر مضمون درسی و سند آموزش عملی معلمی شما
doc-language-childcare = گواهی زبان آلمانی، اغلب سطح B2 یا C1
doc-placements = سند کارآموزی‌های عملی در دوران آموزش یا تحصیل شما
doc-language-social = گواهی زبان آلمانی، اغلب سطح C1
doc-engineering-degree = مدرک دانشگاهی شما با رشته و مدت تحصیل
doc-architecture-study = سند مدت تحصیل شما (معمولاً دست‌کم 4 سال)
doc-architecture-practice = سند کار شما به عنوان معمار پس از تحصیل (معمولاً دست‌کم 2 سال)
doc-leading-experience = سند سابقه کار، به‌ویژه به عنوان سرپرست یا مدیر، یا در کار و کسب خودتان
doc-driving-licence = گواهینامه رانندگی (لایسنس) شما و سند تجربه رانندگی شما
doc-pilot-licence = لایسنس پرواز، گواهی پزشکی پرواز و دفترچه پرواز (Flugbuch) شما
doc-seafarer-certificates = گواهی‌های صلاحیت، دفترچه دریانوردی و سند مدت کار شما در دریا
