# Kiosque des compétences — textes de l'interface en français.
# Review: machine-drafted; not yet reviewed by a native speaker.
# Style : phrases courtes et simples (français facile) ; on dit « vous », avec respect, comme dans un bureau de conseil.

language-name = Français
language-button = F2 Langue : { $name }
bilingual-button = F3 Deux langues

## Accueil et début
welcome-title = Bienvenue au kiosque des compétences
welcome-text = Ici, vous pouvez noter ce que vous savez et ce que vous savez faire — grâce à l'école, au travail, à la famille et à la vie. À la fin, vous recevez un résumé pour votre conseiller.
welcome-choose = Choisissez votre langue :
start-title = Comment voulez-vous commencer ?
start-text = Vous venez pour la première fois, ou vous avez déjà un code d'une visite précédente ?
start-new = Première visite
start-have-code = J'ai un code — continuer

## Boutons sur beaucoup d'écrans
button-back = ← Retour
button-next = Suite →
button-section-done = Finir la partie ✓
button-finish = Arrêter ici
button-close = Fermer

## Protection des données et accord
consent-title = Vos données et votre accord
consent-what = Nous enregistrons vos réponses aux questions, la langue choisie et la date. Nous ne demandons pas votre nom, votre adresse ou vos papiers.
consent-who = Vos réponses sont visibles seulement par vous (avec votre code) et par les conseillers de ce bureau. Nous ne les donnons à personne d'autre sans votre accord.
consent-how-long = Vos réponses restent sur cet ordinateur, dans ce bureau. Vous pouvez demander au personnel de les effacer à tout moment.
consent-rights = Accepter n'est pas obligatoire. Si vous n'acceptez pas, rien n'est enregistré et vous pouvez parler à un conseiller à la place.
consent-question = Acceptez-vous que nous enregistrions vos réponses ?
consent-agree = Oui, d'accord
consent-decline = Non, merci

## Le nouveau code personnel
code-title = Votre code personnel
code-text = Voici votre code. Écrivez-le ou prenez-le en photo :
code-keep = Avec ce code, vous pouvez continuer un autre jour. Gardez-le bien et ne le montrez pas à des inconnus.
code-noted = Je l'ai noté — continuer

## Taper un code
entry-title = Continuer avec votre code
entry-text = Tapez votre code. Il ressemble à ceci : K7M-4QX-9TP-H2C. Les minuscules et les tirets oubliés ne sont pas un problème.
entry-field = Votre code
entry-submit = Continuer
entry-error-length = Un code a 12 lettres et chiffres. Vérifiez-le, s'il vous plaît.
entry-error-foreign = Les codes ne contiennent jamais « { $char } ». Vérifiez ce signe, s'il vous plaît.
entry-error-mistyped = Il y a une faute de frappe dans ce code. Vérifiez-le lettre par lettre.
entry-error-unknown = Nous n'avons pas trouvé ce code. Vérifiez-le ou demandez au personnel.
entry-error-wait = Trop de mauvais codes. Attendez { $seconds ->
        [one] une seconde
       *[other] { $seconds } secondes
    } et essayez encore.
entry-error-storage = Impossible d'ouvrir vos réponses pour le moment. Demandez au personnel, s'il vous plaît.

## La liste de contrôle
sections-title = Votre liste de contrôle
sections-text = Choisissez une partie. Vous pouvez faire les parties dans l'ordre que vous voulez, arrêter à tout moment et continuer plus tard.
section-row = { $title } ({ $answered } sur { $total })
sections-summary = Voir mon résumé
question-number = Question { $number } sur { $count }
answer-dont-know = Je ne sais pas
answer-prefer-not = Je préfère ne pas répondre
field-short = Votre réponse
field-long = Votre réponse (Enter pour aller à la ligne)

## Résumé et au revoir
summary-title = Votre résumé
summary-text = Voici toutes vos réponses jusqu'ici. Vous pouvez revenir en arrière et changer chaque réponse.
summary-empty = Vous n'avez encore répondu à aucune question.
summary-back = ← Retour à la liste
goodbye-title = Merci !
goodbye-text = Vos réponses sont enregistrées. Votre code est :
goodbye-text-unsaved = Certaines réponses ne sont pas encore enregistrées. Prévenez le personnel avant de partir, s'il vous plaît. Votre code est :
goodbye-code-hint = Apportez ce code à votre conseiller, ou utilisez-le ici pour continuer.
goodbye-done = Fini — fermer

## Fenêtres
languages-title = Choisir une langue
idle-title = Vous êtes encore là ?
idle-text = Personne n'a touché l'écran depuis un moment. Dans { $seconds ->
        [one] une seconde
       *[other] { $seconds } secondes
    }, le kiosque revient au début.
idle-privacy = Vos réponses sont enregistrées. Rien ne reste à l'écran.
idle-stay = Oui, je suis là

