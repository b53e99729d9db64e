# Kompetenz-Kiosk — Texte der Referenz-Daten auf dem Bildschirm, in Einfacher Sprache:
# die Sätze für die Sprach-Stufen (GER / CEFR), die Schul-Stufen (ISCED) und die
# digitalen Fähigkeiten (DigComp). Quelle: db/reference/*.toml.
# Review: machine-drafted; not yet reviewed by a native speaker.
# Anrede: Die Sätze sprechen als „ich“ (wie im Original). Sonst: „Sie“ — höflich, wie in der Beratung üblich.

## Sprach-Stufen (GER / CEFR) in einfachen Worten
cefr-listening-A1 = Ich verstehe einfache Wörter über mich und meine Familie. Die Menschen müssen dafür langsam sprechen.
cefr-listening-A2 = Ich verstehe kurze, klare Sätze über Einkaufen, Arbeit und meinen Wohnort.
cefr-listening-B1 = Ich verstehe das Wichtigste, wenn Menschen klar sprechen. Zum Beispiel über Arbeit, Schule oder Freizeit.
cefr-listening-B2 = Ich verstehe längere Reden. Ich verstehe die meisten Nachrichten im Fernsehen. Ich verstehe die meisten Filme in normaler Sprache.
cefr-listening-C1 = Ich verstehe lange Gespräche, Sendungen im Fernsehen und Filme. Das ist nicht schwer für mich.
cefr-listening-C2 = Ich verstehe alles Gesprochene leicht. Auch wenn Menschen schnell sprechen.
cefr-reading-A1 = Ich verstehe Namen, Wörter und ganz einfache Sätze. Zum Beispiel auf Schildern und Plakaten.
cefr-reading-A2 = Ich kann sehr kurze Texte lesen. Zum Beispiel Speise-Karten, Fahr-Pläne, Werbung und kurze Briefe.
cefr-reading-B1 = Ich verstehe Texte aus dem Alltag und von der Arbeit. Ich verstehe private Briefe über Erlebnisse und Gefühle.
cefr-reading-B2 = Ich kann Artikel und Berichte lesen. Darin sagen die Schreiber ihre Meinung. Ich kann auch moderne Romane lesen.
cefr-reading-C1 = Ich verstehe lange, schwere Texte. Ich verstehe auch Fach-Texte. Auch Fach-Texte aus anderen Bereichen.
cefr-reading-C2 = Ich lese alle Arten von Texten leicht. Auch Anleitungen, Fach-Artikel und Literatur.
cefr-spoken_interaction-A1 = Ich kann einfache Fragen stellen und beantworten. Die andere Person muss dafür langsam sprechen und mir helfen.
cefr-spoken_interaction-A2 = Ich kann sehr kurze Gespräche führen. Zum Beispiel über bekannte Dinge aus dem Alltag.
cefr-spoken_interaction-B1 = Ich komme im Alltag meistens gut zurecht. Ich kann über Familie, Hobbys, Arbeit und Reisen sprechen.
cefr-spoken_interaction-B2 = Ich kann flüssig mit Menschen sprechen, für die das die Muttersprache ist. Ich kann meine Meinung erklären und verteidigen.
cefr-spoken_interaction-C1 = Ich spreche flüssig und frei. Privat und bei der Arbeit. Ich muss nur selten nach Wörtern suchen.
cefr-spoken_interaction-C2 = Ich kann bei jedem Gespräch leicht mitmachen. Ich kann auch feine Unterschiede in der Bedeutung ausdrücken.
cefr-spoken_production-A1 = Ich kann mit einfachen Sätzen sagen, wo ich wohne. Ich kann Menschen beschreiben, die ich kenne.
cefr-spoken_production-A2 = Ich kann einfach über meine Familie sprechen. Und über meine Wohnung, meine Schule und meine Arbeit.
cefr-spoken_production-B1 = Ich kann über Erlebnisse, Pläne und Wünsche sprechen. Ich kann kurz meine Meinung erklären.
cefr-spoken_production-B2 = Ich kann klar und genau über viele Themen sprechen. Ich kann sagen, was gut und was schlecht an einer Sache ist.
cefr-spoken_production-C1 = Ich kann über schwere Themen genau sprechen. Ich spreche gut geordnet und mit einem guten Schluss.
cefr-spoken_production-C2 = Ich kann über jedes Thema klar und flüssig sprechen. Die Zuhörer können sich das Wichtigste gut merken.
cefr-writing-A1 = Ich kann eine kurze Post-Karte schreiben. Ich kann meinen Namen und meine Adresse in Formulare schreiben.
cefr-writing-A2 = Ich kann kurze Notizen und Nachrichten schreiben. Ich kann einen ganz einfachen privaten Brief schreiben.
cefr-writing-B1 = Ich kann einfache Texte über bekannte Themen schreiben. Ich kann private Briefe über meine Erlebnisse schreiben.
cefr-writing-B2 = Ich kann klare, genaue Texte, Berichte und Briefe schreiben. Ich kann erklären, warum ich eine Meinung habe.
cefr-writing-C1 = Ich kann gut geordnete Texte über schwere Themen schreiben. Ich wähle die passende Art zu schreiben.
cefr-writing-C2 = Ich schreibe schwierige Briefe, Berichte und Zusammenfassungen. Ich schreibe klar, flüssig und passend.

