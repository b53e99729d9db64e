# Beceri kiosku — Almanya'da yurt dışı mesleki yeterliliklerin tanınması (denklik) hakkında Türkçe metinler:
# her durumun ne anlama geldiği, düzenlenmiş (yasal kurallara bağlı) meslekler, bunlarla ilgili notlar ve getirilecek belgeler.
# Almanca resmî adlar (yetkili kurum, yasa) db/reference/regulated.toml dosyasında kalır.
# İçeriğin kaynağı: “Anerkennung in Deutschland” portalı (BIBB) ve db/reference/regulated.toml
# dosyasında adı geçen yasalar; durum 2026-12. Anlam locales/de/recognition.ftl ile karşılaştırıldı.
# Üslup: kısa ve açık cümleler; hitap: danışma ofisine uygun, saygılı "siz".
# Review: machine-drafted; not yet reviewed by a native speaker or a recognition expert.

## Her durumun anlamı ($occupation: mesleğin adı)
recognition-licence = Almanya'da { $occupation } olarak çalışmak için bir izne ihtiyacınız var. Bunun için mesleki yeterliliğinizin tanınması (denklik) gerekir. Danışmanınız başvuruda size yardım edebilir.
recognition-self-employment = Tanınma olmadan { $occupation } alanında bir işletmede çalışan olarak çalışabilirsiniz. Bu zanaatta kendi işletmenizi yönetmek için ustalık belgesi (Meisterbrief) veya eşdeğer bir yeterliliğin Zanaat Odası (Handwerkskammer) tarafından tanınması gerekir.
recognition-title = Bu işi tanınma olmadan yapabilirsiniz. Yalnızca “{ $occupation }” unvanı korunmaktadır: Bu unvanı kullanmak için bir izne ihtiyacınız var.
recognition-own-route = { $occupation }: Almanya'da bunun için bir Alman sınavı veya resmî bir atama gerekir. Yurt dışında alınmış bir yeterlilik bunun için doğrudan tanınamaz.
recognition-partly = { $occupation }: Bu bilgi yalnızca yaptığınız iş gerçekten buysa geçerlidir. Bu meslek Almanya'da yasal kurallara bağlıdır (düzenlenmiş meslek).
recognition-comparability = Üniversite diploması için Yabancı Eğitim Merkez Ofisi (ZAB, Zentralstelle für ausländisches Bildungswesen) bir diploma değerlendirme belgesi (Zeugnisbewertung) verebilir. Bu belge, diplomanızın Almanya'da neye denk olduğunu işverenlere gösterir. Bunun için bir ücret ödersiniz.
recognition-voluntary = { $occupation }: Bu iş Almanya'da yasal kurallara bağlı değildir (düzenlenmemiş meslek). Bu işi tanınma olmadan yapabilirsiniz. Yine de tanınma mümkündür ve iş ararken işinize yarar: Oda (örneğin IHK FOSA veya Zanaat Odası, Handwerkskammer) meslek belgenizi bir Alman mesleğiyle karşılaştırır.
recognition-help = Tanınma konusunda ücretsiz danışmanlık: IQ Ağı'nın (Netzwerk IQ) tanınma danışmanlığı (www.netzwerk-iq.de) ve resmî portal www.anerkennung-in-deutschland.de.
recognition-source = Kaynak: “Anerkennung in Deutschland” portalı ve adı geçen yasalar. Bu bilgiler yalnızca yol göstermek içindir: Kararı yetkili kurum verir.
recognition-reference = Almanya'daki referans meslek:
recognition-note = Bilmekte fayda var:

## Düzenlenmiş meslekler: adları
prof-doctor = doktor (hekim)
prof-dentist = diş hekimi
prof-pharmacist = eczacı
prof-veterinarian = veteriner hekim
prof-psychotherapist = psikoterapist
prof-nurse = hemşire
prof-ata_ota = anestezi veya ameliyathane teknik asistanı
prof-nursing_assistant = hemşire yardımcısı (bakım yardımcısı)
prof-midwife = ebe
prof-physiotherapist = fizyoterapist
prof-masseur = tıbbi masör
prof-medical_technologist = tıbbi teknolog (laboratuvar, radyoloji)
prof-pharmaceutical_technical_assistant = eczane teknisyeni (PTA)
prof-emergency_paramedic = paramedik (acil sağlık teknisyeni)
prof-speech_therapist = dil ve konuşma terapisti
prof-dietitian = diyetisyen
prof-occupational_therapist = ergoterapist
prof-podiatrist = podolog (tıbbi ayak bakımı)
prof-orthoptist = ortoptist
prof-heilpraktiker = hekim olmayan doğal tedavi uygulayıcısı (Heilpraktiker)
prof-teacher = devlet okulunda öğretmen
prof-educator = devletçe tanınmış çocuk eğitimcisi (Erzieher)
prof-social_worker = devletçe tanınmış sosyal hizmet uzmanı
prof-lawyer = avukat
prof-judge = hâkim
prof-notary = noter
prof-tax_advisor_auditor = vergi danışmanı veya bağımsız denetçi
prof-engineer = mühendis
prof-architect = mimar
prof-urban_planner = şehir plancısı
prof-food_chemist = devletçe onaylı gıda kimyageri
prof-surveyor = resmî olarak atanmış harita mühendisi
prof-sworn_translator = yeminli çevirmen veya tercüman
prof-driving_instructor = sürücü kursu eğitmeni
prof-professional_driver = profesyonel kamyon veya otobüs şoförü
prof-passenger_transport = taksi veya ambulans şoförü
prof-pilot = pilot
prof-ship_officer = gemi zabiti
prof-security = güvenlik görevlisi
prof-craft_electrical = elektrikçilik
prof-craft_information = bilişim teknisyenliği
prof-craft_plumbing_heating = sıhhi tesisat ve kalorifer tesisatçılığı
prof-craft_refrigeration = soğutma tesisatçılığı
prof-craft_motor_vehicle = oto teknisyenliği
prof-craft_machinery = tarım ve iş makineleri teknisyenliği
prof-craft_bicycle = bisiklet ve motosiklet tamirciliği
prof-craft_hairdresser = kuaförlük
prof-craft_roofer = çatı ustalığı
prof-craft_bricklayer = duvarcılık ve betonculuk
prof-craft_carpenter = dülgerlik (ahşap yapı ustalığı)
prof-craft_scaffolder = iskele kuruculuğu
prof-craft_floor_tiles = fayans, şap ve parke döşemeciliği
prof-craft_plasterer = sıva ve alçı ustalığı
prof-craft_insulation = yalıtımcılık
prof-craft_glazier = camcılık
prof-craft_painter = boyacılık ve vernikçilik
prof-craft_metal = metal yapı ustalığı
prof-craft_sheet_metal = sac işçiliği (çatı ve oluk tesisatı)
prof-craft_precision = hassas mekanik ustalığı
prof-craft_stonemason = taş ustalığı
prof-craft_well_builder = kuyu açma ustalığı
prof-craft_baker = fırıncılık ve pastacılık
prof-craft_butcher = kasaplık
prof-craft_joiner = marangozluk
prof-craft_upholsterer = döşemecilik ve iç dekorasyon
prof-craft_optician = optisyenlik (gözlükçülük)
prof-craft_dental_orthopaedic = diş protez ve ortopedi teknisyenliği
prof-craft_orthopaedic_shoes = ortopedik ayakkabıcılık
prof-craft_chimney_sweep = baca temizleyiciliği

