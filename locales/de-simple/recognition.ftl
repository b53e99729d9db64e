# Kompetenz-Kiosk — Texte zur Anerkennung von Berufs-Abschlüssen aus dem Ausland, in Einfacher Sprache (Einfaches Deutsch):
# was jeder Fall bedeutet, die reglementierten Berufe, Hinweise zu den Berufen und die Papiere für den Antrag.
# Die deutschen Rechtsangaben (Stelle, Gesetz) stehen in db/reference/regulated.toml.
# Quelle der Inhalte: das Portal „Anerkennung in Deutschland“ (BIBB) und die in
# db/reference/regulated.toml genannten Gesetze; Stand 2026-12. Bedeutung geprüft an locales/de/recognition.ftl.
# Anrede: „Sie“ — höflich, wie in der Beratung üblich. Stil: Einfache Sprache. Kurze Sätze. Eine Aussage pro Satz. Kein Passiv. Wir erklären schwere Wörter.
# Review: machine-drafted; not yet reviewed by a native speaker or a recognition expert.

## Was jeder Fall bedeutet ($occupation: der Name vom Beruf)
recognition-licence = Sie möchten in Deutschland als { $occupation } arbeiten? Dafür brauchen Sie eine Erlaubnis. Für die Erlaubnis muss ein Amt Ihre Qualifikation anerkennen. Qualifikation heißt: Ihr Berufs-Abschluss, zum Beispiel von einer Ausbildung oder einem Studium. Anerkennen heißt: Das Amt vergleicht Ihren Abschluss mit einem deutschen Abschluss. Die Beratung hilft Ihnen beim Antrag.
recognition-self-employment = Sie möchten als Angestellte oder Angestellter im { $occupation } arbeiten? Dafür brauchen Sie keine Anerkennung. Angestellt heißt: Sie arbeiten für eine Firma. Sie möchten eine eigene Firma in diesem Handwerk haben? Dann brauchen Sie einen Meisterbrief. Der Meisterbrief ist das Zeugnis von der Meister-Prüfung im Handwerk. Oder die Handwerkskammer erkennt Ihre Qualifikation als gleichwertig an. Gleichwertig heißt: genauso gut wie ein Meisterbrief. Die Handwerkskammer ist die Stelle für alle Handwerks-Betriebe in einer Region.
recognition-title = Diese Arbeit dürfen Sie ohne Anerkennung machen. Nur den Namen „{ $occupation }“ dürfen Sie nicht einfach benutzen. Das Gesetz schützt diese Berufs-Bezeichnung. Berufs-Bezeichnung heißt: der Name vom Beruf. Sie möchten sich so nennen? Dann brauchen Sie eine Erlaubnis.
recognition-own-route = { $occupation }: Dafür brauchen Sie in Deutschland eine deutsche Prüfung. Oder ein Amt muss Sie offiziell für diese Arbeit bestimmen. Das heißt: amtliche Bestellung. Ein Amt kann eine Qualifikation aus dem Ausland dafür nicht einfach anerkennen.
recognition-partly = { $occupation }: Das ist in Deutschland ein reglementierter Beruf. Reglementiert heißt: Für diesen Beruf braucht man nach dem Gesetz einen bestimmten Abschluss oder eine Erlaubnis. Das ist nur wichtig für Sie, wenn das wirklich Ihre Arbeit war.
recognition-comparability = Haben Sie einen Abschluss von einer Universität oder Hochschule? Dann kann die ZAB eine Zeugnisbewertung für Sie machen. ZAB heißt: Zentralstelle für ausländisches Bildungswesen. Das ist eine deutsche Stelle für Abschlüsse aus dem Ausland. Die Zeugnisbewertung ist ein Papier. Das Papier zeigt Arbeitgebern: So viel ist Ihr Abschluss in Deutschland wert. Die Zeugnisbewertung kostet Geld.
recognition-voluntary = { $occupation }: Diese Arbeit ist in Deutschland nicht reglementiert. Das heißt: Sie brauchen nach dem Gesetz keinen bestimmten Abschluss dafür. Sie dürfen diese Arbeit ohne Anerkennung machen. Eine Anerkennung ist trotzdem möglich. Die Anerkennung hilft Ihnen bei Arbeitgebern. Dafür vergleicht eine Kammer Ihren Berufs-Abschluss mit einem deutschen Beruf. Eine Kammer ist eine Stelle für alle Betriebe von einem Bereich. Zum Beispiel: IHK FOSA oder die Handwerkskammer. IHK FOSA ist die Stelle von den Industrie- und Handelskammern für Berufs-Abschlüsse aus dem Ausland.
recognition-help = Kostenlose Beratung zur Anerkennung bekommen Sie bei der Anerkennungs-Beratung vom IQ Netzwerk (www.netzwerk-iq.de). Viele Infos finden Sie auch auf dem offiziellen Portal www.anerkennung-in-deutschland.de. Ein Portal ist eine Internet-Seite.
recognition-source = Quelle: das Portal „Anerkennung in Deutschland“ und die Gesetze dazu. Diese Infos sind nur ein erster Überblick. Die zuständige Stelle entscheidet. Das ist das Amt oder die Kammer für Ihren Beruf.
recognition-reference = Deutscher Referenz-Beruf (der deutsche Beruf zum Vergleich):
recognition-note = Gut zu wissen:

## Reglementierte Berufe: ihre Namen
prof-doctor = Ärztin oder Arzt
prof-dentist = Zahnärztin oder Zahnarzt
prof-pharmacist = Apothekerin oder Apotheker
prof-veterinarian = Tierärztin oder Tierarzt
prof-psychotherapist = Psychotherapeutin oder Psychotherapeut
prof-nurse = Pflegefachfrau oder Pflegefachmann
prof-ata_ota = Assistenz bei Narkose oder Operation (ATA oder OTA)
prof-nursing_assistant = Pflegefachassistenz (Hilfe in der Pflege)
prof-midwife = Hebamme
prof-physiotherapist = Physiotherapeutin oder Physiotherapeut
prof-masseur = Masseurin oder Masseur (medizinische Massage)
prof-medical_technologist = Medizinische Technologin oder Medizinischer Technologe (Labor, Röntgen)
prof-pharmaceutical_technical_assistant = Pharmazeutisch-technische Assistenz (PTA, Fachkraft in der Apotheke)
prof-emergency_paramedic = Notfallsanitäterin oder Notfallsanitäter
prof-speech_therapist = Logopädin oder Logopäde (Therapie für Sprechen und Sprache)
prof-dietitian = Diätassistentin oder Diätassistent (Beratung zum Essen)
prof-occupational_therapist = Ergotherapeutin oder Ergotherapeut
prof-podiatrist = Podologin oder Podologe (medizinische Fuß-Pflege)
prof-orthoptist = Orthoptistin oder Orthoptist (Therapie für die Augen)
prof-heilpraktiker = Heilpraktikerin oder Heilpraktiker
prof-teacher = Lehrerin oder Lehrer an einer öffentlichen Schule
prof-educator = staatlich anerkannte Erzieherin oder staatlich anerkannter Erzieher (Arbeit mit Kindern)
prof-social_worker = staatlich anerkannte Sozialarbeiterin oder staatlich anerkannter Sozialarbeiter
prof-lawyer = Rechtsanwältin oder Rechtsanwalt
prof-judge = Richterin oder Richter
prof-notary = Notarin oder Notar
prof-tax_advisor_auditor = Steuerberaterin, Steuerberater, Wirtschaftsprüferin oder Wirtschaftsprüfer
prof-engineer = Ingenieurin oder Ingenieur
prof-architect = Architektin oder Architekt
prof-urban_planner = Stadtplanerin oder Stadtplaner
prof-food_chemist = staatlich geprüfte Lebensmittel-Chemikerin oder staatlich geprüfter Lebensmittel-Chemiker
prof-surveyor = öffentlich bestellte Vermessungs-Ingenieurin oder öffentlich bestellter Vermessungs-Ingenieur
prof-sworn_translator = beeidigte Übersetzerin oder Dolmetscherin, beeidigter Übersetzer oder Dolmetscher
prof-driving_instructor = Fahrlehrerin oder Fahrlehrer
prof-professional_driver = Berufs-Kraftfahrerin oder Berufs-Kraftfahrer (Lkw und Bus)
prof-passenger_transport = Fahrerin oder Fahrer von Taxi oder Kranken-Wagen
prof-pilot = Pilotin oder Pilot
prof-ship_officer = Schiffs-Offizierin oder Schiffs-Offizier
prof-security = Mitarbeiterin oder Mitarbeiter im Sicherheits-Dienst
prof-craft_electrical = Elektro-Handwerk
prof-craft_information = Informations-Technik-Handwerk
prof-craft_plumbing_heating = Sanitär- und Heizungs-Handwerk
prof-craft_refrigeration = Kälte-Anlagen-Handwerk
prof-craft_motor_vehicle = Kraftfahrzeug-Handwerk (Autos)
prof-craft_machinery = Land- und Bau-Maschinen-Handwerk
prof-craft_bicycle = Zweirad-Handwerk (Fahrrad und Motorrad)
prof-craft_hairdresser = Friseur-Handwerk
prof-craft_roofer = Dachdecker-Handwerk
prof-craft_bricklayer = Maurer- und Betonbauer-Handwerk
prof-craft_carpenter = Zimmerer-Handwerk (Bauen mit Holz)
prof-craft_scaffolder = Gerüstbau-Handwerk
prof-craft_floor_tiles = Fliesen-, Estrich- und Parkett-Handwerk
prof-craft_plasterer = Stuckateur-Handwerk (Putz an Wänden und Decken)
prof-craft_insulation = Isolierer-Handwerk (Dämmung)
prof-craft_glazier = Glaser-Handwerk
prof-craft_painter = Maler- und Lackierer-Handwerk
prof-craft_metal = Metallbau-Handwerk
prof-craft_sheet_metal = Klempner-Handwerk (Arbeit mit Blech)
prof-craft_precision = Feinwerk-Mechanik-Handwerk
prof-craft_stonemason = Steinmetz-Handwerk
prof-craft_well_builder = Brunnenbau-Handwerk
prof-craft_baker = Bäcker- und Konditor-Handwerk
prof-craft_butcher = Fleischer-Handwerk (Metzger)
prof-craft_joiner = Tischler-Handwerk (Schreiner)
prof-craft_upholsterer = Raumausstatter-Handwerk (Polster, Böden, Vorhänge)
prof-craft_optician = Augenoptiker-Handwerk
prof-craft_dental_orthopaedic = Zahntechnik- und Orthopädietechnik-Handwerk
prof-craft_orthopaedic_shoes = Orthopädie-Schuhmacher-Handwerk
prof-craft_chimney_sweep = Schornsteinfeger-Handwerk

