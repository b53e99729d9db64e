# کیوسک مهارت‌ها — متن‌های فهرست سؤال‌ها به زبان فارسی (db/catalog/*.toml).
# Review: machine-drafted; not yet reviewed by a native speaker.
# Form of address: formal «شما» with plural verbs — the respectful form used in offices in both Afghanistan and Iran.
# Style: plain Persian that Dari speakers understand easily; where words differ, the Afghan word is added in brackets, e.g. «مدرسه (مکتب)».

## زندگی من در یک نگاه
section-life = زندگی من در یک نگاه
section-life-intro = مرحله‌های مهم زندگی خود را یکی پس از دیگری بنویسید. یادداشت‌های کوتاه کافی است.
section-life-add = اضافه کردن یک مرحله از زندگی‌ام
section-life-none = نمی‌خواهم مرحله‌های زندگی‌ام را بنویسم
item-life-stage = این مرحله از زندگی شما چه بود؟
item-life-stage-example = چیزی را انتخاب کنید که بیشتر مناسب است. مثلاً: مدرسه، کار یا زمانی با خانواده.
option-life-stage-school = مدرسه (مکتب)
option-life-stage-training = آموزش حرفه‌ای یا تحصیل
option-life-stage-work = کار
option-life-stage-family = زمانی برای خانواده‌ام
option-life-stage-migration = در راه رفتن به یک کشور تازه
option-life-stage-waiting = زمان انتظار (مثلاً برای مدارک)
option-life-stage-other = چیز دیگری
item-life-place = این کجا بود؟
item-life-place-example = مثلاً: «حلب، سوریه» یا «کابل».
item-life-from = در چه سالی شروع شد؟
item-life-from-example = سال میلادی را بنویسید، مثلاً 2010. اگر مطمئن نیستید، یک حدس هم کافی است.
item-life-to = در چه سالی تمام شد؟
item-life-to-example = سال میلادی را بنویسید، مثلاً 2015. اگر هنوز ادامه دارد، آن را خالی بگذارید.

## مدرسه و آموزش
section-education = مدرسه و آموزش من
section-education-intro = هر مدرسه، آموزش حرفه‌ای، تحصیل یا دوره را یکی پس از دیگری بنویسید. دوره‌های بدون مدرک هم حساب می‌شوند.
section-education-add = اضافه کردن مدرسه یا آموزش
section-education-none = به مدرسه یا آموزش نرفته‌ام
item-education-kind = چه نوع مدرسه یا آموزشی بود؟
item-education-kind-example = چیزی را انتخاب کنید که بیشتر مناسب است.
option-education-kind-school = مدرسه (مکتب)
option-education-kind-vocational = آموزش حرفه‌ای (یاد گرفتن یک حرفه یا شغل)
option-education-kind-university = دانشگاه یا دانشکده
option-education-kind-course = یک دوره یا کورس (مثلاً زبان، کامپیوتر یا رانندگی)
option-education-kind-other = چیز دیگری
item-education-country = در کدام کشور بود؟
item-education-country-example = مثلاً: سوریه، افغانستان، اوکراین یا آلمان.
item-education-from = در چه سالی شروع شد؟
item-education-from-example = سال میلادی را بنویسید، مثلاً 2010. اگر مطمئن نیستید، یک حدس هم کافی است.
item-education-to = در چه سالی تمام شد؟
item-education-to-example = سال میلادی را بنویسید، مثلاً 2015. اگر هنوز ادامه دارد، آن را خالی بگذارید.
item-education-level = سطح این مدرسه یا آموزش چه بود؟
item-education-level-example = توضیحی را انتخاب کنید که بیشتر مناسب است.
item-education-qualification = آیا این آموزش شما را برای یک شغل آماده کرد؟ کدام شغل؟
item-education-qualification-example = اگر بله، چند حرف از نام شغل را بنویسید، مثلاً «برق‌کار»، و از فهرست انتخاب کنید. اگر نه، آن را خالی بگذارید.
item-education-certificate = آیا برای آن مدرک گرفتید؟
item-education-certificate-example = مدرک کاغذی است که نشان می‌دهد آن را تمام کرده‌اید، مثلاً دیپلم یا شهادت‌نامه.
option-education-certificate-yes = بله، و اینجا در آلمان همراهم است
option-education-certificate-at_home = بله، ولی هنوز در کشور خودم است
option-education-certificate-no = نه
item-education-translated = آیا مدرک به زبان آلمانی ترجمه شده است؟
item-education-translated-example = مثلاً یک ترجمه رسمی با مهر.
option-education-translated-yes = بله
option-education-translated-no = نه، هنوز نه
item-education-recognition = آیا این مدرک در آلمان به رسمیت شناخته شده است؟
item-education-recognition-example = به رسمیت شناختن (Anerkennung) یعنی: یک اداره در آلمان مدرک شما را با یک مدرک آلمانی مقایسه می‌کند.
option-education-recognition-not_applied = هنوز درخواست نداده‌ام
option-education-recognition-applied = درخواست داده‌ام و منتظر جواب هستم
option-education-recognition-full = بله، به طور کامل
option-education-recognition-partial = بله، ولی نه کامل
option-education-recognition-none = نه، قبول نشده

