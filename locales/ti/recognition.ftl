# ኪዮስክ ክእለታት — ብዛዕባ ኣፍልጦ (Anerkennung) ናይ ካብ ወጻኢ ዝመጸ ሞያዊ ብቕዓት ኣብ ጀርመን ዝገልጹ ጽሑፋት ብትግርኛ (ከም ኣብ ኤርትራ ዝጥቀሙሉ):
# ነፍሲ ወከፍ ኩነታት እንታይ ማለት ምዃኑ፣ ሕጊ ዝቆጻጸሮም ሞያታት፣ መዘኻኸሪታቶምን ከተምጽእዎም ዘለኩም ሰነዳትን።
# The German legal names (authority, law) stay in db/reference/regulated.toml.
# Source of the content: the portal "Anerkennung in Deutschland" (BIBB) and the laws
# named in db/reference/regulated.toml; as of 2026-12.
# Address as in kiosk.ftl: polite plural "ንስኹም" (ትኽእሉ ኢኹም፣ የድልየኩም፣ ኣምጽኡ).
# Terms: recognition = ኣፍልጦ (Anerkennung), advisor = ኣማኻሪ, qualification = ሞያዊ ብቕዓት / ብቕዓት,
# certificate = ምስክር ወረቐት, Chamber of Crafts = ቻምበር ኢደ-ጥበብ (Handwerkskammer), regulated = ሕጊ ዝቆጻጸሮ,
# federal state = ክፍለ-ሃገር (Bundesland). German names the client will meet stay in German in brackets.
# Review: machine-drafted; not yet reviewed by a native speaker or a recognition expert.

## ነፍሲ ወከፍ ኩነታት እንታይ ማለት እዩ ($occupation: ስም እቲ ሞያ)
recognition-licence = ኣብ ጀርመን ከም { $occupation } ንምስራሕ ፍቓድ የድልየኩም። ንእኡ ድማ ሞያዊ ብቕዓትኩም ኣፍልጦ (Anerkennung) ክረክብ ኣለዎ። ኣማኻሪኹም መመልከቲ ኣብ ምቕራብ ክሕግዘኩም ይኽእል እዩ።
recognition-self-employment = ኣብ { $occupation } ከም ተቖጻሪ ሰራሕተኛ ብዘይ ኣፍልጦ ክትሰርሑ ትኽእሉ ኢኹም። ኣብዚ ሞያ ናይ ገዛእ ርእስኹም ትካል ክትከፍቱ እንተ ደሊኹም ግን፣ ምስክር ወረቐት ማይስተር (Meisterbrief – ላዕለዋይ ደረጃ ሞያ) የድልየኩም፣ ወይ ድማ ቻምበር ኢደ-ጥበብ (Handwerkskammer) ንብቕዓትኩም ምስኡ ማዕረ ምዃኑ ኣፍልጦ ክህቦ ኣለዎ።
recognition-title = ነዚ ስራሕ ብዘይ ኣፍልጦ ክትሰርሕዎ ትኽእሉ ኢኹም። ብሕጊ ዝተሓለወ እቲ ስም «{ $occupation }» ጥራይ እዩ፦ ነብስኹም በዚ ስም ክትሰምዩ ፍቓድ የድልየኩም።
recognition-own-route = { $occupation }፦ ኣብ ጀርመን ነዚ ስራሕ ጀርመናዊ ፈተና ወይ ብወግዒ ምሻም የድሊ። ካብ ወጻኢ ዝመጸ ብቕዓት ነዚ ብቐሊሉ ኣፍልጦ ክረክብ ኣይክእልን።
recognition-partly = እዚ ስራሕኩም እንተ ነይሩ ጥራይ እዩ ዝምልከተኩም፦ { $occupation } ኣብ ጀርመን ሕጊ ዝቆጻጸሮ ሞያ እዩ።
recognition-comparability = ዲግሪ ዩኒቨርሲቲ እንተ ኣለኩም፣ ማእከላይ ቤት ጽሕፈት ንወጻኢ ትምህርቲ (ZAB) ገምጋም ምስክር ወረቐት (Zeugnisbewertung) ክህበኩም ይኽእል። እዚ ገምጋም፣ ዲግሪኹም ኣብ ጀርመን ምስ እንታይ ከም ዝመዓራረ ንኣስራሕቲ የርኢ። ክፍሊት ኣለዎ።
recognition-voluntary = { $occupation }፦ ኣብ ጀርመን እዚ ስራሕ ሕጊ ዝቆጻጸሮ ሞያ ኣይኮነን። ብዘይ ኣፍልጦ ክትሰርሕዎ ትኽእሉ ኢኹም። ኣፍልጦ ምርካብ ግን ይከኣል እዩ፣ ስራሕ ክትደልዩ ከለኹም ድማ ይሕግዘኩም፦ እቲ ቻምበር (ንኣብነት IHK FOSA ወይ ቻምበር ኢደ-ጥበብ – Handwerkskammer) ሞያዊ ምስክር ወረቐትኩም ምስ ሓደ ጀርመናዊ ሞያ የወዳድሮ።
recognition-help = ብዛዕባ ኣፍልጦ ብነጻ ምኽሪ ክትረኽቡ ትኽእሉ ኢኹም፦ ኣብ ምኽሪ ኣፍልጦ ናይ IQ ኔትወርክ (www.netzwerk-iq.de) ከምኡ'ውን ኣብቲ ወግዓዊ መርበብ ሓበሬታ www.anerkennung-in-deutschland.de።
recognition-source = ምንጪ፦ እቲ መርበብ ሓበሬታ «Anerkennung in Deutschland» (ኣፍልጦ ኣብ ጀርመን) ከምኡ'ውን እቶም ዝተጠቕሱ ሕግታት። እዚ ንመምርሒ ጥራይ እዩ፦ ውሳነ ዝህብ እቲ ሓላፍነት ዘለዎ ቤት ጽሕፈት እዩ።
recognition-reference = ኣብ ጀርመን ዝመሳሰሎ ሞያ፦
recognition-note = ክትፈልጥዎ ዝግባእ፦

