# Beceri kiosku — Türkçe arayüz metinleri.
# Review: machine-drafted; not yet reviewed by a native speaker.
# Üslup: kısa ve açık cümleler; hitap: danışma ofisine uygun, saygılı "siz".

language-name = Türkçe
language-button = F2 Dil: { $name }
bilingual-button = F3 İki dil

## Hoş geldiniz ve başlangıç
welcome-title = Beceri kioskuna hoş geldiniz
welcome-text = Burada bildiklerinizi ve yapabildiklerinizi yazabilirsiniz — okuldan, işten, aileden ve hayattan. Sonunda danışmanınız için bir özet alırsınız.
welcome-choose = Lütfen dilinizi seçin:
start-title = Nasıl başlamak istersiniz?
start-text = Buraya ilk kez mi geliyorsunuz, yoksa önceki bir ziyaretten bir kodunuz var mı?
start-new = Yeniyim — başla
start-have-code = Kodum var — devam et

## Birçok ekranda kullanılan düğmeler
button-back = ← Geri
button-next = İleri →
button-section-done = Bu bölümü bitir ✓
button-finish = Bugünlük bitir
button-close = Kapat

## Gizlilik bilgisi ve onay
consent-title = Verileriniz ve onayınız
consent-what = Sorulara verdiğiniz cevapları, seçtiğiniz dili ve tarihi kaydediyoruz. Adınızı, adresinizi veya belgelerinizi sormuyoruz.
consent-who = Cevaplarınızı yalnızca siz (kodunuzla) ve bu ofisteki danışmanlar görebilir. Onayınız olmadan cevaplarınızı başka kimseye vermeyiz.
consent-how-long = Cevaplarınız ofisteki bu bilgisayarda kalır. İstediğiniz zaman personelden bunları silmesini isteyebilirsiniz.
consent-rights = Onay vermek zorunda değilsiniz. Onay vermezseniz hiçbir şey kaydedilmez ve bunun yerine bir danışmanla konuşabilirsiniz.
consent-question = Cevaplarınızı kaydetmemizi kabul ediyor musunuz?
consent-agree = Evet, kabul
consent-decline = Hayır, sağ olun

## Yeni kişisel kod
code-title = Kişisel kodunuz
code-text = Bu sizin kodunuz. Lütfen kodu bir yere yazın veya fotoğrafını çekin:
code-keep = Bu kodla başka bir gün devam edebilirsiniz. Kodu iyi saklayın ve tanımadığınız kişilere göstermeyin.
code-noted = Kodu yazdım — devam et

## Kod girme
entry-title = Kodunuzla devam edin
entry-text = Lütfen kodunuzu yazın. Kod şöyle görünür: K7M-4QX-9TP-H2C. Küçük harfler ve eksik çizgiler sorun değil.
entry-field = Kodunuz
entry-submit = Devam et
entry-error-length = Bir kodda 12 harf ve rakam vardır. Lütfen kontrol edin.
entry-error-foreign = Kodlarda “{ $char }” hiç bulunmaz. Lütfen bu harfi kontrol edin.
entry-error-mistyped = Bu kodda bir yazım hatası var. Lütfen harf harf kontrol edin.
entry-error-unknown = Bu kodu bulamadık. Lütfen kontrol edin veya personele sorun.
entry-error-wait = Çok fazla yanlış kod girildi. Lütfen { $seconds ->
        [one] bir saniye
       *[other] { $seconds } saniye
    } bekleyin ve tekrar deneyin.
entry-error-storage = Cevaplarınız şu anda açılamıyor. Lütfen personele sorun.

## Kontrol listesi
sections-title = Kontrol listeniz
sections-text = Bir bölüm seçin. Bölümleri istediğiniz sırayla yapabilir, istediğiniz zaman durabilir ve sonra devam edebilirsiniz.
section-row = { $title } ({ $answered }/{ $total })
sections-summary = Özetimi gör
question-number = Soru { $number } / { $count }
answer-dont-know = Bilmiyorum
answer-prefer-not = Söylemek istemiyorum
field-short = Cevabınız
field-long = Cevabınız (Enter yeni satır başlatır)

