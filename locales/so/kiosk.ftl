# Kiyooska xirfadaha — qoraallada shaashadda ee kiyooska, af-Soomaali.
# Review: machine-drafted; not yet reviewed by a native speaker.
# Address: singular “adiga” (Somali has no separate polite “you”; the singular is normal and respectful towards everyone). Politeness is carried by “fadlan”; staff and advisors are named with neutral nouns (shaqaalaha, lataliye).
# Qaabka: jumlado gaagaaban oo fudud; erayo adag ma jiraan.

language-name = Soomaali
language-button = F2 Luqadda: { $name }
bilingual-button = F3 Laba luqadood

## Soo dhaweyn iyo bilow
welcome-title = Ku soo dhawoow kiyooska xirfadaha
welcome-text = Halkan waxaad ku qori kartaa waxaad taqaanno iyo waxaad qaban karto — iskuulka, shaqada, qoyska iyo nolosha. Dhammaadka waxaad heli doontaa soo koobid loogu talagalay lataliyahaaga.
welcome-choose = Fadlan dooro luqaddaada:
start-title = Sidee baad rabtaa inaad u bilowdo?
start-text = Ma markii ugu horreysay ayaad halkan timid, mise koodh aad ka heshay booqasho hore ayaad haysataa?
start-new = Cusub baan ahay — bilow
start-have-code = Koodh baan haystaa — sii wad

## Badhamada shaashado badan
button-back = ← Dib
button-next = Xiga →
button-section-done = Qaybtan dhammee ✓
button-finish = Maanta waa intaas
button-close = Xir

## Ogeysiiska xogta iyo oggolaanshaha
consent-title = Xogtaada iyo oggolaanshahaaga
consent-what = Waxaan kaydinaynaa jawaabahaaga su'aalaha, luqadda aad dooratay iyo taariikhda. Ma weydiinno magacaaga, cinwaankaaga ama waraaqahaaga.
consent-who = Adiga (koodhkaaga) iyo lataliyayaasha xafiiskan oo keliya ayaa arki kara jawaabahaaga. Cid kale ma siinno oggolaanshahaaga la'aantiis.
consent-how-long = Jawaabahaagu waxay ku jiraan kombiyuutarkan xafiiska. Wakhti kasta waxaad shaqaalaha ka codsan kartaa inay tirtiraan.
consent-rights = Khasab kuguma aha inaad oggolaato. Haddii aadan oggolaan, waxba lama kaydinayo, waxaadna la hadli kartaa lataliye.
consent-question = Ma oggoshahay inaan kaydinno jawaabahaaga?
consent-agree = Haa, waan oggolahay
consent-decline = Maya, mahadsanid

## Koodhka cusub ee qofka
code-title = Koodhkaaga gaarka ah
code-text = Kani waa koodhkaaga. Fadlan qoro ama sawir ka qaad:
code-keep = Koodhkan waxaad ku sii wadan kartaa maalin kale. Si fiican u ilaali, hana tusin dad aadan aqoon.
code-noted = Waan qortay — sii wad

## Qorista koodhka
entry-title = Ku sii wad koodhkaaga
entry-text = Fadlan qor koodhkaaga. Wuxuu u eg yahay sidan: K7M-4QX-9TP-H2C. Xarfo yaryar iyo xariijimo maqan dhib ma leh.
entry-field = Koodhkaaga
entry-submit = Sii wad
entry-error-length = Koodhku wuxuu leeyahay 12 xaraf iyo lambar. Fadlan hubi.
entry-error-foreign = “{ $char }” marnaba kuma jiro koodhadhka. Fadlan hubi xarafkan.
entry-error-mistyped = Koodhkan khalad qoraal ah ayaa ku jira. Fadlan xaraf xaraf u hubi.
entry-error-unknown = Koodhkan ma aanu helin. Fadlan hubi, ama weydii shaqaalaha.
entry-error-wait = Koodh khaldan ayaa marar badan la qoray. Fadlan sug { $seconds ->
        [one] hal ilbiriqsi
       *[other] { $seconds } ilbiriqsi
    } kadibna mar kale isku day.
entry-error-storage = Jawaabahaaga hadda lama furi karo. Fadlan weydii shaqaalaha.

## Liiska su'aalaha
sections-title = Liiska su'aalaha
sections-text = Dooro qayb. Qaybaha waxaad u samayn kartaa habka aad rabto, wakhti kasta waad joojin kartaa, mar dambena waad sii wadan kartaa.
section-row = { $title } ({ $answered } ka mid ah { $total })
sections-summary = Eeg soo koobidda
question-number = Su'aal { $number } ka mid ah { $count }
answer-dont-know = Ma aqaan
answer-prefer-not = Ma rabo inaan sheego
field-short = Jawaabtaada
field-long = Jawaabtaada (Enter wuxuu bilaabaa sadar cusub)

