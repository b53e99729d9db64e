# Kiyooska xirfadaha — qoraallada af-Soomaaliga ee ku saabsan aqoonsiga (Anerkennung) shahaadooyinka dibadda ee Jarmalka:
# waxa xaalad kastaa ka dhigan tahay, shaqooyinka sharciga gaarka ah leh, xusuusinahooda iyo waraaqaha la keenayo.
# The German legal names (authority, law) stay in db/reference/regulated.toml.
# Source of the content: the portal "Anerkennung in Deutschland" (BIBB) and the laws
# named in db/reference/regulated.toml; as of 2026-12.
# Address as in kiosk.ftl: singular "adiga" (waxaad u baahan tahay, keen), "fadlan" where a request is polite.
# Terms: recognition = aqoonsi (Anerkennung), advisor = lataliye, qualification = shahaado xirfadeed / shahaado,
# certificate = shahaado, Chamber of Crafts = Rugta Farsamada Gacanta (Handwerkskammer), chamber = rug,
# permission/licence = rukhsad, regulated = shaqo sharci gaar ah leh, federal state = gobol (Bundesland).
# Review: machine-drafted; not yet reviewed by a native speaker or a recognition expert.

## Waxa xaalad kastaa ka dhigan tahay ($occupation: magaca shaqada)
recognition-licence = Si aad Jarmalka uga shaqeyso shaqada “{ $occupation }”, waxaad u baahan tahay rukhsad. Sidaa darteed, waa in shahaadadaada xirfadeed la aqoonsadaa (Anerkennung). Lataliyahaagu wuu kaa caawin karaa codsiga.
recognition-self-employment = Waxaad ka shaqeyn kartaa { $occupation } adigoo shaqaale ah, aqoonsi la'aan. Haddii aad rabto inaad xirfaddan ganacsi kuu gaar ah ka furato, waxaad u baahan tahay shahaadada heerka ugu sarreeya ee xirfadda (Meisterbrief), ama in Rugta Farsamada Gacanta (Handwerkskammer) ay aqoonsato in shahaadadaadu ay la mid tahay.
recognition-title = Shaqadan waad qaban kartaa aqoonsi la'aan. Magaca “{ $occupation }” oo keliya ayaa sharcigu ilaaliyaa: si aad isugu magacawdo magacaas, waxaad u baahan tahay rukhsad.
recognition-own-route = { $occupation }: Jarmalka shaqadan waxay u baahan tahay imtixaan Jarmal ah ama magacaabis rasmi ah. Shaqadan, shahaado dibadda laga helay si fudud looma aqoonsan karo.
recognition-partly = Tan waxay kugu khusaysaa oo keliya haddii aad shaqadan qabatay: { $occupation } Jarmalka waa shaqo sharci gaar ah leh.
recognition-comparability = Haddii aad haysato shahaado jaamacadeed, Xafiiska Dhexe ee Waxbarashada Dibadda (ZAB) wuxuu kuu samayn karaa qiimayn shahaado (Zeugnisbewertung). Qiimayntu waxay shaqo-bixiyeyaasha tustaa waxa shahaadadaadu Jarmalka u dhiganto. Adeeggan lacag ayaa laga qaadaa.
recognition-voluntary = { $occupation }: Jarmalka shaqadani sharci gaar ah ma laha. Waad qaban kartaa aqoonsi la'aan. Hase yeeshee aqoonsi waa la heli karaa, wuxuuna kaa caawiyaa marka aad shaqo raadinayso: rugta (tusaale ahaan IHK FOSA ama Rugta Farsamada Gacanta – Handwerkskammer) ayaa shahaadadaada xirfadeed barbardhigta xirfad Jarmal ah.
recognition-help = Talo bilaash ah oo ku saabsan aqoonsiga waxaad ka heli kartaa: xarumaha la-talinta aqoonsiga ee shabakadda IQ (www.netzwerk-iq.de) iyo bogga rasmiga ah www.anerkennung-in-deutschland.de.
recognition-source = Ilaha: bogga “Anerkennung in Deutschland” (Aqoonsiga Jarmalka) iyo sharciyada la sheegay. Tani waa hage keliya: go'aanka waxaa gaara xafiiska masuulka ah.
recognition-reference = Shaqada u dhiganta ee Jarmalka:
recognition-note = Ogow:

## Shaqooyinka sharciga gaarka ah leh: magacyadooda
prof-doctor = dhakhtar
prof-dentist = dhakhtarka ilkaha
prof-pharmacist = farmashiiste
prof-veterinarian = dhakhtarka xoolaha
prof-psychotherapist = daaweeye nafsi ah (saykoteraabist)
prof-nurse = kalkaaliye caafimaad (nars)
prof-ata_ota = kaaliye farsamo oo suuxinta ama qolka qalliinka (ATA/OTA)
prof-nursing_assistant = caawiyaha kalkaalinta
prof-midwife = umuliso
prof-physiotherapist = daaweeyaha jirka (fisiyoteraabi)
prof-masseur = duugaha caafimaadka (masaajiiste)
prof-medical_technologist = farsamoyaqaanka caafimaadka (shaybaarka, raajada)
prof-pharmaceutical_technical_assistant = kaaliyaha farsamada farmashiyaha (PTA)
prof-emergency_paramedic = gargaaraha degdegga (paramedic)
prof-speech_therapist = daaweeyaha hadalka
prof-dietitian = khabiirka nafaqada
prof-occupational_therapist = daaweeyaha hawlaha maalinlaha (Ergotherapie)
prof-podiatrist = daaweeyaha cagaha (Podologie)
prof-orthoptist = khabiirka dhaqdhaqaaqa indhaha (Orthoptik)
prof-heilpraktiker = daaweeye aan dhakhtar ahayn (Heilpraktiker)
prof-teacher = macallin dugsi dawladeed
prof-educator = barbaariye carruureed oo dawladdu aqoonsan tahay (Erzieher/in)
prof-social_worker = shaqaale arrimaha bulshada oo dawladdu aqoonsan tahay
prof-lawyer = qareen
prof-judge = garsoore
prof-notary = nootaayo
prof-tax_advisor_auditor = lataliyaha canshuuraha ama hanti-dhowre rasmi ah
prof-engineer = injineer
prof-architect = naqshadeeye dhismeed (aarkitekt)
prof-urban_planner = qorsheeyaha magaalooyinka
prof-food_chemist = khabiirka kiimikada cuntada oo dawladdu ansixisay
prof-surveyor = sahamiyaha dhulka oo si rasmi ah loo magacaabay
prof-sworn_translator = turjumaan la dhaariyey (qoraal ama hadal)
prof-driving_instructor = macallinka darawalnimada
prof-professional_driver = darawal xirfadeed oo wada baabuur xamuul ama bas
prof-passenger_transport = darawalka taksiga ama ambalaaska
prof-pilot = duuliye (pilot)
prof-ship_officer = sarkaal markab
prof-security = waardiye amni
prof-craft_electrical = xirfadda korontada
prof-craft_information = xirfadda teknoolojiyadda macluumaadka (IT)
prof-craft_plumbing_heating = xirfadda tuubooyinka biyaha iyo kululaynta guryaha
prof-craft_refrigeration = xirfadda qaboojiyeyaasha (friij iyo qaboojiye hawo)
prof-craft_motor_vehicle = xirfadda makaanikada baabuurta
prof-craft_machinery = xirfadda mashiinnada beeraha iyo dhismaha
prof-craft_bicycle = xirfadda baaskiillada iyo mootooyinka
prof-craft_hairdresser = xirfadda timaha (timo-jar iyo timo-qurxin)
prof-craft_roofer = xirfadda saqafyada
prof-craft_bricklayer = xirfadda wastaadnimada (darbiyada iyo shubka)
prof-craft_carpenter = xirfadda nijaarnimada dhismaha (alwaaxda saqafka iyo dhismaha)
prof-craft_scaffolder = xirfadda jaranjarooyinka dhismaha (scaffolding)
prof-craft_floor_tiles = xirfadda dhigista balaadhka iyo sagxadaha (tiles)
prof-craft_plasterer = xirfadda malaasidda darbiyada
prof-craft_insulation = xirfadda dahaarka kulka, qabowga iyo codka
prof-craft_glazier = xirfadda quraaradaha daaqadaha iyo albaabada
prof-craft_painter = xirfadda rinjiyeynta iyo warnishka
prof-craft_metal = xirfadda birta
prof-craft_sheet_metal = xirfadda jiingadaha iyo biyo-mareennada saqafka
prof-craft_precision = xirfadda makaanikada saxda ah (precision)
prof-craft_stonemason = xirfadda qorista dhagaxa
prof-craft_well_builder = xirfadda qodista ceelasha
prof-craft_baker = xirfadda dubista rootiga iyo keega
prof-craft_butcher = xirfadda hilibka (qalista iyo diyaarinta hilibka)
prof-craft_joiner = xirfadda nijaarnimada alaabta (alaabta guriga, albaabada iyo daaqadaha)
prof-craft_upholsterer = xirfadda dahaarka kuraasta iyo qurxinta gudaha guriga
prof-craft_optician = xirfadda ookiyaalaha (muraayadaha indhaha)
prof-craft_dental_orthopaedic = xirfadda farsamada ilkaha iyo qalabka caawinta jirka (orthopaedic)
prof-craft_orthopaedic_shoes = xirfadda kabaha caafimaadka (orthopaedic)
prof-craft_chimney_sweep = xirfadda nadiifinta qiiq-bixiyaha (chimney)

