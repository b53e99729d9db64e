# Kompetenz-Kiosk — Texte der Oberfläche in Einfacher Sprache (Einfaches Deutsch).
# Review: machine-drafted; not yet reviewed by a native speaker.
# Anrede: „Sie“ — höflich, wie in der Beratung üblich (address: formal "Sie", as in counselling offices).
# Stil: Einfache Sprache. Kurze Sätze. Eine Aussage pro Satz. Bekannte Wörter. Schwere Wörter werden erklärt.

language-name = Einfaches Deutsch
language-button = F2 { $name }
bilingual-button = F3 Zwei Sprachen

## Willkommen und Start
welcome-title = Herzlich willkommen
welcome-text = Hier können Sie aufschreiben: Das weiß ich. Das kann ich. Zum Beispiel aus der Schule, von der Arbeit, aus der Familie und aus dem Leben. Am Ende bekommen Sie eine Übersicht. Die Übersicht ist für Ihre Beratung.
welcome-choose = Bitte wählen Sie Ihre Sprache:
start-title = Wie möchten Sie anfangen?
start-text = Sind Sie zum ersten Mal hier? Oder waren Sie schon einmal hier? Dann haben Sie schon einen Code.
start-new = Ich bin neu – anfangen
start-have-code = Ich habe einen Code – weiter

## Knöpfe auf vielen Seiten
button-back = ← Zurück
button-next = Weiter →
button-section-done = Dieser Teil ist fertig ✓
button-finish = Für heute aufhören
button-close = Schließen

## Ihre Daten und Ihre Erlaubnis
consent-title = Ihre Daten und Ihre Erlaubnis
consent-what = Wir speichern Ihre Antworten. Speichern heißt: Der Computer merkt sich das. Wir speichern auch Ihre Sprache und das Datum. Wir fragen nicht nach Ihrem Namen. Wir fragen nicht nach Ihrer Adresse. Wir fragen nicht nach Ihren Papieren.
consent-who = Ihre Antworten sehen nur: Sie selbst (mit Ihrem Code). Und die Beratung hier im Büro. Wir geben Ihre Antworten an niemanden weiter. Außer Sie erlauben es.
consent-how-long = Ihre Antworten bleiben auf diesem Computer hier im Büro. Sie können jederzeit sagen: Bitte löschen Sie meine Antworten. Dann löscht das Personal die Antworten.
consent-rights = Sie müssen nicht Ja sagen. Sagen Sie Nein? Dann speichern wir nichts. Sie können dann mit der Beratung sprechen.
consent-question = Dürfen wir Ihre Antworten speichern?
consent-agree = Ja, das dürfen Sie
consent-decline = Nein, danke

## Ihr neuer Code
code-title = Ihr Code
code-text = Das ist Ihr Code. Bitte schreiben Sie den Code auf. Oder machen Sie ein Foto davon:
code-keep = Mit dem Code können Sie an einem anderen Tag weitermachen. Passen Sie gut auf den Code auf. Zeigen Sie den Code keinen fremden Menschen.
code-noted = Ich habe ihn aufgeschrieben – weiter

## Code eintippen
entry-title = Mit Ihrem Code weitermachen
entry-text = Bitte tippen Sie Ihren Code ein. Ein Code sieht so aus: K7M-4QX-9TP-H2C. Sie dürfen kleine Buchstaben tippen. Die Striche (-) müssen Sie nicht tippen.
entry-field = Ihr Code
entry-submit = Weiter
entry-error-length = Ein Code hat 12 Zeichen. Das sind Buchstaben und Zahlen. Bitte prüfen Sie den Code.
entry-error-foreign = Das Zeichen „{ $char }“ gibt es in keinem Code. Bitte prüfen Sie dieses Zeichen.
entry-error-mistyped = Im Code ist ein Tipp-Fehler. Bitte prüfen Sie jedes Zeichen. Eins nach dem anderen.
entry-error-unknown = Wir finden diesen Code nicht. Bitte prüfen Sie den Code. Oder fragen Sie das Personal.
entry-error-wait = Sie haben zu oft einen falschen Code getippt. Bitte warten Sie { $seconds ->
        [one] eine Sekunde
       *[other] { $seconds } Sekunden
    }. Dann versuchen Sie es noch einmal.
entry-error-storage = Wir können Ihre Antworten gerade nicht öffnen. Bitte fragen Sie das Personal.

