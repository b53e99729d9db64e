# ኪዮስክ ክእለታት — ጽሑፋት ናይ ኪዮስክ ብትግርኛ (ከም ኣብ ኤርትራ ዝጥቀሙሉ).
# Review: machine-drafted; not yet reviewed by a native speaker.
# Address: polite plural "ንስኹም" (ምረጹ፣ ጽሓፉ፣ ትኽእሉ ኢኹም) — respectful, as in a counselling office, and it avoids the gendered singular forms ንስኻ/ንስኺ.
# ኣገባብ: ሓጸርቲ ቀለልቲ ሓረጋት፣ ልሙዳት ቃላት። Titles and buttons are kept short: Ethiopic glyphs render wider than a terminal cell.

language-name = ትግርኛ
language-button = F2 ቋንቋ: { $name }
bilingual-button = F3 ክልተ ቋንቋ

## ሰላምታን ምጅማርን
welcome-title = እንቋዕ ብደሓን መጻእኩም
welcome-text = ኣብዚ ኪዮስክ፣ ዝፈልጥዎን ክትገብርዎ እትኽእሉን ክትጽሕፉ ትኽእሉ ኢኹም — ካብ ቤት ትምህርቲ፣ ስራሕ፣ ስድራቤትን ህይወትን። ኣብ መወዳእታ ንኣማኻሪኹም ዝኸውን ጽማቚ ትረኽቡ።
welcome-choose = በጃኹም ቋንቋኹም ምረጹ፦
start-title = ከመይ ክትጅምሩ ትደልዩ?
start-text = ንመጀመርታ ግዜ ዲኹም መጺእኩም፣ ወይስ ካብ ዝሓለፈ ምብጻሕ ኮድ ኣለኩም?
start-new = ሓድሽ እየ — ክጅምር
start-have-code = ኮድ ኣለኒ — ክቕጽል

## ኣብ ብዙሓት ገጻት ዝርከቡ መጠወቒታት
button-back = ← ንድሕሪት
button-next = ቀጻሊ →
button-section-done = ነዚ ክፋል ወድኡ ✓
button-finish = ንሎሚ ይኣክል
button-close = ዕጸዉ

## ምሕላው ሓበሬታን ፍቓድን
consent-title = ሓበሬታኹምን ፍቓድኩምን
consent-what = ንሕቶታት እትህብዎ መልስታት፣ ዝመረጽኩምዎ ቋንቋን ዕለትን ንዕቅብ። ስምኩም፣ ኣድራሻኹም ወይ ሰነዳትኩም ኣይንሓትትን።
consent-who = መልስታትኩም ክርእዩ ዝኽእሉ፣ ንስኹም (ብኮድኩም) ከምኡ'ውን ኣማኸርቲ እዚ ቤት ጽሕፈት ጥራይ እዮም። ብዘይ ፍቓድኩም ንካልእ ሰብ ኣይንህቦን።
consent-how-long = መልስታትኩም ኣብዚ ኣብ ቤት ጽሕፈት ዘሎ ኮምፒተር ይጸንሑ። ኣብ ዝኾነ ግዜ ሰራሕተኛታት ክድምስስዎም ክትሓቱ ትኽእሉ ኢኹም።
consent-rights = ክትሰማምዑ ግዴታ የብልኩምን። እንተ ዘይተሰማማዕኩም ዋላ ሓንቲ ኣይዕቀብን፣ ኣብ ክንድኡ ድማ ምስ ኣማኻሪ ክትዘራረቡ ትኽእሉ ኢኹም።
consent-question = መልስታትኩም ክንዕቅብ ትሰማምዑ ዶ?
consent-agree = እወ፣ እሰማማዕ
consent-decline = ኣይፋል፣ የቐንየለይ

## ሓድሽ ኮድ
code-title = ናይ ውልቅኹም ኮድ
code-text = እዚ ኮድኩም እዩ። በጃኹም ጽሓፍዎ ወይ ስእሊ ኣልዕሉሉ፦
code-keep = በዚ ኮድ ኣብ ካልእ መዓልቲ ክትቕጽሉ ትኽእሉ ኢኹም። ብጥንቃቐ ሓልውዎ፣ ንዘይትፈልጥዎም ሰባት ድማ ኣይተርእይዎ።
code-noted = ጽሒፈዮ — ክቕጽል

