# د مهارتونو کیوسک — د کیوسک د ښکارندې متنونه په پښتو (افغاني معیاري لیکدود).
# Review: machine-drafted; not yet reviewed by a native speaker.
# Address: polite plural «تاسو» with plural imperatives (ولیکئ، وټاکئ), respectful as in an advice office; first-person answer texts avoid gendered past forms.
# Style: plain, short sentences; no jargon; numbers and keys stay in Latin digits as the program shows them.
# Years: the kiosk accepts only Gregorian years (not the Afghan solar year), so year texts say «میلادي کال».

language-name = پښتو
language-button = F2 ژبه: { $name }
bilingual-button = F3 دوې ژبې

## ښه راغلاست او پیل
welcome-title = د مهارتونو کیوسک ته ښه راغلئ
welcome-text = دلته تاسو لیکلی شئ چې په څه پوهېږئ او څه کولی شئ — له ښوونځي، کار، کورنۍ او ژوند څخه. په پای کې د خپل مشاور لپاره یو لنډیز ترلاسه کوئ.
welcome-choose = مهرباني وکړئ خپله ژبه وټاکئ:
start-title = څنګه غواړئ پیل وکړئ؟
start-text = ایا دا ستاسو لومړی ځل دی، که له پخوانۍ لیدنې څخه کوډ لرئ؟
start-new = لومړی ځل — پیل
start-have-code = کوډ لرم — دوام

## هغه تڼۍ چې په ډېرو پاڼو کې دي
button-back = ← شاته
button-next = وړاندې →
button-section-done = دا برخه بشپړه کړئ ✓
button-finish = د نن لپاره بس
button-close = بندول

## ستاسو معلومات او اجازه
consent-title = ستاسو معلومات او ستاسو اجازه
consent-what = موږ ستاسو د پوښتنو ځوابونه، هغه ژبه چې تاسو ټاکلې ده، او نېټه ساتو. موږ ستاسو نوم، پته یا اسناد نه غواړو.
consent-who = ستاسو ځوابونه یوازې تاسو ته (د خپل کوډ په مرسته) او د دې دفتر مشاورانو ته ښکاري. موږ یې ستاسو له اجازې پرته بل چا ته نه ورکوو.
consent-how-long = ستاسو ځوابونه په دفتر کې په همدې کمپیوټر کې پاتې کېږي. تاسو هر وخت له کارکوونکو غوښتلی شئ چې پاک یې کړي.
consent-rights = موافقه کول ستاسو خپله خوښه ده. که موافقه ونه کړئ، هېڅ شی نه ساتل کېږي او د دې پر ځای له یوه مشاور سره خبرې کولی شئ.
consent-question = ایا اجازه راکوئ چې ستاسو ځوابونه وساتو؟
consent-agree = هو، موافق یم
consent-decline = نه، مننه

## نوی کوډ
code-title = ستاسو شخصي کوډ
code-text = دا ستاسو کوډ دی. مهرباني وکړئ دا ولیکئ یا یې عکس واخلئ:
code-keep = د دې کوډ په مرسته تاسو بله ورځ دوام ورکولی شئ. دا خوندي وساتئ او ناپېژندو خلکو ته یې مه ښیئ.
code-noted = ما ولیکه — دوام

## د کوډ لیکل
entry-title = په خپل کوډ دوام ورکړئ
entry-text = مهرباني وکړئ خپل کوډ ولیکئ. داسې ښکاري: K7M-4QX-9TP-H2C. که واړه توري ولیکئ یا کرښې (-) پرېږدئ، هم سمه ده.
entry-field = ستاسو کوډ
entry-submit = دوام
entry-error-length = کوډ 12 توري او شمېرې لري. مهرباني وکړئ بیا یې وګورئ.
entry-error-foreign = په کوډونو کې هېڅکله «{ $char }» نه وي. مهرباني وکړئ دا توری وګورئ.
entry-error-mistyped = په دې کوډ کې د لیکلو تېروتنه شته. مهرباني وکړئ توری په توری یې وګورئ.
entry-error-unknown = موږ دا کوډ ونه موند. مهرباني وکړئ بیا یې وګورئ، یا له کارکوونکو وپوښتئ.
entry-error-wait = ډېر غلط کوډونه ولیکل شول. مهرباني وکړئ { $seconds ->
        [one] یوه ثانیه
       *[other] { $seconds } ثانیې
    } صبر وکړئ او بیا هڅه وکړئ.
