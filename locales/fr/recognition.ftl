# Kiosque des compétences — textes en français sur la reconnaissance des qualifications étrangères en Allemagne :
# ce que chaque cas veut dire, les professions réglementées, leurs remarques et les papiers à apporter.
# Les noms juridiques allemands (service compétent, loi) restent dans db/reference/regulated.toml.
# Source du contenu : le portail « Anerkennung in Deutschland » (BIBB) et les lois
# citées dans db/reference/regulated.toml ; état 2026-12. Sens vérifié avec locales/de/recognition.ftl.
# Style : phrases courtes et simples ; on dit « vous », avec respect, comme dans un bureau de conseil.
# Review: machine-drafted; not yet reviewed by a native speaker or a recognition expert.

## Ce que chaque cas veut dire ($occupation : le nom de la profession)
recognition-licence = Pour travailler comme { $occupation } en Allemagne, vous avez besoin d'une autorisation. Pour cela, votre qualification doit être reconnue. Votre conseiller peut vous aider à faire la demande.
recognition-self-employment = Vous pouvez travailler comme salarié dans le { $occupation } sans reconnaissance. Pour diriger votre propre entreprise dans ce métier, il vous faut un brevet de maîtrise (Meisterbrief) ou la reconnaissance d'une qualification équivalente par la Chambre des métiers (Handwerkskammer).
recognition-title = Vous pouvez faire ce travail sans reconnaissance. Seul le titre « { $occupation } » est protégé : pour porter ce titre, il vous faut une autorisation.
recognition-own-route = { $occupation } : en Allemagne, il faut pour cela un examen allemand ou une nomination officielle. Une qualification obtenue à l'étranger ne peut pas simplement être reconnue pour cela.
recognition-partly = { $occupation } : ceci vaut seulement si c'était votre travail. Ce métier est réglementé en Allemagne.
recognition-comparability = Pour un diplôme universitaire, l'Office central pour l'enseignement étranger (ZAB, Zentralstelle für ausländisches Bildungswesen) peut délivrer une attestation de comparabilité (Zeugnisbewertung). Elle montre aux employeurs ce que vaut votre diplôme en Allemagne. Ce service est payant.
recognition-voluntary = { $occupation } : ce travail n'est pas réglementé en Allemagne. Vous pouvez le faire sans reconnaissance. La reconnaissance reste possible et aide auprès des employeurs : la chambre (par exemple IHK FOSA ou la Chambre des métiers) compare votre diplôme professionnel avec un métier allemand.
recognition-help = Conseil gratuit sur la reconnaissance : les centres de conseil en reconnaissance du réseau IQ (www.netzwerk-iq.de) et le portail officiel www.anerkennung-in-deutschland.de.
recognition-source = Source : le portail « Anerkennung in Deutschland » et les lois citées. Ce texte sert seulement à vous orienter : c'est le service compétent qui décide.
recognition-reference = Métier allemand de référence :
recognition-note = Bon à savoir :

## Professions réglementées : leurs noms
prof-doctor = médecin
prof-dentist = dentiste
prof-pharmacist = pharmacien
prof-veterinarian = vétérinaire
prof-psychotherapist = psychothérapeute
prof-nurse = infirmier
prof-ata_ota = assistant technique en anesthésie ou en bloc opératoire
prof-nursing_assistant = aide-soignant
prof-midwife = sage-femme
prof-physiotherapist = kinésithérapeute (physiothérapeute)
prof-masseur = masseur médical
prof-medical_technologist = technologue médical (laboratoire, radiologie)
prof-pharmaceutical_technical_assistant = préparateur en pharmacie
prof-emergency_paramedic = ambulancier paramédical (Notfallsanitäter)
prof-speech_therapist = orthophoniste
prof-dietitian = diététicien
prof-occupational_therapist = ergothérapeute
prof-podiatrist = podologue
prof-orthoptist = orthoptiste
prof-heilpraktiker = praticien de santé non médecin (Heilpraktiker)
prof-teacher = enseignant dans une école publique
prof-educator = éducateur reconnu par l'État (petite enfance)
prof-social_worker = travailleur social reconnu par l'État
prof-lawyer = avocat
prof-judge = juge
prof-notary = notaire
prof-tax_advisor_auditor = conseiller fiscal ou commissaire aux comptes
prof-engineer = ingénieur
prof-architect = architecte
prof-urban_planner = urbaniste
prof-food_chemist = chimiste alimentaire diplômé d'État
prof-surveyor = géomètre nommé officiellement
prof-sworn_translator = traducteur ou interprète assermenté
prof-driving_instructor = moniteur d'auto-école
prof-professional_driver = conducteur professionnel de camion ou de bus
prof-passenger_transport = chauffeur de taxi ou d'ambulance
prof-pilot = pilote
prof-ship_officer = officier de la marine marchande
prof-security = agent de sécurité
prof-craft_electrical = métier d'électricien
prof-craft_information = métier de technicien en informatique
prof-craft_plumbing_heating = métier de plombier-chauffagiste
prof-craft_refrigeration = métier de frigoriste
prof-craft_motor_vehicle = métier de mécanicien automobile
prof-craft_machinery = métier de mécanicien en machines agricoles et de chantier
prof-craft_bicycle = métier de mécanicien cycles et motos
prof-craft_hairdresser = métier de coiffeur
prof-craft_roofer = métier de couvreur
prof-craft_bricklayer = métier de maçon et bétonneur
prof-craft_carpenter = métier de charpentier
prof-craft_scaffolder = métier d'échafaudeur
prof-craft_floor_tiles = métier de carreleur, chapiste et parqueteur
prof-craft_plasterer = métier de plâtrier-stucateur
prof-craft_insulation = métier de calorifugeur (isolation)
prof-craft_glazier = métier de vitrier
prof-craft_painter = métier de peintre et laqueur
prof-craft_metal = métier de métallier
prof-craft_sheet_metal = métier de tôlier-zingueur
prof-craft_precision = métier de mécanicien de précision
prof-craft_stonemason = métier de tailleur de pierre
prof-craft_well_builder = métier de foreur de puits
prof-craft_baker = métier de boulanger et pâtissier
prof-craft_butcher = métier de boucher
prof-craft_joiner = métier de menuisier
prof-craft_upholsterer = métier de tapissier-décorateur
prof-craft_optician = métier d'opticien
prof-craft_dental_orthopaedic = métier de prothésiste dentaire et de technicien orthopédiste
prof-craft_orthopaedic_shoes = métier de podo-orthésiste (chaussures orthopédiques)
prof-craft_chimney_sweep = métier de ramoneur