## Hinweise zu einigen Berufen
prof-doctor-note = Die Erlaubnis für Ärztinnen und Ärzte heißt Approbation. Vielleicht haben Sie die Approbation noch nicht. Dann können Sie vielleicht eine befristete Berufserlaubnis bekommen. Befristet heißt: nur für eine bestimmte Zeit. Sie möchten als Fachärztin oder Facharzt arbeiten? Zum Beispiel für Kinder-Medizin? Dafür brauchen Sie eine eigene Anerkennung von der Ärztekammer. Die Ärztekammer ist die Stelle für alle Ärztinnen und Ärzte in einem Bundesland.
prof-psychotherapist-note = Als Psychologin oder Psychologe dürfen Sie ohne Erlaubnis arbeiten. Aber Sie möchten als Psychotherapeutin oder Psychotherapeut kranke Menschen behandeln? Dafür brauchen Sie eine Erlaubnis.
prof-nurse-note = Das gilt auch für die Alten-Pflege und die Kinder-Kranken-Pflege. In Deutschland gibt es seit 2020 eine gemeinsame Ausbildung für diese Berufe.
prof-ata_ota-note = Das sind eigene Berufe im Gesundheits-Bereich. Seit 2022 gibt es für jeden von diesen Berufen eine eigene Erlaubnis.
prof-nursing_assistant-note = Bis jetzt hat jedes Bundesland eigene Regeln. Deutschland hat 16 Bundesländer, zum Beispiel Bayern oder Berlin. Ab 2027 soll ein Gesetz für ganz Deutschland gelten.
prof-midwife-note = In Deutschland lernt man diesen Beruf jetzt in einem Studium. Der Name „Hebamme“ gilt für alle Menschen in diesem Beruf, für Frauen und für Männer.
prof-medical_technologist-note = Es gibt 4 verschiedene Berufe: für das Labor, für Radiologie (Röntgen), für Funktions-Diagnostik (Tests zum Beispiel von Herz, Lunge und Nerven) und für Tier-Medizin.
prof-heilpraktiker-note = Heilpraktiker behandeln kranke Menschen. Sie sind aber keine Ärzte. Kein Amt kann eine Ausbildung aus dem Ausland dafür anerkennen. Das Gesundheitsamt prüft Ihr Wissen. Danach kann das Gesundheitsamt Ihnen die Erlaubnis geben. Das Gesundheitsamt ist das Amt für Gesundheit in Ihrer Stadt oder in Ihrem Kreis.
prof-teacher-note = Sie stellen den Antrag in dem Bundesland, in dem Sie unterrichten möchten. Deutschland hat 16 Bundesländer. Lehrerinnen und Lehrer in Deutschland unterrichten meistens 2 Fächer. Haben Sie nur 1 Fach gelernt? Dann brauchen Sie vielleicht noch eine Ausbildung oder eine Prüfung. An Privat-Schulen oder in Sprach-Kursen können Sie vielleicht auch ohne Anerkennung unterrichten.
prof-educator-note = Deutschland hat 16 Bundesländer. Jedes Bundesland hat eigene Regeln und eigene Ämter dafür. Als Hilfs-Kraft in einer Kita können Sie vielleicht auch ohne Anerkennung arbeiten. Kita heißt: Kinder-Tages-Stätte. Dort sind kleine Kinder am Tag.
prof-social_worker-note = Viele öffentliche Arbeitgeber verlangen die staatliche Anerkennung. Öffentliche Arbeitgeber sind zum Beispiel die Stadt oder das Bundesland. Jedes Bundesland hat eigene Regeln.
prof-lawyer-note = Sind Sie Anwältin oder Anwalt aus der EU, aus dem EWR oder aus der Schweiz? Zum EWR gehören die EU und Island, Liechtenstein und Norwegen. Dann machen Sie eine Eignungs-Prüfung. Danach können Sie die Zulassung bekommen. Kommen Sie aus einem anderen Mitglieds-Land der WTO (Welt-Handels-Organisation)? Dann bekommen Sie nur eine Zulassung für das Recht von Ihrem Herkunfts-Land und für das Völker-Recht. Völker-Recht ist das Recht zwischen den Staaten. Sonst brauchen Sie die deutschen juristischen Staats-Prüfungen. Juristisch heißt: zum Recht. Sie können vielleicht als Assistenz in einer Kanzlei oder in einer Beratungs-Stelle arbeiten.
prof-judge-note = Richterinnen und Richter brauchen die 2 deutschen juristischen Staats-Prüfungen. Juristisch heißt: zum Recht. Sie brauchen auch die deutsche Staats-Angehörigkeit. Das heißt: Sie müssen Deutsche oder Deutscher sein.
prof-notary-note = Notarinnen und Notare brauchen die 2 deutschen juristischen Staats-Prüfungen. Juristisch heißt: zum Recht. Es gibt nur eine bestimmte Zahl von Stellen für Notare.
prof-tax_advisor_auditor-note = Haben Sie Ihre Qualifikation aus der EU, aus dem EWR oder aus der Schweiz? Zum EWR gehören die EU und Island, Liechtenstein und Norwegen. Dann können Sie eine Eignungs-Prüfung machen. Sonst brauchen Sie die deutsche Prüfung. Für Arbeit in der Buchhaltung brauchen Sie keine Erlaubnis. In der Buchhaltung schreiben Sie das Geld von einer Firma auf: was hereinkommt und was hinausgeht.
prof-engineer-note = Sie dürfen ohne Anerkennung als Ingenieurin oder Ingenieur in einer Firma arbeiten. Aber Sie möchten sich „Ingenieur/in“ nennen? Dafür brauchen Sie eine Erlaubnis. Bau-Ingenieure möchten vielleicht Bau-Anträge unterschreiben. Ein Bau-Antrag ist ein Antrag beim Amt für ein neues Gebäude. Dafür brauchen sie außerdem einen Eintrag in die Liste der Ingenieurkammer.
prof-architect-note = Sie möchten sich Architektin oder Architekt nennen? Oder Sie möchten Bau-Pläne beim Amt einreichen? Dafür brauchen Sie einen Eintrag in die Architekten-Liste der Kammer. Die Architektenkammer ist die Stelle für alle Architekten in einem Bundesland.
prof-urban_planner-note = In den meisten Bundesländern schützt das Gesetz den Namen Stadtplanerin oder Stadtplaner. Dann brauchen Sie für den Namen einen Eintrag in die Stadtplaner-Liste der Kammer.
prof-food_chemist-note = Diesen Namen brauchen Sie vor allem für die amtliche Kontrolle von Lebensmitteln und für Gutachten. Ein Gutachten ist ein Text von einer Fach-Person zu einer Frage. Für andere Arbeit als Chemikerin oder Chemiker brauchen Sie keine Erlaubnis.
prof-surveyor-note = Vermessung heißt: Man misst Land und Grundstücke ganz genau. Amtliche Vermessungen machen öffentlich bestellte Vermessungs-Ingenieure. Sie brauchen meistens die deutsche Staats-Prüfung für Vermessung. Für andere Arbeit in der Vermessung brauchen Sie keine Erlaubnis.
prof-sworn_translator-note = Übersetzen und Dolmetschen darf jeder Mensch. Dolmetschen heißt: mündlich übersetzen. Nur für Gerichte und Ämter gibt es eine Regel: Eine Stelle muss Sie dafür offiziell bestellen. Sie müssen dort auch einen Eid schwören. Dafür müssen Sie zeigen: Sie können das gut. Oft machen Sie dafür eine Prüfung.
prof-professional_driver-note = Sie brauchen einen Führerschein für die Fahrzeug-Klasse. Zum Beispiel Klasse C für einen Lkw. Sie brauchen auch die Grund-Qualifikation für Berufs-Kraftfahrer. Das ist eine Prüfung für Berufs-Fahrer. Haben Sie einen Führerschein von außerhalb der EU? Dann müssen Sie ihn meistens umschreiben lassen. Oder Sie müssen den Führerschein neu machen.
prof-passenger_transport-note = Sie möchten Taxi, Miet-Wagen oder Kranken-Wagen fahren? Dann brauchen Sie eine besondere Erlaubnis: die Fahrerlaubnis zur Fahrgast-Beförderung. Fahrgast-Beförderung heißt: Sie fahren andere Menschen. Diese Erlaubnis bekommen Sie bei der Fahrerlaubnis-Behörde. Das ist das Amt für Führerscheine.
prof-pilot-note = Haben Sie eine Lizenz von außerhalb der EU? Dann muss das Amt Ihre Lizenz nach den Regeln der EU anerkennen oder umschreiben.
prof-ship_officer-note = Haben Sie Befähigungs-Zeugnisse aus einem anderen Staat? Das sind Ihre Zeugnisse für die Arbeit auf dem Schiff. Das Amt kann diese Zeugnisse nach den internationalen STCW-Regeln anerkennen. Dann bekommen Sie einen Anerkennungs-Vermerk. Das ist ein amtliches Papier zu Ihrem Zeugnis.
prof-security-note = Kein Amt kann eine Qualifikation aus dem Ausland dafür anerkennen. Sie brauchen die Unterrichtung bei der IHK. IHK heißt: Industrie- und Handelskammer. Die Unterrichtung ist ein Kurs mit 40 Stunden. Für manche Aufgaben brauchen Sie die Sachkunde-Prüfung bei der IHK.
prof-craft_chimney_sweep-note = Bezirks-Schornsteinfeger sind für ein bestimmtes Gebiet zuständig. Dafür muss das Amt sie außerdem offiziell bestellen.