## ሕጊ ዝቆጻጸሮም ሞያታት: ኣስማቶም
prof-doctor = ሓኪም
prof-dentist = ሓኪም ስኒ
prof-pharmacist = ፋርማሲስት
prof-veterinarian = ሓኪም እንስሳ
prof-psychotherapist = ሳይኮቴራፒስት
prof-nurse = ነርስ
prof-ata_ota = ቴክኒካዊ ሓጋዚ ናይ መደንዘዚ ወይ ናይ ክፍሊ መጥባሕቲ (ATA/OTA)
prof-nursing_assistant = ሓጋዚ ነርስ
prof-midwife = መሕረሲት
prof-physiotherapist = ፊዚዮቴራፒስት
prof-masseur = ሰራሕተኛ ሕክምናዊ ማሳጅ
prof-medical_technologist = ሕክምናዊ ቴክኖሎጂስት (ላቦራቶሪ፣ ራድዮሎጂ)
prof-pharmaceutical_technical_assistant = ቴክኒካዊ ሓጋዚ ፋርማሲ (PTA)
prof-emergency_paramedic = ፓራሜዲክ (ሰራሕተኛ ህጹጽ ረድኤት)
prof-speech_therapist = ቴራፒስት ዘረባን ቋንቋን
prof-dietitian = ክኢላ ኣመጋግባ
prof-occupational_therapist = ኦኩፔሽናል ቴራፒስት (Ergotherapie)
prof-podiatrist = ክኢላ ክንክን እግሪ (Podologie)
prof-orthoptist = ኦርቶፕቲስት (ክኢላ ምንቅስቓስ ዓይኒ)
prof-heilpraktiker = ፈዋሲ ዘይሓኪም (Heilpraktiker)
prof-teacher = መምህር ኣብ መንግስታዊ ቤት ትምህርቲ
prof-educator = ብመንግስቲ ኣፍልጦ ዝረኸበ ሞያተኛ ምእላይ ህጻናት (Erzieher/in)
prof-social_worker = ብመንግስቲ ኣፍልጦ ዝረኸበ ማሕበራዊ ሰራሕተኛ
prof-lawyer = ጠበቓ
prof-judge = ዳኛ
prof-notary = ኖታሪ
prof-tax_advisor_auditor = ኣማኻሪ ግብሪ ወይ ወግዓዊ ኦዲተር
prof-engineer = ኢንጅነር
prof-architect = ኣርኪቴክት
prof-urban_planner = ክኢላ ትልሚ ከተማ
prof-food_chemist = ብመንግስቲ ዝተረጋገጸ ኬሚስት መግቢ
prof-surveyor = ብወግዒ ዝተሸመ ሰርቨየር (ዓቃኒ መሬት)
prof-sworn_translator = ቃለ-መሓላ ዝፈጸመ ተርጓሚ ወይ ኣስተርጓሚ
prof-driving_instructor = መምህር ምዝዋር መኪና
prof-professional_driver = ሞያዊ ሹፌር ናይ ከበድቲ መካይን ወይ ኣውቶቡስ
prof-passenger_transport = ሹፌር ታክሲ ወይ ኣምቡላንስ
prof-pilot = ፓይለት
prof-ship_officer = ሓላፊ መርከብ (ኦፊሰር)
prof-security = ሓላዊ ጸጥታ (ሴኩሪቲ)
prof-craft_electrical = ሞያ ኤሌክትሪክ
prof-craft_information = ሞያ ቴክኖሎጂ ሓበሬታ (IT)
prof-craft_plumbing_heating = ሞያ ቧንቧን መሞቒ ገዛን
prof-craft_refrigeration = ሞያ መዝሓሊታት (ፍሪጅን ኤር-ኮንዲሽንን)
prof-craft_motor_vehicle = ሞያ ምዕራይ መካይን
prof-craft_machinery = ሞያ ማሽናት ሕርሻን ህንጻን
prof-craft_bicycle = ሞያ ምዕራይ ብሽክለታን ሞቶን
prof-craft_hairdresser = ሞያ ምስራሕ ጸጉሪ
prof-craft_roofer = ሞያ ምስራሕ ናሕሲ
prof-craft_bricklayer = ሞያ ግንበኛን ስራሕ ኮንክሪትን
prof-craft_carpenter = ሞያ ናጃር ህንጻ (ዕንጨይቲ ናሕስን ህንጻን)
prof-craft_scaffolder = ሞያ መደየቢ ህንጻ (ስካፎልዲንግ)
prof-craft_floor_tiles = ሞያ ፒያስትረላን ንጣፍ መሬትን
prof-craft_plasterer = ሞያ ምልባስ መናድቕ (ኢንቶናኮ)
prof-craft_insulation = ሞያ ምግታእ ሙቐትን ቁሪን ድምጽን (ኢንሱሌሽን)
prof-craft_glazier = ሞያ ጥርሙዝ መስኮትን ማዕጾን
prof-craft_painter = ሞያ ምቕባእ ቀለምን ቨርኒስን
prof-craft_metal = ሞያ ስራሕ ሓጺን
prof-craft_sheet_metal = ሞያ ስራሕ ላሜራ (መፍሰሲ ማይ ናሕስን ቆርቆሮን)
prof-craft_precision = ሞያ ረቂቕ መካኒክ
prof-craft_stonemason = ሞያ ምውቃር እምኒ
prof-craft_well_builder = ሞያ ምኹዓት ዒላ
prof-craft_baker = ሞያ ምስንካት ባኒን ኬክን
prof-craft_butcher = ሞያ ምድላው ስጋ
prof-craft_joiner = ሞያ ናጃር ኣቑሑት (ኣቑሑ ገዛ፣ ማዕጾን መስኮትን)
prof-craft_upholsterer = ሞያ ምልባስ መናብርን ምስላም ውሽጢ ገዛን
prof-craft_optician = ሞያ መነጸር
prof-craft_dental_orthopaedic = ሞያ ቴክኒሻን ስኒ ወይ ቴክኒሻን ኦርቶፔዲክ
prof-craft_orthopaedic_shoes = ሞያ ኦርቶፔዲክ ጫማ
prof-craft_chimney_sweep = ሞያ ምጽራይ መውጽኢ ትኪ (ጭምኒ)

