<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vero Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the user records of a Vero account through the Track API v2: identify, edit, alias, subscriptions, tags, events and deletions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application id %1, built with Qt %2, running on Qt %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasForm</name>
    <message>
        <source>Alias (change a user&apos;s id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives an existing user a new id (PUT users/reidentify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias merges two user identities, merging two sets of user data into one. This is an advanced method and may have unintended consequences (Vero&apos;s API reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s id now, e.g. 123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id the user will have, e.g. 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id the user has in Vero now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id the user will have from now on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was longer than %1 MiB; only its first %1 MiB were read, the rest was not received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>%1: manage the user records of a Vero account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The sandbox stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox was stopped before the request could be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the sandbox is not running. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no credential is stored for the workspace &quot;%1&quot;. Set one in Workspace &gt; Manage workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the credential of the workspace &quot;%1&quot; could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing reached the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not running. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is stored for the workspace &quot;%1&quot;. Set one in Workspace &gt; Manage workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential of the workspace &quot;%1&quot; could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be less than 255 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user id or the email (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give at least one property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels must be a JSON array of {type, address, platform} objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with type, address and platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the address (the device token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON array of tag names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold only tag names (text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a tag must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give at least one tag (or one to remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both added and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity must be a JSON object with id and/or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new id must differ from the current id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Vero Admin now keeps its files in %1 and %2. These earlier files could not be moved there and are left where they were: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero Admin&apos;s files may be readable by other users: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message>
        <source>The operation for every row: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file, one row per user, with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take FIELD from COLUMN instead of the column named FIELD (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event for every row (event: instead of an event_name column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell separator: &apos;,&apos;, &apos;;&apos; or tab (detected when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding: %1 (detected when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What separates several tags in one cell (default: | or ;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at a time, 1 to %1 (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most R requests per second (default: no limit; halved on 429 or 503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries per row on 429, 5xx, timeouts and dropped connections, 1 to %1 (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run even when some rows are invalid; they are skipped and reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask before deleting or unsubscribing (needed without a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the failed, rejected and invalid rows to FILE (re-importable CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pending rows of job JOB (after a stop, a kill or a crash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failed rows of job JOB again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark job JOB cancelled; its pending rows are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the jobs (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show job JOB and its rows that were not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be a number of requests per second above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-attempts must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --op OP --file FILE for a new run, or one of --resume, --retry-failed, --cancel, --list, --show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of %1 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--op must be one of: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event-name is only for --op event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tag-separator must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 invalid, %4 with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows: nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: fix the invalid rows, or run with --skip-invalid to send the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2 rows to send to %3 (%4); resume it with &apos;veroctl bulk --resume %1&apos; if it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to %1 %2 users on %3 without --yes (no terminal to ask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 users on %3 (%4)? Type the workspace name to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was created for %2 (%3); resume it with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2 failed rows to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2, %3): %4 rows: %5 done, %6 rejected, %7 failed, %8 invalid, %9 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows not done written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5 of %6 done, %7 rejected, %8 failed, %9 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: %1
workspace: %2 (%3)
created: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 cancelled; %2 rows were not sent (--resume %1 would still send them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send property COLUMN as text, number or boolean instead of detecting it per cell (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkJobLock</name>
    <message>
        <source>%1, process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkJobsTable</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 rejected, %4 failed, %5 invalid, %6 not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkMapping</name>
    <message>
        <source>%1 cannot be run from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;; rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: %2 takes the fields %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1=%2: the file has no column &quot;%2&quot; (its columns: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to two fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no %1 column (its columns: %2). Name a column %1, or map one with --map %1=COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has neither an id nor an email column (its columns: %1). Map one with --map id=COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has neither an add nor a remove column (its columns: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no event_name column (its columns: %1). Give every row the same event with --event-name NAME, or map a column with --map event_name=COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes COLUMN=TYPE with TYPE one of text, number, boolean, inferred; not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkMappingTable</name>
    <message>
        <source>Property type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F2 or double-click to choose how this column&apos;s cells are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect per cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkOutbox</name>
    <message>
        <source>The bulk job file %1 could not be used (%2) and was moved to %3; a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk job file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the job to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bulk job %1 (veroctl bulk --list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkProblemExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRowBuilder</name>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this column can send exactly (at most 15 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells, the header %2: a cell is missing or a delimiter too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRunDialog</name>
    <message>
        <source>Bulk run from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file: a header line, then one row per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepa&amp;rator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs separated by commas, for columns not named like the API fields (email=E-Mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email=E-Mail, id=Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the file has no event_name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What separates several tags in one cell; empty: | or ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| or ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and validates every row; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests at a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit in requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means no limit; halved on 429 or 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries on 429, 5xx, timeouts and dropped connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfinished jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished jobs of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the chosen job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops sending; the rows not sent stay pending and can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport rows not done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, rejected and invalid rows as a CSV that re-imports as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on %1 (%2), a production workspace: real users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be written; nothing was sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted users lose their properties, tags and events for good; identifying one again creates a new, subscribed profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed users get no more messages from campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the workspace name (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: fix the invalid rows, or skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rows to the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: reading the credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 rows: %4 done, %5 rejected, %6 failed, %7 invalid, %8 pending%9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-not-done.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop job %1? The rows not sent stay pending; resume it later here or with veroctl bulk --resume %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping and first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file, what it is sent as, the type of a property and the first values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk runs on this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past and interrupted runs, newest first; Return shows a run&apos;s results to export, retry or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was created for %2 at %3, which is now %4; it is not resumed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the check: check the file again before a run (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the CSV file whose rows are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation sent once for every row of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character encoding the file was saved in, e.g. UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between the cells of a row, e.g. a comma or a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each problem with the line of the file it is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests are on their way at once; fewer is gentler on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the valid rows and leaves the invalid ones out; otherwise an invalid row holds the run back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run on this workspace that stopped before its last row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the rows of the chosen job that were not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one request for every valid row to the workspace named above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops sending after the requests on their way; press again to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the rows that failed once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the bulk run window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run on its way stops after a question; its job can be resumed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %Ln row(s): %2 valid, %3 invalid, %4 with warnings.</source>
        <translation>
            <numerusform>%1. %Ln row: %2 valid, %3 invalid, %4 with warnings.</numerusform>
            <numerusform>%1. %Ln rows: %2 valid, %3 invalid, %4 with warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln problem(s) are listed.</source>
        <translation>
            <numerusform>Only the first problem is listed.</numerusform>
            <numerusform>Only the first %Ln problems are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s) from %1 (%2)?</source>
        <translation>
            <numerusform>Delete %Ln user from %1 (%2)?</numerusform>
            <numerusform>Delete %Ln users from %1 (%2)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %Ln user(s) on %1 (%2)?</source>
        <translation>
            <numerusform>Unsubscribe %Ln user on %1 (%2)?</numerusform>
            <numerusform>Unsubscribe %Ln users on %1 (%2)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s)</source>
        <translation>
            <numerusform>Delete %Ln user</numerusform>
            <numerusform>Delete %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %Ln user(s)</source>
        <translation>
            <numerusform>Unsubscribe %Ln user</numerusform>
            <numerusform>Unsubscribe %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln row written to %1.</numerusform>
            <numerusform>%Ln rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3 of %Ln row(s) pending (%4)</source>
        <translation>
            <numerusform>%1 — %2, %3 of %Ln row pending (%4)</numerusform>
            <numerusform>%1 — %2, %3 of %Ln rows pending (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Could not read the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The rows not sent stay pending; resume the job to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered %1 (%2): stopped with rows still to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Stopped with rows still to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the outcome of rows to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is being sent by %2 right now; nothing was sent from here. Let that run finish, or stop it there, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header line and a row per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property column, so it cannot have a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no properties, so &quot;%2&quot; cannot have a type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkValidation</name>
    <message>
        <source>Validation was stopped at line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1: some characters would be sent wrong. Choose its encoding (for example windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>Channels table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (device token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel type, usually push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique device token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device platform: ios or android.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One channel a row: its type, its address and its platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an empty row to the channels table and starts editing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected rows from the channels table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestForm</name>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Test connection to check this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the workspace&apos;s base URL reaches a Vero service. Heartbeat does not use the credential, so a wrong credential only shows on the first real send (as 401 Unauthorized).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server answered, but it has no Vero heartbeat at this address (404). Check that the base URL ends in /api/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server answered but refused the heartbeat (HTTP %1). Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with a server error (HTTP %1); it may be down. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls heartbeat (GET heartbeat) on the current workspace to check that its base URL reaches a Vero service. Heartbeat needs no credential, so this checks the address and the connection, not the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: nothing answered at the workspace&apos;s base URL (the reason is below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: the workspace&apos;s settings stopped the request before it left (the reason is below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No credential is stored for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not let Vero Admin read or store the credential: it is locked, or the request was declined. Unlock the keychain (log in to the desktop again, or unlock it in your passwords manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). Install and start one, or use a credential for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Check that it is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: this session has no D-Bus session bus, which the keychain (GNOME Keyring or KWallet) is reached through. Log in to a desktop session, or run Vero Admin inside one (dbus-run-session), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero Admin&apos;s keychain module (%1) could not be loaded: %2. Reinstall Vero Admin, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero Admin&apos;s keychain module is missing (looked for %1). Reinstall Vero Admin, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <source>The credential is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential holds a line break (character %1): it looks like more than one line was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential holds a control character (character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential holds a space (character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential holds an invisible formatting character (character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential holds a byte sequence that is not UTF-8 text (character %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source> (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2, %3-separated%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a record runs on for more than %2 characters; a quote is probably never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentUserStrip</name>
    <message>
        <source>Current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user every form is about. Typing another id or email in a form changes it; the other forms follow, and fields entered for someone else are emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the user id, email and per-user fields in every form, to start on the next user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current user: none (type a user id or email in any form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current user: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Do not ask to type the id back (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete needs confirmation: run it in a terminal to type the id back, or add --yes. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting user &quot;%1&quot; is permanent: all properties and activity are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user id to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id typed does not match; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button to go on is enabled once this matches the text asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes ahead once the text asked for is typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window; nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteForm</name>
    <message>
        <source>Delete a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the user with this id (POST users/delete). You will be asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a user is permanent: all of the user&apos;s properties and activity are lost and cannot be recovered. A deleted user who is identified again later comes back as a new profile, subscribed by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletion is permanent. All of the user&apos;s properties and activity on %1 are lost and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted user who is identified again later comes back as a new profile, subscribed by default: an identify or an event sent to %1 afterwards creates a new, subscribed user with none of the old data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from %2 permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the user id (%1), then press Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletedUser</name>
    <message>
        <source>someone on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with veroctl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on %2 by %3; sending creates a new, subscribed profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateEvent</name>
    <message numerus="yes">
        <source>%1 got the event &quot;%2&quot; with the same data %n second(s) ago. Vero drops an identical event sent within a few minutes as a duplicate, so this one may be ignored.</source>
        <translation>
            <numerusform>%1 got the event &quot;%2&quot; with the same data %n second ago. Vero drops an identical event sent within a few minutes as a duplicate, so this one may be ignored.</numerusform>
            <numerusform>%1 got the event &quot;%2&quot; with the same data %n seconds ago. Vero drops an identical event sent within a few minutes as a duplicate, so this one may be ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditPropertiesForm</name>
    <message>
        <source>Edit properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes properties of an existing user (PUT users/edit). Give the user id or the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy endpoint: users/edit is no longer in Vero&apos;s documentation (since 2025). It still works and the official Ruby gem still uses it; Identify with properties does the same for new work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send property changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The secure connection to %1 could not be trusted (%2). Nothing was sent. If this is your own server, add its CA certificate to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request as invalid (400 Bad Request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the credential (401 Unauthorized). Check the workspace&apos;s credential and its name (auth_token or tracking_api_key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not allowed to do this (403 Forbidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not know this address (404 Not Found). Check the workspace&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (429). The service asked to slow down; wait a little and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal error (%1). Nothing is wrong with your data; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 could not be used to reach %2; nothing was sent. Check your proxy settings (https_proxy, http_proxy, no_proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing was sent. Check the workspace&apos;s base URL, or that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found; nothing was sent. Check the base URL and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP: it closed the connection without an HTTP status (the address may not be an HTTP server, or the server stopped). The request went out; check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP(S) and closed the connection before the request went out; nothing was received. Check the base URL&apos;s scheme (https://) and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in HTTPS: a secure connection could not be set up, so nothing was sent. Check that the base URL uses the right scheme (https:// or, for a local sandbox, http://) and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1; nothing was sent. Check your proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unavailable; nothing was sent. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed after it went out (network error %2); it may have been received. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed before it went out whole (network error %2); it was not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before all of it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compression is broken, so it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it breaks the rules of HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it says it is JSON but is not whole JSON (cut short, or badly chunked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 (status %2) was damaged: %3. The request may have been applied; check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s). The request went out and may have been received; check before sending it again, or raise the workspace&apos;s timeout.</source>
        <translation>
            <numerusform>No answer from %1 within %Ln second. The request went out and may have been received; check before sending it again, or raise the workspace&apos;s timeout.</numerusform>
            <numerusform>No answer from %1 within %Ln seconds. The request went out and may have been received; check before sending it again, or raise the workspace&apos;s timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s), and the request did not go out whole, so it was not received. The service may be slow or unreachable; try again, or raise the workspace&apos;s timeout.</source>
        <translation>
            <numerusform>No answer from %1 within %Ln second, and the request did not go out whole, so it was not received. The service may be slow or unreachable; try again, or raise the workspace&apos;s timeout.</numerusform>
            <numerusform>No answer from %1 within %Ln seconds, and the request did not go out whole, so it was not received. The service may be slow or unreachable; try again, or raise the workspace&apos;s timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it was still arriving after %Ln second(s), the workspace&apos;s timeout</source>
        <translation>
            <numerusform>it was still arriving after %Ln second, the workspace&apos;s timeout</numerusform>
            <numerusform>it was still arriving after %Ln seconds, the workspace&apos;s timeout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service is busy (%1) and asked to wait %Ln second(s) before trying again.</source>
        <translation>
            <numerusform>The service is busy (%1) and asked to wait %Ln second before trying again.</numerusform>
            <numerusform>The service is busy (%1) and asked to wait %Ln seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventCommand</name>
    <message>
        <source>Refuse (exit code 2, nothing sent) when this computer sent the same event with the same data to the same user a few minutes ago, which Vero would drop as a duplicate. Without it, veroctl warns and sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent (--no-duplicates).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultInjector::Settings</name>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fault setting &quot;%1&quot;: use latency_ms, fail_rate, rate_limit or drop_rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>API field: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWarningLabel</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSender</name>
    <message>
        <source>Not sent: %1 has errors, shown next to the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unique timestamp to the data so Vero keeps it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add timestamp and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: Vero would probably drop this event as a duplicate of a recent one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the event was cancelled as a likely duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to a deleted user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 was deleted on %2, and sending would create a new, subscribed profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the user was deleted on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read me (how to use Vero Admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero &amp;API reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: no program for it is set up on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>Exported %n request to %1.</numerusform>
            <numerusform>Exported %n requests to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n request(s) from the history on this computer?</source>
        <translation>
            <numerusform>Remove all %n request from the history on this computer?</numerusform>
            <numerusform>Remove all %n requests from the history on this computer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n request(s) from the history.</source>
        <translation>
            <numerusform>Removed %n request from the history.</numerusform>
            <numerusform>Removed %n requests from the history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this request&apos;s form with what was sent (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this request in its form, ready to send again after you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command that reads the credential from $VERO_AUTH_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request&apos;s JSON body, without the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the request that undoes this one, in its form, for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything sent about this user, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore deleted user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild this user&apos;s last known email, properties, channels and tags into forms for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows the filters match to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every request from the history on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command. It reads the credential from $VERO_AUTH_TOKEN: set that variable before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the JSON body (without the credential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo request is in the %1 form: review it, then send it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has requests on several workspaces (%2): choose one of them in the history&apos;s filter, or select one of the user&apos;s requests, to restore the user from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request about the user, or type the user id in the filter, to restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history holds no accepted request about user &quot;%1&quot;: there is nothing to restore from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identify and tags forms are filled: review and send the identify first, then the tags. Past events cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identify form is filled: review it and send it. Past events cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clears every request, not only the ones the filters show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Track API cannot read users back, so this history is the only record of what was sent. Export it first if you may need it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill every form with this request&apos;s user id and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already undone: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command for the running sandbox, with its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDamageRecovery</name>
    <message>
        <source>%1; the integrity check found: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>a folder is where the file should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the integrity check found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by an older version and cannot be read without being updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDetailView</name>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veroctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bulk run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, workspace %2, sent by %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply was recorded. The request went out; if the app stopped before the reply came, the service may still have applied it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Only the first %1 are kept: the reply was %2.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came, but the request may have reached the service and been applied. Check the user before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as it went over the wire, with the credential hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status and the body the service answered with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message numerus="yes">
        <source>Among them are %n recorded user deletion(s): once they are gone, the app no longer warns before such a user is recreated, and the user&apos;s trail can no longer be restored.</source>
        <translation>
            <numerusform>Among them is %n recorded user deletion: once it is gone, the app no longer warns before that user is recreated, and the user&apos;s trail can no longer be restored.</numerusform>
            <numerusform>Among them are %n recorded user deletions: once they are gone, the app no longer warns before such a user is recreated, and the user&apos;s trail can no longer be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n request(s)</source>
        <translation>
            <numerusform>Remove %n request</numerusform>
            <numerusform>Remove %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History retention: %1. Removing %n request(s).</source>
        <translation>
            <numerusform>History retention: %1. Removing %n request.</numerusform>
            <numerusform>History retention: %1. Removing %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>Exported %n request to %1.</numerusform>
            <numerusform>Exported %n requests to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History &amp;retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how much request history to keep on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History retention unchanged, nothing removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History retention: %1. Nothing to remove now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove requests from the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; removes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Track API cannot read users back: the history is the only record of what was sent, and removed requests cannot be brought back. Requests recorded after this question are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export them, then remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History retention unchanged; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the requests to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: history retention unchanged, nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 History retention unchanged, nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests about this user: an exact user id (also an alias&apos; new id) or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user id or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything sent about this user, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the user&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests containing this text in the URL, bodies, messages, errors, workspace or operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests of this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests with this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests sent between these two dates (both included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the service (2xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the service (4xx): bad data or credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, no reply recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests sent to this workspace (it follows the workspace you switch to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the requests of every workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every request of the current workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable answer: connection refused, server not found, 5xx, or never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer after the request may have arrived (timeout, dropped connection): it may have been applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for the answer: it may have reached the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no workspace recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the requests of one bulk run (the job id veroctl and the Bulk run window show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by bulk job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any bulk job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting; it may have reached the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome, may have been applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no workspace recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error reading or writing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Vero Admin and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too damaged to be read (%2). Nothing of it can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 cannot be used now: %2 (%3). It is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s requests are kept in memory; the file is tried again with the next request, and they are written to it once it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s requests are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Vero Admin and is left untouched. This session&apos;s requests are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged (%2) and could not be moved aside. This session&apos;s requests are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new history file could not be created at %1 (%2). This session&apos;s requests are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted user, export, clear the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More history actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a user id or email first, then show the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything sent about %1, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation>
            <numerusform>%n+ request</numerusform>
            <numerusform>%n+ requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent about %1 to %2, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history actions that do not fit in the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves this user&apos;s timeline and lists every request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests sent from this computer; the selected one is shown in full below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRetention</name>
    <message numerus="yes">
        <source>%n request(s) now: %1</source>
        <translation>
            <numerusform>%n request now: %1</numerusform>
            <numerusform>%n requests now: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no recorded workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n from %1 (%2)</source>
        <translation>
            <numerusform>%n from %1 (%2)</numerusform>
            <numerusform>%n from %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRetentionDialog</name>
    <message>
        <source>History retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request history is the only record of what was sent about each user. Older requests can be removed automatically, counted in each workspace on its own: sandbox traffic never pushes out production requests. Before anything is removed you see how many requests go, from which dates and workspaces, and can export them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep requests for a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history to keep in each workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days in each workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a number of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of requests to keep in each workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests per workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history keeps every request until you clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests older than the number of days given are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep requests for the &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days of requests each workspace keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest requests are kept, as many as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the &amp;newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of its newest requests each workspace keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests beyond what is kept are removed after a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window; the history is not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>%1 could not be written to the history file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to request %1 could not be recorded: its history row is gone (history cleared or replaced while the request was under way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 works again and is used from now on; %n request(s) kept in memory meanwhile were written to it.</source>
        <translation>
            <numerusform>The history file %1 works again and is used from now on; %n request kept in memory meanwhile was written to it.</numerusform>
            <numerusform>The history file %1 works again and is used from now on; %n requests kept in memory meanwhile were written to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) kept in memory could not be written and are lost.</source>
        <translation>
            <numerusform>%n request kept in memory could not be written and is lost.</numerusform>
            <numerusform>%n requests kept in memory could not be written and are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 can be written again. %n earlier write(s) failed and are not in it.</source>
        <translation>
            <numerusform>The history file %1 can be written again. %n earlier write failed and is not in it.</numerusform>
            <numerusform>The history file %1 can be written again. %n earlier writes failed and are not in it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to the history file %2: %3 (%4). It is not kept in the history; the file is left as it is and tried again with the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests were removed from the history, but the history file %1 could not be compacted (%2): their text may still be on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is already being cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be cleared: old requests are being removed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vero-sandbox uses a libmicrohttpd built without TLS: it cannot serve HTTPS (--tls-cert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTPS server could not start: GnuTLS refused the certificate or the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP server could not start on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <source>--channel expects type,address,platform (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyForm</name>
    <message>
        <source>Identify a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the user, or updates the user with this id (POST users/track). Give an id, an email, or both; with only an email, Vero uses the email as the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +61 400 000 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device tokens for push messages. Rows left empty are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s mobile number with its country code, for text messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionApi</name>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1 does not take %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized: the sandbox&apos;s own pages need one of its tokens, sent as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized: send the token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized: the Bearer token is not one of the sandbox&apos;s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: there is no sandbox page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit must be a whole number of requests, 0 (all) or more (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox was reset: no users, events or logged requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give advance_seconds or offset_seconds as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds that keeps the sandbox&apos;s clock within %2 seconds (about 100 years) of the real time; the offset is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterruptedBulkJobBanner</name>
    <message>
        <source>Interrupted bulk run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the interrupted bulk run to resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the interrupted bulk run notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bulk run window with job %1 chosen; nothing is sent until you press Resume there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this notice; the job can still be resumed in the bulk run window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A bulk run on %1 stopped before its last row: %Ln row(s) of %2 in %3 (%4) not sent yet. Job %5.</source>
        <translation>
            <numerusform>A bulk run on %1 stopped before its last row: %Ln row of %2 in %3 (%4) is not sent yet. Job %5.</numerusform>
            <numerusform>A bulk run on %1 stopped before its last row: %Ln rows of %2 in %3 (%4) are not sent yet. Job %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the bulk run window with the job chosen; nothing is sent until you press Resume there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InverseOperation</name>
    <message>
        <source>The Track API cannot read a user&apos;s earlier properties, so this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion cannot be undone. &quot;Restore deleted user&quot; rebuilds the user&apos;s last known properties and tags from the history for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Track API has no way to remove an event once it is tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection test changes nothing, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused this request, so it changed nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was never sent, so it changed nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request changed nothing that could be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the tags this request added and adds back the ones it removed. A tag the user already had before this request is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubscribes the user this request unsubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribes the user this request resubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the user from &quot;%1&quot; back to &quot;%2&quot;. If &quot;%1&quot; already existed before the alias, Vero merged the two users and the merge cannot be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accepted reply was recorded for this request: it may not have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of the window. Those of a panel (&quot;in Request history&quot;) work while that panel has the keyboard focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the focus is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action of the main window with its keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero Admin will use %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastResultLabel</name>
    <message>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while waiting; it may have reached the service and been applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown, it may have been applied (check before sending again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier request, to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vero Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation to send; Ctrl+1 to Ctrl+8 switch between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove workspaces and set their credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and start the local sandbox server (its users and events are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the current form (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vero Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe / Resubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything sent about the user in the current form, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a user id in the form first, then ask for its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the request, then press Send (Ctrl+Return) to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened in its form; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New (empty the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty every field of the current form (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk run from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one operation for every row of a CSV file on the current workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent input from last time is back in: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovedHistoryBanner</name>
    <message>
        <source>Damaged history moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the moved history read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open moved history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the moved history notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file was damaged and was moved to %1. A new, empty history was started. Open the moved file to search and export what can still be read of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this notice; the moved file stays where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the moved history file in a window of its own, to read or export it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovedHistoryWindow</name>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation>
            <numerusform>%n+ request</numerusform>
            <numerusform>%n+ requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>Exported %n request to %1.</numerusform>
            <numerusform>Exported %n requests to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved history, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in the moved history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows the filters match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the moved history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved history (read-only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, opened read-only: search and export its requests here. Nothing is sent from this window, and the file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the moved history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this file cannot be read, so these filters may show fewer requests than it holds (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export moved history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests in the moved history file, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the rows the filters match to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window; the moved file is not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerUserFields</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event extras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below was filled for %2, not for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below was entered for %2, not for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below were filled for %2, not for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below were entered for %2, not for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 filled for %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 entered for %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 cannot be examined: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be made private to its owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>The raw JSON is not a valid JSON object, so the table cannot show it. Fix it on the Raw JSON tab (your text there is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has a row with a problem (see below). Fix it there first; until then this text is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 42 or 19.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-05-31 or 2024-05-31T14:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;size&quot;: &quot;M&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a dot for decimals, like 19.99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a date, like 2024-05-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date (like 2024-05-31 or 2024-05-31T14:30:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a JSON value, like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1); text needs quotes, like &quot;pro&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: give the property a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2, %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the property &quot;%2&quot; appears twice; only one can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One property a row: its name, its type and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an empty row to the table and starts editing its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected rows from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same properties as one JSON object; Tab leaves the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyTableDelegate</name>
    <message>
        <source>Property type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. first_name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the number %2, which cannot be sent exactly: it would go out as %3. Put it in quotes to send it as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDecoder</name>
    <message>
        <source>The request body is %1 bytes; the limit is 1 MiB (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type %1 is not supported: send JSON (application/json) or form fields (application/x-www-form-urlencoded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object, like {&quot;id&quot;: &quot;123&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query string is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestGate</name>
    <message>
        <source>The request body is %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the limit is 1 MiB (%2 bytes). It was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden: requests from web pages (with an Origin header) are refused. The sandbox is for programs on this machine, such as vero-admin, veroctl and curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request: more than one Host header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request: HTTP/1.1 requires a Host header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden: the Host &quot;%1&quot; is not this sandbox&apos;s address. Use 127.0.0.1 or localhost (port %2); other names are refused so that no web page can reach the sandbox through its own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request: Content-Length and Transfer-Encoding together; send one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request: Transfer-Encoding &quot;%1&quot; is not supported; send Content-Length or chunked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request: Content-Length is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request: conflicting Content-Length headers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreUserDialog</name>
    <message>
        <source>Restore deleted user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify that recreates the user (email, phone, channels and properties):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify that recreates the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history shows that user &quot;%1&quot; was deleted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history does not show a deletion of user &quot;%1&quot;: sending this identify updates the user with what the history last knew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt from %n accepted request(s), the last on %1.</source>
        <translation>
            <numerusform>Rebuilt from %n accepted request, the last on %1.</numerusform>
            <numerusform>Rebuilt from %n accepted requests, the last on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier ids of this user (before an alias): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent now: the identify and tags forms are filled for you to review and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags are known for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to add back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user had unsubscribed. A new identify does not unsubscribe them: send an unsubscribe too if that must be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Past events cannot be restored. The Track API has no way to replay them with their original times: %n event(s) sent to this user are lost, with any activity recorded by Vero itself.</source>
        <translation>
            <numerusform>Past events cannot be restored. The Track API has no way to replay them with their original times: %n event sent to this user is lost, with any activity recorded by Vero itself.</numerusform>
            <numerusform>Past events cannot be restored. The Track API has no way to replay them with their original times: %n events sent to this user are lost, with any activity recorded by Vero itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the forms for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the identify and tags forms for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identify request that recreates the user, as it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent: you review the forms and send them yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window; the forms are not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result of the last send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet from this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero queues accepted requests and applies them shortly after; 200 means the request was valid, not that it has been applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered without a message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier request, to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came, yet the request may have reached Vero and been applied: check the user before sending it again (an alias or an event sent twice cannot be taken back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionSetting</name>
    <message numerus="yes">
        <source>Keep %n day(s) of each workspace&apos;s requests</source>
        <translation>
            <numerusform>Keep %n day of each workspace&apos;s requests</numerusform>
            <numerusform>Keep %n days of each workspace&apos;s requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the newest %n request(s) of each workspace</source>
        <translation>
            <numerusform>Keep the newest %n request of each workspace</numerusform>
            <numerusform>Keep the newest %n requests of each workspace</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowWorkspaceQuestion</name>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workspace the history did not record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was sent to %1, which is not one of your workspaces any more. The current workspace is %2.

Prepare it for %3? Nothing is sent until you press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was sent to %1. The current workspace is %2.

Prepare it for %3, or for %4? Nothing is sent until you press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxDock</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is not running. It starts when you choose the Sandbox workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veroctl --workspace Sandbox cannot find this sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxEndpointFile</name>
    <message>
        <source>This system has no runtime folder for the sandbox&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vero Admin app is not running its sandbox: open Vero Admin and choose the Sandbox workspace, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be read or written by other users of this computer, so veroctl does not trust the address in it. Restart the sandbox in Vero Admin (Workspace &gt; Restart sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxEvent</name>
    <message>
        <source>event %1 is incomplete (needs id, user_id, event_name, received_at)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxInspector</name>
    <message>
        <source>The sandbox did not answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sent something that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>A local server that behaves like Vero&apos;s Track API v2 (under /api/v2), keeps the users and events it is sent, and shows them under /sandbox/ (users, users/ID, events?user=ID, requests, reset, clock, faults), which need one of its tokens as &quot;Authorization: Bearer TOKEN&quot;. It listens on 127.0.0.1 only unless --host says otherwise, refuses requests from web pages (an Origin header, a Host that is not its own address), and prints &quot;listening on URL&quot; on standard output once ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on ADDRESS (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on PORT (default %1; 0 picks a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid credential (auth_token or tracking_api_key, and the Bearer token of the /sandbox/ pages); repeat for several. Visible to every user of this machine (ps): programs should rather set the environment variable %1 or use --token-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read valid credentials from FILE, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load users and events from FILE at start and save them there on every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop repeated events within SECONDS (default %1; 0 keeps every event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sandbox&apos;s clock SECONDS ahead (negative: behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every API answer by MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a share P (0 to 1) of API requests with 500, 502 or 503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 429 with Retry-After beyond N API requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a share P (0 to 1) of API connections without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed the fault dice with N, for repeatable runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS with the PEM certificate (and chain) in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key for --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not log each request on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a connection that sends no complete request within SECONDS of opening or of its last answer, or whose body stalls that long (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;vero-sandbox --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host must be an IP address, like 127.0.0.1 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 holds no token (one per line; # starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid credential: give --token TOKEN or --token-file FILE, or set %1. Clients must send one of them as auth_token or tracking_api_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dedup-window must be a whole number of seconds, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clock-offset must be a whole number of seconds from -%1 to %1 (about 100 years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency must be a whole number of milliseconds from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-rate must be a number from 0 to 1, like 0.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drop-rate must be a number from 0 to 1, like 0.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit must be a whole number of requests per second from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both to serve HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-timeout must be a whole number of seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>&amp;Users in the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see only their events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh sandbox users and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the events of all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox at %1. Send something and watch it appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events of all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox at %1. Users: %2. Events listed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running sandbox&apos;s token. It guards test data on this computer only, not a Vero account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sandbox token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token, for $VERO_AUTH_TOKEN in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sandbox users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the users whose id, email, phone or tags contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill every form with this user&apos;s id and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current workspace is not the sandbox: nothing here is about it.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox stopped: %1
Restart sandbox tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the local sandbox again after it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events the sandbox received, for the chosen user or for all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the sandbox&apos;s users and events again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the events of every user, not only the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox did not report that it was ready within %1 seconds.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not running: start() it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not report that it was ready within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox reported an address that cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox program %1 could not be started: %2. Check that vero-sandbox is installed next to this program or on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit code %1).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox crashed.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly (exit code %1).%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Too many requests: the sandbox allows %1 per second (--rate-limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable (injected by --fail-rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error (injected by --fail-rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate file %1 cannot be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the TLS key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key file %1 holds no unencrypted PEM RSA or EC private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It was moved to %2; the sandbox starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It could not be moved aside (%2): the sandbox starts empty and will not save its state this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: listening on %1 port %2, every network interface of this machine: other machines can reach the sandbox and send it requests. Use --host 127.0.0.1 to keep it to this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: listening on %1 port %2, not a loopback address: other machines on that network can reach the sandbox. Use --host 127.0.0.1 to keep it to this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed without an answer (--drop-rate); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injected fault; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the Track API is under /api/v2/ and the sandbox&apos;s own pages under /sandbox/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The client left before the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused before its body was read; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunked body passed the limit after %1 bytes: connection closed without an answer, the rest unread; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxState</name>
    <message>
        <source>Connection test: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the properties of user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved user &quot;%1&quot; to the id &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged user &quot;%1&quot; into the existing user &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was already subscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was already unsubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubscribed user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: nothing deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted user &quot;%1&quot; and %n event(s).</source>
        <translation>
            <numerusform>Deleted user &quot;%1&quot; and %n event.</numerusform>
            <numerusform>Deleted user &quot;%1&quot; and %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags of user &quot;%1&quot; unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of user &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of event %1 within the %2-second window: dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored event %1 &quot;%2&quot; and created user &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored event %1 &quot;%2&quot; for user &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a vero-sandbox state file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has format version %1; this vero-sandbox reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed by the tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxUser</name>
    <message>
        <source>a user has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 has no valid created_at/updated_at time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>Cannot read the state file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file %1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionForm</name>
    <message>
        <source>Unsubscribe / Resubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Globally unsubscribes a user from all messages (POST users/unsubscribe), or resubscribes them (POST users/resubscribe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubscribe the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe the user from all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubscribe the user to messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: choose Unsubscribe or Resubscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <source>Type a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed tag to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tags from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the typed tag to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags to send; Delete removes the selected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected tags from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsForm</name>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds tags to and removes tags from a user (PUT users/tags/edit). Type a tag and press Enter to add it to a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to &amp;add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to re&amp;move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send tag changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add, then Enter (e.g. prospect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to add &quot;%1&quot; to the list (or clear it): only listed tags are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackApi</name>
    <message>
        <source>Not found: there is no endpoint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1 takes %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body not readable; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameters; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized: no credential. Send auth_token or tracking_api_key in the body or the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized: the credential is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid credential; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackEventForm</name>
    <message>
        <source>Track an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records an event for a user (POST events/track); Vero creates the user if needed. Give the user id, the email, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Purchased item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unique timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unique &amp;timestamp to the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero drops an event that repeats the name, data and user of one sent in the last few minutes. This adds &quot;unique_timestamp&quot; (the time of sending) to the data, so a repeated test event is recorded every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtras:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event extras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved Vero operators, e.g. check_id, source, created_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero treats capitals, spaces and underscores alike: &quot;Purchased Item&quot; and &quot;purchased_item&quot; are the same event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero matches this event as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vero matches this event as: %1 (capitals, spaces and underscores are treated alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name campaigns know the event by, e.g. Purchased item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the time of sending to the data, so Vero does not drop a repeat of the same event as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFieldsNotice</name>
    <message>
        <source>C&amp;lear them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the fields filled for another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties the fields that were filled while another user was chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatedOperationForm</name>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc); the request may still reach Vero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct before sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send another user&apos;s data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They would be written to the profile of %1. Vero cannot tell that they belong to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Cancel, then Clear them (next to Send) or change them, if they are not meant for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the fields to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the fields below were filled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… the form can be edited meanwhile; Send is back when the answer comes. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VeroClient</name>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service redirected the request (%1); it was not followed so the credential stays with %2. Check the workspace&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for the answer from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VeroRecommendations</name>
    <message>
        <source>Tag &quot;%1&quot; has characters other than letters, digits, - and _, which Vero advises against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is not in E.164 form (like +61412345678); Vero needs that for SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has no email: Vero cannot send them email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot; unsubscribes the user: Vero treats it as an unsubscribe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be a full https:// address, like https://api.getvero.com/api/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is refused: Vero only accepts HTTPS, and the credential would travel unencrypted. Use https://, or http:// only for a local sandbox (localhost or 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential name must be auth_token or tracking_api_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL cannot hold a user name or password (user:password@host). Remove that part; the credential goes in the workspace&apos;s credential field, which is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL cannot hold a query (?...) or a fragment (#...). Remove that part; the credential goes in the workspace&apos;s credential field, which is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceBanner</name>
    <message>
        <source>SANDBOX: requests go to a local test server on this computer; nothing reaches Vero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION: requests change real user records at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: requests go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>list, add NAME, remove NAME, or set-token NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace expects list, add NAME, remove NAME or set-token NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace %1 needs a workspace NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved workspace &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace&apos;s credential could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed workspace &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the credential for &quot;%1&quot; and press Enter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential was given on standard input; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential on standard input cannot be used: %1 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the credential for &quot;%1&quot; in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox workspace is built in: Vero Admin starts it on this computer and it needs no setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name, such as Production or Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the Track API, such as https://api.getvero.com/api/v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_token for API v2 auth tokens, tracking_api_key for the newer tracking API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential &amp;goes in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the credential goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with a certificate authority to trust for this workspace, for self-hosted or sandbox TLS. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;edential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auth token or tracking API key. Stored in the system keychain, never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the credential in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the workspace dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To rename a workspace, add a new one and remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the credential; it goes to the system keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The credential is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is saved, but its credential is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the credential first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is kept in memory until Vero Admin quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its credential could not be deleted from the system keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential could not be deleted from the system keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential is kept in memory for this session only; type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential is stored in the system keychain; type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is stored yet: type one and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential can be stored: the keychain is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot store the credential. %1
Vero Admin never writes credentials to disk in clear. You can keep the credential in memory for this session only: it is forgotten when Vero Admin quits and you type it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes you made to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving. Storing the credential in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the workspace &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its settings and its credential in the system keychain are deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspaces saved on this computer; choose one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new workspace with empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the chosen workspace and its stored credential, after a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each request carries the credential: in the JSON body or in the URL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for an answer before the request counts as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a file dialog to choose a PEM file of extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the workspace&apos;s credential from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the credential until the app closes, without storing it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the workspace and stores its credential in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLabel</name>
    <message>
        <source>%1 (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox workspace; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitcher</name>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where requests are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox started by Vero Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Updating the request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the request history for this version of Vero Admin. With a large history this can take a few minutes; the window opens when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veroctl</name>
    <message>
        <source>  ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows finished (%3 done, %4 rejected, %5 failed), %6/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential in %1 cannot be used: %2 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved workspace NAME (base URL, and the credential stored for it in the keychain, which comes before $VERO_AUTH_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to URL (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the credential field: auth_token or tracking_api_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the credential goes: body or query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS, the deadline for the whole request and its answer (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the credential from FILE, before the keychain and $VERO_AUTH_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the request (curl command, or JSON with --json) and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;veroctl --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;veroctl --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once; give it once. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;. &apos;veroctl workspace list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--credential-in must be body or query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is read from, in this order: --token-file FILE; the system keychain entry of --workspace NAME (see &apos;workspace set-token&apos;); $VERO_AUTH_TOKEN, only when no workspace is named or the workspace has no stored credential (veroctl says when it ignores $VERO_AUTH_TOKEN, and refuses it when the keychain cannot be read). Never from an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$VERO_AUTH_TOKEN is set but not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-file comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s sandbox has its own token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry of workspace &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; has its own credential in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is stored for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential for workspace &quot;%1&quot;: %2 Store one with &apos;veroctl workspace set-token %1&apos;, or set $VERO_AUTH_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), so veroctl cannot tell whether workspace &quot;%2&quot; has its own credential; $VERO_AUTH_TOKEN was not sent to %3. Unlock the keychain, or choose the credential with --token-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; has no stored credential, so $VERO_AUTH_TOKEN is sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system has no keychain, so workspace &quot;%1&quot; has no stored credential; $VERO_AUTH_TOKEN is sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential: set $VERO_AUTH_TOKEN, use --token-file FILE, or use a --workspace with a stored token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
