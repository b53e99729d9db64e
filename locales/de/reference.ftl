# Kompetenz-Kiosk — deutsche Texte der Referenzdaten auf dem Bildschirm: GER-Raster in
# einfachen Worten, ISCED-Stufen, DigComp-Kompetenzen. Erzeugt aus db/reference/*.toml
# (plain_de); ein Test hält sie gleich.
# Prüfung: vom Entwicklungsteam geschrieben; noch nicht von einer Muttersprachlerin geprüft.

## CEFR self-assessment grid, in plain words
cefr-listening-A1 = Ich verstehe einfache Wörter über mich und meine Familie, wenn man langsam spricht.
cefr-listening-A2 = Ich verstehe kurze, klare Mitteilungen über Einkaufen, Arbeit und meine Umgebung.
cefr-listening-B1 = Ich verstehe das Wichtigste, wenn man klar über Arbeit, Schule oder Freizeit spricht.
cefr-listening-B2 = Ich verstehe längere Vorträge, die meisten Fernsehnachrichten und die meisten Filme.
cefr-listening-C1 = Ich verstehe lange Gespräche, Fernsehsendungen und Filme ohne große Mühe.
cefr-listening-C2 = Ich verstehe alles Gesprochene mühelos, auch wenn schnell gesprochen wird.
cefr-reading-A1 = Ich verstehe Namen, Wörter und ganz einfache Sätze, z. B. auf Schildern und Plakaten.
cefr-reading-A2 = Ich kann sehr kurze Texte lesen, z. B. Speisekarten, Fahrpläne und kurze Briefe.
cefr-reading-B1 = Ich verstehe Alltags- und Arbeitstexte und private Briefe über Erlebnisse und Gefühle.
cefr-reading-B2 = Ich kann Artikel und Berichte mit einer Meinung lesen und moderne Literatur verstehen.
cefr-reading-C1 = Ich verstehe lange, schwierige Texte und Fachtexte, auch außerhalb meines Fachgebiets.
cefr-reading-C2 = Ich lese alle Arten von Texten mühelos, auch Handbücher, Fachartikel und Literatur.
cefr-spoken_interaction-A1 = Ich kann einfache Fragen stellen und beantworten, wenn man langsam spricht und mir hilft.
cefr-spoken_interaction-A2 = Ich kann sehr kurze Gespräche über bekannte Dinge aus dem Alltag führen.
cefr-spoken_interaction-B1 = Ich komme im Alltag zurecht und kann über Familie, Hobbys, Arbeit und Reisen sprechen.
cefr-spoken_interaction-B2 = Ich kann flüssig mit Muttersprachlern sprechen und meine Meinung begründen.
cefr-spoken_interaction-C1 = Ich spreche flüssig und spontan, privat und im Beruf, und suche selten nach Wörtern.
cefr-spoken_interaction-C2 = Ich kann mühelos an jedem Gespräch teilnehmen und feine Unterschiede ausdrücken.
cefr-spoken_production-A1 = Ich kann mit einfachen Sätzen sagen, wo ich wohne, und Menschen beschreiben, die ich kenne.
cefr-spoken_production-A2 = Ich kann einfach über meine Familie, meine Wohnung, meine Ausbildung und Arbeit sprechen.
cefr-spoken_production-B1 = Ich kann über Erlebnisse, Pläne und Wünsche sprechen und kurz meine Meinung erklären.
cefr-spoken_production-B2 = Ich kann klar und genau über viele Themen sprechen und Vor- und Nachteile erklären.
cefr-spoken_production-C1 = Ich kann schwierige Themen ausführlich, gut geordnet und mit passendem Schluss darstellen.
cefr-spoken_production-C2 = Ich kann jedes Thema klar und flüssig darstellen, sodass man sich das Wichtige gut merkt.
cefr-writing-A1 = Ich kann eine kurze Postkarte schreiben und Name und Adresse in Formulare eintragen.
cefr-writing-A2 = Ich kann kurze Notizen und Mitteilungen und einen ganz einfachen Brief schreiben.
cefr-writing-B1 = Ich kann einfache Texte und Briefe über bekannte Themen und meine Erlebnisse schreiben.
cefr-writing-B2 = Ich kann klare, genaue Texte, Berichte und Briefe schreiben und eine Meinung begründen.
cefr-writing-C1 = Ich schreibe gut gegliederte Texte zu schwierigen Themen und wähle den passenden Stil.
cefr-writing-C2 = Ich schreibe komplexe Briefe, Berichte und Zusammenfassungen klar, flüssig und passend.

