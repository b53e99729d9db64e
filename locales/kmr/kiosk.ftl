# Kioska jêhatîbûnan — nivîsên rûkara kioskê bi kurmancî (tîpên latînî, alfabeya Hawar).
# Review: machine-drafted; not yet reviewed by a native speaker.
# Address: polite plural “hûn” (not “tu”), respectful as in an advice office. Staff and advisors are named in the plural (karmendan, şêwirmendan) so no masculine/feminine ezafe is needed.
# Şêwaz: hevokên kurt û sade; bê peyvên dijwar.

language-name = Kurmancî
language-button = F2 Ziman: { $name }
bilingual-button = F3 Du ziman

## Bixêrhatin û destpêk
welcome-title = Bi xêr hatin kioska jêhatîbûnan
welcome-text = Li vir hûn dikarin binivîsin ka hûn çi dizanin û çi dikarin bikin — ji dibistanê, ji kar, ji malbatê û ji jiyanê. Di dawiyê de hûn ê kurteyekê bistînin, da ku nîşanî şêwirmendan bidin.
welcome-choose = Ji kerema xwe zimanê xwe hilbijêrin:
start-title = Hûn dixwazin çawa dest pê bikin?
start-text = Ev cara we ya yekem e li vir, an ji serdaneke berê koda we heye?
start-new = Ez nû me — destpêk
start-have-code = Koda min heye — bidomînim

## Bişkokên li ser gelek ekranan
button-back = ← Paşve
button-next = Pêşve →
button-section-done = Ev beş qediya ✓
button-finish = Ji bo îro bes e
button-close = Bigirin

## Agahiya li ser daneyan û razîbûn
consent-title = Daneyên we û razîbûna we
consent-what = Em bersivên we yên li ser pirsan, zimanê ku we hilbijart û dîrokê tomar dikin. Em navê we, navnîşana we û belgeyên we ji we naxwazin.
consent-who = Tenê hûn (bi koda xwe) û şêwirmendên vê nivîsgehê dikarin bersivên we bibînin. Em wan bêyî razîbûna we nadin tu kesî din.
consent-how-long = Bersivên we li ser vê komputerê, li vê nivîsgehê dimînin. Hûn dikarin her gav ji karmendan bixwazin ku wan jê bibin.
consent-rights = Hûn ne mecbûr in ku razî bibin. Heke hûn razî nebin, tiştek nayê tomarkirin û hûn dikarin li şûna vê bi şêwirmendan re biaxivin.
consent-question = Hûn razî ne ku em bersivên we tomar bikin?
consent-agree = Erê, ez razî me
consent-decline = Na, spas

## Koda nû ya kesane
code-title = Koda we ya kesane
code-text = Ev koda we ye. Ji kerema xwe wê binivîsin an wêneyê wê bikişînin:
code-keep = Bi vê kodê hûn dikarin rojeke din bidomînin. Wê baş biparêzin û nîşanî kesên nenas nedin.
code-noted = Min nivîsand — bidomînim

## Nivîsandina kodê
entry-title = Bi koda xwe bidomînin
entry-text = Ji kerema xwe koda xwe binivîsin. Ew wiha xuya dike: K7M-4QX-9TP-H2C. Tîpên biçûk û xêzikên kêm ne pirsgirêk in.
entry-field = Koda we
entry-submit = Bidomînin
entry-error-length = Kodek ji 12 tîp û reqeman pêk tê. Ji kerema xwe wê kontrol bikin.
entry-error-foreign = Di kodan de qet “{ $char }” tune ye. Ji kerema xwe vê tîpê kontrol bikin.
entry-error-mistyped = Di vê kodê de şaşiyeke nivîsandinê heye. Ji kerema xwe tîp bi tîp kontrol bikin.
entry-error-unknown = Me ev kod nedît. Ji kerema xwe wê kontrol bikin, an ji karmendan bipirsin.
entry-error-wait = Gelek kodên şaş hatin nivîsandin. Ji kerema xwe piştî { $seconds ->
        [one] çirkeyekê
       *[other] { $seconds } çirkeyan
    } dîsa biceribînin.
entry-error-storage = Niha bersivên we nayên vekirin. Ji kerema xwe ji karmendan bipirsin.

## Lîsteya pirsan
sections-title = Lîsteya pirsan
sections-text = Beşekê hilbijêrin. Hûn dikarin beşan bi rêza ku hûn dixwazin bikin, kengê bixwazin rawestin û paşê bidomînin.
section-row = { $title } ({ $answered } ji { $total })
sections-summary = Kurteyê bibînim
question-number = Pirs { $number } ji { $count }
answer-dont-know = Nizanim
answer-prefer-not = Naxwazim bibêjim
field-short = Bersiva we
field-long = Bersiva we (Enter rêzeke nû vedike)