## ኮድ ምእታው
entry-title = ብኮድኩም ቀጽሉ
entry-text = በጃኹም ኮድኩም ጽሓፉ። ከምዚ ዝስዕብ እዩ ዝመስል፦ K7M-4QX-9TP-H2C። ንኣሽቱ ፊደላት ወይ ዘይተጻሕፈ ሰረዝ (-) ጸገም የብሉን።
entry-field = ኮድኩም
entry-submit = ቀጽሉ
entry-error-length = ኮድ 12 ፊደላትን ቁጽርታትን ኣለዎ። በጃኹም ደጊምኩም ርኣይዎ።
entry-error-foreign = ኣብ ኮድ «{ $char }» ፈጺሙ የለን። በጃኹም ነዚ ፊደል ርኣይዎ።
entry-error-mistyped = ኣብዚ ኮድ ጌጋ ኣጸሓሕፋ ኣሎ። በጃኹም ሓደ ብሓደ ፊደል ርኣይዎ።
entry-error-unknown = ነዚ ኮድ ክንረኽቦ ኣይከኣልናን። በጃኹም ደጊምኩም ርኣይዎ፣ ወይ ንሰራሕተኛታት ሕተቱ።
entry-error-wait = ብዙሓት ጌጋ ኮዳት ኣእቲኹም። በጃኹም { $seconds ->
        [one] { $seconds } ካልኢት
       *[other] { $seconds } ካልኢት
    } ተጸበዩ፣ ደሓር ደጊምኩም ፈትኑ።
entry-error-storage = ሕጂ መልስታትኩም ክኽፈቱ ኣይክእሉን። በጃኹም ንሰራሕተኛታት ሕተቱ።

## ዝርዝር ሕቶታት
sections-title = ዝርዝር ሕቶታትኩም
sections-text = ሓደ ክፋል ምረጹ። ነቶም ክፋላት ብዝደለኹምዎ ቅደም ተኸተል ክትገብርዎም፣ ኣብ ዝኾነ ግዜ ደው ክትብሉን ደሓር ክትቕጽሉን ትኽእሉ ኢኹም።
section-row = { $title } ({ $answered } ካብ { $total })
sections-summary = ጽማቚ ርኣዩ
question-number = ሕቶ { $number } ካብ { $count }
answer-dont-know = ኣይፈልጥን
answer-prefer-not = ክገልጾ ኣይደልን
field-short = መልስኹም
field-long = መልስኹም (Enter ሓድሽ መስመር ይጅምር)

## ጽማቚን ምፍናውን
summary-title = ጽማቚኹም
summary-text = ክሳብ ሕጂ ዝመለስኩምዎ ኩሉ ኣብዚ ኣሎ። ንድሕሪት ተመሊስኩም ዝኾነ መልሲ ክትቕይሩ ትኽእሉ ኢኹም።
summary-empty = ክሳብ ሕጂ ንዝኾነ ሕቶ ኣይመለስኩምን።
summary-back = ← ናብ ዝርዝር
goodbye-title = የቐንየልና!
goodbye-text = መልስታትኩም ተዓቂቦም ኣለዉ። ኮድኩም እዚ እዩ፦
goodbye-text-unsaved = ገለ መልስታት ገና ኣይተዓቀቡን። በጃኹም ቅድሚ ምኻድኩም ንሰራሕተኛታት ንገሩ። ኮድኩም እዚ እዩ፦
goodbye-code-hint = ነዚ ኮድ ናብ ኣማኻሪኹም ኣምጽእዎ፣ ወይ ኣብዚ ንምቕጻል ተጠቐሙሉ።
goodbye-done = ተወዲኡ — ዕጸዉ

## ንኣሽቱ መስኮታት
languages-title = ቋንቋ ምረጹ
idle-title = ገና ኣለኹም ዶ?
idle-text = ንገለ ግዜ ንስክሪን ዝተንከፎ ሰብ የለን። ድሕሪ { $seconds ->
        [one] { $seconds } ካልኢት
       *[other] { $seconds } ካልኢት
    } ኪዮስክ ናብ መጀመርታ ይምለስ።