## Ihre Liste
sections-title = Ihre Liste
sections-text = Wählen Sie einen Teil. Die Reihenfolge ist egal. Sie können jederzeit aufhören. Sie können später weitermachen.
section-row = { $title } ({ $answered } von { $total })
sections-summary = Meine Übersicht ansehen
question-number = Frage { $number } von { $count }
answer-dont-know = Weiß ich nicht
answer-prefer-not = Möchte ich nicht sagen
field-short = Ihre Antwort
field-long = Ihre Antwort (Enter = neue Zeile)

## Übersicht und Ende
summary-title = Ihre Übersicht
summary-text = Hier sehen Sie alle Ihre Antworten bis jetzt. Sie können zurückgehen. Sie können jede Antwort ändern.
summary-empty = Sie haben noch keine Frage beantwortet.
summary-back = ← Zurück zur Liste
goodbye-title = Vielen Dank!
goodbye-text = Ihre Antworten sind gespeichert. Das ist Ihr Code:
goodbye-text-unsaved = Einige Antworten sind noch nicht gespeichert. Bitte gehen Sie noch nicht weg. Sagen Sie es zuerst dem Personal. Das ist Ihr Code:
goodbye-code-hint = Bringen Sie den Code zur Beratung mit. Oder machen Sie hier mit dem Code weiter.
goodbye-done = Fertig – schließen

## Fenster
languages-title = Sprache wählen
idle-title = Sind Sie noch da?
idle-text = Niemand hat den Bildschirm eine Zeit lang berührt. In { $seconds ->
        [one] einer Sekunde
       *[other] { $seconds } Sekunden
    } geht alles zurück zum Anfang.
idle-privacy = Ihre Antworten sind gespeichert. Danach sieht man nichts mehr davon auf dem Bildschirm.
idle-stay = Ja, ich bin noch da

## Status
too-small = Bitte machen Sie das Fenster größer. Es muss mindestens { $width } × { $height } groß sein.
progress-label = { $answered } von { $total } beantwortet
save-saving = Wird gespeichert
save-saved = ✓ Gespeichert
save-failed = ⚠ Noch nicht gespeichert – neuer Versuch
notice-field-full = Hier passen höchstens { $count } Zeichen hinein.
notice-paste-shortened = Der Text war zu lang. Wir haben nur die ersten { $count } Zeichen genommen.
notice-start-failed = Das Programm startet gerade nicht. Bitte fragen Sie das Personal.
notice-session-closed = Das Büro hat diesen Besuch beendet. Wir speichern hier nichts mehr. Haben Sie Fragen? Dann fragen Sie bitte das Personal.
notice-changed-elsewhere = Jemand hat diese Antwort gerade an einem anderen Bildschirm geändert. Sie sehen jetzt die gespeicherte Antwort.
notice-entries-full = Hier passen höchstens { $count } Einträge in die Liste.

## Hilfe-Zeile
help-choose = ↑↓ wählen
help-toggle = Enter ankreuzen
help-confirm = Enter OK
help-back = Esc zurück
help-language = F2 Sprache
help-scroll = Bild↑/Bild↓ blättern
help-type = Schreiben
help-next-field = Tab weiter
help-newline = Enter neue Zeile

## Meldungen für die IT, wenn der Kiosk nicht starten kann
error-config = Die Datei mit den Einstellungen (Konfiguration) hat einen Fehler:
error-unknown-language = Die Sprache „{ $lang }“ gibt es nicht. Diese Sprachen gibt es: { $known }.
error-catalog = Die Dateien mit den Fragen haben einen Fehler:
error-db-cannot-open = Die Datenbank geht nicht auf. Bitte prüfen Sie den Pfad. Bitte prüfen Sie die Zugriffs-Rechte.
error-db-corrupt = Die Datei der Datenbank ist kaputt. Sie wurde nicht verändert. Bitte spielen Sie eine Sicherung zurück. Oder fragen Sie die IT.
error-db-locked = Ein anderes Programm benutzt gerade die Datenbank. Bitte versuchen Sie es gleich noch einmal.
error-db-full = Die Festplatte ist voll. Bitte machen Sie Platz frei. Sonst können keine Antworten gespeichert werden.
error-db-readonly = Das Programm kann nicht in die Datenbank schreiben. Sie ist schreib-geschützt. Bitte prüfen Sie das Datei-System und die Zugriffs-Rechte.
error-db-other = Die Datenbank meldet ein Problem.
error-db-not-private = Andere Benutzer können die Datei der Datenbank lesen. Bitte machen Sie die Datei privat (chmod 600). Dann starten Sie neu.
error-db-missing = An diesem Pfad gibt es keine Datenbank. Bitte prüfen Sie den Pfad (--db oder KIOSK_DB).
error-db-will-not-create = Die Datenbank fehlt. Der Kiosk macht nicht von selbst eine neue, leere Datenbank. Bitte spielen Sie die Sicherung zurück. Oder fragen Sie die IT.
error-db-gone = Jemand hat die Datei der Datenbank entfernt oder ausgetauscht. Der Kiosk lief dabei. Der Kiosk speichert jetzt nichts mehr. Bitte legen Sie die Datei zurück. Oder spielen Sie eine Sicherung zurück.
fault-title = Der Kiosk geht gerade nicht
fault-tell-staff = Bitte sagen Sie es dem Personal. Ihre Antworten von früheren Besuchen sind sicher.
fault-retrying = Der Kiosk versucht es alle paar Sekunden neu.
fault-restart = Dann starten Sie den Kiosk bitte neu.