## تجربه کاری
section-work = تجربه کاری من
section-work-intro = هر کار را یکی پس از دیگری بنویسید. کار بدون مزد، کار در کسب‌وکار خانواده و کار بدون قرارداد هم حساب می‌شوند.
section-work-add = اضافه کردن یک کار
section-work-none = هنوز کار نکرده‌ام
item-work-occupation = شغل شما چه بود؟
item-work-occupation-example = چند حرف از نام شغل خود را بنویسید، مثلاً «خیاط» یا «پرستار (نرس)»، و از فهرست انتخاب کنید. اگر هیچ کدام مناسب نبود، کلمات خود را نگه دارید.
item-work-country = در کدام کشور کار کردید؟
item-work-country-example = مثلاً: سوریه، افغانستان، اوکراین یا آلمان.
item-work-from = در چه سالی شروع کردید؟
item-work-from-example = سال میلادی را بنویسید، مثلاً 2010. اگر مطمئن نیستید، یک حدس هم کافی است.
item-work-to = در چه سالی کار را تمام کردید؟
item-work-to-example = سال میلادی را بنویسید، مثلاً 2015. اگر هنوز ادامه دارد، آن را خالی بگذارید.
item-work-employment = به چه شکلی کار کردید؟
item-work-employment-example = چیزی را انتخاب کنید که بیشتر مناسب است. همه نوع کار حساب می‌شود.
option-work-employment-employed = استخدام (برای یک کارفرما کار کردم)
option-work-employment-self_employed = در کار خودم (کار آزاد)
option-work-employment-family_business = در کسب‌وکار خانواده‌ام
option-work-employment-informal = بدون قرارداد کتبی
item-work-tasks = آنجا هر روز چه کارهایی می‌کردید؟
item-work-tasks-example = مثلاً: «لباس می‌دوختم، اندازه می‌گرفتم و با مشتری‌ها صحبت می‌کردم.»
item-work-tools = از کدام ابزارها، ماشین‌ها یا برنامه‌های کامپیوتری استفاده کردید؟
item-work-tools-example = مثلاً: «ماشین خیاطی، صندوق پول، لیفتراک، Excel.»

## زبان‌ها
section-languages = زبان‌های من
section-languages-intro = همه زبان‌هایی را که می‌دانید بنویسید: زبان مادری خود و همچنین زبان‌هایی که فقط کمی صحبت می‌کنید. هر زبانی حساب می‌شود.
section-languages-add = اضافه کردن یک زبان
section-languages-none = ترجیح می‌دهم زبان‌ها را ننویسم
item-languages-language = کدام زبان؟
item-languages-language-example = مثلاً: عربی، دری، تیگرینیا، کردی (کرمانجی) یا آلمانی.
item-languages-mother_tongue = آیا این زبان مادری شماست؟
item-languages-mother_tongue-example = زبان مادری زبانی است که در کودکی در خانه یاد گرفته‌اید. می‌توانید بیش از یک زبان مادری داشته باشید.
option-languages-mother_tongue-yes = بله
option-languages-mother_tongue-no = نه
item-languages-listening = گوش دادن: وقتی مردم به این زبان صحبت می‌کنند، چه چیزهایی را می‌فهمید؟
item-languages-listening-example = جمله‌ای را انتخاب کنید که بیشتر درباره شما درست است.
item-languages-reading = خواندن: به این زبان چه چیزهایی را می‌توانید بخوانید؟
item-languages-reading-example = جمله‌ای را انتخاب کنید که بیشتر درباره شما درست است.
item-languages-spoken_interaction = گفتگو با دیگران: چقدر خوب می‌توانید به این زبان با کسی گفتگو کنید؟
item-languages-spoken_interaction-example = جمله‌ای را انتخاب کنید که بیشتر درباره شما درست است.
item-languages-spoken_production = صحبت کردن: به این زبان چه چیزهایی را می‌توانید بگویید یا شرح دهید؟
item-languages-spoken_production-example = جمله‌ای را انتخاب کنید که بیشتر درباره شما درست است.
item-languages-writing = نوشتن: به این زبان چه چیزهایی را می‌توانید بنویسید؟
item-languages-writing-example = جمله‌ای را انتخاب کنید که بیشتر درباره شما درست است.

