# Kompetenz-Kiosk — deutsche Texte der Checkliste (db/catalog/*.toml).
# Prüfung: vom Entwicklungsteam geschrieben; noch nicht von einer Muttersprachlerin geprüft.

## Informelles Lernen
section-informal = Was ich außerhalb von Schule und Arbeit gelernt habe
section-informal-intro = Viele Fähigkeiten kommen aus Familie, Nachbarschaft, Hobbys oder dem Weg nach Deutschland. Auch sie zählen.
item-informal-areas = Wo haben Sie außerhalb von Schule und Arbeit etwas gelernt?
item-informal-areas-example = Sie können mehreres ankreuzen.
option-informal-areas-childcare = Kinder betreuen
option-informal-areas-caring = Kranke oder alte Menschen pflegen
option-informal-areas-household = Haushalt und Geld organisieren
option-informal-areas-neighbourhood = In der Nachbarschaft oder Gemeinde helfen
option-informal-areas-volunteering = Ehrenamt (Verein, Religionsgemeinschaft, Organisation)
option-informal-areas-hobbies = Hobbys (Sport, Musik, Handarbeit, Reparieren und mehr)
option-informal-areas-migration = Der Weg nach Deutschland und der Anfang hier
item-informal-what_did = Was haben Sie dort gemacht?
item-informal-what_did-example = Zum Beispiel: „Ich habe fünf Jahre lang auf meine drei jüngeren Schwestern aufgepasst.“
item-informal-what_learned = Was haben Sie dabei gelernt?
item-informal-what_learned-example = Zum Beispiel: „Ruhig bleiben, einen Tag planen, für viele Menschen kochen.“
item-informal-helped_others = Haben Sie anderen Menschen geholfen, sich zurechtzufinden (zum Beispiel bei Ämtern, mit Formularen, beim Übersetzen)?
item-informal-helped_others-example = Wählen Sie eine Antwort.
option-informal-helped_others-often = Ja, oft
option-informal-helped_others-sometimes = Manchmal
option-informal-helped_others-never = Nein

## Ziele und nächste Schritte
section-goals = Meine Ziele und nächsten Schritte
section-goals-intro = Was möchten Sie in Deutschland machen, und was ist Ihr nächster Schritt?
item-goals-wishes = Was möchten Sie als Nächstes machen?
item-goals-wishes-example = Sie können mehreres ankreuzen.
option-goals-wishes-work = Arbeit finden
option-goals-wishes-training = Eine Ausbildung beginnen
option-goals-wishes-study = An einer Hochschule studieren
option-goals-wishes-recognition = Meinen Abschluss anerkennen lassen
option-goals-wishes-language_course = Einen Deutschkurs machen
option-goals-wishes-self_employment = Mich selbstständig machen
option-goals-wishes-other = Etwas anderes
item-goals-work_wish = Welche Arbeit möchten Sie machen?
item-goals-work_wish-example = Zum Beispiel: Koch, Pflegekraft, Fahrer, Büroarbeit.
item-goals-next_steps = Was ist Ihr nächster Schritt? Schreiben Sie ihn in Ihren eigenen Worten.
item-goals-next_steps-example = Zum Beispiel: „Ich frage nach einem Deutschkurs in meiner Nähe.“
item-goals-documents = Welche Papiere haben Sie? Bitte bringen Sie sie zu Ihrer Beratung mit.
item-goals-documents-example = Sie können mehreres ankreuzen. Kopien reichen.
option-goals-documents-school_certificate = Schulzeugnis
option-goals-documents-vocational_certificate = Zeugnis einer Berufsausbildung
option-goals-documents-university_degree = Hochschulabschluss
option-goals-documents-work_references = Arbeitszeugnisse
option-goals-documents-translations = Übersetzungen meiner Papiere
option-goals-documents-cv = Lebenslauf (Liste meiner Schulen und Arbeitsstellen)
option-goals-documents-none = Ich habe keine Papiere dabei