entry-error-storage = ستاسو ځوابونه همدا اوس نه پرانیستل کېږي. مهرباني وکړئ له کارکوونکو وپوښتئ.

## پوښتنلیک
sections-title = ستاسو پوښتنلیک
sections-text = یوه برخه وټاکئ. برخې په هر ترتیب ډکولی شئ، هر وخت درېدلی شئ او وروسته دوام ورکولی شئ.
section-row = { $title } ({ $answered } له { $total })
sections-summary = خپل لنډیز وګورئ
question-number = پوښتنه { $number } له { $count }
answer-dont-know = نه پوهېږم
answer-prefer-not = نه غواړم ووایم
field-short = ستاسو ځواب
field-long = ستاسو ځواب (Enter نوې کرښه پیلوي)

## لنډیز او خدای پامان
summary-title = ستاسو لنډیز
summary-text = دلته هغه ټول ځوابونه دي چې تر اوسه مو ورکړي دي. تاسو شاته تللی شئ او هر ځواب بدلولی شئ.
summary-empty = تاسو تر اوسه هېڅ پوښتنې ته ځواب نه دی ورکړی.
summary-back = ← بېرته لېست ته
goodbye-title = مننه!
goodbye-text = ستاسو ځوابونه خوندي شول. ستاسو کوډ دا دی:
goodbye-text-unsaved = ځینې ځوابونه لا خوندي شوي نه دي. مهرباني وکړئ مخکې له دې چې لاړ شئ، کارکوونکو ته ووایاست. ستاسو کوډ دا دی:
goodbye-code-hint = دا کوډ خپل مشاور ته راوړئ، یا یې دلته د دوام لپاره وکاروئ.
goodbye-done = بس — بندول

## کوچنۍ کړکۍ
languages-title = یوه ژبه وټاکئ
idle-title = ایا لا دلته یاست؟
idle-text = څه وخت کېږي چې چا پرده نه ده لمس کړې. له { $seconds ->
        [one] یوې ثانیې
       *[other] { $seconds } ثانیو
    } وروسته کیوسک بېرته پیل ته ځي.
idle-privacy = ستاسو ځوابونه خوندي دي. په پرده هېڅ شی نه پاتې کېږي.
idle-stay = هو، لا دلته یم

## حالت
too-small = مهرباني وکړئ کړکۍ لویه کړئ (لږ تر لږه { $width } × { $height }).
progress-label = { $answered } له { $total } ځواب شوي
save-saving = خوندي کېږي
save-saved = ✓ خوندي شو
save-failed = ⚠ لا خوندي نه دی — بیا هڅه کوو
notice-field-full = په دې ځای کې تر { $count } تورو زیات نه ځایېږي.
notice-paste-shortened = متن ډېر اوږد و. یوازې لومړي { $count } توري وساتل شول.
notice-start-failed = همدا اوس پیل نه شو کولی. مهرباني وکړئ له کارکوونکو وپوښتئ.
notice-session-closed = دفتر دا لیدنه پای ته ورسوله. نور دلته هېڅ شی نه خوندي کېږي. که پوښتنې لرئ، مهرباني وکړئ له کارکوونکو وپوښتئ.
notice-changed-elsewhere = دا ځواب همدا اوس په بله پرده بدل شو. اوس یې هغسې وینئ لکه څنګه چې خوندي شوی دی.
notice-entries-full = دلته تاسو تر { $count } زیات توکي نه شئ اضافه کولی.

