# Beceri kiosku — ekranda gösterilen referans verilerinin Türkçe metinleri: basit sözlerle
# CEFR dil tablosu, ISCED eğitim seviyeleri ve DigComp dijital yetkinlikler.
# Review: machine-drafted; not yet reviewed by a native speaker.

## CEFR öz değerlendirme tablosu, basit sözlerle
cefr-listening-A1 = Yavaş konuşulduğunda, kendim ve ailem hakkındaki basit kelimeleri anlarım.
cefr-listening-A2 = Alışveriş, iş ve yaşadığım yer hakkındaki kısa ve açık mesajları anlarım.
cefr-listening-B1 = İş, okul veya boş zaman hakkında açık konuşulduğunda ana noktaları anlarım.
cefr-listening-B2 = Uzun konuşmaları, çoğu TV haberini ve standart dildeki çoğu filmi anlarım.
cefr-listening-C1 = Uzun konuşmaları, TV programlarını ve filmleri fazla zorlanmadan anlarım.
cefr-listening-C2 = Hızlı konuşulsa bile, konuşulan her şeyi kolayca anlarım.
cefr-reading-A1 = İsimleri, kelimeleri ve çok basit cümleleri anlarım, örneğin tabela ve afişlerde.
cefr-reading-A2 = Çok kısa metinleri okuyabilirim, örneğin menü, sefer saatleri, ilan ve kısa mektup.
cefr-reading-B1 = Günlük ve iş metinlerini, olaylar ve duygular hakkındaki kişisel mektupları anlarım.
cefr-reading-B2 = Yazarın görüşünü anlattığı makale ve raporları, ayrıca modern romanları okuyabilirim.
cefr-reading-C1 = Uzun ve zor metinleri, teknik metinleri de anlarım; kendi alanımın dışında da.
cefr-reading-C2 = Her tür metni kolayca okurum: kılavuzları, uzmanlık makalelerini ve edebiyatı da.
cefr-spoken_interaction-A1 = Karşımdaki yavaş konuşur ve bana yardım ederse, basit sorular sorup cevaplayabilirim.
cefr-spoken_interaction-A2 = Tanıdık günlük konular hakkında çok kısa konuşmalar yapabilirim.
cefr-spoken_interaction-B1 = Günlük durumların çoğunda idare ederim. Aile, hobi, iş ve seyahat hakkında konuşabilirim.
cefr-spoken_interaction-B2 = Bu dili ana dili olarak konuşanlarla akıcı konuşabilir, görüşümü açıklayıp savunabilirim.
cefr-spoken_interaction-C1 = Özel hayatta ve işte akıcı ve rahat konuşurum, nadiren kelime ararım.
cefr-spoken_interaction-C2 = Her konuşmaya kolayca katılabilir, anlamdaki ince farkları ifade edebilirim.
cefr-spoken_production-A1 = Nerede yaşadığımı basit cümlelerle söyleyebilir, tanıdığım insanları anlatabilirim.
cefr-spoken_production-A2 = Ailem, evim, eğitimim ve işim hakkında basitçe konuşabilirim.
cefr-spoken_production-B1 = Deneyimlerimi, planlarımı ve umutlarımı anlatabilir, görüşümü kısaca açıklayabilirim.
cefr-spoken_production-B2 = Birçok konu hakkında açık ve ayrıntılı konuşabilir, artıları ve eksileri açıklayabilirim.
cefr-spoken_production-C1 = Zor konuları ayrıntılı, düzenli ve iyi bir sonuçla anlatabilirim.
cefr-spoken_production-C2 = Her konuyu açık ve akıcı anlatabilirim. Dinleyenler önemli noktaları akılda tutar.
cefr-writing-A1 = Kısa bir kartpostal yazabilir, formlara adımı ve adresimi yazabilirim.
cefr-writing-A2 = Kısa notlar, mesajlar ve çok basit kişisel bir mektup yazabilirim.
cefr-writing-B1 = Tanıdık konularda basit metinler ve deneyimlerim hakkında kişisel mektuplar yazabilirim.
cefr-writing-B2 = Açık ve ayrıntılı metin, rapor ve mektup yazabilir, bir görüşü gerekçelendirebilirim.
cefr-writing-C1 = Zor konularda iyi düzenlenmiş metinler yazabilir ve doğru üslubu seçebilirim.
cefr-writing-C2 = Karmaşık mektupları, raporları ve özetleri açık, akıcı ve uygun bir üslupla yazarım.