## Kurte û xatirxwestin
summary-title = Kurteya we
summary-text = Li vir hemû bersivên we yên heta niha hene. Hûn dikarin vegerin û her bersivekê biguherînin.
summary-empty = We hîn bersiva tu pirsê nedaye.
summary-back = ← Vegerin lîsteyê
goodbye-title = Spas!
goodbye-text = Bersivên we hatin tomarkirin. Koda we ev e:
goodbye-text-unsaved = Hin bersiv hîn nehatine tomarkirin. Ji kerema xwe berî ku hûn herin, ji karmendan re bibêjin. Koda we ev e:
goodbye-code-hint = Vê kodê bînin cem şêwirmendan, an li vir pê bidomînin.
goodbye-done = Qediya — bigirin

## Pencereyên biçûk
languages-title = Zimanekî hilbijêrin
idle-title = Hûn hîn li vir in?
idle-text = Demek e ku kesî dest nedaye ekranê. Piştî { $seconds ->
        [one] çirkeyekê
       *[other] { $seconds } çirkeyan
    } kiosk vedigere destpêkê.
idle-privacy = Bersivên we hatin tomarkirin. Tiştek li ser ekranê namîne.
idle-stay = Erê, ez hîn li vir im

## Rewş
too-small = Ji kerema xwe pencereyê mezintir bikin (herî kêm { $width } × { $height }).
progress-label = { $answered } ji { $total } bersivandî
save-saving = Tomar dibe
save-saved = ✓ Tomar bû
save-failed = ⚠ Hîn tomar nebû — dîsa tê ceribandin
notice-field-full = Ev qad herî zêde { $count } tîpan digire.
notice-paste-shortened = Nivîs pir dirêj bû. Tenê { $count } tîpên pêşîn hatin hiştin.
notice-start-failed = Niha nebû ku em dest pê bikin. Ji kerema xwe ji karmendan bipirsin.
notice-session-closed = Nivîsgehê ev serdan bi dawî anî. Êdî li vir tiştek nayê tomarkirin. Heke pirsên we hebin, ji kerema xwe ji karmendan bipirsin.
notice-changed-elsewhere = Ev bersiv hema niha li ser ekraneke din hat guhertin. Tiştê ku hûn niha dibînin, bersiva tomarkirî ye.
notice-entries-full = Li vir cih ji bo herî zêde { $count } qeydan heye.

## Rêza alîkariyê
help-choose = ↑↓ hilbijêrin
help-toggle = Enter nîşan
help-confirm = Enter pejirandin
help-back = Esc paşve
help-language = F2 ziman
help-scroll = PgUp/PgDn gerandin
help-type = binivîsin
help-next-field = Tab pêşve
help-newline = Enter rêza nû

## Peyam dema ku kiosk dest pê nake (ji bo karmendên IT yên nivîsgehê)
error-config = Pelê mîhengan nayê bikaranîn:
error-unknown-language = Zimanê “{ $lang }” tune ye. Yên heyî: { $known }.
error-catalog = Pelên lîsteya pirsan nayên bikaranîn:
error-db-cannot-open = Danegeh nayê vekirin. Rêya pelê û destûrên wê kontrol bikin.
error-db-corrupt = Pelê danegehê xera bûye. Ti guhertin lê nehat kirin; paşkopiyekê (backup) vegerînin an ji IT bipirsin.
error-db-locked = Danegeh ji aliyê bernameyeke din ve tê bikaranîn. Piştî kêliyekê dîsa biceribînin.
error-db-full = Dîsk tije ye. Hinek cih vala bikin da ku bersiv werin tomarkirin.
error-db-readonly = Li danegehê nayê nivîsandin (tenê xwendin). Pergala pelan û destûran kontrol bikin.
error-db-other = Danegehê pirsgirêkek ragihand.
error-db-not-private = Bikarhênerên din dikarin pelê danegehê bixwînin. Wî taybet bikin (chmod 600) û ji nû ve dest pê bikin.
error-db-missing = Li ser vê rêyê danegeh tune ye. Rêyê kontrol bikin (--db an KIOSK_DB).
error-db-will-not-create = Danegeh tune ye. Kiosk bi serê xwe danegeheke vala çênake: paşkopiyê vegerînin an ji IT bipirsin.
error-db-gone = Dema ku kiosk dixebitî, pelê danegehê hat jêbirin an bi pelekî din hat guhertin. Êdî tiştek nayê tomarkirin. Pelê dîsa deynin cihê wî an paşkopiyekê vegerînin.
fault-title = Kiosk niha nikare bixebite
fault-tell-staff = Ji kerema xwe ji karmendan re bibêjin. Bersivên serdanên berê ewle ne.
fault-retrying = Kiosk her çend çirkeyan carekê dîsa diceribîne.
fault-restart = Piştî vê yekê kioskê ji nû ve bidin destpêkirin.