## ISCED 2011 levels
isced-0 = Frühe Bildung vor der Grundschule, z. B. Kindergarten oder Kita.
isced-1 = Die ersten Schuljahre, z. B. Grundschule (in Deutschland Klasse 1 bis 4).
isced-2 = Die mittleren Schuljahre, z. B. Schule bis etwa 15 oder 16 Jahre (in Deutschland Klasse 5 bis 9 oder 10).
isced-3 = z. B. Schule bis etwa 18 Jahre (Abitur) oder eine Berufsausbildung bzw. Berufsfachschule.
isced-4 = Bildung nach dem Sekundarbereich II, aber noch keine Hochschule, z. B. eine Berufsausbildung nach dem Abitur oder ein Abendgymnasium.
isced-5 = Kurze, praxisnahe Programme nach der Schule, oft etwa 2 Jahre, z. B. ein College-Diplom (in Deutschland selten, z. B. Geprüfter Berufsspezialist).
isced-6 = z. B. ein Bachelor an einer Hochschule, in Deutschland auch Meister, Techniker oder Fachwirt.
isced-7 = z. B. ein Master oder ein langer Studienabschluss wie Diplom oder Staatsexamen.
isced-8 = z. B. eine Promotion (Doktortitel) mit eigener Forschungsarbeit.

## DigComp 2.2 competences
digcomp-1-1 = Ich kann im Internet suchen, Informationen finden und Ergebnisse filtern.
digcomp-1-2 = Ich kann prüfen, ob Informationen und Quellen im Internet verlässlich sind.
digcomp-1-3 = Ich kann Dateien und Informationen speichern, ordnen und wiederfinden.
digcomp-2-1 = Ich kann mit anderen per E-Mail, Messenger und Videoanruf kommunizieren.
digcomp-2-2 = Ich kann Dateien, Informationen und Inhalte online mit anderen teilen.
digcomp-2-3 = Ich kann Online-Dienste von Behörden nutzen und mich digital beteiligen.
digcomp-2-4 = Ich kann digital mit anderen zusammenarbeiten, z. B. in gemeinsamen Dokumenten.
digcomp-2-5 = Ich weiß, wie man sich im Internet höflich und respektvoll verhält.
digcomp-2-6 = Ich kann meine Online-Profile verwalten und meinen Ruf im Netz schützen.
digcomp-3-1 = Ich kann digitale Inhalte erstellen, z. B. Texte, Fotos, Videos oder Präsentationen.
digcomp-3-2 = Ich kann vorhandene digitale Inhalte ändern, verbessern und kombinieren.
digcomp-3-3 = Ich kenne die Regeln zu Urheberrecht und Lizenzen, wenn ich Inhalte nutze.
digcomp-3-4 = Ich kann einem Computer Anweisungen Schritt für Schritt geben, z. B. ein kleines Programm.
digcomp-4-1 = Ich kann meine Geräte schützen, z. B. mit Passwörtern, Updates und Virenschutz.
digcomp-4-2 = Ich kann meine persönlichen Daten und meine Privatsphäre im Internet schützen.
digcomp-4-3 = Ich nutze Technik gesund und kann mich vor Risiken wie Cybermobbing schützen.
digcomp-4-4 = Ich weiß, wie digitale Technik auf die Umwelt wirkt, und nutze sie bewusst.
digcomp-5-1 = Ich kann einfache technische Probleme mit Geräten und Apps erkennen und lösen.
digcomp-5-2 = Ich kann das passende digitale Werkzeug oder die passende App für mich auswählen.
digcomp-5-3 = Ich kann digitale Werkzeuge kreativ nutzen, um Probleme zu lösen und Neues zu schaffen.
digcomp-5-4 = Ich weiß, was ich im Digitalen noch lernen muss und wie ich es lernen kann.