## ISCED 2011 eğitim seviyeleri
isced-0 = İlkokuldan önceki erken eğitim, örneğin anaokulu veya kreş (Kita).
isced-1 = Okulun ilk yılları, örneğin ilkokul (Almanya'da Grundschule, 1. ile 4. sınıflar).
isced-2 = Okulun orta yılları, yaklaşık 15 veya 16 yaşına kadar. Almanya'da 5. ile 9. veya 10. sınıflar.
isced-3 = Örneğin 18 yaşına kadar lise (Abitur) veya meslek okulu ya da çıraklık eğitimi.
isced-4 = Liseden sonraki, ama henüz yükseköğretim olmayan eğitim. Örneğin Abitur'dan sonra meslek eğitimi veya yetişkinler için akşam okulu.
isced-5 = Okuldan sonra kısa, uygulamalı programlar, çoğu zaman yaklaşık 2 yıl. Örneğin önlisans diploması. Almanya'da nadirdir, örneğin Geprüfter Berufsspezialist.
isced-6 = Örneğin üniversitede lisans (Bachelor). Almanya'da ayrıca Meister, Techniker veya Fachwirt belgesi.
isced-7 = Örneğin yüksek lisans (Master) veya Diplom ya da Staatsexamen gibi uzun bir üniversite eğitimi.
isced-8 = Örneğin kendi araştırma çalışmasını içeren doktora (PhD).

## DigComp 2.2 dijital yetkinlikler
digcomp-1-1 = İnternette arama yapabilir, bilgi bulabilir ve sonuçları filtreleyebilirim.
digcomp-1-2 = İnternetteki bilgilerin ve kaynakların güvenilir olup olmadığını kontrol edebilirim.
digcomp-1-3 = Dosyalarımı ve bilgilerimi kaydedebilir, düzenleyebilir ve yeniden bulabilirim.
digcomp-2-1 = Başkalarıyla e-posta, mesajlaşma uygulamaları ve görüntülü aramayla iletişim kurabilirim.
digcomp-2-2 = Dosyaları, bilgileri ve içerikleri internette başkalarıyla paylaşabilirim.
digcomp-2-3 = Kamu hizmetlerini internetten kullanabilir, toplum hayatına internetten katılabilirim.
digcomp-2-4 = Dijital araçlarla başkalarıyla birlikte çalışabilirim, örneğin ortak belgelerde.
digcomp-2-5 = İnternette kibar ve saygılı davranmayı bilirim.
digcomp-2-6 = İnternetteki profillerimi yönetebilir ve internetteki itibarımı koruyabilirim.
digcomp-3-1 = Dijital içerik oluşturabilirim, örneğin metin, fotoğraf, video veya sunum.
digcomp-3-2 = Var olan dijital içerikleri değiştirebilir, iyileştirebilir ve birleştirebilirim.
digcomp-3-3 = İçerik kullanırken telif hakkı ve lisans kurallarını bilirim.
digcomp-3-4 = Bir bilgisayara adım adım talimat verebilirim, örneğin basit bir program yazabilirim.
digcomp-4-1 = Cihazlarımı koruyabilirim, örneğin şifreler, güncellemeler ve antivirüs programıyla.
digcomp-4-2 = Kişisel verilerimi ve mahremiyetimi internette koruyabilirim.
digcomp-4-3 = Teknolojiyi sağlıklı kullanırım. Kendimi siber zorbalık gibi risklerden koruyabilirim.
digcomp-4-4 = Dijital teknolojinin çevreyi nasıl etkilediğini bilirim ve onu dikkatli kullanırım.
digcomp-5-1 = Cihaz ve uygulamalardaki basit teknik sorunları bulup çözebilirim.
digcomp-5-2 = İhtiyacım için doğru dijital aracı veya uygulamayı seçebilirim.
digcomp-5-3 = Sorunları çözmek ve yeni şeyler yapmak için dijital araçları yaratıcı şekilde kullanabilirim.
digcomp-5-4 = Dijital becerilerde hâlâ neyi öğrenmem gerektiğini ve bunu nasıl öğreneceğimi bilirim.