## آنچه بیرون از مدرسه و کار یاد گرفته‌ام
section-informal = آنچه بیرون از مدرسه و کار یاد گرفتم
section-informal-intro = بسیاری از مهارت‌ها از خانواده، همسایه‌ها، سرگرمی‌ها یا سفر به آلمان به دست می‌آیند. این‌ها هم حساب می‌شوند.
item-informal-areas = بیرون از مدرسه و کار، کجا چیزهایی یاد گرفته‌اید؟
item-informal-areas-example = می‌توانید بیش از یک مورد را علامت بزنید.
option-informal-areas-childcare = نگهداری از کودکان
option-informal-areas-caring = مراقبت از افراد بیمار یا سالمند
option-informal-areas-household = اداره خانه و پول خانه
option-informal-areas-neighbourhood = کمک به همسایه‌ها یا مردم محل
option-informal-areas-volunteering = کار داوطلبانه (انجمن، جامعه دینی، سازمان)
option-informal-areas-hobbies = سرگرمی‌ها (ورزش، موسیقی، کار دستی، ترمیم و غیره)
option-informal-areas-migration = سفر به آلمان و شروع زندگی در اینجا
item-informal-what_did = آنجا چه کارهایی می‌کردید؟
item-informal-what_did-example = مثلاً: «پنج سال از سه خواهر کوچک‌ترم نگهداری کردم.»
item-informal-what_learned = از آن چه یاد گرفتید؟
item-informal-what_learned-example = مثلاً: «آرام ماندن، برنامه‌ریزی یک روز، پختن غذا برای افراد زیاد.»
item-informal-helped_others = آیا به دیگران کمک کرده‌اید که راه خود را پیدا کنند (مثلاً در اداره‌ها، در پر کردن فرم‌ها، با ترجمه کردن)؟
item-informal-helped_others-example = یک جواب را انتخاب کنید.
option-informal-helped_others-often = بله، زیاد
option-informal-helped_others-sometimes = گاهی
option-informal-helped_others-never = نه

