# Kiosque des compétences — textes en français des données de référence à l'écran : la grille
# du CECR en mots simples, les niveaux d'études CITE (ISCED) et les compétences numériques DigComp.
# Review: machine-drafted; not yet reviewed by a native speaker.

## Grille d'autoévaluation du CECR, en mots simples
cefr-listening-A1 = Je comprends des mots simples sur moi et ma famille quand on parle lentement.
cefr-listening-A2 = Je comprends des messages courts et clairs sur les achats, le travail et mon quartier.
cefr-listening-B1 = Je comprends l'essentiel quand on parle clairement du travail, de l'école ou des loisirs.
cefr-listening-B2 = Je comprends des discours longs, la plupart des infos télé et des films en langue standard.
cefr-listening-C1 = Je comprends des discours longs, des émissions de télé et des films sans trop d'effort.
cefr-listening-C2 = Je comprends facilement toute la langue parlée, même quand on parle vite.
cefr-reading-A1 = Je comprends des noms, des mots et des phrases très simples, par exemple sur des affiches.
cefr-reading-A2 = Je peux lire des textes très courts, comme des menus, des horaires ou des petites lettres.
cefr-reading-B1 = Je comprends des textes du quotidien et du travail. Je comprends aussi des lettres privées sur la vie et les sentiments.
cefr-reading-B2 = Je peux lire des articles et des rapports où l'auteur donne son avis, et des romans modernes.
cefr-reading-C1 = Je comprends des textes longs et difficiles et des textes techniques, même hors de mon domaine.
cefr-reading-C2 = Je lis facilement tous les textes, même des modes d'emploi, des articles pointus et des romans.
cefr-spoken_interaction-A1 = Je peux poser des questions simples et y répondre, si l'autre parle lentement et m'aide.
cefr-spoken_interaction-A2 = Je peux avoir des conversations très courtes sur des choses connues de tous les jours.
cefr-spoken_interaction-B1 = Je me débrouille dans la vie de tous les jours. Je parle de famille, loisirs, travail et voyages.
cefr-spoken_interaction-B2 = Je parle facilement avec des personnes dont c'est la langue maternelle. Je peux défendre mon avis.
cefr-spoken_interaction-C1 = Je parle couramment et librement, en privé et au travail. Je cherche rarement mes mots.
cefr-spoken_interaction-C2 = Je peux participer facilement à toute conversation et exprimer de fines nuances de sens.
cefr-spoken_production-A1 = Je peux dire avec des phrases simples où j'habite et décrire des personnes que je connais.
cefr-spoken_production-A2 = Je peux parler simplement de ma famille, de mon logement, de ma formation et de mon travail.
cefr-spoken_production-B1 = Je peux raconter mes expériences, mes projets et mes espoirs, et dire brièvement mon avis.
cefr-spoken_production-B2 = Je peux parler clairement et en détail de beaucoup de sujets. Je peux expliquer le pour et le contre.
cefr-spoken_production-C1 = Je peux présenter en détail des sujets difficiles, bien en ordre et avec une bonne fin.
cefr-spoken_production-C2 = Je peux présenter tout sujet clairement et couramment. Les gens retiennent les points importants.
cefr-writing-A1 = Je peux écrire une courte carte postale et mettre mon nom et mon adresse sur des formulaires.
cefr-writing-A2 = Je peux écrire des notes et des messages courts, et une lettre personnelle très simple.
cefr-writing-B1 = Je peux écrire des textes simples sur des sujets connus, et des lettres sur mes expériences.
cefr-writing-B2 = Je peux écrire des textes clairs et précis, des rapports et des lettres, et justifier un avis.
cefr-writing-C1 = Je peux écrire des textes bien construits sur des sujets difficiles et choisir le bon style.
cefr-writing-C2 = J'écris des lettres, des rapports et des résumés complexes, de façon claire, fluide et adaptée.

## Niveaux d'études CITE 2011 (ISCED)
isced-0 = Éducation avant l'école primaire, par exemple l'école maternelle ou la crèche (Kita).
isced-1 = Les premières années d'école, par exemple l'école primaire (en Allemagne, classes 1 à 4).
isced-2 = Les années du milieu, par exemple le collège, jusqu'à 15 ou 16 ans environ. En Allemagne, classes 5 à 9 ou 10.
isced-3 = Par exemple le lycée jusqu'à 18 ans (Abitur), ou une école professionnelle ou un apprentissage.
isced-4 = Une formation après le lycée, mais pas encore l'enseignement supérieur. Par exemple un apprentissage après l'Abitur, ou une école du soir pour adultes.
isced-5 = Des formations courtes et pratiques après l'école, souvent de 2 ans environ. Par exemple un BTS. En Allemagne, c'est rare, par exemple Geprüfter Berufsspezialist.
isced-6 = Par exemple une licence (Bachelor) à l'université. En Allemagne aussi Meister, Techniker ou Fachwirt.
isced-7 = Par exemple un master, ou de longues études à l'université comme le Diplom ou le Staatsexamen.
isced-8 = Par exemple un doctorat (PhD), avec son propre travail de recherche.

## Compétences numériques DigComp 2.2
digcomp-1-1 = Je peux chercher sur internet, trouver des informations et filtrer les résultats.
digcomp-1-2 = Je peux vérifier si des informations et des sources sur internet sont fiables.
digcomp-1-3 = Je peux enregistrer, ranger et retrouver mes fichiers et mes informations.
digcomp-2-1 = Je peux communiquer avec les autres par e-mail, par messagerie et par appel vidéo.
digcomp-2-2 = Je peux partager des fichiers, des informations et des contenus en ligne avec d'autres.
digcomp-2-3 = Je peux utiliser les services publics en ligne et participer à la société en ligne.
digcomp-2-4 = Je peux travailler avec d'autres en ligne, par exemple dans des documents partagés.
digcomp-2-5 = Je sais me comporter en ligne avec politesse et respect.
digcomp-2-6 = Je peux gérer mes profils en ligne et protéger ma réputation sur internet.
digcomp-3-1 = Je peux créer des contenus numériques, par exemple textes, photos, vidéos ou présentations.
digcomp-3-2 = Je peux modifier, améliorer et combiner des contenus numériques qui existent déjà.
digcomp-3-3 = Je connais les règles du droit d'auteur et des licences quand j'utilise des contenus.
digcomp-3-4 = Je peux donner à un ordinateur des instructions pas à pas, par exemple un petit programme.
digcomp-4-1 = Je peux protéger mes appareils avec des mots de passe, des mises à jour et un antivirus.
digcomp-4-2 = Je peux protéger mes données personnelles et ma vie privée sur internet.
digcomp-4-3 = J'utilise la technologie de façon saine. Je sais me protéger des risques comme le harcèlement en ligne.
digcomp-4-4 = Je sais comment le numérique touche l'environnement, et je l'utilise avec soin.
digcomp-5-1 = Je peux trouver et résoudre des problèmes techniques simples sur des appareils et des applis.
digcomp-5-2 = Je peux choisir le bon outil numérique ou la bonne appli pour mes besoins.
digcomp-5-3 = Je peux utiliser des outils numériques avec créativité pour résoudre des problèmes et créer.
digcomp-5-4 = Je sais ce que je dois encore apprendre en numérique, et comment l'apprendre.
