# Kompetenz-Kiosk — deutsche Oberflächentexte.
# Prüfung: vom Entwicklungsteam geschrieben; noch nicht von einer Muttersprachlerin geprüft.
# Stil: kurze, klare Sätze; Anrede „Sie“, wie in Beratungsstellen üblich.

language-name = Deutsch
language-button = F2 Sprache: { $name }
bilingual-button = F3 Zwei Sprachen

## Willkommen und Start
welcome-title = Willkommen am Kompetenz-Kiosk
welcome-text = Hier können Sie aufschreiben, was Sie wissen und können – aus Schule, Arbeit, Familie und Leben. Am Ende bekommen Sie eine Übersicht für Ihre Beratung.
welcome-choose = Bitte wählen Sie Ihre Sprache:
start-title = Wie möchten Sie beginnen?
start-text = Sind Sie zum ersten Mal hier, oder haben Sie schon einen Code von einem früheren Besuch?
start-new = Ich bin neu – beginnen
start-have-code = Ich habe einen Code – weitermachen

## Knöpfe auf vielen Seiten
button-back = ← Zurück
button-next = Weiter →
button-section-done = Diesen Teil abschließen ✓
button-finish = Für heute beenden
button-close = Schließen

## Datenschutz und Einwilligung
consent-title = Ihre Daten und Ihre Einwilligung
consent-what = Wir speichern Ihre Antworten auf die Fragen, die gewählte Sprache und das Datum. Wir fragen nicht nach Ihrem Namen, Ihrer Adresse oder Ihren Papieren.
consent-who = Nur Sie (mit Ihrem Code) und die Beraterinnen und Berater in dieser Beratungsstelle sehen Ihre Antworten. Ohne Ihre Einwilligung geben wir sie an niemanden weiter.
consent-how-long = Ihre Antworten bleiben auf diesem Computer in der Beratungsstelle. Sie können jederzeit verlangen, dass sie gelöscht werden.
consent-rights = Sie müssen nicht zustimmen. Wenn Sie nicht zustimmen, wird nichts gespeichert, und Sie können stattdessen mit einer Beraterin oder einem Berater sprechen.
consent-question = Sind Sie einverstanden, dass wir Ihre Antworten speichern?
consent-agree = Ja, ich bin einverstanden
consent-decline = Nein, danke

## Der neue Code
code-title = Ihr persönlicher Code
code-text = Das ist Ihr Code. Bitte schreiben Sie ihn auf oder machen Sie ein Foto davon:
code-keep = Mit diesem Code können Sie an einem anderen Tag weitermachen. Bewahren Sie ihn gut auf und zeigen Sie ihn keinen Fremden.
code-noted = Ich habe ihn aufgeschrieben – weiter

## Code eingeben
entry-title = Mit Ihrem Code weitermachen
entry-text = Bitte geben Sie Ihren Code ein. Er sieht so aus: K7M-4QX-9TP-H2C. Kleinbuchstaben und fehlende Striche sind kein Problem.
entry-field = Ihr Code
entry-submit = Weiter
entry-error-length = Ein Code hat 12 Buchstaben und Ziffern. Bitte prüfen Sie ihn.
entry-error-foreign = In Codes kommt „{ $char }“ nie vor. Bitte prüfen Sie dieses Zeichen.
entry-error-mistyped = In diesem Code ist ein Tippfehler. Bitte prüfen Sie ihn Zeichen für Zeichen.
entry-error-unknown = Diesen Code haben wir nicht gefunden. Bitte prüfen Sie ihn oder fragen Sie das Personal.
entry-error-wait = Zu viele falsche Codes. Bitte warten Sie { $seconds ->
        [one] eine Sekunde
       *[other] { $seconds } Sekunden
    } und versuchen Sie es dann noch einmal.
entry-error-storage = Ihre Antworten können gerade nicht geöffnet werden. Bitte fragen Sie das Personal.

## Die Checkliste
sections-title = Ihre Checkliste
sections-text = Wählen Sie einen Teil. Sie können die Teile in jeder Reihenfolge bearbeiten, jederzeit aufhören und später weitermachen.
section-row = { $title } ({ $answered } von { $total })
sections-summary = Meine Übersicht ansehen
question-number = Frage { $number } von { $count }
answer-dont-know = Weiß ich nicht
answer-prefer-not = Möchte ich nicht sagen
field-short = Ihre Antwort
field-long = Ihre Antwort (Enter beginnt eine neue Zeile)