## Teile, die es mehrmals gibt (Arbeit, Schulen, Sprachen, Abschnitte im Leben)
entry-untitled = (noch ohne Namen)
entry-edit = Antworten ändern
entry-up = In der Liste nach oben
entry-down = In der Liste nach unten
entry-remove = Aus der Liste löschen
entry-remove-confirm = Wirklich löschen? Dann drücken Sie noch einmal.
button-entry-done = Das ist fertig ✓

## Arten von Antworten
field-year = Jahr
field-search = Tippen zum Suchen
occupation-own-words = Meine eigenen Wörter nehmen: „{ $words }“
cefr-none = Das kann ich noch nicht
scale-legend = A = Ich kann es mit Hilfe · B = Ich kann es allein, an einem bekannten Ort · C = Ich kann es auch in neuen Situationen. Und ich kann es anderen zeigen.
notice-year = Bitte tippen Sie ein Jahr mit 4 Zahlen. Zum Beispiel: 2015.
help-search = tippen zum Suchen · ↓ wählen
help-rate = Enter oder ←→ A/B/C

## Übersicht
summary-competences = Was ich kann (A = 1, B = 2, C = 3)
summary-group-professional = Beruf
summary-group-methodical = Planen und Lernen
summary-group-social = Mit anderen
summary-group-personal = Persönlich
summary-group-digital = Digital
summary-rated = { $count ->
        [one] eine Antwort
       *[other] { $count } Antworten
    }
summary-languages = Meine Sprachen
summary-mother-tongue = Muttersprache
skill-listening = Hören
skill-reading = Lesen
skill-spoken_interaction = Mit anderen sprechen
skill-spoken_production = Sprechen
skill-writing = Schreiben
summary-bring = Das bringen Sie zur Beratung mit
summary-timeline = Mein Leben im Überblick
rating-advisor = Beratung: { $level }

## Der Link für das Handy am Ende, und die Seite auf dem Handy
qr-scan = Halten Sie die Kamera von Ihrem Handy auf dieses Viereck. Dann sehen Sie Ihre Übersicht auf dem Handy.
qr-too-small = Das Fenster ist zu klein für den Handy-Code. Tippen Sie diese Adresse in Ihr Handy ein:
qr-no-link = Der Link für das Handy geht gerade nicht. Ihre Antworten sind gespeichert. Bitte fragen Sie das Personal.
qr-valid-until = Der Link geht bis { $date }.
page-title = Portfolio: Was ich kann
page-self-assessment = Selbst eingeschätzt: Das sind die eigenen Antworten der Person. Die Beratung hat die Antworten noch nicht geprüft.
page-reviewed = Am { $date } mit { $name } von der Beratung geprüft.
page-made = Gemacht am { $date }.
page-answers = Alle Antworten
page-authority = Wer entscheidet:
page-legal-basis = Das Gesetz dazu:
page-advisor-rating = Beratung
page-self-rating = Eigene Einschätzung
page-json = Dieses Portfolio als Daten (JSON, für Ämter und Beratungs-Stellen)
page-not-found = Dieser Link geht nicht. Vielleicht ist er falsch getippt. Vielleicht ist er zu alt. Oder er wurde gelöscht. Bitte fragen Sie im Büro nach einem neuen Link.

