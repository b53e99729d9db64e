# جهاز المهارات — نصوص واجهة الجهاز باللغة العربية.
# Review: machine-drafted; not yet reviewed by a native speaker.
# Form of address: singular "you" (أنت، ـك) written without vowel marks, so the same words fit women and men; requests use the polite «يرجى» + verbal noun instead of gendered imperatives (اكتب/اكتبي).
# Style: Modern Standard Arabic, short plain sentences, common words understood from Morocco to Iraq; no diacritics.

language-name = العربية
language-button = F2 اللغة: { $name }
bilingual-button = F3 لغتان

## الترحيب والبداية
welcome-title = أهلا بك في جهاز المهارات
welcome-text = هنا يمكنك كتابة ما تعلمته وما يمكنك فعله — في المدرسة والعمل والعائلة والحياة. وفي النهاية يظهر لك ملخص لفريق الإرشاد.
welcome-choose = يرجى اختيار لغتك:
start-title = كيف نبدأ؟
start-text = هل هذه زيارتك الأولى، أم لديك رمز من زيارة سابقة؟
start-new = أول مرة — البدء
start-have-code = لدي رمز — المتابعة

## أزرار في شاشات كثيرة
button-back = ← رجوع
button-next = التالي →
button-section-done = إنهاء هذا الجزء ✓
button-finish = إنهاء لهذا اليوم
button-close = إغلاق

## بياناتك وموافقتك
consent-title = بياناتك وموافقتك
consent-what = نحفظ إجاباتك عن الأسئلة، واللغة التي اخترتها، والتاريخ. لا نسأل عن اسمك أو عنوانك أو أوراقك.
consent-who = لا يرى إجاباتك إلا أنت (برمزك) وفريق الإرشاد في هذا المكتب. لا نعطيها لأي أحد آخر دون موافقتك.
consent-how-long = تبقى إجاباتك على هذا الحاسوب في المكتب. ويمكنك في أي وقت طلب حذفها من فريق المكتب.
consent-rights = الموافقة ليست إلزامية. عند عدم الموافقة لا نحفظ أي شيء، ويمكنك التحدث مع فريق الإرشاد بدلا من ذلك.
consent-question = هل يمكننا حفظ إجاباتك؟
consent-agree = نعم، أوافق
consent-decline = لا، شكرا

## الرمز الجديد
code-title = رمزك الشخصي
code-text = هذا هو رمزك. يرجى كتابته على ورقة أو تصويره:
code-keep = بهذا الرمز يمكنك المتابعة في يوم آخر. يرجى حفظه في مكان آمن وعدم إظهاره للغرباء.
code-noted = كتبت الرمز — المتابعة

## كتابة الرمز
entry-title = المتابعة برمزك
entry-text = يرجى كتابة رمزك. شكله مثل K7M-4QX-9TP-H2C. لا مشكلة في الحروف الصغيرة أو في نقص الشرطات.
entry-field = رمزك
entry-submit = متابعة
entry-error-length = يتكون الرمز من 12 حرفا ورقما. يرجى التحقق منه.
entry-error-foreign = الرموز لا تحتوي أبدا على «{ $char }». يرجى التحقق من هذا الحرف.
entry-error-mistyped = في هذا الرمز خطأ في الكتابة. يرجى التحقق منه حرفا حرفا.
entry-error-unknown = لم نجد هذا الرمز. يرجى التحقق منه، أو سؤال فريق المكتب.
entry-error-wait = تم إدخال رموز خاطئة كثيرة. يرجى الانتظار { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوان
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } ثم المحاولة مرة أخرى.
entry-error-storage = لا يمكن فتح إجاباتك الآن. يرجى سؤال فريق المكتب.

## قائمة الأسئلة
sections-title = قائمة أسئلتك
sections-text = يرجى اختيار جزء. يمكنك العمل على الأجزاء بأي ترتيب، والتوقف في أي وقت، والمتابعة لاحقا.
section-row = { $title } ({ $answered } من { $total })
sections-summary = عرض ملخصي
question-number = السؤال { $number } من { $count }
answer-dont-know = لا أعرف
answer-prefer-not = أفضل عدم الإجابة
field-short = إجابتك
field-long = إجابتك (Enter يبدأ سطرا جديدا)

