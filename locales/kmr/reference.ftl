# Kioska jêhatîbûnan — nivîsên daneyên referansê yên li ser ekranê bi kurmancî: tabloya CEFR
# bi gotinên sade, astên perwerdeyê yên ISCED, şiyanên dîjîtal ên DigComp (db/reference/*.toml).
# Review: machine-drafted; not yet reviewed by a native speaker.
# Address: the sentences speak in the first person (“Ez dikarim …”), like the English “I can”; no form of address needed.

## Tabloya CEFR ji bo nirxandina xwe, bi gotinên sade
cefr-listening-A1 = Dema ku mirov hêdî diaxivin, ez peyvên sade yên li ser xwe û malbata xwe fam dikim.
cefr-listening-A2 = Ez peyamên kurt û zelal ên li ser kirînê, kar û cihê ku lê dijîm fam dikim.
cefr-listening-B1 = Dema ku mirov bi zelalî li ser kar, dibistan an dema vala diaxivin, ez xalên sereke fam dikim.
cefr-listening-B2 = Ez axaftinên dirêjtir, piraniya nûçeyên televizyonê û piraniya fîlmên bi zimanê standard fam dikim.
cefr-listening-C1 = Ez axaftinên dirêj, bernameyên televizyonê û fîlman bê zehmeteke mezin fam dikim.
cefr-listening-C2 = Ez hemû zimanê axaftinê bi hêsanî fam dikim, dema ku mirov bilez diaxivin jî.
cefr-reading-A1 = Ez nav, peyv û hevokên pir sade fam dikim, wek mînak li ser tabelan û posteran.
cefr-reading-A2 = Ez dikarim nivîsên pir kurt bixwînim, wek mînak lîsteya xwarinê, tabloya demên rêwîtiyê, reklam û nameyên kurt.
cefr-reading-B1 = Ez nivîsên rojane û yên karî fam dikim, û nameyên kesane yên li ser bûyer û hestan.
cefr-reading-B2 = Ez dikarim gotar û raporên ku nivîskar tê de nêrîna xwe didin bixwînim, û romanên nûjen jî.
cefr-reading-C1 = Ez nivîsên dirêj û dijwar û nivîsên teknîkî fam dikim, yên derveyî qada xwe jî.
cefr-reading-C2 = Ez hemû cure nivîsan bi hêsanî dixwînim, rêbernameyên bikaranînê, gotarên pisporiyê û edebiyatê jî.
cefr-spoken_interaction-A1 = Ez dikarim pirsên sade bipirsim û bersiv bidim, heke kesê din hêdî biaxive û alîkariya min bike.
cefr-spoken_interaction-A2 = Ez dikarim li ser tiştên rojane yên nas sohbetên pir kurt bikim.
cefr-spoken_interaction-B1 = Ez dikarim di piraniya rewşên rojane de karê xwe bibînim û li ser malbat, hobî, kar û rêwîtiyê biaxivim.
cefr-spoken_interaction-B2 = Ez dikarim bi kesên ku ev zimanê wan ê dayikê ye re bi herikbarî biaxivim, nêrîna xwe rave bikim û biparêzim.
cefr-spoken_interaction-C1 = Ez di jiyana taybet û li kar de bi herikbarî û azad diaxivim, û kêm caran li peyvan digerim.
cefr-spoken_interaction-C2 = Ez dikarim bi hêsanî beşdarî her sohbetê bibim û cudahiyên hûr ên wateyê bibêjim.
cefr-spoken_production-A1 = Ez dikarim bi hevokên sade bibêjim ez li ku dijîm û kesên ku nas dikim bidim nasîn.
cefr-spoken_production-A2 = Ez dikarim bi awayekî sade li ser malbata xwe, mala xwe, perwerdeya xwe û karê xwe biaxivim.
cefr-spoken_production-B1 = Ez dikarim li ser serpêhatî, plan û hêviyên xwe biaxivim û nêrîna xwe bi kurtî rave bikim.
cefr-spoken_production-B2 = Ez dikarim li ser gelek mijaran bi zelalî û bi hûrgilî biaxivim û alî yên baş û xirab rave bikim.
cefr-spoken_production-C1 = Ez dikarim mijarên dijwar bi hûrgilî, bi rêk û pêk û bi dawiyeke baş pêşkêş bikim.
cefr-spoken_production-C2 = Ez dikarim her mijarê bi zelalî û bi herikbarî pêşkêş bikim, da ku guhdar xalên sereke bi bîr bînin.
cefr-writing-A1 = Ez dikarim kartpostaleke kurt binivîsim û nav û navnîşana xwe li ser forman binivîsim.
cefr-writing-A2 = Ez dikarim nîşe û peyamên kurt û nameyeke kesane ya pir sade binivîsim.
cefr-writing-B1 = Ez dikarim li ser mijarên nas nivîsên sade binivîsim, û nameyên kesane yên li ser serpêhatiyên xwe.
cefr-writing-B2 = Ez dikarim nivîs, rapor û nameyên zelal û bi hûrgilî binivîsim, û ji bo nêrînekê sedeman bidim.
cefr-writing-C1 = Ez dikarim li ser mijarên dijwar nivîsên bi rêk û pêk binivîsim û şêwaza rast hilbijêrim.
cefr-writing-C2 = Ez nameyên tevlihev, rapor û kurteyan bi zelalî, bi herikbarî û bi şêwazeke guncav dinivîsim.