## État
too-small = Agrandissez la fenêtre, s'il vous plaît (au moins { $width } × { $height }).
progress-label = Réponses : { $answered } sur { $total }
save-saving = Enregistrement
save-saved = ✓ Enregistré
save-failed = ⚠ Pas encore enregistré — nouvel essai
notice-field-full = Ce champ peut contenir { $count } caractères au maximum.
notice-paste-shortened = Le texte était trop long. Seuls les { $count } premiers caractères ont été gardés.
notice-start-failed = Le démarrage n'a pas marché. Demandez au personnel, s'il vous plaît.
notice-session-closed = Le bureau a mis fin à cette visite. Plus rien n'est enregistré ici. Si vous avez des questions, demandez au personnel, s'il vous plaît.
notice-changed-elsewhere = Cette réponse vient d'être modifiée sur un autre écran. Vous la voyez maintenant telle qu'elle est enregistrée.
notice-entries-full = Ici, vous pouvez ajouter { $count } éléments au maximum.

## Ligne d'aide
help-choose = ↑↓ choisir
help-toggle = Enter cocher
help-confirm = Enter valider
help-back = Esc retour
help-language = F2 langue
help-scroll = PgUp/PgDn défiler
help-type = écrire
help-next-field = Tab suivant
help-newline = Enter à la ligne

## Messages quand le kiosque ne peut pas démarrer (pour le service informatique du bureau)
error-config = Le fichier de configuration ne peut pas être utilisé :
error-unknown-language = La langue « { $lang } » n'est pas disponible. Disponibles : { $known }.
error-catalog = Les fichiers de la liste de contrôle ne peuvent pas être utilisés :
error-db-cannot-open = Impossible d'ouvrir la base de données. Vérifiez le chemin et les droits d'accès.
error-db-corrupt = Le fichier de la base de données est endommagé. Il n'a pas été modifié ; restaurez une sauvegarde ou demandez au service informatique.
error-db-locked = La base de données est utilisée par un autre programme. Réessayez dans un instant.
error-db-full = Le disque est plein. Libérez de l'espace pour que les réponses puissent être enregistrées.
error-db-readonly = Impossible d'écrire dans la base de données (lecture seule). Vérifiez le système de fichiers et les droits d'accès.
error-db-other = La base de données a signalé un problème.
error-db-not-private = Le fichier de la base de données est lisible par d'autres utilisateurs. Rendez-le privé (chmod 600) et redémarrez.
error-db-missing = Il n'y a pas de base de données à cet emplacement. Vérifiez le chemin (--db ou KIOSK_DB).
error-db-will-not-create = La base de données est absente. Le kiosque n'en crée pas une vide de lui-même : restaurez la sauvegarde ou demandez au service informatique.
error-db-gone = Le fichier de la base de données a été supprimé ou remplacé pendant que le kiosque fonctionnait. Plus rien n'est enregistré. Remettez le fichier en place ou restaurez une sauvegarde.
fault-title = Le kiosque ne peut pas fonctionner pour le moment
fault-tell-staff = Prévenez le personnel, s'il vous plaît. Les réponses des visites précédentes sont en sécurité.
fault-retrying = Le kiosque essaie à nouveau toutes les quelques secondes.
fault-restart = Ensuite, redémarrez le kiosque.

## Parties répétées (emplois, écoles, langues, étapes de la vie)
entry-untitled = (sans nom)
entry-edit = Changer les réponses
entry-up = Mettre plus haut
entry-down = Mettre plus bas
entry-remove = Enlever de la liste
entry-remove-confirm = Vraiment enlever ? Appuyez encore
button-entry-done = Terminé ici ✓

## Types de réponses
field-year = Année
field-search = Tapez pour chercher
occupation-own-words = Garder mes mots : « { $words } »
cefr-none = Je ne sais pas encore faire cela
scale-legend = A = Je peux le faire avec de l'aide · B = Je peux le faire sans aide dans un lieu connu · C = Je peux le faire dans des situations nouvelles et le montrer aux autres
notice-year = Tapez une année avec quatre chiffres, par exemple 2015.
help-search = écrire pour chercher · ↓ choisir
help-rate = Enter ou ←→ A/B/C

## Résumé
summary-competences = Mes compétences (A = 1, B = 2, C = 3)
summary-group-professional = Métier
summary-group-methodical = Méthodes
summary-group-social = Social
summary-group-personal = Personnel
summary-group-digital = Numérique
summary-rated = { $count ->
        [one] { $count } évaluation
       *[other] { $count } évaluations
    }
summary-languages = Mes langues
summary-mother-tongue = langue maternelle
skill-listening = Écouter
skill-reading = Lire
skill-spoken_interaction = Parler avec d'autres
skill-spoken_production = Parler
skill-writing = Écrire
summary-bring = À apporter à votre conseiller
summary-timeline = Ma vie en bref
rating-advisor = conseiller : { $level }