## د لارښوونې کرښه
help-choose = ↑↓ ټاکل
help-toggle = Enter نښه
help-confirm = Enter تایید
help-back = Esc شاته
help-language = F2 ژبه
help-scroll = PgUp/PgDn اړول
help-type = ولیکئ
help-next-field = Tab بل
help-newline = Enter نوې کرښه

## هغه پیغامونه چې کیوسک نه شي پیلېدای (د دفتر د IT مسؤل لپاره)
error-config = د تنظیماتو (configuration) فایل نه شي کارېدای:
error-unknown-language = ژبه «{ $lang }» شتون نه لري. شته ژبې: { $known }.
error-catalog = د پوښتنلیک فایلونه نه شي کارېدای:
error-db-cannot-open = ډیټابېس نه پرانیستل کېږي. لاره (path) او د لاسرسي اجازې یې وګورئ.
error-db-corrupt = د ډیټابېس فایل خراب شوی دی. لاس ورته نه دی وړل شوی؛ بیک اپ (backup) بېرته راولئ یا له IT څخه وپوښتئ.
error-db-locked = ډیټابېس بل پروګرام کاروي. یوه شېبه وروسته بیا هڅه وکړئ.
error-db-full = ډیسک ډک دی. یو څه ځای خالي کړئ چې ځوابونه خوندي شي.
error-db-readonly = په ډیټابېس کې لیکل نه شي کېدای (یوازې لوستل، read-only). د فایل سیسټم او اجازې وګورئ.
error-db-other = ډیټابېس د یوې ستونزې خبر ورکړ.
error-db-not-private = د ډیټابېس فایل نور کاروونکي هم لوستلی شي. شخصي یې کړئ (chmod 600) او بیا یې پیل کړئ.
error-db-missing = په دې لاره (path) کې ډیټابېس نشته. لاره وګورئ (--db یا KIOSK_DB).
error-db-will-not-create = ډیټابېس نشته. کیوسک پخپله خالي ډیټابېس نه جوړوي: بیک اپ بېرته راولئ، یا له IT څخه وپوښتئ.
error-db-gone = د ډیټابېس فایل د کیوسک د کار پر مهال لرې یا بدل شو. نور هېڅ شی نه خوندي کېږي. فایل بېرته خپل ځای ته کېږدئ یا بیک اپ بېرته راولئ.
fault-title = کیوسک همدا اوس کار نه شي کولی
fault-tell-staff = مهرباني وکړئ کارکوونکو ته ووایاست. د پخوانیو لیدنو ځوابونه خوندي دي.
fault-retrying = کیوسک هرو څو ثانیو وروسته بیا هڅه کوي.
fault-restart = له هغې وروسته کیوسک بیا پیل کړئ.

## تکرارېدونکې برخې (دندې، ښوونځي، ژبې، د ژوند پړاوونه)
entry-untitled = (تر اوسه بې نومه)
entry-edit = ځوابونه بدل کړئ
entry-up = په لېست کې پورته
entry-down = په لېست کې ښکته
entry-remove = له لېست څخه لرې کړئ
entry-remove-confirm = رښتیا لرې کړئ؟ د لرې کولو لپاره بیا کېکاږئ
button-entry-done = دا یو بشپړ دی ✓

## د ځوابونو ډولونه
field-year = کال
field-search = د لټون لپاره ولیکئ
occupation-own-words = زما خپلې کلمې وساتئ: «{ $words }»
cefr-none = دا لا نه شم کولی
scale-legend = A = په مرسته یې کولی شم · B = په پېژندل شوي ځای کې یې بې له مرستې کولی شم · C = په نویو حالاتو کې یې کولی شم او نورو ته یې ښودلی شم
notice-year = مهرباني وکړئ میلادي کال په څلورو عددونو ولیکئ، د بېلګې په توګه 2015.
help-search = د لټون لپاره ولیکئ · ↓ ټاکل
help-rate = Enter یا ←→ A/B/C