## Beşên dubare (kar, dibistan, ziman, qonaxên jiyanê)
entry-untitled = (hîn bê nav)
entry-edit = Bersivan biguherînin
entry-up = Di lîsteyê de bibin jor
entry-down = Di lîsteyê de bibin jêr
entry-remove = Ji lîsteyê derxînin
entry-remove-confirm = Bi rastî derxînin? Dîsa pêl bikin
button-entry-done = Ev yek qediya ✓

## Cureyên bersivan
field-year = Sal
field-search = Binivîsin û bigerin
occupation-own-words = Bila gotinên min bimînin: “{ $words }”
cefr-none = Hîn ji destê min nayê
scale-legend = A = bi alîkariyê dikarim · B = li cihekî nas bi serê xwe dikarim · C = di rewşên nû de jî dikarim û dikarim nîşanî kesên din bidim
notice-year = Ji kerema xwe salê bi çar reqeman binivîsin, wek mînak 2015.
help-search = binivîsin û bigerin · ↓ hilbijêrin
help-rate = Enter an ←→ A/B/C

## Kurte
summary-competences = Şiyanên min (A = 1, B = 2, C = 3)
summary-group-professional = Pîşeyî
summary-group-methodical = Rêbaz
summary-group-social = Civakî
summary-group-personal = Kesane
summary-group-digital = Dîjîtal
summary-rated = { $count ->
        [one] yek nirxandî
       *[other] { $count } nirxandî
    }
summary-languages = Zimanên min
summary-mother-tongue = zimanê dayikê
skill-listening = Guhdarî
skill-reading = Xwendin
skill-spoken_interaction = Axaftin bi hev re
skill-spoken_production = Axaftin
skill-writing = Nivîsandin
summary-bring = Bînin cem şêwirmendan
summary-timeline = Jiyana min bi kurtî
rating-advisor = şêwirmend: { $level }

## Girêdana ji bo telefonê di dawiyê de, û rûpela portfolyoyê li ser telefonê
qr-scan = Vê çargoşeyê bi kameraya telefona xwe bixwînin, da ku kurteya xwe li ser telefonê bibînin.
qr-too-small = Pencere ji bo koda telefonê pir biçûk e. Hûn dikarin vê navnîşanê li ser telefona xwe binivîsin:
qr-no-link = Niha girêdaneke ji bo telefonê nehat çêkirin. Bersivên we tomarkirî ne; ji karmendan bipirsin.
qr-valid-until = Ev girêdan heta { $date } dixebite.
page-title = Portfolyoya jêhatîbûnan
page-self-assessment = Nirxandina xwe: ev bersivên kesê bi xwe ne. Şêwirmendan hîn ew kontrol nekirine.
page-reviewed = Di { $date } de bi { $name } (şêwirmend) re hat kontrolkirin.
page-made = Di { $date } de hat çêkirin.
page-answers = Hemû bersiv
page-authority = Kî biryarê dide:
page-legal-basis = Bingeha qanûnî:
page-advisor-rating = Şêwirmend
page-self-rating = Nirxandina xwe
page-json = Ev portfolyo wek dane (JSON, ji bo daireyan)
page-not-found = Ev girêdan naxebite. Dibe ku şaş hatibe nivîsandin, pir kevn be an hatibe betalkirin. Ji kerema xwe ji nivîsgehê girêdaneke nû bixwazin.