## الملخص والوداع
summary-title = ملخصك
summary-text = هنا كل ما أجبت عنه حتى الآن. يمكنك الرجوع وتغيير أي إجابة.
summary-empty = لا توجد إجابات بعد.
summary-back = ← رجوع إلى القائمة
goodbye-title = شكرا لك!
goodbye-text = تم حفظ إجاباتك. رمزك هو:
goodbye-text-unsaved = لم يتم حفظ بعض الإجابات بعد. يرجى إبلاغ فريق المكتب قبل المغادرة. رمزك هو:
goodbye-code-hint = يرجى إحضار هذا الرمز إلى فريق الإرشاد، أو استخدامه هنا للمتابعة.
goodbye-done = انتهيت — إغلاق

## النوافذ الصغيرة
languages-title = اختيار اللغة
idle-title = هل ما زلت هنا؟
idle-text = لم يلمس أحد الشاشة منذ مدة. بعد { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوان
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } يعود الجهاز إلى البداية.
idle-privacy = إجاباتك محفوظة. لن يبقى شيء منها على الشاشة.
idle-stay = نعم، ما زلت هنا

## الحالة
too-small = يرجى تكبير النافذة (على الأقل { $width } × { $height }).
progress-label = أجبت عن { $answered } من { $total }
save-saving = جار الحفظ
save-saved = ✓ تم الحفظ
save-failed = ⚠ لم يتم الحفظ بعد — نعيد المحاولة
notice-field-full = أقصى عدد من الأحرف في هذا الحقل هو { $count }.
notice-paste-shortened = كان النص طويلا جدا، فاحتفظنا ببدايته فقط (عدد الأحرف: { $count }).
notice-start-failed = لم نستطع البدء الآن. يرجى سؤال فريق المكتب.
notice-session-closed = أنهى المكتب هذه الزيارة. لن يتم حفظ أي شيء آخر هنا. إذا كانت لديك أسئلة، يرجى سؤال فريق المكتب.
notice-changed-elsewhere = تم تغيير هذه الإجابة قبل قليل على شاشة أخرى. تظهر لك الآن كما هي محفوظة.
notice-entries-full = أقصى عدد من البنود يمكن إضافته هنا هو { $count }.

## سطر المساعدة
help-choose = ↑↓ اختيار
help-toggle = Enter تحديد
help-confirm = Enter تأكيد
help-back = Esc رجوع
help-language = F2 اللغة
help-scroll = PgUp/PgDn تمرير
help-type = كتابة
help-next-field = Tab التالي
help-newline = Enter سطر جديد

## رسائل عندما لا يستطيع الجهاز البدء (لمسؤول تقنية المعلومات في المكتب)
error-config = لا يمكن استخدام ملف الإعدادات:
error-unknown-language = اللغة «{ $lang }» غير متوفرة. اللغات المتوفرة: { $known }.
error-catalog = لا يمكن استخدام ملفات قائمة الأسئلة:
error-db-cannot-open = لا يمكن فتح قاعدة البيانات. يرجى فحص المسار وصلاحيات الوصول.
error-db-corrupt = ملف قاعدة البيانات تالف. لم يتم تغييره؛ يرجى استرجاع نسخة احتياطية أو سؤال قسم تقنية المعلومات.
error-db-locked = قاعدة البيانات مستخدمة الآن من برنامج آخر. يرجى المحاولة بعد قليل.
error-db-full = القرص ممتلئ. يرجى إفراغ بعض المساحة لكي يمكن حفظ الإجابات.
error-db-readonly = لا يمكن الكتابة في قاعدة البيانات (للقراءة فقط). يرجى فحص نظام الملفات وصلاحيات الوصول.
error-db-other = أبلغت قاعدة البيانات عن مشكلة.
error-db-not-private = ملف قاعدة البيانات يمكن أن يقرأه مستخدمون آخرون. يرجى جعله خاصا (chmod 600) ثم إعادة التشغيل.
error-db-missing = لا توجد قاعدة بيانات في هذا المسار. يرجى فحص المسار (--db أو KIOSK_DB).
error-db-will-not-create = قاعدة البيانات غير موجودة. لا ينشئ الجهاز قاعدة بيانات فارغة من تلقاء نفسه: يرجى استرجاع النسخة الاحتياطية أو سؤال قسم تقنية المعلومات.
error-db-gone = تم حذف ملف قاعدة البيانات أو استبداله أثناء عمل الجهاز. لن يتم حفظ أي شيء بعد الآن. يرجى إعادة الملف إلى مكانه أو استرجاع نسخة احتياطية.
fault-title = لا يستطيع الجهاز العمل الآن
fault-tell-staff = يرجى إبلاغ فريق المكتب. إجابات الزيارات السابقة محفوظة بأمان.
fault-retrying = يحاول الجهاز من جديد كل بضع ثوان.
fault-restart = بعد ذلك، يرجى إعادة تشغيل الجهاز.