## Diese Papiere bringen Sie mit
doc-application = Das Antrags-Formular von der zuständigen Stelle
doc-identity = Reisepass oder Personal-Ausweis. Hat sich Ihr Name geändert? Dann auch ein Papier dazu (zum Beispiel die Heirats-Urkunde)
doc-qualification = Ihr Zeugnis, Ihr Diplom oder Ihre Urkunde
doc-transcript = Die Liste von Ihren Fächern: mit den Stunden für Theorie und Praxis und mit den Noten
doc-experience = Nachweise über Ihre Arbeits-Erfahrung. Nachweise sind Papiere als Beweis. Zum Beispiel Arbeits-Zeugnisse von Ihren Arbeitgebern oder ein Arbeits-Buch
doc-translations = Beglaubigte Kopien und deutsche Übersetzungen von einem beeidigten Übersetzer. Beglaubigt heißt: Eine Stelle bestätigt, die Kopie ist richtig. Beeidigt heißt: Der Übersetzer hat einen Eid geschworen
doc-cv = Ein Lebenslauf auf Deutsch, als Tabelle. Ein Lebenslauf ist eine Liste von Ihren Schulen und Ihrer Arbeit
doc-intent = Nur wenn Sie außerhalb der EU wohnen: ein Nachweis, dass Sie in Deutschland arbeiten möchten (zum Beispiel Bewerbungen)
doc-language-health = Ein Nachweis über Ihr Deutsch für den Beruf, meistens Niveau B2
doc-good-standing = Eine Bescheinigung von der Berufs-Behörde aus dem Land, in dem Sie gearbeitet haben. Die Bescheinigung zeigt: Es gibt keine Probleme mit Ihrer Arbeit im Beruf. Sie ist meistens höchstens 3 Monate alt
doc-fitness = Eine neue Bescheinigung von einer Ärztin oder einem Arzt: Sie sind gesund genug für den Beruf
doc-police-clearance = Ein neues Führungs-Zeugnis (aus Deutschland und/oder aus Ihrem Herkunfts-Land). Das Führungs-Zeugnis zeigt: Haben Sie eine Strafe vom Gericht bekommen?
doc-no-proceedings = Eine Erklärung von Ihnen: Es gibt gegen Sie kein offenes Straf-Verfahren und kein offenes Berufs-Verfahren. Ein Verfahren ist ein Fall bei einem Gericht oder bei einem Amt
doc-language-medical = Ein Nachweis über Ihr medizinisches Deutsch auf Niveau C1 (Fachsprach-Prüfung bei der Ärztekammer)
doc-language-dental = Ein Nachweis über Ihr Deutsch für Zahnärzte auf Niveau C1 (Fachsprach-Prüfung bei der Zahnärztekammer)
doc-language-pharmacy = Ein Nachweis über Ihr Deutsch für Apotheker auf Niveau C1 (Fachsprach-Prüfung bei der Apothekerkammer)
doc-language-profession = Ein Nachweis über Ihr Deutsch für den Beruf (oft eine Fachsprach-Prüfung auf Niveau C1)
doc-language-teacher = Ein Nachweis über Ihr Deutsch, meistens Niveau C1 oder C2
doc-teaching-subjects = Nachweise über Ihre Ausbildung in jedem Schul-Fach und über Ihre praktische Ausbildung als Lehrerin oder Lehrer
doc-language-childcare = Ein Nachweis über Ihr Deutsch, oft Niveau B2 oder C1
doc-placements = Nachweise über Ihre Praktika in der Ausbildung oder im Studium. Ein Praktikum ist eine Zeit zum Lernen in einem Betrieb
doc-language-social = Ein Nachweis über Ihr Deutsch, oft Niveau C1
doc-engineering-degree = Ihre Urkunde von der Hochschule: mit dem Fach und mit der Dauer vom Studium
doc-architecture-study = Ein Nachweis über die Dauer von Ihrem Studium (meistens mindestens 4 Jahre)
doc-architecture-practice = Ein Nachweis über Ihre Arbeit als Architektin oder Architekt nach dem Studium (meistens mindestens 2 Jahre)
doc-leading-experience = Nachweise über Ihre Arbeits-Erfahrung, besonders als Chefin oder Chef oder mit einer eigenen Firma
doc-driving-licence = Ihr Führerschein und Nachweise über Ihre Erfahrung beim Fahren
doc-pilot-licence = Ihre Piloten-Lizenz, Ihr medizinisches Tauglichkeits-Zeugnis und Ihr Flug-Buch
doc-seafarer-certificates = Ihre Befähigungs-Zeugnisse, Ihr Seefahrt-Buch und Nachweise über Ihre Zeit auf See