## Remarques sur certaines professions
prof-doctor-note = L'autorisation s'appelle Approbation. En attendant, une autorisation d'exercer provisoire est possible. Un titre de médecin spécialiste est reconnu à part par la chambre des médecins (Ärztekammer).
prof-psychotherapist-note = Travailler comme psychologue ne demande pas d'autorisation. Soigner des patients comme psychothérapeute, si.
prof-nurse-note = Cela comprend aussi les soins aux personnes âgées et les soins aux enfants. En Allemagne, c'est une seule formation depuis 2020.
prof-ata_ota-note = Ce sont des professions de santé à part, avec leur propre autorisation depuis 2022.
prof-nursing_assistant-note = Pour l'instant, chaque Land (État fédéré) a ses propres règles. Une loi fédérale pour les aides-soignants doit s'appliquer à partir de 2027.
prof-midwife-note = En Allemagne, la formation de sage-femme se fait maintenant à l'université. Le titre est le même pour les femmes et pour les hommes.
prof-medical_technologist-note = Il y a quatre professions séparées : laboratoire, radiologie, diagnostic fonctionnel et médecine vétérinaire.
prof-heilpraktiker-note = Une formation faite à l'étranger n'est pas reconnue pour cela. Le service de santé local (Gesundheitsamt) donne l'autorisation après un contrôle de vos connaissances.
prof-teacher-note = Vous faites la demande dans le Land (État fédéré) où vous voulez enseigner. En Allemagne, les enseignants enseignent en général deux matières ; avec une seule matière, une formation complémentaire ou un examen peut être nécessaire. Enseigner dans une école privée ou dans des cours de langue est parfois possible sans cela.
prof-educator-note = Les règles et les services compétents sont différents dans chacun des 16 Länder (États fédérés). Travailler comme aide dans une crèche ou un jardin d'enfants (Kita) est parfois possible sans cela.
prof-social_worker-note = Beaucoup d'employeurs publics demandent la reconnaissance par l'État. Les règles sont différentes selon les Länder (États fédérés).
prof-lawyer-note = Les avocats de l'UE, de l'EEE ou de Suisse peuvent être admis après une épreuve d'aptitude. Les avocats d'autres États membres de l'OMC peuvent être admis seulement pour le droit de leur pays d'origine et pour le droit international. Sinon, il faut les examens d'État allemands en droit. Un travail d'assistant juridique ou dans un centre de conseil est parfois possible.
prof-judge-note = Les juges doivent avoir les deux examens d'État allemands en droit et la nationalité allemande.
prof-notary-note = Les notaires doivent avoir les deux examens d'État allemands en droit. Le nombre de postes de notaire est limité.
prof-tax_advisor_auditor-note = Avec une qualification de l'UE, de l'EEE ou de Suisse, une épreuve d'aptitude est possible. Sinon, il faut l'examen allemand. Travailler comme comptable ou aide-comptable ne demande pas d'autorisation.
prof-engineer-note = Vous pouvez travailler comme ingénieur dans une entreprise sans reconnaissance. Pour porter le titre « Ingenieur/in » (ingénieur), il vous faut une autorisation. Pour signer des demandes de permis de construire, les ingénieurs en génie civil doivent aussi être inscrits sur la liste de la chambre des ingénieurs.
prof-architect-note = Pour porter le titre et pour déposer des plans de construction, vous devez être inscrit sur la liste des architectes de la chambre.
prof-urban_planner-note = Dans la plupart des Länder (États fédérés), le titre est protégé (inscription sur la liste des urbanistes de la chambre).
prof-food_chemist-note = Ce titre est nécessaire surtout pour le contrôle officiel des aliments et pour les expertises. Les autres travaux de chimiste ne demandent pas d'autorisation.
prof-surveyor-note = Les mesures officielles des terrains sont faites par des géomètres nommés officiellement. Ils ont en général besoin de l'examen d'État allemand en géodésie. Les autres travaux de géomètre ne demandent pas d'autorisation.
prof-sworn_translator-note = Traduire et interpréter sont des activités libres. Seulement pour les tribunaux et les administrations, vous devez être nommé et assermenté ; pour cela, vous devez prouver vos compétences, souvent par un examen.
prof-professional_driver-note = Il vous faut un permis de conduire pour la catégorie du véhicule et la qualification initiale des conducteurs professionnels. Un permis obtenu hors de l'UE doit en général être échangé ou repassé.
prof-passenger_transport-note = Les chauffeurs de taxi, de VTC et d'ambulance ont besoin d'une autorisation spéciale pour le transport de passagers. Elle est délivrée par le service des permis de conduire.
prof-pilot-note = Une licence obtenue hors de l'UE doit être validée ou convertie selon les règles de l'UE.
prof-ship_officer-note = Les brevets (certificats de compétence) d'autres États peuvent être reconnus par un visa de reconnaissance, selon les règles internationales STCW.
prof-security-note = Une qualification obtenue à l'étranger n'est pas reconnue pour cela. Il vous faut la formation d'instruction (Unterrichtung, 40 heures) à la Chambre de commerce et d'industrie (IHK) ou, pour certaines tâches, l'examen de compétence (Sachkundeprüfung) à l'IHK.
prof-craft_chimney_sweep-note = Les ramoneurs de district sont en plus nommés par l'administration.

