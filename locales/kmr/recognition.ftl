# Kioska jêhatîbûnan — nivîsên kurmancî li ser pejirandina (Anerkennung) bawernameyên biyanî li Almanyayê:
# wateya her rewşê, pîşeyên bi qaydeyên qanûnî (reglementiert), têbînî û belgeyên ku divê werin anîn.
# Kurmanji (Hawar alphabet) texts about recognition of foreign qualifications in Germany. The German legal names
# (authority, law) stay in db/reference/regulated.toml. Source of the content: the portal "Anerkennung in Deutschland"
# (BIBB) and the laws named in db/reference/regulated.toml; as of 2026-12. Meaning checked against locales/de/recognition.ftl.
# Address as in kiosk.ftl: polite plural “hûn”; advisors named in the plural (şêwirmend). The profession name is inserted
# unchanged, so it stands after a colon or in quotation marks. Job names are lower case; where an ezafe is needed it is the
# common (masculine) form, as Kurmanji job lists usually do; crafts are named as a trade (pîşeya …).
# Terms: recognition = pejirandin (Anerkennung); advisor = şêwirmend; qualification/certificate = bawername; proof = belge;
# Chamber of Crafts = Odeya Pîşekaran (Handwerkskammer); regulated = bi qaydeyên qanûnî; federal state = eyalet.
# Review: machine-drafted; not yet reviewed by a native speaker or a recognition expert.

## Wateya her rewşê ($occupation: navê pîşeyê)
recognition-licence = { $occupation }: ji bo ku hûn li Almanyayê vî karî bikin, destûreke fermî ji we re lazim e. Ji bo vê divê bawernameya we were pejirandin. Şêwirmend dikarin di serlêdanê de alîkariya we bikin.
recognition-self-employment = { $occupation }: di vê pîşeyê de hûn dikarin bêyî pejirandinê wek karmend ji bo kardêrekî kar bikin. Ji bo ku hûn di vê pîşeyê de karê xwe yê serbixwe (atolyeya xwe) bimeşînin, bawernameya hostatiyê (Meisterbrief) an pejirandina bawernameyeke wekhev ji aliyê Odeya Pîşekaran (Handwerkskammer) ve ji we re lazim e.
recognition-title = Hûn dikarin vî karî bêyî pejirandinê bikin. Tenê navê “{ $occupation }” ji aliyê qanûnê ve tê parastin: ji bo ku hûn vî navî ji xwe re bi kar bînin, destûreke fermî ji we re lazim e.
recognition-own-route = { $occupation }: ji bo vê yekê li Almanyayê ezmûneke almanî an tayînkirineke fermî lazim e. Bawernameyeke ji derveyî welêt ji bo vê bi hêsanî nayê pejirandin.
recognition-partly = Tenê heke karê we ev bû: { $occupation } li Almanyayê pîşeyeke bi qaydeyên qanûnî ye (reglementiert).
recognition-comparability = Ji bo bawernameya zanîngehê, Navenda Perwerdeya Biyanî (ZAB) dikare nirxandineke bawernameyê (Zeugnisbewertung) bide. Ew nîşanî kardêran dide ka bawernameya we li Almanyayê çi qasî hêja ye. Ji bo vê divê hûn xercekê bidin.
recognition-voluntary = { $occupation }: li Almanyayê ji bo vî karî qaydeyên qanûnî yên taybet tune ne. Hûn dikarin vî karî bêyî pejirandinê bikin. Dîsa jî pejirandin gengaz e û li cem kardêran alîkariya we dike: ode (Kammer, wek mînak IHK FOSA an Odeya Pîşekaran) bawernameya we ya pîşeyî bi pîşeyeke almanî re dide ber hev.
recognition-help = Şêwirdariya belaş li ser pejirandinê: şêwirdariya pejirandinê ya tora IQ (IQ Netzwerk, www.netzwerk-iq.de) û malpera fermî www.anerkennung-in-deutschland.de.
recognition-source = Çavkanî: malpera “Anerkennung in Deutschland” û qanûnên ku navê wan hatiye gotin. Ev tenê ji bo rêberiyê ye: biryarê daireya berpirsiyar dide.
recognition-reference = Pîşeya almanî ya ji bo berhevdanê:
recognition-note = Baş e ku hûn bizanin:

## Pîşeyên bi qaydeyên qanûnî: navên wan
prof-doctor = bijîşk
prof-dentist = bijîşkê diranan
prof-pharmacist = dermansaz
prof-veterinarian = veterîner (bijîşkê heywanan)
prof-psychotherapist = psîkoterapîst
prof-nurse = nexweşnêr (hemşîre)
prof-ata_ota = arîkarê teknîkî yê anesteziyê an yê odeya emeliyatê (ATA/OTA)
prof-nursing_assistant = arîkarê nexweşnêriyê
prof-midwife = pêlîk (ebe)
prof-physiotherapist = fîzyoterapîst
prof-masseur = masajkarê bijîşkî
prof-medical_technologist = teknîsyenê bijîşkî (laboratuvar, radyolojî)
prof-pharmaceutical_technical_assistant = arîkarê teknîkî yê dermanxaneyê (PTA)
prof-emergency_paramedic = paramedîk (Notfallsanitäter)
prof-speech_therapist = terapîstê axaftinê (logoped)
prof-dietitian = pisporê xwarin û perhîzê (dîetîsyen)
prof-occupational_therapist = ergoterapîst
prof-podiatrist = pisporê lênêrîna lingan (podolog)
prof-orthoptist = ortoptîst (terapîstê tevgera çavan)
prof-heilpraktiker = dermankarê xwezayî yê ne bijîşk (Heilpraktiker)
prof-teacher = mamoste li dibistaneke dewletê
prof-educator = perwerdekarê zarokan, bi pejirandina dewletê (Erzieher/in)
prof-social_worker = xebatkarê civakî, bi pejirandina dewletê
prof-lawyer = parêzer (avokat)
prof-judge = dadwer
prof-notary = noter
prof-tax_advisor_auditor = şêwirmendê bacê an kontrolkarê hesaban ê fermî
prof-engineer = endezyar
prof-architect = mîmar
prof-urban_planner = plansazê bajêr
prof-food_chemist = kîmyagerê xwarinê, bi ezmûna dewletê
prof-surveyor = endezyarê pîvandina erdê, bi tayîna fermî
prof-sworn_translator = wergêr an tercumanê sondxwarî
prof-driving_instructor = mamosteyê ajotinê
prof-professional_driver = ajokarê pîşeyî yê kamyon an otobusê
prof-passenger_transport = ajokarê taksî an ambulansê
prof-pilot = pîlot
prof-ship_officer = efserê keştiyê
prof-security = parêzvan (karmendê ewlehiyê)
prof-craft_electrical = pîşeya elektrîkê
prof-craft_information = pîşeya amûrên teknolojiya agahiyê (IT)
prof-craft_plumbing_heating = pîşeya boriyan û germkirinê (sanîter û kalorîfer)
prof-craft_refrigeration = pîşeya sîstemên sarkirinê
prof-craft_motor_vehicle = pîşeya tamîra wesayîtan (mekanîka erebeyan)
prof-craft_machinery = pîşeya tamîra makîneyên çandiniyê û avahîsaziyê
prof-craft_bicycle = pîşeya tamîra bîsîklet û motorsîkletan
prof-craft_hairdresser = pîşeya berberiyê (kuaforî)
prof-craft_roofer = pîşeya çêkirina banan
prof-craft_bricklayer = pîşeya avakirina dîwaran û betonê
prof-craft_carpenter = pîşeya neccariya avahiyan (avahiyên darîn)
prof-craft_scaffolder = pîşeya danîna îskeleyan
prof-craft_floor_tiles = pîşeya seramîk û raxistina erdê
prof-craft_plasterer = pîşeya sivaxkirinê
prof-craft_insulation = pîşeya îzolasyonê
prof-craft_glazier = pîşeya camkariyê
prof-craft_painter = pîşeya boyaxkirin û verniskirinê
prof-craft_metal = pîşeya hesinkarî û metalkariyê
prof-craft_sheet_metal = pîşeya tenekekariyê (pelên metalî)
prof-craft_precision = pîşeya mekanîka hûrbîn
prof-craft_stonemason = pîşeya kevirtraşiyê
prof-craft_well_builder = pîşeya kolandina bîran
prof-craft_baker = pîşeya nanpêjî û şîrînîçêkirinê
prof-craft_butcher = pîşeya qesabiyê
prof-craft_joiner = pîşeya neccariyê (mobîlya, derî û pencere)
prof-craft_upholsterer = pîşeya doşemeya mobîlyayan û xemilandina hundirê malan
prof-craft_optician = pîşeya çêkirina berçavkan (optîk)
prof-craft_dental_orthopaedic = pîşeya çêkirina diranan û amûrên ortopedîk
prof-craft_orthopaedic_shoes = pîşeya çêkirina pêlavên ortopedîk
prof-craft_chimney_sweep = pîşeya paqijkirina dûkêşan (bixêriyan)