## Soo koobid iyo nabadgelyo
summary-title = Soo koobiddaada
summary-text = Halkan waxaa ku jira dhammaan wixii aad ilaa hadda ka jawaabtay. Dib ayaad u noqon kartaa oo jawaab kasta waad beddeli kartaa.
summary-empty = Weli ma aadan ka jawaabin wax su'aal ah.
summary-back = ← Ku noqo liiska
goodbye-title = Mahadsanid!
goodbye-text = Jawaabahaaga waa la kaydiyey. Koodhkaagu waa:
goodbye-text-unsaved = Jawaabaha qaarkood weli lama kaydin. Fadlan u sheeg shaqaalaha intaadan bixin. Koodhkaagu waa:
goodbye-code-hint = Koodhkan u keen lataliyahaaga, ama halkan ku isticmaal si aad u sii wadato.
goodbye-done = Dhammaad — xir

## Daaqadaha yaryar
languages-title = Dooro luqad
idle-title = Weli ma joogtaa?
idle-text = Muddo qofna ma taaban shaashadda. { $seconds ->
        [one] Hal ilbiriqsi
       *[other] { $seconds } ilbiriqsi
    } kadib kiyoosku wuxuu ku noqonayaa bilowga.
idle-privacy = Jawaabahaaga waa la kaydiyey. Waxba kuma harayaan shaashadda.
idle-stay = Haa, weli waan joogaa

## Xaaladda
too-small = Fadlan daaqadda weynee (ugu yaraan { $width } × { $height }).
progress-label = { $answered } ka mid ah { $total } la jawaabay
save-saving = Kaydin
save-saved = ✓ Kaydsan
save-failed = ⚠ Lama kaydin — waa la isku dayayaa
notice-field-full = Meeshan waxay qaadaa ugu badnaan { $count } xaraf.
notice-paste-shortened = Qoraalku aad buu u dheeraa. { $count } xaraf ee ugu horreeya oo keliya ayaa la hayay.
notice-start-failed = Hadda ma bilaabi karno. Fadlan weydii shaqaalaha.
notice-session-closed = Xafiisku wuu xiray booqashadan. Halkan wax dambe lama kaydinayo. Haddii aad su'aal qabto, fadlan weydii shaqaalaha.
notice-changed-elsewhere = Jawaabtan waxaa hadda uun laga beddelay shaashad kale. Waxa aad hadda aragto waa sida ay u kaydsan tahay.
notice-entries-full = Halkan waxaad ku dari kartaa ugu badnaan { $count } qodob.

## Sadarka caawinta
help-choose = ↑↓ dooro
help-toggle = Enter calaamadee
help-confirm = Enter xaqiiji
help-back = Esc dib
help-language = F2 luqadda
help-scroll = PgUp/PgDn kor-hoos
help-type = qor
help-next-field = Tab xiga
help-newline = Enter sadar cusub

## Fariimaha marka kiyoosku bilaabmi waayo (loogu talagalay qofka IT-ga ee xafiiska)
error-config = Faylka dejinta lama isticmaali karo:
error-unknown-language = Luqadda “{ $lang }” lama heli karo. Kuwa la heli karo: { $known }.
error-catalog = Faylasha liiska su'aalaha lama isticmaali karo:
error-db-cannot-open = Kaydka xogta (database) lama furi karo. Hubi jidka (path) iyo oggolaanshaha.
error-db-corrupt = Faylka kaydka xogta wuu xumaaday. Waxba lagama beddelin; soo celi nuqul kayd ah (backup) ama weydii IT-ga.
error-db-locked = Kaydka xogta waxaa isticmaalaya barnaamij kale. Mar kale isku day wax yar kadib.
error-db-full = Diskigu waa buuxaa. Meel bannee si jawaabaha loo kaydin karo.
error-db-readonly = Kaydka xogta wax laguma qori karo (akhris-keliya). Hubi nidaamka faylasha iyo oggolaanshaha.
error-db-other = Kaydka xogta wuxuu soo sheegay dhibaato.
error-db-not-private = Faylka kaydka xogta waxaa akhrin kara isticmaaleyaal kale. Ka dhig mid gaar ah (chmod 600) oo dib u bilow.
error-db-missing = Ma jiro kayd xog ah oo jidkan ku yaal. Hubi jidka (--db ama KIOSK_DB).
error-db-will-not-create = Kaydka xogta ma jiro. Kiyoosku iskiis uma sameeyo kayd xog ah oo madhan: soo celi nuqulka kaydka ah (backup), ama weydii IT-ga.
error-db-gone = Faylka kaydka xogta waa la saaray ama fayl kale ayaa lagu beddelay intii kiyoosku shaqaynayey. Wax dambe lama kaydinayo. Faylka meeshiisii ku celi, ama soo celi nuqul kayd ah.
fault-title = Kiyoosku hadda ma shaqayn karo
fault-tell-staff = Fadlan u sheeg shaqaalaha. Jawaabihii booqashooyinkii hore waa ammaan.
fault-retrying = Kiyoosku dhowr ilbiriqsi kasta mar kale ayuu isku dayaa.
fault-restart = Intaas kadib, dib u bilow kiyooska.

