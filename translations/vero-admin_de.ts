<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vero Admin</source>
        <translation>Über Vero Admin</translation>
    </message>
    <message>
        <source>Manage the user records of a Vero account through the Track API v2: identify, edit, alias, subscriptions, tags, events and deletions.</source>
        <translation>Verwalten Sie die Benutzerdatensätze eines Vero-Kontos über die Track API v2: Identifizieren, Bearbeiten, Alias, Abonnements, Tags, Ereignisse und Löschungen.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>Symbol von %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Application id %1, built with Qt %2, running on Qt %3.</source>
        <translation>Anwendungs-ID %1, erstellt mit Qt %2, läuft unter Qt %3.</translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation>Das Fenster „Über“ schließen</translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation>Kehrt zum Hauptfenster zurück</translation>
    </message>
</context>
<context>
    <name>AliasForm</name>
    <message>
        <source>Alias (change a user&apos;s id)</source>
        <translation>Alias (ID eines Benutzers ändern)</translation>
    </message>
    <message>
        <source>Gives an existing user a new id (PUT users/reidentify).</source>
        <translation>Gibt einem bestehenden Benutzer eine neue ID (PUT users/reidentify).</translation>
    </message>
    <message>
        <source>Alias merges two user identities, merging two sets of user data into one. This is an advanced method and may have unintended consequences (Vero&apos;s API reference).</source>
        <translation>Alias führt zwei Benutzeridentitäten zusammen und vereint dabei zwei Sätze von Benutzerdaten zu einem. Dies ist eine fortgeschrittene Methode und kann unbeabsichtigte Folgen haben (Vero-API-Referenz).</translation>
    </message>
    <message>
        <source>C&amp;urrent id:</source>
        <translation>A&amp;ktuelle ID:</translation>
    </message>
    <message>
        <source>Current user id</source>
        <translation>Aktuelle Benutzer-ID</translation>
    </message>
    <message>
        <source>The user&apos;s id now, e.g. 123</source>
        <translation>Die jetzige ID des Benutzers, z. B. 123</translation>
    </message>
    <message>
        <source>&amp;New id:</source>
        <translation>&amp;Neue ID:</translation>
    </message>
    <message>
        <source>New user id</source>
        <translation>Neue Benutzer-ID</translation>
    </message>
    <message>
        <source>The id the user will have, e.g. 456</source>
        <translation>Die ID, die der Benutzer erhalten soll, z. B. 456</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Neu: Formular leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>Send alias</source>
        <translation>Alias senden</translation>
    </message>
    <message>
        <source>The id the user has in Vero now</source>
        <translation>Die ID, die der Benutzer jetzt in Vero hat</translation>
    </message>
    <message>
        <source>The id the user will have from now on</source>
        <translation>Die ID, die der Benutzer von nun an hat</translation>
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
        <translation>Die Antwort war länger als %1 MiB; nur die ersten %1 MiB wurden gelesen, der Rest wurde nicht empfangen.</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>%1: manage the user records of a Vero account.</source>
        <translation>%1: Benutzerdatensätze eines Vero-Kontos verwalten.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The sandbox stopped unexpectedly.</source>
        <translation>Die Sandbox wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The sandbox was stopped before the request could be sent.</source>
        <translation>Die Sandbox wurde beendet, bevor die Anfrage gesendet werden konnte.</translation>
    </message>
    <message>
        <source>The sandbox could not be started.</source>
        <translation>Die Sandbox konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Not sent: the sandbox is not running. %1</source>
        <translation>Nicht gesendet: Die Sandbox läuft nicht. %1</translation>
    </message>
    <message>
        <source>Not sent: the sandbox is not running.</source>
        <translation>Nicht gesendet: Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Not sent: no credential is stored for the workspace &quot;%1&quot;. Set one in Workspace &gt; Manage workspaces.</source>
        <translation>Nicht gesendet: Für den Arbeitsbereich „%1“ ist kein Zugangsschlüssel gespeichert. Legen Sie einen unter Arbeitsbereich &gt; Arbeitsbereiche verwalten fest.</translation>
    </message>
    <message>
        <source>Not sent: the credential of the workspace &quot;%1&quot; could not be read. %2</source>
        <translation>Nicht gesendet: Der Zugangsschlüssel des Arbeitsbereichs „%1“ konnte nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing reached the service.</source>
        <translation>Vor dem Senden abgebrochen: Nichts hat den Dienst erreicht.</translation>
    </message>
    <message>
        <source>The sandbox is not running. %1</source>
        <translation>Die Sandbox läuft nicht. %1</translation>
    </message>
    <message>
        <source>No credential is stored for the workspace &quot;%1&quot;. Set one in Workspace &gt; Manage workspaces.</source>
        <translation>Für den Arbeitsbereich „%1“ ist kein Zugangsschlüssel gespeichert. Legen Sie einen unter Arbeitsbereich &gt; Arbeitsbereiche verwalten fest.</translation>
    </message>
    <message>
        <source>The credential of the workspace &quot;%1&quot; could not be read. %2</source>
        <translation>Der Zugangsschlüssel des Arbeitsbereichs „%1“ konnte nicht gelesen werden. %2</translation>
    </message>