## Têbînî li ser hin pîşeyan
prof-doctor-note = Navê vê destûrê Approbation e. Heta ku hûn wê bistînin, destûreke demkî ya kar gengaz e. Sernavê pisporiyê ji aliyê Odeya Bijîşkan (Ärztekammer) ve cuda tê pejirandin.
prof-psychotherapist-note = Ji bo kar wek psîkolog destûr ne lazim e. Lê ji bo dermankirina nexweşan wek psîkoterapîst destûr lazim e.
prof-nurse-note = Ev lênêrîna kal û pîran û nexweşnêriya zarokan jî di nav xwe de digire. Li Almanyayê ji sala 2020an û vir ve ev yek perwerdeya hevpar e.
prof-ata_ota-note = Ji sala 2022an û vir ve ev pîşeyên tenduristiyê yên cuda ne û destûra wan a taybet heye.
prof-nursing_assistant-note = Heta niha qaydeyên her eyaletekê cuda ne. Tê plankirin ku ji sala 2027an ve qanûneke federal (ji bo tevahiya Almanyayê) ji bo arîkarên nexweşnêriyê derbasdar be.
prof-midwife-note = Li Almanyayê perwerdeya pêlîkiyê niha xwendina zanîngehê ye. Ev nav (Hebamme) ji bo jin û mêran yek e.
prof-medical_technologist-note = Çar pîşeyên cuda hene: laboratuvar, radyolojî, teşhîsa fonksiyonên laş (Funktionsdiagnostik) û bijîşkiya heywanan.
prof-heilpraktiker-note = Perwerdeyeke ji derveyî welêt ji bo vê nayê pejirandin. Daireya tenduristiyê ya herêmî (Gesundheitsamt) piştî kontrolkirina zanîna we destûrê dide.
prof-teacher-note = Hûn serlêdanê li wê eyaletê dikin ku hûn dixwazin lê dersê bidin. Li Almanyayê mamoste bi gelemperî du dersan (branşan) didin; bi yek dersê re dibe ku perwerdeyeke zêde an ezmûnek lazim be. Dersdayîna li dibistanên taybet an li kursên zimên dibe ku bêyî vê jî gengaz be.
prof-educator-note = Qayde û daireyên berpirsiyar di navbera 16 eyaletan de cuda ne. Kar wek alîkar li baxçeyê zarokan (Kita) dibe ku bêyî vê jî gengaz be.
prof-social_worker-note = Gelek kardêrên dewletê pejirandina dewletê (staatliche Anerkennung) dixwazin. Qayde di navbera eyaletan de cuda ne.
prof-lawyer-note = Parêzerên ji Yekîtiya Ewropayê (EU), Qada Aborî ya Ewropayê (EWR) an Swîsreyê dikarin piştî ezmûneke lêhatinê (Eignungsprüfung) werin qebûlkirin. Parêzerên ji welatên din ên endamên Rêxistina Bazirganiyê ya Cîhanê (WTO) tenê ji bo qanûna welatê xwe û qanûna navneteweyî dikarin werin qebûlkirin. Wekî din, ezmûnên dewletê yên hiqûqê yên Almanyayê (Staatsexamen) lazim in. Kar wek arîkarê hiqûqî an li navendeke şêwirdariyê dibe ku gengaz be.
prof-judge-note = Ji bo dadweran her du ezmûnên dewletê yên hiqûqê yên Almanyayê û hemwelatiya Almanyayê lazim in.
prof-notary-note = Ji bo noteran her du ezmûnên dewletê yên hiqûqê yên Almanyayê lazim in. Hejmara cihên noteriyê sînorkirî ye.
prof-tax_advisor_auditor-note = Bi bawernameyeke ji Yekîtiya Ewropayê, Qada Aborî ya Ewropayê (EWR) an Swîsreyê, ezmûneke lêhatinê gengaz e. Wekî din ezmûna almanî lazim e. Ji bo kar wek hesabdar destûr ne lazim e.
prof-engineer-note = Hûn dikarin bêyî pejirandinê wek endezyar li şirketekê kar bikin. Ji bo ku hûn navê “Ingenieur/in” (endezyar) ji xwe re bi kar bînin, destûr ji we re lazim e. Ji bo îmzekirina serlêdanên avahiyan, divê endezyarên avahiyan herwiha di lîsteya Odeya Endezyaran (Ingenieurkammer) de qeydkirî bin.
prof-architect-note = Ji bo bikaranîna vî navî û ji bo pêşkêşkirina planên avahiyan, divê hûn di lîsteya mîmaran a Odeya Mîmaran (Architektenkammer) de qeydkirî bin.
prof-urban_planner-note = Li piraniya eyaletan ev nav ji aliyê qanûnê ve tê parastin (qeyd di lîsteya plansazên bajêr a Odeya Mîmaran de).
prof-food_chemist-note = Ev nav bi taybetî ji bo kontrola fermî ya xwarinê û raporên pisporiyê lazim e. Ji bo karên din wek kîmyager destûr ne lazim e.
prof-surveyor-note = Pîvandinên erdê yên fermî ji aliyê endezyarên pîvandinê yên bi tayîna fermî ve têne kirin. Bi gelemperî ezmûna dewletê ya almanî di warê pîvandina erdê de ji wan re lazim e. Ji bo karên din ên pîvandinê destûr ne lazim e.
prof-sworn_translator-note = Wergera nivîskî û devkî karê azad e. Tenê ji bo dadgeh û daireyan divê hûn bi awayekî fermî werin tayînkirin û sond bixwin; ji bo vê divê hûn şiyanên xwe îspat bikin, pir caran bi ezmûnekê.
prof-professional_driver-note = Ehliyeta ajotinê ji bo wê cureyê wesayîtê û jêhatîbûna bingehîn a ajokarên pîşeyî (Grundqualifikation) ji we re lazim in. Ehliyeteke ji derveyî Yekîtiya Ewropayê bi gelemperî divê were guhertin an ji nû ve were wergirtin.
prof-passenger_transport-note = Ajokarên taksî, erebeyên kirê bi ajokar (Mietwagen) û ambulansan ji bo birina rêwiyan destûreke taybet (Fahrerlaubnis zur Fahrgastbeförderung) ji daireya ehliyetê (Fahrerlaubnisbehörde) hewce dikin.
prof-pilot-note = Lîsansa firînê ya ji derveyî Yekîtiya Ewropayê divê li gorî qaydeyên Yekîtiya Ewropayê were pejirandin an guhertin.
prof-ship_officer-note = Bawernameyên jêhatîbûnê (Befähigungszeugnis) yên ji welatên din dikarin li gorî qaydeyên navneteweyî yên STCW bi nîşeyeke pejirandinê werin pejirandin.
prof-security-note = Bawernameyeke ji derveyî welêt ji bo vê nayê pejirandin. Kursa agahdariyê ya IHK (Unterrichtung, 40 saet) an, ji bo hin karan, ezmûna pisporiyê ya IHK (Sachkundeprüfung) ji we re lazim e.
prof-craft_chimney_sweep-note = Paqijkerên dûkêşan ên herêmê (Bezirksschornsteinfeger) herwiha ji aliyê daireyê ve têne tayînkirin.