## Übersicht und Abschied
summary-title = Ihre Übersicht
summary-text = Hier sehen Sie alles, was Sie bisher beantwortet haben. Sie können zurückgehen und jede Antwort ändern.
summary-empty = Sie haben noch keine Fragen beantwortet.
summary-back = ← Zurück zur Liste
goodbye-title = Vielen Dank!
goodbye-text = Ihre Antworten sind gespeichert. Ihr Code ist:
goodbye-text-unsaved = Einige Antworten sind noch nicht gespeichert. Bitte sagen Sie dem Personal Bescheid, bevor Sie gehen. Ihr Code ist:
goodbye-code-hint = Bringen Sie diesen Code zu Ihrer Beratung mit oder machen Sie hier damit weiter.
goodbye-done = Fertig – schließen

## Fenster
languages-title = Sprache wählen
idle-title = Sind Sie noch da?
idle-text = Der Bildschirm wurde eine Weile nicht berührt. In { $seconds ->
        [one] einer Sekunde
       *[other] { $seconds } Sekunden
    } geht der Kiosk zurück zum Anfang.
idle-privacy = Ihre Antworten sind gespeichert. Auf dem Bildschirm bleibt nichts stehen.
idle-stay = Ja, ich bin noch da

## Status
too-small = Bitte machen Sie das Fenster größer (mindestens { $width } × { $height }).
progress-label = { $answered } von { $total } beantwortet
save-saving = Wird gespeichert
save-saved = ✓ Gespeichert
save-failed = ⚠ Noch nicht gespeichert – neuer Versuch läuft
notice-field-full = In dieses Feld passen höchstens { $count } Zeichen.
notice-paste-shortened = Der Text war zu lang. Nur die ersten { $count } Zeichen wurden übernommen.
notice-start-failed = Der Start hat gerade nicht geklappt. Bitte fragen Sie das Personal.
notice-session-closed = Dieser Besuch wurde vom Büro beendet. Hier wird nichts mehr gespeichert. Bei Fragen wenden Sie sich bitte an das Personal.
notice-changed-elsewhere = Diese Antwort wurde gerade an einem anderen Bildschirm geändert. Sie sehen sie jetzt so, wie sie gespeichert ist.
notice-entries-full = Hier können Sie höchstens { $count } Einträge hinzufügen.

## Hilfezeile
help-choose = ↑↓ wählen
help-toggle = Enter ankreuzen
help-confirm = Enter bestätigen
help-back = Esc zurück
help-language = F2 Sprache
help-scroll = Bild↑/Bild↓ blättern
help-type = Schreiben
help-next-field = Tab weiter
help-newline = Enter neue Zeile

## Meldungen, wenn der Kiosk nicht starten kann (für die IT der Beratungsstelle)
error-config = Die Konfigurationsdatei kann nicht verwendet werden:
error-unknown-language = Die Sprache „{ $lang }“ gibt es nicht. Verfügbar: { $known }.
error-catalog = Die Dateien der Checkliste können nicht verwendet werden:
error-db-cannot-open = Die Datenbank kann nicht geöffnet werden. Bitte Pfad und Zugriffsrechte prüfen.
error-db-corrupt = Die Datenbankdatei ist beschädigt. Sie wurde nicht verändert; bitte eine Sicherung zurückspielen oder die IT fragen.
error-db-locked = Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte gleich noch einmal versuchen.
error-db-full = Die Festplatte ist voll. Bitte Platz schaffen, damit Antworten gespeichert werden können.
error-db-readonly = In die Datenbank kann nicht geschrieben werden (schreibgeschützt). Bitte Dateisystem und Zugriffsrechte prüfen.
error-db-other = Die Datenbank hat ein Problem gemeldet.
error-db-not-private = Die Datenbankdatei ist für andere Benutzer lesbar. Bitte nur für den Kiosk lesbar machen (chmod 600) und neu starten.
error-db-missing = An diesem Pfad gibt es keine Datenbank. Prüfen Sie den Pfad (--db oder KIOSK_DB).
error-db-will-not-create = Die Datenbank fehlt. Der Kiosk legt nicht von selbst eine leere an: Spielen Sie die Sicherung zurück oder fragen Sie die IT.
error-db-gone = Die Datenbankdatei wurde während des Betriebs entfernt oder ersetzt. Es wird nichts mehr gespeichert. Legen Sie die Datei zurück oder spielen Sie eine Sicherung zurück.
fault-title = Der Kiosk kann gerade nicht arbeiten
fault-tell-staff = Bitte sagen Sie dem Personal Bescheid. Die Antworten früherer Besuche sind sicher.
fault-retrying = Der Kiosk versucht es alle paar Sekunden erneut.
fault-restart = Starten Sie den Kiosk danach neu.