## Özet ve veda
summary-title = Özetiniz
summary-text = Şimdiye kadar verdiğiniz tüm cevaplar burada. Geri dönüp her cevabı değiştirebilirsiniz.
summary-empty = Henüz hiçbir soruyu cevaplamadınız.
summary-back = ← Listeye dön
goodbye-title = Teşekkür ederiz!
goodbye-text = Cevaplarınız kaydedildi. Kodunuz:
goodbye-text-unsaved = Bazı cevaplar henüz kaydedilmedi. Lütfen gitmeden önce personele haber verin. Kodunuz:
goodbye-code-hint = Bu kodu danışmanınıza götürün veya burada devam etmek için kullanın.
goodbye-done = Bitti — kapat

## Açılır pencereler
languages-title = Dil seçin
idle-title = Hâlâ orada mısınız?
idle-text = Bir süredir ekrana kimse dokunmadı. { $seconds ->
        [one] Bir saniye
       *[other] { $seconds } saniye
    } sonra kiosk başa döner.
idle-privacy = Cevaplarınız kaydedildi. Ekranda hiçbir şey kalmaz.
idle-stay = Evet, buradayım

## Durum
too-small = Lütfen pencereyi büyütün (en az { $width } × { $height }).
progress-label = { $answered }/{ $total } cevaplandı
save-saving = Kaydediliyor
save-saved = ✓ Kaydedildi
save-failed = ⚠ Henüz kaydedilmedi — tekrar deneniyor
notice-field-full = Bu alana en fazla { $count } karakter yazılabilir.
notice-paste-shortened = Metin çok uzundu. Yalnızca ilk { $count } karakter alındı.
notice-start-failed = Şu anda başlatılamadı. Lütfen personele sorun.
notice-session-closed = Ofis bu ziyareti sonlandırdı. Burada artık hiçbir şey kaydedilmiyor. Sorularınız varsa lütfen personele sorun.
notice-changed-elsewhere = Bu cevap az önce başka bir ekranda değiştirildi. Şimdi cevabı kaydedildiği haliyle görüyorsunuz.
notice-entries-full = Buraya en fazla { $count } kayıt ekleyebilirsiniz.

## Yardım satırı
help-choose = ↑↓ seç
help-toggle = Enter işaretle
help-confirm = Enter onayla
help-back = Esc geri
help-language = F2 dil
help-scroll = PgUp/PgDn kaydır
help-type = yaz
help-next-field = Tab ileri
help-newline = Enter yeni satır

## Kiosk başlayamadığında gösterilen mesajlar (ofisin BT sorumlusu için)
error-config = Yapılandırma dosyası kullanılamıyor:
error-unknown-language = “{ $lang }” dili mevcut değil. Mevcut diller: { $known }.
error-catalog = Kontrol listesi dosyaları kullanılamıyor:
error-db-cannot-open = Veritabanı açılamıyor. Dosya yolunu ve erişim izinlerini kontrol edin.
error-db-corrupt = Veritabanı dosyası bozuk. Dosyaya dokunulmadı; bir yedeği geri yükleyin veya BT'ye sorun.
error-db-locked = Veritabanı başka bir program tarafından kullanılıyor. Biraz sonra tekrar deneyin.
error-db-full = Disk dolu. Cevapların kaydedilebilmesi için yer açın.
error-db-readonly = Veritabanına yazılamıyor (salt okunur). Dosya sistemini ve izinleri kontrol edin.
error-db-other = Veritabanı bir sorun bildirdi.
error-db-not-private = Veritabanı dosyasını başka kullanıcılar okuyabiliyor. Dosyayı gizli yapın (chmod 600) ve yeniden başlatın.
error-db-missing = Bu yolda veritabanı yok. Dosya yolunu kontrol edin (--db veya KIOSK_DB).
error-db-will-not-create = Veritabanı yok. Kiosk kendiliğinden boş bir veritabanı oluşturmaz: yedeği geri yükleyin veya BT'ye sorun.
error-db-gone = Veritabanı dosyası, kiosk çalışırken silindi veya başka bir dosyayla değiştirildi. Artık hiçbir şey kaydedilmiyor. Dosyayı yerine geri koyun veya bir yedeği geri yükleyin.
fault-title = Kiosk şu anda çalışamıyor
fault-tell-staff = Lütfen personele haber verin. Önceki ziyaretlerdeki cevaplar güvende.
fault-retrying = Kiosk birkaç saniyede bir yeniden deniyor.
fault-restart = Ardından kiosku yeniden başlatın.