</context>
<context>
    <name>BodyValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be text or a number.</source>
        <translation>%1 muss Text oder eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 must be less than 255 characters (it has %2).</source>
        <translation>%1 muss kürzer als 255 Zeichen sein (es sind %2).</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <source>%1 is not a valid address.</source>
        <translation>%1 ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Give the user id or the email (or both).</source>
        <translation>Geben Sie die Benutzer-ID oder die E-Mail-Adresse an (oder beides).</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>%1 muss ein JSON-Objekt sein, etwa {&quot;plan&quot;: &quot;pro&quot;}.</translation>
    </message>
    <message>
        <source>%1: give at least one property.</source>
        <translation>%1: Geben Sie mindestens eine Eigenschaft an.</translation>
    </message>
    <message>
        <source>Channels must be a JSON array of {type, address, platform} objects.</source>
        <translation>Kanäle müssen ein JSON-Array aus {type, address, platform}-Objekten sein.</translation>
    </message>
    <message>
        <source>%1 must be an object with type, address and platform.</source>
        <translation>%1 muss ein Objekt mit type, address und platform sein.</translation>
    </message>
    <message>
        <source>%1: choose a type</source>
        <translation>%1: Wählen Sie einen Typ</translation>
    </message>
    <message>
        <source>%1: give the address (the device token)</source>
        <translation>%1: Geben Sie die Adresse an (das Geräte-Token)</translation>
    </message>
    <message>
        <source>%1: choose a platform</source>
        <translation>%1: Wählen Sie eine Plattform</translation>
    </message>
    <message>
        <source>%1 must be a JSON array of tag names.</source>
        <translation>%1 muss ein JSON-Array aus Tag-Namen sein.</translation>
    </message>
    <message>
        <source>%1 must hold only tag names (text).</source>
        <translation>%1 darf nur Tag-Namen (Text) enthalten.</translation>
    </message>
    <message>
        <source>%1: a tag must not be empty.</source>
        <translation>%1: Ein Tag darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1: give at least one tag (or one to remove).</source>
        <translation>%1: Geben Sie mindestens ein Tag an (oder eines zum Entfernen).</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both added and removed.</source>
        <translation>Das Tag „%1“ wird zugleich hinzugefügt und entfernt.</translation>
    </message>
    <message>
        <source>The identity must be a JSON object with id and/or email.</source>
        <translation>Die Identität muss ein JSON-Objekt mit id und/oder email sein.</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Current id</source>
        <translation>Aktuelle ID</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Neue ID</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Hinzuzufügende Tags</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Zu entfernende Tags</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>The new id must differ from the current id.</source>
        <translation>Die neue ID muss sich von der aktuellen ID unterscheiden.</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Vero Admin now keeps its files in %1 and %2. These earlier files could not be moved there and are left where they were: %3</source>
        <translation>Vero Admin speichert seine Dateien jetzt in %1 und %2. Diese älteren Dateien konnten nicht dorthin verschoben werden und bleiben, wo sie waren: %3</translation>
    </message>
    <message>
        <source>Vero Admin&apos;s files may be readable by other users: %1</source>
        <translation>Die Dateien von Vero Admin sind möglicherweise für andere Benutzer lesbar: %1</translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message>
        <source>The operation for every row: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</source>
        <translation>Die Operation für jede Zeile: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</translation>
    </message>
    <message>
        <source>The CSV file, one row per user, with a header line.</source>
        <translation>Die CSV-Datei, eine Zeile pro Benutzer, mit Kopfzeile.</translation>
    </message>
    <message>
        <source>Take FIELD from COLUMN instead of the column named FIELD (repeatable).</source>
        <translation>FIELD aus COLUMN statt aus der Spalte namens FIELD nehmen (wiederholbar).</translation>
    </message>
    <message>
        <source>The event for every row (event: instead of an event_name column).</source>
        <translation>Das Ereignis für jede Zeile (event: statt einer Spalte event_name).</translation>
    </message>
    <message>
        <source>The cell separator: &apos;,&apos;, &apos;;&apos; or tab (detected when not given).</source>
        <translation>Das Zelltrennzeichen: &apos;,&apos;, &apos;;&apos; oder Tab (wird erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: %1 (detected when not given).</source>
        <translation>Die Kodierung der Datei: %1 (wird erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>What separates several tags in one cell (default: | or ;).</source>
        <translation>Was mehrere Tags in einer Zelle trennt (Standard: | oder ;).</translation>
    </message>
    <message>
        <source>Requests at a time, 1 to %1 (default 4).</source>
        <translation>Gleichzeitige Anfragen, 1 bis %1 (Standard 4).</translation>
    </message>
    <message>
        <source>At most R requests per second (default: no limit; halved on 429 or 503).</source>
        <translation>Höchstens R Anfragen pro Sekunde (Standard: keine Grenze; halbiert bei 429 oder 503).</translation>
    </message>
    <message>
        <source>Tries per row on 429, 5xx, timeouts and dropped connections, 1 to %1 (default 5).</source>
        <translation>Versuche pro Zeile bei 429, 5xx, Zeitüberschreitungen und abgebrochenen Verbindungen, 1 bis %1 (Standard 5).</translation>
    </message>
    <message>
        <source>Run even when some rows are invalid; they are skipped and reported.</source>
        <translation>Auch ausführen, wenn einige Zeilen ungültig sind; sie werden übersprungen und gemeldet.</translation>
    </message>
    <message>
        <source>Do not ask before deleting or unsubscribing (needed without a terminal).</source>
        <translation>Vor dem Löschen oder Abmelden nicht nachfragen (ohne Terminal nötig).</translation>
    </message>
    <message>
        <source>Write the failed, rejected and invalid rows to FILE (re-importable CSV).</source>
        <translation>Die fehlgeschlagenen, abgelehnten und ungültigen Zeilen in FILE schreiben (wieder importierbare CSV).</translation>
    </message>
    <message>
        <source>Send the pending rows of job JOB (after a stop, a kill or a crash).</source>
        <translation>Die ausstehenden Zeilen des Auftrags JOB senden (nach einem Anhalten, Beenden oder Absturz).</translation>
    </message>
    <message>
        <source>Send the failed rows of job JOB again.</source>
        <translation>Die fehlgeschlagenen Zeilen des Auftrags JOB erneut senden.</translation>
    </message>
    <message>
        <source>Mark job JOB cancelled; its pending rows are not sent.</source>
        <translation>Auftrag JOB als abgebrochen markieren; seine ausstehenden Zeilen werden nicht gesendet.</translation>
    </message>
    <message>
        <source>List the jobs (newest first).</source>
        <translation>Die Aufträge auflisten (neueste zuerst).</translation>
    </message>
    <message>
        <source>Show job JOB and its rows that were not done.</source>
        <translation>Auftrag JOB und seine nicht erledigten Zeilen anzeigen.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation>--concurrency muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--rate must be a number of requests per second above 0.</source>
        <translation>--rate muss eine Zahl von Anfragen pro Sekunde über 0 sein.</translation>
    </message>
    <message>
        <source>--max-attempts must be a whole number from 1 to %1.</source>
        <translation>--max-attempts muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Give --op OP --file FILE for a new run, or one of --resume, --retry-failed, --cancel, --list, --show.</source>
        <translation>Geben Sie --op OP --file FILE für einen neuen Lauf an, oder eine der Optionen --resume, --retry-failed, --cancel, --list, --show.</translation>
    </message>
    <message>
        <source>Use one of %1 at a time.</source>
        <translation>Verwenden Sie jeweils nur eine von %1.</translation>
    </message>
    <message>
        <source>--op must be one of: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</source>
        <translation>--op muss eines der folgenden sein: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</translation>
    </message>
    <message>
        <source>--event-name is only for --op event.</source>
        <translation>--event-name gilt nur für --op event.</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>--delimiter muss &apos;,&apos;, &apos;;&apos; oder Tab sein.</translation>
    </message>
    <message>
        <source>--encoding must be one of: %1.</source>
        <translation>--encoding muss eines der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>--tag-separator must not be empty.</source>
        <translation>--tag-separator darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 invalid, %4 with warnings.</source>
        <translation>%1 Zeilen: %2 gültig, %3 ungültig, %4 mit Warnungen.</translation>
    </message>
    <message>
        <source>The file has a header but no rows: nothing to send.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen: Nichts zu senden.</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the invalid rows, or run with --skip-invalid to send the others.</source>
        <translation>Es wurde nichts gesendet: Korrigieren Sie die ungültigen Zeilen oder führen Sie den Lauf mit --skip-invalid aus, um die übrigen zu senden.</translation>
    </message>
    <message>
        <source>job %1: %2 rows to send to %3 (%4); resume it with &apos;veroctl bulk --resume %1&apos; if it stops.</source>
        <translation>Auftrag %1: %2 Zeilen an %3 (%4) zu senden; setzen Sie ihn mit &apos;veroctl bulk --resume %1&apos; fort, falls er anhält.</translation>
    </message>
    <message>
        <source>Refusing to %1 %2 users on %3 without --yes (no terminal to ask).</source>
        <translation>%1 von %2 Benutzern auf %3 ohne --yes verweigert (kein Terminal zum Nachfragen).</translation>
    </message>
    <message>
        <source>%1 %2 users on %3 (%4)? Type the workspace name to go on: </source>
        <translation>%1: %2 Benutzer auf %3 (%4)? Geben Sie zum Fortfahren den Namen des Arbeitsbereichs ein: </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was sent.</source>
        <translation>Nicht bestätigt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Job %1 was created for %2 (%3); resume it with %4.</source>
        <translation>Auftrag %1 wurde für %2 (%3) angelegt; setzen Sie ihn mit %4 fort.</translation>
    </message>
    <message>
        <source>job %1: %2 failed rows to send again.</source>
        <translation>Auftrag %1: %2 fehlgeschlagene Zeilen erneut zu senden.</translation>
    </message>
    <message>
        <source>job %1 (%2, %3): %4 rows: %5 done, %6 rejected, %7 failed, %8 invalid, %9 pending</source>
        <translation>Auftrag %1 (%2, %3): %4 Zeilen: %5 erledigt, %6 abgelehnt, %7 fehlgeschlagen, %8 ungültig, %9 ausstehend</translation>
    </message>
    <message>
        <source>%1 rows not done written to %2.</source>
        <translation>%1 nicht erledigte Zeilen in %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5 of %6 done, %7 rejected, %8 failed, %9 pending</source>
        <translation>%1  %2  %3  %4  %5 von %6 erledigt, %7 abgelehnt, %8 fehlgeschlagen, %9 ausstehend</translation>
    </message>
    <message>
        <source>file: %1
workspace: %2 (%3)
created: %4</source>
        <translation>Datei: %1
Arbeitsbereich: %2 (%3)
angelegt: %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>job %1 cancelled; %2 rows were not sent (--resume %1 would still send them).</source>
        <translation>Auftrag %1 abgebrochen; %2 Zeilen wurden nicht gesendet (--resume %1 würde sie noch senden).</translation>
    </message>
    <message>
        <source>Send property COLUMN as text, number or boolean instead of detecting it per cell (repeatable).</source>
        <translation>Die Eigenschaft COLUMN als Text, Zahl oder Wahrheitswert senden, statt den Typ pro Zelle zu erkennen (wiederholbar).</translation>
    </message>
</context>
<context>
    <name>BulkJobLock</name>
    <message>
        <source>%1, process %2</source>
        <translation>%1, Prozess %2</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
</context>
<context>
    <name>BulkJobsTable</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 rejected, %4 failed, %5 invalid, %6 not sent</source>
        <translation>%1 von %2 erledigt, %3 abgelehnt, %4 fehlgeschlagen, %5 ungültig, %6 nicht gesendet</translation>
    </message>
</context>
<context>
    <name>BulkMapping</name>
    <message>
        <source>%1 cannot be run from a file.</source>
        <translation>%1 kann nicht aus einer Datei ausgeführt werden.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;; rename one.</source>
        <translation>Die Spalten %1 und %2 heißen beide „%3“; benennen Sie eine um.</translation>
    </message>
    <message>
        <source>--map %1: %2 takes the fields %3.</source>
        <translation>--map %1: %2 verwendet die Felder %3.</translation>
    </message>
    <message>
        <source>--map %1=%2: the file has no column &quot;%2&quot; (its columns: %3).</source>
        <translation>--map %1=%2: Die Datei hat keine Spalte „%2“ (ihre Spalten: %3).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to two fields.</source>
        <translation>Die Spalte „%1“ ist zwei Feldern zugeordnet.</translation>
    </message>
    <message>
        <source>The file has no %1 column (its columns: %2). Name a column %1, or map one with --map %1=COLUMN.</source>
        <translation>Die Datei hat keine Spalte %1 (ihre Spalten: %2). Nennen Sie eine Spalte %1 oder ordnen Sie eine mit --map %1=COLUMN zu.</translation>
    </message>
    <message>
        <source>The file has neither an id nor an email column (its columns: %1). Map one with --map id=COLUMN.</source>
        <translation>Die Datei hat weder eine Spalte id noch email (ihre Spalten: %1). Ordnen Sie eine mit --map id=COLUMN zu.</translation>
    </message>
    <message>
        <source>The file has neither an add nor a remove column (its columns: %1).</source>
        <translation>Die Datei hat weder eine Spalte add noch remove (ihre Spalten: %1).</translation>
    </message>
    <message>
        <source>The file has no event_name column (its columns: %1). Give every row the same event with --event-name NAME, or map a column with --map event_name=COLUMN.</source>
        <translation>Die Datei hat keine Spalte event_name (ihre Spalten: %1). Geben Sie jeder Zeile dasselbe Ereignis mit --event-name NAME oder ordnen Sie eine Spalte mit --map event_name=COLUMN zu.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Wahr/falsch</translation>
    </message>
    <message>
        <source>Detect per cell</source>
        <translation>Pro Zelle erkennen</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation>--map erwartet FIELD=COLUMN, nicht „%1“.</translation>
    </message>
    <message>
        <source>--map %1 is given twice.</source>
        <translation>--map %1 ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>--type takes COLUMN=TYPE with TYPE one of text, number, boolean, inferred; not &quot;%1&quot;.</source>
        <translation>--type erwartet COLUMN=TYPE mit TYPE aus text, number, boolean, inferred; nicht „%1“.</translation>
    </message>
    <message>
        <source>--type %1 is given twice.</source>
        <translation>--type %1 ist zweimal angegeben.</translation>
    </message>
</context>
<context>
    <name>BulkMappingTable</name>
    <message>
        <source>Property type</source>
        <translation>Eigenschaftstyp</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Verwendet als</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>property &quot;%1&quot;</source>
        <translation>Eigenschaft „%1“</translation>
    </message>
    <message>
        <source>Press F2 or double-click to choose how this column&apos;s cells are sent.</source>
        <translation>Drücken Sie F2 oder doppelklicken Sie, um zu wählen, wie die Zellen dieser Spalte gesendet werden.</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Detect per cell</source>
        <translation>Pro Zelle erkennen</translation>
    </message>
</context>
<context>
    <name>BulkOutbox</name>
    <message>
        <source>The bulk job file %1 could not be used (%2) and was moved to %3; a new one was started.</source>
        <translation>Die Auftragsdatei %1 konnte nicht verwendet werden (%2) und wurde nach %3 verschoben; eine neue wurde begonnen.</translation>
    </message>
    <message>
        <source>The bulk job file %1 cannot be used: %2</source>
        <translation>Die Auftragsdatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Could not write the job to %1: %2</source>
        <translation>Der Auftrag konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no bulk job %1 (veroctl bulk --list shows them).</source>
        <translation>Es gibt keinen Auftrag %1 (veroctl bulk --list zeigt sie an).</translation>
    </message>
</context>
<context>
    <name>BulkProblemExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BulkRowBuilder</name>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this column can send exactly (at most 15 digits)</source>
        <translation>„%1“ ist keine Zahl, die diese Spalte genau senden kann (höchstens 15 Ziffern)</translation>
    </message>
    <message>
        <source>The row has %1 cells, the header %2: a cell is missing or a delimiter too many.</source>
        <translation>Die Zeile hat %1 Zellen, die Kopfzeile %2: Eine Zelle fehlt oder ein Trennzeichen ist zu viel.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BulkRunDialog</name>
    <message>
        <source>Bulk run from CSV</source>
        <translation>Massenlauf aus CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>The CSV file: a header line, then one row per user</source>
        <translation>Die CSV-Datei: eine Kopfzeile, dann eine Zeile pro Benutzer</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>benutzer.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Die CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>Operation for every row</source>
        <translation>Operation für jede Zeile</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Kodierung der Datei</translation>
    </message>
    <message>
        <source>Sepa&amp;rator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Cell separator</source>
        <translation>Zelltrennzeichen</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>Spalten&amp;zuordnung:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs separated by commas, for columns not named like the API fields (email=E-Mail)</source>
        <translation>FELD=SPALTE-Paare, durch Kommas getrennt, für Spalten, die nicht wie die API-Felder heißen (email=E-Mail)</translation>
    </message>
    <message>
        <source>email=E-Mail, id=Customer</source>
        <translation>email=E-Mail, id=Kunde</translation>
    </message>
    <message>
        <source>E&amp;vent name:</source>
        <translation>E&amp;reignisname:</translation>
    </message>
    <message>
        <source>Event name for every row</source>
        <translation>Ereignisname für jede Zeile</translation>
    </message>
    <message>
        <source>Used when the file has no event_name column</source>
        <translation>Wird verwendet, wenn die Datei keine Spalte event_name hat</translation>
    </message>
    <message>
        <source>&amp;Tag separator:</source>
        <translation>Tag-Trenn&amp;zeichen:</translation>
    </message>
    <message>
        <source>Tag separator</source>
        <translation>Tag-Trennzeichen</translation>
    </message>
    <message>
        <source>What separates several tags in one cell; empty: | or ;</source>
        <translation>Was mehrere Tags in einer Zelle trennt; leer: | oder ;</translation>
    </message>
    <message>
        <source>| or ;</source>
        <translation>| oder ;</translation>
    </message>
    <message>
        <source>C&amp;heck file</source>
        <translation>Datei &amp;prüfen</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Reads and validates every row; nothing is sent</source>
        <translation>Liest und prüft jede Zeile; nichts wird gesendet</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>Re&amp;quests at a time:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>Raten&amp;grenze:</translation>
    </message>
    <message>
        <source>Rate limit in requests per second</source>
        <translation>Ratengrenze in Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>0 means no limit; halved on 429 or 503</source>
        <translation>0 bedeutet keine Grenze; halbiert bei 429 oder 503</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Versuche:</translation>
    </message>
    <message>
        <source>Attempts per row</source>
        <translation>Versuche pro Zeile</translation>
    </message>
    <message>
        <source>Tries on 429, 5xx, timeouts and dropped connections</source>
        <translation>Versuche bei 429, 5xx, Zeitüberschreitungen und abgebrochenen Verbindungen</translation>
    </message>
    <message>
        <source>Skip &amp;invalid rows</source>
        <translation>&amp;Ungültige Zeilen überspringen</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>Ungültige Zeilen überspringen</translation>
    </message>
    <message>
        <source>&amp;Unfinished jobs:</source>
        <translation>&amp;Unerledigte Aufträge:</translation>
    </message>
    <message>
        <source>Unfinished jobs of this workspace</source>
        <translation>Unerledigte Aufträge dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Resume &amp;job</source>
        <translation>Auftrag &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Resume the chosen job</source>
        <translation>Den gewählten Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation>Lauf &amp;starten</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>Den Lauf pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stops sending; the rows not sent stay pending and can be resumed</source>
        <translation>Beendet das Senden; die nicht gesendeten Zeilen bleiben ausstehend und können fortgesetzt werden</translation>
    </message>
    <message>
        <source>Retr&amp;y failed rows</source>
        <translation>Fehlgeschlagene Zeilen &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Fehlgeschlagene Zeilen wiederholen</translation>
    </message>
    <message>
        <source>E&amp;xport rows not done…</source>
        <translation>Nicht erledigte Zeilen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export rows not done</source>
        <translation>Nicht erledigte Zeilen exportieren</translation>
    </message>
    <message>
        <source>Failed, rejected and invalid rows as a CSV that re-imports as it is</source>
        <translation>Fehlgeschlagene, abgelehnte und ungültige Zeilen als CSV, die sich unverändert wieder importieren lässt</translation>
    </message>
    <message>
        <source>Runs on %1 (%2).</source>
        <translation>Läuft auf %1 (%2).</translation>
    </message>
    <message>
        <source>Runs on %1 (%2), a production workspace: real users.</source>
        <translation>Läuft auf %1 (%2), einem Produktionsarbeitsbereich: echte Benutzer.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The job could not be written; nothing was sent. %1</source>
        <translation>Der Auftrag konnte nicht geschrieben werden; es wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Wählen Sie zuerst eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Unsubscribe users</source>
        <translation>Benutzer abmelden</translation>
    </message>
    <message>
        <source>Deleted users lose their properties, tags and events for good; identifying one again creates a new, subscribed profile.</source>
        <translation>Gelöschte Benutzer verlieren ihre Eigenschaften, Tags und Ereignisse endgültig; wer erneut identifiziert wird, erhält ein neues, angemeldetes Profil.</translation>
    </message>
    <message>
        <source>Unsubscribed users get no more messages from campaigns.</source>
        <translation>Abgemeldete Benutzer erhalten keine Nachrichten aus Kampagnen mehr.</translation>
    </message>
    <message>
        <source>To confirm, type the workspace name (%1):</source>
        <translation>Geben Sie zur Bestätigung den Namen des Arbeitsbereichs ein (%1):</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the invalid rows, or skip them.</source>
        <translation>Es wurde nichts gesendet: Korrigieren Sie die ungültigen Zeilen oder überspringen Sie sie.</translation>
    </message>
    <message>
        <source>Writing the rows to the outbox…</source>
        <translation>Zeilen werden in den Ausgang geschrieben…</translation>
    </message>
    <message>
        <source>Job %1: reading the credential…</source>
        <translation>Auftrag %1: Zugangsschlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Job %1 was not started: %2</source>
        <translation>Auftrag %1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 rows: %4 done, %5 rejected, %6 failed, %7 invalid, %8 pending%9.</source>
        <translation>Auftrag %1: %2 von %3 Zeilen: %4 erledigt, %5 abgelehnt, %6 fehlgeschlagen, %7 ungültig, %8 ausstehend%9.</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid, skipped</source>
        <translation>Ungültig, übersprungen</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>-not-done.csv</source>
        <translation>-nicht-erledigt.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Proceed</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Den Lauf anhalten</translation>
    </message>
    <message>
        <source>Stop job %1? The rows not sent stay pending; resume it later here or with veroctl bulk --resume %1.</source>
        <translation>Auftrag %1 anhalten? Die nicht gesendeten Zeilen bleiben ausstehend; setzen Sie ihn später hier oder mit veroctl bulk --resume %1 fort.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>Prob&amp;leme</translation>
    </message>
    <message>
        <source>&amp;Mapping and first rows</source>
        <translation>Zuordnung und &amp;erste Zeilen</translation>
    </message>
    <message>
        <source>Each column of the file, what it is sent as, the type of a property and the first values</source>
        <translation>Jede Spalte der Datei, als was sie gesendet wird, der Typ einer Eigenschaft und die ersten Werte</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>Bulk runs on this workspace</source>
        <translation>Massenläufe in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Past and interrupted runs, newest first; Return shows a run&apos;s results to export, retry or resume</source>
        <translation>Frühere und unterbrochene Läufe, neueste zuerst; Return zeigt die Ergebnisse eines Laufs zum Exportieren, Wiederholen oder Fortsetzen</translation>
    </message>
    <message>
        <source>Job %1 was created for %2 at %3, which is now %4; it is not resumed here.</source>
        <translation>Auftrag %1 wurde für %2 unter %3 angelegt; die Adresse ist jetzt %4, daher wird er hier nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>Changed since the check: check the file again before a run (nothing was sent).</source>
        <translation>Seit der Prüfung geändert: Prüfen Sie die Datei erneut, bevor Sie einen Lauf starten (es wurde nichts gesendet).</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the CSV file whose rows are sent</source>
        <translation>Öffnet einen Dateidialog, um die CSV-Datei zu wählen, deren Zeilen gesendet werden</translation>
    </message>
    <message>
        <source>The operation sent once for every row of the file</source>
        <translation>Die Operation, die für jede Zeile der Datei einmal gesendet wird</translation>
    </message>
    <message>
        <source>The character encoding the file was saved in, e.g. UTF-8</source>
        <translation>Die Zeichenkodierung, in der die Datei gespeichert wurde, z. B. UTF-8</translation>
    </message>
    <message>
        <source>The character between the cells of a row, e.g. a comma or a semicolon</source>
        <translation>Das Zeichen zwischen den Zellen einer Zeile, z. B. ein Komma oder ein Semikolon</translation>
    </message>
    <message>
        <source>Each problem with the line of the file it is on</source>
        <translation>Jedes Problem mit der Zeile der Datei, in der es steht</translation>
    </message>
    <message>
        <source>How many requests are on their way at once; fewer is gentler on the service</source>
        <translation>Wie viele Anfragen gleichzeitig unterwegs sind; weniger schont den Dienst</translation>
    </message>
    <message>
        <source>Sends the valid rows and leaves the invalid ones out; otherwise an invalid row holds the run back</source>
        <translation>Sendet die gültigen Zeilen und lässt die ungültigen aus; sonst hält eine ungültige Zeile den Lauf auf</translation>
    </message>
    <message>
        <source>A run on this workspace that stopped before its last row</source>
        <translation>Ein Lauf auf diesem Arbeitsbereich, der vor seiner letzten Zeile beendet wurde</translation>
    </message>
    <message>
        <source>Sends the rows of the chosen job that were not sent yet</source>
        <translation>Sendet die noch nicht gesendeten Zeilen des gewählten Auftrags</translation>
    </message>
    <message>
        <source>Sends one request for every valid row to the workspace named above</source>
        <translation>Sendet für jede gültige Zeile eine Anfrage an den oben genannten Arbeitsbereich</translation>
    </message>
    <message>
        <source>Stops sending after the requests on their way; press again to go on</source>
        <translation>Hört nach den laufenden Anfragen auf zu senden; erneut drücken, um fortzufahren</translation>
    </message>
    <message>
        <source>Sends the rows that failed once more</source>
        <translation>Sendet die fehlgeschlagenen Zeilen noch einmal</translation>
    </message>
    <message>
        <source>Close the bulk run window</source>
        <translation>Das Fenster für Massenläufe schließen</translation>
    </message>
    <message>
        <source>A run on its way stops after a question; its job can be resumed later</source>
        <translation>Ein laufender Lauf endet nach einer Rückfrage; sein Auftrag kann später fortgesetzt werden</translation>
    </message>
    <message numerus="yes">
        <source>%1. %Ln row(s): %2 valid, %3 invalid, %4 with warnings.</source>
        <translation>
            <numerusform>%1. %Ln Zeile: %2 gültig, %3 ungültig, %4 mit Warnungen.</numerusform>
            <numerusform>%1. %Ln Zeilen: %2 gültig, %3 ungültig, %4 mit Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln problem(s) are listed.</source>
        <translation>
            <numerusform>Nur das erste Problem ist aufgeführt.</numerusform>
            <numerusform>Nur die ersten %Ln Probleme sind aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s) from %1 (%2)?</source>
        <translation>
            <numerusform>%Ln Benutzer aus %1 (%2) löschen?</numerusform>
            <numerusform>%Ln Benutzer aus %1 (%2) löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %Ln user(s) on %1 (%2)?</source>
        <translation>
            <numerusform>%Ln Benutzer auf %1 (%2) abmelden?</numerusform>
            <numerusform>%Ln Benutzer auf %1 (%2) abmelden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer löschen</numerusform>
            <numerusform>%Ln Benutzer löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer abmelden</numerusform>
            <numerusform>%Ln Benutzer abmelden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Zeile in %1 geschrieben.</numerusform>
            <numerusform>%Ln Zeilen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3 of %Ln row(s) pending (%4)</source>
        <translation>
            <numerusform>%1 — %2, %3 von %Ln Zeile ausstehend (%4)</numerusform>
            <numerusform>%1 — %2, %3 von %Ln Zeilen ausstehend (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column mapping: %1</source>
        <translation>Spaltenzuordnung: %1</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Could not read the job: %1</source>
        <translation>Der Auftrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write the job: %1</source>
        <translation>Der Auftrag konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cancelled. The rows not sent stay pending; resume the job to send them.</source>
        <translation>Abgebrochen. Die nicht gesendeten Zeilen bleiben ausstehend; setzen Sie den Auftrag fort, um sie zu senden.</translation>
    </message>
    <message>
        <source>The service answered %1 (%2): stopped with rows still to send.</source>
        <translation>Der Dienst antwortete %1 (%2): angehalten, obwohl noch Zeilen zu senden sind.</translation>
    </message>
    <message>
        <source>%1 Stopped with rows still to send.</source>
        <translation>%1 Angehalten, obwohl noch Zeilen zu senden sind.</translation>
    </message>
    <message>
        <source>Could not write the outcome of rows to %1: %2</source>
        <translation>Das Ergebnis der Zeilen konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Job %1 is being sent by %2 right now; nothing was sent from here. Let that run finish, or stop it there, then resume.</source>
        <translation>Auftrag %1 wird gerade anderswo gesendet (%2); von hier wurde nichts gesendet. Lassen Sie diesen Lauf zu Ende laufen oder halten Sie ihn dort an, und setzen Sie ihn dann fort.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
</context>
<context>
    <name>BulkSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header line and a row per user.</source>
        <translation>%1 ist leer: Die Datei braucht eine Kopfzeile und eine Zeile pro Benutzer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property column, so it cannot have a type.</source>
        <translation>„%1“ ist keine Eigenschaftsspalte und kann daher keinen Typ haben.</translation>
    </message>
    <message>
        <source>%1 takes no properties, so &quot;%2&quot; cannot have a type.</source>
        <translation>%1 akzeptiert keine Eigenschaften, daher kann „%2“ keinen Typ haben.</translation>
    </message>
</context>
<context>
    <name>BulkValidation</name>
    <message>
        <source>Validation was stopped at line %1.</source>
        <translation>Die Prüfung wurde in Zeile %1 beendet.</translation>
    </message>
    <message>
        <source>The file is not valid %1: some characters would be sent wrong. Choose its encoding (for example windows-1252).</source>
        <translation>Die Datei ist kein gültiges %1: Einige Zeichen würden falsch gesendet. Wählen Sie ihre Kodierung (zum Beispiel windows-1252).</translation>
    </message>
    <message>
        <source>line %1: error: %2</source>
        <translation>Zeile %1: Fehler: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>Zeile %1: Warnung: %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>Channels table</source>
        <translation>Kanaltabelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address (device token)</source>
        <translation>Adresse (Geräte-Token)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>The channel type, usually push.</source>
        <translation>Der Kanaltyp, meist push.</translation>
    </message>
    <message>
        <source>The unique device token.</source>
        <translation>Das eindeutige Geräte-Token.</translation>
    </message>
    <message>
        <source>The device platform: ios or android.</source>
        <translation>Die Geräteplattform: ios oder android.</translation>
    </message>
    <message>
        <source>Add &amp;channel</source>
        <translation>&amp;Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Einen Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Remove the selected channel</source>
        <translation>Den ausgewählten Kanal entfernen</translation>
    </message>
    <message>
        <source>One channel a row: its type, its address and its platform</source>
        <translation>Ein Kanal pro Zeile: sein Typ, seine Adresse und seine Plattform</translation>
    </message>
    <message>
        <source>Adds an empty row to the channels table and starts editing it</source>
        <translation>Fügt der Kanaltabelle eine leere Zeile hinzu und beginnt, sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Removes the selected rows from the channels table</source>
        <translation>Entfernt die ausgewählten Zeilen aus der Kanaltabelle</translation>
    </message>
</context>
<context>
    <name>ConnectionTestForm</name>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Calls heartbeat (GET heartbeat) on the current workspace to check that its base URL reaches a Vero service. Heartbeat needs no credential, so this checks the address and the connection, not the credential.</source>
        <translation>Ruft heartbeat (GET heartbeat) im aktuellen Arbeitsbereich auf, um zu prüfen, ob seine Basis-URL einen Vero-Dienst erreicht. Heartbeat braucht keinen Zugangsschlüssel; geprüft werden also Adresse und Verbindung, nicht der Zugangsschlüssel.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Neu: Formular leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>Press Test connection to check this workspace.</source>
        <translation>Klicken Sie auf „Verbindung testen“, um diesen Arbeitsbereich zu prüfen.</translation>
    </message>
    <message>
        <source>Connected: the workspace&apos;s base URL reaches a Vero service. Heartbeat does not use the credential, so a wrong credential only shows on the first real send (as 401 Unauthorized).</source>
        <translation>Verbunden: Die Basis-URL des Arbeitsbereichs erreicht einen Vero-Dienst. Heartbeat verwendet den Zugangsschlüssel nicht; ein falscher Zugangsschlüssel zeigt sich daher erst beim ersten echten Senden (als 401 Unauthorized).</translation>
    </message>
    <message>
        <source>A server answered, but it has no Vero heartbeat at this address (404). Check that the base URL ends in /api/v2.</source>
        <translation>Ein Server hat geantwortet, hat unter dieser Adresse aber keinen Vero-Heartbeat (404). Prüfen Sie, ob die Basis-URL auf /api/v2 endet.</translation>
    </message>
    <message>
        <source>A server answered but refused the heartbeat (HTTP %1). Check the base URL.</source>
        <translation>Ein Server hat geantwortet, aber den Heartbeat abgelehnt (HTTP %1). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The service answered with a server error (HTTP %1); it may be down. Try again later.</source>
        <translation>Der Dienst antwortete mit einem Serverfehler (HTTP %1); er ist möglicherweise ausgefallen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Not connected: nothing answered at the workspace&apos;s base URL (the reason is below).</source>
        <translation>Nicht verbunden: Unter der Basis-URL des Arbeitsbereichs hat nichts geantwortet (der Grund steht unten).</translation>
    </message>
    <message>
        <source>Not tested: the workspace&apos;s settings stopped the request before it left (the reason is below).</source>
        <translation>Nicht getestet: Die Einstellungen des Arbeitsbereichs haben die Anfrage vor dem Absenden gestoppt (der Grund steht unten).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No credential is stored for this workspace.</source>
        <translation>Für diesen Arbeitsbereich ist kein Zugangsschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain did not let Vero Admin read or store the credential: it is locked, or the request was declined. Unlock the keychain (log in to the desktop again, or unlock it in your passwords manager) and try again.</source>
        <translation>Der System-Schlüsselbund hat Vero Admin den Zugangsschlüssel nicht lesen oder speichern lassen: Er ist gesperrt, oder die Anfrage wurde abgelehnt. Entsperren Sie den Schlüsselbund (melden Sie sich erneut am Desktop an oder entsperren Sie ihn in Ihrer Passwortverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). Install and start one, or use a credential for this session only.</source>
        <translation>Kein System-Schlüsselbund verfügbar (unter Linux: ein Secret Service wie GNOME Keyring oder KWallet). Installieren und starten Sie einen, oder verwenden Sie einen Zugangsschlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Check that it is running and unlocked, then try again.</source>
        <translation>Der System-Schlüsselbund konnte nicht verwendet werden (%1). Prüfen Sie, ob er läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: this session has no D-Bus session bus, which the keychain (GNOME Keyring or KWallet) is reached through. Log in to a desktop session, or run Vero Admin inside one (dbus-run-session), then try again.</source>
        <translation>Der Systemschlüsselbund ist nicht erreichbar: Diese Sitzung hat keinen D-Bus-Sitzungsbus, über den der Schlüsselbund (GNOME Keyring oder KWallet) erreicht wird. Melden Sie sich an einer Desktop-Sitzung an oder starten Sie Vero Admin in einer solchen (dbus-run-session) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Vero Admin&apos;s keychain module (%1) could not be loaded: %2. Reinstall Vero Admin, then try again.</source>
        <translation>Das Schlüsselbund-Modul von Vero Admin (%1) konnte nicht geladen werden: %2. Installieren Sie Vero Admin neu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Vero Admin&apos;s keychain module is missing (looked for %1). Reinstall Vero Admin, then try again.</source>
        <translation>Das Schlüsselbund-Modul von Vero Admin fehlt (gesucht unter %1). Installieren Sie Vero Admin neu und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <source>The credential is empty.</source>
        <translation>Der Zugangsschlüssel ist leer.</translation>
    </message>
    <message>
        <source>The credential is longer than %1 characters.</source>
        <translation>Der Zugangsschlüssel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The credential is not valid text.</source>
        <translation>Der Zugangsschlüssel ist kein gültiger Text.</translation>
    </message>
    <message>
        <source>The credential holds a line break (character %1): it looks like more than one line was pasted.</source>
        <translation>Der Zugangsschlüssel enthält einen Zeilenumbruch (Zeichen %1): Offenbar wurde mehr als eine Zeile eingefügt.</translation>
    </message>
    <message>
        <source>The credential holds a control character (character %1).</source>
        <translation>Der Zugangsschlüssel enthält ein Steuerzeichen (Zeichen %1).</translation>
    </message>
    <message>
        <source>The credential holds a space (character %1).</source>
        <translation>Der Zugangsschlüssel enthält ein Leerzeichen (Zeichen %1).</translation>
    </message>
    <message>
        <source>The credential holds an invisible formatting character (character %1).</source>
        <translation>Der Zugangsschlüssel enthält ein unsichtbares Formatierungszeichen (Zeichen %1).</translation>
    </message>
    <message>
        <source>The credential holds a byte sequence that is not UTF-8 text (character %1).</source>
        <translation>Der Zugangsschlüssel enthält eine Bytefolge, die kein UTF-8-Text ist (Zeichen %1).</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source> (detected)</source>
        <translation> (erkannt)</translation>
    </message>
    <message>
        <source>%1%2, %3-separated%4</source>
        <translation>%1%2, getrennt durch %3%4</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a record runs on for more than %2 characters; a quote is probably never closed.</source>
        <translation>Zeile %1: Ein Datensatz läuft über mehr als %2 Zeichen; vermutlich wird ein Anführungszeichen nie geschlossen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation>Zeile %1: Eine Zelle in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>CurrentUserStrip</name>
    <message>
        <source>Current user</source>
        <translation>Aktueller Benutzer</translation>
    </message>
    <message>
        <source>The user every form is about. Typing another id or email in a form changes it; the other forms follow, and fields entered for someone else are emptied.</source>
        <translation>Der Benutzer, um den es in allen Formularen geht. Eine andere ID oder E-Mail-Adresse in einem Formular ändert ihn; die anderen Formulare folgen, und Felder, die für jemand anderen eingegeben wurden, werden geleert.</translation>
    </message>
    <message>
        <source>Clear user</source>
        <translation>Benutzer leeren</translation>
    </message>
    <message>
        <source>Empty the user id, email and per-user fields in every form, to start on the next user</source>
        <translation>Benutzer-ID, E-Mail-Adresse und benutzerbezogene Felder in allen Formularen leeren, um mit dem nächsten Benutzer zu beginnen</translation>
    </message>
    <message>
        <source>Clear the current user</source>
        <translation>Den aktuellen Benutzer leeren</translation>
    </message>
    <message>
        <source>Current user: none (type a user id or email in any form)</source>
        <translation>Aktueller Benutzer: keiner (geben Sie in einem beliebigen Formular eine Benutzer-ID oder E-Mail-Adresse ein)</translation>
    </message>
    <message>
        <source>Current user: %1</source>
        <translation>Aktueller Benutzer: %1</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Do not ask to type the id back (for scripts).</source>
        <translation>Nicht verlangen, die ID zur Bestätigung einzugeben (für Skripte).</translation>
    </message>
    <message>
        <source>delete needs confirmation: run it in a terminal to type the id back, or add --yes. Nothing was sent.</source>
        <translation>delete braucht eine Bestätigung: Führen Sie es in einem Terminal aus, um die ID einzugeben, oder fügen Sie --yes hinzu. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Deleting user &quot;%1&quot; is permanent: all properties and activity are lost.</source>
        <translation>Das Löschen des Benutzers „%1“ ist endgültig: Alle Eigenschaften und Aktivitäten gehen verloren.</translation>
    </message>
    <message>
        <source>Type the user id to confirm: </source>
        <translation>Geben Sie zur Bestätigung die Benutzer-ID ein: </translation>
    </message>
    <message>
        <source>The id typed does not match; nothing was sent.</source>
        <translation>Die eingegebene ID stimmt nicht überein; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cancel, change nothing</source>
        <translation>Abbrechen, nichts ändern</translation>
    </message>
    <message>
        <source>The button to go on is enabled once this matches the text asked for</source>
        <translation>Die Schaltfläche zum Fortfahren wird aktiv, sobald dies mit dem verlangten Text übereinstimmt</translation>
    </message>
    <message>
        <source>Goes ahead once the text asked for is typed above</source>
        <translation>Fährt fort, sobald der verlangte Text oben eingegeben ist</translation>
    </message>
    <message>
        <source>Closes this window; nothing is changed</source>
        <translation>Schließt dieses Fenster; nichts wird verändert</translation>
    </message>
</context>
<context>
    <name>DeleteForm</name>
    <message>
        <source>Delete a user</source>
        <translation>Einen Benutzer löschen</translation>
    </message>
    <message>
        <source>Deletes the user with this id (POST users/delete). You will be asked to confirm.</source>
        <translation>Löscht den Benutzer mit dieser ID (POST users/delete). Sie werden um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>Deleting a user is permanent: all of the user&apos;s properties and activity are lost and cannot be recovered. A deleted user who is identified again later comes back as a new profile, subscribed by default.</source>
        <translation>Das Löschen eines Benutzers ist endgültig: Alle Eigenschaften und Aktivitäten des Benutzers gehen verloren und können nicht wiederhergestellt werden. Ein gelöschter Benutzer, der später erneut identifiziert wird, kommt als neues Profil zurück, standardmäßig angemeldet.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben, z. B. 1234</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Neu: Formular leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>Benutzer &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Den Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete user permanently?</source>
        <translation>Benutzer endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>%1 aus %2 löschen?</translation>
    </message>
    <message>
        <source>This deletion is permanent. All of the user&apos;s properties and activity on %1 are lost and cannot be recovered.</source>
        <translation>Diese Löschung ist endgültig. Alle Eigenschaften und Aktivitäten des Benutzers auf %1 gehen verloren und können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>A deleted user who is identified again later comes back as a new profile, subscribed by default: an identify or an event sent to %1 afterwards creates a new, subscribed user with none of the old data.</source>
        <translation>Ein gelöschter Benutzer, der später erneut identifiziert wird, kommt als neues Profil zurück, standardmäßig angemeldet: Ein danach an %1 gesendetes Identify oder Ereignis legt einen neuen, angemeldeten Benutzer ohne die alten Daten an.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete %1 from %2 permanently</source>
        <translation>%1 endgültig aus %2 löschen</translation>
    </message>
    <message>
        <source>To confirm, type the user id (%1), then press Enter:</source>
        <translation>Geben Sie zur Bestätigung die Benutzer-ID (%1) ein und drücken Sie die Eingabetaste:</translation>
    </message>
    <message>
        <source>Deletion cancelled: nothing was sent.</source>
        <translation>Löschen abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben</translation>
    </message>
</context>
<context>
    <name>DeletedUser</name>
    <message>
        <source>someone on this computer</source>
        <translation>jemand auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 (with veroctl)</source>
        <translation>%1 (mit veroctl)</translation>
    </message>
    <message>
        <source>%1 was deleted on %2 by %3; sending creates a new, subscribed profile.</source>
        <translation>%1 wurde am %2 von %3 gelöscht; Senden legt ein neues, angemeldetes Profil an.</translation>
    </message>
</context>
<context>
    <name>DuplicateEvent</name>
    <message numerus="yes">
        <source>%1 got the event &quot;%2&quot; with the same data %n second(s) ago. Vero drops an identical event sent within a few minutes as a duplicate, so this one may be ignored.</source>
        <translation>
            <numerusform>%1 hat das Ereignis „%2“ mit denselben Daten vor %n Sekunde erhalten. Vero verwirft ein identisches Ereignis, das innerhalb weniger Minuten gesendet wird, als Duplikat; dieses wird also möglicherweise ignoriert.</numerusform>
            <numerusform>%1 hat das Ereignis „%2“ mit denselben Daten vor %n Sekunden erhalten. Vero verwirft ein identisches Ereignis, das innerhalb weniger Minuten gesendet wird, als Duplikat; dieses wird also möglicherweise ignoriert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditPropertiesForm</name>
    <message>
        <source>Edit properties</source>
        <translation>Eigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Changes properties of an existing user (PUT users/edit). Give the user id or the email.</source>
        <translation>Ändert Eigenschaften eines bestehenden Benutzers (PUT users/edit). Geben Sie die Benutzer-ID oder die E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Legacy endpoint: users/edit is no longer in Vero&apos;s documentation (since 2025). It still works and the official Ruby gem still uses it; Identify with properties does the same for new work.</source>
        <translation>Veralteter Endpunkt: users/edit steht seit 2025 nicht mehr in der Vero-Dokumentation. Er funktioniert weiterhin und das offizielle Ruby-Gem nutzt ihn noch; Identifizieren mit Eigenschaften leistet für neue Arbeit dasselbe.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben, z. B. 1234</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>z. B. ada@example.com</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>Ä&amp;nderungen:</translation>
    </message>
    <message>
        <source>Property changes</source>
        <translation>Eigenschaftsänderungen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Neu: Formular leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send property changes</source>
        <translation>Eigenschaftsänderungen senden</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben; die ID oder die E-Mail-Adresse genügt</translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation>Die E-Mail-Adresse des Benutzers; die ID oder die E-Mail-Adresse genügt</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The secure connection to %1 could not be trusted (%2). Nothing was sent. If this is your own server, add its CA certificate to the workspace.</source>
        <translation>Der sicheren Verbindung zu %1 konnte nicht vertraut werden (%2). Es wurde nichts gesendet. Wenn dies Ihr eigener Server ist, fügen Sie sein CA-Zertifikat dem Arbeitsbereich hinzu.</translation>
    </message>
    <message>
        <source>The proxy %1 could not be used to reach %2; nothing was sent. Check your proxy settings (https_proxy, http_proxy, no_proxy).</source>
        <translation>Der Proxy %1 konnte nicht genutzt werden, um %2 zu erreichen; es wurde nichts gesendet. Prüfen Sie Ihre Proxy-Einstellungen (https_proxy, http_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing was sent. Check the workspace&apos;s base URL, or that the server is running.</source>
        <translation>%1 hat die Verbindung abgelehnt; es wurde nichts gesendet. Prüfen Sie die Basis-URL des Arbeitsbereichs oder ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server %1 could not be found; nothing was sent. Check the base URL and your internet connection.</source>
        <translation>Der Server %1 wurde nicht gefunden; es wurde nichts gesendet. Prüfen Sie die Basis-URL und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP: it closed the connection without an HTTP status (the address may not be an HTTP server, or the server stopped). The request went out; check before sending it again.</source>
        <translation>%1 hat nicht per HTTP geantwortet: Die Verbindung wurde ohne HTTP-Status geschlossen (die Adresse ist vielleicht kein HTTP-Server, oder der Server wurde beendet). Die Anfrage wurde abgeschickt; prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP(S) and closed the connection before the request went out; nothing was received. Check the base URL&apos;s scheme (https://) and port.</source>
        <translation>%1 hat nicht per HTTP(S) geantwortet und die Verbindung geschlossen, bevor die Anfrage abgeschickt wurde; nichts ist angekommen. Prüfen Sie Schema (https://) und Port der Basis-URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTPS: a secure connection could not be set up, so nothing was sent. Check that the base URL uses the right scheme (https:// or, for a local sandbox, http://) and port.</source>
        <translation>%1 hat nicht per HTTPS geantwortet: Es konnte keine sichere Verbindung aufgebaut werden, daher wurde nichts gesendet. Prüfen Sie, ob die Basis-URL das richtige Schema (https:// oder, für eine lokale Sandbox, http://) und den richtigen Port verwendet.</translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1; nothing was sent. Check your proxy settings.</source>
        <translation>Der Proxyserver konnte nicht genutzt werden, um %1 zu erreichen; es wurde nichts gesendet. Prüfen Sie Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The network is unavailable; nothing was sent. Check your internet connection and try again.</source>
        <translation>Das Netzwerk ist nicht verfügbar; es wurde nichts gesendet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request to %1 failed after it went out (network error %2); it may have been received. Check before sending it again.</source>
        <translation>Die Anfrage an %1 ist nach dem Absenden fehlgeschlagen (Netzwerkfehler %2); sie ist möglicherweise angekommen. Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The request to %1 failed before it went out whole (network error %2); it was not received.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen, bevor sie vollständig abgeschickt war (Netzwerkfehler %2); sie ist nicht angekommen.</translation>
    </message>
    <message>
        <source>the connection closed before all of it arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor alles angekommen war</translation>
    </message>
    <message>
        <source>its compression is broken, so it cannot be read</source>
        <translation>ihre Komprimierung ist fehlerhaft, daher kann sie nicht gelesen werden</translation>
    </message>
    <message>
        <source>it breaks the rules of HTTP</source>
        <translation>sie verstößt gegen die Regeln von HTTP</translation>
    </message>
    <message>
        <source>it says it is JSON but is not whole JSON (cut short, or badly chunked)</source>
        <translation>sie gibt sich als JSON aus, ist aber kein vollständiges JSON (abgeschnitten oder fehlerhaft gestückelt)</translation>
    </message>
    <message>
        <source>The answer from %1 (status %2) was damaged: %3. The request may have been applied; check before sending it again.</source>
        <translation>Die Antwort von %1 (Status %2) war beschädigt: %3. Die Anfrage wurde möglicherweise ausgeführt; prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid (400 Bad Request).</source>
        <translation>Der Dienst hat die Anfrage als ungültig abgelehnt (400 Bad Request).</translation>
    </message>
    <message>
        <source>The service rejected the credential (401 Unauthorized). Check the workspace&apos;s credential and its name (auth_token or tracking_api_key).</source>
        <translation>Der Dienst hat den Zugangsschlüssel abgelehnt (401 Unauthorized). Prüfen Sie den Zugangsschlüssel des Arbeitsbereichs und seinen Namen (auth_token oder tracking_api_key).</translation>
    </message>
    <message>
        <source>The credential is not allowed to do this (403 Forbidden).</source>
        <translation>Der Zugangsschlüssel darf dies nicht (403 Forbidden).</translation>
    </message>
    <message>
        <source>The service does not know this address (404 Not Found). Check the workspace&apos;s base URL.</source>
        <translation>Der Dienst kennt diese Adresse nicht (404 Not Found). Prüfen Sie die Basis-URL des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Too many requests (429). The service asked to slow down; wait a little and try again.</source>
        <translation>Zu viele Anfragen (429). Der Dienst bittet um ein langsameres Tempo; warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service had an internal error (%1). Nothing is wrong with your data; try again later.</source>
        <translation>Beim Dienst ist ein interner Fehler aufgetreten (%1). Mit Ihren Daten ist alles in Ordnung; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>Der Dienst antwortete mit HTTP-Status %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s). The request went out and may have been received; check before sending it again, or raise the workspace&apos;s timeout.</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %Ln Sekunde. Die Anfrage wurde abgeschickt und ist möglicherweise angekommen; prüfen Sie das, bevor Sie sie erneut senden, oder erhöhen Sie das Zeitlimit des Arbeitsbereichs.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %Ln Sekunden. Die Anfrage wurde abgeschickt und ist möglicherweise angekommen; prüfen Sie das, bevor Sie sie erneut senden, oder erhöhen Sie das Zeitlimit des Arbeitsbereichs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s), and the request did not go out whole, so it was not received. The service may be slow or unreachable; try again, or raise the workspace&apos;s timeout.</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %Ln Sekunde, und die Anfrage wurde nicht vollständig abgeschickt, ist also nicht angekommen. Der Dienst ist möglicherweise langsam oder nicht erreichbar; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit des Arbeitsbereichs.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %Ln Sekunden, und die Anfrage wurde nicht vollständig abgeschickt, ist also nicht angekommen. Der Dienst ist möglicherweise langsam oder nicht erreichbar; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit des Arbeitsbereichs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it was still arriving after %Ln second(s), the workspace&apos;s timeout</source>
        <translation>
            <numerusform>sie kam nach %Ln Sekunde, dem Zeitlimit des Arbeitsbereichs, noch immer an</numerusform>
            <numerusform>sie kam nach %Ln Sekunden, dem Zeitlimit des Arbeitsbereichs, noch immer an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service is busy (%1) and asked to wait %Ln second(s) before trying again.</source>
        <translation>
            <numerusform>Der Dienst ist ausgelastet (%1) und bittet, %Ln Sekunde bis zum nächsten Versuch zu warten.</numerusform>
            <numerusform>Der Dienst ist ausgelastet (%1) und bittet, %Ln Sekunden bis zum nächsten Versuch zu warten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventCommand</name>
    <message>
        <source>Refuse (exit code 2, nothing sent) when this computer sent the same event with the same data to the same user a few minutes ago, which Vero would drop as a duplicate. Without it, veroctl warns and sends.</source>
        <translation>Verweigern (Exit-Code 2, nichts gesendet), wenn dieser Computer dasselbe Ereignis mit denselben Daten vor wenigen Minuten an denselben Benutzer gesendet hat, was Vero als Duplikat verwerfen würde. Ohne diese Option warnt veroctl und sendet.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent (--no-duplicates).</source>
        <translation>%1 Es wurde nichts gesendet (--no-duplicates).</translation>
    </message>
</context>
<context>
    <name>FaultInjector::Settings</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2.</source>
        <translation>%1 muss eine ganze Zahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1.</source>
        <translation>%1 muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>Unknown fault setting &quot;%1&quot;: use latency_ms, fail_rate, rate_limit or drop_rate.</source>
        <translation>Unbekannte Fehlereinstellung „%1“: Verwenden Sie latency_ms, fail_rate, rate_limit oder drop_rate.</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>API field: %1</source>
        <translation>API-Feld: %1</translation>
    </message>
</context>
<context>
    <name>FieldWarningLabel</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>FormSender</name>
    <message>
        <source>Not sent: %1 has errors, shown next to the fields.</source>
        <translation>Nicht gesendet: %1 enthält Fehler, die neben den Feldern angezeigt werden.</translation>
    </message>
    <message>
        <source>Possible duplicate event</source>
        <translation>Mögliches doppeltes Ereignis</translation>
    </message>
    <message>
        <source>Add a unique timestamp to the data so Vero keeps it?</source>
        <translation>Einen eindeutigen Zeitstempel zu den Daten hinzufügen, damit Vero es behält?</translation>
    </message>
    <message>
        <source>Add timestamp and send</source>
        <translation>Zeitstempel hinzufügen und senden</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled: Vero would probably drop this event as a duplicate of a recent one.</source>
        <translation>Abgebrochen: Vero würde dieses Ereignis wahrscheinlich als Duplikat eines kürzlich gesendeten verwerfen.</translation>
    </message>
    <message>
        <source>Not sent: the event was cancelled as a likely duplicate.</source>
        <translation>Nicht gesendet: Das Ereignis wurde als wahrscheinliches Duplikat abgebrochen.</translation>
    </message>
    <message>
        <source>Send to a deleted user?</source>
        <translation>An einen gelöschten Benutzer senden?</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Auf %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 was deleted on %2, and sending would create a new, subscribed profile.</source>
        <translation>Abgebrochen: %1 wurde am %2 gelöscht, und Senden würde ein neues, angemeldetes Profil anlegen.</translation>
    </message>
    <message>
        <source>Not sent: the user was deleted on %1.</source>
        <translation>Nicht gesendet: Der Benutzer wurde am %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters auflisten</translation>
    </message>
    <message>
        <source>&amp;Read me (how to use Vero Admin)</source>
        <translation>&amp;Liesmich (Bedienung von Vero Admin)</translation>
    </message>
    <message>
        <source>Vero &amp;API reference</source>
        <translation>Vero-&amp;API-Referenz</translation>
    </message>
    <message>
        <source>Could not open %1: no program for it is set up on this computer.</source>
        <translation>%1 konnte nicht geöffnet werden: Auf diesem Computer ist kein Programm dafür eingerichtet.</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Open in form</source>
        <translation>Im Formular öffnen</translation>
    </message>
    <message>
        <source>Fill this request&apos;s form with what was sent (Enter)</source>
        <translation>Das Formular dieser Anfrage mit dem Gesendeten füllen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Show this request in its form, ready to send again after you confirm</source>
        <translation>Diese Anfrage in ihrem Formular zeigen, bereit zum erneuten Senden nach Ihrer Bestätigung</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that reads the credential from $VERO_AUTH_TOKEN</source>
        <translation>Einen curl-Befehl kopieren, der den Zugangsschlüssel aus $VERO_AUTH_TOKEN liest</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the request&apos;s JSON body, without the credential</source>
        <translation>Den JSON-Inhalt der Anfrage kopieren, ohne Zugangsschlüssel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Prepare the request that undoes this one, in its form, for review</source>
        <translation>Die Anfrage, die diese rückgängig macht, zur Prüfung in ihrem Formular vorbereiten</translation>
    </message>
    <message>
        <source>User timeline</source>
        <translation>Benutzer-Zeitleiste</translation>
    </message>
    <message>
        <source>Show everything sent about this user, oldest first</source>
        <translation>Alles zeigen, was über diesen Benutzer gesendet wurde, älteste zuerst</translation>
    </message>
    <message>
        <source>Restore deleted user…</source>
        <translation>Gelöschten Benutzer wiederherstellen…</translation>
    </message>
    <message>
        <source>Rebuild this user&apos;s last known email, properties, channels and tags into forms for review</source>
        <translation>Die zuletzt bekannte E-Mail-Adresse, Eigenschaften, Kanäle und Tags dieses Benutzers zur Prüfung in Formulare übernehmen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the rows the filters match to a CSV or JSON file</source>
        <translation>Die zu den Filtern passenden Zeilen in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Verlauf leeren…</translation>
    </message>
    <message>
        <source>Remove every request from the history on this computer</source>
        <translation>Alle Anfragen aus dem Verlauf auf diesem Computer entfernen</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>curl kopieren</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
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
        <translation>curl-Befehl kopiert. Er liest den Zugangsschlüssel aus $VERO_AUTH_TOKEN: Setzen Sie diese Variable, bevor Sie ihn ausführen.</translation>
    </message>
    <message>
        <source>Copied a curl command.</source>
        <translation>curl-Befehl kopiert.</translation>
    </message>
    <message>
        <source>Copied the JSON body (without the credential).</source>
        <translation>JSON-Inhalt kopiert (ohne Zugangsschlüssel).</translation>
    </message>
    <message>
        <source>The undo request is in the %1 form: review it, then send it. %2</source>
        <translation>Die Rückgängig-Anfrage steht im Formular %1: Prüfen Sie sie und senden Sie sie dann. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has requests on several workspaces (%2): choose one of them in the history&apos;s filter, or select one of the user&apos;s requests, to restore the user from it.</source>
        <translation>„%1“ hat Anfragen in mehreren Arbeitsbereichen (%2): Wählen Sie einen davon im Filter des Verlaufs oder eine der Anfragen des Benutzers, um ihn daraus wiederherzustellen.</translation>
    </message>
    <message>
        <source>Choose a request about the user, or type the user id in the filter, to restore them.</source>
        <translation>Wählen Sie eine Anfrage über den Benutzer oder geben Sie die Benutzer-ID im Filter ein, um ihn wiederherzustellen.</translation>
    </message>
    <message>
        <source>The history holds no accepted request about user &quot;%1&quot;: there is nothing to restore from.</source>
        <translation>Der Verlauf enthält keine angenommene Anfrage über den Benutzer „%1“: Es gibt nichts, woraus er wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>The identify and tags forms are filled: review and send the identify first, then the tags. Past events cannot be restored.</source>
        <translation>Die Formulare Identifizieren und Tags sind ausgefüllt: Prüfen und senden Sie zuerst Identifizieren, dann die Tags. Frühere Ereignisse können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The identify form is filled: review it and send it. Past events cannot be restored.</source>
        <translation>Das Formular Identifizieren ist ausgefüllt: Prüfen und senden Sie es. Frühere Ereignisse können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert.</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is already empty.</source>
        <translation>Der Verlauf ist bereits leer.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n request(s) from the history on this computer?</source>
        <translation>
            <numerusform>Die %n Anfrage aus dem Verlauf auf diesem Computer entfernen?</numerusform>
            <numerusform>Alle %n Anfragen aus dem Verlauf auf diesem Computer entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This clears every request, not only the ones the filters show.</source>
        <translation>Dies entfernt alle Anfragen, nicht nur die von den Filtern gezeigten.</translation>
    </message>
    <message>
        <source>The Track API cannot read users back, so this history is the only record of what was sent. Export it first if you may need it. This cannot be undone.</source>
        <translation>Die Track API kann Benutzer nicht zurücklesen; dieser Verlauf ist daher die einzige Aufzeichnung dessen, was gesendet wurde. Exportieren Sie ihn zuerst, falls Sie ihn noch brauchen könnten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n request(s) from the history.</source>
        <translation>
            <numerusform>%n Anfrage aus dem Verlauf entfernt.</numerusform>
            <numerusform>%n Anfragen aus dem Verlauf entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make current user</source>
        <translation>Zum aktuellen Benutzer machen</translation>
    </message>
    <message>
        <source>Fill every form with this request&apos;s user id and email</source>
        <translation>Alle Formulare mit der Benutzer-ID und E-Mail-Adresse dieser Anfrage füllen</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Already undone: %1 on %2.</source>
        <translation>Bereits rückgängig gemacht: %1 am %2.</translation>
    </message>
    <message>
        <source>Copied a curl command for the running sandbox, with its token.</source>
        <translation>curl-Befehl für die laufende Sandbox kopiert, mit ihrem Token.</translation>
    </message>
    <message>
        <source>Clearing history…</source>
        <translation>Verlauf wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>HistoryDamageRecovery</name>
    <message>
        <source>%1; the integrity check found: %2</source>
        <translation>%1; die Integritätsprüfung ergab: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>a folder is where the file should be</source>
        <translation>wo die Datei sein sollte, ist ein Ordner</translation>
    </message>
    <message>
        <source>%1; the integrity check found: %2</source>
        <translation>%1; die Integritätsprüfung ergab: %2</translation>
    </message>
    <message>
        <source>it was written by an older version and cannot be read without being updated</source>
        <translation>sie wurde von einer älteren Version geschrieben und kann ohne Aktualisierung nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>HistoryDetailView</name>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Select a request to see what was sent and what came back.</source>
        <translation>Wählen Sie eine Anfrage, um zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Empfangene Antwort</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>die App</translation>
    </message>
    <message>
        <source>veroctl</source>
        <translation>veroctl</translation>
    </message>
    <message>
        <source>a bulk run</source>
        <translation>ein Massenlauf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, workspace %2, sent by %3 from %4</source>
        <translation>%1, Arbeitsbereich %2, gesendet von %3 über %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>No reply was recorded. The request went out; if the app stopped before the reply came, the service may still have applied it.</source>
        <translation>Es wurde keine Antwort aufgezeichnet. Die Anfrage wurde abgeschickt; falls die App vor der Antwort beendet wurde, hat der Dienst sie möglicherweise trotzdem ausgeführt.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>No answer came, but the request may have reached the service and been applied. Check the user before sending it again.</source>
        <translation>Es kam keine Antwort, aber die Anfrage hat den Dienst möglicherweise erreicht und wurde ausgeführt. Prüfen Sie den Benutzer, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Inhalt)</translation>
    </message>
    <message>
        <source>[Only the first %1 are kept: the reply was %2.]</source>
        <translation>[Nur die ersten %1 werden aufbewahrt: Die Antwort umfasste %2.]</translation>
    </message>
    <message>
        <source>The request as it went over the wire, with the credential hidden</source>
        <translation>Die Anfrage, wie sie übertragen wurde, mit verborgenem Zugangsschlüssel</translation>
    </message>
    <message>
        <source>The status and the body the service answered with</source>
        <translation>Der Status und der Inhalt, mit denen der Dienst geantwortet hat</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>Request history</source>
        <translation>Anfrageverlauf</translation>
    </message>
    <message>
        <source>History &amp;retention…</source>
        <translation>&amp;Aufbewahrung des Verlaufs…</translation>
    </message>
    <message>
        <source>Request &amp;history</source>
        <translation>Anfrage&amp;verlauf</translation>
    </message>
    <message>
        <source>Choose how much request history to keep on this computer.</source>
        <translation>Wählen Sie, wie viel Anfrageverlauf auf diesem Computer aufbewahrt wird.</translation>
    </message>
    <message>
        <source>History retention unchanged, nothing removed: %1</source>
        <translation>Aufbewahrung des Verlaufs unverändert, nichts entfernt: %1</translation>
    </message>
    <message>
        <source>History retention: %1. Nothing to remove now.</source>
        <translation>Aufbewahrung des Verlaufs: %1. Derzeit ist nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Remove requests from the history?</source>
        <translation>Anfragen aus dem Verlauf entfernen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removes %2.</source>
        <translation>„%1“ entfernt %2.</translation>
    </message>
    <message numerus="yes">
        <source>Among them are %n recorded user deletion(s): once they are gone, the app no longer warns before such a user is recreated, and the user&apos;s trail can no longer be restored.</source>
        <translation>
            <numerusform>Darunter ist %n aufgezeichnete Benutzerlöschung: Ist sie entfernt, warnt die App nicht mehr, bevor ein solcher Benutzer neu angelegt wird, und seine Spur kann nicht mehr wiederhergestellt werden.</numerusform>
            <numerusform>Darunter sind %n aufgezeichnete Benutzerlöschungen: Sind sie entfernt, warnt die App nicht mehr, bevor ein solcher Benutzer neu angelegt wird, und seine Spur kann nicht mehr wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Track API cannot read users back: the history is the only record of what was sent, and removed requests cannot be brought back. Requests recorded after this question are kept.</source>
        <translation>Die Track API kann Benutzer nicht zurücklesen: Der Verlauf ist die einzige Aufzeichnung dessen, was gesendet wurde, und entfernte Anfragen lassen sich nicht zurückholen. Anfragen, die nach dieser Frage aufgezeichnet werden, bleiben erhalten.</translation>
    </message>
    <message>
        <source>Export them, then remove…</source>
        <translation>Exportieren, dann entfernen…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n request(s)</source>
        <translation>
            <numerusform>%n Anfrage entfernen</numerusform>
            <numerusform>%n Anfragen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>History retention unchanged; nothing was removed.</source>
        <translation>Aufbewahrung des Verlaufs unverändert; es wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>History retention: %1. Removing %n request(s).</source>
        <translation>
            <numerusform>Aufbewahrung des Verlaufs: %1. %n Anfrage wird entfernt.</numerusform>
            <numerusform>Aufbewahrung des Verlaufs: %1. %n Anfragen werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the requests to remove</source>
        <translation>Die zu entfernenden Anfragen exportieren</translation>
    </message>
    <message>
        <source>Export cancelled: history retention unchanged, nothing was removed.</source>
        <translation>Export abgebrochen: Aufbewahrung des Verlaufs unverändert, es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>%1 History retention unchanged, nothing was removed.</source>
        <translation>%1 Aufbewahrung des Verlaufs unverändert, es wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert.</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>Der Verlauf konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filters</source>
        <translation>Verlaufsfilter</translation>
    </message>
    <message>
        <source>Only requests sent to this workspace (it follows the workspace you switch to)</source>
        <translation>Nur Anfragen an diesen Arbeitsbereich (folgt dem Arbeitsbereich, zu dem Sie wechseln)</translation>
    </message>
    <message>
        <source>Filter by workspace</source>
        <translation>Nach Arbeitsbereich filtern</translation>
    </message>
    <message>
        <source>Show the requests of every workspace</source>
        <translation>Die Anfragen aller Arbeitsbereiche zeigen</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Only requests about this user: an exact user id (also an alias&apos; new id) or email address</source>
        <translation>Nur Anfragen über diesen Benutzer: eine genaue Benutzer-ID (auch die neue ID eines Alias) oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Filter by user id or email</source>
        <translation>Nach Benutzer-ID oder E-Mail filtern</translation>
    </message>
    <message>
        <source>User id or email</source>
        <translation>Benutzer-ID oder E-Mail</translation>
    </message>
    <message>
        <source>Show everything sent about this user, oldest first</source>
        <translation>Alles zeigen, was über diesen Benutzer gesendet wurde, älteste zuerst</translation>
    </message>
    <message>
        <source>Show the user&apos;s timeline</source>
        <translation>Die Zeitleiste des Benutzers zeigen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Only requests containing this text in the URL, bodies, messages, errors, workspace or operator</source>
        <translation>Nur Anfragen mit diesem Text in URL, Inhalten, Meldungen, Fehlern, Arbeitsbereich oder Absender</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Only requests of this operation</source>
        <translation>Nur Anfragen dieser Operation</translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation>Nach Operation filtern</translation>
    </message>
    <message>
        <source>Only requests with this outcome</source>
        <translation>Nur Anfragen mit diesem Ergebnis</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Only requests sent between these two dates (both included)</source>
        <translation>Nur Anfragen, die zwischen diesen beiden Daten gesendet wurden (einschließlich)</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Show every request of the current workspace again</source>
        <translation>Wieder alle Anfragen des aktuellen Arbeitsbereichs zeigen</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Operationen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Accepted by the service (2xx)</source>
        <translation>Vom Dienst angenommen (2xx)</translation>
    </message>
    <message>
        <source>Refused by the service (4xx): bad data or credential</source>
        <translation>Vom Dienst abgelehnt (4xx): fehlerhafte Daten oder Zugangsschlüssel</translation>
    </message>
    <message>
        <source>No usable answer: connection refused, server not found, 5xx, or never sent</source>
        <translation>Keine brauchbare Antwort: Verbindung abgelehnt, Server nicht gefunden, 5xx oder nie gesendet</translation>
    </message>
    <message>
        <source>Sent, no reply recorded</source>
        <translation>Gesendet, keine Antwort aufgezeichnet</translation>
    </message>
    <message>
        <source>No answer after the request may have arrived (timeout, dropped connection): it may have been applied</source>
        <translation>Keine Antwort, nachdem die Anfrage möglicherweise angekommen ist (Zeitüberschreitung, abgebrochene Verbindung): Sie wurde möglicherweise ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the answer: it may have reached the service</source>
        <translation>Beim Warten auf die Antwort abgebrochen: Sie hat den Dienst möglicherweise erreicht</translation>
    </message>
    <message>
        <source>Clear: %1</source>
        <translation>Leeren: %1</translation>
    </message>
    <message>
        <source>(no workspace recorded)</source>
        <translation>(kein Arbeitsbereich aufgezeichnet)</translation>
    </message>
    <message>
        <source>Only the requests of one bulk run (the job id veroctl and the Bulk run window show)</source>
        <translation>Nur die Anfragen eines Massenlaufs (die Auftrags-ID, die veroctl und das Fenster Massenlauf zeigen)</translation>
    </message>
    <message>
        <source>Filter by bulk job</source>
        <translation>Nach Auftrag filtern</translation>
    </message>
    <message>
        <source>Any bulk job</source>
        <translation>Jeder Auftrag</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Cancelled while waiting; it may have reached the service</source>
        <translation>Beim Warten abgebrochen; sie hat den Dienst möglicherweise erreicht</translation>
    </message>
    <message>
        <source>Unknown outcome, may have been applied: %1</source>
        <translation>Ergebnis unbekannt, möglicherweise ausgeführt: %1</translation>
    </message>
    <message>
        <source>(no workspace recorded)</source>
        <translation>(kein Arbeitsbereich aufgezeichnet)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>another program is using the history</source>
        <translation>ein anderes Programm verwendet den Verlauf</translation>
    </message>
    <message>
        <source>the disk reported an error reading or writing it</source>
        <translation>der Datenträger meldete beim Lesen oder Schreiben einen Fehler</translation>
    </message>
    <message>
        <source>it cannot be used</source>
        <translation>sie kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Vero Admin and cannot be shown.</source>
        <translation>%1 wurde von einer neueren Version von Vero Admin geschrieben und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 is too damaged to be read (%2). Nothing of it can be shown.</source>
        <translation>%1 ist zu stark beschädigt, um gelesen zu werden (%2). Nichts davon kann angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 (%3).</source>
        <translation>%1 kann nicht gelesen werden: %2 (%3).</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei war beschädigt (%1). Sie wurde nach %2 verschoben und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used now: %2 (%3). It is left as it is.</source>
        <translation>Die Verlaufsdatei %1 kann derzeit nicht verwendet werden: %2 (%3). Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>This session&apos;s requests are kept in memory; the file is tried again with the next request, and they are written to it once it works.</source>
        <translation>Die Anfragen dieser Sitzung werden im Speicher gehalten; die Datei wird bei der nächsten Anfrage erneut versucht, und sie werden hineingeschrieben, sobald sie funktioniert.</translation>
    </message>
    <message>
        <source>This session&apos;s requests are kept in memory only.</source>
        <translation>Die Anfragen dieser Sitzung werden nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Vero Admin and is left untouched. This session&apos;s requests are kept in memory only.</source>
        <translation>Die Verlaufsdatei %1 wurde von einer neueren Version von Vero Admin geschrieben und bleibt unberührt. Die Anfragen dieser Sitzung werden nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (%2) and could not be moved aside. This session&apos;s requests are kept in memory only.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden. Die Anfragen dieser Sitzung werden nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>A new history file could not be created at %1 (%2). This session&apos;s requests are kept in memory only.</source>
        <translation>Unter %1 konnte keine neue Verlaufsdatei angelegt werden (%2). Die Anfragen dieser Sitzung werden nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation>Die beschädigte Datei wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <source>History is not available: %1</source>
        <translation>Der Verlauf ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Request history</source>
        <translation>Anfrageverlauf</translation>
    </message>
    <message>
        <source>Back to all requests</source>
        <translation>Zurück zu allen Anfragen</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>Verlaufsaktionen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Restore a deleted user, export, clear the history</source>
        <translation>Einen gelöschten Benutzer wiederherstellen, exportieren, den Verlauf leeren</translation>
    </message>
    <message>
        <source>More history actions</source>
        <translation>Weitere Verlaufsaktionen</translation>
    </message>
    <message>
        <source>Type a user id or email first, then show the timeline.</source>
        <translation>Geben Sie zuerst eine Benutzer-ID oder E-Mail ein und zeigen Sie dann die Zeitleiste.</translation>
    </message>
    <message>
        <source>Everything sent about %1 to %2, oldest first.</source>
        <translation>Alles, was über %1 an %2 gesendet wurde, älteste zuerst.</translation>
    </message>
    <message>
        <source>Everything sent about %1, oldest first.</source>
        <translation>Alles, was über %1 gesendet wurde, älteste zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation>
            <numerusform>%n+ Anfrage</numerusform>
            <numerusform>%n+ Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Weitere Aktionen der Werkzeugleiste</translation>
    </message>
    <message>
        <source>The history actions that do not fit in the toolbar</source>
        <translation>Die Verlaufsaktionen, die nicht in die Werkzeugleiste passen</translation>
    </message>
    <message>
        <source>Leaves this user&apos;s timeline and lists every request again</source>
        <translation>Verlässt die Zeitleiste dieses Benutzers und zeigt wieder alle Anfragen</translation>
    </message>
    <message>
        <source>The requests sent from this computer; the selected one is shown in full below</source>
        <translation>Die von diesem Computer gesendeten Anfragen; die ausgewählte wird unten vollständig gezeigt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>HistoryRetention</name>
    <message>
        <source>no recorded workspace</source>
        <translation>kein aufgezeichneter Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n from %1 (%2)</source>
        <translation>
            <numerusform>%n aus %1 (%2)</numerusform>
            <numerusform>%n aus %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) now: %1</source>
        <translation>
            <numerusform>jetzt %n Anfrage: %1</numerusform>
            <numerusform>jetzt %n Anfragen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRetentionDialog</name>
    <message>
        <source>History retention</source>
        <translation>Aufbewahrung des Verlaufs</translation>
    </message>
    <message>
        <source>The request history is the only record of what was sent about each user. Older requests can be removed automatically, counted in each workspace on its own: sandbox traffic never pushes out production requests. Before anything is removed you see how many requests go, from which dates and workspaces, and can export them first.</source>
        <translation>Der Anfrageverlauf ist die einzige Aufzeichnung dessen, was über jeden Benutzer gesendet wurde. Ältere Anfragen können automatisch entfernt werden, für jeden Arbeitsbereich getrennt gezählt: Sandbox-Verkehr verdrängt nie Produktionsanfragen. Bevor etwas entfernt wird, sehen Sie, wie viele Anfragen von welchen Daten und Arbeitsbereichen betroffen sind, und können sie zuerst exportieren.</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Alles aufbewahren</translation>
    </message>
    <message>
        <source>Keep &amp;everything</source>
        <translation>&amp;Alles aufbewahren</translation>
    </message>
    <message>
        <source>Keep requests for a number of days</source>
        <translation>Anfragen eine Anzahl von Tagen aufbewahren</translation>
    </message>
    <message>
        <source>Days of history to keep in each workspace</source>
        <translation>Tage Verlauf, die in jedem Arbeitsbereich aufbewahrt werden</translation>
    </message>
    <message>
        <source> days in each workspace</source>
        <translation> Tage in jedem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Keep a number of requests</source>
        <translation>Eine Anzahl von Anfragen aufbewahren</translation>
    </message>
    <message>
        <source>Number of requests to keep in each workspace</source>
        <translation>Anzahl der Anfragen, die in jedem Arbeitsbereich aufbewahrt werden</translation>
    </message>
    <message>
        <source> requests per workspace</source>
        <translation> Anfragen pro Arbeitsbereich</translation>
    </message>
    <message>
        <source>The history keeps every request until you clear it</source>
        <translation>Der Verlauf behält jede Anfrage, bis Sie ihn leeren</translation>
    </message>
    <message>
        <source>Requests older than the number of days given are removed</source>
        <translation>Anfragen, die älter als die angegebene Zahl von Tagen sind, werden entfernt</translation>
    </message>
    <message>
        <source>Keep requests for the &amp;last</source>
        <translation>Anfragen aufbewahren für die &amp;letzten</translation>
    </message>
    <message>
        <source>How many days of requests each workspace keeps</source>
        <translation>Wie viele Tage an Anfragen jeder Arbeitsbereich behält</translation>
    </message>
    <message>
        <source>Only the newest requests are kept, as many as given</source>
        <translation>Nur die neuesten Anfragen werden behalten, so viele wie angegeben</translation>
    </message>
    <message>
        <source>Keep only the &amp;newest</source>
        <translation>Nur die &amp;neuesten aufbewahren</translation>
    </message>
    <message>
        <source>How many of its newest requests each workspace keeps</source>
        <translation>Wie viele seiner neuesten Anfragen jeder Arbeitsbereich behält</translation>
    </message>
    <message>
        <source>Apply the retention</source>
        <translation>Aufbewahrung anwenden</translation>
    </message>
    <message>
        <source>Requests beyond what is kept are removed after a question</source>
        <translation>Anfragen über das Aufbewahrte hinaus werden nach einer Rückfrage entfernt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes this window; the history is not changed</source>
        <translation>Schließt dieses Fenster; der Verlauf wird nicht verändert</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 works again and is used from now on; %n request(s) kept in memory meanwhile were written to it.</source>
        <translation>
            <numerusform>Die Verlaufsdatei %1 funktioniert wieder und wird ab jetzt verwendet; %n zwischenzeitlich im Speicher gehaltene Anfrage wurde hineingeschrieben.</numerusform>
            <numerusform>Die Verlaufsdatei %1 funktioniert wieder und wird ab jetzt verwendet; %n zwischenzeitlich im Speicher gehaltene Anfragen wurden hineingeschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) kept in memory could not be written and are lost.</source>
        <translation>
            <numerusform>%n im Speicher gehaltene Anfrage konnte nicht geschrieben werden und ist verloren.</numerusform>
            <numerusform>%n im Speicher gehaltene Anfragen konnten nicht geschrieben werden und sind verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file %1 could not be read: %2</source>
        <translation>Die Verlaufsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written to the history file %2: %3</source>
        <translation>%1 konnte nicht in die Verlaufsdatei %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1 could not be written to the history file %2: %3 (%4). It is not kept in the history; the file is left as it is and tried again with the next request.</source>
        <translation>%1 konnte nicht in die Verlaufsdatei %2 geschrieben werden: %3 (%4). Es wird nicht im Verlauf aufbewahrt; die Datei bleibt unverändert und wird bei der nächsten Anfrage erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 can be written again. %n earlier write(s) failed and are not in it.</source>
        <translation>
            <numerusform>Die Verlaufsdatei %1 kann wieder geschrieben werden. %n früherer Schreibvorgang ist fehlgeschlagen und fehlt darin.</numerusform>
            <numerusform>Die Verlaufsdatei %1 kann wieder geschrieben werden. %n frühere Schreibvorgänge sind fehlgeschlagen und fehlen darin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request to %1</source>
        <translation>Die Anfrage an %1</translation>
    </message>
    <message>
        <source>The reply to request %1</source>
        <translation>Die Antwort auf Anfrage %1</translation>
    </message>
    <message>
        <source>The reply to request %1 could not be recorded: its history row is gone (history cleared or replaced while the request was under way).</source>
        <translation>Die Antwort auf Anfrage %1 konnte nicht aufgezeichnet werden: Ihre Verlaufszeile existiert nicht mehr (Verlauf geleert oder ersetzt, während die Anfrage unterwegs war).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>Der Verlauf konnte nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>another program is reading the file</source>
        <translation>ein anderes Programm liest die Datei</translation>
    </message>
    <message>
        <source>The requests were removed from the history, but the history file %1 could not be compacted (%2): their text may still be on the disk.</source>
        <translation>Die Anfragen wurden aus dem Verlauf entfernt, aber die Verlaufsdatei %1 konnte nicht komprimiert werden (%2): Ihr Text befindet sich möglicherweise noch auf dem Datenträger.</translation>
    </message>
    <message>
        <source>The history is already being cleared.</source>
        <translation>Der Verlauf wird bereits gelöscht.</translation>
    </message>
    <message>
        <source>The history could not be cleared: old requests are being removed. Try again in a moment.</source>
        <translation>Der Verlauf konnte nicht gelöscht werden: Alte Anfragen werden gerade entfernt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>This vero-sandbox uses a libmicrohttpd built without TLS: it cannot serve HTTPS (--tls-cert).</source>
        <translation>Diese vero-sandbox verwendet eine ohne TLS gebaute libmicrohttpd: Sie kann kein HTTPS bereitstellen (--tls-cert).</translation>
    </message>
    <message>
        <source>The HTTPS server could not start: GnuTLS refused the certificate or the key.</source>
        <translation>Der HTTPS-Server konnte nicht starten: GnuTLS hat das Zertifikat oder den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>The HTTP server could not start on %1.</source>
        <translation>Der HTTP-Server konnte auf %1 nicht starten.</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <source>--channel expects type,address,platform (got &quot;%1&quot;).</source>
        <translation>--channel erwartet type,address,platform (erhalten: „%1“).</translation>
    </message>
</context>
<context>
    <name>IdentifyForm</name>
    <message>
        <source>Identify a user</source>
        <translation>Einen Benutzer identifizieren</translation>
    </message>
    <message>
        <source>Creates the user, or updates the user with this id (POST users/track). Give an id, an email, or both; with only an email, Vero uses the email as the id.</source>
        <translation>Legt den Benutzer an oder aktualisiert den Benutzer mit dieser ID (POST users/track). Geben Sie eine ID, eine E-Mail-Adresse oder beides an; mit nur einer E-Mail-Adresse verwendet Vero diese als ID.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben, z. B. 1234</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>z. B. ada@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>e.g. +61 400 000 000</source>
        <translation>z. B. +49 151 00000000</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Device tokens for push messages. Rows left empty are not sent.</source>
        <translation>Geräte-Tokens für Push-Nachrichten. Leer gelassene Zeilen werden nicht gesendet.</translation>
    </message>
    <message>
        <source>P&amp;roperties:</source>
        <translation>&amp;Eigenschaften:</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>Eigene Eigenschaften</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Neu: Formular leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send identify</source>
        <translation>Identifizieren senden</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben; die ID oder die E-Mail-Adresse genügt</translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation>Die E-Mail-Adresse des Benutzers; die ID oder die E-Mail-Adresse genügt</translation>
    </message>
    <message>
        <source>The user&apos;s mobile number with its country code, for text messages</source>
        <translation>Die Mobilnummer des Benutzers mit Ländervorwahl, für SMS</translation>
    </message>
</context>
<context>
    <name>InspectionApi</name>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Not found: %1 does not take %2.</source>
        <translation>Nicht gefunden: %1 akzeptiert kein %2.</translation>
    </message>
    <message>
        <source>Unauthorized: the sandbox&apos;s own pages need one of its tokens, sent as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Nicht autorisiert: Die eigenen Seiten der Sandbox brauchen eines ihrer Tokens, gesendet als &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <source>Unauthorized: send the token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Nicht autorisiert: Senden Sie das Token als &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <source>Unauthorized: the Bearer token is not one of the sandbox&apos;s tokens.</source>
        <translation>Nicht autorisiert: Das Bearer-Token ist keines der Tokens der Sandbox.</translation>
    </message>
    <message>
        <source>Not found: there is no sandbox page %1.</source>
        <translation>Nicht gefunden: Es gibt keine Sandbox-Seite %1.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>limit must be a whole number of requests, 0 (all) or more (got &quot;%1&quot;).</source>
        <translation>limit muss eine ganze Zahl von Anfragen sein, 0 (alle) oder mehr (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The sandbox was reset: no users, events or logged requests.</source>
        <translation>Die Sandbox wurde zurückgesetzt: keine Benutzer, Ereignisse oder protokollierten Anfragen.</translation>
    </message>
    <message>
        <source>Give advance_seconds or offset_seconds as a number.</source>
        <translation>Geben Sie advance_seconds oder offset_seconds als Zahl an.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds that keeps the sandbox&apos;s clock within %2 seconds (about 100 years) of the real time; the offset is now %3.</source>
        <translation>%1 muss eine ganze Zahl von Sekunden sein, die die Uhr der Sandbox innerhalb von %2 Sekunden (etwa 100 Jahren) der echten Zeit hält; der Versatz ist jetzt %3.</translation>
    </message>
</context>
<context>
    <name>InterruptedBulkJobBanner</name>
    <message>
        <source>Interrupted bulk run</source>
        <translation>Unterbrochener Massenlauf</translation>
    </message>
    <message>
        <source>Open the interrupted bulk run to resume it</source>
        <translation>Den unterbrochenen Massenlauf öffnen, um ihn fortzusetzen</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <source>Hide the interrupted bulk run notice</source>
        <translation>Den Hinweis zum unterbrochenen Massenlauf ausblenden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Open the bulk run window with job %1 chosen; nothing is sent until you press Resume there.</source>
        <translation>Das Fenster Massenlauf mit ausgewähltem Auftrag %1 öffnen; es wird nichts gesendet, bevor Sie dort auf „Auftrag fortsetzen“ klicken.</translation>
    </message>
    <message>
        <source>Hides this notice; the job can still be resumed in the bulk run window</source>
        <translation>Blendet diesen Hinweis aus; der Auftrag kann im Fenster für Massenläufe weiterhin fortgesetzt werden</translation>
    </message>
    <message numerus="yes">
        <source>A bulk run on %1 stopped before its last row: %Ln row(s) of %2 in %3 (%4) not sent yet. Job %5.</source>
        <translation>
            <numerusform>Ein Massenlauf auf %1 wurde vor seiner letzten Zeile beendet: %Ln von %2 Zeilen aus %3 (%4) ist noch nicht gesendet. Auftrag %5.</numerusform>
            <numerusform>Ein Massenlauf auf %1 wurde vor seiner letzten Zeile beendet: %Ln von %2 Zeilen aus %3 (%4) sind noch nicht gesendet. Auftrag %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the bulk run window with the job chosen; nothing is sent until you press Resume there</source>
        <translation>Öffnet das Fenster für Massenläufe mit dem gewählten Auftrag; nichts wird gesendet, bevor Sie dort Fortsetzen drücken</translation>
    </message>
</context>
<context>
    <name>InverseOperation</name>
    <message>
        <source>The Track API cannot read a user&apos;s earlier properties, so this cannot be undone.</source>
        <translation>Die Track API kann frühere Eigenschaften eines Benutzers nicht lesen; dies kann daher nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>A deletion cannot be undone. &quot;Restore deleted user&quot; rebuilds the user&apos;s last known properties and tags from the history for review.</source>
        <translation>Eine Löschung kann nicht rückgängig gemacht werden. „Gelöschten Benutzer wiederherstellen“ baut die zuletzt bekannten Eigenschaften und Tags des Benutzers aus dem Verlauf zur Prüfung wieder auf.</translation>
    </message>
    <message>
        <source>The Track API has no way to remove an event once it is tracked.</source>
        <translation>Die Track API kann ein einmal erfasstes Ereignis nicht entfernen.</translation>
    </message>
    <message>
        <source>A connection test changes nothing, so there is nothing to undo.</source>
        <translation>Ein Verbindungstest ändert nichts; es gibt also nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The service refused this request, so it changed nothing to undo.</source>
        <translation>Der Dienst hat diese Anfrage abgelehnt; sie hat also nichts geändert, was rückgängig zu machen wäre.</translation>
    </message>
    <message>
        <source>This request was never sent, so it changed nothing to undo.</source>
        <translation>Diese Anfrage wurde nie gesendet; sie hat also nichts geändert, was rückgängig zu machen wäre.</translation>
    </message>
    <message>
        <source>This request changed nothing that could be undone.</source>
        <translation>Diese Anfrage hat nichts geändert, was rückgängig gemacht werden könnte.</translation>
    </message>
    <message>
        <source>Removes the tags this request added and adds back the ones it removed. A tag the user already had before this request is removed too.</source>
        <translation>Entfernt die Tags, die diese Anfrage hinzugefügt hat, und fügt die entfernten wieder hinzu. Ein Tag, das der Benutzer schon vor dieser Anfrage hatte, wird ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>Resubscribes the user this request unsubscribed.</source>
        <translation>Meldet den Benutzer, den diese Anfrage abgemeldet hat, wieder an.</translation>
    </message>
    <message>
        <source>Unsubscribes the user this request resubscribed.</source>
        <translation>Meldet den Benutzer, den diese Anfrage wieder angemeldet hat, ab.</translation>
    </message>
    <message>
        <source>Moves the user from &quot;%1&quot; back to &quot;%2&quot;. If &quot;%1&quot; already existed before the alias, Vero merged the two users and the merge cannot be split.</source>
        <translation>Verschiebt den Benutzer von „%1“ zurück nach „%2“. Falls „%1“ schon vor dem Alias existierte, hat Vero die beiden Benutzer zusammengeführt, und das lässt sich nicht trennen.</translation>
    </message>
    <message>
        <source>No accepted reply was recorded for this request: it may not have been applied.</source>
        <translation>Für diese Anfrage wurde keine angenommene Antwort aufgezeichnet: Sie wurde möglicherweise nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the window. Those of a panel (&quot;in Request history&quot;) work while that panel has the keyboard focus.</source>
        <translation>Alle Tastenkürzel des Fensters. Die eines Bereichs („im Bereich Anfrageverlauf“) funktionieren, solange dieser Bereich den Tastaturfokus hat.</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>Die Liste der Tastenkürzel schließen</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>im Bereich %1</translation>
    </message>
    <message>
        <source>where the focus is</source>
        <translation>wo der Fokus ist</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Each action of the main window with its keyboard shortcut</source>
        <translation>Jede Aktion des Hauptfensters mit ihrem Tastenkürzel</translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation>Kehrt zum Hauptfenster zurück</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Vero Admin will use %1 the next time it starts.</source>
        <translation>Vero Admin verwendet %1 beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LastResultLabel</name>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>%1 wird an %2 gesendet…</translation>
    </message>
    <message>
        <source>cancelled while waiting; it may have reached the service and been applied</source>
        <translation>beim Warten abgebrochen; sie hat den Dienst möglicherweise erreicht und wurde ausgeführt</translation>
    </message>
    <message>
        <source>outcome unknown, it may have been applied (check before sending again): %1</source>
        <translation>Ergebnis unbekannt, möglicherweise ausgeführt (vor erneutem Senden prüfen): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earlier request, to %1: %2</source>
        <translation>Frühere Anfrage, an %1: %2</translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation>Letztes Ergebnis: %1</translation>
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
        <translation>Operationen</translation>
    </message>
    <message>
        <source>The operation to send; Ctrl+1 to Ctrl+8 switch between them.</source>
        <translation>Die zu sendende Operation; Strg+1 bis Strg+8 wechseln zwischen ihnen.</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>&amp;Operation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Workspace toolbar</source>
        <translation>Arbeitsbereich-Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Manage workspaces…</source>
        <translation>Arbeitsbereiche &amp;verwalten…</translation>
    </message>
    <message>
        <source>Add, edit or remove workspaces and set their credentials</source>
        <translation>Arbeitsbereiche hinzufügen, bearbeiten oder entfernen und ihre Zugangsschlüssel festlegen</translation>
    </message>
    <message>
        <source>&amp;Restart sandbox</source>
        <translation>Sandbox &amp;neu starten</translation>
    </message>
    <message>
        <source>Stop and start the local sandbox server (its users and events are kept)</source>
        <translation>Den lokalen Sandbox-Server beenden und starten (seine Benutzer und Ereignisse bleiben erhalten)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the current form (Ctrl+Return)</source>
        <translation>Das aktuelle Formular senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;New (empty the form)</source>
        <translation>&amp;Neu (Formular leeren)</translation>
    </message>
    <message>
        <source>Empty every field of the current form (Ctrl+N)</source>
        <translation>Alle Felder des aktuellen Formulars leeren (Strg+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Go to &amp;user id</source>
        <translation>Zur &amp;Benutzer-ID</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;About Vero Admin</source>
        <translation>&amp;Über Vero Admin</translation>
    </message>
    <message>
        <source>Unsubscribe / Resubscribe</source>
        <translation>Abmelden / Erneut anmelden</translation>
    </message>
    <message>
        <source>Review the request, then press Send (Ctrl+Return) to send it again.</source>
        <translation>Prüfen Sie die Anfrage und klicken Sie dann auf Senden (Strg+Eingabe), um sie erneut zu senden.</translation>
    </message>
    <message>
        <source>History of this &amp;user</source>
        <translation>Verlauf dieses &amp;Benutzers</translation>
    </message>
    <message>
        <source>Show everything sent about the user in the current form, oldest first.</source>
        <translation>Alles zeigen, was über den Benutzer im aktuellen Formular gesendet wurde, älteste zuerst.</translation>
    </message>
    <message>
        <source>&amp;Bulk run from CSV…</source>
        <translation>&amp;Massenlauf aus CSV…</translation>
    </message>
    <message>
        <source>Run one operation for every row of a CSV file on the current workspace.</source>
        <translation>Eine Operation für jede Zeile einer CSV-Datei im aktuellen Arbeitsbereich ausführen.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Type a user id in the form first, then ask for its history.</source>
        <translation>Geben Sie zuerst eine Benutzer-ID im Formular ein und rufen Sie dann ihren Verlauf auf.</translation>
    </message>
    <message>
        <source>%1 opened in its form; nothing was sent.</source>
        <translation>%1 in seinem Formular geöffnet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>Unsent input from last time is back in: %1. Nothing was sent.</source>
        <translation>Nicht gesendete Eingaben vom letzten Mal sind wieder da: %1. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>MovedHistoryBanner</name>
    <message>
        <source>Damaged history moved aside</source>
        <translation>Beschädigter Verlauf beiseitegelegt</translation>
    </message>
    <message>
        <source>Open the moved history read-only</source>
        <translation>Den verschobenen Verlauf schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open moved history…</source>
        <translation>Verschobenen Verlauf öffnen…</translation>
    </message>
    <message>
        <source>Dismiss the moved history notice</source>
        <translation>Den Hinweis zum verschobenen Verlauf schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The history file was damaged and was moved to %1. A new, empty history was started. Open the moved file to search and export what can still be read of it.</source>
        <translation>Die Verlaufsdatei war beschädigt und wurde nach %1 verschoben. Ein neuer, leerer Verlauf wurde begonnen. Öffnen Sie die verschobene Datei, um das noch Lesbare zu durchsuchen und zu exportieren.</translation>
    </message>
    <message>
        <source>Open %1 read-only</source>
        <translation>%1 schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Hides this notice; the moved file stays where it is</source>
        <translation>Blendet diesen Hinweis aus; die verschobene Datei bleibt, wo sie ist</translation>
    </message>
    <message>
        <source>Opens the moved history file in a window of its own, to read or export it</source>
        <translation>Öffnet die verschobene Verlaufsdatei in einem eigenen Fenster, zum Lesen oder Exportieren</translation>
    </message>
</context>
<context>
    <name>MovedHistoryWindow</name>
    <message>
        <source>Moved history, read-only</source>
        <translation>Verschobener Verlauf, schreibgeschützt</translation>
    </message>
    <message>
        <source>Requests in the moved history</source>
        <translation>Anfragen im verschobenen Verlauf</translation>
    </message>
    <message>
        <source>Export the rows the filters match</source>
        <translation>Die zu den Filtern passenden Zeilen exportieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Close the moved history</source>
        <translation>Den verschobenen Verlauf schließen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Moved history (read-only): %1</source>
        <translation>Verschobener Verlauf (schreibgeschützt): %1</translation>
    </message>
    <message>
        <source>%1, opened read-only: search and export its requests here. Nothing is sent from this window, and the file is not changed.</source>
        <translation>%1, schreibgeschützt geöffnet: Durchsuchen und exportieren Sie hier seine Anfragen. Aus diesem Fenster wird nichts gesendet, und die Datei wird nicht verändert.</translation>
    </message>
    <message>
        <source>Search the moved history</source>
        <translation>Den verschobenen Verlauf durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation>
            <numerusform>%n+ Anfrage</numerusform>
            <numerusform>%n+ Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of this file cannot be read, so these filters may show fewer requests than it holds (%1).</source>
        <translation>Ein Teil dieser Datei kann nicht gelesen werden; die Filter zeigen daher möglicherweise weniger Anfragen, als sie enthält (%1).</translation>
    </message>
    <message>
        <source>Export moved history</source>
        <translation>Verschobenen Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert.</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests in the moved history file, read-only</source>
        <translation>Die Anfragen in der verschobenen Verlaufsdatei, schreibgeschützt</translation>
    </message>
    <message>
        <source>Saves the rows the filters match to a file</source>
        <translation>Speichert die Zeilen, auf die die Filter passen, in eine Datei</translation>
    </message>
    <message>
        <source>Closes this window; the moved file is not changed</source>
        <translation>Schließt dieses Fenster; die verschobene Datei wird nicht verändert</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Identify</source>
        <translation>Identifizieren</translation>
    </message>
    <message>
        <source>Edit properties</source>
        <translation>Eigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Track event</source>
        <translation>Ereignis erfassen</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
</context>
<context>
    <name>PerUserFields</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>die Telefonnummer</translation>
    </message>
    <message>
        <source>the channels</source>
        <translation>die Kanäle</translation>
    </message>
    <message>
        <source>the event data</source>
        <translation>die Ereignisdaten</translation>
    </message>
    <message>
        <source>the properties</source>
        <translation>die Eigenschaften</translation>
    </message>
    <message>
        <source>the property changes</source>
        <translation>die Eigenschaftsänderungen</translation>
    </message>
    <message>
        <source>the event extras</source>
        <translation>die Ereignis-Extras</translation>
    </message>
    <message>
        <source>the tags</source>
        <translation>die Tags</translation>
    </message>
    <message>
        <source>%1 below was filled for %2, not for %3.</source>
        <translation>%1 unten wurde für %2 ausgefüllt, nicht für %3.</translation>
    </message>
    <message>
        <source>%1 below was entered for %2, not for %3.</source>
        <translation>%1 unten wurde für %2 eingegeben, nicht für %3.</translation>
    </message>
    <message>
        <source>%1 below were filled for %2, not for %3.</source>
        <translation>%1 unten wurden für %2 ausgefüllt, nicht für %3.</translation>
    </message>
    <message>
        <source>%1 below were entered for %2, not for %3.</source>
        <translation>%1 unten wurden für %2 eingegeben, nicht für %3.</translation>
    </message>
    <message>
        <source>Send %1 filled for %2 to %3?</source>
        <translation>%1, ausgefüllt für %2, an %3 senden?</translation>
    </message>
    <message>
        <source>Send %1 entered for %2 to %3?</source>
        <translation>%1, eingegeben für %2, an %3 senden?</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 cannot be examined: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be made private to its owner: %2</source>
        <translation>%1 kann nicht auf seinen Eigentümer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>Die Datei %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>The raw JSON is not a valid JSON object, so the table cannot show it. Fix it on the Raw JSON tab (your text there is kept).</source>
        <translation>Das Roh-JSON ist kein gültiges JSON-Objekt; die Tabelle kann es daher nicht anzeigen. Korrigieren Sie es im Reiter Roh-JSON (Ihr Text dort bleibt erhalten).</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add property</source>
        <translation>Eigenschaft &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Eigenschaft entfernen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>The table has a row with a problem (see below). Fix it there first; until then this text is read-only.</source>
        <translation>Die Tabelle hat eine Zeile mit einem Problem (siehe unten). Korrigieren Sie es zuerst dort; bis dahin ist dieser Text schreibgeschützt.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>beliebiger Text</translation>
    </message>
    <message>
        <source>e.g. 42 or 19.99</source>
        <translation>z. B. 42 oder 19.99</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>e.g. 2024-05-31 or 2024-05-31T14:30:00Z</source>
        <translation>z. B. 2024-05-31 oder 2024-05-31T14:30:00Z</translation>
    </message>
    <message>
        <source>e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;size&quot;: &quot;M&quot;}</source>
        <translation>z. B. [&quot;a&quot;, &quot;b&quot;] oder {&quot;size&quot;: &quot;M&quot;}</translation>
    </message>
    <message>
        <source>needs a number</source>
        <translation>braucht eine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a dot for decimals, like 19.99)</source>
        <translation>„%1“ ist keine Zahl (verwenden Sie einen Punkt für Dezimalstellen, etwa 19.99)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>needs a date, like 2024-05-31</source>
        <translation>braucht ein Datum, etwa 2024-05-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date (like 2024-05-31 or 2024-05-31T14:30:00Z)</source>
        <translation>„%1“ ist kein ISO-8601-Datum (etwa 2024-05-31 oder 2024-05-31T14:30:00Z)</translation>
    </message>
    <message>
        <source>needs a JSON value, like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>braucht einen JSON-Wert, etwa [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>is not valid JSON (%1); text needs quotes, like &quot;pro&quot;</source>
        <translation>ist kein gültiges JSON (%1); Text braucht Anführungszeichen, etwa &quot;pro&quot;</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>%1 as raw JSON</source>
        <translation>%1 als Roh-JSON</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Die ausgewählte Zeile aus %1 entfernen</translation>
    </message>
    <message>
        <source>Row %1: give the property a name.</source>
        <translation>Zeile %1: Geben Sie der Eigenschaft einen Namen.</translation>
    </message>
    <message>
        <source>Row %1 (%2, %3): %4.</source>
        <translation>Zeile %1 (%2, %3): %4.</translation>
    </message>
    <message>
        <source>Row %1: the property &quot;%2&quot; appears twice; only one can be sent.</source>
        <translation>Zeile %1: Die Eigenschaft „%2“ kommt zweimal vor; nur eine kann gesendet werden.</translation>
    </message>
    <message>
        <source>One property a row: its name, its type and its value</source>
        <translation>Eine Eigenschaft pro Zeile: ihr Name, ihr Typ und ihr Wert</translation>
    </message>
    <message>
        <source>Adds an empty row to the table and starts editing its name</source>
        <translation>Fügt der Tabelle eine leere Zeile hinzu und beginnt, ihren Namen zu bearbeiten</translation>
    </message>
    <message>
        <source>Removes the selected rows from the table</source>
        <translation>Entfernt die ausgewählten Zeilen aus der Tabelle</translation>
    </message>
    <message>
        <source>The same properties as one JSON object; Tab leaves the text</source>
        <translation>Dieselben Eigenschaften als ein JSON-Objekt; Tab verlässt den Text</translation>
    </message>
</context>
<context>
    <name>PropertyTableDelegate</name>
    <message>
        <source>Property type</source>
        <translation>Eigenschaftstyp</translation>
    </message>
    <message>
        <source>Property value</source>
        <translation>Eigenschaftswert</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Eigenschaftsname</translation>
    </message>
    <message>
        <source>e.g. first_name</source>
        <translation>z. B. first_name</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 ist kein gültiges JSON: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>%1 muss ein JSON-Objekt sein, etwa {&quot;plan&quot;: &quot;pro&quot;}.</translation>
    </message>
    <message>
        <source>%1 holds the number %2, which cannot be sent exactly: it would go out as %3. Put it in quotes to send it as text.</source>
        <translation>%1 enthält die Zahl %2, die nicht genau gesendet werden kann: Sie ginge als %3 hinaus. Setzen Sie sie in Anführungszeichen, um sie als Text zu senden.</translation>
    </message>
</context>
<context>
    <name>RequestDecoder</name>
    <message>
        <source>The request body is %1 bytes; the limit is 1 MiB (%2 bytes).</source>
        <translation>Der Anfrageinhalt umfasst %1 Bytes; die Grenze ist 1 MiB (%2 Bytes).</translation>
    </message>
    <message>
        <source>Content-Type %1 is not supported: send JSON (application/json) or form fields (application/x-www-form-urlencoded).</source>
        <translation>Content-Type %1 wird nicht unterstützt: Senden Sie JSON (application/json) oder Formularfelder (application/x-www-form-urlencoded).</translation>
    </message>
    <message>
        <source>The request body is not valid UTF-8 text.</source>
        <translation>Der Anfrageinhalt ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object, like {&quot;id&quot;: &quot;123&quot;}.</source>
        <translation>Der Anfrageinhalt muss ein JSON-Objekt sein, etwa {&quot;id&quot;: &quot;123&quot;}.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at character %2.</source>
        <translation>Der Anfrageinhalt ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The query string is not valid UTF-8 text.</source>
        <translation>Die Query-Zeichenkette ist kein gültiger UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>RequestGate</name>
    <message>
        <source>The request body is %1 bytes</source>
        <translation>Der Anfrageinhalt umfasst %1 Bytes</translation>
    </message>
    <message>
        <source>The request body is too large</source>
        <translation>Der Anfrageinhalt ist zu groß</translation>
    </message>
    <message>
        <source>%1; the limit is 1 MiB (%2 bytes). It was not read.</source>
        <translation>%1; die Grenze ist 1 MiB (%2 Bytes). Er wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Forbidden: requests from web pages (with an Origin header) are refused. The sandbox is for programs on this machine, such as vero-admin, veroctl and curl.</source>
        <translation>Verboten: Anfragen von Webseiten (mit einem Origin-Header) werden abgelehnt. Die Sandbox ist für Programme auf diesem Rechner gedacht, etwa vero-admin, veroctl und curl.</translation>
    </message>
    <message>
        <source>Bad request: more than one Host header.</source>
        <translation>Fehlerhafte Anfrage: mehr als ein Host-Header.</translation>
    </message>
    <message>
        <source>Bad request: HTTP/1.1 requires a Host header.</source>
        <translation>Fehlerhafte Anfrage: HTTP/1.1 erfordert einen Host-Header.</translation>
    </message>
    <message>
        <source>Forbidden: the Host &quot;%1&quot; is not this sandbox&apos;s address. Use 127.0.0.1 or localhost (port %2); other names are refused so that no web page can reach the sandbox through its own domain.</source>
        <translation>Verboten: Der Host „%1“ ist nicht die Adresse dieser Sandbox. Verwenden Sie 127.0.0.1 oder localhost (Port %2); andere Namen werden abgelehnt, damit keine Webseite die Sandbox über ihre eigene Domain erreichen kann.</translation>
    </message>
    <message>
        <source>Bad request: Content-Length and Transfer-Encoding together; send one of them.</source>
        <translation>Fehlerhafte Anfrage: Content-Length und Transfer-Encoding zugleich; senden Sie nur eines davon.</translation>
    </message>
    <message>
        <source>Bad request: Transfer-Encoding &quot;%1&quot; is not supported; send Content-Length or chunked.</source>
        <translation>Fehlerhafte Anfrage: Transfer-Encoding „%1“ wird nicht unterstützt; senden Sie Content-Length oder chunked.</translation>
    </message>
    <message>
        <source>Bad request: Content-Length is not a number.</source>
        <translation>Fehlerhafte Anfrage: Content-Length ist keine Zahl.</translation>
    </message>
    <message>
        <source>Bad request: conflicting Content-Length headers.</source>
        <translation>Fehlerhafte Anfrage: widersprüchliche Content-Length-Header.</translation>
    </message>
</context>
<context>
    <name>RestoreUserDialog</name>
    <message>
        <source>Restore deleted user</source>
        <translation>Gelöschten Benutzer wiederherstellen</translation>
    </message>
    <message>
        <source>Identify that recreates the user (email, phone, channels and properties):</source>
        <translation>Identifizieren, das den Benutzer neu anlegt (E-Mail, Telefon, Kanäle und Eigenschaften):</translation>
    </message>
    <message>
        <source>Identify that recreates the user</source>
        <translation>Identifizieren, das den Benutzer neu anlegt</translation>
    </message>
    <message>
        <source>Restore choices</source>
        <translation>Wiederherstellungsoptionen</translation>
    </message>
    <message>
        <source>Restore user %1</source>
        <translation>Benutzer %1 wiederherstellen</translation>
    </message>
    <message>
        <source>The history shows that user &quot;%1&quot; was deleted on %2.</source>
        <translation>Laut Verlauf wurde der Benutzer „%1“ am %2 gelöscht.</translation>
    </message>
    <message>
        <source>The history does not show a deletion of user &quot;%1&quot;: sending this identify updates the user with what the history last knew.</source>
        <translation>Der Verlauf zeigt keine Löschung des Benutzers „%1“: Das Senden dieses Identifizierens aktualisiert den Benutzer mit dem zuletzt im Verlauf bekannten Stand.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt from %n accepted request(s), the last on %1.</source>
        <translation>
            <numerusform>Aus %n angenommenen Anfrage wiederhergestellt, vom %1.</numerusform>
            <numerusform>Aus %n angenommenen Anfragen wiederhergestellt, die letzte vom %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier ids of this user (before an alias): %1.</source>
        <translation>Frühere IDs dieses Benutzers (vor einem Alias): %1.</translation>
    </message>
    <message>
        <source>Nothing is sent now: the identify and tags forms are filled for you to review and send.</source>
        <translation>Jetzt wird nichts gesendet: Die Formulare Identifizieren und Tags werden ausgefüllt, damit Sie sie prüfen und senden.</translation>
    </message>
    <message>
        <source>No tags are known for this user.</source>
        <translation>Für diesen Benutzer sind keine Tags bekannt.</translation>
    </message>
    <message>
        <source>Tags to add back: %1</source>
        <translation>Wieder hinzuzufügende Tags: %1</translation>
    </message>
    <message>
        <source>The user had unsubscribed. A new identify does not unsubscribe them: send an unsubscribe too if that must be kept.</source>
        <translation>Der Benutzer hatte sich abgemeldet. Ein neues Identifizieren meldet ihn nicht ab: Senden Sie auch ein Abmelden, falls das erhalten bleiben muss.</translation>
    </message>
    <message numerus="yes">
        <source>Past events cannot be restored. The Track API has no way to replay them with their original times: %n event(s) sent to this user are lost, with any activity recorded by Vero itself.</source>
        <translation>
            <numerusform>Frühere Ereignisse können nicht wiederhergestellt werden. Die Track API kann sie nicht mit ihren ursprünglichen Zeiten erneut abspielen: %n an diesen Benutzer gesendetes Ereignis ist verloren, ebenso jede von Vero selbst aufgezeichnete Aktivität.</numerusform>
            <numerusform>Frühere Ereignisse können nicht wiederhergestellt werden. Die Track API kann sie nicht mit ihren ursprünglichen Zeiten erneut abspielen: %n an diesen Benutzer gesendete Ereignisse sind verloren, ebenso jede von Vero selbst aufgezeichnete Aktivität.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the forms for review</source>
        <translation>Formulare zur Prüfung ausfüllen</translation>
    </message>
    <message>
        <source>Fill the identify and tags forms for review</source>
        <translation>Die Formulare Identifizieren und Tags zur Prüfung ausfüllen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The identify request that recreates the user, as it will be sent</source>
        <translation>Die Identify-Anfrage, die den Benutzer wiederherstellt, so wie sie gesendet wird</translation>
    </message>
    <message>
        <source>Nothing is sent: you review the forms and send them yourself</source>
        <translation>Es wird nichts gesendet: Sie prüfen die Formulare und senden sie selbst</translation>
    </message>
    <message>
        <source>Closes this window; the forms are not changed</source>
        <translation>Schließt dieses Fenster; die Formulare werden nicht verändert</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result of the last send</source>
        <translation>Ergebnis des letzten Sendens</translation>
    </message>
    <message>
        <source>Nothing sent yet from this form.</source>
        <translation>Aus diesem Formular wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Earlier request: %1</source>
        <translation>Frühere Anfrage: %1</translation>
    </message>
    <message>
        <source>Earlier request, to %1: %2</source>
        <translation>Frühere Anfrage, an %1: %2</translation>
    </message>
    <message>
        <source>No answer came, yet the request may have reached Vero and been applied: check the user before sending it again (an alias or an event sent twice cannot be taken back).</source>
        <translation>Es kam keine Antwort, doch die Anfrage hat Vero möglicherweise erreicht und wurde ausgeführt: Prüfen Sie den Benutzer, bevor Sie sie erneut senden (ein doppelt gesendeter Alias oder ein doppeltes Ereignis lässt sich nicht zurücknehmen).</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>%1 wird gesendet…</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the answer</source>
        <translation>Beim Warten auf die Antwort abgebrochen</translation>
    </message>
    <message>
        <source>Outcome unknown: no answer</source>
        <translation>Ergebnis unbekannt: keine Antwort</translation>
    </message>
    <message>
        <source>Accepted (HTTP %1)</source>
        <translation>Angenommen (HTTP %1)</translation>
    </message>
    <message>
        <source>Vero queues accepted requests and applies them shortly after; 200 means the request was valid, not that it has been applied yet.</source>
        <translation>Vero reiht angenommene Anfragen ein und führt sie kurz danach aus; 200 bedeutet, dass die Anfrage gültig war, nicht, dass sie schon ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Rejected (HTTP %1)</source>
        <translation>Abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed: no answer</source>
        <translation>Fehlgeschlagen: keine Antwort</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation>Meldung des Dienstes: %1</translation>
    </message>
    <message>
        <source>The service answered without a message: %1</source>
        <translation>Der Dienst antwortete ohne Meldung: %1</translation>
    </message>
    <message>
        <source>The service answered with an empty body.</source>
        <translation>Der Dienst antwortete mit leerem Inhalt.</translation>
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
            <numerusform>Anfragen jedes Arbeitsbereichs %n Tag aufbewahren</numerusform>
            <numerusform>Anfragen jedes Arbeitsbereichs %n Tage aufbewahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the newest %n request(s) of each workspace</source>
        <translation>
            <numerusform>Die neueste %n Anfrage jedes Arbeitsbereichs aufbewahren</numerusform>
            <numerusform>Die neuesten %n Anfragen jedes Arbeitsbereichs aufbewahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Alles aufbewahren</translation>
    </message>
</context>
<context>
    <name>RowWorkspaceQuestion</name>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Which workspace?</source>
        <translation>Welcher Arbeitsbereich?</translation>
    </message>
    <message>
        <source>a workspace the history did not record</source>
        <translation>ein Arbeitsbereich, den der Verlauf nicht aufgezeichnet hat</translation>
    </message>
    <message>
        <source>This request was sent to %1, which is not one of your workspaces any more. The current workspace is %2.

Prepare it for %3? Nothing is sent until you press Send.</source>
        <translation>Diese Anfrage wurde an %1 gesendet, das nicht mehr zu Ihren Arbeitsbereichen gehört. Der aktuelle Arbeitsbereich ist %2.

Für %3 vorbereiten? Es wird nichts gesendet, bevor Sie auf Senden klicken.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This request was sent to %1. The current workspace is %2.

Prepare it for %3, or for %4? Nothing is sent until you press Send.</source>
        <translation>Diese Anfrage wurde an %1 gesendet. Der aktuelle Arbeitsbereich ist %2.

Für %3 oder für %4 vorbereiten? Es wird nichts gesendet, bevor Sie auf Senden klicken.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
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
        <translation>&amp;Sandbox-Bereich</translation>
    </message>
    <message>
        <source>The local sandbox is not running. It starts when you choose the Sandbox workspace.</source>
        <translation>Die lokale Sandbox läuft nicht. Sie startet, wenn Sie den Arbeitsbereich Sandbox wählen.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Die lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation>Sandbox startet…</translation>
    </message>
    <message>
        <source>Sandbox on %1</source>
        <translation>Sandbox auf %1</translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation>Sandbox läuft nicht</translation>
    </message>
    <message>
        <source>veroctl --workspace Sandbox cannot find this sandbox: %1</source>
        <translation>veroctl --workspace Sandbox kann diese Sandbox nicht finden: %1</translation>
    </message>
</context>
<context>
    <name>SandboxEndpointFile</name>
    <message>
        <source>This system has no runtime folder for the sandbox&apos;s address.</source>
        <translation>Dieses System hat keinen Laufzeitordner für die Adresse der Sandbox.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The Vero Admin app is not running its sandbox: open Vero Admin and choose the Sandbox workspace, then try again.</source>
        <translation>Die Sandbox der App Vero Admin läuft nicht: Öffnen Sie Vero Admin, wählen Sie den Arbeitsbereich Sandbox und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 can be read or written by other users of this computer, so veroctl does not trust the address in it. Restart the sandbox in Vero Admin (Workspace &gt; Restart sandbox).</source>
        <translation>%1 kann von anderen Benutzern dieses Computers gelesen oder geschrieben werden, daher vertraut veroctl der darin stehenden Adresse nicht. Starten Sie die Sandbox in Vero Admin neu (Arbeitsbereich &gt; Sandbox neu starten).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SandboxEvent</name>
    <message>
        <source>event %1 is incomplete (needs id, user_id, event_name, received_at)</source>
        <translation>Ereignis %1 ist unvollständig (braucht id, user_id, event_name, received_at)</translation>
    </message>
</context>
<context>
    <name>SandboxInspector</name>
    <message>
        <source>The sandbox did not answer within %1 ms.</source>
        <translation>Die Sandbox hat nicht innerhalb von %1 ms geantwortet.</translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation>Die Sandbox hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1%2</source>
        <translation>Die Sandbox antwortete HTTP %1%2</translation>
    </message>
    <message>
        <source>The sandbox sent something that is not JSON.</source>
        <translation>Die Sandbox hat etwas gesendet, das kein JSON ist.</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>A local server that behaves like Vero&apos;s Track API v2 (under /api/v2), keeps the users and events it is sent, and shows them under /sandbox/ (users, users/ID, events?user=ID, requests, reset, clock, faults), which need one of its tokens as &quot;Authorization: Bearer TOKEN&quot;. It listens on 127.0.0.1 only unless --host says otherwise, refuses requests from web pages (an Origin header, a Host that is not its own address), and prints &quot;listening on URL&quot; on standard output once ready.</source>
        <translation>Ein lokaler Server, der sich wie die Track API v2 von Vero verhält (unter /api/v2), die an ihn gesendeten Benutzer und Ereignisse aufbewahrt und sie unter /sandbox/ zeigt (users, users/ID, events?user=ID, requests, reset, clock, faults); diese Seiten brauchen eines seiner Tokens als &quot;Authorization: Bearer TOKEN&quot;. Er lauscht nur auf 127.0.0.1, sofern --host nichts anderes angibt, lehnt Anfragen von Webseiten ab (ein Origin-Header, ein Host, der nicht seine eigene Adresse ist) und gibt &quot;listening on URL&quot; auf der Standardausgabe aus, sobald er bereit ist.</translation>
    </message>
    <message>
        <source>Listen on ADDRESS (default 127.0.0.1).</source>
        <translation>Auf ADDRESS lauschen (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Listen on PORT (default %1; 0 picks a free port).</source>
        <translation>Auf PORT lauschen (Standard %1; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>A valid credential (auth_token or tracking_api_key, and the Bearer token of the /sandbox/ pages); repeat for several. Visible to every user of this machine (ps): programs should rather set the environment variable %1 or use --token-file.</source>
        <translation>Ein gültiger Zugangsschlüssel (auth_token oder tracking_api_key, und das Bearer-Token der /sandbox/-Seiten); für mehrere wiederholen. Für jeden Benutzer dieses Rechners sichtbar (ps): Programme sollten besser die Umgebungsvariable %1 setzen oder --token-file verwenden.</translation>
    </message>
    <message>
        <source>Read valid credentials from FILE, one per line.</source>
        <translation>Gültige Zugangsschlüssel aus FILE lesen, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Load users and events from FILE at start and save them there on every change.</source>
        <translation>Benutzer und Ereignisse beim Start aus FILE laden und bei jeder Änderung dort speichern.</translation>
    </message>
    <message>
        <source>Drop repeated events within SECONDS (default %1; 0 keeps every event).</source>
        <translation>Wiederholte Ereignisse innerhalb von SECONDS verwerfen (Standard %1; 0 behält jedes Ereignis).</translation>
    </message>
    <message>
        <source>Run the sandbox&apos;s clock SECONDS ahead (negative: behind).</source>
        <translation>Die Uhr der Sandbox SECONDS vorgehen lassen (negativ: nachgehen).</translation>
    </message>
    <message>
        <source>Delay every API answer by MS milliseconds.</source>
        <translation>Jede API-Antwort um MS Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>Answer a share P (0 to 1) of API requests with 500, 502 or 503.</source>
        <translation>Einen Anteil P (0 bis 1) der API-Anfragen mit 500, 502 oder 503 beantworten.</translation>
    </message>
    <message>
        <source>Answer 429 with Retry-After beyond N API requests per second.</source>
        <translation>Ab N API-Anfragen pro Sekunde mit 429 und Retry-After antworten.</translation>
    </message>
    <message>
        <source>Close a share P (0 to 1) of API connections without answering.</source>
        <translation>Einen Anteil P (0 bis 1) der API-Verbindungen ohne Antwort schließen.</translation>
    </message>
    <message>
        <source>Seed the fault dice with N, for repeatable runs.</source>
        <translation>Den Zufallsgenerator der Fehler mit N initialisieren, für wiederholbare Läufe.</translation>
    </message>
    <message>
        <source>Serve HTTPS with the PEM certificate (and chain) in FILE.</source>
        <translation>HTTPS mit dem PEM-Zertifikat (und der Kette) in FILE bereitstellen.</translation>
    </message>
    <message>
        <source>The PEM private key for --tls-cert.</source>
        <translation>Der private PEM-Schlüssel für --tls-cert.</translation>
    </message>
    <message>
        <source>Do not log each request on standard error.</source>
        <translation>Nicht jede Anfrage auf der Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>Close a connection that sends no complete request within SECONDS of opening or of its last answer, or whose body stalls that long (default %1).</source>
        <translation>Eine Verbindung schließen, die innerhalb von SECONDS nach dem Öffnen oder ihrer letzten Antwort keine vollständige Anfrage sendet oder deren Inhalt so lange stockt (Standard %1).</translation>
    </message>
    <message>
        <source>Run &apos;vero-sandbox --help&apos; for the options.</source>
        <translation>&apos;vero-sandbox --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--host must be an IP address, like 127.0.0.1 (got &quot;%1&quot;).</source>
        <translation>--host muss eine IP-Adresse sein, etwa 127.0.0.1 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (got &quot;%1&quot;).</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>--token must not be empty.</source>
        <translation>--token darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token file %1 holds no token (one per line; # starts a comment).</source>
        <translation>Die Token-Datei %1 enthält kein Token (eines pro Zeile; # beginnt einen Kommentar).</translation>
    </message>
    <message>
        <source>No valid credential: give --token TOKEN or --token-file FILE, or set %1. Clients must send one of them as auth_token or tracking_api_key.</source>
        <translation>Kein gültiger Zugangsschlüssel: Geben Sie --token TOKEN oder --token-file FILE an oder setzen Sie %1. Clients müssen einen davon als auth_token oder tracking_api_key senden.</translation>
    </message>
    <message>
        <source>--dedup-window must be a whole number of seconds, 0 or more.</source>
        <translation>--dedup-window muss eine ganze Zahl von Sekunden sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>--clock-offset must be a whole number of seconds from -%1 to %1 (about 100 years).</source>
        <translation>--clock-offset muss eine ganze Zahl von Sekunden von -%1 bis %1 sein (etwa 100 Jahre).</translation>
    </message>
    <message>
        <source>--latency must be a whole number of milliseconds from 0 to %1.</source>
        <translation>--latency muss eine ganze Zahl von Millisekunden von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>--fail-rate must be a number from 0 to 1, like 0.2.</source>
        <translation>--fail-rate muss eine Zahl von 0 bis 1 sein, etwa 0.2.</translation>
    </message>
    <message>
        <source>--drop-rate must be a number from 0 to 1, like 0.2.</source>
        <translation>--drop-rate muss eine Zahl von 0 bis 1 sein, etwa 0.2.</translation>
    </message>
    <message>
        <source>--rate-limit must be a whole number of requests per second from 1 to %1.</source>
        <translation>--rate-limit muss eine ganze Zahl von Anfragen pro Sekunde von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both to serve HTTPS.</source>
        <translation>--tls-cert und --tls-key gehören zusammen: Geben Sie beide an, um HTTPS bereitzustellen.</translation>
    </message>
    <message>
        <source>--idle-timeout must be a whole number of seconds from 1 to %1.</source>
        <translation>--idle-timeout muss eine ganze Zahl von Sekunden von 1 bis %1 sein.</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>&amp;Users in the sandbox</source>
        <translation>&amp;Benutzer in der Sandbox</translation>
    </message>
    <message>
        <source>Sandbox users</source>
        <translation>Sandbox-Benutzer</translation>
    </message>
    <message>
        <source>Select a user to see only their events.</source>
        <translation>Wählen Sie einen Benutzer, um nur seine Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>Sandbox events</source>
        <translation>Sandbox-Ereignisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh sandbox users and events</source>
        <translation>Sandbox-Benutzer und -Ereignisse aktualisieren</translation>
    </message>
    <message>
        <source>All &amp;events</source>
        <translation>Alle &amp;Ereignisse</translation>
    </message>
    <message>
        <source>Show the events of all users</source>
        <translation>Die Ereignisse aller Benutzer zeigen</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Local sandbox at %1. Send something and watch it appear here.</source>
        <translation>Lokale Sandbox auf %1. Senden Sie etwas und sehen Sie, wie es hier erscheint.</translation>
    </message>
    <message>
        <source>&amp;Events of all users</source>
        <translation>&amp;Ereignisse aller Benutzer</translation>
    </message>
    <message>
        <source>&amp;Events of %1</source>
        <translation>&amp;Ereignisse von %1</translation>
    </message>
    <message>
        <source>Local sandbox at %1. Users: %2. Events listed: %3.</source>
        <translation>Lokale Sandbox auf %1. Benutzer: %2. Aufgeführte Ereignisse: %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Re&amp;start sandbox</source>
        <translation>Sandbox &amp;neu starten</translation>
    </message>
    <message>
        <source>Restart the sandbox</source>
        <translation>Die Sandbox neu starten</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Sandbox token</source>
        <translation>Sandbox-Token</translation>
    </message>
    <message>
        <source>The running sandbox&apos;s token. It guards test data on this computer only, not a Vero account.</source>
        <translation>Das Token der laufenden Sandbox. Es schützt nur Testdaten auf diesem Computer, kein Vero-Konto.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the sandbox token</source>
        <translation>Das Sandbox-Token kopieren</translation>
    </message>
    <message>
        <source>Copy the token, for $VERO_AUTH_TOKEN in a terminal</source>
        <translation>Das Token kopieren, für $VERO_AUTH_TOKEN in einem Terminal</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter sandbox users</source>
        <translation>Sandbox-Benutzer filtern</translation>
    </message>
    <message>
        <source>Show only the users whose id, email, phone or tags contain this text</source>
        <translation>Nur die Benutzer zeigen, deren ID, E-Mail-Adresse, Telefonnummer oder Tags diesen Text enthalten</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Make current user</source>
        <translation>Zum aktuellen Benutzer machen</translation>
    </message>
    <message>
        <source>Fill every form with this user&apos;s id and email</source>
        <translation>Alle Formulare mit der ID und E-Mail-Adresse dieses Benutzers füllen</translation>
    </message>
    <message>
        <source>The current workspace is not the sandbox: nothing here is about it.
%1</source>
        <translation>Der aktuelle Arbeitsbereich ist nicht die Sandbox: Nichts hier betrifft ihn.
%1</translation>
    </message>
    <message>
        <source>The sandbox stopped: %1
Restart sandbox tries again.</source>
        <translation>Die Sandbox wurde beendet: %1
Sandbox neu starten versucht es erneut.</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Kopiert</translation>
    </message>
    <message>
        <source>Starts the local sandbox again after it stopped</source>
        <translation>Startet die lokale Sandbox erneut, nachdem sie beendet wurde</translation>
    </message>
    <message>
        <source>The events the sandbox received, for the chosen user or for all users</source>
        <translation>Die Ereignisse, die die Sandbox empfangen hat, für den gewählten Benutzer oder für alle Benutzer</translation>
    </message>
    <message>
        <source>Reads the sandbox&apos;s users and events again</source>
        <translation>Liest die Benutzer und Ereignisse der Sandbox neu ein</translation>
    </message>
    <message>
        <source>Lists the events of every user, not only the chosen one</source>
        <translation>Zeigt die Ereignisse aller Benutzer, nicht nur des gewählten</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox did not report that it was ready within %1 seconds.%2</source>
        <translation>Die Sandbox hat nicht innerhalb von %1 Sekunden gemeldet, dass sie bereit ist.%2</translation>
    </message>
    <message>
        <source>The sandbox is not running: start() it first.</source>
        <translation>Die Sandbox läuft nicht: Zuerst start() aufrufen.</translation>
    </message>
    <message>
        <source>The sandbox did not report that it was ready within %1 ms.</source>
        <translation>Die Sandbox hat nicht innerhalb von %1 ms gemeldet, dass sie bereit ist.</translation>
    </message>
    <message>
        <source>The sandbox reported an address that cannot be used: %1</source>
        <translation>Die Sandbox hat eine unbrauchbare Adresse gemeldet: %1</translation>
    </message>
    <message>
        <source>The sandbox program %1 could not be started: %2. Check that vero-sandbox is installed next to this program or on the PATH.</source>
        <translation>Das Sandbox-Programm %1 konnte nicht gestartet werden: %2. Prüfen Sie, ob vero-sandbox neben diesem Programm oder im PATH installiert ist.</translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit code %1).%2</source>
        <translation>Die Sandbox wurde beendet, bevor sie bereit war (Exit-Code %1).%2</translation>
    </message>
    <message>
        <source>The sandbox crashed.%1</source>
        <translation>Die Sandbox ist abgestürzt.%1</translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly (exit code %1).%2</source>
        <translation>Die Sandbox wurde unerwartet beendet (Exit-Code %1).%2</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Too many requests: the sandbox allows %1 per second (--rate-limit).</source>
        <translation>Zu viele Anfragen: Die Sandbox erlaubt %1 pro Sekunde (--rate-limit).</translation>
    </message>
    <message>
        <source>Service unavailable (injected by --fail-rate).</source>
        <translation>Dienst nicht verfügbar (eingespeist durch --fail-rate).</translation>
    </message>
    <message>
        <source>Internal server error (injected by --fail-rate).</source>
        <translation>Interner Serverfehler (eingespeist durch --fail-rate).</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Die TLS-Zertifikatsdatei %1 kann nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key file %1: %2</source>
        <translation>Die TLS-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The TLS key file %1 holds no unencrypted PEM RSA or EC private key.</source>
        <translation>Die TLS-Schlüsseldatei %1 enthält keinen unverschlüsselten privaten PEM-RSA- oder -EC-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 It was moved to %2; the sandbox starts empty.</source>
        <translation>%1 Sie wurde nach %2 verschoben; die Sandbox startet leer.</translation>
    </message>
    <message>
        <source>%1 It could not be moved aside (%2): the sandbox starts empty and will not save its state this time.</source>
        <translation>%1 Sie konnte nicht beiseitegelegt werden (%2): Die Sandbox startet leer und speichert ihren Zustand diesmal nicht.</translation>
    </message>
    <message>
        <source>warning: listening on %1 port %2, every network interface of this machine: other machines can reach the sandbox and send it requests. Use --host 127.0.0.1 to keep it to this machine.</source>
        <translation>Warnung: lauscht auf %1 Port %2, jeder Netzwerkschnittstelle dieses Rechners: Andere Rechner können die Sandbox erreichen und ihr Anfragen senden. Verwenden Sie --host 127.0.0.1, um sie auf diesen Rechner zu beschränken.</translation>
    </message>
    <message>
        <source>warning: listening on %1 port %2, not a loopback address: other machines on that network can reach the sandbox. Use --host 127.0.0.1 to keep it to this machine.</source>
        <translation>Warnung: lauscht auf %1 Port %2, keiner Loopback-Adresse: Andere Rechner in diesem Netzwerk können die Sandbox erreichen. Verwenden Sie --host 127.0.0.1, um sie auf diesen Rechner zu beschränken.</translation>
    </message>
    <message>
        <source>Connection closed without an answer (--drop-rate); nothing changed.</source>
        <translation>Verbindung ohne Antwort geschlossen (--drop-rate); nichts geändert.</translation>
    </message>
    <message>
        <source>Injected fault; nothing changed.</source>
        <translation>Eingespeister Fehler; nichts geändert.</translation>
    </message>
    <message>
        <source>Not found: the Track API is under /api/v2/ and the sandbox&apos;s own pages under /sandbox/.</source>
        <translation>Nicht gefunden: Die Track API liegt unter /api/v2/ und die eigenen Seiten der Sandbox unter /sandbox/.</translation>
    </message>
    <message>
        <source> The client left before the answer.</source>
        <translation> Der Client ist vor der Antwort gegangen.</translation>
    </message>
    <message>
        <source>Refused before its body was read; nothing changed.</source>
        <translation>Abgelehnt, bevor der Inhalt gelesen wurde; nichts geändert.</translation>
    </message>
    <message>
        <source>The chunked body passed the limit after %1 bytes: connection closed without an answer, the rest unread; nothing changed.</source>
        <translation>Der gestückelte Inhalt hat nach %1 Bytes die Grenze überschritten: Verbindung ohne Antwort geschlossen, der Rest ungelesen; nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SandboxState</name>
    <message>
        <source>Connection test: nothing to change.</source>
        <translation>Verbindungstest: nichts zu ändern.</translation>
    </message>
    <message>
        <source>Created user &quot;%1&quot;.</source>
        <translation>Benutzer „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Updated user &quot;%1&quot;.</source>
        <translation>Benutzer „%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: nothing changed.</source>
        <translation>Kein Benutzer „%1“: nichts geändert.</translation>
    </message>
    <message>
        <source>Changed the properties of user &quot;%1&quot;.</source>
        <translation>Eigenschaften des Benutzers „%1“ geändert.</translation>
    </message>
    <message>
        <source>Moved user &quot;%1&quot; to the id &quot;%2&quot;.</source>
        <translation>Benutzer „%1“ auf die ID „%2“ verschoben.</translation>
    </message>
    <message>
        <source>Merged user &quot;%1&quot; into the existing user &quot;%2&quot;.</source>
        <translation>Benutzer „%1“ mit dem bestehenden Benutzer „%2“ zusammengeführt.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was already subscribed.</source>
        <translation>Benutzer „%1“ war bereits angemeldet.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was already unsubscribed.</source>
        <translation>Benutzer „%1“ war bereits abgemeldet.</translation>
    </message>
    <message>
        <source>Resubscribed user &quot;%1&quot;.</source>
        <translation>Benutzer „%1“ erneut angemeldet.</translation>
    </message>
    <message>
        <source>Unsubscribed user &quot;%1&quot;.</source>
        <translation>Benutzer „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: nothing deleted.</source>
        <translation>Kein Benutzer „%1“: nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted user &quot;%1&quot; and %n event(s).</source>
        <translation>
            <numerusform>Benutzer „%1“ und %n Ereignis gelöscht.</numerusform>
            <numerusform>Benutzer „%1“ und %n Ereignisse gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags of user &quot;%1&quot; unchanged.</source>
        <translation>Tags des Benutzers „%1“ unverändert.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Tags of user &quot;%1&quot;: %2.</source>
        <translation>Tags des Benutzers „%1“: %2.</translation>
    </message>
    <message>
        <source>Duplicate of event %1 within the %2-second window: dropped.</source>
        <translation>Duplikat von Ereignis %1 innerhalb des %2-Sekunden-Fensters: verworfen.</translation>
    </message>
    <message>
        <source>Stored event %1 &quot;%2&quot; and created user &quot;%3&quot;.</source>
        <translation>Ereignis %1 „%2“ gespeichert und Benutzer „%3“ angelegt.</translation>
    </message>
    <message>
        <source>Stored event %1 &quot;%2&quot; for user &quot;%3&quot;.</source>
        <translation>Ereignis %1 „%2“ für Benutzer „%3“ gespeichert.</translation>
    </message>
    <message>
        <source>it is not a vero-sandbox state file</source>
        <translation>es ist keine Zustandsdatei von vero-sandbox</translation>
    </message>
    <message>
        <source>it has format version %1; this vero-sandbox reads version 1</source>
        <translation>sie hat Formatversion %1; diese vero-sandbox liest Version 1</translation>
    </message>
    <message>
        <source>unsubscribed by the tag</source>
        <translation>durch das Tag abgemeldet</translation>
    </message>
</context>
<context>
    <name>SandboxUser</name>
    <message>
        <source>a user has no id</source>
        <translation>ein Benutzer hat keine ID</translation>
    </message>
    <message>
        <source>user %1 has no valid created_at/updated_at time</source>
        <translation>Benutzer %1 hat keine gültige Zeit created_at/updated_at</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>Cannot read the state file %1: %2.</source>
        <translation>Die Zustandsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The state file %1 is not valid JSON (%2 at byte %3).</source>
        <translation>Die Zustandsdatei %1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The state file %1 cannot be used: %2.</source>
        <translation>Die Zustandsdatei %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the state file.</source>
        <translation>Der Ordner %1 für die Zustandsdatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>Die Zustandsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionForm</name>
    <message>
        <source>Unsubscribe / Resubscribe</source>
        <translation>Abmelden / Erneut anmelden</translation>
    </message>
    <message>
        <source>Globally unsubscribes a user from all messages (POST users/unsubscribe), or resubscribes them (POST users/resubscribe).</source>
        <translation>Meldet einen Benutzer global von allen Nachrichten ab (POST users/unsubscribe) oder meldet ihn erneut an (POST users/resubscribe).</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben, z. B. 1234</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Neu: Formular leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>U&amp;nsubscribe</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Unsubscribe the user</source>
        <translation>Den Benutzer abmelden</translation>
    </message>
    <message>
        <source>&amp;Resubscribe</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Resubscribe the user</source>
        <translation>Den Benutzer erneut anmelden</translation>
    </message>
    <message>
        <source>Unsubscribe the user from all messages</source>
        <translation>Den Benutzer von allen Nachrichten abmelden</translation>
    </message>
    <message>
        <source>Resubscribe the user to messages</source>
        <translation>Den Benutzer erneut für Nachrichten anmelden</translation>
    </message>
    <message>
        <source>Nothing was sent: choose Unsubscribe or Resubscribe.</source>
        <translation>Es wurde nichts gesendet: Wählen Sie Abmelden oder Erneut anmelden.</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben</translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Tag eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1: new tag</source>
        <translation>%1: neues Tag</translation>
    </message>
    <message>
        <source>Add the typed tag to %1</source>
        <translation>Das eingegebene Tag zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected tags from %1</source>
        <translation>Die ausgewählten Tags aus %1 entfernen</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to the list</source>
        <translation>Tag eingeben und Eingabetaste drücken, um ihn der Liste hinzuzufügen</translation>
    </message>
    <message>
        <source>Adds the typed tag to the list</source>
        <translation>Fügt den eingegebenen Tag der Liste hinzu</translation>
    </message>
    <message>
        <source>The tags to send; Delete removes the selected ones</source>
        <translation>Die zu sendenden Tags; Entf entfernt die ausgewählten</translation>
    </message>
    <message>
        <source>Removes the selected tags from the list</source>
        <translation>Entfernt die ausgewählten Tags aus der Liste</translation>
    </message>
</context>
<context>
    <name>TagsForm</name>
    <message>
        <source>Edit tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <source>Adds tags to and removes tags from a user (PUT users/tags/edit). Type a tag and press Enter to add it to a list.</source>
        <translation>Fügt einem Benutzer Tags hinzu und entfernt Tags (PUT users/tags/edit). Geben Sie ein Tag ein und drücken Sie die Eingabetaste, um es einer Liste hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben, z. B. 1234</translation>
    </message>
    <message>
        <source>Tags to &amp;add:</source>
        <translation>&amp;Hinzuzufügende Tags:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Hinzuzufügende Tags</translation>
    </message>
    <message>
        <source>Tags to re&amp;move:</source>
        <translation>Zu ent&amp;fernende Tags:</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Zu entfernende Tags</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Neu: Formular leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send tag changes</source>
        <translation>Tag-Änderungen senden</translation>
    </message>
    <message>
        <source>Tag to add, then Enter (e.g. prospect)</source>
        <translation>Hinzuzufügendes Tag, dann Eingabetaste (z. B. interessent)</translation>
    </message>
    <message>
        <source>Tag to remove, then Enter</source>
        <translation>Zu entfernendes Tag, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Press Enter to add &quot;%1&quot; to the list (or clear it): only listed tags are sent.</source>
        <translation>Drücken Sie die Eingabetaste, um „%1“ der Liste hinzuzufügen (oder leeren Sie das Feld): Nur aufgeführte Tags werden gesendet.</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben</translation>
    </message>
</context>
<context>
    <name>TrackApi</name>
    <message>
        <source>Not found: there is no endpoint %1.</source>
        <translation>Nicht gefunden: Es gibt keinen Endpunkt %1.</translation>
    </message>
    <message>
        <source>Not found: %1 takes %2, not %3.</source>
        <translation>Nicht gefunden: %1 akzeptiert %2, nicht %3.</translation>
    </message>
    <message>
        <source>Body not readable; nothing changed.</source>
        <translation>Inhalt nicht lesbar; nichts geändert.</translation>
    </message>
    <message>
        <source>Invalid parameters; nothing changed.</source>
        <translation>Ungültige Parameter; nichts geändert.</translation>
    </message>
    <message>
        <source>Unauthorized: no credential. Send auth_token or tracking_api_key in the body or the query.</source>
        <translation>Nicht autorisiert: kein Zugangsschlüssel. Senden Sie auth_token oder tracking_api_key im Inhalt oder in der Query.</translation>
    </message>
    <message>
        <source>No credential; nothing changed.</source>
        <translation>Kein Zugangsschlüssel; nichts geändert.</translation>
    </message>
    <message>
        <source>Unauthorized: the credential is not valid.</source>
        <translation>Nicht autorisiert: Der Zugangsschlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>Invalid credential; nothing changed.</source>
        <translation>Ungültiger Zugangsschlüssel; nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TrackEventForm</name>
    <message>
        <source>Track an event</source>
        <translation>Ein Ereignis erfassen</translation>
    </message>
    <message>
        <source>Records an event for a user (POST events/track); Vero creates the user if needed. Give the user id, the email, or both.</source>
        <translation>Erfasst ein Ereignis für einen Benutzer (POST events/track); Vero legt den Benutzer bei Bedarf an. Geben Sie die Benutzer-ID, die E-Mail-Adresse oder beides an.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben, z. B. 1234</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>z. B. ada@example.com</translation>
    </message>
    <message>
        <source>E&amp;vent name:</source>
        <translation>E&amp;reignisname:</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>e.g. Purchased item</source>
        <translation>z. B. Artikel gekauft</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Ereignisdaten</translation>
    </message>
    <message>
        <source>Add a unique timestamp</source>
        <translation>Einen eindeutigen Zeitstempel hinzufügen</translation>
    </message>
    <message>
        <source>Add a unique &amp;timestamp to the data</source>
        <translation>Einen eindeutigen &amp;Zeitstempel zu den Daten hinzufügen</translation>
    </message>
    <message>
        <source>Vero drops an event that repeats the name, data and user of one sent in the last few minutes. This adds &quot;unique_timestamp&quot; (the time of sending) to the data, so a repeated test event is recorded every time.</source>
        <translation>Vero verwirft ein Ereignis, das Namen, Daten und Benutzer eines in den letzten Minuten gesendeten wiederholt. Dies fügt den Daten &quot;unique_timestamp&quot; (die Sendezeit) hinzu, sodass ein wiederholtes Testereignis jedes Mal erfasst wird.</translation>
    </message>
    <message>
        <source>E&amp;xtras:</source>
        <translation>E&amp;xtras:</translation>
    </message>
    <message>
        <source>Event extras</source>
        <translation>Ereignis-Extras</translation>
    </message>
    <message>
        <source>Reserved Vero operators, e.g. check_id, source, created_at.</source>
        <translation>Reservierte Vero-Operatoren, z. B. check_id, source, created_at.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Neu: Formular leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send event</source>
        <translation>Ereignis senden</translation>
    </message>
    <message>
        <source>Vero treats capitals, spaces and underscores alike: &quot;Purchased Item&quot; and &quot;purchased_item&quot; are the same event.</source>
        <translation>Vero behandelt Großbuchstaben, Leerzeichen und Unterstriche gleich: &quot;Purchased Item&quot; und &quot;purchased_item&quot; sind dasselbe Ereignis.</translation>
    </message>
    <message>
        <source>Vero matches this event as: %1</source>
        <translation>Vero ordnet dieses Ereignis zu als: %1</translation>
    </message>
    <message>
        <source>Vero matches this event as: %1 (capitals, spaces and underscores are treated alike)</source>
        <translation>Vero ordnet dieses Ereignis zu als: %1 (Großbuchstaben, Leerzeichen und Unterstriche werden gleich behandelt)</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation>Die ID, die Sie dem Benutzer in Vero gegeben haben; die ID oder die E-Mail-Adresse genügt</translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation>Die E-Mail-Adresse des Benutzers; die ID oder die E-Mail-Adresse genügt</translation>
    </message>
    <message>
        <source>The name campaigns know the event by, e.g. Purchased item</source>
        <translation>Der Name, unter dem Kampagnen das Ereignis kennen, z. B. Purchased item</translation>
    </message>
    <message>
        <source>Adds the time of sending to the data, so Vero does not drop a repeat of the same event as a duplicate</source>
        <translation>Fügt den Sendezeitpunkt zu den Daten hinzu, damit Vero eine Wiederholung desselben Ereignisses nicht als Duplikat verwirft</translation>
    </message>
</context>
<context>
    <name>UserFieldsNotice</name>
    <message>
        <source>C&amp;lear them</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the fields filled for another user</source>
        <translation>Die für einen anderen Benutzer ausgefüllten Felder leeren</translation>
    </message>
    <message>
        <source>Empties the fields that were filled while another user was chosen</source>
        <translation>Leert die Felder, die ausgefüllt wurden, während ein anderer Benutzer gewählt war</translation>
    </message>
</context>
<context>
    <name>ValidatedOperationForm</name>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Empty the form (Ctrl+N)</source>
        <translation>Formular leeren (Strg+N)</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc); the request may still reach Vero</source>
        <translation>Nicht mehr auf die Antwort warten (Esc); die Anfrage kann Vero trotzdem noch erreichen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Correct before sending: %1</source>
        <translation>Vor dem Senden korrigieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send another user&apos;s data?</source>
        <translation>Daten eines anderen Benutzers senden?</translation>
    </message>
    <message>
        <source>They would be written to the profile of %1. Vero cannot tell that they belong to %2.</source>
        <translation>Sie würden in das Profil von %1 geschrieben. Vero kann nicht erkennen, dass sie zu %2 gehören.</translation>
    </message>
    <message>
        <source>Choose Cancel, then Clear them (next to Send) or change them, if they are not meant for %1.</source>
        <translation>Wählen Sie Abbrechen und dann Leeren (neben Senden) oder ändern Sie sie, falls sie nicht für %1 gedacht sind.</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <source>Send the fields to %1</source>
        <translation>Die Felder an %1 senden</translation>
    </message>
    <message>
        <source>Nothing was sent: the fields below were filled for %1.</source>
        <translation>Es wurde nichts gesendet: Die Felder unten wurden für %1 ausgefüllt.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Sending… the form can be edited meanwhile; Send is back when the answer comes. Esc cancels.</source>
        <translation>Wird gesendet… Das Formular kann währenddessen bearbeitet werden; Senden ist wieder verfügbar, sobald die Antwort kommt. Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>VeroClient</name>
    <message>
        <source>Cancelled while waiting for the answer from %1.</source>
        <translation>Beim Warten auf die Antwort von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>Die CA-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The service redirected the request (%1); it was not followed so the credential stays with %2. Check the workspace&apos;s base URL.</source>
        <translation>Der Dienst hat die Anfrage umgeleitet (%1); der Umleitung wurde nicht gefolgt, damit der Zugangsschlüssel bei %2 bleibt. Prüfen Sie die Basis-URL des Arbeitsbereichs.</translation>
    </message>
</context>
<context>
    <name>VeroRecommendations</name>
    <message>
        <source>Tag &quot;%1&quot; has characters other than letters, digits, - and _, which Vero advises against.</source>
        <translation>Das Tag „%1“ enthält andere Zeichen als Buchstaben, Ziffern, - und _, wovon Vero abrät.</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is not in E.164 form (like +61412345678); Vero needs that for SMS.</source>
        <translation>Die Telefonnummer „%1“ ist nicht im E.164-Format (etwa +4915112345678); Vero braucht das für SMS.</translation>
    </message>
    <message>
        <source>User %1 has no email: Vero cannot send them email.</source>
        <translation>Benutzer %1 hat keine E-Mail-Adresse: Vero kann ihm keine E-Mails senden.</translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot; unsubscribes the user: Vero treats it as an unsubscribe.</source>
        <translation>Das Hinzufügen des Tags „%1“ meldet den Benutzer ab: Vero behandelt es als Abmeldung.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace needs a name.</source>
        <translation>Der Arbeitsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <source>A workspace name cannot contain / or \.</source>
        <translation>Ein Arbeitsbereichsname darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>The base URL must be a full https:// address, like https://api.getvero.com/api/v2.</source>
        <translation>Die Basis-URL muss eine vollständige https://-Adresse sein, etwa https://api.getvero.com/api/v2.</translation>
    </message>
    <message>
        <source>The base URL cannot hold a user name or password (user:password@host). Remove that part; the credential goes in the workspace&apos;s credential field, which is kept in the keychain.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten (user:password@host). Entfernen Sie diesen Teil; der Zugangsschlüssel gehört in das Zugangsschlüssel-Feld des Arbeitsbereichs, das im Schlüsselbund aufbewahrt wird.</translation>
    </message>
    <message>
        <source>The base URL cannot hold a query (?...) or a fragment (#...). Remove that part; the credential goes in the workspace&apos;s credential field, which is kept in the keychain.</source>
        <translation>Die Basis-URL darf keine Query (?...) und kein Fragment (#...) enthalten. Entfernen Sie diesen Teil; der Zugangsschlüssel gehört in das Zugangsschlüssel-Feld des Arbeitsbereichs, das im Schlüsselbund aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Plain http:// is refused: Vero only accepts HTTPS, and the credential would travel unencrypted. Use https://, or http:// only for a local sandbox (localhost or 127.0.0.1).</source>
        <translation>Einfaches http:// wird abgelehnt: Vero akzeptiert nur HTTPS, und der Zugangsschlüssel würde unverschlüsselt übertragen. Verwenden Sie https:// oder http:// nur für eine lokale Sandbox (localhost oder 127.0.0.1).</translation>
    </message>
    <message>
        <source>The credential name must be auth_token or tracking_api_key.</source>
        <translation>Der Name des Zugangsschlüssels muss auth_token oder tracking_api_key sein.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>WorkspaceBanner</name>
    <message>
        <source>SANDBOX: requests go to a local test server on this computer; nothing reaches Vero.</source>
        <translation>SANDBOX: Anfragen gehen an einen lokalen Testserver auf diesem Computer; nichts erreicht Vero.</translation>
    </message>
    <message>
        <source>PRODUCTION: requests change real user records at %1.</source>
        <translation>PRODUKTION: Anfragen ändern echte Benutzerdatensätze bei %1.</translation>
    </message>
    <message>
        <source>%1: requests go to %2.</source>
        <translation>%1: Anfragen gehen an %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>list, add NAME, remove NAME, or set-token NAME.</source>
        <translation>list, add NAME, remove NAME oder set-token NAME.</translation>
    </message>
    <message>
        <source>workspace expects list, add NAME, remove NAME or set-token NAME.</source>
        <translation>workspace erwartet list, add NAME, remove NAME oder set-token NAME.</translation>
    </message>
    <message>
        <source>workspace %1 needs a workspace NAME.</source>
        <translation>workspace %1 braucht einen Arbeitsbereich NAME.</translation>
    </message>
    <message>
        <source>Saved workspace &quot;%1&quot; (%2).</source>
        <translation>Arbeitsbereich „%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <source>the workspace&apos;s credential could not be removed from the keychain: %1</source>
        <translation>der Zugangsschlüssel des Arbeitsbereichs konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed workspace &quot;%1&quot;.</source>
        <translation>Arbeitsbereich „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Paste the credential for &quot;%1&quot; and press Enter: </source>
        <translation>Fügen Sie den Zugangsschlüssel für „%1“ ein und drücken Sie die Eingabetaste: </translation>
    </message>
    <message>
        <source>No credential was given on standard input; nothing was stored.</source>
        <translation>Auf der Standardeingabe wurde kein Zugangsschlüssel übergeben; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The credential on standard input cannot be used: %1 Nothing was stored.</source>
        <translation>Der Zugangsschlüssel auf der Standardeingabe kann nicht verwendet werden: %1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The credential could not be stored: %1</source>
        <translation>Der Zugangsschlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Stored the credential for &quot;%1&quot; in the system keychain.</source>
        <translation>Zugangsschlüssel für „%1“ im System-Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Saved &amp;workspaces:</source>
        <translation>Gespeicherte &amp;Arbeitsbereiche:</translation>
    </message>
    <message>
        <source>Saved workspaces</source>
        <translation>Gespeicherte Arbeitsbereiche</translation>
    </message>
    <message>
        <source>The Sandbox workspace is built in: Vero Admin starts it on this computer and it needs no setup.</source>
        <translation>Der Arbeitsbereich Sandbox ist eingebaut: Vero Admin startet ihn auf diesem Computer, er braucht keine Einrichtung.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a workspace</source>
        <translation>Einen Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected workspace</source>
        <translation>Den ausgewählten Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>A short name, such as Production or Staging</source>
        <translation>Ein kurzer Name, etwa Produktion oder Staging</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The address of the Track API, such as https://api.getvero.com/api/v2</source>
        <translation>Die Adresse der Track API, etwa https://api.getvero.com/api/v2</translation>
    </message>
    <message>
        <source>Credential &amp;name:</source>
        <translation>Name des &amp;Zugangsschlüssels:</translation>
    </message>
    <message>
        <source>Credential name</source>
        <translation>Name des Zugangsschlüssels</translation>
    </message>
    <message>
        <source>auth_token for API v2 auth tokens, tracking_api_key for the newer tracking API keys</source>
        <translation>auth_token für Auth-Tokens der API v2, tracking_api_key für die neueren Tracking-API-Schlüssel</translation>
    </message>
    <message>
        <source>Credential &amp;goes in:</source>
        <translation>Zugangsschlüssel &amp;steht in:</translation>
    </message>
    <message>
        <source>Where the credential goes</source>
        <translation>Wohin der Zugangsschlüssel kommt</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>A PEM file with a certificate authority to trust for this workspace, for self-hosted or sandbox TLS. Optional.</source>
        <translation>Eine PEM-Datei mit einer Zertifizierungsstelle, der für diesen Arbeitsbereich vertraut wird, für selbst gehostetes oder Sandbox-TLS. Optional.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the extra CA certificate file</source>
        <translation>Die zusätzliche CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Cr&amp;edential:</source>
        <translation>Zugangs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <source>The auth token or tracking API key. Stored in the system keychain, never shown again.</source>
        <translation>Das Auth-Token oder der Tracking-API-Schlüssel. Wird im System-Schlüsselbund gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Forget credential</source>
        <translation>Zugangsschlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget the stored credential</source>
        <translation>Den gespeicherten Zugangsschlüssel vergessen</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>Nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep the credential in memory for this session only</source>
        <translation>Den Zugangsschlüssel nur für diese Sitzung im Speicher behalten</translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation>Arbeitsbereich s&amp;peichern</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>Den Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Close the workspace dialog</source>
        <translation>Den Arbeitsbereich-Dialog schließen</translation>
    </message>
    <message>
        <source>the JSON body</source>
        <translation>den JSON-Inhalt</translation>
    </message>
    <message>
        <source>the URL query</source>
        <translation>die URL-Query</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Discard the changes you made to &quot;%1&quot;?</source>
        <translation>Ihre Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Zusätzliches CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>the new workspace</source>
        <translation>der neue Arbeitsbereich</translation>
    </message>
    <message>
        <source>To rename a workspace, add a new one and remove this one.</source>
        <translation>Um einen Arbeitsbereich umzubenennen, fügen Sie einen neuen hinzu und entfernen Sie diesen.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“</translation>
    </message>
    <message>
        <source>Type the credential; it goes to the system keychain when you save.</source>
        <translation>Geben Sie den Zugangsschlüssel ein; er kommt beim Speichern in den System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Saving. Storing the credential in the system keychain…</source>
        <translation>Wird gespeichert. Der Zugangsschlüssel wird im System-Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. The credential is in the system keychain.</source>
        <translation>Gespeichert. Der Zugangsschlüssel liegt im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>The workspace is saved, but its credential is not.</source>
        <translation>Der Arbeitsbereich ist gespeichert, sein Zugangsschlüssel aber nicht.</translation>
    </message>
    <message>
        <source>Save the workspace first.</source>
        <translation>Speichern Sie zuerst den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Type the credential first.</source>
        <translation>Geben Sie zuerst den Zugangsschlüssel ein.</translation>
    </message>
    <message>
        <source>The credential is kept in memory until Vero Admin quits.</source>
        <translation>Der Zugangsschlüssel wird im Speicher gehalten, bis Vero Admin beendet wird.</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Remove the workspace &quot;%1&quot;?</source>
        <translation>Den Arbeitsbereich „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its settings and its credential in the system keychain are deleted. This cannot be undone.</source>
        <translation>Seine Einstellungen und sein Zugangsschlüssel im System-Schlüsselbund werden gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed: %2</source>
        <translation>„%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its credential could not be deleted from the system keychain. %2</source>
        <translation>„%1“ entfernt, aber sein Zugangsschlüssel konnte nicht aus dem System-Schlüsselbund gelöscht werden. %2</translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is forgotten.</source>
        <translation>Der Zugangsschlüssel von „%1“ ist vergessen.</translation>
    </message>
    <message>
        <source>The credential could not be deleted from the system keychain. %1</source>
        <translation>Der Zugangsschlüssel konnte nicht aus dem System-Schlüsselbund gelöscht werden. %1</translation>
    </message>
    <message>
        <source>A credential is kept in memory for this session only; type a new one to replace it.</source>
        <translation>Ein Zugangsschlüssel wird nur für diese Sitzung im Speicher gehalten; geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Der System-Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>A credential is stored in the system keychain; type a new one to replace it.</source>
        <translation>Im System-Schlüsselbund ist ein Zugangsschlüssel gespeichert; geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>No credential is stored yet: type one and save.</source>
        <translation>Noch kein Zugangsschlüssel gespeichert: Geben Sie einen ein und speichern Sie.</translation>
    </message>
    <message>
        <source>No credential can be stored: the keychain is unavailable.</source>
        <translation>Es kann kein Zugangsschlüssel gespeichert werden: Der Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain cannot store the credential. %1
Vero Admin never writes credentials to disk in clear. You can keep the credential in memory for this session only: it is forgotten when Vero Admin quits and you type it again next time.</source>
        <translation>Der System-Schlüsselbund kann den Zugangsschlüssel nicht speichern. %1
Vero Admin schreibt Zugangsschlüssel nie im Klartext auf den Datenträger. Sie können den Zugangsschlüssel nur für diese Sitzung im Speicher behalten: Er wird vergessen, wenn Vero Admin beendet wird, und Sie geben ihn beim nächsten Mal erneut ein.</translation>
    </message>
    <message>
        <source>Workspaces (unsaved changes)</source>
        <translation>Arbeitsbereiche (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>Close without saving the changes to &quot;%1&quot;?</source>
        <translation>Schließen, ohne die Änderungen an „%1“ zu speichern?</translation>
    </message>
    <message>
        <source>The workspaces saved on this computer; choose one to edit it</source>
        <translation>Die auf diesem Computer gespeicherten Arbeitsbereiche; wählen Sie einen, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>Starts a new workspace with empty fields</source>
        <translation>Beginnt einen neuen Arbeitsbereich mit leeren Feldern</translation>
    </message>
    <message>
        <source>Removes the chosen workspace and its stored credential, after a question</source>
        <translation>Entfernt nach einer Rückfrage den gewählten Arbeitsbereich und seinen gespeicherten Zugangsschlüssel</translation>
    </message>
    <message>
        <source>Where each request carries the credential: in the JSON body or in the URL query</source>
        <translation>Wo jede Anfrage den Zugangsschlüssel mitführt: im JSON-Inhalt oder in der URL-Query</translation>
    </message>
    <message>
        <source>How long to wait for an answer before the request counts as failed</source>
        <translation>Wie lange auf eine Antwort gewartet wird, bevor die Anfrage als fehlgeschlagen gilt</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose a PEM file of extra CA certificates</source>
        <translation>Öffnet einen Dateidialog, um eine PEM-Datei mit zusätzlichen CA-Zertifikaten zu wählen</translation>
    </message>
    <message>
        <source>Deletes the workspace&apos;s credential from the system keychain</source>
        <translation>Löscht den Zugangsschlüssel des Arbeitsbereichs aus dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Uses the credential until the app closes, without storing it in the keychain</source>
        <translation>Verwendet den Zugangsschlüssel, bis die App geschlossen wird, ohne ihn im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>Saves the workspace and stores its credential in the system keychain</source>
        <translation>Speichert den Arbeitsbereich und legt seinen Zugangsschlüssel im Schlüsselbund des Systems ab</translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation>Kehrt zum Hauptfenster zurück</translation>
    </message>
</context>
<context>
    <name>WorkspaceLabel</name>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
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
        <translation>„%1“ ist der eingebaute Sandbox-Arbeitsbereich; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists.</source>
        <translation>Ein Arbeitsbereich namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The settings file could not be written.</source>
        <translation>Die Einstellungsdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitcher</name>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Where requests are sent</source>
        <translation>Wohin Anfragen gesendet werden</translation>
    </message>
    <message>
        <source>Local sandbox started by Vero Admin</source>
        <translation>Von Vero Admin gestartete lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Updating the request history</source>
        <translation>Anfrageverlauf wird aktualisiert</translation>
    </message>
    <message>
        <source>Updating the request history for this version of Vero Admin. With a large history this can take a few minutes; the window opens when it is done.</source>
        <translation>Der Anfrageverlauf wird für diese Version von Vero Admin aktualisiert. Bei einem großen Verlauf kann das einige Minuten dauern; das Fenster öffnet sich, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>veroctl</name>
    <message>
        <source>  ETA %1</source>
        <translation>  voraussichtlich noch %1</translation>
    </message>
    <message>
        <source>  %1 not done</source>
        <translation>  %1 nicht erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 rows finished (%3 done, %4 rejected, %5 failed), %6/s</source>
        <translation>%1 von %2 Zeilen abgeschlossen (%3 erledigt, %4 abgelehnt, %5 fehlgeschlagen), %6/s</translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation>Es ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The credential in %1 cannot be used: %2 Nothing was sent.</source>
        <translation>Der Zugangsschlüssel in %1 kann nicht verwendet werden: %2 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Use the saved workspace NAME (base URL, and the credential stored for it in the keychain, which comes before $VERO_AUTH_TOKEN).</source>
        <translation>Den gespeicherten Arbeitsbereich NAME verwenden (Basis-URL und der dafür im Schlüsselbund gespeicherte Zugangsschlüssel, der Vorrang vor $VERO_AUTH_TOKEN hat).</translation>
    </message>
    <message>
        <source>Send to URL (default %1).</source>
        <translation>An URL senden (Standard %1).</translation>
    </message>
    <message>
        <source>Name of the credential field: auth_token or tracking_api_key.</source>
        <translation>Name des Feldes für den Zugangsschlüssel: auth_token oder tracking_api_key.</translation>
    </message>
    <message>
        <source>Where the credential goes: body or query.</source>
        <translation>Wohin der Zugangsschlüssel kommt: body oder query.</translation>
    </message>
    <message>
        <source>Give up after SECONDS, the deadline for the whole request and its answer (default %1).</source>
        <translation>Nach SECONDS aufgeben, die Frist für die ganze Anfrage samt Antwort (Standard %1).</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in PEM file.</source>
        <translation>Zusätzlich dem/den CA-Zertifikat(en) in der PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Read the credential from FILE, before the keychain and $VERO_AUTH_TOKEN.</source>
        <translation>Den Zugangsschlüssel aus FILE lesen, vor dem Schlüsselbund und $VERO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>Print the request (curl command, or JSON with --json) and send nothing.</source>
        <translation>Die Anfrage ausgeben (curl-Befehl oder JSON mit --json) und nichts senden.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
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
        <translation>Anfragen an die Vero Track API v2 von der Kommandozeile senden.

Befehle:
  identify     einen Benutzer anlegen oder aktualisieren (users/track)
  edit         Benutzereigenschaften bearbeiten (veraltetes users/edit)
  alias        die ID eines Benutzers ändern (users/reidentify)
  unsubscribe  einen Benutzer abmelden
  resubscribe  einen Benutzer erneut anmelden
  delete       einen Benutzer endgültig löschen
  tags         Tags hinzufügen oder entfernen
  event        ein Ereignis erfassen (events/track)
  heartbeat    die Verbindung testen
  bulk         eine Operation für jede Zeile einer CSV-Datei ausführen, fortsetzbar (--list zeigt die Aufträge)
  workspace    list | add NAME | remove NAME | set-token NAME (Token von stdin gelesen)

Mit &apos;veroctl BEFEHL --help&apos; erhalten Sie die Optionen eines Befehls.

%1

Exit-Codes:
  0  vom Dienst angenommen (2xx)
  1  vom Dienst abgelehnt (4xx)
  2  fehlerhafte Eingabe oder lokales Problem; nichts wurde gesendet
  3  Netzwerkfehler, Zeitüberschreitung, Serverfehler (5xx) oder eine abgeschnittene oder beschädigte Antwort
Für bulk: 0 jede Zeile erledigt; 1 einige Zeilen abgelehnt, fehlgeschlagen oder ungültig (Probelauf: einige ungültig); 2 Datei, Zuordnung oder Optionen sind unbrauchbar und nichts wurde gesendet; 3 angehalten, obwohl noch Zeilen ausstehen (Auftrag fortsetzen).</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was sent.</source>
        <translation>Argument %1 ist kein gültiger UTF-8-Text; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>Der auszuführende Befehl (siehe oben).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;veroctl --help&apos; for the list.</source>
        <translation>Unbekannter Befehl „%1“. &apos;veroctl --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <source>Run &apos;veroctl --help&apos; for usage.</source>
        <translation>&apos;veroctl --help&apos; zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>--%1 is given more than once; give it once. Nothing was sent.</source>
        <translation>--%1 ist mehrfach angegeben; geben Sie es nur einmal an. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;. &apos;veroctl workspace list&apos; shows them.</source>
        <translation>Es gibt keinen Arbeitsbereich namens „%1“. &apos;veroctl workspace list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>--credential-in must be body or query.</source>
        <translation>--credential-in muss body oder query sein.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds.</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>The credential is read from, in this order: --token-file FILE; the system keychain entry of --workspace NAME (see &apos;workspace set-token&apos;); $VERO_AUTH_TOKEN, only when no workspace is named or the workspace has no stored credential (veroctl says when it ignores $VERO_AUTH_TOKEN, and refuses it when the keychain cannot be read). Never from an argument.</source>
        <translation>Der Zugangsschlüssel wird in dieser Reihenfolge gelesen: --token-file FILE; der Eintrag von --workspace NAME im System-Schlüsselbund (siehe &apos;workspace set-token&apos;); $VERO_AUTH_TOKEN, nur wenn kein Arbeitsbereich genannt ist oder der Arbeitsbereich keinen gespeicherten Zugangsschlüssel hat (veroctl meldet, wenn es $VERO_AUTH_TOKEN ignoriert, und verweigert ihn, wenn der Schlüsselbund nicht gelesen werden kann). Nie aus einem Argument.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Die Token-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>the token file %1</source>
        <translation>die Token-Datei %1</translation>
    </message>
    <message>
        <source>$VERO_AUTH_TOKEN is set but not used: %1</source>
        <translation>$VERO_AUTH_TOKEN ist gesetzt, wird aber nicht verwendet: %1</translation>
    </message>
    <message>
        <source>--token-file comes first.</source>
        <translation>--token-file hat Vorrang.</translation>
    </message>
    <message>
        <source>the app&apos;s sandbox has its own token.</source>
        <translation>Die Sandbox der App hat ein eigenes Token.</translation>
    </message>
    <message>
        <source>the keychain entry of workspace &quot;%1&quot;</source>
        <translation>der Schlüsselbund-Eintrag des Arbeitsbereichs „%1“</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; has its own credential in the keychain.</source>
        <translation>Arbeitsbereich „%1“ hat einen eigenen Zugangsschlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No credential is stored for this workspace.</source>
        <translation>Für diesen Arbeitsbereich ist kein Zugangsschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No credential for workspace &quot;%1&quot;: %2 Store one with &apos;veroctl workspace set-token %1&apos;, or set $VERO_AUTH_TOKEN.</source>
        <translation>Kein Zugangsschlüssel für Arbeitsbereich „%1“: %2 Speichern Sie einen mit &apos;veroctl workspace set-token %1&apos; oder setzen Sie $VERO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), so veroctl cannot tell whether workspace &quot;%2&quot; has its own credential; $VERO_AUTH_TOKEN was not sent to %3. Unlock the keychain, or choose the credential with --token-file FILE.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1), daher kann veroctl nicht feststellen, ob Arbeitsbereich „%2“ einen eigenen Zugangsschlüssel hat; $VERO_AUTH_TOKEN wurde nicht an %3 gesendet. Entsperren Sie den Schlüsselbund oder wählen Sie den Zugangsschlüssel mit --token-file FILE.</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; has no stored credential, so $VERO_AUTH_TOKEN is sent to %2.</source>
        <translation>Arbeitsbereich „%1“ hat keinen gespeicherten Zugangsschlüssel, daher wird $VERO_AUTH_TOKEN an %2 gesendet.</translation>
    </message>
    <message>
        <source>this system has no keychain, so workspace &quot;%1&quot; has no stored credential; $VERO_AUTH_TOKEN is sent to %2.</source>
        <translation>Dieses System hat keinen Schlüsselbund, daher hat Arbeitsbereich „%1“ keinen gespeicherten Zugangsschlüssel; $VERO_AUTH_TOKEN wird an %2 gesendet.</translation>
    </message>
    <message>
        <source>No credential: set $VERO_AUTH_TOKEN, use --token-file FILE, or use a --workspace with a stored token.</source>
        <translation>Kein Zugangsschlüssel: Setzen Sie $VERO_AUTH_TOKEN, verwenden Sie --token-file FILE oder einen --workspace mit gespeichertem Token.</translation>
    </message>
</context>
</TS>
