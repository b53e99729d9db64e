# کیوسک مهارت‌ها — متن‌های رابط کیوسک به زبان فارسی.
# Review: machine-drafted; not yet reviewed by a native speaker.
# Form of address: formal «شما» with plural verbs (لطفاً … کنید) — the respectful form used in offices in both Afghanistan and Iran.
# Style: plain Persian that Dari speakers from Afghanistan understand easily; words common to both, no Iran-only colloquialisms; no gendered forms.
# Years: the kiosk accepts only Gregorian (میلادی) years, so the texts say «سال میلادی».

language-name = فارسی
language-button = F2 زبان: { $name }
bilingual-button = F3 دو زبان

## خوش آمدید و شروع
welcome-title = به کیوسک مهارت‌ها خوش آمدید
welcome-text = اینجا می‌توانید بنویسید که چه چیزهایی می‌دانید و چه کارهایی می‌توانید انجام دهید — از مدرسه، کار، خانواده و زندگی. در پایان، یک خلاصه برای مشاور خود می‌گیرید.
welcome-choose = لطفاً زبان خود را انتخاب کنید:
start-title = چطور می‌خواهید شروع کنید؟
start-text = آیا بار اول است که اینجا می‌آیید، یا از بار قبل یک کد دارید؟
start-new = بار اول است — شروع
start-have-code = کد دارم — ادامه

## دکمه‌هایی که در بسیاری از صفحه‌ها هستند
button-back = ← بازگشت
button-next = بعدی →
button-section-done = پایان این بخش ✓
button-finish = برای امروز کافی است
button-close = بستن

## اطلاعات شخصی و رضایت شما
consent-title = اطلاعات شما و رضایت شما
consent-what = ما جواب‌های شما به سؤال‌ها، زبانی که انتخاب کرده‌اید و تاریخ را ذخیره می‌کنیم. ما نام، آدرس یا مدارک شما را نمی‌پرسیم.
consent-who = فقط خود شما (با کد خود) و مشاوران همین دفتر می‌توانند جواب‌های شما را ببینند. ما بدون رضایت شما آن‌ها را به هیچ کس دیگری نمی‌دهیم.
consent-how-long = جواب‌های شما روی همین کامپیوتر در این دفتر می‌ماند. هر وقت بخواهید، می‌توانید از کارمندان بخواهید که آن‌ها را پاک کنند.
consent-rights = لازم نیست موافقت کنید. اگر موافق نباشید، هیچ چیزی ذخیره نمی‌شود و می‌توانید به جای آن با یک مشاور صحبت کنید.
consent-question = آیا موافق هستید که جواب‌های شما را ذخیره کنیم؟
consent-agree = بله، موافق هستم
consent-decline = نه، تشکر

## کد تازه شما
code-title = کد شخصی شما
code-text = این کد شماست. لطفاً آن را یادداشت کنید یا از آن عکس بگیرید:
code-keep = با این کد می‌توانید روز دیگری ادامه دهید. آن را خوب نگه دارید و به آدم‌های ناآشنا نشان ندهید.
code-noted = یادداشت کردم — ادامه

## نوشتن کد
entry-title = ادامه با کد شما
entry-text = لطفاً کد خود را بنویسید. کد مثل این است: K7M-4QX-9TP-H2C. حروف کوچک یا نبودن خط تیره مشکلی ندارد.
entry-field = کد شما
entry-submit = ادامه
entry-error-length = هر کد 12 حرف و عدد دارد. لطفاً آن را بررسی کنید.
entry-error-foreign = در کدها هیچ‌وقت «{ $char }» نیست. لطفاً این حرف را بررسی کنید.
entry-error-mistyped = در این کد یک اشتباه تایپی هست. لطفاً آن را حرف به حرف بررسی کنید.
entry-error-unknown = این کد را پیدا نکردیم. لطفاً آن را بررسی کنید یا از کارمندان بپرسید.
entry-error-wait = کدهای اشتباه زیاد شد. لطفاً { $seconds ->
        [one] { $seconds } ثانیه
       *[other] { $seconds } ثانیه
    } صبر کنید و دوباره امتحان کنید.
entry-error-storage = جواب‌های شما فعلاً باز نمی‌شود. لطفاً از کارمندان کمک بخواهید.

## فهرست بخش‌ها
sections-title = فهرست شما
sections-text = یک بخش را انتخاب کنید. می‌توانید بخش‌ها را به هر ترتیبی پر کنید، هر وقت خواستید دست نگه دارید و بعداً ادامه دهید.
section-row = { $title } ({ $answered } از { $total })
sections-summary = دیدن خلاصه من
question-number = سؤال { $number } از { $count }
answer-dont-know = نمی‌دانم
answer-prefer-not = ترجیح می‌دهم نگویم
field-short = جواب شما
field-long = جواب شما (Enter یک خط جدید شروع می‌کند)