## Bazı meslekler hakkında notlar
prof-doctor-note = Bu izne Approbation (hekimlik ruhsatı) denir. Approbation alana kadar süreli bir çalışma izni (Berufserlaubnis) mümkündür. Uzmanlık unvanı ayrıca Tabipler Odası (Ärztekammer) tarafından tanınır.
prof-psychotherapist-note = Psikolog olarak çalışmak için izin gerekmez. Psikoterapist olarak hasta tedavi etmek için ise izin gerekir.
prof-nurse-note = Bu, yaşlı bakımını ve çocuk hemşireliğini de kapsar. Almanya'da bunlar 2020'den beri tek bir eğitimdir.
prof-ata_ota-note = Bunlar 2022'den beri kendi izinleri olan ayrı sağlık meslekleridir.
prof-nursing_assistant-note = Şimdilik her eyaletin kendi kuralları var. Hemşire yardımcıları için federal bir yasanın 2027'den itibaren geçerli olması planlanıyor.
prof-midwife-note = Almanya'da ebelik artık bir üniversite eğitimidir. Unvan kadınlar ve erkekler için aynıdır.
prof-medical_technologist-note = Dört ayrı meslek vardır: laboratuvar, radyoloji, fonksiyonel tanı ve veteriner hekimlik.
prof-heilpraktiker-note = Yurt dışında alınan bir eğitim bunun için tanınmaz. İzni, bilgilerinizin kontrol edilmesinden sonra yerel sağlık dairesi (Gesundheitsamt) verir.
prof-teacher-note = Başvuruyu, öğretmenlik yapmak istediğiniz eyalette yaparsınız. Almanya'da öğretmenler genellikle iki ders okutur; tek bir dersle ek eğitim veya bir sınav gerekebilir. Özel okullarda veya dil kurslarında bu olmadan da ders vermek mümkün olabilir.
prof-educator-note = Kurallar ve yetkili kurumlar 16 eyalette birbirinden farklıdır. Bir kreşte (Kita) yardımcı olarak çalışmak bu olmadan da mümkün olabilir.
prof-social_worker-note = Birçok kamu işvereni devlet tanınmasını ister. Kurallar eyaletten eyalete farklıdır.
prof-lawyer-note = AB, AEA (Avrupa Ekonomik Alanı) veya İsviçre'den avukatlar bir uygunluk sınavından (Eignungsprüfung) sonra mesleğe kabul edilebilir. Diğer DTÖ (Dünya Ticaret Örgütü) üyesi ülkelerden avukatlar yalnızca kendi ülkelerinin hukuku ve uluslararası hukuk için kabul edilebilir. Bunun dışında Alman hukuk devlet sınavları gerekir. Hukuk asistanı olarak veya bir danışma merkezinde çalışmak mümkün olabilir.
prof-judge-note = Hâkimlerin iki Alman hukuk devlet sınavını geçmiş olması ve Alman vatandaşı olması gerekir.
prof-notary-note = Noterlerin iki Alman hukuk devlet sınavını geçmiş olması gerekir. Noterlik kadrolarının sayısı sınırlıdır.
prof-tax_advisor_auditor-note = AB, AEA (Avrupa Ekonomik Alanı) veya İsviçre'den bir yeterlilikle uygunluk sınavına (Eignungsprüfung) girmek mümkündür. Bunun dışında Alman sınavı gerekir. Muhasebeci veya defter tutucu olarak çalışmak için izin gerekmez.
prof-engineer-note = Bir şirkette mühendis olarak tanınma olmadan çalışabilirsiniz. “Ingenieur/in” (mühendis) unvanını kullanmak için bir izne ihtiyacınız var. İnşaat ruhsatı başvurularını imzalamak için inşaat mühendislerinin ayrıca Mühendisler Odası listesine kayıtlı olması gerekir.
prof-architect-note = Unvanı kullanmak ve yapı projelerini resmî makama sunmak için odanın mimarlar listesine kayıtlı olmanız gerekir.
prof-urban_planner-note = Çoğu eyalette bu unvan korunmaktadır (odanın şehir plancıları listesine kayıt gerekir).
prof-food_chemist-note = Bu unvan özellikle resmî gıda denetimi ve bilirkişi raporları için gerekir. Kimyager olarak başka işler için izin gerekmez.
prof-surveyor-note = Resmî arazi ölçümlerini resmî olarak atanmış harita mühendisleri yapar. Bu mühendislerin genellikle haritacılıkta Alman devlet sınavını geçmiş olması gerekir. Harita mühendisi olarak başka işler için izin gerekmez.
prof-sworn_translator-note = Yazılı çeviri ve sözlü tercümanlık serbest işlerdir. Yalnızca mahkemeler ve resmî kurumlar için atanmış ve yemin etmiş olmanız gerekir; bunun için becerilerinizi kanıtlamanız gerekir, çoğu zaman bir sınavla.
prof-professional_driver-note = Araç sınıfı için bir sürücü belgesine (ehliyet) ve profesyonel sürücüler için temel yeterliliğe (Grundqualifikation) ihtiyacınız var. AB dışından alınan bir ehliyetin genellikle Alman ehliyetine çevrilmesi veya yeniden alınması gerekir.
prof-passenger_transport-note = Taksi, şoförlü kiralık araç ve ambulans şoförlerinin yolcu taşımak için özel bir izne ihtiyacı vardır. Bu izni sürücü belgesi dairesi (Fahrerlaubnisbehörde) verir.
prof-pilot-note = AB dışından alınan bir lisans, AB kurallarına göre onaylanmalı veya dönüştürülmelidir.
prof-ship_officer-note = Başka ülkelerden alınan yeterlik belgeleri, uluslararası STCW kurallarına göre bir onay şerhiyle tanınabilir.
prof-security-note = Yurt dışında alınan bir yeterlilik bunun için tanınmaz. Sanayi ve Ticaret Odası'ndaki (IHK) bilgilendirme kursuna (Unterrichtung, 40 saat) veya bazı görevler için IHK'daki uzmanlık sınavına (Sachkundeprüfung) ihtiyacınız var.
prof-craft_chimney_sweep-note = Bölge baca temizleyicileri (Bezirksschornsteinfeger) ayrıca resmî makam tarafından atanır.