## Papiers à apporter
doc-application = Le formulaire de demande du service compétent
doc-identity = Passeport ou carte d'identité ; si votre nom a changé, une preuve (par exemple un acte de mariage)
doc-qualification = Votre certificat, votre diplôme ou votre titre
doc-transcript = La liste des matières, avec les heures de théorie et de pratique, et les notes
doc-experience = Des preuves de votre expérience professionnelle (par exemple des certificats de travail de vos employeurs, un livret de travail)
doc-translations = Des copies certifiées conformes, et des traductions en allemand faites par un traducteur assermenté
doc-cv = Un CV en forme de tableau, en allemand
doc-intent = Si vous vivez hors de l'UE : une preuve que vous voulez travailler en Allemagne (par exemple des candidatures)
doc-language-health = Une preuve de votre allemand pour la profession, en général niveau B2
doc-good-standing = Une attestation de bonne conduite professionnelle du pays où vous avez travaillé (en général de moins de 3 mois)
doc-fitness = Un certificat médical récent qui montre que vous êtes apte à exercer la profession
doc-police-clearance = Un extrait de casier judiciaire récent (d'Allemagne et/ou de votre pays d'origine)
doc-no-proceedings = Une déclaration qu'aucune procédure pénale ou disciplinaire n'est en cours contre vous
doc-language-medical = Une preuve d'allemand médical au niveau C1 (examen de langue à la chambre des médecins)
doc-language-dental = Une preuve d'allemand pour dentistes au niveau C1 (examen de langue à la chambre des dentistes)
doc-language-pharmacy = Une preuve d'allemand pour pharmaciens au niveau C1 (examen de langue à la chambre des pharmaciens)
doc-language-profession = Une preuve de votre allemand pour la profession (souvent un examen de langue au niveau C1)
doc-language-teacher = Une preuve de votre allemand, en général niveau C1 ou C2
doc-teaching-subjects = Des preuves de votre formation dans chaque matière scolaire et de votre formation pratique d'enseignant
doc-language-childcare = Une preuve de votre allemand, souvent niveau B2 ou C1
doc-placements = Des preuves des stages pratiques faits pendant votre formation ou vos études
doc-language-social = Une preuve de votre allemand, souvent niveau C1
doc-engineering-degree = Votre diplôme universitaire, avec la matière et la durée des études
doc-architecture-study = Une preuve de la durée de vos études (en général au moins 4 ans)
doc-architecture-practice = Une preuve de votre travail comme architecte après votre diplôme (en général au moins 2 ans)
doc-leading-experience = Des preuves de votre expérience professionnelle, surtout à un poste de direction ou comme indépendant
doc-driving-licence = Votre permis de conduire et des preuves de votre expérience de conduite
doc-pilot-licence = Votre licence de pilote, votre certificat médical et votre carnet de vol
doc-seafarer-certificates = Vos brevets (certificats de compétence), votre livret de marin et des preuves de votre temps en mer