## خلاصه و خداحافظی
summary-title = خلاصه شما
summary-text = اینجا همه جواب‌هایی است که تا حالا داده‌اید. می‌توانید برگردید و هر جوابی را تغییر دهید.
summary-empty = هنوز به هیچ سؤالی جواب نداده‌اید.
summary-back = ← بازگشت به فهرست
goodbye-title = تشکر از شما!
goodbye-text = جواب‌های شما ذخیره شد. کد شما این است:
goodbye-text-unsaved = بعضی از جواب‌ها هنوز ذخیره نشده است. لطفاً پیش از رفتن به کارمندان خبر دهید. کد شما این است:
goodbye-code-hint = این کد را برای مشاور خود بیاورید یا با آن همین‌جا ادامه دهید.
goodbye-done = تمام — بستن

## پنجره‌های کوچک
languages-title = یک زبان انتخاب کنید
idle-title = هنوز اینجا هستید؟
idle-text = مدتی است که کسی به صفحه دست نزده است. بعد از { $seconds ->
        [one] { $seconds } ثانیه
       *[other] { $seconds } ثانیه
    }، کیوسک به صفحه اول برمی‌گردد.
idle-privacy = جواب‌های شما ذخیره شده است. هیچ چیزی روی صفحه نمی‌ماند.
idle-stay = بله، هنوز اینجا هستم

## وضعیت
too-small = لطفاً پنجره را بزرگ‌تر کنید (دست کم { $width } × { $height }).
progress-label = { $answered } از { $total } جواب داده شده
save-saving = در حال ذخیره
save-saved = ✓ ذخیره شد
save-failed = ⚠ هنوز ذخیره نشده — دوباره تلاش می‌کنیم
notice-field-full = در این قسمت حداکثر { $count } حرف جا می‌شود.
notice-paste-shortened = متن خیلی طولانی بود. فقط { $count } حرف اول آن نگه داشته شد.
notice-start-failed = فعلاً نمی‌توانیم شروع کنیم. لطفاً از کارمندان کمک بخواهید.
notice-session-closed = دفتر این جلسه را بسته است. از این به بعد اینجا چیزی ذخیره نمی‌شود. اگر سؤالی دارید، لطفاً از کارمندان بپرسید.
notice-changed-elsewhere = این جواب همین الان روی یک صفحه دیگر تغییر کرد. حالا آن را همان‌طور می‌بینید که ذخیره شده است.
notice-entries-full = اینجا حداکثر { $count } مورد می‌توانید اضافه کنید.

## خط راهنما
help-choose = ↑↓ انتخاب
help-toggle = Enter علامت
help-confirm = Enter تأیید
help-back = Esc بازگشت
help-language = F2 زبان
help-scroll = PgUp/PgDn ورق زدن
help-type = بنویسید
help-next-field = Tab بعدی
help-newline = Enter خط جدید

## پیام‌هایی که وقتی کیوسک شروع نمی‌شود نشان داده می‌شوند (برای مسئول IT دفتر)
error-config = فایل تنظیمات قابل استفاده نیست:
error-unknown-language = زبان «{ $lang }» موجود نیست. زبان‌های موجود: { $known }.
error-catalog = فایل‌های فهرست سؤال‌ها قابل استفاده نیستند:
error-db-cannot-open = پایگاه داده (database) باز نمی‌شود. مسیر و دسترسی‌های آن را بررسی کنید.
error-db-corrupt = فایل پایگاه داده خراب است. به آن دست زده نشد؛ یک نسخه پشتیبان (backup) را برگردانید یا از بخش IT بپرسید.
error-db-locked = یک برنامه دیگر در حال استفاده از پایگاه داده است. چند لحظه بعد دوباره امتحان کنید.
error-db-full = دیسک پر است. کمی جا خالی کنید تا جواب‌ها ذخیره شوند.
error-db-readonly = در پایگاه داده نمی‌توان نوشت (فقط خواندنی). سیستم فایل و دسترسی‌ها را بررسی کنید.
error-db-other = پایگاه داده یک مشکل گزارش داد.
error-db-not-private = فایل پایگاه داده را کاربران دیگر هم می‌توانند بخوانند. آن را خصوصی کنید (chmod 600) و دوباره شروع کنید.
error-db-missing = در این مسیر هیچ پایگاه داده‌ای نیست. مسیر را بررسی کنید (--db یا KIOSK_DB).
error-db-will-not-create = پایگاه داده وجود ندارد. کیوسک خودش پایگاه داده خالی نمی‌سازد: نسخه پشتیبان را برگردانید یا از بخش IT بپرسید.
error-db-gone = فایل پایگاه داده وقتی کیوسک کار می‌کرد پاک یا با فایل دیگری عوض شد. دیگر چیزی ذخیره نمی‌شود. فایل را دوباره به جای خودش بگذارید یا یک نسخه پشتیبان را برگردانید.
fault-title = کیوسک فعلاً کار نمی‌کند
fault-tell-staff = لطفاً به کارمندان خبر دهید. جواب‌های دفعه‌های قبل محفوظ است.
fault-retrying = کیوسک هر چند ثانیه یک بار دوباره تلاش می‌کند.
fault-restart = بعد از آن، کیوسک را دوباره راه‌اندازی کنید.