## Xusuusin ku saabsan shaqooyinka qaarkood
prof-doctor-note = Rukhsadda waxaa la yiraahdaa “Approbation”. Inta aadan helin, waxaa suurtagal ah rukhsad shaqo oo ku meel gaar ah. Darajada takhasuska waxaa si gooni ah u aqoonsata Rugta Dhakhaatiirta (Ärztekammer).
prof-psychotherapist-note = Shaqada cilmi-nafsiyaqaanka rukhsad uma baahna. Daaweynta bukaannada oo ah saykoteraabist se waxay u baahan tahay rukhsad.
prof-nurse-note = Tan waxaa sidoo kale ku jira daryeelka dadka waayeelka ah iyo kalkaalinta carruurta. Jarmalka, laga bilaabo 2020, waa hal tababar oo keliya.
prof-ata_ota-note = Laga bilaabo 2022, kuwani waa xirfado caafimaad oo gooni ah, mid walbana rukhsad u gaar ah ayuu leeyahay.
prof-nursing_assistant-note = Ilaa hadda gobol kasta (Bundesland) xeerar u gaar ah ayuu leeyahay. Laga bilaabo 2027 waxaa la qorsheeyey in la dhaqan geliyo sharci federaal ah oo loogu talagalay caawiyeyaasha kalkaalinta.
prof-midwife-note = Jarmalka, umulisonimadu hadda waa waxbarasho jaamacadeed. Magaca (Hebamme) waa isku mid ragga iyo dumarkaba.
prof-medical_technologist-note = Waxaa jira afar xirfadood oo kala duwan: shaybaarka, raajada, baaritaanka shaqada xubnaha jirka (Funktionsdiagnostik) iyo caafimaadka xoolaha.
prof-heilpraktiker-note = Tababar dibadda laga helay looma aqoonsado shaqadan. Xafiiska caafimaadka ee deegaanka (Gesundheitsamt) ayaa bixiya rukhsadda, kadib marka aqoontaada la hubiyo.
prof-teacher-note = Codsiga waxaad u gudbinaysaa gobolka (Bundesland) aad rabto inaad wax ka dhigto. Jarmalka macallimiintu badanaa laba maaddo ayay dhigaan; haddii aad hal maaddo keliya leedahay, waxaa laga yaabaa inaad u baahato tababar dheeraad ah ama imtixaan. Iskuullada gaarka ah ama koorsooyinka luqadda waxaa laga yaabaa inaad wax ka dhigi karto aqoonsi la'aan.
prof-educator-note = Xeerarka iyo xafiisyada masuulka ah way ku kala duwan yihiin 16-ka gobol. Inaad caawiye ka noqoto xanaanada carruurta (Kita) waxaa laga yaabaa inay suurtagal tahay aqoonsi la'aan.
prof-social_worker-note = Shaqo-bixiyeyaal badan oo dawladeed waxay weydiiyaan aqoonsiga dawladda (staatliche Anerkennung). Xeerarku way ku kala duwan yihiin gobollada.
prof-lawyer-note = Qareennada ka yimid EU, EEA ama Swiiserlaand waxaa la oggolaan karaa kadib imtixaan karti. Qareennada ka yimid waddamada kale ee xubnaha ka ah WTO waxaa loo oggolaan karaa oo keliya sharciga waddankooda iyo sharciga caalamiga ah. Haddii kale waxaa loo baahan yahay imtixaannada sharciga ee dawladda Jarmalka. Shaqo kaaliye sharci ah ama shaqo xarun la-talin waxaa laga yaabaa inay suurtagal tahay.
prof-judge-note = Garsoorayaashu waxay u baahan yihiin labada imtixaan ee sharciga ee dawladda Jarmalka iyo dhalashada Jarmalka.
prof-notary-note = Nootaayooyinku waxay u baahan yihiin labada imtixaan ee sharciga ee dawladda Jarmalka. Tirada jagooyinka nootaayada waa xaddidan tahay.
prof-tax_advisor_auditor-note = Haddii shahaadadaadu ka timid EU, EEA ama Swiiserlaand, imtixaan karti ayaa suurtagal ah. Haddii kale waxaa loo baahan yahay imtixaanka Jarmalka. Shaqada xisaabiyaha ama haynta buugaagta xisaabta rukhsad uma baahna.
prof-engineer-note = Waxaad shirkad uga shaqeyn kartaa injineer ahaan aqoonsi la'aan. Si aad isugu magacawdo “Ingenieur/in”, waxaad u baahan tahay rukhsad. Si ay u saxiixaan codsiyada dhismaha (Bauantrag), injineerada madaniga ah waxay sidoo kale u baahan yihiin in lagu diiwaangeliyo liiska Rugta Injineerada (Ingenieurkammer).
prof-architect-note = Si aad u isticmaasho magaca oo aad u gudbiso naqshadaha dhismaha, waxaad u baahan tahay in lagu diiwaangeliyo liiska naqshadeeyayaasha ee rugta (Architektenkammer).
prof-urban_planner-note = Gobollada badankooda magacu sharci ahaan waa la ilaaliyaa (diiwaangelin liiska qorsheeyayaasha magaalooyinka ee rugta).
prof-food_chemist-note = Magaca waxaa inta badan loo baahan yahay kormeerka rasmiga ah ee cuntada iyo warbixinnada khubarada. Shaqo kale oo kiimikoyaqaan ahaan rukhsad uma baahna.
prof-surveyor-note = Cabbirka rasmiga ah ee dhulka waxaa sameeya sahamiyayaal si rasmi ah loo magacaabay. Badanaa waxay u baahan yihiin imtixaanka dawladda Jarmalka ee sahaminta dhulka. Shaqo kale oo sahamin ah rukhsad uma baahna.
prof-sworn_translator-note = Turjumaadda qoraalka iyo turjumaadda afka rukhsad uma baahna. Maxkamadaha iyo xafiisyada dawladda oo keliya ayaad u baahan tahay in lagu magacaabo oo lagu dhaariyo; taas waxay u baahan tahay caddayn xirfaddaada, badanaa imtixaan.
prof-professional_driver-note = Waxaad u baahan tahay liisanka darawalnimada ee nooca gaariga iyo aqoonta aasaasiga ah ee darawalada xirfadda leh (Grundqualifikation). Liisan laga helay meel ka baxsan EU badanaa waa in la beddelo ama mar kale la qaato.
prof-passenger_transport-note = Darawalada taksiga, gaariga kirada ah ee darawalka leh iyo ambalaaska waxay u baahan yihiin rukhsad gaar ah oo rakaab qaadis ah, oo laga helo xafiiska liisanka darawalnimada (Fahrerlaubnisbehörde).
prof-pilot-note = Liisan duulis oo laga helay meel ka baxsan EU waa in la ansixiyo ama la beddelo sida xeerarka EU.
prof-ship_officer-note = Shahaadooyinka kartida ee waddamo kale waxaa lagu aqoonsan karaa summad aqoonsi (Anerkennungsvermerk) sida xeerarka caalamiga ah ee STCW.
prof-security-note = Shahaado dibadda laga helay looma aqoonsado shaqadan. Waxaad u baahan tahay koorsada IHK (Unterrichtung, 40 saacadood) ama, hawlaha qaarkood, imtixaanka aqoonta ee IHK (Sachkundeprüfung).
prof-craft_chimney_sweep-note = Nadiifiyeyaasha qiiq-bixiyaha ee degmada (Bezirksschornsteinfeger) waxaa sidoo kale magacaaba xafiiska dawladda.