## Tekrarlanan bölümler (işler, okullar, diller, hayat dönemleri)
entry-untitled = (henüz adı yok)
entry-edit = Cevapları değiştir
entry-up = Yukarı taşı
entry-down = Aşağı taşı
entry-remove = Listeden çıkar
entry-remove-confirm = Gerçekten çıkarılsın mı? Tekrar basın
button-entry-done = Bu kayıt tamam ✓

## Cevap türleri
field-year = Yıl
field-search = Aramak için yazın
occupation-own-words = Kendi sözlerimi kullan: “{ $words }”
cefr-none = Bunu henüz yapamıyorum
scale-legend = A = Yardımla yapabilirim · B = Bildiğim bir yerde tek başıma yapabilirim · C = Yeni durumlarda da yapabilirim ve başkalarına gösterebilirim
notice-year = Lütfen dört rakamlı bir yıl yazın, örneğin 2015.
help-search = yazıp ara · ↓ seç
help-rate = Enter veya ←→ A/B/C

## Özet
summary-competences = Yetkinliklerim (A = 1, B = 2, C = 3)
summary-group-professional = Mesleki
summary-group-methodical = Yöntemler
summary-group-social = Sosyal
summary-group-personal = Kişisel
summary-group-digital = Dijital
summary-rated = { $count ->
        [one] bir değerlendirme
       *[other] { $count } değerlendirme
    }
summary-languages = Dillerim
summary-mother-tongue = ana dil
skill-listening = Dinleme
skill-reading = Okuma
skill-spoken_interaction = Başkalarıyla konuşma
skill-spoken_production = Konuşma
skill-writing = Yazma
summary-bring = Danışmanınıza götürün
summary-timeline = Hayatıma genel bakış
rating-advisor = danışman: { $level }

## Sondaki telefon bağlantısı ve telefondaki portfolyo sayfası
qr-scan = Özetinizi telefonunuzda görmek için bu kareyi telefonunuzun kamerasıyla tarayın.
qr-too-small = Pencere, telefon kodu için çok küçük. Bu adresi telefonunuza yazabilirsiniz:
qr-no-link = Şu anda telefon bağlantısı oluşturulamadı. Cevaplarınız kaydedildi; lütfen personele sorun.
qr-valid-until = Bağlantı { $date } tarihine kadar çalışır.
page-title = Beceri portfolyosu
page-self-assessment = Öz değerlendirme: Bunlar kişinin kendi cevaplarıdır. Bir danışman bunları henüz kontrol etmedi.
page-reviewed = { $date } tarihinde danışman { $name } ile kontrol edildi.
page-made = { $date } tarihinde oluşturuldu.
page-answers = Tüm cevaplar
page-authority = Kim karar verir:
page-legal-basis = Yasal dayanak:
page-advisor-rating = Danışman
page-self-rating = Öz değerlendirme
page-json = Bu portfolyo veri olarak (JSON, kurumlar için)
page-not-found = Bu bağlantı çalışmıyor. Yanlış yazılmış, çok eski veya geri alınmış olabilir. Lütfen ofisten yeni bir bağlantı isteyin.