## لنډیز
summary-competences = زما وړتیاوې (A = 1، B = 2، C = 3)
summary-group-professional = مسلکي
summary-group-methodical = کاري طریقې
summary-group-social = ټولنیز
summary-group-personal = شخصي
summary-group-digital = ډیجیټل
summary-rated = { $count ->
        [one] یوه ارزونه
       *[other] { $count } ارزونې
    }
summary-languages = زما ژبې
summary-mother-tongue = مورنۍ ژبه
skill-listening = اورېدل
skill-reading = لوستل
skill-spoken_interaction = له نورو سره خبرې
skill-spoken_production = ویل
skill-writing = لیکل
summary-bring = خپل مشاور ته یې راوړئ
summary-timeline = زما ژوند په یوه نظر کې
rating-advisor = مشاور: { $level }

## په پای کې د موبایل لینک، او په موبایل کې د مهارتونو دوسیه
qr-scan = دا مربع د خپل موبایل په کمرې سکن کړئ، ترڅو خپل لنډیز په موبایل کې ووینئ.
qr-too-small = کړکۍ د موبایل کوډ لپاره ډېره کوچنۍ ده. تاسو کولی شئ دا پته په خپل موبایل کې ولیکئ:
qr-no-link = همدا اوس د موبایل لینک نه شو جوړېدای. ستاسو ځوابونه خوندي دي؛ مهرباني وکړئ له کارکوونکو وپوښتئ.
qr-valid-until = دا لینک تر { $date } پورې کار کوي.
page-title = د مهارتونو دوسیه
page-self-assessment = د ځان ارزونه: دا د همدې کس خپل ځوابونه دي. تر اوسه کوم مشاور نه دي کتلي.
page-reviewed = په { $date } له مشاور { $name } سره وکتل شول.
page-made = د جوړېدو نېټه: { $date }.
page-answers = ټول ځوابونه
page-authority = څوک پرېکړه کوي:
page-legal-basis = قانوني بنسټ:
page-advisor-rating = مشاور
page-self-rating = خپله ارزونه
page-json = دا دوسیه د معلوماتو په بڼه (JSON، د ادارو لپاره)
page-not-found = دا لینک کار نه کوي. کېدای شي غلط لیکل شوی وي، ډېر زوړ وي یا بېرته اخیستل شوی وي. مهرباني وکړئ له دفتر څخه نوی لینک وغواړئ.

## د مشاور حالت (یوازې د کارکوونکو لپاره؛ په داسې کیلي پرانیستل کېږي چې د کیوسک کاروونکو ته نه ویل کېږي)
adv-login-title = د مشاور ننوتل
adv-login-text = مهرباني وکړئ خپل نوم وټاکئ او خپل PIN ولیکئ.
adv-no-advisors = تر اوسه د مشاور هېڅ حساب نشته. IT کولی شي په دې امر یو حساب جوړ کړي: kiosk advisor add NAME
adv-choose-name = مهرباني وکړئ لومړی خپل نوم وټاکئ.
adv-pin = PIN
adv-log-in = ننوتل
adv-wrong-pin = دا PIN سم نه دی. مهرباني وکړئ بیا هڅه وکړئ.
adv-locked = ډېر غلط PIN ولیکل شول. ننوتل د یو څه وخت لپاره بند شول؛ دا پېښه ثبت شوه.
adv-home-title = یو کس پیدا کړئ
adv-logged-in = تاسو د { $name } په نوم ننوتي یاست.
adv-home-text = د کس کوډ ولیکئ، یا له وروستیو لیدنو څخه یوه وټاکئ.
adv-code = د کس کوډ
adv-open = پرانیستل
adv-audit = د کړنو ثبت
adv-quit = پروګرام بندول
adv-log-out = وتل
adv-client-title = کس { $code }
adv-not-reviewed = د ځان ارزونه، تر اوسه نه ده کتل شوې.
adv-live-links = { $count ->
        [one] د موبایل یو لینک کار کوي
       *[other] د موبایل { $count } لینکونه کار کوي
    }
