# Skills kiosk — Arabic texts about recognition of foreign qualifications in Germany:
# what each case means, the regulated professions, their notes and the papers to bring.
# The German legal names (authority, law) stay in db/reference/regulated.toml.
# Source of the content: the portal "Anerkennung in Deutschland" (BIBB) and the laws
# named in db/reference/regulated.toml; as of 2026-12.
# Form of address as in kiosk.ftl: singular "you" (ـك) without vowel marks and without gendered verbs;
# advisor = فريق الإرشاد, recognition = الاعتراف, qualification = المؤهل, Chamber of Crafts = غرفة الحرف (Handwerkskammer).
# Profession names use the common masculine form, as Arabic job lists do.
# Review: machine-drafted; not yet reviewed by a native speaker or a recognition expert.

## ما معنى كل حالة ($occupation: اسم المهنة)
recognition-licence = للعمل في ألمانيا بصفة { $occupation }، يلزمك إذن رسمي. ولهذا يجب الاعتراف بمؤهلك. يمكن لفريق الإرشاد مساعدتك في تقديم الطلب.
recognition-self-employment = يمكنك العمل بأجر لدى صاحب عمل في { $occupation } دون اعتراف. أما لفتح مشروعك الخاص في هذه الحرفة، فتلزمك شهادة المعلم الحرفي (Meisterbrief) أو اعتراف غرفة الحرف (Handwerkskammer) بمؤهل معادل لها.
recognition-title = يمكنك القيام بهذا العمل دون اعتراف. اللقب «{ $occupation }» وحده محمي: لاستخدام هذا اللقب يلزمك إذن رسمي.
recognition-own-route = مهنة { $occupation }: يلزم لها في ألمانيا امتحان ألماني أو تعيين رسمي. ولا يمكن الاعتراف بمؤهل من الخارج لهذه المهنة بشكل مباشر.
recognition-partly = فقط إذا كان هذا هو عملك: { $occupation } من المهن المنظمة بالقانون في ألمانيا.
recognition-comparability = للشهادة الجامعية، يمكن للمكتب المركزي للتعليم الأجنبي (ZAB) إصدار تقييم للشهادة (Zeugnisbewertung). يوضح هذا التقييم لأصحاب العمل قيمة شهادتك في ألمانيا. وهو مقابل رسوم.
recognition-voluntary = { $occupation }: هذا العمل ليس من المهن المنظمة بالقانون في ألمانيا. يمكنك القيام به دون اعتراف. ومع ذلك يمكن الحصول على الاعتراف، وهو يساعد عند أصحاب العمل: تقارن الغرفة (مثلا IHK FOSA أو غرفة الحرف Handwerkskammer) شهادتك المهنية بمهنة ألمانية.
recognition-help = استشارة مجانية حول الاعتراف: استشارات الاعتراف في شبكة IQ (www.netzwerk-iq.de)، والبوابة الرسمية www.anerkennung-in-deutschland.de.
recognition-source = المصدر: بوابة «Anerkennung in Deutschland» (الاعتراف في ألمانيا) والقوانين المذكورة. هذه المعلومات للتوجيه فقط: القرار للجهة المختصة.
recognition-reference = المهنة الألمانية المرجعية:
recognition-note = معلومة مفيدة:

## المهن المنظمة: أسماؤها
prof-doctor = طبيب
prof-dentist = طبيب أسنان
prof-pharmacist = صيدلي
prof-veterinarian = طبيب بيطري
prof-psychotherapist = معالج نفسي
prof-nurse = ممرض
prof-ata_ota = مساعد تقني في التخدير أو في غرفة العمليات
prof-nursing_assistant = مساعد تمريض
prof-midwife = قابلة
prof-physiotherapist = معالج فيزيائي (علاج طبيعي)
prof-masseur = معالج بالتدليك الطبي
prof-medical_technologist = فني تقنيات طبية (مختبر، أشعة)
prof-pharmaceutical_technical_assistant = مساعد تقني صيدلاني
prof-emergency_paramedic = مسعف طوارئ
prof-speech_therapist = معالج نطق ولغة
prof-dietitian = أخصائي تغذية علاجية
prof-occupational_therapist = معالج وظيفي
prof-podiatrist = أخصائي علاج القدم
prof-orthoptist = أخصائي تقويم البصر
prof-heilpraktiker = معالج بالطب البديل غير طبيب (Heilpraktiker)
prof-teacher = معلم في مدرسة حكومية
prof-educator = مربي أطفال معترف به من الدولة (رعاية الأطفال)
prof-social_worker = أخصائي اجتماعي معترف به من الدولة
prof-lawyer = محام
prof-judge = قاض
prof-notary = كاتب عدل
prof-tax_advisor_auditor = مستشار ضريبي أو مدقق حسابات قانوني
prof-engineer = مهندس
prof-architect = مهندس معماري
prof-urban_planner = مخطط مدن
prof-food_chemist = كيميائي أغذية معتمد من الدولة
prof-surveyor = مساح معين رسميا
prof-sworn_translator = مترجم تحريري أو شفهي محلف
prof-driving_instructor = مدرب قيادة سيارات
prof-professional_driver = سائق شاحنة أو حافلة محترف
prof-passenger_transport = سائق سيارة أجرة أو سيارة إسعاف
prof-pilot = طيار
prof-ship_officer = ضابط سفينة
prof-security = حارس أمن
prof-craft_electrical = حرفة الكهرباء
prof-craft_information = حرفة تقنية المعلومات
prof-craft_plumbing_heating = حرفة السباكة والتدفئة
prof-craft_refrigeration = حرفة أنظمة التبريد
prof-craft_motor_vehicle = حرفة ميكانيكا السيارات
prof-craft_machinery = حرفة الآلات الزراعية وآلات البناء
prof-craft_bicycle = حرفة الدراجات الهوائية والنارية
prof-craft_hairdresser = حرفة الحلاقة وتصفيف الشعر
prof-craft_roofer = حرفة تغطية الأسطح
prof-craft_bricklayer = حرفة البناء بالطوب والخرسانة
prof-craft_carpenter = حرفة النجارة الإنشائية (الهياكل الخشبية)
prof-craft_scaffolder = حرفة تركيب السقالات
prof-craft_floor_tiles = حرفة البلاط والأرضيات
prof-craft_plasterer = حرفة اللياسة والجبس
prof-craft_insulation = حرفة العزل
prof-craft_glazier = حرفة الزجاج
prof-craft_painter = حرفة الدهان والطلاء
prof-craft_metal = حرفة الإنشاءات المعدنية
prof-craft_sheet_metal = حرفة الصفائح المعدنية
prof-craft_precision = حرفة الميكانيكا الدقيقة
prof-craft_stonemason = حرفة نحت الحجر
prof-craft_well_builder = حرفة حفر الآبار
prof-craft_baker = حرفة المخابز والحلويات
prof-craft_butcher = حرفة الجزارة
prof-craft_joiner = حرفة نجارة الأثاث والأبواب والنوافذ
prof-craft_upholsterer = حرفة التنجيد والديكور الداخلي
prof-craft_optician = حرفة البصريات والنظارات
prof-craft_dental_orthopaedic = حرفة تقنية الأسنان والأجهزة التقويمية
prof-craft_orthopaedic_shoes = حرفة صناعة الأحذية الطبية
prof-craft_chimney_sweep = حرفة تنظيف المداخن