## Moda şêwirmendan (tenê ji bo karmendan; bi bişkokeke ku ji bikarhênerên kioskê re nayê gotin vedibe)
adv-login-title = Têketina şêwirmendan
adv-login-text = Navê xwe hilbijêrin û PIN binivîsin.
adv-no-advisors = Hîn tu hesabê şêwirmendan tune ye. IT dikare bi vê fermanê yekî çêke: kiosk advisor add NAME
adv-choose-name = Ji kerema xwe pêşî navê xwe hilbijêrin.
adv-pin = PIN
adv-log-in = Têkevin
adv-wrong-pin = Ev PIN ne rast e. Ji kerema xwe dîsa biceribînin.
adv-locked = Gelek caran PIN şaş hat nivîsandin. Têketin ji bo demekê hat girtin; ev hat tomarkirin.
adv-home-title = Li kesekî bigerin
adv-logged-in = Hûn bi navê { $name } ketine hundir.
adv-home-text = Koda kesê binivîsin, an yek ji serdanên dawî hilbijêrin.
adv-code = Koda kesê
adv-open = Vekin
adv-audit = Qeyda çalakiyan
adv-quit = Bernameyê bigirin
adv-log-out = Derkevin
adv-client-title = Kes { $code }
adv-not-reviewed = Nirxandina xwe, hîn nehatiye kontrolkirin.
adv-live-links = { $count ->
        [one] girêdaneke telefonê dixebite
       *[other] { $count } girêdanên telefonê dixebitin
    }
adv-review = Bersivan bixwînin û biguherînin
adv-ratings = Şiyan: kes û şêwirmend
adv-notes = Têbînî û gavên piştre
adv-documents = Belge: hatine dîtin an kontrolkirin
adv-mark-reviewed = Nîşan bikin: min îro kontrol kir
adv-links = Girêdanên telefonê: nîşandan, nû, betalkirin
adv-export = Ji bo dosyaya nivîsgehê derxînin (HTML û JSON)
adv-erase = Daneyên vî kesî li ser daxwazê jê bibin
adv-back-to-list = Li kesekî din bigerin
adv-reviewed-done = Wek kontrolkirî hat nîşankirin. Portfolyo niha vê nîşan dide.
adv-ratings-text = Li ser şiyanekê Enter bikin, da ku nirxandina xwe bidin: tune, A, B, C.
adv-rating-row = kes { $client } · şêwirmend { $advisor }
adv-notes-text = Têbînî navxweyî ne, heke hûn wan ji bo portfolyoyê nîşan nekin.
adv-note-text = Têbîniya we li ser vê beşa lîsteya kontrolê.
adv-note = Têbînî
adv-note-public = Vê têbîniyê di portfolyoyê de nîşan bidin
adv-note-in-portfolio = di portfolyoyê de
adv-note-internal = navxweyî
adv-plan-title = Plana gavên piştre
adv-plan-text = Di her rêzê de gavek, her car pêşî dîrokek, wek mînak: 2026-12-01 Ji bo pejirandina bawernameyê serlêdan bikin
adv-save = Tomar bikin
adv-documents-text = Enter bikin da ku belgeyekê pêşî wek dîtî, paşê wek kontrolkirî nîşan bikin.
adv-no-documents = Heta niha tu belge ne pêwîst in.
adv-doc-not-seen = nehatiye dîtin
adv-doc-seen = hatiye dîtin
adv-doc-verified = hatiye kontrolkirin
adv-links-title = Girêdanên telefonê
adv-links-text = Li ser girêdanekê Enter bikin da ku wê betal bikin. Girêdanên betalkirî rûpela “Ev girêdan naxebite” nîşan didin.
adv-no-links = Hîn tu girêdanên telefonê yên vî kesî tune ne.
adv-link-live = dixebite
adv-link-expired = dema wê derbas bûye
adv-link-revoked = betalkirî
adv-new-link = Koda QR ya nû
adv-revoke-all = Hemûyan betal bikin
adv-exported = Hat derxistin. Pel li jor hatine nivîsandin.
adv-erase-title = Daneyên vî kesî jê bibin
adv-erase-text = Hemû bersivên vî kesî û hemû girêdanên telefonê yên vî kesî dê bi carekê werin jêbirin. Tenê ev tişt tê hiştin ku jêbirinek çêbûye. Ji bo pejirandinê koda kesê binivîsin.
adv-erase-confirm = Bi carekê jê bibin
adv-erase-mismatch = Ev ne koda kesê ye ku niha vekirî ye.
adv-erased = Daneyên kesê hatin jêbirin.
adv-audit-title = Qeyda çalakiyan
adv-audit-text = Kê bi kîjan kodê çi kir, yên herî nû pêşî. Bersiv qet nayên tomarkirin.
adv-storage-failed = Danegehê bersiv neda. Ji kerema xwe dîsa biceribînin.

## Rûpela portfolyoyê: beşa şêwirmendan
page-advisor-notes = Têbîniyên şêwirmendan
page-plan = Gavên piştre yên ku bi şêwirmendan re li hev hatin kirin
page-documents-checked = Belgeyên ku şêwirmendan dîtine