## መዘኻኸሪ ብዛዕባ ገለ ሞያታት
prof-doctor-note = እቲ ፍቓድ «Approbation» ይበሃል። ክሳብ ዝወሃበኩም፣ ግዝያዊ ፍቓድ ስራሕ ክወሃበኩም ይኽእል እዩ። ማዕርግ ስፐሻሊስት ብፍሉይ ብቻምበር ሓካይም (Ärztekammer) ኣፍልጦ ይወሃቦ።
prof-psychotherapist-note = ከም ሳይኮሎጂስት ንምስራሕ ፍቓድ ኣየድልን። ከም ሳይኮቴራፒስት ሕሙማት ንምሕካም ግን ፍቓድ የድሊ።
prof-nurse-note = እዚ ንምእላይ ኣረጋውያንን ንነርስነት ህጻናትን'ውን ይሓቑፍ። ኣብ ጀርመን ካብ 2020 ጀሚሩ እዚኣቶም ሓደ ስልጠና እዮም።
prof-ata_ota-note = ካብ 2022 ጀሚሮም እዚኣቶም ዝተፈላለዩ ሞያታት ጥዕና እዮም፣ ነፍሲ ወከፎም ድማ ናቱ ፍቓድ ኣለዎ።
prof-nursing_assistant-note = ክሳብ ሕጂ ነፍሲ ወከፍ ክፍለ-ሃገር (Bundesland) ናቱ ሕግታት ኣለዎ። ካብ 2027 ጀሚሩ ንሓገዝቲ ነርስ ሓደ ፌደራላዊ ሕጊ ክሰርሕ መደብ ኣሎ።
prof-midwife-note = ኣብ ጀርመን ሞያ ሕርሲ ሕጂ ትምህርቲ ዩኒቨርሲቲ እዩ። እቲ ስም (Hebamme) ንደቂ ኣንስትዮን ንደቂ ተባዕትዮን ሓደ እዩ።
prof-medical_technologist-note = ኣርባዕተ ዝተፈላለዩ ሞያታት ኣለዉ፦ ላቦራቶሪ፣ ራድዮሎጂ፣ ምርመራ ስራሕ ኣካላት (Funktionsdiagnostik) ከምኡ'ውን ሕክምና እንስሳ።
prof-heilpraktiker-note = ካብ ወጻኢ ዝመጸ ስልጠና ነዚ ኣፍልጦ ኣይወሃቦን። እቲ ፍቓድ ብናይ ከባቢ ቤት ጽሕፈት ጥዕና (Gesundheitsamt) ይወሃብ፣ ፍልጠትኩም ምስ ተፈተሸ።
prof-teacher-note = መመልከቲ ኣብቲ ክትምህሩሉ እትደልዩ ክፍለ-ሃገር (Bundesland) ተቕርቡ። ኣብ ጀርመን መምህራን መብዛሕትኡ ግዜ ክልተ ዓይነት ትምህርቲ ይምህሩ፤ ሓደ ዓይነት ትምህርቲ ጥራይ እንተ ኣለኩም፣ ተወሳኺ ስልጠና ወይ ፈተና ከድልየኩም ይኽእል። ኣብ ብሕታውያን ኣብያተ ትምህርቲ ወይ ኣብ ኮርሳት ቋንቋ ብዘይ እዚ ምምሃር ይከኣል ይኸውን።
prof-educator-note = ሕግታትን ሓላፍነት ዘለዎም ቤት ጽሕፈታትን ኣብተን 16 ክፍለ-ሃገራት ይፈላለዩ። ኣብ መውዓሊ ህጻናት (Kita) ከም ሓጋዚ ምስራሕ ብዘይ እዚ ይከኣል ይኸውን።
prof-social_worker-note = ብዙሓት መንግስታውያን ኣስራሕቲ ናይ መንግስቲ ኣፍልጦ (staatliche Anerkennung) ይሓቱ። ሕግታት ካብ ክፍለ-ሃገር ናብ ክፍለ-ሃገር ይፈላለ።
prof-lawyer-note = ካብ EU፣ EEA ወይ ስዊዘርላንድ ዝመጹ ጠበቓታት፣ ድሕሪ ፈተና ብቕዓት ፍቓድ ክወሃቦም ይኽእል። ካብ ካልኦት ኣባላት ሃገራት WTO ዝመጹ ጠበቓታት፣ ንሕጊ ዓዶምን ንዓለምለኻዊ ሕግን ጥራይ ፍቓድ ክረኽቡ ይኽእሉ። ብዘይካ'ዚ፣ ጀርመናዊ መንግስታዊ ፈተናታት ሕጊ የድሊ። ከም ሓጋዚ ሕጊ ወይ ኣብ ማእከል ምኽሪ ምስራሕ ይከኣል ይኸውን።
prof-judge-note = ዳኛታት ክልቲኡ ጀርመናዊ መንግስታዊ ፈተናታት ሕጊን ጀርመናዊት ዜግነትን የድልዮም።
prof-notary-note = ኖታሪታት ክልቲኡ ጀርመናዊ መንግስታዊ ፈተናታት ሕጊ የድልዮም። ቁጽሪ ቦታታት ስራሕ ኖታሪ ውሱን እዩ።
prof-tax_advisor_auditor-note = ካብ EU፣ EEA ወይ ስዊዘርላንድ ዝረኸብኩምዎ ብቕዓት እንተ ኣለኩም፣ ፈተና ብቕዓት ክትወስዱ ትኽእሉ ኢኹም። ብዘይካ'ዚ እቲ ጀርመናዊ ፈተና የድሊ። ከም ኣካውንታንት ወይ ሓላዊ መዝገብ ሒሳብ ንምስራሕ ፍቓድ ኣየድልን።
prof-engineer-note = ብዘይ ኣፍልጦ ኣብ ትካል ከም ኢንጅነር ክትሰርሑ ትኽእሉ ኢኹም። ነብስኹም «Ingenieur/in» ክትሰምዩ ግን ፍቓድ የድልየኩም። ኢንጅነራት ሲቪል ንመመልከቲ ህንጻ (Bauantrag) ክፍርሙ፣ ብተወሳኺ ኣብ ዝርዝር ቻምበር ኢንጅነራት (Ingenieurkammer) ክምዝገቡ ኣለዎም።
prof-architect-note = ነቲ ስም ንምጥቃምን ፕላን ህንጻ ንምቕራብን፣ ኣብ ዝርዝር ኣርኪቴክትታት ናይ ቻምበር (Architektenkammer) ክትምዝገቡ ኣለኩም።
prof-urban_planner-note = ኣብ መብዛሕትአን ክፍለ-ሃገራት እቲ ስም ብሕጊ ዝተሓለወ እዩ (ኣብ ዝርዝር ክኢላታት ትልሚ ከተማ ናይ ቻምበር ምምዝጋብ የድሊ)።
prof-food_chemist-note = እዚ ስም ብቐንዱ ንወግዓዊ ቁጽጽር መግብን ንጸብጻብ ክኢላታትን የድሊ። ካልእ ስራሕ ከም ኬሚስት ፍቓድ ኣየድልዮን።
prof-surveyor-note = ወግዓዊ ዓቐን መሬት ብወግዒ ዝተሸሙ ሰርቨየራት ይገብርዎ። መብዛሕትኡ ግዜ ጀርመናዊ መንግስታዊ ፈተና ኣብ ዓቐን መሬት የድልዮም። ካልእ ስራሕ ከም ሰርቨየር ፍቓድ ኣየድልዮን።
prof-sworn_translator-note = ጽሑፍ ምትርጓምን ዘረባ ምትርጓምን ብዘይ ፍቓድ ክስራሕ ይከኣል። ንቤት ፍርድን ንመንግስታዊ ቤት ጽሕፈታትን ጥራይ ክትሽየሙን ቃለ-መሓላ ክትፍጽሙን ኣለኩም፤ ንእኡ ድማ ክእለትኩም ዘረጋግጽ ሰነድ፣ ብዙሕ ግዜ ፈተና፣ የድሊ።
prof-professional_driver-note = ንዓይነት እታ መኪና ዝኸውን መንጃ ፍቓድን ንሞያውያን ሹፌራት ዝኸውን መሰረታዊ ብቕዓት (Grundqualifikation)ን የድልየኩም። ካብ ደገ EU ዝመጸ መንጃ ፍቓድ መብዛሕትኡ ግዜ ክቕየር ወይ ብሓድሽ ክውሰድ ኣለዎ።
prof-passenger_transport-note = ሹፌራት ታክሲ፣ ናይ ክራይ መኪና ምስ ሹፌር ከምኡ'ውን ኣምቡላንስ፣ ሰባት ንምጽዓን ፍሉይ ፍቓድ የድልዮም፤ እዚ ፍቓድ ካብ ቤት ጽሕፈት መንጃ ፍቓድ (Fahrerlaubnisbehörde) ይወሃብ።
prof-pilot-note = ካብ ደገ EU ዝመጸ ፍቓድ ምብራር፣ ብመሰረት ሕግታት EU ኣፍልጦ ክረክብ ወይ ክቕየር ኣለዎ።
prof-ship_officer-note = ካብ ካልኦት ሃገራት ዝመጹ ምስክር ወረቐት ብቕዓት፣ ብመሰረት ዓለምለኻዊ ሕግታት STCW ብማሕተም ኣፍልጦ (Anerkennungsvermerk) ኣፍልጦ ክረኽቡ ይኽእሉ።
prof-security-note = ካብ ወጻኢ ዝመጸ ብቕዓት ነዚ ኣፍልጦ ኣይወሃቦን። ናይ IHK ትምህርቲ (Unterrichtung፣ 40 ሰዓት) የድልየኩም፣ ወይ ንገለ ስራሓት ድማ ናይ IHK ፈተና ክእለት (Sachkundeprüfung)።
prof-craft_chimney_sweep-note = ናይ ወረዳ ጸረይቲ መውጽኢ ትኪ (Bezirksschornsteinfeger) ብተወሳኺ ብመንግስታዊ ቤት ጽሕፈት ይሽየሙ።