## توانایی‌ها
section-competences = کارهایی که می‌توانم
section-competences-intro = برای هر خط، A، B یا C را انتخاب کنید. A = با کمک می‌توانم. B = در جای آشنا به تنهایی می‌توانم. C = در موقعیت‌های تازه هم می‌توانم و می‌توانم به دیگران نشان دهم.
item-competences-professional = این نوع کارها را چقدر خوب می‌توانید انجام دهید؟
item-competences-professional-example = یک خط را انتخاب کنید و بعد A، B یا C را. خط‌هایی که علامت ★ دارند با جواب‌های قبلی شما جور هستند.
option-competences-professional-craft = ساختن یا ترمیم چیزها با دست
option-competences-professional-care = مراقبت از کودکان، بیماران یا سالمندان
option-competences-professional-cooking = آشپزی، حتی برای افراد زیاد
option-competences-professional-sales = فروش و خدمت به مشتری‌ها
option-competences-professional-driving = رانندگی موتر (ماشین)، ون یا کامیون
option-competences-professional-office = کار دفتری، مثلاً نامه، فهرست و فرم
option-competences-professional-teaching = درس دادن به کودکان یا بزرگسالان
option-competences-professional-building = ساختمان‌سازی و ترمیم، مثلاً دیوار، کف، رنگ‌کاری
item-competences-methodical = چقدر خوب می‌توانید برنامه‌ریزی کنید، یاد بگیرید و مشکلات را حل کنید؟
item-competences-methodical-example = یک خط را انتخاب کنید و بعد A، B یا C را. خط‌هایی که علامت ★ دارند با جواب‌های قبلی شما جور هستند.
option-competences-methodical-planning = برنامه‌ریزی یک روز یا یک کار، قدم به قدم
option-competences-methodical-problem_solving = پیدا کردن راه‌حل وقتی کاری درست پیش نمی‌رود
option-competences-methodical-learning = یاد گرفتن چیزهای تازه، به تنهایی یا در یک دوره
option-competences-methodical-organising = ترتیب دادن کاری برای یک گروه، مثلاً یک جشن
option-competences-methodical-budgeting = برنامه‌ریزی پول، طوری که تا آخر ماه کافی باشد
item-competences-social = این کارها را با دیگران چقدر خوب می‌توانید انجام دهید؟
item-competences-social-example = یک خط را انتخاب کنید و بعد A، B یا C را. خط‌هایی که علامت ★ دارند با جواب‌های قبلی شما جور هستند.
option-competences-social-teamwork = همکاری با دیگران در یک گروه
option-competences-social-communication = روشن توضیح دادن و خوب گوش دادن
option-competences-social-conflict = آرام ماندن در بحث و دعوا و پیدا کردن راه‌حل عادلانه
option-competences-social-empathy = فهمیدن اینکه دیگران چه احساسی دارند
option-competences-social-intercultural = رابطه خوب با مردم فرهنگ‌های دیگر
option-competences-social-helping = کمک به دیگران، مثلاً در اداره‌ها یا با ترجمه کردن
item-competences-personal = این کارها را در زندگی روزانه چقدر خوب می‌توانید انجام دهید؟
item-competences-personal-example = یک خط را انتخاب کنید و بعد A، B یا C را. خط‌هایی که علامت ★ دارند با جواب‌های قبلی شما جور هستند.
option-competences-personal-resilience = ادامه دادن، وقتی زندگی سخت است
option-competences-personal-reliability = سر وقت بودن و انجام دادن کاری که قول داده‌ام
option-competences-personal-initiative = شروع کردن کارها از طرف خودم، بدون اینکه کسی بخواهد
option-competences-personal-patience = صبر و حوصله، حتی وقتی کارها زیاد طول می‌کشد
option-competences-personal-responsibility = به عهده گرفتن مسئولیت آدم‌ها یا کارها
item-competences-digital = چقدر خوب می‌توانید از موبایل هوشمند، کامپیوتر و اینترنت استفاده کنید؟
item-competences-digital-example = یک خط را انتخاب کنید و بعد A، B یا C را. به موبایل خود هم فکر کنید: آن هم حساب می‌شود.

## هدف‌ها و قدم‌های بعدی
section-goals = هدف‌ها و قدم‌های بعدی من
section-goals-intro = در آلمان چه کاری می‌خواهید بکنید، و قدم بعدی شما چیست؟
item-goals-wishes = بعد از این دوست دارید چه کار کنید؟
item-goals-wishes-example = می‌توانید بیش از یک مورد را علامت بزنید.
option-goals-wishes-work = پیدا کردن کار
option-goals-wishes-training = شروع آموزش حرفه‌ای (Ausbildung)
option-goals-wishes-study = تحصیل در دانشگاه
option-goals-wishes-recognition = به رسمیت شناختن مدرکم (Anerkennung)
option-goals-wishes-language_course = رفتن به کورس زبان آلمانی
option-goals-wishes-self_employment = شروع کسب‌وکار خودم
option-goals-wishes-other = چیز دیگری
item-goals-work_wish = دوست دارید چه کاری انجام دهید؟
item-goals-work_wish-example = مثلاً: آشپز، پرستار، راننده، کار دفتری.
item-goals-next_steps = قدم بعدی شما چیست؟ آن را با کلمات خودتان بنویسید.
item-goals-next_steps-example = مثلاً: «درباره یک کورس زبان آلمانی نزدیک خانه‌ام می‌پرسم.»
item-goals-documents = چه مدارکی دارید؟ لطفاً آن‌ها را برای مشاور خود بیاورید.
item-goals-documents-example = می‌توانید بیش از یک مورد را علامت بزنید. کپی هم کافی است.
option-goals-documents-school_certificate = مدرک مدرسه (شهادت‌نامه)
option-goals-documents-vocational_certificate = مدرک آموزش حرفه‌ای
option-goals-documents-university_degree = مدرک دانشگاهی
option-goals-documents-work_references = تجربه‌نامه از کارفرماها
option-goals-documents-translations = ترجمه مدارکم
option-goals-documents-cv = رزومه یا CV (فهرست مدرسه‌ها و کارهای من)
option-goals-documents-none = هیچ مدرکی همراهم ندارم
