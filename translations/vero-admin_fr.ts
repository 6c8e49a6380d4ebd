<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vero Admin</source>
        <translation>À propos de Vero Admin</translation>
    </message>
    <message>
        <source>Manage the user records of a Vero account through the Track API v2: identify, edit, alias, subscriptions, tags, events and deletions.</source>
        <translation>Gérez les fiches utilisateur d’un compte Vero avec la Track API v2&#xa0;: identification, modification, alias, abonnements, tags, événements et suppressions.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>Icône de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Application id %1, built with Qt %2, running on Qt %3.</source>
        <translation>Identifiant d’application %1, compilé avec Qt %2, exécuté sur Qt %3.</translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation>Fermer la fenêtre À propos</translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation>Revient à la fenêtre principale</translation>
    </message>
</context>
<context>
    <name>AliasForm</name>
    <message>
        <source>Alias (change a user&apos;s id)</source>
        <translation>Alias (changer l’identifiant d’un utilisateur)</translation>
    </message>
    <message>
        <source>Gives an existing user a new id (PUT users/reidentify).</source>
        <translation>Donne un nouvel identifiant à un utilisateur existant (PUT users/reidentify).</translation>
    </message>
    <message>
        <source>Alias merges two user identities, merging two sets of user data into one. This is an advanced method and may have unintended consequences (Vero&apos;s API reference).</source>
        <translation>Alias fusionne deux identités d’utilisateur, réunissant deux ensembles de données en un seul. C’est une méthode avancée qui peut avoir des conséquences imprévues (référence de l’API Vero).</translation>
    </message>
    <message>
        <source>C&amp;urrent id:</source>
        <translation>Identifiant a&amp;ctuel&#xa0;:</translation>
    </message>
    <message>
        <source>Current user id</source>
        <translation>Identifiant actuel de l’utilisateur</translation>
    </message>
    <message>
        <source>The user&apos;s id now, e.g. 123</source>
        <translation>L’identifiant actuel de l’utilisateur, p. ex. 123</translation>
    </message>
    <message>
        <source>&amp;New id:</source>
        <translation>&amp;Nouvel identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>New user id</source>
        <translation>Nouvel identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>The id the user will have, e.g. 456</source>
        <translation>L’identifiant que l’utilisateur aura, p. ex. 456</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nouveau&#xa0;: vider le formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>Send alias</source>
        <translation>Envoyer l’alias</translation>
    </message>
    <message>
        <source>The id the user has in Vero now</source>
        <translation>L’identifiant que l’utilisateur a maintenant dans Vero</translation>
    </message>
    <message>
        <source>The id the user will have from now on</source>
        <translation>L’identifiant que l’utilisateur aura désormais</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>The answer was longer than %1 MiB; only its first %1 MiB were read, the rest was not received.</source>
        <translation>La réponse dépassait %1 Mio&#x202f;; seuls ses %1 premiers Mio ont été lus, le reste n’a pas été reçu.</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>%1: manage the user records of a Vero account.</source>
        <translation>%1&#xa0;: gérer les fiches utilisateur d’un compte Vero.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The sandbox stopped unexpectedly.</source>
        <translation>La sandbox s’est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <source>The sandbox was stopped before the request could be sent.</source>
        <translation>La sandbox a été arrêtée avant que la requête puisse être envoyée.</translation>
    </message>
    <message>
        <source>The sandbox could not be started.</source>
        <translation>La sandbox n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Not sent: the sandbox is not running. %1</source>
        <translation>Non envoyé&#xa0;: la sandbox ne fonctionne pas. %1</translation>
    </message>
    <message>
        <source>Not sent: the sandbox is not running.</source>
        <translation>Non envoyé&#xa0;: la sandbox ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Not sent: no credential is stored for the workspace &quot;%1&quot;. Set one in Workspace &gt; Manage workspaces.</source>
        <translation>Non envoyé&#xa0;: aucune clé d’accès n’est enregistrée pour l’espace de travail «&#xa0;%1&#xa0;». Définissez-en une dans Espace de travail &gt; Gérer les espaces de travail.</translation>
    </message>
    <message>
        <source>Not sent: the credential of the workspace &quot;%1&quot; could not be read. %2</source>
        <translation>Non envoyé&#xa0;: la clé d’accès de l’espace de travail «&#xa0;%1&#xa0;» n’a pas pu être lue. %2</translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing reached the service.</source>
        <translation>Annulé avant l’envoi&#xa0;: rien n’a atteint le service.</translation>
    </message>
    <message>
        <source>The sandbox is not running. %1</source>
        <translation>La sandbox ne fonctionne pas. %1</translation>
    </message>
    <message>
        <source>No credential is stored for the workspace &quot;%1&quot;. Set one in Workspace &gt; Manage workspaces.</source>
        <translation>Aucune clé d’accès n’est enregistrée pour l’espace de travail «&#xa0;%1&#xa0;». Définissez-en une dans Espace de travail &gt; Gérer les espaces de travail.</translation>
    </message>
    <message>
        <source>The credential of the workspace &quot;%1&quot; could not be read. %2</source>
        <translation>La clé d’accès de l’espace de travail «&#xa0;%1&#xa0;» n’a pas pu être lue. %2</translation>
    </message>