## Wiederholte Teile (Arbeitsstellen, Schulen, Sprachen, Lebensabschnitte)
entry-untitled = (noch ohne Namen)
entry-edit = Antworten ändern
entry-up = In der Liste nach oben
entry-down = In der Liste nach unten
entry-remove = Aus der Liste entfernen
entry-remove-confirm = Wirklich entfernen? Zum Entfernen noch einmal drücken
button-entry-done = Damit fertig ✓

## Arten von Antworten
field-year = Jahr
field-search = Zum Suchen tippen
occupation-own-words = Meine eigenen Worte behalten: „{ $words }“
cefr-none = Das kann ich noch nicht
scale-legend = A = Ich kann es mit Hilfe · B = Ich kann es allein an einem bekannten Ort · C = Ich kann es auch in neuen Situationen und kann es anderen zeigen
notice-year = Bitte geben Sie ein Jahr mit vier Ziffern ein, zum Beispiel 2015.
help-search = tippen zum Suchen · ↓ wählen
help-rate = Enter oder ←→ A/B/C

## Übersicht
summary-competences = Meine Kompetenzen (A = 1, B = 2, C = 3)
summary-group-professional = Fachlich
summary-group-methodical = Methoden
summary-group-social = Sozial
summary-group-personal = Persönlich
summary-group-digital = Digital
summary-rated = { $count ->
        [one] eine bewertet
       *[other] { $count } bewertet
    }
summary-languages = Meine Sprachen
summary-mother-tongue = Muttersprache
skill-listening = Hören
skill-reading = Lesen
skill-spoken_interaction = An Gesprächen teilnehmen
skill-spoken_production = Zusammenhängend sprechen
skill-writing = Schreiben
summary-bring = Zur Beratung mitbringen
summary-timeline = Mein Leben im Überblick
rating-advisor = Beratung: { $level }

## Der Link fürs Handy am Ende, und die Portfolio-Seite auf dem Handy
qr-scan = Scannen Sie dieses Quadrat mit der Kamera Ihres Handys, um Ihre Zusammenfassung auf dem Handy zu sehen.
qr-too-small = Das Fenster ist zu klein für den Handy-Code. Sie können diese Adresse auf Ihrem Handy eingeben:
qr-no-link = Ein Link fürs Handy geht gerade nicht. Ihre Antworten sind gespeichert; fragen Sie bitte das Personal.
qr-valid-until = Der Link funktioniert bis { $date }.
page-title = Kompetenz-Portfolio
page-self-assessment = Selbsteinschätzung: Das sind die eigenen Antworten der Person. Eine Beraterin oder ein Berater hat sie noch nicht geprüft.
page-reviewed = Geprüft mit { $name } (Beratung) am { $date }.
page-made = Erstellt am { $date }.
page-answers = Alle Antworten
page-authority = Wer entscheidet:
page-legal-basis = Rechtsgrundlage:
page-advisor-rating = Beratung
page-self-rating = Eigene Einschätzung
page-json = Dieses Portfolio als Daten (JSON, für Ämter und Beratungsstellen)
page-not-found = Dieser Link funktioniert nicht. Vielleicht ist er falsch, zu alt oder wurde zurückgenommen. Bitte fragen Sie in der Beratungsstelle nach einem neuen.