adv-review = ځوابونه وګورئ او بدل یې کړئ
adv-ratings = وړتیاوې: کس او مشاور
adv-notes = یادښتونه او راتلونکي ګامونه
adv-documents = اسناد: لیدل شوي یا تایید شوي
adv-mark-reviewed = ثبت کړئ چې نن ما وکتل
adv-links = د موبایل لینکونه: ښودل، نوی، بېرته اخیستل
adv-export = د دفتر د ریکارډ لپاره صادرول (HTML او JSON)
adv-erase = د دې کس معلومات په غوښتنه پاک کړئ
adv-back-to-list = بل کس پیدا کړئ
adv-reviewed-done = د کتل شوي په توګه ثبت شو. دوسیه اوس دا ښيي.
adv-ratings-text = په یوه وړتیا Enter کېکاږئ چې خپله ارزونه وټاکئ: هېڅ، A، B، C.
adv-rating-row = کس { $client } · مشاور { $advisor }
adv-notes-text = یادښتونه داخلي دي، مګر دا چې تاسو یې د دوسیې لپاره نښه کړئ.
adv-note-text = د چک لېست د دې برخې په اړه ستاسو یادښت.
adv-note = یادښت
adv-note-public = دا یادښت په دوسیه کې وښایئ
adv-note-in-portfolio = په دوسیه کې
adv-note-internal = داخلي
adv-plan-title = د راتلونکو ګامونو پلان
adv-plan-text = په هره کرښه کې یو ګام، او لومړی نېټه، د بېلګې په توګه: 2026-12-01 د سند د منلو لپاره غوښتنلیک ورکول
adv-save = خوندي کول
adv-documents-text = Enter کېکاږئ چې یو سند لومړی د لیدل شوي او بیا د تایید شوي په توګه نښه کړئ.
adv-no-documents = تر اوسه هېڅ سند ته اړتیا نشته.
adv-doc-not-seen = نه دی لیدل شوی
adv-doc-seen = لیدل شوی
adv-doc-verified = تایید شوی
adv-links-title = د موبایل لینکونه
adv-links-text = په یوه لینک Enter کېکاږئ چې بېرته یې واخلئ. بېرته اخیستل شوي لینکونه د «دا لینک کار نه کوي» پاڼه ښيي.
adv-no-links = دا کس تر اوسه د موبایل هېڅ لینک نه لري.
adv-link-live = کار کوي
adv-link-expired = وخت یې تېر شوی
adv-link-revoked = بېرته اخیستل شوی
adv-new-link = نوی QR کوډ
adv-revoke-all = ټول بېرته واخلئ
adv-exported = صادر شول. فایلونه پورته ښودل شوي دي.
adv-erase-title = د دې کس معلومات پاک کړئ
adv-erase-text = د دې کس ټول ځوابونه او د موبایل ټول لینکونه به د تل لپاره پاک شي. یوازې دا خبره ساتل کېږي چې پاکول شوي دي. د تایید لپاره د کس کوډ ولیکئ.
adv-erase-confirm = د تل لپاره پاکول
adv-erase-mismatch = دا د هغه کس کوډ نه دی چې اوس پرانیستی دی.
adv-erased = د کس معلومات پاک شول.
adv-audit-title = د کړنو ثبت
adv-audit-text = چا له کوم کوډ سره څه وکړل، نوي لومړی. ځوابونه هېڅکله نه ثبتېږي.
adv-storage-failed = ډیټابېس ځواب ورنه کړ. مهرباني وکړئ بیا هڅه وکړئ.

## د دوسیې پاڼه: د مشاور برخه
page-advisor-notes = د مشاور یادښتونه
page-plan = هغه راتلونکي ګامونه چې له مشاور سره پرې موافقه شوې
page-documents-checked = هغه اسناد چې مشاور لیدلي دي