## Danışman modu (yalnızca personel için; danışanlara söylenmeyen bir tuşla açılır)
adv-login-title = Danışman girişi
adv-login-text = Adınızı seçin ve PIN'inizi yazın.
adv-no-advisors = Henüz danışman hesabı yok. BT şu komutla hesap ekleyebilir: kiosk advisor add NAME
adv-choose-name = Lütfen önce adınızı seçin.
adv-pin = PIN
adv-log-in = Giriş yap
adv-wrong-pin = Bu PIN doğru değil. Lütfen tekrar deneyin.
adv-locked = Çok fazla yanlış PIN girildi. Giriş bir süre kilitlendi; bu durum kayda geçti.
adv-home-title = Danışan bul
adv-logged-in = { $name } olarak giriş yapıldı.
adv-home-text = Danışanın kodunu yazın veya son oturumlardan birini seçin.
adv-code = Danışan kodu
adv-open = Aç
adv-audit = İşlem kaydı
adv-quit = Programı kapat
adv-log-out = Çıkış yap
adv-client-title = Danışan { $code }
adv-not-reviewed = Öz değerlendirme, henüz kontrol edilmedi.
adv-live-links = { $count ->
        [one] bir telefon bağlantısı çalışıyor
       *[other] { $count } telefon bağlantısı çalışıyor
    }
adv-review = Cevapları gözden geçir ve değiştir
adv-ratings = Yetkinlikler: danışan ve danışman
adv-notes = Notlar ve sonraki adımlar
adv-documents = Belgeler: görüldü veya kontrol edildi
adv-mark-reviewed = Bugün kontrol ettim diye işaretle
adv-links = Telefon bağlantıları: göster, yeni, geri al
adv-export = Dosya için dışa aktar (HTML ve JSON)
adv-erase = Danışanın isteğiyle verileri sil
adv-back-to-list = Başka danışan bul
adv-reviewed-done = Kontrol edildi olarak işaretlendi. Portfolyo artık bunu gösteriyor.
adv-ratings-text = Değerlendirmenizi seçmek için bir yetkinlikte Enter'a basın: yok, A, B, C.
adv-rating-row = danışan { $client } · danışman { $advisor }
adv-notes-text = Notlar, portfolyo için işaretlemediğiniz sürece yalnızca iç kullanım içindir.
adv-note-text = Kontrol listesinin bu bölümü için notunuz.
adv-note = Not
adv-note-public = Bu notu portfolyoda göster
adv-note-in-portfolio = portfolyoda
adv-note-internal = iç not
adv-plan-title = Sonraki adımlar planı
adv-plan-text = Her satıra bir adım, her birinin başında bir tarih, örneğin: 2026-12-01 Tanınma (denklik) için başvur
adv-save = Kaydet
adv-documents-text = Bir belgeyi önce görüldü, sonra kontrol edildi olarak işaretlemek için Enter'a basın.
adv-no-documents = Şimdilik hiçbir belge gerekmiyor.
adv-doc-not-seen = görülmedi
adv-doc-seen = görüldü
adv-doc-verified = kontrol edildi
adv-links-title = Telefon bağlantıları
adv-links-text = Bir bağlantıyı geri almak için üzerinde Enter'a basın. Geri alınan bağlantılar “Bu bağlantı çalışmıyor” sayfasını gösterir.
adv-no-links = Bu danışanın henüz telefon bağlantısı yok.
adv-link-live = çalışıyor
adv-link-expired = süresi doldu
adv-link-revoked = geri alındı
adv-new-link = Yeni QR kodu
adv-revoke-all = Hepsini geri al
adv-exported = Dışa aktarıldı. Dosyalar yukarıda listelendi.
adv-erase-title = Danışanın verilerini sil
adv-erase-text = Bu danışanın tüm cevapları ve tüm telefon bağlantıları kalıcı olarak silinecek. Yalnızca bir silme işlemi yapıldığı bilgisi saklanır. Onaylamak için danışanın kodunu yazın.
adv-erase-confirm = Kalıcı olarak sil
adv-erase-mismatch = Bu, açık olan danışanın kodu değil.
adv-erased = Danışanın verileri silindi.
adv-audit-title = İşlem kaydı
adv-audit-text = Kim hangi danışan koduyla ne yaptı, en yenisi en üstte. Cevaplar bu kayda asla yazılmaz.
adv-storage-failed = Veritabanı cevap vermedi. Lütfen tekrar deneyin.

## Portfolyo sayfası: danışmanın bölümü
page-advisor-notes = Danışmanın notları
page-plan = Danışmanla kararlaştırılan sonraki adımlar
page-documents-checked = Danışmanın gördüğü belgeler