## Qaybaha soo noqnoqda (shaqooyin, iskuullo, luqado, marxaladaha nolosha)
entry-untitled = (weli magac ma laha)
entry-edit = Beddel jawaabaha
entry-up = Liiska kor ugu qaad
entry-down = Liiska hoos ugu dhig
entry-remove = Ka saar liiska
entry-remove-confirm = Runtii ma saaraysaa? Mar kale riix
button-entry-done = Kan waa dhammaaday ✓

## Noocyada jawaabaha
field-year = Sannad
field-search = Qor oo raadi
occupation-own-words = Isticmaal erayadayda: “{ $words }”
cefr-none = Weli ma awoodo
scale-legend = A = waan qaban karaa haddii la i caawiyo · B = keligay ayaan qaban karaa meel aan aqaan · C = waan qaban karaa xaalado cusub, dadka kalena waan tusi karaa
notice-year = Fadlan qor sannad ka kooban afar lambar, tusaale ahaan 2015.
help-search = qor oo raadi · ↓ dooro
help-rate = Enter ama ←→ A/B/C

## Soo koobid
summary-competences = Awoodahayga (A = 1, B = 2, C = 3)
summary-group-professional = Xirfad
summary-group-methodical = Habab
summary-group-social = Bulsho
summary-group-personal = Shakhsi
summary-group-digital = Dijitaal
summary-rated = { $count ->
        [one] hal la qiimeeyey
       *[other] { $count } la qiimeeyey
    }
summary-languages = Luqadahayga
summary-mother-tongue = afka hooyo
skill-listening = Dhegaysi
skill-reading = Akhris
skill-spoken_interaction = Wada hadal
skill-spoken_production = Hadal
skill-writing = Qoraal
summary-bring = U keen lataliyahaaga
summary-timeline = Noloshayda oo kooban
rating-advisor = lataliye: { $level }

## Linkiga taleefanka ee dhammaadka, iyo bogga portfolio-ga ee taleefanka
qr-scan = Afargeeskan ku iskaan garee kamaradda taleefankaaga, si aad soo koobiddaada ugu aragto taleefankaaga.
qr-too-small = Daaqaddu aad bay ugu yar tahay koodhka taleefanka. Cinwaankan waxaad ku qori kartaa taleefankaaga:
qr-no-link = Hadda lama samayn karo link taleefan. Jawaabahaagu waa kaydsan yihiin; weydii shaqaalaha.
qr-valid-until = Linkigu wuu shaqaynayaa ilaa { $date }.
page-title = Portfolio-ga xirfadaha
page-self-assessment = Is-qiimayn: kuwani waa jawaabaha qofka laftiisa. Lataliye weli ma hubin.
page-reviewed = Waxaa lala hubiyey lataliye { $name } taariikhda { $date }.
page-made = La sameeyey { $date }.
page-answers = Dhammaan jawaabaha
page-authority = Yaa go'aamiya:
page-legal-basis = Saldhigga sharciga:
page-advisor-rating = Lataliye
page-self-rating = Is-qiimayn
page-json = Portfolio-gan oo xog ah (JSON, loogu talagalay xafiisyada)
page-not-found = Linkigan ma shaqaynayo. Waxaa laga yaabaa in si khaldan loo qoray, uu aad u duugoobay ama la joojiyey. Fadlan xafiiska ka codso mid cusub.