## Beratungsmodus (nur für das Personal; mit einer Taste geöffnet, die Klienten nicht gezeigt wird)
adv-login-title = Anmeldung Beratung
adv-login-text = Wählen Sie Ihren Namen und geben Sie Ihre PIN ein.
adv-no-advisors = Noch keine Beratungskonten. Die IT legt eines an mit: kiosk advisor add NAME
adv-choose-name = Bitte wählen Sie zuerst Ihren Namen.
adv-pin = PIN
adv-log-in = Anmelden
adv-wrong-pin = Diese PIN stimmt nicht. Bitte versuchen Sie es noch einmal.
adv-locked = Zu viele falsche PINs. Die Anmeldung ist eine Zeit lang gesperrt; das wurde protokolliert.
adv-home-title = Klient oder Klientin finden
adv-logged-in = Angemeldet als { $name }.
adv-home-text = Geben Sie den Code ein oder wählen Sie eine der letzten Sitzungen.
adv-code = Code
adv-open = Öffnen
adv-audit = Protokoll
adv-quit = Programm beenden
adv-log-out = Abmelden
adv-client-title = Sitzung { $code }
adv-not-reviewed = Selbsteinschätzung, noch nicht geprüft.
adv-live-links = { $count ->
        [one] ein Handy-Link ist gültig
       *[other] { $count } Handy-Links sind gültig
    }
adv-review = Antworten durchgehen und ändern
adv-ratings = Kompetenzen: Klient/in und Beratung
adv-notes = Notizen und nächste Schritte
adv-documents = Unterlagen: gesehen oder geprüft
adv-mark-reviewed = Als heute von mir geprüft markieren
adv-links = Handy-Links: zeigen, neu, zurücknehmen
adv-export = Für die Akte exportieren (HTML und JSON)
adv-erase = Diese Person auf Wunsch löschen
adv-back-to-list = Andere Person suchen
adv-reviewed-done = Als geprüft markiert. Das Portfolio zeigt es jetzt.
adv-ratings-text = Drücken Sie Enter bei einer Kompetenz, um Ihre Einschätzung zu setzen: keine, A, B, C.
adv-rating-row = Klient/in { $client } · Beratung { $advisor }
adv-notes-text = Notizen sind intern, außer Sie markieren sie für das Portfolio.
adv-note-text = Ihre Notiz zu diesem Teil der Checkliste.
adv-note = Notiz
adv-note-public = Diese Notiz im Portfolio zeigen
adv-note-in-portfolio = im Portfolio
adv-note-internal = intern
adv-plan-title = Plan der nächsten Schritte
adv-plan-text = Ein Schritt pro Zeile, jeweils zuerst ein Datum, zum Beispiel: 2026-12-01 Anerkennung beantragen
adv-save = Speichern
adv-documents-text = Drücken Sie Enter, um eine Unterlage als gesehen und dann als geprüft zu markieren.
adv-no-documents = Bisher werden keine Unterlagen gebraucht.
adv-doc-not-seen = nicht gesehen
adv-doc-seen = gesehen
adv-doc-verified = geprüft
adv-links-title = Handy-Links
adv-links-text = Drücken Sie Enter bei einem Link, um ihn zurückzunehmen. Zurückgenommene Links zeigen die Seite „funktioniert nicht“.
adv-no-links = Für diese Person gibt es noch keine Handy-Links.
adv-link-live = gültig
adv-link-expired = abgelaufen
adv-link-revoked = zurückgenommen
adv-new-link = Neuer QR-Code
adv-revoke-all = Alle zurücknehmen
adv-exported = Exportiert. Die Dateien stehen oben.
adv-erase-title = Diese Person löschen
adv-erase-text = Alle Antworten dieser Person und alle ihre Handy-Links werden endgültig gelöscht. Nur dass gelöscht wurde, bleibt im Protokoll. Geben Sie zur Bestätigung den Code der Person ein.
adv-erase-confirm = Endgültig löschen
adv-erase-mismatch = Das ist nicht der Code der geöffneten Person.
adv-erased = Die Daten der Person wurden gelöscht.
adv-audit-title = Protokoll
adv-audit-text = Wer hat was mit welchem Code gemacht, das Neueste zuerst. Antworten werden nie protokolliert.
adv-storage-failed = Die Datenbank hat nicht geantwortet. Bitte versuchen Sie es noch einmal.

## Portfolio-Seite: der Teil der Beratung
page-advisor-notes = Notizen aus der Beratung
page-plan = Mit der Beratung vereinbarte nächste Schritte
page-documents-checked = Unterlagen, die die Beratung gesehen hat