</context>
<context>
    <name>BodyValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 must be text or a number.</source>
        <translation>%1 doit être du texte ou un nombre.</translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>%1 must be less than 255 characters (it has %2).</source>
        <translation>%1 doit faire moins de 255 caractères (il en a %2).</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 doit être du texte.</translation>
    </message>
    <message>
        <source>%1 is not a valid address.</source>
        <translation>%1 n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Give the user id or the email (or both).</source>
        <translation>Indiquez l’identifiant de l’utilisateur ou l’e-mail (ou les deux).</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>%1 doit être un objet JSON, comme {&quot;plan&quot;: &quot;pro&quot;}.</translation>
    </message>
    <message>
        <source>%1: give at least one property.</source>
        <translation>%1&#xa0;: indiquez au moins une propriété.</translation>
    </message>
    <message>
        <source>Channels must be a JSON array of {type, address, platform} objects.</source>
        <translation>Les canaux doivent former un tableau JSON d’objets {type, address, platform}.</translation>
    </message>
    <message>
        <source>%1 must be an object with type, address and platform.</source>
        <translation>%1 doit être un objet avec type, address et platform.</translation>
    </message>
    <message>
        <source>%1: choose a type</source>
        <translation>%1&#xa0;: choisissez un type</translation>
    </message>
    <message>
        <source>%1: give the address (the device token)</source>
        <translation>%1&#xa0;: indiquez l’adresse (le jeton de l’appareil)</translation>
    </message>
    <message>
        <source>%1: choose a platform</source>
        <translation>%1&#xa0;: choisissez une plateforme</translation>
    </message>
    <message>
        <source>%1 must be a JSON array of tag names.</source>
        <translation>%1 doit être un tableau JSON de noms de tags.</translation>
    </message>
    <message>
        <source>%1 must hold only tag names (text).</source>
        <translation>%1 ne doit contenir que des noms de tags (du texte).</translation>
    </message>
    <message>
        <source>%1: a tag must not be empty.</source>
        <translation>%1&#xa0;: un tag ne doit pas être vide.</translation>
    </message>
    <message>
        <source>%1: give at least one tag (or one to remove).</source>
        <translation>%1&#xa0;: indiquez au moins un tag (ou un tag à retirer).</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both added and removed.</source>
        <translation>Le tag «&#xa0;%1&#xa0;» est à la fois ajouté et retiré.</translation>
    </message>
    <message>
        <source>The identity must be a JSON object with id and/or email.</source>
        <translation>L’identité doit être un objet JSON avec id et/ou email.</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <source>Current id</source>
        <translation>Identifiant actuel</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Nouvel identifiant</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Tags à ajouter</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Tags à retirer</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>The new id must differ from the current id.</source>
        <translation>Le nouvel identifiant doit être différent de l’identifiant actuel.</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Vero Admin now keeps its files in %1 and %2. These earlier files could not be moved there and are left where they were: %3</source>
        <translation>Vero Admin conserve désormais ses fichiers dans %1 et %2. Ces anciens fichiers n’ont pas pu y être déplacés et restent où ils étaient&#xa0;: %3</translation>
    </message>
    <message>
        <source>Vero Admin&apos;s files may be readable by other users: %1</source>
        <translation>Les fichiers de Vero Admin sont peut-être lisibles par d’autres utilisateurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message>
        <source>The operation for every row: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</source>
        <translation>L’opération pour chaque ligne&#xa0;: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</translation>
    </message>
    <message>
        <source>The CSV file, one row per user, with a header line.</source>
        <translation>Le fichier CSV, une ligne par utilisateur, avec une ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Take FIELD from COLUMN instead of the column named FIELD (repeatable).</source>
        <translation>Prendre FIELD dans COLUMN au lieu de la colonne nommée FIELD (répétable).</translation>
    </message>
    <message>
        <source>The event for every row (event: instead of an event_name column).</source>
        <translation>L’événement pour chaque ligne (au lieu d’une colonne event_name).</translation>
    </message>
    <message>
        <source>The cell separator: &apos;,&apos;, &apos;;&apos; or tab (detected when not given).</source>
        <translation>Le séparateur de cellules&#xa0;: &apos;,&apos;, &apos;;&apos; ou tabulation (détecté s’il n’est pas indiqué).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: %1 (detected when not given).</source>
        <translation>L’encodage du fichier&#xa0;: %1 (détecté s’il n’est pas indiqué).</translation>
    </message>
    <message>
        <source>What separates several tags in one cell (default: | or ;).</source>
        <translation>Ce qui sépare plusieurs tags dans une cellule (par défaut&#xa0;: | ou &apos;;&apos;).</translation>
    </message>
    <message>
        <source>Requests at a time, 1 to %1 (default 4).</source>
        <translation>Requêtes simultanées, de 1 à %1 (4 par défaut).</translation>
    </message>
    <message>
        <source>At most R requests per second (default: no limit; halved on 429 or 503).</source>
        <translation>Au plus R requêtes par seconde (par défaut&#xa0;: sans limite&#x202f;; divisé par deux en cas de 429 ou 503).</translation>
    </message>
    <message>
        <source>Tries per row on 429, 5xx, timeouts and dropped connections, 1 to %1 (default 5).</source>
        <translation>Tentatives par ligne en cas de 429, 5xx, délais dépassés et connexions coupées, de 1 à %1 (5 par défaut).</translation>
    </message>
    <message>
        <source>Run even when some rows are invalid; they are skipped and reported.</source>
        <translation>Exécuter même si certaines lignes sont invalides&#x202f;; elles sont ignorées et signalées.</translation>
    </message>
    <message>
        <source>Do not ask before deleting or unsubscribing (needed without a terminal).</source>
        <translation>Ne pas demander avant de supprimer ou de désabonner (nécessaire sans terminal).</translation>
    </message>
    <message>
        <source>Write the failed, rejected and invalid rows to FILE (re-importable CSV).</source>
        <translation>Écrire les lignes en échec, refusées et invalides dans FILE (CSV réimportable).</translation>
    </message>
    <message>
        <source>Send the pending rows of job JOB (after a stop, a kill or a crash).</source>
        <translation>Envoyer les lignes en attente de la tâche JOB (après un arrêt, une interruption ou un plantage).</translation>
    </message>
    <message>
        <source>Send the failed rows of job JOB again.</source>
        <translation>Renvoyer les lignes en échec de la tâche JOB.</translation>
    </message>
    <message>
        <source>Mark job JOB cancelled; its pending rows are not sent.</source>
        <translation>Marquer la tâche JOB comme annulée&#x202f;; ses lignes en attente ne sont pas envoyées.</translation>
    </message>
    <message>
        <source>List the jobs (newest first).</source>
        <translation>Lister les tâches (les plus récentes d’abord).</translation>
    </message>
    <message>
        <source>Show job JOB and its rows that were not done.</source>
        <translation>Afficher la tâche JOB et ses lignes non traitées.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation>--concurrency doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>--rate must be a number of requests per second above 0.</source>
        <translation>--rate doit être un nombre de requêtes par seconde supérieur à 0.</translation>
    </message>
    <message>
        <source>--max-attempts must be a whole number from 1 to %1.</source>
        <translation>--max-attempts doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give --op OP --file FILE for a new run, or one of --resume, --retry-failed, --cancel, --list, --show.</source>
        <translation>Indiquez --op OP --file FILE pour un nouveau traitement, ou l’une des options --resume, --retry-failed, --cancel, --list, --show.</translation>
    </message>
    <message>
        <source>Use one of %1 at a time.</source>
        <translation>N’utilisez qu’une seule option parmi %1 à la fois.</translation>
    </message>
    <message>
        <source>--op must be one of: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</source>
        <translation>--op doit valoir l’une des valeurs suivantes&#xa0;: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</translation>
    </message>
    <message>
        <source>--event-name is only for --op event.</source>
        <translation>--event-name ne s’utilise qu’avec --op event.</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>--delimiter doit valoir &apos;,&apos;, &apos;;&apos; ou tabulation.</translation>
    </message>
    <message>
        <source>--encoding must be one of: %1.</source>
        <translation>--encoding doit valoir l’une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--tag-separator must not be empty.</source>
        <translation>--tag-separator ne doit pas être vide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 invalid, %4 with warnings.</source>
        <translation>%1 lignes&#xa0;: %2 valides, %3 invalides, %4 avec avertissements.</translation>
    </message>
    <message>
        <source>The file has a header but no rows: nothing to send.</source>
        <translation>Le fichier a un en-tête mais aucune ligne&#xa0;: rien à envoyer.</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the invalid rows, or run with --skip-invalid to send the others.</source>
        <translation>Rien n’a été envoyé&#xa0;: corrigez les lignes invalides, ou relancez avec --skip-invalid pour envoyer les autres.</translation>
    </message>
    <message>
        <source>job %1: %2 rows to send to %3 (%4); resume it with &apos;veroctl bulk --resume %1&apos; if it stops.</source>
        <translation>tâche %1&#xa0;: %2 lignes à envoyer à %3 (%4)&#x202f;; reprenez-la avec &apos;veroctl bulk --resume %1&apos; si elle s’arrête.</translation>
    </message>
    <message>
        <source>Refusing to %1 %2 users on %3 without --yes (no terminal to ask).</source>
        <translation>Refus de l’opération %1 sur %2 utilisateurs de %3 sans --yes (aucun terminal pour demander).</translation>
    </message>
    <message>
        <source>%1 %2 users on %3 (%4)? Type the workspace name to go on: </source>
        <translation>%1&#xa0;: %2 utilisateurs sur %3 (%4)&#x202f;? Saisissez le nom de l’espace de travail pour continuer&#xa0;: </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Désabonner</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was sent.</source>
        <translation>Non confirmé&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Job %1 was created for %2 (%3); resume it with %4.</source>
        <translation>La tâche %1 a été créée pour %2 (%3)&#x202f;; reprenez-la avec %4.</translation>
    </message>
    <message>
        <source>job %1: %2 failed rows to send again.</source>
        <translation>tâche %1&#xa0;: %2 lignes en échec à renvoyer.</translation>
    </message>
    <message>
        <source>job %1 (%2, %3): %4 rows: %5 done, %6 rejected, %7 failed, %8 invalid, %9 pending</source>
        <translation>tâche %1 (%2, %3)&#xa0;: %4 lignes&#xa0;: %5 traitées, %6 refusées, %7 en échec, %8 invalides, %9 en attente</translation>
    </message>
    <message>
        <source>%1 rows not done written to %2.</source>
        <translation>%1 lignes non traitées écrites dans %2.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5 of %6 done, %7 rejected, %8 failed, %9 pending</source>
        <translation>%1  %2  %3  %4  %5 sur %6 traitées, %7 refusées, %8 en échec, %9 en attente</translation>
    </message>
    <message>
        <source>file: %1
workspace: %2 (%3)
created: %4</source>
        <translation>fichier&#xa0;: %1
espace de travail&#xa0;: %2 (%3)
créée&#xa0;: %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>job %1 cancelled; %2 rows were not sent (--resume %1 would still send them).</source>
        <translation>tâche %1 annulée&#x202f;; %2 lignes n’ont pas été envoyées (--resume %1 les enverrait encore).</translation>
    </message>
    <message>
        <source>Send property COLUMN as text, number or boolean instead of detecting it per cell (repeatable).</source>
        <translation>Envoyer la propriété COLUMN comme texte, nombre ou booléen au lieu de détecter son type cellule par cellule (répétable).</translation>
    </message>
</context>
<context>
    <name>BulkJobLock</name>
    <message>
        <source>%1, process %2</source>
        <translation>%1, processus %2</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
</context>
<context>
    <name>BulkJobsTable</name>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 rejected, %4 failed, %5 invalid, %6 not sent</source>
        <translation>%1 sur %2 traitées, %3 refusées, %4 en échec, %5 invalides, %6 non envoyées</translation>
    </message>
</context>
<context>
    <name>BulkMapping</name>
    <message>
        <source>%1 cannot be run from a file.</source>
        <translation>%1 ne peut pas être exécuté depuis un fichier.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;; rename one.</source>
        <translation>Les colonnes %1 et %2 s’appellent toutes deux «&#xa0;%3&#xa0;»&#x202f;; renommez-en une.</translation>
    </message>
    <message>
        <source>--map %1: %2 takes the fields %3.</source>
        <translation>--map %1&#xa0;: %2 utilise les champs %3.</translation>
    </message>
    <message>
        <source>--map %1=%2: the file has no column &quot;%2&quot; (its columns: %3).</source>
        <translation>--map %1=%2&#xa0;: le fichier n’a pas de colonne «&#xa0;%2&#xa0;» (ses colonnes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to two fields.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est associée à deux champs.</translation>
    </message>
    <message>
        <source>The file has no %1 column (its columns: %2). Name a column %1, or map one with --map %1=COLUMN.</source>
        <translation>Le fichier n’a pas de colonne %1 (ses colonnes&#xa0;: %2). Nommez une colonne %1, ou associez-en une avec --map %1=COLUMN.</translation>
    </message>
    <message>
        <source>The file has neither an id nor an email column (its columns: %1). Map one with --map id=COLUMN.</source>
        <translation>Le fichier n’a ni colonne id ni colonne email (ses colonnes&#xa0;: %1). Associez-en une avec --map id=COLUMN.</translation>
    </message>
    <message>
        <source>The file has neither an add nor a remove column (its columns: %1).</source>
        <translation>Le fichier n’a ni colonne add ni colonne remove (ses colonnes&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The file has no event_name column (its columns: %1). Give every row the same event with --event-name NAME, or map a column with --map event_name=COLUMN.</source>
        <translation>Le fichier n’a pas de colonne event_name (ses colonnes&#xa0;: %1). Donnez le même événement à chaque ligne avec --event-name NAME, ou associez une colonne avec --map event_name=COLUMN.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Vrai/faux</translation>
    </message>
    <message>
        <source>Detect per cell</source>
        <translation>Détecter par cellule</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation>--map attend FIELD=COLUMN, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--map %1 is given twice.</source>
        <translation>--map %1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>--type takes COLUMN=TYPE with TYPE one of text, number, boolean, inferred; not &quot;%1&quot;.</source>
        <translation>--type attend COLUMN=TYPE, TYPE valant text, number, boolean ou inferred, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--type %1 is given twice.</source>
        <translation>--type %1 est indiqué deux fois.</translation>
    </message>
</context>
<context>
    <name>BulkMappingTable</name>
    <message>
        <source>Property type</source>
        <translation>Type de propriété</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Utilisée comme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>property &quot;%1&quot;</source>
        <translation>propriété «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Press F2 or double-click to choose how this column&apos;s cells are sent.</source>
        <translation>Appuyez sur F2 ou double-cliquez pour choisir comment les cellules de cette colonne sont envoyées.</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>Detect per cell</source>
        <translation>Détecter par cellule</translation>
    </message>
</context>
<context>
    <name>BulkOutbox</name>
    <message>
        <source>The bulk job file %1 could not be used (%2) and was moved to %3; a new one was started.</source>
        <translation>Le fichier de tâches %1 n’a pas pu être utilisé (%2) et a été déplacé vers %3&#x202f;; un nouveau a été commencé.</translation>
    </message>
    <message>
        <source>The bulk job file %1 cannot be used: %2</source>
        <translation>Le fichier de tâches %1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the job to %1: %2</source>
        <translation>Impossible d’écrire la tâche dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no bulk job %1 (veroctl bulk --list shows them).</source>
        <translation>Il n’y a pas de tâche %1 (veroctl bulk --list les affiche).</translation>
    </message>
</context>
<context>
    <name>BulkProblemExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BulkRowBuilder</name>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«&#xa0;%1&#xa0;» ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this column can send exactly (at most 15 digits)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre que cette colonne peut envoyer exactement (15 chiffres au plus)</translation>
    </message>
    <message>
        <source>The row has %1 cells, the header %2: a cell is missing or a delimiter too many.</source>
        <translation>La ligne a %1 cellules, l’en-tête %2&#xa0;: il manque une cellule ou il y a un séparateur de trop.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BulkRunDialog</name>
    <message>
        <source>Bulk run from CSV</source>
        <translation>Traitement par lot depuis un CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>The CSV file: a header line, then one row per user</source>
        <translation>Le fichier CSV&#xa0;: une ligne d’en-tête, puis une ligne par utilisateur</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>utilisateurs.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Opération&#xa0;:</translation>
    </message>
    <message>
        <source>Operation for every row</source>
        <translation>Opération pour chaque ligne</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <source>Sepa&amp;rator:</source>
        <translation>Sépa&amp;rateur&#xa0;:</translation>
    </message>
    <message>
        <source>Cell separator</source>
        <translation>Séparateur de cellules</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>Correspondance des &amp;colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs separated by commas, for columns not named like the API fields (email=E-Mail)</source>
        <translation>Paires CHAMP=COLONNE séparées par des virgules, pour les colonnes qui ne portent pas le nom des champs de l’API (email=Courriel)</translation>
    </message>
    <message>
        <source>email=E-Mail, id=Customer</source>
        <translation>email=Courriel, id=Client</translation>
    </message>
    <message>
        <source>E&amp;vent name:</source>
        <translation>Nom de l’é&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>Event name for every row</source>
        <translation>Nom de l’événement pour chaque ligne</translation>
    </message>
    <message>
        <source>Used when the file has no event_name column</source>
        <translation>Utilisé quand le fichier n’a pas de colonne event_name</translation>
    </message>
    <message>
        <source>&amp;Tag separator:</source>
        <translation>Séparateur de &amp;tags&#xa0;:</translation>
    </message>
    <message>
        <source>Tag separator</source>
        <translation>Séparateur de tags</translation>
    </message>
    <message>
        <source>What separates several tags in one cell; empty: | or ;</source>
        <translation>Ce qui sépare plusieurs tags dans une cellule&#x202f;; vide&#xa0;: | ou &apos;;&apos;</translation>
    </message>
    <message>
        <source>| or ;</source>
        <translation>| ou &apos;;&apos;</translation>
    </message>
    <message>
        <source>C&amp;heck file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <source>Reads and validates every row; nothing is sent</source>
        <translation>Lit et valide chaque ligne&#x202f;; rien n’est envoyé</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>Re&amp;quests at a time:</source>
        <translation>Re&amp;quêtes simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>Rate limit in requests per second</source>
        <translation>Limite de débit en requêtes par seconde</translation>
    </message>
    <message>
        <source>0 means no limit; halved on 429 or 503</source>
        <translation>0 signifie sans limite&#x202f;; divisée par deux en cas de 429 ou 503</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Attempts per row</source>
        <translation>Tentatives par ligne</translation>
    </message>
    <message>
        <source>Tries on 429, 5xx, timeouts and dropped connections</source>
        <translation>Tentatives en cas de 429, 5xx, délais dépassés et connexions coupées</translation>
    </message>
    <message>
        <source>Skip &amp;invalid rows</source>
        <translation>Ignorer les lignes &amp;invalides</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>Ignorer les lignes invalides</translation>
    </message>
    <message>
        <source>&amp;Unfinished jobs:</source>
        <translation>Tâches &amp;inachevées&#xa0;:</translation>
    </message>
    <message>
        <source>Unfinished jobs of this workspace</source>
        <translation>Tâches inachevées de cet espace de travail</translation>
    </message>
    <message>
        <source>Resume &amp;job</source>
        <translation>&amp;Reprendre la tâche</translation>
    </message>
    <message>
        <source>Resume the chosen job</source>
        <translation>Reprendre la tâche choisie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation>&amp;Démarrer le traitement</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Démarrer le traitement</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>Mettre en pause ou reprendre le traitement</translation>
    </message>
    <message>
        <source>Ca&amp;ncel run</source>
        <translation>A&amp;nnuler le traitement</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler le traitement</translation>
    </message>
    <message>
        <source>Stops sending; the rows not sent stay pending and can be resumed</source>
        <translation>Arrête l’envoi&#x202f;; les lignes non envoyées restent en attente et peuvent être reprises</translation>
    </message>
    <message>
        <source>Retr&amp;y failed rows</source>
        <translation>Réessa&amp;yer les lignes en échec</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Réessayer les lignes en échec</translation>
    </message>
    <message>
        <source>E&amp;xport rows not done…</source>
        <translation>E&amp;xporter les lignes non traitées…</translation>
    </message>
    <message>
        <source>Export rows not done</source>
        <translation>Exporter les lignes non traitées</translation>
    </message>
    <message>
        <source>Failed, rejected and invalid rows as a CSV that re-imports as it is</source>
        <translation>Les lignes en échec, refusées et invalides dans un CSV réimportable tel quel</translation>
    </message>
    <message>
        <source>Runs on %1 (%2).</source>
        <translation>S’exécute sur %1 (%2).</translation>
    </message>
    <message>
        <source>Runs on %1 (%2), a production workspace: real users.</source>
        <translation>S’exécute sur %1 (%2), un espace de travail de production&#xa0;: de vrais utilisateurs.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The job could not be written; nothing was sent. %1</source>
        <translation>La tâche n’a pas pu être écrite&#x202f;; rien n’a été envoyé. %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Choisissez d’abord un fichier CSV.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Supprimer des utilisateurs</translation>
    </message>
    <message>
        <source>Unsubscribe users</source>
        <translation>Désabonner des utilisateurs</translation>
    </message>
    <message>
        <source>Deleted users lose their properties, tags and events for good; identifying one again creates a new, subscribed profile.</source>
        <translation>Les utilisateurs supprimés perdent définitivement leurs propriétés, tags et événements&#x202f;; en identifier un à nouveau crée un nouveau profil abonné.</translation>
    </message>
    <message>
        <source>Unsubscribed users get no more messages from campaigns.</source>
        <translation>Les utilisateurs désabonnés ne reçoivent plus de messages des campagnes.</translation>
    </message>
    <message>
        <source>To confirm, type the workspace name (%1):</source>
        <translation>Pour confirmer, saisissez le nom de l’espace de travail (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the invalid rows, or skip them.</source>
        <translation>Rien n’a été envoyé&#xa0;: corrigez les lignes invalides, ou ignorez-les.</translation>
    </message>
    <message>
        <source>Writing the rows to the outbox…</source>
        <translation>Écriture des lignes dans la file d’envoi…</translation>
    </message>
    <message>
        <source>Job %1: reading the credential…</source>
        <translation>Tâche %1&#xa0;: lecture de la clé d’accès…</translation>
    </message>
    <message>
        <source>Job %1 was not started: %2</source>
        <translation>La tâche %1 n’a pas été démarrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 rows: %4 done, %5 rejected, %6 failed, %7 invalid, %8 pending%9.</source>
        <translation>Tâche %1&#xa0;: %2 lignes sur %3&#xa0;: %4 traitées, %5 refusées, %6 en échec, %7 invalides, %8 en attente%9.</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Invalid, skipped</source>
        <translation>Invalide, ignorée</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>-not-done.csv</source>
        <translation>-non-traitees.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Proceed</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Arrêter le traitement</translation>
    </message>
    <message>
        <source>Stop job %1? The rows not sent stay pending; resume it later here or with veroctl bulk --resume %1.</source>
        <translation>Arrêter la tâche %1&#x202f;? Les lignes non envoyées restent en attente&#x202f;; reprenez-la plus tard ici ou avec veroctl bulk --resume %1.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>&amp;Mapping and first rows</source>
        <translation>Correspondance et pre&amp;mières lignes</translation>
    </message>
    <message>
        <source>Each column of the file, what it is sent as, the type of a property and the first values</source>
        <translation>Chaque colonne du fichier, ce à quoi elle sert à l’envoi, le type d’une propriété et les premières valeurs</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>Tâc&amp;hes</translation>
    </message>
    <message>
        <source>Bulk runs on this workspace</source>
        <translation>Traitements par lot de cet espace de travail</translation>
    </message>
    <message>
        <source>Past and interrupted runs, newest first; Return shows a run&apos;s results to export, retry or resume</source>
        <translation>Traitements passés et interrompus, les plus récents d’abord&#x202f;; Entrée affiche les résultats d’un traitement pour les exporter, les réessayer ou le reprendre</translation>
    </message>
    <message>
        <source>Job %1 was created for %2 at %3, which is now %4; it is not resumed here.</source>
        <translation>La tâche %1 a été créée pour %2 à l’adresse %3, qui est maintenant %4&#x202f;; elle n’est pas reprise ici.</translation>
    </message>
    <message>
        <source>Changed since the check: check the file again before a run (nothing was sent).</source>
        <translation>Modifié depuis la vérification&#xa0;: vérifiez de nouveau le fichier avant un traitement (rien n’a été envoyé).</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the CSV file whose rows are sent</source>
        <translation>Ouvre une boîte de dialogue pour choisir le fichier CSV dont les lignes sont envoyées</translation>
    </message>
    <message>
        <source>The operation sent once for every row of the file</source>
        <translation>L’opération envoyée une fois pour chaque ligne du fichier</translation>
    </message>
    <message>
        <source>The character encoding the file was saved in, e.g. UTF-8</source>
        <translation>L’encodage des caractères dans lequel le fichier a été enregistré, par ex. UTF-8</translation>
    </message>
    <message>
        <source>The character between the cells of a row, e.g. a comma or a semicolon</source>
        <translation>Le caractère entre les cellules d’une ligne, par ex. une virgule ou un point-virgule</translation>
    </message>
    <message>
        <source>Each problem with the line of the file it is on</source>
        <translation>Chaque problème avec la ligne du fichier où il se trouve</translation>
    </message>
    <message>
        <source>How many requests are on their way at once; fewer is gentler on the service</source>
        <translation>Combien de requêtes sont en route à la fois&#x202f;; moins ménage le service</translation>
    </message>
    <message>
        <source>Sends the valid rows and leaves the invalid ones out; otherwise an invalid row holds the run back</source>
        <translation>Envoie les lignes valides et laisse de côté les invalides&#x202f;; sinon une ligne invalide bloque le traitement</translation>
    </message>
    <message>
        <source>A run on this workspace that stopped before its last row</source>
        <translation>Un traitement sur cet espace de travail qui s’est arrêté avant sa dernière ligne</translation>
    </message>
    <message>
        <source>Sends the rows of the chosen job that were not sent yet</source>
        <translation>Envoie les lignes de la tâche choisie qui ne sont pas encore envoyées</translation>
    </message>
    <message>
        <source>Sends one request for every valid row to the workspace named above</source>
        <translation>Envoie une requête pour chaque ligne valide à l’espace de travail indiqué ci-dessus</translation>
    </message>
    <message>
        <source>Stops sending after the requests on their way; press again to go on</source>
        <translation>Arrête d’envoyer après les requêtes en route&#x202f;; appuyez de nouveau pour continuer</translation>
    </message>
    <message>
        <source>Sends the rows that failed once more</source>
        <translation>Envoie encore une fois les lignes en échec</translation>
    </message>
    <message>
        <source>Close the bulk run window</source>
        <translation>Fermer la fenêtre du traitement par lot</translation>
    </message>
    <message>
        <source>A run on its way stops after a question; its job can be resumed later</source>
        <translation>Un traitement en cours s’arrête après confirmation&#x202f;; sa tâche peut être reprise plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%1. %Ln row(s): %2 valid, %3 invalid, %4 with warnings.</source>
        <translation>
            <numerusform>%1. %Ln ligne&#xa0;: %2 valide(s), %3 invalide(s), %4 avec avertissement(s).</numerusform>
            <numerusform>%1. %Ln lignes&#xa0;: %2 valides, %3 invalides, %4 avec avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln problem(s) are listed.</source>
        <translation>
            <numerusform>Seul le premier problème est listé.</numerusform>
            <numerusform>Seuls les %Ln premiers problèmes sont listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s) from %1 (%2)?</source>
        <translation>
            <numerusform>Supprimer %Ln utilisateur de %1 (%2)&#x202f;?</numerusform>
            <numerusform>Supprimer %Ln utilisateurs de %1 (%2)&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %Ln user(s) on %1 (%2)?</source>
        <translation>
            <numerusform>Désabonner %Ln utilisateur sur %1 (%2)&#x202f;?</numerusform>
            <numerusform>Désabonner %Ln utilisateurs sur %1 (%2)&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s)</source>
        <translation>
            <numerusform>Supprimer %Ln utilisateur</numerusform>
            <numerusform>Supprimer %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %Ln user(s)</source>
        <translation>
            <numerusform>Désabonner %Ln utilisateur</numerusform>
            <numerusform>Désabonner %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1.</numerusform>
            <numerusform>%Ln lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3 of %Ln row(s) pending (%4)</source>
        <translation>
            <numerusform>%1 — %2, %3 ligne sur %Ln en attente (%4)</numerusform>
            <numerusform>%1 — %2, %3 lignes sur %Ln en attente (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column mapping: %1</source>
        <translation>Correspondance des colonnes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Could not read the job: %1</source>
        <translation>Impossible de lire la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the job: %1</source>
        <translation>Impossible d’écrire la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled. The rows not sent stay pending; resume the job to send them.</source>
        <translation>Annulé. Les lignes non envoyées restent en attente&#x202f;; reprenez la tâche pour les envoyer.</translation>
    </message>
    <message>
        <source>The service answered %1 (%2): stopped with rows still to send.</source>
        <translation>Le service a répondu %1 (%2)&#xa0;: arrêt avec des lignes encore à envoyer.</translation>
    </message>
    <message>
        <source>%1 Stopped with rows still to send.</source>
        <translation>%1 Arrêt avec des lignes encore à envoyer.</translation>
    </message>
    <message>
        <source>Could not write the outcome of rows to %1: %2</source>
        <translation>Impossible d’écrire le résultat des lignes dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job %1 is being sent by %2 right now; nothing was sent from here. Let that run finish, or stop it there, then resume.</source>
        <translation>La tâche %1 est en cours d’envoi par %2&#x202f;; rien n’a été envoyé d’ici. Laissez ce traitement se terminer, ou arrêtez-le là-bas, puis reprenez la tâche.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
</context>
<context>
    <name>BulkSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header line and a row per user.</source>
        <translation>%1 est vide&#xa0;: il lui faut une ligne d’en-tête et une ligne par utilisateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property column, so it cannot have a type.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une colonne de propriété&#xa0;: elle ne peut donc pas avoir de type.</translation>
    </message>
    <message>
        <source>%1 takes no properties, so &quot;%2&quot; cannot have a type.</source>
        <translation>%1 n’accepte pas de propriétés&#xa0;: «&#xa0;%2&#xa0;» ne peut donc pas avoir de type.</translation>
    </message>
</context>
<context>
    <name>BulkValidation</name>
    <message>
        <source>Validation was stopped at line %1.</source>
        <translation>La validation s’est arrêtée à la ligne %1.</translation>
    </message>
    <message>
        <source>The file is not valid %1: some characters would be sent wrong. Choose its encoding (for example windows-1252).</source>
        <translation>Le fichier n’est pas du %1 valide&#xa0;: certains caractères seraient mal envoyés. Choisissez son encodage (par exemple windows-1252).</translation>
    </message>
    <message>
        <source>line %1: error: %2</source>
        <translation>ligne %1&#xa0;: erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>ligne %1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>Channels table</source>
        <translation>Tableau des canaux</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address (device token)</source>
        <translation>Adresse (jeton de l’appareil)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>The channel type, usually push.</source>
        <translation>Le type de canal, généralement push.</translation>
    </message>
    <message>
        <source>The unique device token.</source>
        <translation>Le jeton unique de l’appareil.</translation>
    </message>
    <message>
        <source>The device platform: ios or android.</source>
        <translation>La plateforme de l’appareil&#xa0;: ios ou android.</translation>
    </message>
    <message>
        <source>Add &amp;channel</source>
        <translation>Ajouter un &amp;canal</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Retirer le canal</translation>
    </message>
    <message>
        <source>Remove the selected channel</source>
        <translation>Retirer le canal sélectionné</translation>
    </message>
    <message>
        <source>One channel a row: its type, its address and its platform</source>
        <translation>Un canal par ligne&#xa0;: son type, son adresse et sa plateforme</translation>
    </message>
    <message>
        <source>Adds an empty row to the channels table and starts editing it</source>
        <translation>Ajoute une ligne vide au tableau des canaux et commence à la modifier</translation>
    </message>
    <message>
        <source>Removes the selected rows from the channels table</source>
        <translation>Retire les lignes sélectionnées du tableau des canaux</translation>
    </message>
</context>
<context>
    <name>ConnectionTestForm</name>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Calls heartbeat (GET heartbeat) on the current workspace to check that its base URL reaches a Vero service. Heartbeat needs no credential, so this checks the address and the connection, not the credential.</source>
        <translation>Appelle heartbeat (GET heartbeat) sur l’espace de travail actuel pour vérifier que son URL de base atteint un service Vero. Heartbeat ne demande pas de clé d’accès&#xa0;: cela vérifie l’adresse et la connexion, pas la clé.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nouveau&#xa0;: vider le formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Press Test connection to check this workspace.</source>
        <translation>Cliquez sur Tester la connexion pour vérifier cet espace de travail.</translation>
    </message>
    <message>
        <source>Connected: the workspace&apos;s base URL reaches a Vero service. Heartbeat does not use the credential, so a wrong credential only shows on the first real send (as 401 Unauthorized).</source>
        <translation>Connecté&#xa0;: l’URL de base de l’espace de travail atteint un service Vero. Heartbeat n’utilise pas la clé d’accès&#xa0;: une clé erronée n’apparaît qu’au premier vrai envoi (par un 401 Unauthorized).</translation>
    </message>
    <message>
        <source>A server answered, but it has no Vero heartbeat at this address (404). Check that the base URL ends in /api/v2.</source>
        <translation>Un serveur a répondu, mais il n’a pas de heartbeat Vero à cette adresse (404). Vérifiez que l’URL de base se termine par /api/v2.</translation>
    </message>
    <message>
        <source>A server answered but refused the heartbeat (HTTP %1). Check the base URL.</source>
        <translation>Un serveur a répondu mais a refusé le heartbeat (HTTP %1). Vérifiez l’URL de base.</translation>
    </message>
    <message>
        <source>The service answered with a server error (HTTP %1); it may be down. Try again later.</source>
        <translation>Le service a répondu par une erreur du serveur (HTTP %1)&#x202f;; il est peut-être hors service. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Not connected: nothing answered at the workspace&apos;s base URL (the reason is below).</source>
        <translation>Non connecté&#xa0;: rien n’a répondu à l’URL de base de l’espace de travail (la raison figure ci-dessous).</translation>
    </message>
    <message>
        <source>Not tested: the workspace&apos;s settings stopped the request before it left (the reason is below).</source>
        <translation>Non testé&#xa0;: les réglages de l’espace de travail ont arrêté la requête avant son départ (la raison figure ci-dessous).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No credential is stored for this workspace.</source>
        <translation>Aucune clé d’accès n’est enregistrée pour cet espace de travail.</translation>
    </message>
    <message>
        <source>The system keychain did not let Vero Admin read or store the credential: it is locked, or the request was declined. Unlock the keychain (log in to the desktop again, or unlock it in your passwords manager) and try again.</source>
        <translation>Le trousseau système n’a pas permis à Vero Admin de lire ou d’enregistrer la clé d’accès&#xa0;: il est verrouillé, ou la demande a été refusée. Déverrouillez le trousseau (reconnectez-vous à la session de bureau, ou déverrouillez-le dans votre gestionnaire de mots de passe) et réessayez.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). Install and start one, or use a credential for this session only.</source>
        <translation>Aucun trousseau système n’est disponible (sous Linux&#xa0;: un Secret Service comme GNOME Keyring ou KWallet). Installez-en un et démarrez-le, ou utilisez une clé d’accès pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Check that it is running and unlocked, then try again.</source>
        <translation>Le trousseau système n’a pas pu être utilisé (%1). Vérifiez qu’il fonctionne et qu’il est déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: this session has no D-Bus session bus, which the keychain (GNOME Keyring or KWallet) is reached through. Log in to a desktop session, or run Vero Admin inside one (dbus-run-session), then try again.</source>
        <translation>Le trousseau du système est inaccessible&#xa0;: cette session n’a pas de bus de session D-Bus, par lequel on atteint le trousseau (GNOME Keyring ou KWallet). Ouvrez une session de bureau, ou lancez Vero Admin dans l’une d’elles (dbus-run-session), puis réessayez.</translation>
    </message>
    <message>
        <source>Vero Admin&apos;s keychain module (%1) could not be loaded: %2. Reinstall Vero Admin, then try again.</source>
        <translation>Le module de trousseau de Vero Admin (%1) n’a pas pu être chargé&#xa0;: %2. Réinstallez Vero Admin, puis réessayez.</translation>
    </message>
    <message>
        <source>Vero Admin&apos;s keychain module is missing (looked for %1). Reinstall Vero Admin, then try again.</source>
        <translation>Le module de trousseau de Vero Admin est introuvable (cherché dans %1). Réinstallez Vero Admin, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <source>The credential is empty.</source>
        <translation>La clé d’accès est vide.</translation>
    </message>
    <message>
        <source>The credential is longer than %1 characters.</source>
        <translation>La clé d’accès dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The credential is not valid text.</source>
        <translation>La clé d’accès n’est pas du texte valide.</translation>
    </message>
    <message>
        <source>The credential holds a line break (character %1): it looks like more than one line was pasted.</source>
        <translation>La clé d’accès contient un saut de ligne (caractère %1)&#xa0;: il semble que plus d’une ligne ait été collée.</translation>
    </message>
    <message>
        <source>The credential holds a control character (character %1).</source>
        <translation>La clé d’accès contient un caractère de contrôle (caractère %1).</translation>
    </message>
    <message>
        <source>The credential holds a space (character %1).</source>
        <translation>La clé d’accès contient une espace (caractère %1).</translation>
    </message>
    <message>
        <source>The credential holds an invisible formatting character (character %1).</source>
        <translation>La clé d’accès contient un caractère de mise en forme invisible (caractère %1).</translation>
    </message>
    <message>
        <source>The credential holds a byte sequence that is not UTF-8 text (character %1).</source>
        <translation>La clé d’accès contient une suite d’octets qui n’est pas du texte UTF-8 (caractère %1).</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source> (detected)</source>
        <translation> (détecté)</translation>
    </message>
    <message>
        <source>%1%2, %3-separated%4</source>
        <translation>%1%2, séparé par %3%4</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a record runs on for more than %2 characters; a quote is probably never closed.</source>
        <translation>Ligne %1&#xa0;: un enregistrement dépasse %2 caractères&#x202f;; un guillemet n’est probablement jamais fermé.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation>Ligne %1&#xa0;: une cellule entre guillemets n’est jamais fermée.</translation>
    </message>
</context>
<context>
    <name>CurrentUserStrip</name>
    <message>
        <source>Current user</source>
        <translation>Utilisateur actuel</translation>
    </message>
    <message>
        <source>The user every form is about. Typing another id or email in a form changes it; the other forms follow, and fields entered for someone else are emptied.</source>
        <translation>L’utilisateur concerné par tous les formulaires. Saisir un autre identifiant ou e-mail dans un formulaire le change&#x202f;; les autres formulaires suivent, et les champs saisis pour quelqu’un d’autre sont vidés.</translation>
    </message>
    <message>
        <source>Clear user</source>
        <translation>Effacer l’utilisateur</translation>
    </message>
    <message>
        <source>Empty the user id, email and per-user fields in every form, to start on the next user</source>
        <translation>Vider l’identifiant, l’e-mail et les champs propres à l’utilisateur dans tous les formulaires, pour passer à l’utilisateur suivant</translation>
    </message>
    <message>
        <source>Clear the current user</source>
        <translation>Effacer l’utilisateur actuel</translation>
    </message>
    <message>
        <source>Current user: none (type a user id or email in any form)</source>
        <translation>Utilisateur actuel&#xa0;: aucun (saisissez un identifiant ou un e-mail dans n’importe quel formulaire)</translation>
    </message>
    <message>
        <source>Current user: %1</source>
        <translation>Utilisateur actuel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Do not ask to type the id back (for scripts).</source>
        <translation>Ne pas demander de ressaisir l’identifiant (pour les scripts).</translation>
    </message>
    <message>
        <source>delete needs confirmation: run it in a terminal to type the id back, or add --yes. Nothing was sent.</source>
        <translation>delete demande une confirmation&#xa0;: lancez-le dans un terminal pour ressaisir l’identifiant, ou ajoutez --yes. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Deleting user &quot;%1&quot; is permanent: all properties and activity are lost.</source>
        <translation>La suppression de l’utilisateur «&#xa0;%1&#xa0;» est définitive&#xa0;: toutes les propriétés et l’activité sont perdues.</translation>
    </message>
    <message>
        <source>Type the user id to confirm: </source>
        <translation>Saisissez l’identifiant de l’utilisateur pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>The id typed does not match; nothing was sent.</source>
        <translation>L’identifiant saisi ne correspond pas&#x202f;; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cancel, change nothing</source>
        <translation>Annuler, ne rien changer</translation>
    </message>
    <message>
        <source>The button to go on is enabled once this matches the text asked for</source>
        <translation>Le bouton pour continuer s’active dès que ce texte correspond à celui demandé</translation>
    </message>
    <message>
        <source>Goes ahead once the text asked for is typed above</source>
        <translation>Continue dès que le texte demandé est saisi ci-dessus</translation>
    </message>
    <message>
        <source>Closes this window; nothing is changed</source>
        <translation>Ferme cette fenêtre&#x202f;; rien n’est modifié</translation>
    </message>
</context>
<context>
    <name>DeleteForm</name>
    <message>
        <source>Delete a user</source>
        <translation>Supprimer un utilisateur</translation>
    </message>
    <message>
        <source>Deletes the user with this id (POST users/delete). You will be asked to confirm.</source>
        <translation>Supprime l’utilisateur ayant cet identifiant (POST users/delete). Une confirmation vous sera demandée.</translation>
    </message>
    <message>
        <source>Deleting a user is permanent: all of the user&apos;s properties and activity are lost and cannot be recovered. A deleted user who is identified again later comes back as a new profile, subscribed by default.</source>
        <translation>La suppression d’un utilisateur est définitive&#xa0;: toutes ses propriétés et son activité sont perdues et ne peuvent pas être récupérées. Un utilisateur supprimé puis identifié à nouveau revient comme un nouveau profil, abonné par défaut.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Identifiant de l’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>L’identifiant donné à l’utilisateur dans Vero, p. ex. 1234</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nouveau&#xa0;: vider le formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>&amp;Supprimer l’utilisateur…</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Delete user permanently?</source>
        <translation>Supprimer définitivement l’utilisateur&#x202f;?</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>Supprimer %1 de %2&#x202f;?</translation>
    </message>
    <message>
        <source>This deletion is permanent. All of the user&apos;s properties and activity on %1 are lost and cannot be recovered.</source>
        <translation>Cette suppression est définitive. Toutes les propriétés et l’activité de l’utilisateur sur %1 sont perdues et ne peuvent pas être récupérées.</translation>
    </message>
    <message>
        <source>A deleted user who is identified again later comes back as a new profile, subscribed by default: an identify or an event sent to %1 afterwards creates a new, subscribed user with none of the old data.</source>
        <translation>Un utilisateur supprimé puis identifié à nouveau revient comme un nouveau profil, abonné par défaut&#xa0;: un identify ou un événement envoyé ensuite à %1 crée un nouvel utilisateur abonné, sans aucune des anciennes données.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 from %2 permanently</source>
        <translation>Supprimer définitivement %1 de %2</translation>
    </message>
    <message>
        <source>To confirm, type the user id (%1), then press Enter:</source>
        <translation>Pour confirmer, saisissez l’identifiant de l’utilisateur (%1), puis appuyez sur Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>Deletion cancelled: nothing was sent.</source>
        <translation>Suppression annulée&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation>L’identifiant que vous avez donné à l’utilisateur dans Vero</translation>
    </message>
</context>
<context>
    <name>DeletedUser</name>
    <message>
        <source>someone on this computer</source>
        <translation>quelqu’un sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (with veroctl)</source>
        <translation>%1 (avec veroctl)</translation>
    </message>
    <message>
        <source>%1 was deleted on %2 by %3; sending creates a new, subscribed profile.</source>
        <translation>%1 a été supprimé le %2 par %3&#x202f;; l’envoi crée un nouveau profil abonné.</translation>
    </message>
</context>
<context>
    <name>DuplicateEvent</name>
    <message numerus="yes">
        <source>%1 got the event &quot;%2&quot; with the same data %n second(s) ago. Vero drops an identical event sent within a few minutes as a duplicate, so this one may be ignored.</source>
        <translation>
            <numerusform>%1 a reçu l’événement «&#xa0;%2&#xa0;» avec les mêmes données il y a %n seconde. Vero écarte comme doublon un événement identique envoyé à quelques minutes d’intervalle&#xa0;: celui-ci risque d’être ignoré.</numerusform>
            <numerusform>%1 a reçu l’événement «&#xa0;%2&#xa0;» avec les mêmes données il y a %n secondes. Vero écarte comme doublon un événement identique envoyé à quelques minutes d’intervalle&#xa0;: celui-ci risque d’être ignoré.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditPropertiesForm</name>
    <message>
        <source>Edit properties</source>
        <translation>Modifier les propriétés</translation>
    </message>
    <message>
        <source>Changes properties of an existing user (PUT users/edit). Give the user id or the email.</source>
        <translation>Modifie les propriétés d’un utilisateur existant (PUT users/edit). Indiquez l’identifiant de l’utilisateur ou l’adresse e-mail.</translation>
    </message>
    <message>
        <source>Legacy endpoint: users/edit is no longer in Vero&apos;s documentation (since 2025). It still works and the official Ruby gem still uses it; Identify with properties does the same for new work.</source>
        <translation>Ancien point d’accès&#xa0;: users/edit ne figure plus dans la documentation de Vero (depuis 2025). Il fonctionne encore et la gem Ruby officielle l’utilise toujours&#x202f;; Identifier avec des propriétés fait de même pour les nouveaux travaux.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Identifiant de l’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>L’identifiant donné à l’utilisateur dans Vero, p. ex. 1234</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>p. ex. ada@example.com</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>&amp;Modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Property changes</source>
        <translation>Modifications des propriétés</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nouveau&#xa0;: vider le formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send property changes</source>
        <translation>Envoyer les modifications des propriétés</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation>L’identifiant que vous avez donné à l’utilisateur dans Vero&#x202f;; l’identifiant ou l’e-mail suffit</translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation>L’adresse e-mail de l’utilisateur&#x202f;; l’identifiant ou l’e-mail suffit</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The secure connection to %1 could not be trusted (%2). Nothing was sent. If this is your own server, add its CA certificate to the workspace.</source>
        <translation>La connexion sécurisée à %1 n’est pas digne de confiance (%2). Rien n’a été envoyé. S’il s’agit de votre propre serveur, ajoutez son certificat d’AC à l’espace de travail.</translation>
    </message>
    <message>
        <source>The proxy %1 could not be used to reach %2; nothing was sent. Check your proxy settings (https_proxy, http_proxy, no_proxy).</source>
        <translation>Le proxy %1 n’a pas pu être utilisé pour joindre %2&#x202f;; rien n’a été envoyé. Vérifiez vos réglages de proxy (https_proxy, http_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing was sent. Check the workspace&apos;s base URL, or that the server is running.</source>
        <translation>%1 a refusé la connexion&#x202f;; rien n’a été envoyé. Vérifiez l’URL de base de l’espace de travail, ou que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The server %1 could not be found; nothing was sent. Check the base URL and your internet connection.</source>
        <translation>Le serveur %1 est introuvable&#x202f;; rien n’a été envoyé. Vérifiez l’URL de base et votre connexion Internet.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP: it closed the connection without an HTTP status (the address may not be an HTTP server, or the server stopped). The request went out; check before sending it again.</source>
        <translation>%1 n’a pas répondu en HTTP&#xa0;: il a fermé la connexion sans statut HTTP (l’adresse n’est peut-être pas un serveur HTTP, ou le serveur s’est arrêté). La requête est partie&#x202f;; vérifiez avant de la renvoyer.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP(S) and closed the connection before the request went out; nothing was received. Check the base URL&apos;s scheme (https://) and port.</source>
        <translation>%1 n’a pas répondu en HTTP(S) et a fermé la connexion avant le départ de la requête&#x202f;; rien n’a été reçu. Vérifiez le schéma (https://) et le port de l’URL de base.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTPS: a secure connection could not be set up, so nothing was sent. Check that the base URL uses the right scheme (https:// or, for a local sandbox, http://) and port.</source>
        <translation>%1 n’a pas répondu en HTTPS&#xa0;: aucune connexion sécurisée n’a pu être établie, donc rien n’a été envoyé. Vérifiez que l’URL de base utilise le bon schéma (https:// ou, pour une sandbox locale, http://) et le bon port.</translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1; nothing was sent. Check your proxy settings.</source>
        <translation>Le serveur proxy n’a pas pu être utilisé pour joindre %1&#x202f;; rien n’a été envoyé. Vérifiez vos réglages de proxy.</translation>
    </message>
    <message>
        <source>The network is unavailable; nothing was sent. Check your internet connection and try again.</source>
        <translation>Le réseau est indisponible&#x202f;; rien n’a été envoyé. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The request to %1 failed after it went out (network error %2); it may have been received. Check before sending it again.</source>
        <translation>La requête vers %1 a échoué après son départ (erreur réseau %2)&#x202f;; elle a peut-être été reçue. Vérifiez avant de la renvoyer.</translation>
    </message>
    <message>
        <source>The request to %1 failed before it went out whole (network error %2); it was not received.</source>
        <translation>La requête vers %1 a échoué avant d’être partie en entier (erreur réseau %2)&#x202f;; elle n’a pas été reçue.</translation>
    </message>
    <message>
        <source>the connection closed before all of it arrived</source>
        <translation>la connexion s’est fermée avant qu’elle n’arrive en entier</translation>
    </message>
    <message>
        <source>its compression is broken, so it cannot be read</source>
        <translation>sa compression est défectueuse, elle ne peut donc pas être lue</translation>
    </message>
    <message>
        <source>it breaks the rules of HTTP</source>
        <translation>elle enfreint les règles du HTTP</translation>
    </message>
    <message>
        <source>it says it is JSON but is not whole JSON (cut short, or badly chunked)</source>
        <translation>elle se dit JSON mais n’est pas du JSON complet (tronquée, ou mal découpée)</translation>
    </message>
    <message>
        <source>The answer from %1 (status %2) was damaged: %3. The request may have been applied; check before sending it again.</source>
        <translation>La réponse de %1 (statut %2) était endommagée&#xa0;: %3. La requête a peut-être été appliquée&#x202f;; vérifiez avant de la renvoyer.</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid (400 Bad Request).</source>
        <translation>Le service a refusé la requête comme invalide (400 Bad Request).</translation>
    </message>
    <message>
        <source>The service rejected the credential (401 Unauthorized). Check the workspace&apos;s credential and its name (auth_token or tracking_api_key).</source>
        <translation>Le service a refusé la clé d’accès (401 Unauthorized). Vérifiez la clé d’accès de l’espace de travail et son nom (auth_token ou tracking_api_key).</translation>
    </message>
    <message>
        <source>The credential is not allowed to do this (403 Forbidden).</source>
        <translation>La clé d’accès n’autorise pas cette action (403 Forbidden).</translation>
    </message>
    <message>
        <source>The service does not know this address (404 Not Found). Check the workspace&apos;s base URL.</source>
        <translation>Le service ne connaît pas cette adresse (404 Not Found). Vérifiez l’URL de base de l’espace de travail.</translation>
    </message>
    <message>
        <source>Too many requests (429). The service asked to slow down; wait a little and try again.</source>
        <translation>Trop de requêtes (429). Le service demande de ralentir&#x202f;; patientez un peu et réessayez.</translation>
    </message>
    <message>
        <source>The service had an internal error (%1). Nothing is wrong with your data; try again later.</source>
        <translation>Le service a rencontré une erreur interne (%1). Vos données ne sont pas en cause&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>Le service a répondu avec le statut HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s). The request went out and may have been received; check before sending it again, or raise the workspace&apos;s timeout.</source>
        <translation>
            <numerusform>Aucune réponse de %1 en %Ln seconde. La requête est partie et a peut-être été reçue&#x202f;; vérifiez avant de la renvoyer, ou augmentez le délai d’expiration de l’espace de travail.</numerusform>
            <numerusform>Aucune réponse de %1 en %Ln secondes. La requête est partie et a peut-être été reçue&#x202f;; vérifiez avant de la renvoyer, ou augmentez le délai d’expiration de l’espace de travail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s), and the request did not go out whole, so it was not received. The service may be slow or unreachable; try again, or raise the workspace&apos;s timeout.</source>
        <translation>
            <numerusform>Aucune réponse de %1 en %Ln seconde, et la requête n’est pas partie en entier, elle n’a donc pas été reçue. Le service est peut-être lent ou injoignable&#x202f;; réessayez, ou augmentez le délai d’expiration de l’espace de travail.</numerusform>
            <numerusform>Aucune réponse de %1 en %Ln secondes, et la requête n’est pas partie en entier, elle n’a donc pas été reçue. Le service est peut-être lent ou injoignable&#x202f;; réessayez, ou augmentez le délai d’expiration de l’espace de travail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it was still arriving after %Ln second(s), the workspace&apos;s timeout</source>
        <translation>
            <numerusform>elle arrivait encore après %Ln seconde, le délai d’expiration de l’espace de travail</numerusform>
            <numerusform>elle arrivait encore après %Ln secondes, le délai d’expiration de l’espace de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service is busy (%1) and asked to wait %Ln second(s) before trying again.</source>
        <translation>
            <numerusform>Le service est occupé (%1) et demande d’attendre %Ln seconde avant de réessayer.</numerusform>
            <numerusform>Le service est occupé (%1) et demande d’attendre %Ln secondes avant de réessayer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventCommand</name>
    <message>
        <source>Refuse (exit code 2, nothing sent) when this computer sent the same event with the same data to the same user a few minutes ago, which Vero would drop as a duplicate. Without it, veroctl warns and sends.</source>
        <translation>Refuser (code de sortie 2, rien d’envoyé) quand cet ordinateur a envoyé le même événement avec les mêmes données au même utilisateur il y a quelques minutes, ce que Vero écarterait comme doublon. Sans cette option, veroctl avertit et envoie.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent (--no-duplicates).</source>
        <translation>%1 Rien n’a été envoyé (--no-duplicates).</translation>
    </message>
</context>
<context>
    <name>FaultInjector::Settings</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2.</source>
        <translation>%1 doit être un nombre entier de 0 à %2.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1.</source>
        <translation>%1 doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>Unknown fault setting &quot;%1&quot;: use latency_ms, fail_rate, rate_limit or drop_rate.</source>
        <translation>Réglage de panne inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez latency_ms, fail_rate, rate_limit ou drop_rate.</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>API field: %1</source>
        <translation>Champ de l’API&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FieldWarningLabel</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>FormSender</name>
    <message>
        <source>Not sent: %1 has errors, shown next to the fields.</source>
        <translation>Non envoyé&#xa0;: %1 contient des erreurs, affichées à côté des champs.</translation>
    </message>
    <message>
        <source>Possible duplicate event</source>
        <translation>Doublon d’événement possible</translation>
    </message>
    <message>
        <source>Add a unique timestamp to the data so Vero keeps it?</source>
        <translation>Ajouter un horodatage unique aux données pour que Vero le conserve&#x202f;?</translation>
    </message>
    <message>
        <source>Add timestamp and send</source>
        <translation>Ajouter l’horodatage et envoyer</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled: Vero would probably drop this event as a duplicate of a recent one.</source>
        <translation>Annulé&#xa0;: Vero écarterait probablement cet événement comme doublon d’un événement récent.</translation>
    </message>
    <message>
        <source>Not sent: the event was cancelled as a likely duplicate.</source>
        <translation>Non envoyé&#xa0;: l’événement a été annulé comme doublon probable.</translation>
    </message>
    <message>
        <source>Send to a deleted user?</source>
        <translation>Envoyer à un utilisateur supprimé&#x202f;?</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 was deleted on %2, and sending would create a new, subscribed profile.</source>
        <translation>Annulé&#xa0;: %1 a été supprimé le %2, et l’envoi créerait un nouveau profil abonné.</translation>
    </message>
    <message>
        <source>Not sent: the user was deleted on %1.</source>
        <translation>Non envoyé&#xa0;: l’utilisateur a été supprimé le %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>Lister tous les raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Read me (how to use Vero Admin)</source>
        <translation>&amp;Lisez-moi (comment utiliser Vero Admin)</translation>
    </message>
    <message>
        <source>Vero &amp;API reference</source>
        <translation>Référence de l’&amp;API Vero</translation>
    </message>
    <message>
        <source>Could not open %1: no program for it is set up on this computer.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: aucun programme n’est configuré pour cela sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Open in form</source>
        <translation>Ouvrir dans le formulaire</translation>
    </message>
    <message>
        <source>Fill this request&apos;s form with what was sent (Enter)</source>
        <translation>Remplir le formulaire de cette requête avec ce qui a été envoyé (Entrée)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Show this request in its form, ready to send again after you confirm</source>
        <translation>Afficher cette requête dans son formulaire, prête à être renvoyée après votre confirmation</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en tant que curl</translation>
    </message>
    <message>
        <source>Copy a curl command that reads the credential from $VERO_AUTH_TOKEN</source>
        <translation>Copier une commande curl qui lit la clé d’accès dans $VERO_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the request&apos;s JSON body, without the credential</source>
        <translation>Copier le corps JSON de la requête, sans la clé d’accès</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler l’effet</translation>
    </message>
    <message>
        <source>Prepare the request that undoes this one, in its form, for review</source>
        <translation>Préparer dans son formulaire, pour relecture, la requête qui annule celle-ci</translation>
    </message>
    <message>
        <source>User timeline</source>
        <translation>Chronologie de l’utilisateur</translation>
    </message>
    <message>
        <source>Show everything sent about this user, oldest first</source>
        <translation>Afficher tout ce qui a été envoyé sur cet utilisateur, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Restore deleted user…</source>
        <translation>Restaurer l’utilisateur supprimé…</translation>
    </message>
    <message>
        <source>Rebuild this user&apos;s last known email, properties, channels and tags into forms for review</source>
        <translation>Reconstituer dans des formulaires, pour relecture, le dernier e-mail, les propriétés, les canaux et les tags connus de cet utilisateur</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the rows the filters match to a CSV or JSON file</source>
        <translation>Écrire les lignes correspondant aux filtres dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Effacer l’historique…</translation>
    </message>
    <message>
        <source>Remove every request from the history on this computer</source>
        <translation>Retirer toutes les requêtes de l’historique de cet ordinateur</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>Copier curl</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Copied a curl command. It reads the credential from $VERO_AUTH_TOKEN: set that variable before running it.</source>
        <translation>Commande curl copiée. Elle lit la clé d’accès dans $VERO_AUTH_TOKEN&#xa0;: définissez cette variable avant de l’exécuter.</translation>
    </message>
    <message>
        <source>Copied a curl command.</source>
        <translation>Commande curl copiée.</translation>
    </message>
    <message>
        <source>Copied the JSON body (without the credential).</source>
        <translation>Corps JSON copié (sans la clé d’accès).</translation>
    </message>
    <message>
        <source>The undo request is in the %1 form: review it, then send it. %2</source>
        <translation>La requête d’annulation est dans le formulaire %1&#xa0;: relisez-la, puis envoyez-la. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has requests on several workspaces (%2): choose one of them in the history&apos;s filter, or select one of the user&apos;s requests, to restore the user from it.</source>
        <translation>«&#xa0;%1&#xa0;» a des requêtes dans plusieurs espaces de travail (%2)&#xa0;: choisissez-en un dans le filtre de l’historique, ou sélectionnez une des requêtes de l’utilisateur, pour le restaurer à partir de celle-ci.</translation>
    </message>
    <message>
        <source>Choose a request about the user, or type the user id in the filter, to restore them.</source>
        <translation>Choisissez une requête concernant l’utilisateur, ou saisissez son identifiant dans le filtre, pour le restaurer.</translation>
    </message>
    <message>
        <source>The history holds no accepted request about user &quot;%1&quot;: there is nothing to restore from.</source>
        <translation>L’historique ne contient aucune requête acceptée concernant l’utilisateur «&#xa0;%1&#xa0;»&#xa0;: il n’y a rien à partir de quoi restaurer.</translation>
    </message>
    <message>
        <source>The identify and tags forms are filled: review and send the identify first, then the tags. Past events cannot be restored.</source>
        <translation>Les formulaires Identifier et Tags sont remplis&#xa0;: relisez et envoyez d’abord Identifier, puis les tags. Les événements passés ne peuvent pas être restaurés.</translation>
    </message>
    <message>
        <source>The identify form is filled: review it and send it. Past events cannot be restored.</source>
        <translation>Le formulaire Identifier est rempli&#xa0;: relisez-le et envoyez-le. Les événements passés ne peuvent pas être restaurés.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n requête exportée vers %1.</numerusform>
            <numerusform>%n requêtes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is already empty.</source>
        <translation>L’historique est déjà vide.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n request(s) from the history on this computer?</source>
        <translation>
            <numerusform>Retirer la requête (%n) de l’historique de cet ordinateur&#x202f;?</numerusform>
            <numerusform>Retirer les %n requêtes de l’historique de cet ordinateur&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>This clears every request, not only the ones the filters show.</source>
        <translation>Cela efface toutes les requêtes, pas seulement celles qu’affichent les filtres.</translation>
    </message>
    <message>
        <source>The Track API cannot read users back, so this history is the only record of what was sent. Export it first if you may need it. This cannot be undone.</source>
        <translation>La Track API ne permet pas de relire les utilisateurs&#xa0;: cet historique est donc la seule trace de ce qui a été envoyé. Exportez-le d’abord si vous pouvez en avoir besoin. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n request(s) from the history.</source>
        <translation>
            <numerusform>%n requête retirée de l’historique.</numerusform>
            <numerusform>%n requêtes retirées de l’historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make current user</source>
        <translation>Définir comme utilisateur actuel</translation>
    </message>
    <message>
        <source>Fill every form with this request&apos;s user id and email</source>
        <translation>Remplir tous les formulaires avec l’identifiant et l’e-mail de l’utilisateur de cette requête</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Already undone: %1 on %2.</source>
        <translation>Effet déjà annulé&#xa0;: %1 le %2.</translation>
    </message>
    <message>
        <source>Copied a curl command for the running sandbox, with its token.</source>
        <translation>Commande curl copiée pour la sandbox en cours d’exécution, avec son jeton.</translation>
    </message>
    <message>
        <source>Clearing history…</source>
        <translation>Effacement de l’historique…</translation>
    </message>
</context>
<context>
    <name>HistoryDamageRecovery</name>
    <message>
        <source>%1; the integrity check found: %2</source>
        <translation>%1&#x202f;; la vérification d’intégrité a trouvé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>a folder is where the file should be</source>
        <translation>un dossier se trouve à la place du fichier</translation>
    </message>
    <message>
        <source>%1; the integrity check found: %2</source>
        <translation>%1&#x202f;; la vérification d’intégrité a trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>it was written by an older version and cannot be read without being updated</source>
        <translation>il a été écrit par une version plus ancienne et ne peut pas être lu sans mise à jour</translation>
    </message>
</context>
<context>
    <name>HistoryDetailView</name>
    <message>
        <source>Request details</source>
        <translation>Détails de la requête</translation>
    </message>
    <message>
        <source>Select a request to see what was sent and what came back.</source>
        <translation>Sélectionnez une requête pour voir ce qui a été envoyé et ce qui est revenu.</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Requête et réponse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>l’application</translation>
    </message>
    <message>
        <source>veroctl</source>
        <translation>veroctl</translation>
    </message>
    <message>
        <source>a bulk run</source>
        <translation>un traitement par lot</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, workspace %2, sent by %3 from %4</source>
        <translation>%1, espace de travail %2, envoyé par %3 depuis %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>No reply was recorded. The request went out; if the app stopped before the reply came, the service may still have applied it.</source>
        <translation>Aucune réponse n’a été enregistrée. La requête est partie&#x202f;; si l’application s’est arrêtée avant la réponse, le service l’a peut-être quand même appliquée.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No answer came, but the request may have reached the service and been applied. Check the user before sending it again.</source>
        <translation>Aucune réponse n’est arrivée, mais la requête a peut-être atteint le service et été appliquée. Vérifiez l’utilisateur avant de la renvoyer.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(corps vide)</translation>
    </message>
    <message>
        <source>[Only the first %1 are kept: the reply was %2.]</source>
        <translation>[Seuls les %1 premiers sont conservés&#xa0;: la réponse faisait %2.]</translation>
    </message>
    <message>
        <source>The request as it went over the wire, with the credential hidden</source>
        <translation>La requête telle qu’elle est partie sur le réseau, clé d’accès masquée</translation>
    </message>
    <message>
        <source>The status and the body the service answered with</source>
        <translation>Le statut et le corps de la réponse du service</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>Request history</source>
        <translation>Historique des requêtes</translation>
    </message>
    <message>
        <source>History &amp;retention…</source>
        <translation>&amp;Conservation de l’historique…</translation>
    </message>
    <message>
        <source>Request &amp;history</source>
        <translation>&amp;Historique des requêtes</translation>
    </message>
    <message>
        <source>Choose how much request history to keep on this computer.</source>
        <translation>Choisissez quelle part de l’historique des requêtes conserver sur cet ordinateur.</translation>
    </message>
    <message>
        <source>History retention unchanged, nothing removed: %1</source>
        <translation>Conservation de l’historique inchangée, rien n’a été retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>History retention: %1. Nothing to remove now.</source>
        <translation>Conservation de l’historique&#xa0;: %1. Rien à retirer pour l’instant.</translation>
    </message>
    <message>
        <source>Remove requests from the history?</source>
        <translation>Retirer des requêtes de l’historique&#x202f;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removes %2.</source>
        <translation>«&#xa0;%1&#xa0;» retire %2.</translation>
    </message>
    <message numerus="yes">
        <source>Among them are %n recorded user deletion(s): once they are gone, the app no longer warns before such a user is recreated, and the user&apos;s trail can no longer be restored.</source>
        <translation>
            <numerusform>Parmi elles figure %n suppression d’utilisateur enregistrée&#xa0;: une fois retirée, l’application n’avertit plus avant que cet utilisateur soit recréé, et sa trace ne peut plus être restaurée.</numerusform>
            <numerusform>Parmi elles figurent %n suppressions d’utilisateurs enregistrées&#xa0;: une fois retirées, l’application n’avertit plus avant qu’un tel utilisateur soit recréé, et sa trace ne peut plus être restaurée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Track API cannot read users back: the history is the only record of what was sent, and removed requests cannot be brought back. Requests recorded after this question are kept.</source>
        <translation>La Track API ne permet pas de relire les utilisateurs&#xa0;: l’historique est la seule trace de ce qui a été envoyé, et les requêtes retirées ne peuvent pas être récupérées. Les requêtes enregistrées après cette question sont conservées.</translation>
    </message>
    <message>
        <source>Export them, then remove…</source>
        <translation>Les exporter, puis retirer…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n request(s)</source>
        <translation>
            <numerusform>Retirer %n requête</numerusform>
            <numerusform>Retirer %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>History retention unchanged; nothing was removed.</source>
        <translation>Conservation de l’historique inchangée&#x202f;; rien n’a été retiré.</translation>
    </message>
    <message numerus="yes">
        <source>History retention: %1. Removing %n request(s).</source>
        <translation>
            <numerusform>Conservation de l’historique&#xa0;: %1. Retrait de %n requête.</numerusform>
            <numerusform>Conservation de l’historique&#xa0;: %1. Retrait de %n requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the requests to remove</source>
        <translation>Exporter les requêtes à retirer</translation>
    </message>
    <message>
        <source>Export cancelled: history retention unchanged, nothing was removed.</source>
        <translation>Export annulé&#xa0;: conservation de l’historique inchangée, rien n’a été retiré.</translation>
    </message>
    <message>
        <source>%1 History retention unchanged, nothing was removed.</source>
        <translation>%1 Conservation de l’historique inchangée, rien n’a été retiré.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n requête exportée vers %1.</numerusform>
            <numerusform>%n requêtes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>L’historique n’a pas pu être exporté vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filters</source>
        <translation>Filtres de l’historique</translation>
    </message>
    <message>
        <source>Only requests sent to this workspace (it follows the workspace you switch to)</source>
        <translation>Seulement les requêtes envoyées à cet espace de travail (suit l’espace de travail choisi)</translation>
    </message>
    <message>
        <source>Filter by workspace</source>
        <translation>Filtrer par espace de travail</translation>
    </message>
    <message>
        <source>Show the requests of every workspace</source>
        <translation>Afficher les requêtes de tous les espaces de travail</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Tous les espaces de travail</translation>
    </message>
    <message>
        <source>Only requests about this user: an exact user id (also an alias&apos; new id) or email address</source>
        <translation>Seulement les requêtes concernant cet utilisateur&#xa0;: un identifiant exact (y compris le nouvel identifiant d’un alias) ou une adresse e-mail</translation>
    </message>
    <message>
        <source>Filter by user id or email</source>
        <translation>Filtrer par identifiant ou e-mail</translation>
    </message>
    <message>
        <source>User id or email</source>
        <translation>Identifiant ou e-mail</translation>
    </message>
    <message>
        <source>Show everything sent about this user, oldest first</source>
        <translation>Afficher tout ce qui a été envoyé sur cet utilisateur, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Show the user&apos;s timeline</source>
        <translation>Afficher la chronologie de l’utilisateur</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Only requests containing this text in the URL, bodies, messages, errors, workspace or operator</source>
        <translation>Seulement les requêtes contenant ce texte dans l’URL, les corps, les messages, les erreurs, l’espace de travail ou l’opérateur</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrer par texte</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Only requests of this operation</source>
        <translation>Seulement les requêtes de cette opération</translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation>Filtrer par opération</translation>
    </message>
    <message>
        <source>Only requests with this outcome</source>
        <translation>Seulement les requêtes avec ce résultat</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Only requests sent between these two dates (both included)</source>
        <translation>Seulement les requêtes envoyées entre ces deux dates (incluses)</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Show every request of the current workspace again</source>
        <translation>Réafficher toutes les requêtes de l’espace de travail actuel</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Toutes les opérations</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Accepted by the service (2xx)</source>
        <translation>Acceptée par le service (2xx)</translation>
    </message>
    <message>
        <source>Refused by the service (4xx): bad data or credential</source>
        <translation>Refusée par le service (4xx)&#xa0;: données ou clé d’accès incorrectes</translation>
    </message>
    <message>
        <source>No usable answer: connection refused, server not found, 5xx, or never sent</source>
        <translation>Aucune réponse exploitable&#xa0;: connexion refusée, serveur introuvable, 5xx, ou jamais envoyée</translation>
    </message>
    <message>
        <source>Sent, no reply recorded</source>
        <translation>Envoyée, aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>No answer after the request may have arrived (timeout, dropped connection): it may have been applied</source>
        <translation>Pas de réponse alors que la requête est peut-être arrivée (délai dépassé, connexion coupée)&#xa0;: elle a peut-être été appliquée</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the answer: it may have reached the service</source>
        <translation>Annulée pendant l’attente de la réponse&#xa0;: elle a peut-être atteint le service</translation>
    </message>
    <message>
        <source>Clear: %1</source>
        <translation>Effacer&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no workspace recorded)</source>
        <translation>(aucun espace de travail enregistré)</translation>
    </message>
    <message>
        <source>Only the requests of one bulk run (the job id veroctl and the Bulk run window show)</source>
        <translation>Seulement les requêtes d’un traitement par lot (l’identifiant de tâche qu’affichent veroctl et la fenêtre de traitement par lot)</translation>
    </message>
    <message>
        <source>Filter by bulk job</source>
        <translation>Filtrer par tâche</translation>
    </message>
    <message>
        <source>Any bulk job</source>
        <translation>Toutes les tâches</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled while waiting; it may have reached the service</source>
        <translation>Annulée pendant l’attente&#x202f;; elle a peut-être atteint le service</translation>
    </message>
    <message>
        <source>Unknown outcome, may have been applied: %1</source>
        <translation>Résultat inconnu, peut-être appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no workspace recorded)</source>
        <translation>(aucun espace de travail enregistré)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>another program is using the history</source>
        <translation>un autre programme utilise l’historique</translation>
    </message>
    <message>
        <source>the disk reported an error reading or writing it</source>
        <translation>le disque a signalé une erreur de lecture ou d’écriture</translation>
    </message>
    <message>
        <source>it cannot be used</source>
        <translation>il est inutilisable</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Vero Admin and cannot be shown.</source>
        <translation>%1 a été écrit par une version plus récente de Vero Admin et ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>%1 is too damaged to be read (%2). Nothing of it can be shown.</source>
        <translation>%1 est trop endommagé pour être lu (%2). Rien ne peut en être affiché.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 (%3).</source>
        <translation>Impossible de lire %1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new, empty history was started.</source>
        <translation>Le fichier d’historique était endommagé (%1). Il a été déplacé vers %2 et un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used now: %2 (%3). It is left as it is.</source>
        <translation>Le fichier d’historique %1 est inutilisable pour le moment&#xa0;: %2 (%3). Il est laissé tel quel.</translation>
    </message>
    <message>
        <source>This session&apos;s requests are kept in memory; the file is tried again with the next request, and they are written to it once it works.</source>
        <translation>Les requêtes de cette session sont gardées en mémoire&#x202f;; le fichier est réessayé à la prochaine requête, et elles y sont écrites dès qu’il fonctionne.</translation>
    </message>
    <message>
        <source>This session&apos;s requests are kept in memory only.</source>
        <translation>Les requêtes de cette session sont gardées en mémoire uniquement.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Vero Admin and is left untouched. This session&apos;s requests are kept in memory only.</source>
        <translation>Le fichier d’historique %1 a été écrit par une version plus récente de Vero Admin et n’est pas modifié. Les requêtes de cette session sont gardées en mémoire uniquement.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (%2) and could not be moved aside. This session&apos;s requests are kept in memory only.</source>
        <translation>Le fichier d’historique %1 est endommagé (%2) et n’a pas pu être mis de côté. Les requêtes de cette session sont gardées en mémoire uniquement.</translation>
    </message>
    <message>
        <source>A new history file could not be created at %1 (%2). This session&apos;s requests are kept in memory only.</source>
        <translation>Impossible de créer un nouveau fichier d’historique dans %1 (%2). Les requêtes de cette session sont gardées en mémoire uniquement.</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation>Le fichier endommagé a été déplacé vers %1.</translation>
    </message>
    <message>
        <source>History is not available: %1</source>
        <translation>L’historique n’est pas disponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Request history</source>
        <translation>Historique des requêtes</translation>
    </message>
    <message>
        <source>Back to all requests</source>
        <translation>Retour à toutes les requêtes</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les requêtes</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Requêtes envoyées</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>Actions sur l’historique</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Restore a deleted user, export, clear the history</source>
        <translation>Restaurer un utilisateur supprimé, exporter, effacer l’historique</translation>
    </message>
    <message>
        <source>More history actions</source>
        <translation>Autres actions sur l’historique</translation>
    </message>
    <message>
        <source>Type a user id or email first, then show the timeline.</source>
        <translation>Saisissez d’abord un identifiant ou un e-mail, puis affichez la chronologie.</translation>
    </message>
    <message>
        <source>Everything sent about %1 to %2, oldest first.</source>
        <translation>Tout ce qui a été envoyé sur %1 à %2, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>Everything sent about %1, oldest first.</source>
        <translation>Tout ce qui a été envoyé sur %1, du plus ancien au plus récent.</translation>
    </message>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation>
            <numerusform>%n+ requête</numerusform>
            <numerusform>%n+ requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Autres actions de la barre d’outils</translation>
    </message>
    <message>
        <source>The history actions that do not fit in the toolbar</source>
        <translation>Les actions sur l’historique qui ne tiennent pas dans la barre d’outils</translation>
    </message>
    <message>
        <source>Leaves this user&apos;s timeline and lists every request again</source>
        <translation>Quitte la chronologie de cet utilisateur et liste de nouveau toutes les requêtes</translation>
    </message>
    <message>
        <source>The requests sent from this computer; the selected one is shown in full below</source>
        <translation>Les requêtes envoyées depuis cet ordinateur&#x202f;; celle qui est sélectionnée est affichée en entier ci-dessous</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>HistoryRetention</name>
    <message>
        <source>no recorded workspace</source>
        <translation>aucun espace de travail enregistré</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n from %1 (%2)</source>
        <translation>
            <numerusform>%n de %1 (%2)</numerusform>
            <numerusform>%n de %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) now: %1</source>
        <translation>
            <numerusform>%n requête maintenant&#xa0;: %1</numerusform>
            <numerusform>%n requêtes maintenant&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRetentionDialog</name>
    <message>
        <source>History retention</source>
        <translation>Conservation de l’historique</translation>
    </message>
    <message>
        <source>The request history is the only record of what was sent about each user. Older requests can be removed automatically, counted in each workspace on its own: sandbox traffic never pushes out production requests. Before anything is removed you see how many requests go, from which dates and workspaces, and can export them first.</source>
        <translation>L’historique des requêtes est la seule trace de ce qui a été envoyé sur chaque utilisateur. Les requêtes anciennes peuvent être retirées automatiquement, comptées séparément dans chaque espace de travail&#xa0;: le trafic de la sandbox n’évince jamais les requêtes de production. Avant tout retrait, vous voyez combien de requêtes partent, de quelles dates et de quels espaces de travail, et pouvez d’abord les exporter.</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Tout conserver</translation>
    </message>
    <message>
        <source>Keep &amp;everything</source>
        <translation>&amp;Tout conserver</translation>
    </message>
    <message>
        <source>Keep requests for a number of days</source>
        <translation>Conserver les requêtes pendant un nombre de jours</translation>
    </message>
    <message>
        <source>Days of history to keep in each workspace</source>
        <translation>Jours d’historique à conserver dans chaque espace de travail</translation>
    </message>
    <message>
        <source> days in each workspace</source>
        <translation> jours dans chaque espace de travail</translation>
    </message>
    <message>
        <source>Keep a number of requests</source>
        <translation>Conserver un nombre de requêtes</translation>
    </message>
    <message>
        <source>Number of requests to keep in each workspace</source>
        <translation>Nombre de requêtes à conserver dans chaque espace de travail</translation>
    </message>
    <message>
        <source> requests per workspace</source>
        <translation> requêtes les plus récentes par espace de travail</translation>
    </message>
    <message>
        <source>The history keeps every request until you clear it</source>
        <translation>L’historique garde chaque requête jusqu’à ce que vous le vidiez</translation>
    </message>
    <message>
        <source>Requests older than the number of days given are removed</source>
        <translation>Les requêtes plus anciennes que le nombre de jours indiqué sont retirées</translation>
    </message>
    <message>
        <source>Keep requests for the &amp;last</source>
        <translation>Conserver les requêtes des &amp;derniers</translation>
    </message>
    <message>
        <source>How many days of requests each workspace keeps</source>
        <translation>Combien de jours de requêtes chaque espace de travail garde</translation>
    </message>
    <message>
        <source>Only the newest requests are kept, as many as given</source>
        <translation>Seules les requêtes les plus récentes sont gardées, autant qu’indiqué</translation>
    </message>
    <message>
        <source>Keep only the &amp;newest</source>
        <translation>&amp;Ne conserver que les</translation>
    </message>
    <message>
        <source>How many of its newest requests each workspace keeps</source>
        <translation>Combien de ses requêtes les plus récentes chaque espace de travail garde</translation>
    </message>
    <message>
        <source>Apply the retention</source>
        <translation>Appliquer la conservation</translation>
    </message>
    <message>
        <source>Requests beyond what is kept are removed after a question</source>
        <translation>Les requêtes au-delà de ce qui est conservé sont retirées après confirmation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes this window; the history is not changed</source>
        <translation>Ferme cette fenêtre&#x202f;; l’historique n’est pas modifié</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 works again and is used from now on; %n request(s) kept in memory meanwhile were written to it.</source>
        <translation>
            <numerusform>Le fichier d’historique %1 fonctionne à nouveau et est utilisé désormais&#x202f;; %n requête gardée en mémoire entre-temps y a été écrite.</numerusform>
            <numerusform>Le fichier d’historique %1 fonctionne à nouveau et est utilisé désormais&#x202f;; %n requêtes gardées en mémoire entre-temps y ont été écrites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) kept in memory could not be written and are lost.</source>
        <translation>
            <numerusform>%n requête gardée en mémoire n’a pas pu être écrite et est perdue.</numerusform>
            <numerusform>%n requêtes gardées en mémoire n’ont pas pu être écrites et sont perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file %1 could not be read: %2</source>
        <translation>Le fichier d’historique %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written to the history file %2: %3</source>
        <translation>%1 n’a pas pu être écrit dans le fichier d’historique %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 could not be written to the history file %2: %3 (%4). It is not kept in the history; the file is left as it is and tried again with the next request.</source>
        <translation>%1 n’a pas pu être écrit dans le fichier d’historique %2&#xa0;: %3 (%4). Il n’est pas conservé dans l’historique&#x202f;; le fichier est laissé tel quel et réessayé à la prochaine requête.</translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 can be written again. %n earlier write(s) failed and are not in it.</source>
        <translation>
            <numerusform>Le fichier d’historique %1 peut de nouveau être écrit. %n écriture antérieure a échoué et n’y figure pas.</numerusform>
            <numerusform>Le fichier d’historique %1 peut de nouveau être écrit. %n écritures antérieures ont échoué et n’y figurent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request to %1</source>
        <translation>La requête vers %1</translation>
    </message>
    <message>
        <source>The reply to request %1</source>
        <translation>La réponse à la requête %1</translation>
    </message>
    <message>
        <source>The reply to request %1 could not be recorded: its history row is gone (history cleared or replaced while the request was under way).</source>
        <translation>La réponse à la requête %1 n’a pas pu être enregistrée&#xa0;: sa ligne d’historique a disparu (historique effacé ou remplacé pendant que la requête était en cours).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>L’historique n’a pas pu être effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>another program is reading the file</source>
        <translation>un autre programme lit le fichier</translation>
    </message>
    <message>
        <source>The requests were removed from the history, but the history file %1 could not be compacted (%2): their text may still be on the disk.</source>
        <translation>Les requêtes ont été retirées de l’historique, mais le fichier d’historique %1 n’a pas pu être compacté (%2)&#xa0;: leur texte est peut-être encore sur le disque.</translation>
    </message>
    <message>
        <source>The history is already being cleared.</source>
        <translation>L’historique est déjà en cours d’effacement.</translation>
    </message>
    <message>
        <source>The history could not be cleared: old requests are being removed. Try again in a moment.</source>
        <translation>L’historique n’a pas pu être effacé&#xa0;: d’anciennes requêtes sont en cours de suppression. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This vero-sandbox uses a libmicrohttpd built without TLS: it cannot serve HTTPS (--tls-cert).</source>
        <translation>Ce vero-sandbox utilise une libmicrohttpd compilée sans TLS&#xa0;: il ne peut pas servir en HTTPS (--tls-cert).</translation>
    </message>
    <message>
        <source>The HTTPS server could not start: GnuTLS refused the certificate or the key.</source>
        <translation>Le serveur HTTPS n’a pas pu démarrer&#xa0;: GnuTLS a refusé le certificat ou la clé.</translation>
    </message>
    <message>
        <source>The HTTP server could not start on %1.</source>
        <translation>Le serveur HTTP n’a pas pu démarrer sur %1.</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <source>--channel expects type,address,platform (got &quot;%1&quot;).</source>
        <translation>--channel attend type,address,platform (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>IdentifyForm</name>
    <message>
        <source>Identify a user</source>
        <translation>Identifier un utilisateur</translation>
    </message>
    <message>
        <source>Creates the user, or updates the user with this id (POST users/track). Give an id, an email, or both; with only an email, Vero uses the email as the id.</source>
        <translation>Crée l’utilisateur, ou met à jour l’utilisateur ayant cet identifiant (POST users/track). Indiquez un identifiant, un e-mail, ou les deux&#x202f;; avec un e-mail seul, Vero utilise l’e-mail comme identifiant.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Identifiant de l’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>L’identifiant donné à l’utilisateur dans Vero, p. ex. 1234</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>p. ex. ada@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Numéro de &amp;téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>e.g. +61 400 000 000</source>
        <translation>p. ex. +33 6 00 00 00 00</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Canaux&#xa0;:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Device tokens for push messages. Rows left empty are not sent.</source>
        <translation>Jetons d’appareil pour les notifications push. Les lignes laissées vides ne sont pas envoyées.</translation>
    </message>
    <message>
        <source>P&amp;roperties:</source>
        <translation>P&amp;ropriétés&#xa0;:</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>Propriétés personnalisées</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nouveau&#xa0;: vider le formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send identify</source>
        <translation>Envoyer l’identification</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation>L’identifiant que vous avez donné à l’utilisateur dans Vero&#x202f;; l’identifiant ou l’e-mail suffit</translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation>L’adresse e-mail de l’utilisateur&#x202f;; l’identifiant ou l’e-mail suffit</translation>
    </message>
    <message>
        <source>The user&apos;s mobile number with its country code, for text messages</source>
        <translation>Le numéro de mobile de l’utilisateur avec son indicatif de pays, pour les SMS</translation>
    </message>
</context>
<context>
    <name>InspectionApi</name>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Not found: %1 does not take %2.</source>
        <translation>Introuvable&#xa0;: %1 n’accepte pas %2.</translation>
    </message>
    <message>
        <source>Unauthorized: the sandbox&apos;s own pages need one of its tokens, sent as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Non autorisé&#xa0;: les pages propres à la sandbox exigent l’un de ses jetons, envoyé sous la forme &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <source>Unauthorized: send the token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Non autorisé&#xa0;: envoyez le jeton sous la forme &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <source>Unauthorized: the Bearer token is not one of the sandbox&apos;s tokens.</source>
        <translation>Non autorisé&#xa0;: le jeton Bearer ne fait pas partie des jetons de la sandbox.</translation>
    </message>
    <message>
        <source>Not found: there is no sandbox page %1.</source>
        <translation>Introuvable&#xa0;: il n’y a pas de page de sandbox %1.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’utilisateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>limit must be a whole number of requests, 0 (all) or more (got &quot;%1&quot;).</source>
        <translation>limit doit être un nombre entier de requêtes, 0 (toutes) ou plus (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The sandbox was reset: no users, events or logged requests.</source>
        <translation>La sandbox a été réinitialisée&#xa0;: aucun utilisateur, événement ni requête journalisée.</translation>
    </message>
    <message>
        <source>Give advance_seconds or offset_seconds as a number.</source>
        <translation>Indiquez advance_seconds ou offset_seconds sous forme de nombre.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds that keeps the sandbox&apos;s clock within %2 seconds (about 100 years) of the real time; the offset is now %3.</source>
        <translation>%1 doit être un nombre entier de secondes qui maintient l’horloge de la sandbox à moins de %2 secondes (environ 100 ans) de l’heure réelle&#x202f;; le décalage est maintenant de %3.</translation>
    </message>
</context>
<context>
    <name>InterruptedBulkJobBanner</name>
    <message>
        <source>Interrupted bulk run</source>
        <translation>Traitement par lot interrompu</translation>
    </message>
    <message>
        <source>Open the interrupted bulk run to resume it</source>
        <translation>Ouvrir le traitement par lot interrompu pour le reprendre</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <source>Hide the interrupted bulk run notice</source>
        <translation>Masquer l’avis sur le traitement par lot interrompu</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Open the bulk run window with job %1 chosen; nothing is sent until you press Resume there.</source>
        <translation>Ouvrir la fenêtre de traitement par lot avec la tâche %1 choisie&#x202f;; rien n’est envoyé avant que vous y cliquiez sur Reprendre.</translation>
    </message>
    <message>
        <source>Hides this notice; the job can still be resumed in the bulk run window</source>
        <translation>Masque cet avis&#x202f;; la tâche peut toujours être reprise dans la fenêtre du traitement par lot</translation>
    </message>
    <message numerus="yes">
        <source>A bulk run on %1 stopped before its last row: %Ln row(s) of %2 in %3 (%4) not sent yet. Job %5.</source>
        <translation>
            <numerusform>Un traitement par lot sur %1 s’est arrêté avant sa dernière ligne&#xa0;: %Ln ligne sur %2 de %3 (%4) n’est pas encore envoyée. Tâche %5.</numerusform>
            <numerusform>Un traitement par lot sur %1 s’est arrêté avant sa dernière ligne&#xa0;: %Ln lignes sur %2 de %3 (%4) ne sont pas encore envoyées. Tâche %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the bulk run window with the job chosen; nothing is sent until you press Resume there</source>
        <translation>Ouvre la fenêtre du traitement par lot avec la tâche choisie&#x202f;; rien n’est envoyé avant que vous y appuyiez sur Reprendre</translation>
    </message>
</context>
<context>
    <name>InverseOperation</name>
    <message>
        <source>The Track API cannot read a user&apos;s earlier properties, so this cannot be undone.</source>
        <translation>La Track API ne permet pas de lire les propriétés antérieures d’un utilisateur&#xa0;: cette action ne peut donc pas être annulée.</translation>
    </message>
    <message>
        <source>A deletion cannot be undone. &quot;Restore deleted user&quot; rebuilds the user&apos;s last known properties and tags from the history for review.</source>
        <translation>Une suppression ne peut pas être annulée. «&#xa0;Restaurer l’utilisateur supprimé&#xa0;» reconstitue, pour relecture, les dernières propriétés et les derniers tags connus de l’utilisateur à partir de l’historique.</translation>
    </message>
    <message>
        <source>The Track API has no way to remove an event once it is tracked.</source>
        <translation>La Track API ne permet pas de retirer un événement une fois enregistré.</translation>
    </message>
    <message>
        <source>A connection test changes nothing, so there is nothing to undo.</source>
        <translation>Un test de connexion ne change rien&#xa0;: il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>The service refused this request, so it changed nothing to undo.</source>
        <translation>Le service a refusé cette requête&#xa0;: elle n’a rien changé qui soit à annuler.</translation>
    </message>
    <message>
        <source>This request was never sent, so it changed nothing to undo.</source>
        <translation>Cette requête n’a jamais été envoyée&#xa0;: elle n’a rien changé qui soit à annuler.</translation>
    </message>
    <message>
        <source>This request changed nothing that could be undone.</source>
        <translation>Cette requête n’a rien changé qui puisse être annulé.</translation>
    </message>
    <message>
        <source>Removes the tags this request added and adds back the ones it removed. A tag the user already had before this request is removed too.</source>
        <translation>Retire les tags ajoutés par cette requête et rajoute ceux qu’elle a retirés. Un tag que l’utilisateur avait déjà avant cette requête est aussi retiré.</translation>
    </message>
    <message>
        <source>Resubscribes the user this request unsubscribed.</source>
        <translation>Réabonne l’utilisateur que cette requête a désabonné.</translation>
    </message>
    <message>
        <source>Unsubscribes the user this request resubscribed.</source>
        <translation>Désabonne l’utilisateur que cette requête a réabonné.</translation>
    </message>
    <message>
        <source>Moves the user from &quot;%1&quot; back to &quot;%2&quot;. If &quot;%1&quot; already existed before the alias, Vero merged the two users and the merge cannot be split.</source>
        <translation>Ramène l’utilisateur de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;». Si «&#xa0;%1&#xa0;» existait déjà avant l’alias, Vero a fusionné les deux utilisateurs et la fusion ne peut pas être défaite.</translation>
    </message>
    <message>
        <source>No accepted reply was recorded for this request: it may not have been applied.</source>
        <translation>Aucune réponse d’acceptation n’a été enregistrée pour cette requête&#xa0;: elle n’a peut-être pas été appliquée.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of the window. Those of a panel (&quot;in Request history&quot;) work while that panel has the keyboard focus.</source>
        <translation>Tous les raccourcis de la fenêtre. Ceux d’un panneau («&#xa0;dans Historique des requêtes&#xa0;») fonctionnent quand ce panneau a le focus clavier.</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>Fermer la liste des raccourcis</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>where the focus is</source>
        <translation>là où se trouve le focus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Each action of the main window with its keyboard shortcut</source>
        <translation>Chaque action de la fenêtre principale avec son raccourci clavier</translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation>Revient à la fenêtre principale</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Vero Admin will use %1 the next time it starts.</source>
        <translation>Vero Admin utilisera %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LastResultLabel</name>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Envoi de %1 à %2…</translation>
    </message>
    <message>
        <source>cancelled while waiting; it may have reached the service and been applied</source>
        <translation>annulée pendant l’attente&#x202f;; elle a peut-être atteint le service et été appliquée</translation>
    </message>
    <message>
        <source>outcome unknown, it may have been applied (check before sending again): %1</source>
        <translation>résultat inconnu, elle a peut-être été appliquée (vérifiez avant de renvoyer)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Earlier request, to %1: %2</source>
        <translation>Requête précédente, vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation>Dernier résultat&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vero Admin</source>
        <translation>Vero Admin</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>The operation to send; Ctrl+1 to Ctrl+8 switch between them.</source>
        <translation>L’opération à envoyer&#x202f;; Ctrl+1 à Ctrl+8 permettent de passer de l’une à l’autre.</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>&amp;Opération</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Workspace toolbar</source>
        <translation>Barre d’outils de l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Manage workspaces…</source>
        <translation>&amp;Gérer les espaces de travail…</translation>
    </message>
    <message>
        <source>Add, edit or remove workspaces and set their credentials</source>
        <translation>Ajouter, modifier ou retirer des espaces de travail et définir leurs clés d’accès</translation>
    </message>
    <message>
        <source>&amp;Restart sandbox</source>
        <translation>&amp;Redémarrer la sandbox</translation>
    </message>
    <message>
        <source>Stop and start the local sandbox server (its users and events are kept)</source>
        <translation>Arrêter et démarrer le serveur sandbox local (ses utilisateurs et événements sont conservés)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the current form (Ctrl+Return)</source>
        <translation>Envoyer le formulaire actuel (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;New (empty the form)</source>
        <translation>&amp;Nouveau (vider le formulaire)</translation>
    </message>
    <message>
        <source>Empty every field of the current form (Ctrl+N)</source>
        <translation>Vider tous les champs du formulaire actuel (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Go to &amp;user id</source>
        <translation>Aller à l’identifiant de l’&amp;utilisateur</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;About Vero Admin</source>
        <translation>À &amp;propos de Vero Admin</translation>
    </message>
    <message>
        <source>Unsubscribe / Resubscribe</source>
        <translation>Désabonner / Réabonner</translation>
    </message>
    <message>
        <source>Review the request, then press Send (Ctrl+Return) to send it again.</source>
        <translation>Relisez la requête, puis cliquez sur Envoyer (Ctrl+Entrée) pour la renvoyer.</translation>
    </message>
    <message>
        <source>History of this &amp;user</source>
        <translation>Historique de cet &amp;utilisateur</translation>
    </message>
    <message>
        <source>Show everything sent about the user in the current form, oldest first.</source>
        <translation>Afficher tout ce qui a été envoyé sur l’utilisateur du formulaire actuel, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>&amp;Bulk run from CSV…</source>
        <translation>&amp;Traitement par lot depuis un CSV…</translation>
    </message>
    <message>
        <source>Run one operation for every row of a CSV file on the current workspace.</source>
        <translation>Exécuter une opération pour chaque ligne d’un fichier CSV sur l’espace de travail actuel.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Type a user id in the form first, then ask for its history.</source>
        <translation>Saisissez d’abord un identifiant d’utilisateur dans le formulaire, puis demandez son historique.</translation>
    </message>
    <message>
        <source>%1 opened in its form; nothing was sent.</source>
        <translation>%1 ouvert dans son formulaire&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>Unsent input from last time is back in: %1. Nothing was sent.</source>
        <translation>La saisie non envoyée de la dernière fois est revenue&#xa0;: %1. Rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>MovedHistoryBanner</name>
    <message>
        <source>Damaged history moved aside</source>
        <translation>Historique endommagé mis de côté</translation>
    </message>
    <message>
        <source>Open the moved history read-only</source>
        <translation>Ouvrir l’historique déplacé en lecture seule</translation>
    </message>
    <message>
        <source>Open moved history…</source>
        <translation>Ouvrir l’historique déplacé…</translation>
    </message>
    <message>
        <source>Dismiss the moved history notice</source>
        <translation>Masquer l’avis sur l’historique déplacé</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The history file was damaged and was moved to %1. A new, empty history was started. Open the moved file to search and export what can still be read of it.</source>
        <translation>Le fichier d’historique était endommagé et a été déplacé vers %1. Un nouvel historique vide a été commencé. Ouvrez le fichier déplacé pour rechercher et exporter ce qui peut encore en être lu.</translation>
    </message>
    <message>
        <source>Open %1 read-only</source>
        <translation>Ouvrir %1 en lecture seule</translation>
    </message>
    <message>
        <source>Hides this notice; the moved file stays where it is</source>
        <translation>Masque cet avis&#x202f;; le fichier déplacé reste où il est</translation>
    </message>
    <message>
        <source>Opens the moved history file in a window of its own, to read or export it</source>
        <translation>Ouvre le fichier d’historique déplacé dans une fenêtre à part, pour le lire ou l’exporter</translation>
    </message>
</context>
<context>
    <name>MovedHistoryWindow</name>
    <message>
        <source>Moved history, read-only</source>
        <translation>Historique déplacé, en lecture seule</translation>
    </message>
    <message>
        <source>Requests in the moved history</source>
        <translation>Requêtes de l’historique déplacé</translation>
    </message>
    <message>
        <source>Export the rows the filters match</source>
        <translation>Exporter les lignes correspondant aux filtres</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Close the moved history</source>
        <translation>Fermer l’historique déplacé</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Moved history (read-only): %1</source>
        <translation>Historique déplacé (lecture seule)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, opened read-only: search and export its requests here. Nothing is sent from this window, and the file is not changed.</source>
        <translation>%1, ouvert en lecture seule&#xa0;: recherchez et exportez ses requêtes ici. Rien n’est envoyé depuis cette fenêtre, et le fichier n’est pas modifié.</translation>
    </message>
    <message>
        <source>Search the moved history</source>
        <translation>Rechercher dans l’historique déplacé</translation>
    </message>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation>
            <numerusform>%n+ requête</numerusform>
            <numerusform>%n+ requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of this file cannot be read, so these filters may show fewer requests than it holds (%1).</source>
        <translation>Une partie de ce fichier est illisible&#xa0;: ces filtres peuvent donc afficher moins de requêtes qu’il n’en contient (%1).</translation>
    </message>
    <message>
        <source>Export moved history</source>
        <translation>Exporter l’historique déplacé</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n requête exportée vers %1.</numerusform>
            <numerusform>%n requêtes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests in the moved history file, read-only</source>
        <translation>Les requêtes du fichier d’historique déplacé, en lecture seule</translation>
    </message>
    <message>
        <source>Saves the rows the filters match to a file</source>
        <translation>Enregistre dans un fichier les lignes retenues par les filtres</translation>
    </message>
    <message>
        <source>Closes this window; the moved file is not changed</source>
        <translation>Ferme cette fenêtre&#x202f;; le fichier déplacé n’est pas modifié</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Edit properties</source>
        <translation>Modifier les propriétés</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Désabonner</translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation>Réabonner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Track event</source>
        <translation>Enregistrer un événement</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PerUserFields</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <source>the channels</source>
        <translation>les canaux</translation>
    </message>
    <message>
        <source>the event data</source>
        <translation>les données de l’événement</translation>
    </message>
    <message>
        <source>the properties</source>
        <translation>les propriétés</translation>
    </message>
    <message>
        <source>the property changes</source>
        <translation>les modifications des propriétés</translation>
    </message>
    <message>
        <source>the event extras</source>
        <translation>les extras de l’événement</translation>
    </message>
    <message>
        <source>the tags</source>
        <translation>les tags</translation>
    </message>
    <message>
        <source>%1 below was filled for %2, not for %3.</source>
        <translation>%1 ci-dessous a été rempli pour %2, pas pour %3.</translation>
    </message>
    <message>
        <source>%1 below was entered for %2, not for %3.</source>
        <translation>%1 ci-dessous a été saisi pour %2, pas pour %3.</translation>
    </message>
    <message>
        <source>%1 below were filled for %2, not for %3.</source>
        <translation>%1 ci-dessous ont été remplis pour %2, pas pour %3.</translation>
    </message>
    <message>
        <source>%1 below were entered for %2, not for %3.</source>
        <translation>%1 ci-dessous ont été saisis pour %2, pas pour %3.</translation>
    </message>
    <message>
        <source>Send %1 filled for %2 to %3?</source>
        <translation>Envoyer à %3 %1 remplis pour %2&#x202f;?</translation>
    </message>
    <message>
        <source>Send %1 entered for %2 to %3?</source>
        <translation>Envoyer à %3 %1 saisis pour %2&#x202f;?</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 cannot be examined: %2</source>
        <translation>Impossible d’examiner %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be made private to its owner: %2</source>
        <translation>Impossible de réserver %1 à son propriétaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>Impossible de créer le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>The raw JSON is not a valid JSON object, so the table cannot show it. Fix it on the Raw JSON tab (your text there is kept).</source>
        <translation>Le JSON brut n’est pas un objet JSON valide, le tableau ne peut donc pas l’afficher. Corrigez-le dans l’onglet JSON brut (votre texte y est conservé).</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add property</source>
        <translation>&amp;Ajouter une propriété</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Retirer la propriété</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>The table has a row with a problem (see below). Fix it there first; until then this text is read-only.</source>
        <translation>Le tableau comporte une ligne problématique (voir ci-dessous). Corrigez-la d’abord&#x202f;; d’ici là, ce texte est en lecture seule.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>e.g. 42 or 19.99</source>
        <translation>p. ex. 42 ou 19.99</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>e.g. 2024-05-31 or 2024-05-31T14:30:00Z</source>
        <translation>p. ex. 2024-05-31 ou 2024-05-31T14:30:00Z</translation>
    </message>
    <message>
        <source>e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;size&quot;: &quot;M&quot;}</source>
        <translation>p. ex. [&quot;a&quot;, &quot;b&quot;] ou {&quot;size&quot;: &quot;M&quot;}</translation>
    </message>
    <message>
        <source>needs a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a dot for decimals, like 19.99)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre (utilisez un point pour les décimales, comme 19.99)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>needs a date, like 2024-05-31</source>
        <translation>date attendue, comme 2024-05-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date (like 2024-05-31 or 2024-05-31T14:30:00Z)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date ISO-8601 (comme 2024-05-31 ou 2024-05-31T14:30:00Z)</translation>
    </message>
    <message>
        <source>needs a JSON value, like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>valeur JSON attendue, comme [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>is not valid JSON (%1); text needs quotes, like &quot;pro&quot;</source>
        <translation>n’est pas du JSON valide (%1)&#x202f;; le texte doit être entre guillemets, comme &quot;pro&quot;</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tableau %1</translation>
    </message>
    <message>
        <source>%1 as raw JSON</source>
        <translation>%1 en JSON brut</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Retirer la ligne sélectionnée de %1</translation>
    </message>
    <message>
        <source>Row %1: give the property a name.</source>
        <translation>Ligne %1&#xa0;: donnez un nom à la propriété.</translation>
    </message>
    <message>
        <source>Row %1 (%2, %3): %4.</source>
        <translation>Ligne %1 (%2, %3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Row %1: the property &quot;%2&quot; appears twice; only one can be sent.</source>
        <translation>Ligne %1&#xa0;: la propriété «&#xa0;%2&#xa0;» apparaît deux fois&#x202f;; une seule peut être envoyée.</translation>
    </message>
    <message>
        <source>One property a row: its name, its type and its value</source>
        <translation>Une propriété par ligne&#xa0;: son nom, son type et sa valeur</translation>
    </message>
    <message>
        <source>Adds an empty row to the table and starts editing its name</source>
        <translation>Ajoute une ligne vide au tableau et commence à modifier son nom</translation>
    </message>
    <message>
        <source>Removes the selected rows from the table</source>
        <translation>Retire les lignes sélectionnées du tableau</translation>
    </message>
    <message>
        <source>The same properties as one JSON object; Tab leaves the text</source>
        <translation>Les mêmes propriétés sous forme d’un objet JSON&#x202f;; Tab quitte le texte</translation>
    </message>
</context>
<context>
    <name>PropertyTableDelegate</name>
    <message>
        <source>Property type</source>
        <translation>Type de propriété</translation>
    </message>
    <message>
        <source>Property value</source>
        <translation>Valeur de propriété</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Nom de propriété</translation>
    </message>
    <message>
        <source>e.g. first_name</source>
        <translation>p. ex. first_name</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 n’est pas du JSON valide&#xa0;: %2 (au caractère %3).</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>%1 doit être un objet JSON, comme {&quot;plan&quot;: &quot;pro&quot;}.</translation>
    </message>
    <message>
        <source>%1 holds the number %2, which cannot be sent exactly: it would go out as %3. Put it in quotes to send it as text.</source>
        <translation>%1 contient le nombre %2, qui ne peut pas être envoyé exactement&#xa0;: il partirait sous la forme %3. Mettez-le entre guillemets pour l’envoyer comme texte.</translation>
    </message>
</context>
<context>
    <name>RequestDecoder</name>
    <message>
        <source>The request body is %1 bytes; the limit is 1 MiB (%2 bytes).</source>
        <translation>Le corps de la requête fait %1 octets&#x202f;; la limite est de 1 Mio (%2 octets).</translation>
    </message>
    <message>
        <source>Content-Type %1 is not supported: send JSON (application/json) or form fields (application/x-www-form-urlencoded).</source>
        <translation>Le Content-Type %1 n’est pas pris en charge&#xa0;: envoyez du JSON (application/json) ou des champs de formulaire (application/x-www-form-urlencoded).</translation>
    </message>
    <message>
        <source>The request body is not valid UTF-8 text.</source>
        <translation>Le corps de la requête n’est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object, like {&quot;id&quot;: &quot;123&quot;}.</source>
        <translation>Le corps de la requête doit être un objet JSON, comme {&quot;id&quot;: &quot;123&quot;}.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at character %2.</source>
        <translation>Le corps de la requête n’est pas du JSON valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>The query string is not valid UTF-8 text.</source>
        <translation>La chaîne de requête n’est pas du texte UTF-8 valide.</translation>
    </message>
</context>
<context>
    <name>RequestGate</name>
    <message>
        <source>The request body is %1 bytes</source>
        <translation>Le corps de la requête fait %1 octets</translation>
    </message>
    <message>
        <source>The request body is too large</source>
        <translation>Le corps de la requête est trop volumineux</translation>
    </message>
    <message>
        <source>%1; the limit is 1 MiB (%2 bytes). It was not read.</source>
        <translation>%1&#x202f;; la limite est de 1 Mio (%2 octets). Il n’a pas été lu.</translation>
    </message>
    <message>
        <source>Forbidden: requests from web pages (with an Origin header) are refused. The sandbox is for programs on this machine, such as vero-admin, veroctl and curl.</source>
        <translation>Interdit&#xa0;: les requêtes provenant de pages web (avec un en-tête Origin) sont refusées. La sandbox est destinée aux programmes de cette machine, comme vero-admin, veroctl et curl.</translation>
    </message>
    <message>
        <source>Bad request: more than one Host header.</source>
        <translation>Requête incorrecte&#xa0;: plus d’un en-tête Host.</translation>
    </message>
    <message>
        <source>Bad request: HTTP/1.1 requires a Host header.</source>
        <translation>Requête incorrecte&#xa0;: HTTP/1.1 exige un en-tête Host.</translation>
    </message>
    <message>
        <source>Forbidden: the Host &quot;%1&quot; is not this sandbox&apos;s address. Use 127.0.0.1 or localhost (port %2); other names are refused so that no web page can reach the sandbox through its own domain.</source>
        <translation>Interdit&#xa0;: le Host «&#xa0;%1&#xa0;» n’est pas l’adresse de cette sandbox. Utilisez 127.0.0.1 ou localhost (port %2)&#x202f;; les autres noms sont refusés afin qu’aucune page web ne puisse atteindre la sandbox par son propre domaine.</translation>
    </message>
    <message>
        <source>Bad request: Content-Length and Transfer-Encoding together; send one of them.</source>
        <translation>Requête incorrecte&#xa0;: Content-Length et Transfer-Encoding ensemble&#x202f;; n’en envoyez qu’un.</translation>
    </message>
    <message>
        <source>Bad request: Transfer-Encoding &quot;%1&quot; is not supported; send Content-Length or chunked.</source>
        <translation>Requête incorrecte&#xa0;: le Transfer-Encoding «&#xa0;%1&#xa0;» n’est pas pris en charge&#x202f;; envoyez Content-Length ou chunked.</translation>
    </message>
    <message>
        <source>Bad request: Content-Length is not a number.</source>
        <translation>Requête incorrecte&#xa0;: Content-Length n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Bad request: conflicting Content-Length headers.</source>
        <translation>Requête incorrecte&#xa0;: en-têtes Content-Length contradictoires.</translation>
    </message>
</context>
<context>
    <name>RestoreUserDialog</name>
    <message>
        <source>Restore deleted user</source>
        <translation>Restaurer l’utilisateur supprimé</translation>
    </message>
    <message>
        <source>Identify that recreates the user (email, phone, channels and properties):</source>
        <translation>Identification qui recrée l’utilisateur (e-mail, téléphone, canaux et propriétés)&#xa0;:</translation>
    </message>
    <message>
        <source>Identify that recreates the user</source>
        <translation>Identification qui recrée l’utilisateur</translation>
    </message>
    <message>
        <source>Restore choices</source>
        <translation>Options de restauration</translation>
    </message>
    <message>
        <source>Restore user %1</source>
        <translation>Restaurer l’utilisateur %1</translation>
    </message>
    <message>
        <source>The history shows that user &quot;%1&quot; was deleted on %2.</source>
        <translation>D’après l’historique, l’utilisateur «&#xa0;%1&#xa0;» a été supprimé le %2.</translation>
    </message>
    <message>
        <source>The history does not show a deletion of user &quot;%1&quot;: sending this identify updates the user with what the history last knew.</source>
        <translation>L’historique ne montre aucune suppression de l’utilisateur «&#xa0;%1&#xa0;»&#xa0;: envoyer cette identification met à jour l’utilisateur avec le dernier état connu de l’historique.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt from %n accepted request(s), the last on %1.</source>
        <translation>
            <numerusform>Reconstitué à partir de %n requête acceptée, du %1.</numerusform>
            <numerusform>Reconstitué à partir de %n requêtes acceptées, la dernière du %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier ids of this user (before an alias): %1.</source>
        <translation>Anciens identifiants de cet utilisateur (avant un alias)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing is sent now: the identify and tags forms are filled for you to review and send.</source>
        <translation>Rien n’est envoyé maintenant&#xa0;: les formulaires Identifier et Tags sont remplis pour que vous les relisiez et les envoyiez.</translation>
    </message>
    <message>
        <source>No tags are known for this user.</source>
        <translation>Aucun tag n’est connu pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Tags to add back: %1</source>
        <translation>Tags à rajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The user had unsubscribed. A new identify does not unsubscribe them: send an unsubscribe too if that must be kept.</source>
        <translation>L’utilisateur s’était désabonné. Une nouvelle identification ne le désabonne pas&#xa0;: envoyez aussi un désabonnement s’il faut le conserver.</translation>
    </message>
    <message numerus="yes">
        <source>Past events cannot be restored. The Track API has no way to replay them with their original times: %n event(s) sent to this user are lost, with any activity recorded by Vero itself.</source>
        <translation>
            <numerusform>Les événements passés ne peuvent pas être restaurés. La Track API ne permet pas de les rejouer avec leurs heures d’origine&#xa0;: %n événement envoyé à cet utilisateur est perdu, ainsi que toute activité enregistrée par Vero lui-même.</numerusform>
            <numerusform>Les événements passés ne peuvent pas être restaurés. La Track API ne permet pas de les rejouer avec leurs heures d’origine&#xa0;: %n événements envoyés à cet utilisateur sont perdus, ainsi que toute activité enregistrée par Vero lui-même.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the forms for review</source>
        <translation>Remplir les formulaires pour relecture</translation>
    </message>
    <message>
        <source>Fill the identify and tags forms for review</source>
        <translation>Remplir les formulaires Identifier et Tags pour relecture</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The identify request that recreates the user, as it will be sent</source>
        <translation>La requête identify qui recrée l’utilisateur, telle qu’elle sera envoyée</translation>
    </message>
    <message>
        <source>Nothing is sent: you review the forms and send them yourself</source>
        <translation>Rien n’est envoyé&#xa0;: vous relisez les formulaires et les envoyez vous-même</translation>
    </message>
    <message>
        <source>Closes this window; the forms are not changed</source>
        <translation>Ferme cette fenêtre&#x202f;; les formulaires ne sont pas modifiés</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result of the last send</source>
        <translation>Résultat du dernier envoi</translation>
    </message>
    <message>
        <source>Nothing sent yet from this form.</source>
        <translation>Rien n’a encore été envoyé depuis ce formulaire.</translation>
    </message>
    <message>
        <source>Earlier request: %1</source>
        <translation>Requête précédente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Earlier request, to %1: %2</source>
        <translation>Requête précédente, vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No answer came, yet the request may have reached Vero and been applied: check the user before sending it again (an alias or an event sent twice cannot be taken back).</source>
        <translation>Aucune réponse n’est arrivée, mais la requête a peut-être atteint Vero et été appliquée&#xa0;: vérifiez l’utilisateur avant de la renvoyer (un alias ou un événement envoyé deux fois ne peut pas être repris).</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Envoi de %1…</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the answer</source>
        <translation>Annulé pendant l’attente de la réponse</translation>
    </message>
    <message>
        <source>Outcome unknown: no answer</source>
        <translation>Résultat inconnu&#xa0;: aucune réponse</translation>
    </message>
    <message>
        <source>Accepted (HTTP %1)</source>
        <translation>Acceptée (HTTP %1)</translation>
    </message>
    <message>
        <source>Vero queues accepted requests and applies them shortly after; 200 means the request was valid, not that it has been applied yet.</source>
        <translation>Vero met les requêtes acceptées en file d’attente et les applique peu après&#x202f;; 200 signifie que la requête était valide, pas qu’elle a déjà été appliquée.</translation>
    </message>
    <message>
        <source>Rejected (HTTP %1)</source>
        <translation>Refusée (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Échec (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed: no answer</source>
        <translation>Échec&#xa0;: aucune réponse</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation>Message du service&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service answered without a message: %1</source>
        <translation>Le service a répondu sans message&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service answered with an empty body.</source>
        <translation>Le service a répondu avec un corps vide.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>RetentionSetting</name>
    <message numerus="yes">
        <source>Keep %n day(s) of each workspace&apos;s requests</source>
        <translation>
            <numerusform>Conserver %n jour de requêtes de chaque espace de travail</numerusform>
            <numerusform>Conserver %n jours de requêtes de chaque espace de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the newest %n request(s) of each workspace</source>
        <translation>
            <numerusform>Conserver la requête la plus récente (%n) de chaque espace de travail</numerusform>
            <numerusform>Conserver les %n requêtes les plus récentes de chaque espace de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Tout conserver</translation>
    </message>
</context>
<context>
    <name>RowWorkspaceQuestion</name>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Which workspace?</source>
        <translation>Quel espace de travail&#x202f;?</translation>
    </message>
    <message>
        <source>a workspace the history did not record</source>
        <translation>un espace de travail que l’historique n’a pas enregistré</translation>
    </message>
    <message>
        <source>This request was sent to %1, which is not one of your workspaces any more. The current workspace is %2.

Prepare it for %3? Nothing is sent until you press Send.</source>
        <translation>Cette requête a été envoyée à %1, qui ne fait plus partie de vos espaces de travail. L’espace de travail actuel est %2.

La préparer pour %3&#x202f;? Rien n’est envoyé avant que vous cliquiez sur Envoyer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This request was sent to %1. The current workspace is %2.

Prepare it for %3, or for %4? Nothing is sent until you press Send.</source>
        <translation>Cette requête a été envoyée à %1. L’espace de travail actuel est %2.

La préparer pour %3, ou pour %4&#x202f;? Rien n’est envoyé avant que vous cliquiez sur Envoyer.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
</context>
<context>
    <name>SandboxDock</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;Sandbox panel</source>
        <translation>Panneau &amp;Sandbox</translation>
    </message>
    <message>
        <source>The local sandbox is not running. It starts when you choose the Sandbox workspace.</source>
        <translation>La sandbox locale ne fonctionne pas. Elle démarre quand vous choisissez l’espace de travail Sandbox.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Démarrage de la sandbox locale…</translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation>Démarrage de la sandbox…</translation>
    </message>
    <message>
        <source>Sandbox on %1</source>
        <translation>Sandbox sur %1</translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation>Sandbox arrêtée</translation>
    </message>
    <message>
        <source>veroctl --workspace Sandbox cannot find this sandbox: %1</source>
        <translation>veroctl --workspace Sandbox ne trouve pas cette sandbox&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SandboxEndpointFile</name>
    <message>
        <source>This system has no runtime folder for the sandbox&apos;s address.</source>
        <translation>Ce système n’a pas de dossier d’exécution pour l’adresse de la sandbox.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Vero Admin app is not running its sandbox: open Vero Admin and choose the Sandbox workspace, then try again.</source>
        <translation>L’application Vero Admin n’exécute pas sa sandbox&#xa0;: ouvrez Vero Admin et choisissez l’espace de travail Sandbox, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 can be read or written by other users of this computer, so veroctl does not trust the address in it. Restart the sandbox in Vero Admin (Workspace &gt; Restart sandbox).</source>
        <translation>%1 peut être lu ou modifié par d’autres utilisateurs de cet ordinateur&#xa0;: veroctl ne se fie donc pas à l’adresse qu’il contient. Redémarrez la sandbox dans Vero Admin (Espace de travail &gt; Redémarrer la sandbox).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SandboxEvent</name>
    <message>
        <source>event %1 is incomplete (needs id, user_id, event_name, received_at)</source>
        <translation>l’événement %1 est incomplet (id, user_id, event_name, received_at requis)</translation>
    </message>
</context>
<context>
    <name>SandboxInspector</name>
    <message>
        <source>The sandbox did not answer within %1 ms.</source>
        <translation>La sandbox n’a pas répondu en %1 ms.</translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation>La sandbox n’a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1%2</source>
        <translation>La sandbox a répondu HTTP %1%2</translation>
    </message>
    <message>
        <source>The sandbox sent something that is not JSON.</source>
        <translation>La sandbox a envoyé quelque chose qui n’est pas du JSON.</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>A local server that behaves like Vero&apos;s Track API v2 (under /api/v2), keeps the users and events it is sent, and shows them under /sandbox/ (users, users/ID, events?user=ID, requests, reset, clock, faults), which need one of its tokens as &quot;Authorization: Bearer TOKEN&quot;. It listens on 127.0.0.1 only unless --host says otherwise, refuses requests from web pages (an Origin header, a Host that is not its own address), and prints &quot;listening on URL&quot; on standard output once ready.</source>
        <translation>Un serveur local qui se comporte comme la Track API v2 de Vero (sous /api/v2), conserve les utilisateurs et les événements qu’on lui envoie et les affiche sous /sandbox/ (users, users/ID, events?user=ID, requests, reset, clock, faults), pages qui exigent l’un de ses jetons sous la forme &quot;Authorization: Bearer TOKEN&quot;. Il n’écoute que sur 127.0.0.1 sauf indication contraire de --host, refuse les requêtes venant de pages web (un en-tête Origin, un Host qui n’est pas sa propre adresse) et affiche &quot;listening on URL&quot; sur la sortie standard une fois prêt.</translation>
    </message>
    <message>
        <source>Listen on ADDRESS (default 127.0.0.1).</source>
        <translation>Écouter sur ADDRESS (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>Listen on PORT (default %1; 0 picks a free port).</source>
        <translation>Écouter sur PORT (par défaut %1&#x202f;; 0 choisit un port libre).</translation>
    </message>
    <message>
        <source>A valid credential (auth_token or tracking_api_key, and the Bearer token of the /sandbox/ pages); repeat for several. Visible to every user of this machine (ps): programs should rather set the environment variable %1 or use --token-file.</source>
        <translation>Une clé d’accès valide (auth_token ou tracking_api_key, et le jeton Bearer des pages /sandbox/)&#x202f;; à répéter pour en donner plusieurs. Visible par tous les utilisateurs de cette machine (ps)&#xa0;: les programmes devraient plutôt définir la variable d’environnement %1 ou utiliser --token-file.</translation>
    </message>
    <message>
        <source>Read valid credentials from FILE, one per line.</source>
        <translation>Lire les clés d’accès valides dans FILE, une par ligne.</translation>
    </message>
    <message>
        <source>Load users and events from FILE at start and save them there on every change.</source>
        <translation>Charger les utilisateurs et les événements depuis FILE au démarrage et les y enregistrer à chaque changement.</translation>
    </message>
    <message>
        <source>Drop repeated events within SECONDS (default %1; 0 keeps every event).</source>
        <translation>Écarter les événements répétés en moins de SECONDS (par défaut %1&#x202f;; 0 conserve tous les événements).</translation>
    </message>
    <message>
        <source>Run the sandbox&apos;s clock SECONDS ahead (negative: behind).</source>
        <translation>Avancer l’horloge de la sandbox de SECONDS (négatif&#xa0;: la retarder).</translation>
    </message>
    <message>
        <source>Delay every API answer by MS milliseconds.</source>
        <translation>Retarder chaque réponse de l’API de MS millisecondes.</translation>
    </message>
    <message>
        <source>Answer a share P (0 to 1) of API requests with 500, 502 or 503.</source>
        <translation>Répondre 500, 502 ou 503 à une proportion P (0 à 1) des requêtes de l’API.</translation>
    </message>
    <message>
        <source>Answer 429 with Retry-After beyond N API requests per second.</source>
        <translation>Répondre 429 avec Retry-After au-delà de N requêtes de l’API par seconde.</translation>
    </message>
    <message>
        <source>Close a share P (0 to 1) of API connections without answering.</source>
        <translation>Fermer sans répondre une proportion P (0 à 1) des connexions de l’API.</translation>
    </message>
    <message>
        <source>Seed the fault dice with N, for repeatable runs.</source>
        <translation>Initialiser le tirage des pannes avec N, pour des exécutions reproductibles.</translation>
    </message>
    <message>
        <source>Serve HTTPS with the PEM certificate (and chain) in FILE.</source>
        <translation>Servir en HTTPS avec le certificat PEM (et la chaîne) de FILE.</translation>
    </message>
    <message>
        <source>The PEM private key for --tls-cert.</source>
        <translation>La clé privée PEM pour --tls-cert.</translation>
    </message>
    <message>
        <source>Do not log each request on standard error.</source>
        <translation>Ne pas journaliser chaque requête sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>Close a connection that sends no complete request within SECONDS of opening or of its last answer, or whose body stalls that long (default %1).</source>
        <translation>Fermer une connexion qui n’envoie aucune requête complète dans les SECONDS suivant son ouverture ou sa dernière réponse, ou dont le corps reste bloqué aussi longtemps (par défaut %1).</translation>
    </message>
    <message>
        <source>Run &apos;vero-sandbox --help&apos; for the options.</source>
        <translation>Lancez &apos;vero-sandbox --help&apos; pour les options.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--host must be an IP address, like 127.0.0.1 (got &quot;%1&quot;).</source>
        <translation>--host doit être une adresse IP, comme 127.0.0.1 (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (got &quot;%1&quot;).</source>
        <translation>--port doit être un nombre de 0 à 65535 (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--token must not be empty.</source>
        <translation>--token ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Impossible de lire le fichier de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token file %1 holds no token (one per line; # starts a comment).</source>
        <translation>Le fichier de jetons %1 ne contient aucun jeton (un par ligne&#x202f;; # commence un commentaire).</translation>
    </message>
    <message>
        <source>No valid credential: give --token TOKEN or --token-file FILE, or set %1. Clients must send one of them as auth_token or tracking_api_key.</source>
        <translation>Aucune clé d’accès valide&#xa0;: indiquez --token TOKEN ou --token-file FILE, ou définissez %1. Les clients doivent en envoyer une comme auth_token ou tracking_api_key.</translation>
    </message>
    <message>
        <source>--dedup-window must be a whole number of seconds, 0 or more.</source>
        <translation>--dedup-window doit être un nombre entier de secondes, 0 ou plus.</translation>
    </message>
    <message>
        <source>--clock-offset must be a whole number of seconds from -%1 to %1 (about 100 years).</source>
        <translation>--clock-offset doit être un nombre entier de secondes de -%1 à %1 (environ 100 ans).</translation>
    </message>
    <message>
        <source>--latency must be a whole number of milliseconds from 0 to %1.</source>
        <translation>--latency doit être un nombre entier de millisecondes de 0 à %1.</translation>
    </message>
    <message>
        <source>--fail-rate must be a number from 0 to 1, like 0.2.</source>
        <translation>--fail-rate doit être un nombre de 0 à 1, comme 0.2.</translation>
    </message>
    <message>
        <source>--drop-rate must be a number from 0 to 1, like 0.2.</source>
        <translation>--drop-rate doit être un nombre de 0 à 1, comme 0.2.</translation>
    </message>
    <message>
        <source>--rate-limit must be a whole number of requests per second from 1 to %1.</source>
        <translation>--rate-limit doit être un nombre entier de requêtes par seconde de 1 à %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed doit être un nombre entier.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both to serve HTTPS.</source>
        <translation>--tls-cert et --tls-key vont ensemble&#xa0;: indiquez les deux pour servir en HTTPS.</translation>
    </message>
    <message>
        <source>--idle-timeout must be a whole number of seconds from 1 to %1.</source>
        <translation>--idle-timeout doit être un nombre entier de secondes de 1 à %1.</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>&amp;Users in the sandbox</source>
        <translation>&amp;Utilisateurs de la sandbox</translation>
    </message>
    <message>
        <source>Sandbox users</source>
        <translation>Utilisateurs de la sandbox</translation>
    </message>
    <message>
        <source>Select a user to see only their events.</source>
        <translation>Sélectionnez un utilisateur pour ne voir que ses événements.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>Sandbox events</source>
        <translation>Événements de la sandbox</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh sandbox users and events</source>
        <translation>Actualiser les utilisateurs et les événements de la sandbox</translation>
    </message>
    <message>
        <source>All &amp;events</source>
        <translation>Tous les &amp;événements</translation>
    </message>
    <message>
        <source>Show the events of all users</source>
        <translation>Afficher les événements de tous les utilisateurs</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>La sandbox ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Local sandbox at %1. Send something and watch it appear here.</source>
        <translation>Sandbox locale sur %1. Envoyez quelque chose et regardez-le apparaître ici.</translation>
    </message>
    <message>
        <source>&amp;Events of all users</source>
        <translation>&amp;Événements de tous les utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Events of %1</source>
        <translation>&amp;Événements de %1</translation>
    </message>
    <message>
        <source>Local sandbox at %1. Users: %2. Events listed: %3.</source>
        <translation>Sandbox locale sur %1. Utilisateurs&#xa0;: %2. Événements listés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Re&amp;start sandbox</source>
        <translation>Redé&amp;marrer la sandbox</translation>
    </message>
    <message>
        <source>Restart the sandbox</source>
        <translation>Redémarrer la sandbox</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Sandbox token</source>
        <translation>Jeton de la sandbox</translation>
    </message>
    <message>
        <source>The running sandbox&apos;s token. It guards test data on this computer only, not a Vero account.</source>
        <translation>Le jeton de la sandbox en cours d’exécution. Il protège uniquement des données de test sur cet ordinateur, pas un compte Vero.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the sandbox token</source>
        <translation>Copier le jeton de la sandbox</translation>
    </message>
    <message>
        <source>Copy the token, for $VERO_AUTH_TOKEN in a terminal</source>
        <translation>Copier le jeton, pour $VERO_AUTH_TOKEN dans un terminal</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
        <source>Filter sandbox users</source>
        <translation>Filtrer les utilisateurs de la sandbox</translation>
    </message>
    <message>
        <source>Show only the users whose id, email, phone or tags contain this text</source>
        <translation>N’afficher que les utilisateurs dont l’identifiant, l’e-mail, le téléphone ou les tags contiennent ce texte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Make current user</source>
        <translation>Définir comme utilisateur actuel</translation>
    </message>
    <message>
        <source>Fill every form with this user&apos;s id and email</source>
        <translation>Remplir tous les formulaires avec l’identifiant et l’e-mail de cet utilisateur</translation>
    </message>
    <message>
        <source>The current workspace is not the sandbox: nothing here is about it.
%1</source>
        <translation>L’espace de travail actuel n’est pas la sandbox&#xa0;: rien ici ne le concerne.
%1</translation>
    </message>
    <message>
        <source>The sandbox stopped: %1
Restart sandbox tries again.</source>
        <translation>La sandbox s’est arrêtée&#xa0;: %1
Redémarrer la sandbox réessaie.</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Copié</translation>
    </message>
    <message>
        <source>Starts the local sandbox again after it stopped</source>
        <translation>Redémarre la sandbox locale après son arrêt</translation>
    </message>
    <message>
        <source>The events the sandbox received, for the chosen user or for all users</source>
        <translation>Les événements reçus par la sandbox, pour l’utilisateur choisi ou pour tous les utilisateurs</translation>
    </message>
    <message>
        <source>Reads the sandbox&apos;s users and events again</source>
        <translation>Relit les utilisateurs et les événements de la sandbox</translation>
    </message>
    <message>
        <source>Lists the events of every user, not only the chosen one</source>
        <translation>Liste les événements de tous les utilisateurs, pas seulement de celui choisi</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox did not report that it was ready within %1 seconds.%2</source>
        <translation>La sandbox n’a pas signalé être prête en %1 secondes.%2</translation>
    </message>
    <message>
        <source>The sandbox is not running: start() it first.</source>
        <translation>La sandbox ne fonctionne pas&#xa0;: appelez d’abord start().</translation>
    </message>
    <message>
        <source>The sandbox did not report that it was ready within %1 ms.</source>
        <translation>La sandbox n’a pas signalé être prête en %1 ms.</translation>
    </message>
    <message>
        <source>The sandbox reported an address that cannot be used: %1</source>
        <translation>La sandbox a indiqué une adresse inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox program %1 could not be started: %2. Check that vero-sandbox is installed next to this program or on the PATH.</source>
        <translation>Le programme de sandbox %1 n’a pas pu être démarré&#xa0;: %2. Vérifiez que vero-sandbox est installé à côté de ce programme ou dans le PATH.</translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit code %1).%2</source>
        <translation>La sandbox s’est arrêtée avant d’être prête (code de sortie %1).%2</translation>
    </message>
    <message>
        <source>The sandbox crashed.%1</source>
        <translation>La sandbox a planté.%1</translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly (exit code %1).%2</source>
        <translation>La sandbox s’est arrêtée de façon inattendue (code de sortie %1).%2</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Too many requests: the sandbox allows %1 per second (--rate-limit).</source>
        <translation>Trop de requêtes&#xa0;: la sandbox en autorise %1 par seconde (--rate-limit).</translation>
    </message>
    <message>
        <source>Service unavailable (injected by --fail-rate).</source>
        <translation>Service indisponible (injecté par --fail-rate).</translation>
    </message>
    <message>
        <source>Internal server error (injected by --fail-rate).</source>
        <translation>Erreur interne du serveur (injectée par --fail-rate).</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Le fichier de certificat TLS %1 est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé TLS %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The TLS key file %1 holds no unencrypted PEM RSA or EC private key.</source>
        <translation>Le fichier de clé TLS %1 ne contient aucune clé privée PEM RSA ou EC non chiffrée.</translation>
    </message>
    <message>
        <source>%1 It was moved to %2; the sandbox starts empty.</source>
        <translation>%1 Il a été déplacé vers %2&#x202f;; la sandbox démarre vide.</translation>
    </message>
    <message>
        <source>%1 It could not be moved aside (%2): the sandbox starts empty and will not save its state this time.</source>
        <translation>%1 Il n’a pas pu être mis de côté (%2)&#xa0;: la sandbox démarre vide et n’enregistrera pas son état cette fois-ci.</translation>
    </message>
    <message>
        <source>warning: listening on %1 port %2, every network interface of this machine: other machines can reach the sandbox and send it requests. Use --host 127.0.0.1 to keep it to this machine.</source>
        <translation>avertissement&#xa0;: écoute sur %1 port %2, toutes les interfaces réseau de cette machine&#xa0;: d’autres machines peuvent atteindre la sandbox et lui envoyer des requêtes. Utilisez --host 127.0.0.1 pour la réserver à cette machine.</translation>
    </message>
    <message>
        <source>warning: listening on %1 port %2, not a loopback address: other machines on that network can reach the sandbox. Use --host 127.0.0.1 to keep it to this machine.</source>
        <translation>avertissement&#xa0;: écoute sur %1 port %2, qui n’est pas une adresse de bouclage&#xa0;: d’autres machines de ce réseau peuvent atteindre la sandbox. Utilisez --host 127.0.0.1 pour la réserver à cette machine.</translation>
    </message>
    <message>
        <source>Connection closed without an answer (--drop-rate); nothing changed.</source>
        <translation>Connexion fermée sans réponse (--drop-rate)&#x202f;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Injected fault; nothing changed.</source>
        <translation>Panne injectée&#x202f;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Not found: the Track API is under /api/v2/ and the sandbox&apos;s own pages under /sandbox/.</source>
        <translation>Introuvable&#xa0;: la Track API se trouve sous /api/v2/ et les pages propres à la sandbox sous /sandbox/.</translation>
    </message>
    <message>
        <source> The client left before the answer.</source>
        <translation> Le client est parti avant la réponse.</translation>
    </message>
    <message>
        <source>Refused before its body was read; nothing changed.</source>
        <translation>Refusée avant la lecture de son corps&#x202f;; rien n’a changé.</translation>
    </message>
    <message>
        <source>The chunked body passed the limit after %1 bytes: connection closed without an answer, the rest unread; nothing changed.</source>
        <translation>Le corps découpé a dépassé la limite après %1 octets&#xa0;: connexion fermée sans réponse, le reste non lu&#x202f;; rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>SandboxState</name>
    <message>
        <source>Connection test: nothing to change.</source>
        <translation>Test de connexion&#xa0;: rien à changer.</translation>
    </message>
    <message>
        <source>Created user &quot;%1&quot;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Updated user &quot;%1&quot;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» mis à jour.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: nothing changed.</source>
        <translation>Aucun utilisateur «&#xa0;%1&#xa0;»&#xa0;: rien n’a changé.</translation>
    </message>
    <message>
        <source>Changed the properties of user &quot;%1&quot;.</source>
        <translation>Propriétés de l’utilisateur «&#xa0;%1&#xa0;» modifiées.</translation>
    </message>
    <message>
        <source>Moved user &quot;%1&quot; to the id &quot;%2&quot;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» déplacé vers l’identifiant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Merged user &quot;%1&quot; into the existing user &quot;%2&quot;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» fusionné avec l’utilisateur existant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was already subscribed.</source>
        <translation>L’utilisateur «&#xa0;%1&#xa0;» était déjà abonné.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was already unsubscribed.</source>
        <translation>L’utilisateur «&#xa0;%1&#xa0;» était déjà désabonné.</translation>
    </message>
    <message>
        <source>Resubscribed user &quot;%1&quot;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» réabonné.</translation>
    </message>
    <message>
        <source>Unsubscribed user &quot;%1&quot;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» désabonné.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: nothing deleted.</source>
        <translation>Aucun utilisateur «&#xa0;%1&#xa0;»&#xa0;: rien n’a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted user &quot;%1&quot; and %n event(s).</source>
        <translation>
            <numerusform>Utilisateur «&#xa0;%1&#xa0;» et %n événement supprimés.</numerusform>
            <numerusform>Utilisateur «&#xa0;%1&#xa0;» et %n événements supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags of user &quot;%1&quot; unchanged.</source>
        <translation>Tags de l’utilisateur «&#xa0;%1&#xa0;» inchangés.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>Tags of user &quot;%1&quot;: %2.</source>
        <translation>Tags de l’utilisateur «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Duplicate of event %1 within the %2-second window: dropped.</source>
        <translation>Doublon de l’événement %1 dans la fenêtre de %2 secondes&#xa0;: écarté.</translation>
    </message>
    <message>
        <source>Stored event %1 &quot;%2&quot; and created user &quot;%3&quot;.</source>
        <translation>Événement %1 «&#xa0;%2&#xa0;» enregistré et utilisateur «&#xa0;%3&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Stored event %1 &quot;%2&quot; for user &quot;%3&quot;.</source>
        <translation>Événement %1 «&#xa0;%2&#xa0;» enregistré pour l’utilisateur «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>it is not a vero-sandbox state file</source>
        <translation>ce n’est pas un fichier d’état de vero-sandbox</translation>
    </message>
    <message>
        <source>it has format version %1; this vero-sandbox reads version 1</source>
        <translation>il est au format version %1&#x202f;; ce vero-sandbox lit la version 1</translation>
    </message>
    <message>
        <source>unsubscribed by the tag</source>
        <translation>désabonné par le tag</translation>
    </message>
</context>
<context>
    <name>SandboxUser</name>
    <message>
        <source>a user has no id</source>
        <translation>un utilisateur n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>user %1 has no valid created_at/updated_at time</source>
        <translation>l’utilisateur %1 n’a pas d’heure created_at/updated_at valide</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>Cannot read the state file %1: %2.</source>
        <translation>Impossible de lire le fichier d’état %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The state file %1 is not valid JSON (%2 at byte %3).</source>
        <translation>Le fichier d’état %1 n’est pas du JSON valide (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>The state file %1 cannot be used: %2.</source>
        <translation>Le fichier d’état %1 est inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the state file.</source>
        <translation>Impossible de créer le dossier %1 pour le fichier d’état.</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>Impossible d’écrire le fichier d’état %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionForm</name>
    <message>
        <source>Unsubscribe / Resubscribe</source>
        <translation>Désabonner / Réabonner</translation>
    </message>
    <message>
        <source>Globally unsubscribes a user from all messages (POST users/unsubscribe), or resubscribes them (POST users/resubscribe).</source>
        <translation>Désabonne globalement un utilisateur de tous les messages (POST users/unsubscribe), ou le réabonne (POST users/resubscribe).</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Identifiant de l’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>L’identifiant donné à l’utilisateur dans Vero, p. ex. 1234</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nouveau&#xa0;: vider le formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>U&amp;nsubscribe</source>
        <translation>&amp;Désabonner</translation>
    </message>
    <message>
        <source>Unsubscribe the user</source>
        <translation>Désabonner l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Resubscribe</source>
        <translation>&amp;Réabonner</translation>
    </message>
    <message>
        <source>Resubscribe the user</source>
        <translation>Réabonner l’utilisateur</translation>
    </message>
    <message>
        <source>Unsubscribe the user from all messages</source>
        <translation>Désabonner l’utilisateur de tous les messages</translation>
    </message>
    <message>
        <source>Resubscribe the user to messages</source>
        <translation>Réabonner l’utilisateur aux messages</translation>
    </message>
    <message>
        <source>Nothing was sent: choose Unsubscribe or Resubscribe.</source>
        <translation>Rien n’a été envoyé&#xa0;: choisissez Désabonner ou Réabonner.</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation>L’identifiant que vous avez donné à l’utilisateur dans Vero</translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Saisissez un tag et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1: new tag</source>
        <translation>%1&#xa0;: nouveau tag</translation>
    </message>
    <message>
        <source>Add the typed tag to %1</source>
        <translation>Ajouter le tag saisi à %1</translation>
    </message>
    <message>
        <source>Remove the selected tags from %1</source>
        <translation>Retirer les tags sélectionnés de %1</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to the list</source>
        <translation>Saisissez un tag et appuyez sur Entrée pour l’ajouter à la liste</translation>
    </message>
    <message>
        <source>Adds the typed tag to the list</source>
        <translation>Ajoute le tag saisi à la liste</translation>
    </message>
    <message>
        <source>The tags to send; Delete removes the selected ones</source>
        <translation>Les tags à envoyer&#x202f;; Suppr retire ceux qui sont sélectionnés</translation>
    </message>
    <message>
        <source>Removes the selected tags from the list</source>
        <translation>Retire les tags sélectionnés de la liste</translation>
    </message>
</context>
<context>
    <name>TagsForm</name>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les tags</translation>
    </message>
    <message>
        <source>Adds tags to and removes tags from a user (PUT users/tags/edit). Type a tag and press Enter to add it to a list.</source>
        <translation>Ajoute des tags à un utilisateur et lui en retire (PUT users/tags/edit). Saisissez un tag et appuyez sur Entrée pour l’ajouter à une liste.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Identifiant de l’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>L’identifiant donné à l’utilisateur dans Vero, p. ex. 1234</translation>
    </message>
    <message>
        <source>Tags to &amp;add:</source>
        <translation>Tags à &amp;ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Tags à ajouter</translation>
    </message>
    <message>
        <source>Tags to re&amp;move:</source>
        <translation>Tags à re&amp;tirer&#xa0;:</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Tags à retirer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nouveau&#xa0;: vider le formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send tag changes</source>
        <translation>Envoyer les modifications de tags</translation>
    </message>
    <message>
        <source>Tag to add, then Enter (e.g. prospect)</source>
        <translation>Tag à ajouter, puis Entrée (p. ex. prospect)</translation>
    </message>
    <message>
        <source>Tag to remove, then Enter</source>
        <translation>Tag à retirer, puis Entrée</translation>
    </message>
    <message>
        <source>Press Enter to add &quot;%1&quot; to the list (or clear it): only listed tags are sent.</source>
        <translation>Appuyez sur Entrée pour ajouter «&#xa0;%1&#xa0;» à la liste (ou effacez-le)&#xa0;: seuls les tags listés sont envoyés.</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation>L’identifiant que vous avez donné à l’utilisateur dans Vero</translation>
    </message>
</context>
<context>
    <name>TrackApi</name>
    <message>
        <source>Not found: there is no endpoint %1.</source>
        <translation>Introuvable&#xa0;: il n’y a pas de point d’accès %1.</translation>
    </message>
    <message>
        <source>Not found: %1 takes %2, not %3.</source>
        <translation>Introuvable&#xa0;: %1 accepte %2, pas %3.</translation>
    </message>
    <message>
        <source>Body not readable; nothing changed.</source>
        <translation>Corps illisible&#x202f;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Invalid parameters; nothing changed.</source>
        <translation>Paramètres invalides&#x202f;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Unauthorized: no credential. Send auth_token or tracking_api_key in the body or the query.</source>
        <translation>Non autorisé&#xa0;: aucune clé d’accès. Envoyez auth_token ou tracking_api_key dans le corps ou la chaîne de requête.</translation>
    </message>
    <message>
        <source>No credential; nothing changed.</source>
        <translation>Aucune clé d’accès&#x202f;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Unauthorized: the credential is not valid.</source>
        <translation>Non autorisé&#xa0;: la clé d’accès n’est pas valide.</translation>
    </message>
    <message>
        <source>Invalid credential; nothing changed.</source>
        <translation>Clé d’accès invalide&#x202f;; rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>TrackEventForm</name>
    <message>
        <source>Track an event</source>
        <translation>Enregistrer un événement</translation>
    </message>
    <message>
        <source>Records an event for a user (POST events/track); Vero creates the user if needed. Give the user id, the email, or both.</source>
        <translation>Enregistre un événement pour un utilisateur (POST events/track)&#x202f;; Vero crée l’utilisateur si nécessaire. Indiquez l’identifiant de l’utilisateur, l’e-mail, ou les deux.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Identifiant de l’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>L’identifiant donné à l’utilisateur dans Vero, p. ex. 1234</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>p. ex. ada@example.com</translation>
    </message>
    <message>
        <source>E&amp;vent name:</source>
        <translation>Nom de l’é&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>e.g. Purchased item</source>
        <translation>p. ex. Article acheté</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Données&#xa0;:</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Données de l’événement</translation>
    </message>
    <message>
        <source>Add a unique timestamp</source>
        <translation>Ajouter un horodatage unique</translation>
    </message>
    <message>
        <source>Add a unique &amp;timestamp to the data</source>
        <translation>Ajouter un &amp;horodatage unique aux données</translation>
    </message>
    <message>
        <source>Vero drops an event that repeats the name, data and user of one sent in the last few minutes. This adds &quot;unique_timestamp&quot; (the time of sending) to the data, so a repeated test event is recorded every time.</source>
        <translation>Vero écarte un événement qui reprend le nom, les données et l’utilisateur d’un événement envoyé dans les dernières minutes. Cette option ajoute &quot;unique_timestamp&quot; (l’heure d’envoi) aux données, pour qu’un événement de test répété soit enregistré à chaque fois.</translation>
    </message>
    <message>
        <source>E&amp;xtras:</source>
        <translation>E&amp;xtras&#xa0;:</translation>
    </message>
    <message>
        <source>Event extras</source>
        <translation>Extras de l’événement</translation>
    </message>
    <message>
        <source>Reserved Vero operators, e.g. check_id, source, created_at.</source>
        <translation>Opérateurs réservés de Vero, p. ex. check_id, source, created_at.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nouveau&#xa0;: vider le formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send event</source>
        <translation>Envoyer l’événement</translation>
    </message>
    <message>
        <source>Vero treats capitals, spaces and underscores alike: &quot;Purchased Item&quot; and &quot;purchased_item&quot; are the same event.</source>
        <translation>Vero ne distingue pas majuscules, espaces et tirets bas&#xa0;: &quot;Purchased Item&quot; et &quot;purchased_item&quot; sont le même événement.</translation>
    </message>
    <message>
        <source>Vero matches this event as: %1</source>
        <translation>Vero reconnaît cet événement comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vero matches this event as: %1 (capitals, spaces and underscores are treated alike)</source>
        <translation>Vero reconnaît cet événement comme&#xa0;: %1 (majuscules, espaces et tirets bas sont traités de la même façon)</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation>L’identifiant que vous avez donné à l’utilisateur dans Vero&#x202f;; l’identifiant ou l’e-mail suffit</translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation>L’adresse e-mail de l’utilisateur&#x202f;; l’identifiant ou l’e-mail suffit</translation>
    </message>
    <message>
        <source>The name campaigns know the event by, e.g. Purchased item</source>
        <translation>Le nom sous lequel les campagnes connaissent l’événement, par ex. Purchased item</translation>
    </message>
    <message>
        <source>Adds the time of sending to the data, so Vero does not drop a repeat of the same event as a duplicate</source>
        <translation>Ajoute l’heure d’envoi aux données, pour que Vero n’écarte pas comme doublon une répétition du même événement</translation>
    </message>
</context>
<context>
    <name>UserFieldsNotice</name>
    <message>
        <source>C&amp;lear them</source>
        <translation>&amp;Les effacer</translation>
    </message>
    <message>
        <source>Clear the fields filled for another user</source>
        <translation>Effacer les champs remplis pour un autre utilisateur</translation>
    </message>
    <message>
        <source>Empties the fields that were filled while another user was chosen</source>
        <translation>Vide les champs remplis pendant qu’un autre utilisateur était choisi</translation>
    </message>
</context>
<context>
    <name>ValidatedOperationForm</name>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Empty the form (Ctrl+N)</source>
        <translation>Vider le formulaire (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc); the request may still reach Vero</source>
        <translation>Ne plus attendre la réponse (Échap)&#x202f;; la requête peut encore atteindre Vero</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Correct before sending: %1</source>
        <translation>À corriger avant l’envoi&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n de plus)</numerusform>
            <numerusform>(et %n de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send another user&apos;s data?</source>
        <translation>Envoyer les données d’un autre utilisateur&#x202f;?</translation>
    </message>
    <message>
        <source>They would be written to the profile of %1. Vero cannot tell that they belong to %2.</source>
        <translation>Elles seraient écrites dans le profil de %1. Vero ne peut pas savoir qu’elles appartiennent à %2.</translation>
    </message>
    <message>
        <source>Choose Cancel, then Clear them (next to Send) or change them, if they are not meant for %1.</source>
        <translation>Choisissez Annuler, puis Les effacer (à côté d’Envoyer) ou modifiez-les, si elles ne sont pas destinées à %1.</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Envoyer à %1</translation>
    </message>
    <message>
        <source>Send the fields to %1</source>
        <translation>Envoyer les champs à %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the fields below were filled for %1.</source>
        <translation>Rien n’a été envoyé&#xa0;: les champs ci-dessous ont été remplis pour %1.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending… the form can be edited meanwhile; Send is back when the answer comes. Esc cancels.</source>
        <translation>Envoi… le formulaire reste modifiable pendant ce temps&#x202f;; Envoyer revient quand la réponse arrive. Échap annule.</translation>
    </message>
</context>
<context>
    <name>VeroClient</name>
    <message>
        <source>Cancelled while waiting for the answer from %1.</source>
        <translation>Annulé pendant l’attente de la réponse de %1.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>Le fichier de certificat d’AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The service redirected the request (%1); it was not followed so the credential stays with %2. Check the workspace&apos;s base URL.</source>
        <translation>Le service a redirigé la requête (%1)&#x202f;; la redirection n’a pas été suivie pour que la clé d’accès reste chez %2. Vérifiez l’URL de base de l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>VeroRecommendations</name>
    <message>
        <source>Tag &quot;%1&quot; has characters other than letters, digits, - and _, which Vero advises against.</source>
        <translation>Le tag «&#xa0;%1&#xa0;» contient d’autres caractères que des lettres, des chiffres, - et _, ce que Vero déconseille.</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is not in E.164 form (like +61412345678); Vero needs that for SMS.</source>
        <translation>Le numéro de téléphone «&#xa0;%1&#xa0;» n’est pas au format E.164 (comme +33612345678)&#x202f;; Vero en a besoin pour les SMS.</translation>
    </message>
    <message>
        <source>User %1 has no email: Vero cannot send them email.</source>
        <translation>L’utilisateur %1 n’a pas d’e-mail&#xa0;: Vero ne peut pas lui envoyer d’e-mails.</translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot; unsubscribes the user: Vero treats it as an unsubscribe.</source>
        <translation>Ajouter le tag «&#xa0;%1&#xa0;» désabonne l’utilisateur&#xa0;: Vero le traite comme un désabonnement.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace needs a name.</source>
        <translation>L’espace de travail doit avoir un nom.</translation>
    </message>
    <message>
        <source>A workspace name cannot contain / or \.</source>
        <translation>Un nom d’espace de travail ne peut contenir ni / ni \.</translation>
    </message>
    <message>
        <source>The base URL must be a full https:// address, like https://api.getvero.com/api/v2.</source>
        <translation>L’URL de base doit être une adresse https:// complète, comme https://api.getvero.com/api/v2.</translation>
    </message>
    <message>
        <source>The base URL cannot hold a user name or password (user:password@host). Remove that part; the credential goes in the workspace&apos;s credential field, which is kept in the keychain.</source>
        <translation>L’URL de base ne peut contenir ni nom d’utilisateur ni mot de passe (user:password@host). Retirez cette partie&#x202f;; la clé d’accès va dans le champ prévu de l’espace de travail, conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>The base URL cannot hold a query (?...) or a fragment (#...). Remove that part; the credential goes in the workspace&apos;s credential field, which is kept in the keychain.</source>
        <translation>L’URL de base ne peut contenir ni chaîne de requête (?...) ni fragment (#...). Retirez cette partie&#x202f;; la clé d’accès va dans le champ prévu de l’espace de travail, conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>Plain http:// is refused: Vero only accepts HTTPS, and the credential would travel unencrypted. Use https://, or http:// only for a local sandbox (localhost or 127.0.0.1).</source>
        <translation>Le simple http:// est refusé&#xa0;: Vero n’accepte que HTTPS, et la clé d’accès circulerait en clair. Utilisez https://, ou http:// uniquement pour une sandbox locale (localhost ou 127.0.0.1).</translation>
    </message>
    <message>
        <source>The credential name must be auth_token or tracking_api_key.</source>
        <translation>Le nom de la clé d’accès doit être auth_token ou tracking_api_key.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Le délai d’expiration doit être compris entre 1 et %1 secondes.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Le fichier de certificat d’AC %1 est illisible.</translation>
    </message>
</context>
<context>
    <name>WorkspaceBanner</name>
    <message>
        <source>SANDBOX: requests go to a local test server on this computer; nothing reaches Vero.</source>
        <translation>SANDBOX&#xa0;: les requêtes vont à un serveur de test local sur cet ordinateur&#x202f;; rien n’atteint Vero.</translation>
    </message>
    <message>
        <source>PRODUCTION: requests change real user records at %1.</source>
        <translation>PRODUCTION&#xa0;: les requêtes modifient de vraies fiches utilisateur sur %1.</translation>
    </message>
    <message>
        <source>%1: requests go to %2.</source>
        <translation>%1&#xa0;: les requêtes vont à %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>list, add NAME, remove NAME, or set-token NAME.</source>
        <translation>list, add NAME, remove NAME ou set-token NAME.</translation>
    </message>
    <message>
        <source>workspace expects list, add NAME, remove NAME or set-token NAME.</source>
        <translation>workspace attend list, add NAME, remove NAME ou set-token NAME.</translation>
    </message>
    <message>
        <source>workspace %1 needs a workspace NAME.</source>
        <translation>workspace %1 demande un NAME d’espace de travail.</translation>
    </message>
    <message>
        <source>Saved workspace &quot;%1&quot; (%2).</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» enregistré (%2).</translation>
    </message>
    <message>
        <source>the workspace&apos;s credential could not be removed from the keychain: %1</source>
        <translation>la clé d’accès de l’espace de travail n’a pas pu être retirée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed workspace &quot;%1&quot;.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» retiré.</translation>
    </message>
    <message>
        <source>Paste the credential for &quot;%1&quot; and press Enter: </source>
        <translation>Collez la clé d’accès pour «&#xa0;%1&#xa0;» et appuyez sur Entrée&#xa0;: </translation>
    </message>
    <message>
        <source>No credential was given on standard input; nothing was stored.</source>
        <translation>Aucune clé d’accès n’a été fournie sur l’entrée standard&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The credential on standard input cannot be used: %1 Nothing was stored.</source>
        <translation>La clé d’accès fournie sur l’entrée standard est inutilisable&#xa0;: %1 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The credential could not be stored: %1</source>
        <translation>La clé d’accès n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stored the credential for &quot;%1&quot; in the system keychain.</source>
        <translation>Clé d’accès de «&#xa0;%1&#xa0;» enregistrée dans le trousseau système.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Saved &amp;workspaces:</source>
        <translation>&amp;Espaces de travail enregistrés&#xa0;:</translation>
    </message>
    <message>
        <source>Saved workspaces</source>
        <translation>Espaces de travail enregistrés</translation>
    </message>
    <message>
        <source>The Sandbox workspace is built in: Vero Admin starts it on this computer and it needs no setup.</source>
        <translation>L’espace de travail Sandbox est intégré&#xa0;: Vero Admin le démarre sur cet ordinateur et il ne demande aucune configuration.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a workspace</source>
        <translation>Ajouter un espace de travail</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected workspace</source>
        <translation>Retirer l’espace de travail sélectionné</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l’espace de travail</translation>
    </message>
    <message>
        <source>A short name, such as Production or Staging</source>
        <translation>Un nom court, comme Production ou Préproduction</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>The address of the Track API, such as https://api.getvero.com/api/v2</source>
        <translation>L’adresse de la Track API, comme https://api.getvero.com/api/v2</translation>
    </message>
    <message>
        <source>Credential &amp;name:</source>
        <translation>&amp;Nom de la clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Credential name</source>
        <translation>Nom de la clé d’accès</translation>
    </message>
    <message>
        <source>auth_token for API v2 auth tokens, tracking_api_key for the newer tracking API keys</source>
        <translation>auth_token pour les jetons d’authentification de l’API v2, tracking_api_key pour les clés d’API de suivi plus récentes</translation>
    </message>
    <message>
        <source>Credential &amp;goes in:</source>
        <translation>La clé d’accès &amp;va dans&#xa0;:</translation>
    </message>
    <message>
        <source>Where the credential goes</source>
        <translation>Où va la clé d’accès</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d’expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai d’expiration en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Fichier d’&amp;AC supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier de certificat d’AC supplémentaire</translation>
    </message>
    <message>
        <source>A PEM file with a certificate authority to trust for this workspace, for self-hosted or sandbox TLS. Optional.</source>
        <translation>Un fichier PEM avec une autorité de certification à laquelle faire confiance pour cet espace de travail, pour un TLS auto-hébergé ou de sandbox. Facultatif.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the extra CA certificate file</source>
        <translation>Choisir le fichier de certificat d’AC supplémentaire</translation>
    </message>
    <message>
        <source>Cr&amp;edential:</source>
        <translation>&amp;Clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Clé d’accès</translation>
    </message>
    <message>
        <source>The auth token or tracking API key. Stored in the system keychain, never shown again.</source>
        <translation>Le jeton d’authentification ou la clé d’API de suivi. Enregistré dans le trousseau système, jamais réaffiché.</translation>
    </message>
    <message>
        <source>&amp;Forget credential</source>
        <translation>&amp;Oublier la clé d’accès</translation>
    </message>
    <message>
        <source>Forget the stored credential</source>
        <translation>Oublier la clé d’accès enregistrée</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>&amp;Garder pour cette session uniquement</translation>
    </message>
    <message>
        <source>Keep the credential in memory for this session only</source>
        <translation>Garder la clé d’accès en mémoire pour cette session uniquement</translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation>&amp;Enregistrer l’espace de travail</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>Enregistrer l’espace de travail</translation>
    </message>
    <message>
        <source>Close the workspace dialog</source>
        <translation>Fermer la boîte de dialogue des espaces de travail</translation>
    </message>
    <message>
        <source>the JSON body</source>
        <translation>le corps JSON</translation>
    </message>
    <message>
        <source>the URL query</source>
        <translation>la chaîne de requête de l’URL</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Discard the changes you made to &quot;%1&quot;?</source>
        <translation>Abandonner les modifications apportées à «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Certificat d’AC supplémentaire</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>the new workspace</source>
        <translation>le nouvel espace de travail</translation>
    </message>
    <message>
        <source>To rename a workspace, add a new one and remove this one.</source>
        <translation>Pour renommer un espace de travail, ajoutez-en un nouveau et retirez celui-ci.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Type the credential; it goes to the system keychain when you save.</source>
        <translation>Saisissez la clé d’accès&#x202f;; elle va dans le trousseau système à l’enregistrement.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>Saving. Storing the credential in the system keychain…</source>
        <translation>Enregistrement. Stockage de la clé d’accès dans le trousseau système…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. The credential is in the system keychain.</source>
        <translation>Enregistré. La clé d’accès est dans le trousseau système.</translation>
    </message>
    <message>
        <source>The workspace is saved, but its credential is not.</source>
        <translation>L’espace de travail est enregistré, mais pas sa clé d’accès.</translation>
    </message>
    <message>
        <source>Save the workspace first.</source>
        <translation>Enregistrez d’abord l’espace de travail.</translation>
    </message>
    <message>
        <source>Type the credential first.</source>
        <translation>Saisissez d’abord la clé d’accès.</translation>
    </message>
    <message>
        <source>The credential is kept in memory until Vero Admin quits.</source>
        <translation>La clé d’accès est gardée en mémoire jusqu’à la fermeture de Vero Admin.</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Retirer l’espace de travail</translation>
    </message>
    <message>
        <source>Remove the workspace &quot;%1&quot;?</source>
        <translation>Retirer l’espace de travail «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its settings and its credential in the system keychain are deleted. This cannot be undone.</source>
        <translation>Ses réglages et sa clé d’accès dans le trousseau système sont supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» retiré.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its credential could not be deleted from the system keychain. %2</source>
        <translation>«&#xa0;%1&#xa0;» retiré, mais sa clé d’accès n’a pas pu être supprimée du trousseau système. %2</translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is forgotten.</source>
        <translation>La clé d’accès de «&#xa0;%1&#xa0;» est oubliée.</translation>
    </message>
    <message>
        <source>The credential could not be deleted from the system keychain. %1</source>
        <translation>La clé d’accès n’a pas pu être supprimée du trousseau système. %1</translation>
    </message>
    <message>
        <source>A credential is kept in memory for this session only; type a new one to replace it.</source>
        <translation>Une clé d’accès est gardée en mémoire pour cette session uniquement&#x202f;; saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau système…</translation>
    </message>
    <message>
        <source>A credential is stored in the system keychain; type a new one to replace it.</source>
        <translation>Une clé d’accès est enregistrée dans le trousseau système&#x202f;; saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>No credential is stored yet: type one and save.</source>
        <translation>Aucune clé d’accès n’est encore enregistrée&#xa0;: saisissez-en une et enregistrez.</translation>
    </message>
    <message>
        <source>No credential can be stored: the keychain is unavailable.</source>
        <translation>Aucune clé d’accès ne peut être enregistrée&#xa0;: le trousseau est indisponible.</translation>
    </message>
    <message>
        <source>The system keychain cannot store the credential. %1
Vero Admin never writes credentials to disk in clear. You can keep the credential in memory for this session only: it is forgotten when Vero Admin quits and you type it again next time.</source>
        <translation>Le trousseau système ne peut pas enregistrer la clé d’accès. %1
Vero Admin n’écrit jamais de clé d’accès en clair sur le disque. Vous pouvez garder la clé d’accès en mémoire pour cette session uniquement&#xa0;: elle est oubliée à la fermeture de Vero Admin et vous la saisirez de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Workspaces (unsaved changes)</source>
        <translation>Espaces de travail (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Close without saving the changes to &quot;%1&quot;?</source>
        <translation>Fermer sans enregistrer les modifications de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>The workspaces saved on this computer; choose one to edit it</source>
        <translation>Les espaces de travail enregistrés sur cet ordinateur&#x202f;; choisissez-en un pour le modifier</translation>
    </message>
    <message>
        <source>Starts a new workspace with empty fields</source>
        <translation>Commence un nouvel espace de travail aux champs vides</translation>
    </message>
    <message>
        <source>Removes the chosen workspace and its stored credential, after a question</source>
        <translation>Retire l’espace de travail choisi et sa clé d’accès enregistrée, après confirmation</translation>
    </message>
    <message>
        <source>Where each request carries the credential: in the JSON body or in the URL query</source>
        <translation>Où chaque requête porte la clé d’accès&#xa0;: dans le corps JSON ou dans la chaîne de requête de l’URL</translation>
    </message>
    <message>
        <source>How long to wait for an answer before the request counts as failed</source>
        <translation>Combien de temps attendre une réponse avant que la requête ne compte comme échouée</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose a PEM file of extra CA certificates</source>
        <translation>Ouvre une boîte de dialogue pour choisir un fichier PEM de certificats d’autorité supplémentaires</translation>
    </message>
    <message>
        <source>Deletes the workspace&apos;s credential from the system keychain</source>
        <translation>Supprime la clé d’accès de l’espace de travail du trousseau du système</translation>
    </message>
    <message>
        <source>Uses the credential until the app closes, without storing it in the keychain</source>
        <translation>Utilise la clé d’accès jusqu’à la fermeture de l’application, sans l’enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Saves the workspace and stores its credential in the system keychain</source>
        <translation>Enregistre l’espace de travail et range sa clé d’accès dans le trousseau du système</translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation>Revient à la fenêtre principale</translation>
    </message>
</context>
<context>
    <name>WorkspaceLabel</name>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox workspace; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est l’espace de travail sandbox intégré&#x202f;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists.</source>
        <translation>Un espace de travail nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The settings file could not be written.</source>
        <translation>Le fichier de réglages n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’espace de travail nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitcher</name>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Where requests are sent</source>
        <translation>Où les requêtes sont envoyées</translation>
    </message>
    <message>
        <source>Local sandbox started by Vero Admin</source>
        <translation>Sandbox locale démarrée par Vero Admin</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Updating the request history</source>
        <translation>Mise à jour de l’historique des requêtes</translation>
    </message>
    <message>
        <source>Updating the request history for this version of Vero Admin. With a large history this can take a few minutes; the window opens when it is done.</source>
        <translation>Mise à jour de l’historique des requêtes pour cette version de Vero Admin. Avec un historique volumineux, cela peut prendre quelques minutes&#x202f;; la fenêtre s’ouvre une fois la mise à jour terminée.</translation>
    </message>
</context>
<context>
    <name>veroctl</name>
    <message>
        <source>  ETA %1</source>
        <translation>  fin estimée dans %1</translation>
    </message>
    <message>
        <source>  %1 not done</source>
        <translation>  %1 non traitées</translation>
    </message>
    <message>
        <source>%1 of %2 rows finished (%3 done, %4 rejected, %5 failed), %6/s</source>
        <translation>%1 lignes sur %2 terminées (%3 traitées, %4 refusées, %5 en échec), %6/s</translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation>Ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The credential in %1 cannot be used: %2 Nothing was sent.</source>
        <translation>La clé d’accès de %1 est inutilisable&#xa0;: %2 Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Use the saved workspace NAME (base URL, and the credential stored for it in the keychain, which comes before $VERO_AUTH_TOKEN).</source>
        <translation>Utiliser l’espace de travail enregistré NAME (URL de base, et la clé d’accès enregistrée pour lui dans le trousseau, prioritaire sur $VERO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>Send to URL (default %1).</source>
        <translation>Envoyer à URL (par défaut %1).</translation>
    </message>
    <message>
        <source>Name of the credential field: auth_token or tracking_api_key.</source>
        <translation>Nom du champ de la clé d’accès&#xa0;: auth_token ou tracking_api_key.</translation>
    </message>
    <message>
        <source>Where the credential goes: body or query.</source>
        <translation>Où va la clé d’accès&#xa0;: body ou query.</translation>
    </message>
    <message>
        <source>Give up after SECONDS, the deadline for the whole request and its answer (default %1).</source>
        <translation>Abandonner après SECONDS, le délai pour toute la requête et sa réponse (par défaut %1).</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in PEM file.</source>
        <translation>Faire aussi confiance au(x) certificat(s) d’AC du fichier PEM.</translation>
    </message>
    <message>
        <source>Read the credential from FILE, before the keychain and $VERO_AUTH_TOKEN.</source>
        <translation>Lire la clé d’accès dans FILE, avant le trousseau et $VERO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>Print the request (curl command, or JSON with --json) and send nothing.</source>
        <translation>Afficher la requête (commande curl, ou JSON avec --json) sans rien envoyer.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <source>Send Vero Track API v2 requests from the command line.

Commands:
  identify     create or update a user (users/track)
  edit         edit user properties (legacy users/edit)
  alias        change a user&apos;s id (users/reidentify)
  unsubscribe  unsubscribe a user
  resubscribe  resubscribe a user
  delete       delete a user, permanently
  tags         add or remove tags
  event        track an event (events/track)
  heartbeat    test the connection
  bulk         run an operation for every row of a CSV file, resumable (--list shows the jobs)
  workspace    list | add NAME | remove NAME | set-token NAME (token read from stdin)

Run &apos;veroctl COMMAND --help&apos; for a command&apos;s options.

%1

Exit codes:
  0  accepted by the service (2xx)
  1  rejected by the service (4xx)
  2  bad input or local problem; nothing was sent
  3  network failure, timeout, server error (5xx), or an answer cut short or damaged
For bulk: 0 every row done; 1 some rows rejected, failed or invalid (dry run: some invalid); 2 the file, mapping or options are unusable and nothing was sent; 3 stopped with rows still pending (resume the job).</source>
        <translation>Envoyer des requêtes à la Vero Track API v2 depuis la ligne de commande.

Commandes&#xa0;:
  identify     créer ou mettre à jour un utilisateur (users/track)
  edit         modifier les propriétés d’un utilisateur (ancien users/edit)
  alias        changer l’identifiant d’un utilisateur (users/reidentify)
  unsubscribe  désabonner un utilisateur
  resubscribe  réabonner un utilisateur
  delete       supprimer un utilisateur, définitivement
  tags         ajouter ou retirer des tags
  event        enregistrer un événement (events/track)
  heartbeat    tester la connexion
  bulk         exécuter une opération pour chaque ligne d’un fichier CSV, avec reprise possible (--list affiche les tâches)
  workspace    list | add NAME | remove NAME | set-token NAME (jeton lu sur stdin)

Lancez &apos;veroctl COMMANDE --help&apos; pour les options d’une commande.

%1

Codes de sortie&#xa0;:
  0  accepté par le service (2xx)
  1  refusé par le service (4xx)
  2  saisie incorrecte ou problème local&#x202f;; rien n’a été envoyé
  3  panne réseau, délai dépassé, erreur du serveur (5xx), ou réponse tronquée ou endommagée
Pour bulk&#xa0;: 0 toutes les lignes traitées&#x202f;; 1 des lignes refusées, en échec ou invalides (essai à blanc&#xa0;: des lignes invalides)&#x202f;; 2 le fichier, la correspondance ou les options sont inutilisables et rien n’a été envoyé&#x202f;; 3 arrêt avec des lignes encore en attente (reprenez la tâche).</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was sent.</source>
        <translation>L’argument %1 n’est pas du texte UTF-8 valide&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>La commande à exécuter (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;veroctl --help&apos; for the list.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez &apos;veroctl --help&apos; pour la liste.</translation>
    </message>
    <message>
        <source>Run &apos;veroctl --help&apos; for usage.</source>
        <translation>Lancez &apos;veroctl --help&apos; pour l’utilisation.</translation>
    </message>
    <message>
        <source>--%1 is given more than once; give it once. Nothing was sent.</source>
        <translation>--%1 est indiqué plusieurs fois&#x202f;; indiquez-le une seule fois. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;. &apos;veroctl workspace list&apos; shows them.</source>
        <translation>Il n’y a pas d’espace de travail nommé «&#xa0;%1&#xa0;». &apos;veroctl workspace list&apos; les affiche.</translation>
    </message>
    <message>
        <source>--credential-in must be body or query.</source>
        <translation>--credential-in doit valoir body ou query.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds.</source>
        <translation>--timeout doit être un nombre entier de secondes.</translation>
    </message>
    <message>
        <source>The credential is read from, in this order: --token-file FILE; the system keychain entry of --workspace NAME (see &apos;workspace set-token&apos;); $VERO_AUTH_TOKEN, only when no workspace is named or the workspace has no stored credential (veroctl says when it ignores $VERO_AUTH_TOKEN, and refuses it when the keychain cannot be read). Never from an argument.</source>
        <translation>La clé d’accès est lue, dans cet ordre&#xa0;: --token-file FILE&#x202f;; l’entrée du trousseau système de --workspace NAME (voir &apos;workspace set-token&apos;)&#x202f;; $VERO_AUTH_TOKEN, seulement si aucun espace de travail n’est nommé ou si l’espace de travail n’a pas de clé enregistrée (veroctl signale quand il ignore $VERO_AUTH_TOKEN, et le refuse quand le trousseau ne peut pas être lu). Jamais depuis un argument.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Impossible de lire le fichier de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c’est un dossier.</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Le fichier de jeton %1 est vide.</translation>
    </message>
    <message>
        <source>the token file %1</source>
        <translation>le fichier de jeton %1</translation>
    </message>
    <message>
        <source>$VERO_AUTH_TOKEN is set but not used: %1</source>
        <translation>$VERO_AUTH_TOKEN est défini mais pas utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>--token-file comes first.</source>
        <translation>--token-file est prioritaire.</translation>
    </message>
    <message>
        <source>the app&apos;s sandbox has its own token.</source>
        <translation>la sandbox de l’application a son propre jeton.</translation>
    </message>
    <message>
        <source>the keychain entry of workspace &quot;%1&quot;</source>
        <translation>l’entrée du trousseau de l’espace de travail «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; has its own credential in the keychain.</source>
        <translation>l’espace de travail «&#xa0;%1&#xa0;» a sa propre clé d’accès dans le trousseau.</translation>
    </message>
    <message>
        <source>No credential is stored for this workspace.</source>
        <translation>Aucune clé d’accès n’est enregistrée pour cet espace de travail.</translation>
    </message>
    <message>
        <source>No credential for workspace &quot;%1&quot;: %2 Store one with &apos;veroctl workspace set-token %1&apos;, or set $VERO_AUTH_TOKEN.</source>
        <translation>Aucune clé d’accès pour l’espace de travail «&#xa0;%1&#xa0;»&#xa0;: %2 Enregistrez-en une avec &apos;veroctl workspace set-token %1&apos;, ou définissez $VERO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), so veroctl cannot tell whether workspace &quot;%2&quot; has its own credential; $VERO_AUTH_TOKEN was not sent to %3. Unlock the keychain, or choose the credential with --token-file FILE.</source>
        <translation>Le trousseau n’a pas pu être lu (%1), donc veroctl ne peut pas savoir si l’espace de travail «&#xa0;%2&#xa0;» a sa propre clé d’accès&#x202f;; $VERO_AUTH_TOKEN n’a pas été envoyé à %3. Déverrouillez le trousseau, ou choisissez la clé d’accès avec --token-file FILE.</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; has no stored credential, so $VERO_AUTH_TOKEN is sent to %2.</source>
        <translation>l’espace de travail «&#xa0;%1&#xa0;» n’a pas de clé d’accès enregistrée, donc $VERO_AUTH_TOKEN est envoyé à %2.</translation>
    </message>
    <message>
        <source>this system has no keychain, so workspace &quot;%1&quot; has no stored credential; $VERO_AUTH_TOKEN is sent to %2.</source>
        <translation>ce système n’a pas de trousseau, donc l’espace de travail «&#xa0;%1&#xa0;» n’a pas de clé d’accès enregistrée&#x202f;; $VERO_AUTH_TOKEN est envoyé à %2.</translation>
    </message>
    <message>
        <source>No credential: set $VERO_AUTH_TOKEN, use --token-file FILE, or use a --workspace with a stored token.</source>
        <translation>Aucune clé d’accès&#xa0;: définissez $VERO_AUTH_TOKEN, utilisez --token-file FILE, ou un --workspace avec un jeton enregistré.</translation>
    </message>
</context>
</TS>
