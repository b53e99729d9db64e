# Kiyooska xirfadaha — qoraallada xogta tixraaca ee shaashadda, af-Soomaali: jadwalka CEFR
# oo erayo fudud ah, heerarka waxbarashada ISCED, awoodaha dijitaalka DigComp (db/reference/*.toml).
# Review: machine-drafted; not yet reviewed by a native speaker.
# Address: the sentences speak in the first person (“Waan … karaa”), like the English “I can”; no form of address needed.

## Jadwalka CEFR ee is-qiimaynta, erayo fudud
cefr-listening-A1 = Waxaan fahmaa erayo fudud oo ku saabsan aniga iyo qoyskayga marka dadku si tartiib ah u hadlaan.
cefr-listening-A2 = Waxaan fahmaa fariimo gaagaaban oo cad oo ku saabsan wax iibsiga, shaqada iyo meesha aan ku noolahay.
cefr-listening-B1 = Waxaan fahmaa qodobada muhiimka ah marka dadku si cad uga hadlaan shaqada, iskuulka ama wakhtiga firaaqada.
cefr-listening-B2 = Waxaan fahmaa hadallo dhaadheer, inta badan wararka telefishanka iyo inta badan filimada luqadda caadiga ah.
cefr-listening-C1 = Waxaan fahmaa hadallo dhaadheer, barnaamijyada telefishanka iyo filimada dadaal badan la'aan.
cefr-listening-C2 = Si fudud ayaan u fahmaa dhammaan luqadda la hadlo, xitaa marka dadku si degdeg ah u hadlaan.
cefr-reading-A1 = Waxaan fahmaa magacyo, erayo iyo jumlado aad u fudud, tusaale ahaan calaamadaha iyo boodhadhka.
cefr-reading-A2 = Waxaan akhrin karaa qoraallo aad u gaagaaban, tusaale ahaan liiska cuntada, jadwalka gaadiidka, xayeysiisyada iyo warqado gaagaaban.
cefr-reading-B1 = Waxaan fahmaa qoraallada maalinlaha ah iyo kuwa shaqada, iyo warqadaha shakhsiga ah ee ku saabsan dhacdooyin iyo dareen.
cefr-reading-B2 = Waxaan akhrin karaa maqaallo iyo warbixinno ay qorayaashu fikirkooda ku sheegaan, iyo sheekooyin casri ah.
cefr-reading-C1 = Waxaan fahmaa qoraallo dhaadheer oo adag iyo qoraallo farsamo, xitaa kuwa ka baxsan qaybtayda.
cefr-reading-C2 = Si fudud ayaan u akhriyaa nooc kasta oo qoraal ah, xitaa buugaagta tilmaamaha, maqaallada takhasuska iyo suugaanta.
cefr-spoken_interaction-A1 = Waxaan weydiin karaa oo ka jawaabi karaa su'aalo fudud, haddii qofka kale si tartiib ah u hadlo oo i caawiyo.
cefr-spoken_interaction-A2 = Waxaan yeelan karaa wada hadal aad u gaaban oo ku saabsan waxyaabaha maalinlaha ah ee aan aqaan.
cefr-spoken_interaction-B1 = Waxaan wax ka qaban karaa inta badan xaaladaha maalinlaha ah, waxaanan ka hadli karaa qoyska, hiwaayadaha, shaqada iyo safarka.
cefr-spoken_interaction-B2 = Si fudud ayaan ula hadli karaa dadka luqaddu afkooda hooyo tahay, waxaanan sharxi karaa oo difaaci karaa fikirkayga.
cefr-spoken_interaction-C1 = Si fudud oo xor ah ayaan u hadlaa, nolosha gaarka ah iyo shaqadaba, oo marar dhif ah ayaan erayo raadiyaa.
cefr-spoken_interaction-C2 = Si fudud ayaan uga qayb qaadan karaa wada hadal kasta, waxaanan muujin karaa kala duwanaanshaha yar ee macnaha.
cefr-spoken_production-A1 = Jumlado fudud ayaan ku sheegi karaa meesha aan ku noolahay, waxaanan sharxi karaa dad aan aqaan.
cefr-spoken_production-A2 = Si fudud ayaan uga hadli karaa qoyskayga, gurigayga, waxbarashadayda iyo shaqadayda.
cefr-spoken_production-B1 = Waxaan ka hadli karaa waayo-aragnimadayda, qorshayaashayda iyo rajooyinkayga, waxaanan si kooban u sharxi karaa fikirkayga.
cefr-spoken_production-B2 = Si cad oo faahfaahsan ayaan uga hadli karaa mowduucyo badan, waxaanan sharxi karaa faa'iidooyinka iyo khasaaraha.
cefr-spoken_production-C1 = Waxaan si faahfaahsan u soo bandhigi karaa mowduucyo adag, si habaysan iyo dhammaad wanaagsan.
cefr-spoken_production-C2 = Waxaan si cad oo fudud u soo bandhigi karaa mowduuc kasta, si dhagaystayaashu u xasuustaan qodobada muhiimka ah.
cefr-writing-A1 = Waxaan qori karaa kaar boosto oo gaaban, waxaanan foomamka ku buuxin karaa magacayga iyo cinwaankayga.
cefr-writing-A2 = Waxaan qori karaa qoraallo iyo fariimo gaagaaban iyo warqad shakhsi ah oo aad u fudud.
cefr-writing-B1 = Waxaan qori karaa qoraallo fudud oo ku saabsan mowduucyo aan aqaan, iyo warqado shakhsi ah oo ku saabsan waayo-aragnimadayda.
cefr-writing-B2 = Waxaan qori karaa qoraallo, warbixinno iyo warqado cad oo faahfaahsan, waxaanan sababo u bixin karaa fikir.
cefr-writing-C1 = Waxaan qori karaa qoraallo si fiican u habaysan oo ku saabsan mowduucyo adag, waxaanan dooran karaa qaabka saxda ah.
cefr-writing-C2 = Waxaan qoraa warqado adag, warbixinno iyo soo koobitaanno si cad, si fudud iyo qaab ku habboon.