## Getirilecek belgeler
doc-application = Yetkili kurumun başvuru formu
doc-identity = Pasaport veya kimlik kartı; adınız değiştiyse bunu gösteren belge (örneğin evlilik cüzdanı)
doc-qualification = Belgeniz, diplomanız veya mezuniyet belgeniz
doc-transcript = Teori ve uygulama ders saatlerini ve notları gösteren ders listesi (transkript)
doc-experience = İş deneyiminizi gösteren belgeler (örneğin işverenlerden referans mektupları, çalışma karnesi)
doc-translations = Onaylı fotokopiler ve yeminli bir tercümanın yaptığı Almanca çeviriler
doc-cv = Tablo şeklinde, Almanca bir özgeçmiş
doc-intent = AB dışında yaşıyorsanız: Almanya'da çalışmak istediğinizi gösteren bir belge (örneğin iş başvuruları)
doc-language-health = Meslek için Almanca bildiğinizi gösteren belge, genellikle B2 seviyesi
doc-good-standing = Çalıştığınız ülkedeki meslek kurumundan, meslekte bir sorun olmadığını gösteren belge (genellikle 3 aydan eski olmamalı)
doc-fitness = Mesleği yapmaya sağlık açısından uygun olduğunuzu gösteren yeni bir doktor raporu
doc-police-clearance = Yeni bir adli sicil kaydı (sabıka kaydı) belgesi (Almanya'dan ve/veya geldiğiniz ülkeden)
doc-no-proceedings = Hakkınızda devam eden bir ceza davası veya meslekî disiplin soruşturması olmadığına dair bir beyan
doc-language-medical = C1 seviyesinde tıbbi Almanca bildiğinizi gösteren belge (Tabipler Odası'nda mesleki dil sınavı)
doc-language-dental = C1 seviyesinde diş hekimliği Almancası bildiğinizi gösteren belge (Diş Hekimleri Odası'nda mesleki dil sınavı)
doc-language-pharmacy = C1 seviyesinde eczacılık Almancası bildiğinizi gösteren belge (Eczacılar Odası'nda mesleki dil sınavı)
doc-language-profession = Meslek için Almanca bildiğinizi gösteren belge (çoğu zaman C1 seviyesinde bir mesleki dil sınavı)
doc-language-teacher = Almanca bildiğinizi gösteren belge, genellikle C1 veya C2 seviyesi
doc-teaching-subjects = Her okul dersi için aldığınız eğitimi ve uygulamalı öğretmenlik eğitiminizi gösteren belgeler
doc-language-childcare = Almanca bildiğinizi gösteren belge, çoğu zaman B2 veya C1 seviyesi
doc-placements = Mesleki eğitiminiz veya üniversite öğreniminiz sırasında yaptığınız stajları gösteren belgeler
doc-language-social = Almanca bildiğinizi gösteren belge, çoğu zaman C1 seviyesi
doc-engineering-degree = Bölümü ve öğrenim süresini gösteren üniversite diplomanız
doc-architecture-study = Öğrenim sürenizi gösteren belge (genellikle en az 4 yıl)
doc-architecture-practice = Mezuniyetten sonra mimar olarak çalıştığınızı gösteren belge (genellikle en az 2 yıl)
doc-leading-experience = İş deneyiminizi gösteren belgeler, özellikle yönetici olarak veya kendi işinizde çalıştığınız dönemler için
doc-driving-licence = Sürücü belgeniz (ehliyetiniz) ve sürüş deneyiminizi gösteren belgeler
doc-pilot-licence = Pilot lisansınız, sağlık sertifikanız ve uçuş kayıt defteriniz
doc-seafarer-certificates = Yeterlik belgeleriniz, gemi adamı cüzdanınız ve denizde geçirdiğiniz süreyi gösteren belgeler