## Waraaqaha la keenayo
doc-application = Foomka codsiga ee xafiiska masuulka ah
doc-identity = Baasaboor ama kaarka aqoonsiga; haddii magacaagu isbeddelay, caddayn (tusaale ahaan shahaadada guurka)
doc-qualification = Shahaadadaada, dibloomadaada ama shahaadada jaamacadda
doc-transcript = Liiska maaddooyinka oo leh saacadaha aragtida iyo ficilka, iyo buundooyinka
doc-experience = Caddaynta khibradda shaqo (tusaale ahaan warqado shaqo-bixiyeyaasha, buugga shaqada)
doc-translations = Nuqullo la xaqiijiyey, iyo turjumaad Jarmal ah oo uu sameeyey turjumaan la dhaariyey
doc-cv = Taariikh nololeed (CV) shax ahaan ah, af Jarmal ku qoran
doc-intent = Haddii aad ku nooshahay meel ka baxsan EU: caddayn inaad rabto inaad Jarmalka ka shaqeyso (tusaale ahaan codsiyo shaqo)
doc-language-health = Caddaynta af Jarmalka ee xirfadda, badanaa heerka B2
doc-good-standing = Warqad ka timid waddanka aad ka shaqeysay oo muujinaysa inaadan dhibaato xirfadeed lahayn (badanaa la soo saaray 3-dii bilood ee u dambeeyay)
doc-fitness = Warqad caafimaad oo cusub oo muujinaysa inaad caafimaad ahaan u qaban karto shaqadan
doc-police-clearance = Warqad boolis oo cusub oo muujinaysa inaadan dembi lahayn (Jarmalka iyo/ama waddankaaga hooyo)
doc-no-proceedings = Qoraal aad ku caddaynayso inaysan jirin dacwad dembi ama dacwad xirfadeed oo furan oo lagaa haysto
doc-language-medical = Caddaynta af Jarmalka caafimaadka heerka C1 (imtixaanka luqadda ee Rugta Dhakhaatiirta – Ärztekammer)
doc-language-dental = Caddaynta af Jarmalka dhakhaatiirta ilkaha heerka C1 (imtixaanka luqadda ee Rugta Dhakhaatiirta Ilkaha – Zahnärztekammer)
doc-language-pharmacy = Caddaynta af Jarmalka farmashiistayaasha heerka C1 (imtixaanka luqadda ee Rugta Farmashiistayaasha – Apothekerkammer)
doc-language-profession = Caddaynta af Jarmalka ee xirfadda (inta badan imtixaan luqadeed heerka C1)
doc-language-teacher = Caddaynta af Jarmalka, badanaa heerka C1 ama C2
doc-teaching-subjects = Caddaynta tababarkaaga maaddo kasta oo iskuul, iyo tababarkaaga macallinnimo ee ficilka ah
doc-language-childcare = Caddaynta af Jarmalka, inta badan heerka B2 ama C1
doc-placements = Caddaynta tababarrada ficilka ah (Praktikum) ee aad qabatay inta lagu jiray tababarkaaga ama waxbarashadaada
doc-language-social = Caddaynta af Jarmalka, inta badan heerka C1
doc-engineering-degree = Shahaadadaada jaamacadda oo muujinaysa maaddada iyo muddada waxbarashada
doc-architecture-study = Caddaynta muddada waxbarashadaada (badanaa ugu yaraan 4 sano)
doc-architecture-practice = Caddaynta inaad naqshadeeye ahaan u shaqeysay kadib shahaadadaada (badanaa ugu yaraan 2 sano)
doc-leading-experience = Caddaynta khibradda shaqo, gaar ahaan jago hoggaamin ama shaqo adiga kuu gaar ah
doc-driving-licence = Liisankaaga darawalnimada iyo caddaynta khibraddaada wadista
doc-pilot-licence = Liisankaaga duuliyenimada, shahaadadaada caafimaadka iyo buuggaaga duulimaadyada (logbook)
doc-seafarer-certificates = Shahaadooyinkaaga kartida, buuggaaga badmaaxnimada (Seefahrtbuch) iyo caddaynta waqtiga aad badda ku shaqeynaysay