## Heerarka ISCED 2011
isced-0 = Waxbarasho hore oo ka horreysa iskuulka hoose, tusaale ahaan xannaanada carruurta ama dugsiga barbaarinta (Kita).
isced-1 = Sannadaha ugu horreeya ee iskuulka, tusaale ahaan iskuulka hoose (Jarmalka: Grundschule, fasalka 1 ilaa 4).
isced-2 = Sannadaha dhexe ee iskuulka, tusaale ahaan iskuul ilaa da'da 15 ama 16 (Jarmalka: fasalka 5 ilaa 9 ama 10).
isced-3 = Tusaale ahaan iskuulka sare ilaa da'da 18 (Abitur), ama iskuul xirfadeed ama tababar xirfadeed oo shaqo lagu barto.
isced-4 = Waxbarasho ka dambeysa iskuulka sare oo aan weli ahayn waxbarasho sare, tusaale ahaan tababar xirfadeed kadib Abitur ama iskuul habeenkii oo dadka waaweyn loogu talagalay.
isced-5 = Barnaamijyo gaagaaban oo ficil ah oo iskuulka kadib ah, inta badan qiyaastii 2 sano, tusaale ahaan diblooma kulliyadeed (Jarmalka waa dhif, tusaale ahaan Geprüfter Berufsspezialist).
isced-6 = Tusaale ahaan shahaadada koowaad ee jaamacadda (Bachelor), ama Jarmalka sidoo kale shahaadada Meister, Techniker ama Fachwirt.
isced-7 = Tusaale ahaan shahaadada labaad ee jaamacadda (Master), ama waxbarasho jaamacadeed oo dheer sida Diplom ama Staatsexamen.
isced-8 = Tusaale ahaan shahaadada dhakhtarnimada cilmiga (PhD), oo ay ku jirto cilmi-baaris adiga kuu gaar ah.

## Awoodaha DigComp 2.2
digcomp-1-1 = Waxaan wax ka raadin karaa internetka, heli karaa macluumaad, kalana saari karaa natiijooyinka.
digcomp-1-2 = Waxaan hubin karaa in macluumaadka iyo ilaha internetka lagu kalsoonaan karo.
digcomp-1-3 = Waxaan kaydin karaa, habayn karaa oo dib u heli karaa faylashayda iyo macluumaadkayga.
digcomp-2-1 = Waxaan dadka kale kula xiriiri karaa iimayl, barnaamijyada fariimaha iyo wicitaannada fiidiyowga.
digcomp-2-2 = Waxaan faylal, macluumaad iyo waxyaabo kale dadka kula wadaagi karaa internetka.
digcomp-2-3 = Waxaan isticmaali karaa adeegyada dowladda ee internetka, waxaanan internetka kaga qayb qaadan karaa bulshada.
digcomp-2-4 = Waxaan dadka kale kala shaqayn karaa qalab dijitaal ah, tusaale ahaan dukumenti la wadaago.
digcomp-2-5 = Waan garanayaa sida loogu dhaqmo edeb iyo ixtiraam internetka.
digcomp-2-6 = Waxaan maamuli karaa bogaggayga internetka (profile), waxaanan ilaalin karaa sumcaddayda internetka.
digcomp-3-1 = Waxaan samayn karaa waxyaabo dijitaal ah, tusaale ahaan qoraallo, sawirro, fiidiyowyo ama bandhigyo.
digcomp-3-2 = Waxaan beddeli karaa, hagaajin karaa oo isku dari karaa waxyaabo dijitaal ah oo horay u jiray.
digcomp-3-3 = Waan aqaan xeerarka xuquuqda qoraaga iyo ruqsadaha marka aan isticmaalo waxyaabo dad kale sameeyeen.
digcomp-3-4 = Waxaan kombiyuutarka siin karaa tilmaamo tallaabo tallaabo ah, tusaale ahaan qori karaa barnaamij fudud.
digcomp-4-1 = Waxaan ilaalin karaa qalabkayga, tusaale ahaan furayaal sir ah, cusboonaysiin iyo ka-hortag fayras (antivirus).
digcomp-4-2 = Waxaan ilaalin karaa xogtayda shakhsiga ah iyo arrimahayga gaarka ah internetka.
digcomp-4-3 = Tiknoolajiyadda si caafimaad leh ayaan u isticmaalaa, waxaanan iska ilaalin karaa khataraha sida cagajuglaynta internetka.
digcomp-4-4 = Waan garanayaa sida tiknoolajiyadda dijitaalka ah u saamayso deegaanka, si taxaddar leh ayaanan u isticmaalaa.
digcomp-5-1 = Waxaan heli karaa oo xallin karaa dhibaatooyin farsamo oo fudud oo qalabka iyo barnaamijyada (apps) ah.
digcomp-5-2 = Waxaan dooran karaa qalabka ama barnaamijka dijitaalka ah ee ku habboon waxa aan u baahanahay.
digcomp-5-3 = Waxaan qalabka dijitaalka ah si hal-abuur leh ugu isticmaali karaa xallinta dhibaatooyinka iyo samaynta waxyaabo cusub.
digcomp-5-4 = Waan ogahay waxa aan weli u baahanahay inaan barto oo ku saabsan xirfadaha dijitaalka, iyo sida aan u barto.