idle-privacy = መልስታትኩም ተዓቂቦም ኣለዉ። ኣብ ስክሪን ዋላ ሓንቲ ኣይተርፍን።
idle-stay = እወ፣ ኣለኹ

## ኩነታት
too-small = በጃኹም መስኮት ኣዕብይዎ (እንተወሓደ { $width } × { $height })።
progress-label = { $answered } ካብ { $total } ተመሊሱ
save-saving = ይዕቀብ ኣሎ
save-saved = ✓ ተዓቂቡ
save-failed = ⚠ ገና ኣይተዓቀበን — ደጊሙ ይፍትን ኣሎ
notice-field-full = እዚ ቦታ እንተበዝሐ { $count } ፊደላት ጥራይ ይሕዝ።
notice-paste-shortened = እቲ ጽሑፍ ኣዝዩ ነዊሕ ነበረ። እቶም ቀዳሞት { $count } ፊደላት ጥራይ ተዓቂቦም።
notice-start-failed = ሕጂ ክንጅምር ኣይከኣልናን። በጃኹም ንሰራሕተኛታት ሕተቱ።
notice-session-closed = እዚ ምብጻሕ ብቤት ጽሕፈት ተዓጽዩ። ካብ ሕጂ ኣብዚ ዋላ ሓንቲ ኣይዕቀብን። ሕቶ እንተ ሃልዩኩም፣ በጃኹም ንሰራሕተኛታት ሕተቱ።
notice-changed-elsewhere = እዚ መልሲ ሕጂ ሕጂ ኣብ ካልእ ስክሪን ተቐይሩ። ሕጂ እትርእይዎ ዘለኹም፣ እቲ ዝተዓቀበ መልሲ እዩ።
notice-entries-full = ኣብዚ ዝርዝር እንተበዝሐ { $count } ጥራይ ክትውስኹ ትኽእሉ ኢኹም።

## መስመር ሓገዝ
help-choose = ↑↓ ምረጹ
help-toggle = Enter ምልክት
help-confirm = Enter ኣረጋግጹ
help-back = Esc ንድሕሪት
help-language = F2 ቋንቋ
help-scroll = PgUp/PgDn ገጽ
help-type = ጽሓፉ
help-next-field = Tab ቀጻሊ
help-newline = Enter ሓድሽ መስመር

## ኪዮስክ ክጅምር ምስ ዘይክእል ዝርኣዩ መልእኽትታት (ንናይ ቤት ጽሕፈት IT)
error-config = ፋይል ምድላው (configuration) ክሰርሕ ኣይክእልን፦
error-unknown-language = ቋንቋ «{ $lang }» የለን። ዘለዉ፦ { $known }።
error-catalog = ፋይላት ዝርዝር ሕቶታት ክሰርሑ ኣይክእሉን፦
error-db-cannot-open = ዳታቤዝ ክኽፈት ኣይክእልን። መገዲ (path) ን ፍቓዳትን ርኣዩ።
error-db-corrupt = ፋይል ዳታቤዝ ተበላሺዩ ኣሎ። ኣይተተንከፈን፤ ባክኣፕ (backup) ምለሱ ወይ IT ሕተቱ።
error-db-locked = ዳታቤዝ ብኻልእ ፕሮግራም ይስራሓሉ ኣሎ። ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
error-db-full = ዲስክ መሊኡ ኣሎ። መልስታት ምእንቲ ክዕቀቡ ቦታ ኣጽርዩ።
error-db-readonly = ኣብ ዳታቤዝ ክጽሓፍ ኣይክእልን (read-only)። ፋይል ሲስተምን ፍቓዳትን ርኣዩ።
error-db-other = ዳታቤዝ ጸገም ሓቢሩ።
error-db-not-private = ፋይል ዳታቤዝ ብኻልኦት ተጠቀምቲ ክንበብ ይኽእል እዩ። ውልቃዊ ግበርዎ (chmod 600)፣ ደሓር ደጊምኩም ጀምሩ።
error-db-missing = ኣብዚ መገዲ ዳታቤዝ የለን። መገዲ ርኣዩ (--db ወይ KIOSK_DB)።
error-db-will-not-create = ዳታቤዝ የለን። ኪዮስክ ባዕሉ ባዶ ዳታቤዝ ኣይፈጥርን፤ እቲ ባክኣፕ ምለሱ ወይ IT ሕተቱ።
error-db-gone = ኪዮስክ እናሰርሐ ከሎ፣ ፋይል ዳታቤዝ ተወጊዱ ወይ ብኻልእ ተተኪኡ። ካብ ሕጂ ዋላ ሓንቲ ኣይዕቀብን። ነቲ ፋይል ናብ ቦታኡ ምለስዎ ወይ ባክኣፕ ምለሱ።
fault-title = ኪዮስክ ሕጂ ክሰርሕ ኣይክእልን
fault-tell-staff = በጃኹም ንሰራሕተኛታት ንገሩ። ካብ ዝሓለፉ ምብጻሓት ዘለዉ መልስታት ውሑሳት እዮም።
fault-retrying = ኪዮስክ ኣብ ነፍሲ ወከፍ ቁሩብ ካልኢታት ደጊሙ ይፍትን።
fault-restart = ድሕሪ እዚ፣ ነቲ ኪዮስክ ደጊምኩም ኣጀምርዎ።