## ከተምጽእዎም ዘለኩም ሰነዳት
doc-application = ቅጥዒ መመልከቲ ናይቲ ሓላፍነት ዘለዎ ቤት ጽሕፈት
doc-identity = ፓስፖርት ወይ መንነት ወረቐት፤ ስምኩም እንተ ተቐይሩ፣ ዘረጋግጽ ሰነድ (ንኣብነት ምስክር ወረቐት መርዓ)
doc-qualification = ምስክር ወረቐትኩም፣ ዲፕሎማኹም ወይ ዲግሪኹም
doc-transcript = ዝርዝር ዓይነታት ትምህርቲ፣ ሰዓታት ቲዮሪን ተግባርን፣ ከምኡ'ውን ነጥብታት
doc-experience = ሞያዊ ተሞክሮኹም ዘረጋግጹ ሰነዳት (ንኣብነት ደብዳቤታት ካብ ኣስራሕቲ፣ መዝገብ ስራሕ)
doc-translations = ዝተረጋገጹ ቅዳሓት (ኮፒ)፣ ከምኡ'ውን ብቃለ-መሓላ ዝፈጸመ ተርጓሚ ናብ ጀርመንኛ ዝተተርጎሙ ትርጉማት
doc-cv = ብሰንጠረዥ ዝተዳለወ ታሪኽ ህይወት (CV)፣ ብጀርመንኛ
doc-intent = ኣብ ደገ EU እንተ ትነብሩ፦ ኣብ ጀርመን ክትሰርሑ ከም እትደልዩ ዘርኢ ሰነድ (ንኣብነት መመልከቲ ስራሕ)
doc-language-health = ንሞያ ዝኸውን ፍልጠት ጀርመንኛ ዘረጋግጽ ሰነድ፣ መብዛሕትኡ ግዜ ደረጃ B2
doc-good-standing = ካብቲ ዝሰራሕኩምሉ ሃገር፣ ሞያዊ ጸገም ከም ዘይብልኩም ዘረጋግጽ ወረቐት (መብዛሕትኡ ግዜ ካብ 3 ኣዋርሕ ዘይበለጸ)
doc-fitness = ሓድሽ ሕክምናዊ ወረቐት፣ ጥዕናኹም ነቲ ሞያ ንምስራሕ ከም ዝፈቅድ ዘርኢ
doc-police-clearance = ሓድሽ ወረቐት ፖሊስ፣ ገበን ከም ዘይብልኩም ዘርኢ (ካብ ጀርመን፣ ካብ ዓድኹም ወይ ካብ ክልቲኡ)
doc-no-proceedings = ኣብ ልዕሌኹም ክፉት ናይ ገበን ወይ ሞያዊ ክሲ ከም ዘየለ ዝገልጽ ጽሑፍ
doc-language-medical = ሕክምናዊ ጀርመንኛ ብደረጃ C1 ዘረጋግጽ ሰነድ (ፈተና ቋንቋ ኣብ ቻምበር ሓካይም – Ärztekammer)
doc-language-dental = ንሓካይም ስኒ ዝኸውን ጀርመንኛ ብደረጃ C1 ዘረጋግጽ ሰነድ (ፈተና ቋንቋ ኣብ ቻምበር ሓካይም ስኒ – Zahnärztekammer)
doc-language-pharmacy = ንፋርማሲስትታት ዝኸውን ጀርመንኛ ብደረጃ C1 ዘረጋግጽ ሰነድ (ፈተና ቋንቋ ኣብ ቻምበር ፋርማሲስትታት – Apothekerkammer)
doc-language-profession = ንሞያ ዝኸውን ፍልጠት ጀርመንኛ ዘረጋግጽ ሰነድ (ብዙሕ ግዜ ፈተና ቋንቋ ብደረጃ C1)
doc-language-teacher = ፍልጠት ጀርመንኛ ዘረጋግጽ ሰነድ፣ መብዛሕትኡ ግዜ ደረጃ C1 ወይ C2
doc-teaching-subjects = ንነፍሲ ወከፍ ዓይነት ትምህርቲ ዝወሰድኩምዎ ስልጠናን ተግባራዊ ስልጠና መምህርነትኩምን ዘረጋግጹ ሰነዳት
doc-language-childcare = ፍልጠት ጀርመንኛ ዘረጋግጽ ሰነድ፣ ብዙሕ ግዜ ደረጃ B2 ወይ C1
doc-placements = ኣብ ግዜ ስልጠና ወይ ትምህርቲ ዝገበርኩምዎ ተግባራዊ ልምምድ (ፕራክቲኩም) ዘረጋግጹ ሰነዳት
doc-language-social = ፍልጠት ጀርመንኛ ዘረጋግጽ ሰነድ፣ ብዙሕ ግዜ ደረጃ C1
doc-engineering-degree = ምስክር ወረቐት ዲግሪኹም፣ ዓይነት ትምህርትን ንውሓት ግዜ ትምህርትን ዘርኢ
doc-architecture-study = ንውሓት ግዜ ትምህርትኩም ዘረጋግጽ ሰነድ (መብዛሕትኡ ግዜ እንተ ወሓደ 4 ዓመት)
doc-architecture-practice = ድሕሪ ዲግሪ ከም ኣርኪቴክት ከም ዝሰራሕኩም ዘረጋግጽ ሰነድ (መብዛሕትኡ ግዜ እንተ ወሓደ 2 ዓመት)
doc-leading-experience = ሞያዊ ተሞክሮኹም ዘረጋግጹ ሰነዳት፣ ብፍላይ ከም ሓላፊ ወይ ብናይ ገዛእ ርእስኹም ስራሕ
doc-driving-licence = መንጃ ፍቓድኩምን ተሞክሮ ምዝዋርኩም ዘረጋግጽ ሰነድን
doc-pilot-licence = ፍቓድ ፓይለትኩም፣ ሕክምናዊ ምስክር ወረቐትኩምን መዝገብ በረራኹምን
doc-seafarer-certificates = ምስክር ወረቐት ብቕዓትኩም፣ መጽሓፍ መርከበኛ (Seefahrtbuch) ከምኡ'ውን ኣብ ባሕሪ ዝሰራሕኩምዎ ግዜ ዘረጋግጽ ሰነድ