## Habka lataliyaha (shaqaalaha oo keliya; waxaa lagu furaa fure aan booqdayaasha loo sheegin)
adv-login-title = Lataliye: soo gal
adv-login-text = Dooro magacaaga oo qor PIN-kaaga.
adv-no-advisors = Weli ma jiro akoon lataliye. IT-gu wuxuu ku dari karaa mid: kiosk advisor add NAME
adv-choose-name = Fadlan marka hore dooro magacaaga.
adv-pin = PIN
adv-log-in = Soo gal
adv-wrong-pin = PIN-kani sax ma aha. Fadlan mar kale isku day.
adv-locked = PIN khaldan ayaa marar badan la qoray. Gelitaanku wakhti ayuu xiran yahay; tan waa la diiwaangeliyey.
adv-home-title = Raadi qof
adv-logged-in = Waxaad ku soo gashay: { $name }.
adv-home-text = Qor koodhka qofka, ama dooro mid ka mid ah booqashooyinkii ugu dambeeyey.
adv-code = Koodhka qofka
adv-open = Fur
adv-audit = Diiwaanka
adv-quit = Xir barnaamijka
adv-log-out = Ka bax
adv-client-title = Qofka { $code }
adv-not-reviewed = Is-qiimayn, weli lama hubin.
adv-live-links = { $count ->
        [one] hal link taleefan ayaa shaqeeya
       *[other] { $count } link taleefan ayaa shaqeeya
    }
adv-review = Jawaabaha eeg oo beddel
adv-ratings = Awoodaha: qofka iyo lataliyaha
adv-notes = Qoraallo iyo tallaabooyinka xiga
adv-documents = Waraaqaha: la arkay ama la hubiyey
adv-mark-reviewed = Calaamadee: maanta aan hubiyey
adv-links = Linkiyada taleefanka: tus, cusub, jooji
adv-export = U soo saar faylka kiiska (HTML iyo JSON)
adv-erase = Tirtir qofkan markii la codsado
adv-back-to-list = Raadi qof kale
adv-reviewed-done = Waxaa lagu calaamadeeyey “la hubiyey”. Portfolio-ga hadda sidaas ayuu sheegayaa.
adv-ratings-text = Riix Enter awood dusheeda si aad u dejiso qiimayntaada: midna, A, B, C.
adv-rating-row = qofka { $client } · lataliye { $advisor }
adv-notes-text = Qoraalladu waa gudaha xafiiska oo keliya, ilaa aad u calaamadeyso portfolio-ga.
adv-note-text = Qoraalkaaga ku saabsan qaybtan liiska su'aalaha.
adv-note = Qoraal
adv-note-public = Qoraalkan ku tus portfolio-ga
adv-note-in-portfolio = portfolio-ga ku jira
adv-note-internal = gudaha oo keliya
adv-plan-title = Qorshaha tallaabooyinka xiga
adv-plan-text = Sadar kasta hal tallaabo, mid walbana taariikh ka hor, tusaale: 2026-12-01 Codso aqoonsiga (Anerkennung)
adv-save = Kaydi
adv-documents-text = Riix Enter si aad waraaq ugu calaamadeyso “la arkay”, kadibna “la hubiyey”.
adv-no-documents = Ilaa hadda waraaq looma baahna.
adv-doc-not-seen = lama arag
adv-doc-seen = la arkay
adv-doc-verified = la hubiyey
adv-links-title = Linkiyada taleefanka
adv-links-text = Riix Enter link dushiisa si aad u joojiso. Linkiyada la joojiyey waxay tusaan bogga “ma shaqaynayo”.
adv-no-links = Qofkan weli link taleefan looma samayn.
adv-link-live = wuu shaqeeyaa
adv-link-expired = wuu dhacay
adv-link-revoked = la joojiyey
adv-new-link = Koodh QR cusub
adv-revoke-all = Jooji dhammaan
adv-exported = Waa la soo saaray. Faylasha waxay ku qoran yihiin kor.
adv-erase-title = Tirtir qofkan
adv-erase-text = Dhammaan jawaabaha iyo linkiyada taleefanka ee qofkan si buuxda ayaa loo tirtirayaa. Waxa keliya ee la hayo waa in tirtirid dhacday. Si aad u xaqiijiso, qor koodhka qofka.
adv-erase-confirm = Tirtir gebi ahaanba
adv-erase-mismatch = Kani ma aha koodhka qofka hadda furan.
adv-erased = Xogta qofka waa la tirtiray.
adv-audit-title = Diiwaanka
adv-audit-text = Halkan waxaa ku qoran cidda, waxa la sameeyey iyo koodhka qofka — kuwa ugu cusub ayaa kor ah. Jawaabaha marnaba lama qoro.
adv-storage-failed = Kaydka xogta ma jawaabin. Fadlan mar kale isku day.

## Bogga portfolio-ga: qaybta lataliyaha
page-advisor-notes = Qoraallada lataliyaha
page-plan = Tallaabooyinka xiga ee lala heshiiyey lataliyaha
page-documents-checked = Waraaqaha la tusay lataliyaha