## الأجزاء المتكررة (الأعمال، المدارس، اللغات، مراحل الحياة)
entry-untitled = (بلا اسم بعد)
entry-edit = تغيير الإجابات
entry-up = تحريك للأعلى في القائمة
entry-down = تحريك للأسفل في القائمة
entry-remove = حذف من القائمة
entry-remove-confirm = حذف فعلا؟ ضغطة أخرى للحذف
button-entry-done = انتهيت من هذا البند ✓

## أنواع الإجابات
field-year = السنة
field-search = كلمة البحث
occupation-own-words = الإبقاء على كلماتي: «{ $words }»
cefr-none = لا أستطيع هذا بعد
scale-legend = A = أستطيع ذلك بمساعدة · B = أستطيع ذلك وحدي في مكان أعرفه · C = أستطيع ذلك في مواقف جديدة وأستطيع تعليمه للآخرين
notice-year = يرجى كتابة سنة من أربعة أرقام، مثلا 2015.
help-search = الكتابة للبحث · ↓ اختيار
help-rate = Enter أو ←→ A/B/C

## الملخص
summary-competences = كفاءاتي (A = 1، B = 2، C = 3)
summary-group-professional = المهنية
summary-group-methodical = المنهجية
summary-group-social = الاجتماعية
summary-group-personal = الشخصية
summary-group-digital = الرقمية
summary-rated = { $count ->
        [zero] لا يوجد تقييم
        [one] تقييم واحد
        [two] تقييمان
        [few] { $count } تقييمات
        [many] { $count } تقييما
       *[other] { $count } تقييم
    }
summary-languages = لغاتي
summary-mother-tongue = اللغة الأم
skill-listening = الاستماع
skill-reading = القراءة
skill-spoken_interaction = الحديث مع الآخرين
skill-spoken_production = التحدث
skill-writing = الكتابة
summary-bring = ما يجب إحضاره إلى فريق الإرشاد
summary-timeline = حياتي باختصار
rating-advisor = تقييم الإرشاد: { $level }

## رابط الهاتف في النهاية، وصفحة الملف على الهاتف
qr-scan = يرجى توجيه كاميرا هاتفك إلى هذا المربع لرؤية ملخصك على الهاتف.
qr-too-small = النافذة صغيرة جدا لعرض مربع الهاتف. يمكنك كتابة هذا العنوان في هاتفك:
qr-no-link = لا يمكن إنشاء رابط للهاتف الآن. إجاباتك محفوظة؛ يرجى سؤال فريق المكتب.
qr-valid-until = يعمل الرابط حتى { $date }.
page-title = ملف المهارات
page-self-assessment = تقييم ذاتي: هذه إجابات الشخص نفسه. لم يراجعها فريق الإرشاد بعد.
page-reviewed = تمت المراجعة مع { $name } من فريق الإرشاد بتاريخ { $date }.
page-made = تاريخ الإنشاء: { $date }.
page-answers = كل الإجابات
page-authority = الجهة التي تقرر:
page-legal-basis = الأساس القانوني:
page-advisor-rating = تقييم الإرشاد
page-self-rating = التقييم الذاتي
page-json = هذا الملف كبيانات (JSON، للدوائر الرسمية والمكاتب)
page-not-found = هذا الرابط لا يعمل. ربما فيه خطأ في الكتابة، أو هو قديم جدا، أو تم سحبه. يرجى طلب رابط جديد من المكتب.