## بخش‌های تکراری (کارها، مدرسه‌ها، زبان‌ها، مرحله‌های زندگی)
entry-untitled = (هنوز نامی ندارد)
entry-edit = تغییر جواب‌ها
entry-up = بالا بردن در فهرست
entry-down = پایین بردن در فهرست
entry-remove = حذف از فهرست
entry-remove-confirm = واقعاً حذف شود؟ برای حذف دوباره فشار دهید
button-entry-done = این یکی تمام شد ✓

## انواع جواب
field-year = سال
field-search = برای جستجو بنویسید
occupation-own-words = کلمات خودم بماند: «{ $words }»
cefr-none = هنوز این را نمی‌توانم
scale-legend = A = با کمک می‌توانم · B = در جای آشنا به تنهایی می‌توانم · C = در موقعیت‌های تازه هم می‌توانم و می‌توانم به دیگران نشان دهم
notice-year = لطفاً سال میلادی را با چهار رقم بنویسید، مثلاً 2015.
help-search = برای جستجو بنویسید · ↓ انتخاب
help-rate = Enter یا ←→ A/B/C

## خلاصه
summary-competences = توانایی‌های من (A = 1، B = 2، C = 3)
summary-group-professional = حرفه‌ای
summary-group-methodical = روش‌ها
summary-group-social = اجتماعی
summary-group-personal = شخصی
summary-group-digital = دیجیتال
summary-rated = { $count ->
        [one] { $count } مورد ارزیابی شده
       *[other] { $count } مورد ارزیابی شده
    }
summary-languages = زبان‌های من
summary-mother-tongue = زبان مادری
skill-listening = گوش دادن
skill-reading = خواندن
skill-spoken_interaction = گفتگو با دیگران
skill-spoken_production = صحبت کردن
skill-writing = نوشتن
summary-bring = برای مشاور خود بیاورید
summary-timeline = زندگی من در یک نگاه
rating-advisor = مشاور: { $level }

## لینک موبایل در پایان، و صفحه پرونده مهارت‌ها روی موبایل
qr-scan = این مربع را با دوربین موبایل خود اسکن کنید تا خلاصه خود را روی موبایل ببینید.
qr-too-small = پنجره برای کد موبایل خیلی کوچک است. می‌توانید این آدرس را در موبایل خود بنویسید:
qr-no-link = فعلاً نمی‌توانیم لینک موبایل بسازیم. جواب‌های شما ذخیره شده است؛ لطفاً از کارمندان بپرسید.
qr-valid-until = این لینک تا { $date } کار می‌کند.
page-title = پرونده مهارت‌ها
page-self-assessment = ارزیابی خود شخص: این‌ها جواب‌های خود این شخص است. هنوز هیچ مشاوری آن‌ها را بررسی نکرده است.
page-reviewed = در تاریخ { $date } با مشاور { $name } بررسی شد.
page-made = تاریخ ساخت: { $date }.
page-answers = همه جواب‌ها
page-authority = چه کسی تصمیم می‌گیرد:
page-legal-basis = مبنای قانونی:
page-advisor-rating = مشاور
page-self-rating = ارزیابی خود
page-json = این پرونده به شکل داده (JSON، برای اداره‌ها)
page-not-found = این لینک کار نمی‌کند. شاید اشتباه نوشته شده، خیلی قدیمی است یا پس گرفته شده است. لطفاً از دفتر یک لینک تازه بخواهید.