## ዝድገሙ ክፋላት (ስራሓት፣ ኣብያተ ትምህርቲ፣ ቋንቋታት፣ መድረኻት ህይወት)
entry-untitled = (ገና ስም የብሉን)
entry-edit = መልስታት ቀይሩ
entry-up = ኣብ ዝርዝር ናብ ላዕሊ
entry-down = ኣብ ዝርዝር ናብ ታሕቲ
entry-remove = ካብ ዝርዝር ኣውጽኡ
entry-remove-confirm = ብሓቂ ይወጽእ? ንምውጻእ ደጊምኩም ጠውቑ
button-entry-done = እዚ ተወዲኡ ✓

## ዓይነታት መልስታት
field-year = ዓመት
field-search = ንምድላይ ጽሓፉ
occupation-own-words = ናተይ ቃላት ይጽንሑ፦ «{ $words }»
cefr-none = ገና ክገብሮ ኣይክእልን
scale-legend = A = ብሓገዝ እኽእሎ · B = ኣብ ዝፈልጦ ቦታ በይነይ እኽእሎ · C = ኣብ ሓድሽ ኩነታት'ውን እኽእሎ፣ ንኻልኦት ከርእዮም'ውን እኽእል
notice-year = በጃኹም ብኣርባዕተ ኣሃዛት ዓመት ጽሓፉ፣ ንኣብነት 2015።
help-search = ንምድላይ ጽሓፉ · ↓ ምረጹ
help-rate = Enter ወይ ←→ A/B/C

## ጽማቚ
summary-competences = ብቕዓታተይ (A = 1, B = 2, C = 3)
summary-group-professional = ሞያዊ
summary-group-methodical = ኣገባባት
summary-group-social = ማሕበራዊ
summary-group-personal = ውልቃዊ
summary-group-digital = ዲጂታል
summary-rated = { $count ->
        [one] { $count } ተገምጊሙ
       *[other] { $count } ተገምጊሞም
    }
summary-languages = ቋንቋታተይ
summary-mother-tongue = ቋንቋ ኣደ
skill-listening = ምስማዕ
skill-reading = ምንባብ
skill-spoken_interaction = ምስ ካልኦት ምዝርራብ
skill-spoken_production = ምዝራብ
skill-writing = ምጽሓፍ
summary-bring = ናብ ኣማኻሪ ኣምጽኡ
summary-timeline = ህይወተይ ብሓጺሩ
rating-advisor = ኣማኻሪ: { $level }