## Astên ISCED 2011
isced-0 = Fêrbûna zû berî dibistana seretayî, wek mînak baxçeyê zarokan an lênêrîna rojane (Kita).
isced-1 = Salên yekem ên dibistanê, wek mînak dibistana seretayî (li Almanyayê: Grundschule, pola 1 heta 4).
isced-2 = Salên navîn ên dibistanê, wek mînak dibistan heta temenê 15 an 16 salî (li Almanyayê: pola 5 heta 9 an 10).
isced-3 = Wek mînak dibistana amadeyî heta temenê 18 salî (Abitur), an dibistaneke pîşeyî an hînbûna pîşeyekê li cihê kar.
isced-4 = Perwerde piştî dibistana amadeyî ku hîn ne xwendina bilind e, wek mînak hînbûna pîşeyekê piştî Abiturê an dibistana êvarê ji bo mezinan.
isced-5 = Bernameyên kurt û pratîk piştî dibistanê, bi gelemperî nêzî 2 salan, wek mînak dîplomaya peymangehê (li Almanyayê kêm e, wek mînak Geprüfter Berufsspezialist).
isced-6 = Wek mînak lîsans (Bachelor) li zanîngehê, an li Almanyayê bawernameyeke Meister, Techniker an Fachwirt jî.
isced-7 = Wek mînak master, an xwendineke dirêj a zanîngehê wek Diplom an Staatsexamen.
isced-8 = Wek mînak doktora (PhD), ku lêkolîna we ya xwe jî tê de heye.

## Şiyanên DigComp 2.2
digcomp-1-1 = Ez dikarim li înternetê bigerim, agahiyan bibînim û encaman parzûn bikim.
digcomp-1-2 = Ez dikarim kontrol bikim ka agahî û çavkaniyên li înternetê ewle ne.
digcomp-1-3 = Ez dikarim pel û agahiyên xwe tomar bikim, rêz bikim û dîsa bibînim.
digcomp-2-1 = Ez dikarim bi e-name, bernameyên peyaman û bi lêgerînên vîdyoyî bi kesên din re têkiliyê daynim.
digcomp-2-2 = Ez dikarim pel, agahî û naverokê li ser înternetê bi kesên din re parve bikim.
digcomp-2-3 = Ez dikarim xizmetên fermî yên li ser înternetê bi kar bînim û li ser înternetê beşdarî jiyana civakê bibim.
digcomp-2-4 = Ez dikarim bi amûrên dîjîtal bi kesên din re bi hev re bixebitim, wek mînak bi belgeyên hevpar.
digcomp-2-5 = Ez dizanim li ser înternetê çawa bi nezaket û rêzdarî tevbigerim.
digcomp-2-6 = Ez dikarim profîlên xwe yên li ser înternetê birêve bibim û navdariya xwe ya li ser înternetê biparêzim.
digcomp-3-1 = Ez dikarim naveroka dîjîtal çêkim, wek mînak nivîs, wêne, vîdyo an pêşkêşî.
digcomp-3-2 = Ez dikarim naveroka dîjîtal a heyî biguherînim, baştir bikim û bi hev re bikim yek.
digcomp-3-3 = Dema ku ez naverokê bi kar tînim, ez qaîdeyên mafê nivîskariyê û destûrnameyan (lîsans) dizanim.
digcomp-3-4 = Ez dikarim gav bi gav fermanan bidim komputerê, wek mînak bernameyeke sade binivîsim.
digcomp-4-1 = Ez dikarim cîhazên xwe biparêzim, wek mînak bi şîfreyan, nûkirinan û antîvîrûsê.
digcomp-4-2 = Ez dikarim daneyên xwe yên kesane û jiyana xwe ya taybet li ser înternetê biparêzim.
digcomp-4-3 = Ez teknolojiyê bi awayekî tendurist bi kar tînim û dikarim xwe ji xetereyên wek êrîş û tinazên li ser înternetê (cyberbullying) biparêzim.
digcomp-4-4 = Ez dizanim teknolojiya dîjîtal çawa bandorê li jîngehê dike, û ez wê bi baldarî bi kar tînim.
digcomp-5-1 = Ez dikarim pirsgirêkên teknîkî yên sade yên cîhaz û bernameyan bibînim û çareser bikim.
digcomp-5-2 = Ez dikarim ji bo tiştê ku pêwîst dikim amûr an bernameya dîjîtal a rast hilbijêrim.
digcomp-5-3 = Ez dikarim amûrên dîjîtal bi awayekî afirîner bi kar bînim, da ku pirsgirêkan çareser bikim û tiştên nû çêkim.
digcomp-5-4 = Ez dizanim di warê jêhatîbûnên dîjîtal de hîn çi divê ez fêr bibim, û çawa fêr bibim.