## حالت مشاور (فقط برای کارمندان؛ با کلیدی باز می‌شود که به مراجعان گفته نمی‌شود)
adv-login-title = ورود مشاور
adv-login-text = لطفاً نام خود را انتخاب کنید و PIN خود را بنویسید.
adv-no-advisors = هنوز هیچ حساب مشاوری وجود ندارد. بخش IT می‌تواند با این دستور یکی بسازد: kiosk advisor add NAME
adv-choose-name = لطفاً اول نام خود را انتخاب کنید.
adv-pin = PIN
adv-log-in = ورود
adv-wrong-pin = این PIN درست نیست. لطفاً دوباره امتحان کنید.
adv-locked = PIN اشتباه زیاد وارد شد. ورود برای مدتی قفل است؛ این موضوع ثبت شده است.
adv-home-title = پیدا کردن مراجع
adv-logged-in = با نام { $name } وارد شده‌اید.
adv-home-text = کد مراجع را بنویسید یا یکی از جلسه‌های اخیر را انتخاب کنید.
adv-code = کد مراجع
adv-open = باز کردن
adv-audit = گزارش فعالیت‌ها
adv-quit = بستن برنامه
adv-log-out = خروج
adv-client-title = مراجع { $code }
adv-not-reviewed = ارزیابی خود شخص، هنوز بررسی نشده است.
adv-live-links = { $count ->
        [one] یک لینک موبایل فعال است
       *[other] { $count } لینک موبایل فعال است
    }
adv-review = مرور و تغییر جواب‌ها
adv-ratings = توانایی‌ها: مراجع و مشاور
adv-notes = یادداشت‌ها و قدم‌های بعدی
adv-documents = مدارک: دیده‌شده یا بررسی‌شده
adv-mark-reviewed = ثبت بررسی امروز به نام من
adv-links = لینک‌های موبایل: دیدن، تازه، پس گرفتن
adv-export = خروجی برای پرونده دفتر (HTML و JSON)
adv-erase = پاک کردن این مراجع به درخواست خودش
adv-back-to-list = پیدا کردن مراجع دیگر
adv-reviewed-done = به عنوان بررسی‌شده ثبت شد. پرونده مهارت‌ها حالا این را نشان می‌دهد.
adv-ratings-text = روی یک توانایی Enter را فشار دهید تا ارزیابی خود را بگذارید: هیچ، A، B، C.
adv-rating-row = مراجع { $client } · مشاور { $advisor }
adv-notes-text = یادداشت‌ها داخلی هستند، مگر اینکه آن‌ها را برای پرونده مهارت‌ها علامت بزنید.
adv-note-text = یادداشت شما درباره این بخش از فهرست بررسی.
adv-note = یادداشت
adv-note-public = نشان دادن این یادداشت در پرونده مهارت‌ها
adv-note-in-portfolio = در پرونده مهارت‌ها
adv-note-internal = داخلی
adv-plan-title = برنامه قدم‌های بعدی
adv-plan-text = در هر خط یک قدم، و اول هر خط یک تاریخ، مثلاً: 2026-12-01 درخواست به رسمیت شناختن مدرک
adv-save = ذخیره
adv-documents-text = Enter را فشار دهید تا یک مدرک اول «دیده شده» و بعد «بررسی شده» علامت بخورد.
adv-no-documents = فعلاً هیچ مدرکی لازم نیست.
adv-doc-not-seen = دیده نشده
adv-doc-seen = دیده شده
adv-doc-verified = بررسی شده
adv-links-title = لینک‌های موبایل
adv-links-text = روی یک لینک Enter را فشار دهید تا آن را پس بگیرید. لینک‌های پس‌گرفته‌شده صفحه «این لینک کار نمی‌کند» را نشان می‌دهند.
adv-no-links = این مراجع هنوز هیچ لینک موبایلی ندارد.
adv-link-live = فعال
adv-link-expired = منقضی شده
adv-link-revoked = پس گرفته شده
adv-new-link = کد QR تازه
adv-revoke-all = پس گرفتن همه
adv-exported = خروجی گرفته شد. فایل‌ها در بالا آمده‌اند.
adv-erase-title = پاک کردن این مراجع
adv-erase-text = همه جواب‌های این مراجع و همه لینک‌های موبایل او برای همیشه پاک می‌شوند. فقط این نکته نگه داشته می‌شود که پاک کردنی انجام شده است. برای تأیید، کد مراجع را بنویسید.
adv-erase-confirm = پاک کردن برای همیشه
adv-erase-mismatch = این کد مراجعی نیست که الان باز است.
adv-erased = اطلاعات مراجع پاک شد.
adv-audit-title = گزارش فعالیت‌ها
adv-audit-text = چه کسی با کد کدام مراجع چه کاری کرد، جدیدترین اول. جواب‌ها هرگز ثبت نمی‌شوند.
adv-storage-failed = پایگاه داده جواب نداد. لطفاً دوباره امتحان کنید.

## صفحه پرونده مهارت‌ها: بخش مشاور
page-advisor-notes = یادداشت‌های مشاور
page-plan = قدم‌های بعدی که با مشاور توافق شده است
page-documents-checked = مدارکی که مشاور دیده است