## ኣብ መወዳእታ ዝወሃብ ሊንክ ሞባይል፣ ከምኡ'ውን ገጽ ፖርትፎሊዮ ኣብ ሞባይል
qr-scan = ጽማቚኹም ኣብ ሞባይልኩም ንምርኣይ፣ ነዚ ኣርባዕተ ማእዝን ብካሜራ ሞባይልኩም ስካን ግበርዎ።
qr-too-small = እዚ መስኮት ንኮድ ሞባይል ኣዝዩ ንእሽቶ እዩ። ነዚ ኣድራሻ ኣብ ሞባይልኩም ክትጽሕፍዎ ትኽእሉ ኢኹም፦
qr-no-link = ሕጂ ሊንክ ሞባይል ክስራሕ ኣይከኣለን። መልስታትኩም ተዓቂቦም ኣለዉ፤ በጃኹም ንሰራሕተኛታት ሕተቱ።
qr-valid-until = እዚ ሊንክ ክሳብ { $date } ይሰርሕ።
page-title = ፖርትፎሊዮ ክእለታት
page-self-assessment = ርእሰ-ገምጋም፦ እዚኦም ናይቲ ሰብ ባዕሉ ዝሃቦም መልስታት እዮም። ኣማኻሪ ገና ኣይረኣዮምን።
page-reviewed = ዕለት { $date } ምስ ኣማኻሪ { $name } ተረጋጊጹ።
page-made = ዕለት { $date } ተዳልዩ።
page-answers = ኩሎም መልስታት
page-authority = መን ይውስን፦
page-legal-basis = ሕጋዊ መሰረት፦
page-advisor-rating = ኣማኻሪ
page-self-rating = ርእሰ-ገምጋም
page-json = እዚ ፖርትፎሊዮ ከም ዳታ (JSON፣ ንቤት ጽሕፈታት)
page-not-found = እዚ ሊንክ ኣይሰርሕን። ብጌጋ ተጻሒፉ፣ ኣዝዩ ኣረጊቱ ወይ ተሰሒቡ ክኸውን ይኽእል። በጃኹም ካብ ቤት ጽሕፈት ሓድሽ ሊንክ ሕተቱ።

## ክፋል ኣማኻሪ (ንሰራሕተኛታት ጥራይ፤ ተገልገልቲ ብዘይፈልጥዎ መጠወቒ ይኽፈት)
adv-login-title = ምእታው ኣማኻሪ
adv-login-text = ስምኩም ምረጹ፣ PIN ድማ ጽሓፉ።
adv-no-advisors = ገና ናይ ኣማኻሪ ኣካውንት የለን። IT ብኸምዚ ክውስኽ ይኽእል፦ kiosk advisor add NAME
adv-choose-name = በጃኹም መጀመርታ ስምኩም ምረጹ።
adv-pin = PIN
adv-log-in = እተዉ
adv-wrong-pin = እዚ PIN ቅኑዕ ኣይኮነን። በጃኹም ደጊምኩም ፈትኑ።
adv-locked = ብዙሓት ጌጋ PIN ኣትዮም። ምእታው ንቑሩብ ግዜ ተዓጽዩ ኣሎ፤ እዚ ተመዝጊቡ ኣሎ።
adv-home-title = ሰብ ድለዩ
adv-logged-in = ከም { $name } ኣቲኹም ኣለኹም።
adv-home-text = ኮድ ናይቲ ሰብ ጽሓፉ፣ ወይ ካብቶም ናይ ቀረባ ግዜ ምብጻሓት ሓደ ምረጹ።
adv-code = ኮድ ናይቲ ሰብ
adv-open = ክፈቱ
adv-audit = መዝገብ ንጥፈታት
adv-quit = ፕሮግራም ዕጸዉ
adv-log-out = ካብ ኣካውንት ውጹ
adv-client-title = ሰብ { $code }
adv-not-reviewed = ርእሰ-ገምጋም፣ ገና ኣይተረጋገጸን።
adv-live-links = { $count ->
        [one] ሓደ ሊንክ ሞባይል ይሰርሕ ኣሎ
       *[other] { $count } ሊንክታት ሞባይል ይሰርሑ ኣለዉ
    }