## ملاحظات عن بعض المهن
prof-doctor-note = ترخيص مزاولة مهنة الطب يسمى Approbation. وإلى حين الحصول عليه، يمكن الحصول على إذن مؤقت بالعمل (Berufserlaubnis). أما لقب الطبيب المختص فتعترف به نقابة الأطباء (Ärztekammer) بشكل منفصل.
prof-psychotherapist-note = العمل كأخصائي نفسي لا يحتاج إلى إذن. أما علاج المرضى كمعالج نفسي فيحتاج إلى إذن.
prof-nurse-note = يشمل هذا أيضا رعاية المسنين وتمريض الأطفال. ففي ألمانيا أصبحت هذه المهن تدريبا واحدا منذ عام 2020.
prof-ata_ota-note = هاتان مهنتان صحيتان مستقلتان، ولكل منهما إذن خاص بها منذ عام 2022.
prof-nursing_assistant-note = حتى الآن لكل ولاية اتحادية قواعدها الخاصة. ومن المقرر أن يطبق قانون اتحادي لمساعدي التمريض ابتداء من عام 2027.
prof-midwife-note = في ألمانيا أصبح تعليم القبالة الآن دراسة جامعية. واللقب (Hebamme) واحد للجميع، نساء ورجالا.
prof-medical_technologist-note = هناك أربع مهن منفصلة: المختبر، والأشعة، والتشخيص الوظيفي، والطب البيطري.
prof-heilpraktiker-note = لا يعترف بأي تدريب من الخارج لهذه المهنة. يمنح مكتب الصحة المحلي (Gesundheitsamt) الإذن بعد فحص معارفك.
prof-teacher-note = يقدم الطلب في الولاية الاتحادية التي اخترتها للتدريس. في ألمانيا يدرس المعلمون عادة مادتين؛ ومع مادة واحدة قد يلزم تدريب إضافي أو اختبار. وقد يمكن التدريس في المدارس الخاصة أو في دورات اللغة دون هذا الاعتراف.
prof-educator-note = تختلف القواعد والجهات المختصة بين الولايات الاتحادية الـ16. وقد يمكن العمل كمساعد في حضانة الأطفال (Kita) دون هذا الاعتراف.
prof-social_worker-note = كثير من أصحاب العمل في القطاع العام يطلبون الاعتراف الحكومي. وتختلف القواعد بين الولايات الاتحادية.
prof-lawyer-note = يمكن الترخيص للمحامين من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا بعد اختبار كفاءة (Eignungsprüfung). أما المحامون من الدول الأخرى الأعضاء في منظمة التجارة العالمية فيمكن الترخيص لهم فقط في قانون بلدهم الأصلي والقانون الدولي. وفي غير ذلك يلزم اجتياز امتحانات الدولة الألمانية في القانون. وقد يمكن العمل كمساعد قانوني أو في مركز استشارات.
prof-judge-note = يحتاج القضاة إلى امتحاني الدولة الألمانيين في القانون وإلى الجنسية الألمانية.
prof-notary-note = يحتاج كتاب العدل إلى امتحاني الدولة الألمانيين في القانون. وعدد وظائف كتاب العدل محدود.
prof-tax_advisor_auditor-note = مع مؤهل من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا، يمكن إجراء اختبار كفاءة. وفي غير ذلك يلزم الامتحان الألماني. أما العمل كمحاسب أو ماسك دفاتر فلا يحتاج إلى إذن.
prof-engineer-note = يمكنك العمل كمهندس في شركة دون اعتراف. أما لاستخدام لقب «Ingenieur/in» فيلزمك إذن رسمي. ولتوقيع طلبات رخص البناء، يحتاج مهندسو البناء المدني أيضا إلى التسجيل في قائمة غرفة المهندسين (Ingenieurkammer).
prof-architect-note = لاستخدام اللقب ولتقديم مخططات البناء، يلزمك التسجيل في قائمة المهندسين المعماريين لدى الغرفة (Architektenkammer).
prof-urban_planner-note = في معظم الولايات الاتحادية يكون اللقب محميا (التسجيل في قائمة مخططي المدن لدى الغرفة).
prof-food_chemist-note = يلزم اللقب أساسا في الرقابة الرسمية على الأغذية وفي تقارير الخبراء. أما الأعمال الأخرى ككيميائي فلا تحتاج إلى إذن.
prof-surveyor-note = يقوم بالمسح الرسمي للأراضي مساحون معينون رسميا. ويحتاجون عادة إلى امتحان الدولة الألماني في المساحة. أما أعمال المساحة الأخرى فلا تحتاج إلى إذن.
prof-sworn_translator-note = الترجمة التحريرية والشفهية عمل حر. فقط للعمل لدى المحاكم والجهات الرسمية يلزم التعيين وأداء اليمين؛ ولهذا يلزم إثبات مهاراتك، وغالبا بامتحان.
prof-professional_driver-note = تلزمك رخصة قيادة لفئة المركبة، والتأهيل الأساسي للسائقين المحترفين (Grundqualifikation). والرخصة الصادرة من خارج الاتحاد الأوروبي يجب عادة تحويلها أو الحصول عليها من جديد.
prof-passenger_transport-note = يحتاج سائقو سيارات الأجرة وسيارات النقل بالحجز المسبق وسيارات الإسعاف إلى إذن خاص لنقل الركاب من مكتب رخص القيادة (Fahrerlaubnisbehörde).
prof-pilot-note = يجب اعتماد الرخصة الصادرة من خارج الاتحاد الأوروبي أو تحويلها وفق قواعد الاتحاد الأوروبي.
prof-ship_officer-note = يمكن الاعتراف بشهادات الكفاءة من دول أخرى عبر مصادقة عليها وفق القواعد الدولية STCW.
prof-security-note = لا يعترف بمؤهل من الخارج لهذا العمل. تلزمك دورة التعليمات (Unterrichtung) لدى IHK (غرفة الصناعة والتجارة) ومدتها 40 ساعة، أو لبعض المهام امتحان الخبرة (Sachkundeprüfung) لدى IHK.
prof-craft_chimney_sweep-note = كما أن منظفي المداخن المسؤولين عن المناطق (Bezirksschornsteinfeger) تعينهم الجهة الرسمية.