## وضع الإرشاد (لفريق المكتب فقط؛ يفتح بمفتاح لا يذكر لمستخدمي الجهاز)
adv-login-title = دخول فريق الإرشاد
adv-login-text = يرجى اختيار اسمك وكتابة رقم PIN.
adv-no-advisors = لا توجد حسابات إرشاد بعد. يمكن لقسم تقنية المعلومات إضافة حساب بالأمر: kiosk advisor add NAME
adv-choose-name = يرجى اختيار اسمك أولا.
adv-pin = PIN
adv-log-in = تسجيل الدخول
adv-wrong-pin = رقم PIN هذا غير صحيح. يرجى المحاولة مرة أخرى.
adv-locked = تم إدخال PIN خاطئ مرات كثيرة. الدخول مقفل لبعض الوقت، وتم تسجيل ذلك.
adv-home-title = البحث عن شخص
adv-logged-in = تم الدخول باسم { $name }.
adv-home-text = يرجى كتابة رمز الشخص، أو اختيار إحدى الجلسات الأخيرة.
adv-code = رمز الشخص
adv-open = فتح
adv-audit = سجل العمليات
adv-quit = إنهاء البرنامج
adv-log-out = تسجيل الخروج
adv-client-title = الشخص: { $code }
adv-not-reviewed = تقييم ذاتي، لم تتم مراجعته بعد.
adv-live-links = { $count ->
        [zero] لا يعمل أي رابط للهاتف
        [one] يعمل رابط هاتف واحد
        [two] يعمل رابطان للهاتف
        [few] يعمل { $count } روابط للهاتف
        [many] يعمل { $count } رابطا للهاتف
       *[other] يعمل { $count } رابط للهاتف
    }
adv-review = مراجعة الإجابات وتغييرها
adv-ratings = الكفاءات: تقييم الشخص وتقييم الإرشاد
adv-notes = الملاحظات والخطوات التالية
adv-documents = الوثائق: تم الاطلاع عليها أو التحقق منها
adv-mark-reviewed = تسجيل المراجعة باسمي اليوم
adv-links = روابط الهاتف: عرض، رابط جديد، سحب
adv-export = تصدير لأرشيف المكتب (HTML و JSON)
adv-erase = حذف بيانات هذا الشخص عند الطلب
adv-back-to-list = البحث عن شخص آخر
adv-reviewed-done = تم تسجيل المراجعة. يظهر ذلك الآن في ملف المهارات.
adv-ratings-text = يرجى الضغط على Enter عند كفاءة لوضع تقييمك: بلا تقييم، A، B، C.
adv-rating-row = الشخص { $client } · الإرشاد { $advisor }
adv-notes-text = الملاحظات داخلية، ما لم تحددها للظهور في ملف المهارات.
adv-note-text = ملاحظتك على هذا الجزء من قائمة التحقق.
adv-note = ملاحظة
adv-note-public = إظهار هذه الملاحظة في ملف المهارات
adv-note-in-portfolio = في ملف المهارات
adv-note-internal = داخلية
adv-plan-title = خطة الخطوات التالية
adv-plan-text = خطوة واحدة في كل سطر، ويبدأ كل سطر بتاريخ، مثلا: 2026-12-01 تقديم طلب الاعتراف بالشهادة
adv-save = حفظ
adv-documents-text = يرجى الضغط على Enter مرة لتسجيل الاطلاع على الوثيقة، ثم مرة أخرى لتسجيل التحقق منها.
adv-no-documents = لا حاجة إلى أي وثائق حتى الآن.
adv-doc-not-seen = لم يتم الاطلاع
adv-doc-seen = تم الاطلاع
adv-doc-verified = تم التحقق
adv-links-title = روابط الهاتف
adv-links-text = يرجى الضغط على Enter عند رابط لسحبه. الروابط المسحوبة تعرض صفحة «هذا الرابط لا يعمل».
adv-no-links = لا توجد روابط هاتف لهذا الشخص بعد.
adv-link-live = يعمل
adv-link-expired = انتهت صلاحيته
adv-link-revoked = تم سحبه
adv-new-link = رمز QR جديد
adv-revoke-all = سحب الكل
adv-exported = تم التصدير. أسماء الملفات مذكورة في الأعلى.
adv-erase-title = حذف بيانات هذا الشخص
adv-erase-text = سيتم حذف كل إجابات هذا الشخص وكل روابط الهاتف الخاصة به نهائيا. لا يبقى إلا تسجيل أن عملية حذف قد حدثت. يرجى كتابة رمز الشخص للتأكيد.
adv-erase-confirm = حذف نهائي
adv-erase-mismatch = هذا ليس رمز الشخص المفتوح ملفه الآن.
adv-erased = تم حذف بيانات الشخص.
adv-audit-title = سجل العمليات
adv-audit-text = من فعل ماذا وعلى أي رمز، الأحدث أولا. الإجابات نفسها لا تسجل أبدا.
adv-storage-failed = لم تستجب قاعدة البيانات. يرجى المحاولة مرة أخرى.

## صفحة الملف: جزء فريق الإرشاد
page-advisor-notes = ملاحظات فريق الإرشاد
page-plan = الخطوات التالية المتفق عليها مع فريق الإرشاد
page-documents-checked = الوثائق التي اطلع عليها فريق الإرشاد