adv-review = መልስታት ርኣዩን ቀይሩን
adv-ratings = ብቕዓታት፦ ናይቲ ሰብን ናይ ኣማኻሪን
adv-notes = መዘኻኸሪታትን ዝቕጽሉ ስጉምትታትን
adv-documents = ሰነዳት፦ ዝተራእዩ ወይ ዝተረጋገጹ
adv-mark-reviewed = ሎሚ ብኣይ ተረጋጊጹ — ምልክት ግበሩ
adv-links = ሊንክታት ሞባይል፦ ምርኣይ፣ ሓድሽ፣ ምስሓብ
adv-export = ንመዝገብ ጉዳይ ኣውጽኡ (HTML፣ JSON)
adv-erase = ሓበሬታ ናይዚ ሰብ ብሕቶ ደምስሱ
adv-back-to-list = ካልእ ሰብ ድለዩ
adv-reviewed-done = ከም ዝተረጋገጸ ምልክት ተገይሩ። ፖርትፎሊዮ ሕጂ ከምኡ ይብል።
adv-ratings-text = ገምጋምኩም ንምቕማጥ፣ ኣብ ሓደ ብቕዓት Enter ጠውቑ፦ የለን፣ A፣ B፣ C።
adv-rating-row = እቲ ሰብ { $client } · ኣማኻሪ { $advisor }
adv-notes-text = ንፖርትፎሊዮ ምልክት እንተ ዘይገበርኩምሎም፣ መዘኻኸሪታት ውሽጣውያን እዮም።
adv-note-text = ብዛዕባ እዚ ክፋል ዝርዝር ሕቶታት መዘኻኸሪኹም።
adv-note = መዘኻኸሪ
adv-note-public = እዚ መዘኻኸሪ ኣብ ፖርትፎሊዮ ኣርእዩ
adv-note-in-portfolio = ኣብ ፖርትፎሊዮ
adv-note-internal = ውሽጣዊ
adv-plan-title = መደብ ዝቕጽሉ ስጉምትታት
adv-plan-text = ኣብ ሓደ መስመር ሓደ ስጉምቲ፣ ኩሉ ግዜ ዕለት ኣብ መጀመርታ፣ ንኣብነት፦ 2026-12-01 ንኣፍልጦ (Anerkennung) ኣመልክቱ
adv-save = ዓቅቡ
adv-documents-text = ሰነድ ከም ዝተራእየ፣ ድሕሪኡ ድማ ከም ዝተረጋገጸ ምልክት ንምግባር Enter ጠውቑ።
adv-no-documents = ክሳብ ሕጂ ዘድሊ ሰነድ የለን።
adv-doc-not-seen = ኣይተራእየን
adv-doc-seen = ተራእዩ
adv-doc-verified = ተረጋጊጹ
adv-links-title = ሊንክታት ሞባይል
adv-links-text = ንሓደ ሊንክ ንምስሓብ ኣብኡ Enter ጠውቑ። ዝተሰሕቡ ሊንክታት ነቲ «ኣይሰርሕን» ዝብል ገጽ የርእዩ።
adv-no-links = ነዚ ሰብ ገና ሊንክ ሞባይል የለን።
adv-link-live = ይሰርሕ
adv-link-expired = ግዜኡ ሓሊፉ
adv-link-revoked = ተሰሒቡ
adv-new-link = ሓድሽ QR ኮድ
adv-revoke-all = ኩሎም ሰሓቡ
adv-exported = ተወጺኡ። እቶም ፋይላት ኣብ ላዕሊ ተዘርዚሮም ኣለዉ።
adv-erase-title = ሓበሬታ ናይዚ ሰብ ደምስሱ
adv-erase-text = ኩሎም መልስታትን ሊንክታት ሞባይልን ናይዚ ሰብ ንሓዋሩ ክድምሰሱ እዮም። ምድምሳስ ከም ዝተገብረ ጥራይ ይዕቀብ። ንምርግጋጽ ኮድ ናይቲ ሰብ ጽሓፉ።
adv-erase-confirm = ንሓዋሩ ደምስሱ
adv-erase-mismatch = እዚ ኮድ ናይቲ ሕጂ ተኸፊቱ ዘሎ ሰብ ኣይኮነን።
adv-erased = ሓበሬታ ናይቲ ሰብ ተደምሲሱ።
adv-audit-title = መዝገብ ንጥፈታት
adv-audit-text = መን እንታይ ኣብ ኣየናይ ኮድ ከም ዝገበረ፣ እቲ ሓድሽ ኣብ መጀመርታ። መልስታት ፈጺሞም ኣይምዝገቡን።
adv-storage-failed = ዳታቤዝ ኣይመለሰን። በጃኹም ደጊምኩም ፈትኑ።

## ገጽ ፖርትፎሊዮ፦ ክፋል ኣማኻሪ
page-advisor-notes = መዘኻኸሪታት ካብ ኣማኻሪ
page-plan = ዝቕጽሉ ስጉምትታት፣ ምስ ኣማኻሪ ብስምምዕ
page-documents-checked = ብኣማኻሪ ዝተራእዩ ሰነዳት