## الأوراق المطلوب إحضارها
doc-application = استمارة الطلب من الجهة المختصة
doc-identity = جواز السفر أو بطاقة الهوية؛ وإذا تغير اسمك، ما يثبت ذلك (مثلا عقد الزواج)
doc-qualification = شهادتك أو دبلومك أو شهادتك الجامعية
doc-transcript = قائمة المواد مع ساعات الدراسة النظرية والعملية، والعلامات
doc-experience = ما يثبت خبرتك في العمل (مثلا شهادات خبرة من أصحاب العمل، أو دفتر العمل)
doc-translations = نسخ مصدقة، وترجمات إلى الألمانية من مترجم محلف
doc-cv = سيرة ذاتية على شكل جدول، باللغة الألمانية
doc-intent = إذا كان سكنك خارج الاتحاد الأوروبي: ما يثبت رغبتك في العمل في ألمانيا (مثلا طلبات توظيف)
doc-language-health = إثبات اللغة الألمانية للمهنة، عادة بمستوى B2
doc-good-standing = شهادة حسن السيرة المهنية من البلد الذي عملت فيه (عادة لا يزيد عمرها على 3 أشهر)
doc-fitness = شهادة طبية حديثة تثبت لياقتك الصحية للعمل في المهنة
doc-police-clearance = شهادة حديثة بعدم وجود سوابق جنائية (من ألمانيا و/أو من بلدك الأصلي)
doc-no-proceedings = إقرار بعدم وجود إجراءات جنائية أو مهنية مفتوحة ضدك
doc-language-medical = إثبات اللغة الألمانية الطبية بمستوى C1 (امتحان اللغة المهنية لدى نقابة الأطباء)
doc-language-dental = إثبات اللغة الألمانية لأطباء الأسنان بمستوى C1 (امتحان اللغة المهنية لدى نقابة أطباء الأسنان)
doc-language-pharmacy = إثبات اللغة الألمانية للصيادلة بمستوى C1 (امتحان اللغة المهنية لدى نقابة الصيادلة)
doc-language-profession = إثبات اللغة الألمانية للمهنة (غالبا امتحان لغة بمستوى C1)
doc-language-teacher = إثبات اللغة الألمانية، عادة بمستوى C1 أو C2
doc-teaching-subjects = ما يثبت دراستك لكل مادة مدرسية، وتدريبك العملي على التدريس
doc-language-childcare = إثبات اللغة الألمانية، غالبا بمستوى B2 أو C1
doc-placements = ما يثبت التدريب العملي خلال تدريبك المهني أو دراستك
doc-language-social = إثبات اللغة الألمانية، غالبا بمستوى C1
doc-engineering-degree = شهادتك الجامعية مع التخصص ومدة الدراسة
doc-architecture-study = ما يثبت مدة دراستك (عادة 4 سنوات على الأقل)
doc-architecture-practice = ما يثبت عملك كمهندس معماري بعد التخرج (عادة سنتان على الأقل)
doc-leading-experience = ما يثبت خبرتك في العمل، خاصة في منصب قيادي أو في عمل حر
doc-driving-licence = رخصة قيادتك وما يثبت خبرتك في القيادة
doc-pilot-licence = رخصة الطيران، والشهادة الطبية، ودفتر ساعات الطيران
doc-seafarer-certificates = شهادات الكفاءة، ودفتر البحار، وما يثبت مدة عملك في البحر