## Le lien pour le téléphone à la fin, et la page du portfolio sur le téléphone
qr-scan = Scannez ce carré avec l'appareil photo de votre téléphone pour voir votre résumé sur le téléphone.
qr-too-small = La fenêtre est trop petite pour le code du téléphone. Vous pouvez taper cette adresse sur votre téléphone :
qr-no-link = Impossible de créer un lien pour le téléphone pour le moment. Vos réponses sont enregistrées ; demandez au personnel.
qr-valid-until = Le lien marche jusqu'au { $date }.
page-title = Portfolio de compétences
page-self-assessment = Auto-évaluation : ce sont les réponses de la personne elle-même. Aucun conseiller ne les a encore vérifiées.
page-reviewed = Vérifié le { $date } lors d'un entretien avec { $name }.
page-made = Créé le { $date }.
page-answers = Toutes les réponses
page-authority = Qui décide :
page-legal-basis = Base légale :
page-advisor-rating = Conseiller
page-self-rating = Auto-évaluation
page-json = Ce portfolio sous forme de données (JSON, pour les administrations)
page-not-found = Ce lien ne marche pas. Il contient peut-être une faute, il est trop ancien ou il a été retiré. Demandez un nouveau lien au bureau, s'il vous plaît.

## Mode conseil (réservé au personnel ; s'ouvre avec une touche dont on ne parle pas aux personnes accueillies)
adv-login-title = Connexion de l'équipe
adv-login-text = Choisissez votre nom et tapez votre PIN.
adv-no-advisors = Aucun compte pour l'équipe de conseil pour le moment. Le service informatique peut en créer un avec : kiosk advisor add NAME
adv-choose-name = Choisissez d'abord votre nom, s'il vous plaît.
adv-pin = PIN
adv-log-in = Se connecter
adv-wrong-pin = Ce PIN n'est pas correct. Essayez encore, s'il vous plaît.
adv-locked = Trop de PIN erronés. La connexion est bloquée pour un moment ; c'est noté dans le journal.
adv-home-title = Trouver un dossier
adv-logged-in = Session de { $name }.
adv-home-text = Tapez le code de la personne, ou choisissez une des dernières sessions.
adv-code = Code de la personne
adv-open = Ouvrir
adv-audit = Journal
adv-quit = Arrêter le kiosque
adv-log-out = Se déconnecter
adv-client-title = Dossier { $code }
adv-not-reviewed = Auto-évaluation, pas encore vérifiée.
adv-live-links = { $count ->
        [one] { $count } lien pour le téléphone marche
       *[other] { $count } liens pour le téléphone marchent
    }
adv-review = Revoir et modifier les réponses
adv-ratings = Compétences : auto-évaluation et conseil
adv-notes = Notes et prochaines étapes
adv-documents = Documents : vus ou vérifiés
adv-mark-reviewed = Marquer vérifié par moi aujourd'hui
adv-links = Liens téléphone : voir, créer, retirer
adv-export = Exporter pour le dossier (HTML et JSON)
adv-erase = Effacer ce dossier sur demande
adv-back-to-list = Trouver un autre dossier
adv-reviewed-done = Marqué comme vérifié. Le portfolio l'indique maintenant.
adv-ratings-text = Appuyez sur Enter sur une compétence pour donner votre évaluation : aucune, A, B, C.
adv-rating-row = auto-évaluation { $client } · conseil { $advisor }
adv-notes-text = Les notes restent internes, sauf si vous les marquez pour le portfolio.
adv-note-text = Votre note sur cette partie de la liste de contrôle.
adv-note = Note
adv-note-public = Montrer cette note dans le portfolio
adv-note-in-portfolio = dans le portfolio
adv-note-internal = interne
adv-plan-title = Plan des prochaines étapes
adv-plan-text = Une étape par ligne, chacune avec d'abord une date, par exemple : 2026-12-01 Demander la reconnaissance du diplôme
adv-save = Enregistrer
adv-documents-text = Appuyez sur Enter pour marquer un document comme vu, puis comme vérifié.
adv-no-documents = Aucun document n'est nécessaire pour le moment.
adv-doc-not-seen = pas vu
adv-doc-seen = vu
adv-doc-verified = vérifié
adv-links-title = Liens pour le téléphone
adv-links-text = Appuyez sur Enter sur un lien pour le retirer. Les liens retirés affichent la page « Ce lien ne marche pas ».
adv-no-links = Ce dossier n'a pas encore de lien pour le téléphone.
adv-link-live = marche
adv-link-expired = expiré
adv-link-revoked = retiré
adv-new-link = Nouveau code QR
adv-revoke-all = Tout retirer
adv-exported = Exporté. Les fichiers sont indiqués ci-dessus.
adv-erase-title = Effacer ce dossier
adv-erase-text = Toutes les réponses de ce dossier et tous ses liens pour le téléphone seront effacés pour toujours. On garde seulement la trace qu'un effacement a eu lieu. Tapez le code de la personne pour confirmer.
adv-erase-confirm = Effacer pour toujours
adv-erase-mismatch = Ce n'est pas le code du dossier ouvert.
adv-erased = Les données de ce dossier ont été effacées.
adv-audit-title = Journal des actions
adv-audit-text = Qui a fait quoi avec quel code, du plus récent au plus ancien. Les réponses ne sont jamais notées dans le journal.
adv-storage-failed = La base de données n'a pas répondu. Essayez encore, s'il vous plaît.

## Page du portfolio : la partie de l'entretien de conseil
page-advisor-notes = Notes de l'entretien
page-plan = Prochaines étapes convenues lors de l'entretien
page-documents-checked = Documents vus lors de l'entretien