## Beratungs-Modus (nur für das Personal; man öffnet ihn mit einer Taste, die nur das Personal kennt)
adv-login-title = Anmeldung Beratung
adv-login-text = Wählen Sie Ihren Namen. Dann tippen Sie Ihre PIN ein.
adv-no-advisors = Es gibt noch kein Konto für die Beratung. Die IT kann ein Konto machen mit: kiosk advisor add NAME
adv-choose-name = Bitte wählen Sie zuerst Ihren Namen.
adv-pin = PIN
adv-log-in = Anmelden
adv-wrong-pin = Die PIN ist falsch. Bitte versuchen Sie es noch einmal.
adv-locked = Zu oft eine falsche PIN. Die Anmeldung ist jetzt eine Zeit lang gesperrt. Das steht jetzt im Protokoll.
adv-home-title = Person finden
adv-logged-in = Angemeldet als { $name }.
adv-home-text = Tippen Sie den Code der Person ein. Oder wählen Sie einen der letzten Besuche.
adv-code = Code der Person
adv-open = Öffnen
adv-audit = Protokoll
adv-quit = Programm beenden
adv-log-out = Abmelden
adv-client-title = Person { $code }
adv-not-reviewed = Selbst eingeschätzt. Noch nicht geprüft.
adv-live-links = { $count ->
        [one] ein Handy-Link geht
       *[other] { $count } Handy-Links gehen
    }
adv-review = Antworten ansehen und ändern
adv-ratings = Kompetenzen: Person und Beratung
adv-notes = Notizen und nächste Schritte
adv-documents = Papiere: gesehen oder geprüft
adv-mark-reviewed = Heute von mir geprüft – markieren
adv-links = Handy-Links: zeigen, neu, sperren
adv-export = Für die Akte speichern (HTML und JSON)
adv-erase = Diese Person auf Wunsch löschen
adv-back-to-list = Andere Person suchen
adv-reviewed-done = Als geprüft markiert. Das steht jetzt auch im Portfolio.
adv-ratings-text = Drücken Sie Enter bei einer Kompetenz. So wählen Sie Ihre Einschätzung: keine, A, B, C.
adv-rating-row = Person { $client } · Beratung { $advisor }
adv-notes-text = Notizen sind intern. Nur die Beratung sieht sie. Außer Sie markieren eine Notiz für das Portfolio.
adv-note-text = Ihre Notiz zu diesem Teil der Liste.
adv-note = Notiz
adv-note-public = Diese Notiz im Portfolio zeigen
adv-note-in-portfolio = im Portfolio
adv-note-internal = intern
adv-plan-title = Plan: die nächsten Schritte
adv-plan-text = Ein Schritt pro Zeile. Zuerst kommt immer das Datum. Zum Beispiel: 2026-12-01 Anerkennung beantragen
adv-save = Speichern
adv-documents-text = Drücken Sie Enter bei einem Papier. Einmal drücken: gesehen. Noch einmal drücken: geprüft.
adv-no-documents = Bis jetzt braucht man keine Papiere.
adv-doc-not-seen = nicht gesehen
adv-doc-seen = gesehen
adv-doc-verified = geprüft
adv-links-title = Handy-Links
adv-links-text = Drücken Sie Enter bei einem Link. Dann ist der Link gesperrt. Ein gesperrter Link zeigt die Seite „Dieser Link geht nicht“.
adv-no-links = Diese Person hat noch keinen Handy-Link.
adv-link-live = geht
adv-link-expired = abgelaufen
adv-link-revoked = gesperrt
adv-new-link = Neuer QR-Code
adv-revoke-all = Alle sperren
adv-exported = Gespeichert. Die Dateien stehen oben.
adv-erase-title = Diese Person löschen
adv-erase-text = Alle Antworten von dieser Person werden für immer gelöscht. Auch alle Handy-Links von der Person. Im Protokoll steht danach nur: Es wurde gelöscht. Zum Bestätigen: Bitte tippen Sie den Code der Person ein.
adv-erase-confirm = Für immer löschen
adv-erase-mismatch = Das ist nicht der Code von der Person, die gerade offen ist.
adv-erased = Die Daten der Person sind gelöscht.
adv-audit-title = Protokoll
adv-audit-text = Hier steht: Wer hat was mit welchem Code gemacht? Das Neueste steht oben. Antworten stehen nie im Protokoll.
adv-storage-failed = Die Datenbank antwortet nicht. Bitte versuchen Sie es noch einmal.

## Portfolio-Seite: der Teil von der Beratung
page-advisor-notes = Notizen von der Beratung
page-plan = Nächste Schritte, mit der Beratung abgesprochen
page-documents-checked = Papiere, die die Beratung gesehen hat