## Schul-Stufen (ISCED 2011)
isced-0 = Lernen vor der Schule. Zum Beispiel im Kindergarten oder in der Kita.
isced-1 = Die ersten Jahre in der Schule. Zum Beispiel die Grundschule. In Deutschland: Klasse 1 bis 4.
isced-2 = Die mittleren Jahre in der Schule. Zum Beispiel Schule bis etwa 15 oder 16 Jahre. In Deutschland: Klasse 5 bis 9 oder 10.
isced-3 = Zum Beispiel Schule bis etwa 18 Jahre (Abitur). Oder eine Berufs-Schule oder eine Ausbildung. Ausbildung heißt: einen Beruf lernen.
isced-4 = Lernen nach der Schule, aber noch nicht an der Universität. Zum Beispiel eine Ausbildung nach dem Abitur. Oder eine Abend-Schule für Erwachsene.
isced-5 = Kurzes Lernen für die Praxis nach der Schule. Es dauert oft etwa 2 Jahre. Zum Beispiel ein Diplom von einem College. In Deutschland gibt es das selten. Ein Beispiel ist: Geprüfter Berufsspezialist.
isced-6 = Zum Beispiel ein Bachelor an einer Universität. In Deutschland auch: Meister, Techniker oder Fachwirt.
isced-7 = Zum Beispiel ein Master. Oder ein langes Studium an der Universität. Zum Beispiel Diplom oder Staatsexamen.
isced-8 = Zum Beispiel ein Doktor-Titel (Promotion). Dafür forscht man selbst. Forschen heißt: Man sucht neues Wissen.

## Digitale Fähigkeiten (DigComp 2.2)
digcomp-1-1 = Ich kann im Internet suchen und Informationen finden. Ich kann die passenden Ergebnisse auswählen.
digcomp-1-2 = Ich kann prüfen: Stimmen die Informationen im Internet? Kann ich der Quelle trauen?
digcomp-1-3 = Ich kann Dateien und Informationen speichern und ordnen. Ich finde sie später wieder.
digcomp-2-1 = Ich kann mit anderen Kontakt haben. Zum Beispiel per E-Mail, mit Chat-Apps und mit Video-Anrufen.
digcomp-2-2 = Ich kann Dateien, Informationen und andere Inhalte im Internet mit anderen teilen.
digcomp-2-3 = Ich kann Angebote von Ämtern im Internet nutzen. Ich kann im Internet bei der Gesellschaft mitmachen.
digcomp-2-4 = Ich kann mit digitalen Werkzeugen mit anderen zusammen arbeiten. Zum Beispiel in einem gemeinsamen Dokument.
digcomp-2-5 = Ich weiß, wie man sich im Internet höflich und mit Respekt verhält.
digcomp-2-6 = Ich kann meine Profile im Internet verwalten. Ich kann meinen guten Ruf im Internet schützen.
digcomp-3-1 = Ich kann digitale Inhalte machen. Zum Beispiel Texte, Fotos, Videos oder Präsentationen.
digcomp-3-2 = Ich kann digitale Inhalte ändern und besser machen. Ich kann verschiedene Inhalte zusammen-fügen.
digcomp-3-3 = Ich kenne die Regeln: Wann darf ich Texte, Bilder oder Musik von anderen benutzen? (Urheber-Recht und Lizenzen)
digcomp-3-4 = Ich kann einem Computer Anweisungen geben, Schritt für Schritt. Zum Beispiel: ein kleines Programm schreiben.
digcomp-4-1 = Ich kann meine Geräte schützen. Zum Beispiel mit Passwörtern, Updates und einem Viren-Schutz.
digcomp-4-2 = Ich kann meine persönlichen Daten im Internet schützen. Ich kann mein Privat-Leben schützen.
digcomp-4-3 = Ich nutze Technik so, dass sie mir nicht schadet. Ich kann mich vor Gefahren schützen. Zum Beispiel vor Mobbing im Internet.
digcomp-4-4 = Ich weiß: Digitale Technik hat Folgen für die Umwelt. Deshalb nutze ich sie vorsichtig und nicht mehr als nötig.
digcomp-5-1 = Ich kann einfache technische Probleme mit Geräten und Apps finden und lösen.
digcomp-5-2 = Ich kann das passende digitale Werkzeug oder die passende App für mich auswählen.
digcomp-5-3 = Ich kann digitale Werkzeuge mit eigenen Ideen nutzen. So löse ich Probleme und mache neue Dinge.
digcomp-5-4 = Ich weiß, was ich bei digitalen Dingen noch lernen muss. Und ich weiß, wie ich es lernen kann.