## Belgeyên ku divê hûn bînin
doc-application = Forma serlêdanê ya daireya berpirsiyar
doc-identity = Pasaport an nasname; heke navê we hatibe guhertin, belgeyek ji bo vê (wek mînak belgeya zewacê)
doc-qualification = Bawername, dîploma an bawernameya we ya zanîngehê
doc-transcript = Lîsteya dersan bi saetên teorî û pratîkê, û bi notan
doc-experience = Belgeyên ezmûna kar (wek mînak referansên ji kardêran, pirtûka kar)
doc-translations = Kopiyên pejirandî (tesdîqkirî), û wergerên almanî yên ku wergêrên sondxwarî çêkirine
doc-cv = Jiyannameyek (CV) bi şêweya tabloyê, bi almanî
doc-intent = Heke hûn li derveyî Yekîtiya Ewropayê dijîn: belgeyek ku nîşan dide hûn dixwazin li Almanyayê kar bikin (wek mînak serlêdanên kar)
doc-language-health = Belgeya zimanê almanî ji bo pîşeyê, bi gelemperî asta B2
doc-good-standing = Belgeyek ji daireya pîşeyî ya wî welatê ku hûn lê xebitîne, ku nîşan dide di karê we de pirsgirêk (wek qedexeya kar) tune bû (bi gelemperî ne kevintir ji 3 mehan)
doc-fitness = Raporeke bijîşkî ya nû ku nîşan dide hûn ji aliyê tenduristiyê ve ji bo vê pîşeyê guncav in
doc-police-clearance = Belgeyeke polîsan a nû ku sabiqeya we tune ye (Führungszeugnis), ji Almanyayê û/an ji welatê we yê eslî
doc-no-proceedings = Daxuyaniyek ku tu doza cezayî an pîşeyî li dijî we vekirî nîne
doc-language-medical = Belgeya zimanê almanî yê bijîşkî di asta C1 de (ezmûna zimanê pîşeyî li Odeya Bijîşkan)
doc-language-dental = Belgeya zimanê almanî ji bo bijîşkên diranan di asta C1 de (ezmûna zimanê pîşeyî li Odeya Bijîşkên Diranan)
doc-language-pharmacy = Belgeya zimanê almanî ji bo dermansazan di asta C1 de (ezmûna zimanê pîşeyî li Odeya Dermansazan)
doc-language-profession = Belgeya zimanê almanî ji bo pîşeyê (pir caran ezmûna zimanê pîşeyî di asta C1 de)
doc-language-teacher = Belgeya zimanê almanî, bi gelemperî asta C1 an C2
doc-teaching-subjects = Belgeyên perwerdeya we ji bo her dersa dibistanê û ji bo perwerdeya we ya pratîk a mamostetiyê
doc-language-childcare = Belgeya zimanê almanî, pir caran asta B2 an C1
doc-placements = Belgeyên stajên pratîk di dema perwerde an xwendina we de
doc-language-social = Belgeya zimanê almanî, pir caran asta C1
doc-engineering-degree = Bawernameya we ya zanîngehê bi beş û dema xwendinê
doc-architecture-study = Belgeya dema xwendina we (bi gelemperî herî kêm 4 sal)
doc-architecture-practice = Belgeya karê we wek mîmar piştî xwendinê (bi gelemperî herî kêm 2 sal)
doc-leading-experience = Belgeyên ezmûna kar, bi taybetî wek berpirsiyar (serok) an di karê xwe yê serbixwe de
doc-driving-licence = Ehliyeta we ya ajotinê û belgeyên ezmûna we ya ajotinê
doc-pilot-licence = Lîsansa we ya pîlotiyê, raporta we ya bijîşkî û pirtûka we ya firînê (Flugbuch)
doc-seafarer-certificates = Bawernameyên we yên jêhatîbûnê, pirtûka we ya deryavaniyê (Seefahrtbuch) û belgeyên dema we ya li deryayê
