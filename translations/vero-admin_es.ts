<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vero Admin</source>
        <translation>Acerca de Vero Admin</translation>
    </message>
    <message>
        <source>Manage the user records of a Vero account through the Track API v2: identify, edit, alias, subscriptions, tags, events and deletions.</source>
        <translation>Gestione los registros de usuarios de una cuenta de Vero mediante la Track API v2: identificación, edición, alias, suscripciones, etiquetas, eventos y eliminaciones.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>Icono de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Application id %1, built with Qt %2, running on Qt %3.</source>
        <translation>Id de la aplicación %1, compilada con Qt %2, ejecutándose con Qt %3.</translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation>Cerrar la ventana Acerca de</translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation>Vuelve a la ventana principal</translation>
    </message>
</context>
<context>
    <name>AliasForm</name>
    <message>
        <source>Alias (change a user&apos;s id)</source>
        <translation>Alias (cambiar el id de un usuario)</translation>
    </message>
    <message>
        <source>Gives an existing user a new id (PUT users/reidentify).</source>
        <translation>Da un nuevo id a un usuario existente (PUT users/reidentify).</translation>
    </message>
    <message>
        <source>Alias merges two user identities, merging two sets of user data into one. This is an advanced method and may have unintended consequences (Vero&apos;s API reference).</source>
        <translation>Alias fusiona dos identidades de usuario y une dos conjuntos de datos en uno. Es un método avanzado y puede tener consecuencias imprevistas (referencia de la API de Vero).</translation>
    </message>
    <message>
        <source>C&amp;urrent id:</source>
        <translation>Id a&amp;ctual:</translation>
    </message>
    <message>
        <source>Current user id</source>
        <translation>Id actual del usuario</translation>
    </message>
    <message>
        <source>The user&apos;s id now, e.g. 123</source>
        <translation>El id actual del usuario, p. ej. 123</translation>
    </message>
    <message>
        <source>&amp;New id:</source>
        <translation>&amp;Nuevo id:</translation>
    </message>
    <message>
        <source>New user id</source>
        <translation>Nuevo id del usuario</translation>
    </message>
    <message>
        <source>The id the user will have, e.g. 456</source>
        <translation>El id que tendrá el usuario, p. ej. 456</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nuevo: vaciar el formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>Send alias</source>
        <translation>Enviar alias</translation>
    </message>
    <message>
        <source>The id the user has in Vero now</source>
        <translation>El ID que el usuario tiene ahora en Vero</translation>
    </message>
    <message>
        <source>The id the user will have from now on</source>
        <translation>El ID que el usuario tendrá a partir de ahora</translation>
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
        <translation>La respuesta superaba %1 MiB; solo se leyeron sus primeros %1 MiB, el resto no se recibió.</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>%1: manage the user records of a Vero account.</source>
        <translation>%1: gestionar los registros de usuarios de una cuenta de Vero.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The sandbox stopped unexpectedly.</source>
        <translation>El sandbox se detuvo inesperadamente.</translation>
    </message>
    <message>
        <source>The sandbox was stopped before the request could be sent.</source>
        <translation>El sandbox se detuvo antes de poder enviar la solicitud.</translation>
    </message>
    <message>
        <source>The sandbox could not be started.</source>
        <translation>No se pudo iniciar el sandbox.</translation>
    </message>
    <message>
        <source>Not sent: the sandbox is not running. %1</source>
        <translation>No enviado: el sandbox no está en ejecución. %1</translation>
    </message>
    <message>
        <source>Not sent: the sandbox is not running.</source>
        <translation>No enviado: el sandbox no está en ejecución.</translation>
    </message>
    <message>
        <source>Not sent: no credential is stored for the workspace &quot;%1&quot;. Set one in Workspace &gt; Manage workspaces.</source>
        <translation>No enviado: no hay ninguna credencial guardada para el espacio de trabajo «%1». Defina una en Espacio de trabajo &gt; Gestionar espacios de trabajo.</translation>
    </message>
    <message>
        <source>Not sent: the credential of the workspace &quot;%1&quot; could not be read. %2</source>
        <translation>No enviado: no se pudo leer la credencial del espacio de trabajo «%1». %2</translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing reached the service.</source>
        <translation>Cancelado antes del envío: nada llegó al servicio.</translation>
    </message>
    <message>
        <source>The sandbox is not running. %1</source>
        <translation>El sandbox no está en ejecución. %1</translation>
    </message>
    <message>
        <source>No credential is stored for the workspace &quot;%1&quot;. Set one in Workspace &gt; Manage workspaces.</source>
        <translation>No hay ninguna credencial guardada para el espacio de trabajo «%1». Defina una en Espacio de trabajo &gt; Gestionar espacios de trabajo.</translation>
    </message>
    <message>
        <source>The credential of the workspace &quot;%1&quot; could not be read. %2</source>
        <translation>No se pudo leer la credencial del espacio de trabajo «%1». %2</translation>
    </message>
</context>
<context>
    <name>BodyValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 must be text or a number.</source>
        <translation>%1 debe ser texto o un número.</translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation>%1 no puede estar en blanco.</translation>
    </message>
    <message>
        <source>%1 must be less than 255 characters (it has %2).</source>
        <translation>%1 debe tener menos de 255 caracteres (tiene %2).</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 is not a valid address.</source>
        <translation>%1 no es una dirección válida.</translation>
    </message>
    <message>
        <source>Give the user id or the email (or both).</source>
        <translation>Indique el id del usuario o el correo (o ambos).</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>%1 debe ser un objeto JSON, como {&quot;plan&quot;: &quot;pro&quot;}.</translation>
    </message>
    <message>
        <source>%1: give at least one property.</source>
        <translation>%1: indique al menos una propiedad.</translation>
    </message>
    <message>
        <source>Channels must be a JSON array of {type, address, platform} objects.</source>
        <translation>Los canales deben ser un array JSON de objetos {type, address, platform}.</translation>
    </message>
    <message>
        <source>%1 must be an object with type, address and platform.</source>
        <translation>%1 debe ser un objeto con type, address y platform.</translation>
    </message>
    <message>
        <source>%1: choose a type</source>
        <translation>%1: elija un tipo</translation>
    </message>
    <message>
        <source>%1: give the address (the device token)</source>
        <translation>%1: indique la dirección (el token del dispositivo)</translation>
    </message>
    <message>
        <source>%1: choose a platform</source>
        <translation>%1: elija una plataforma</translation>
    </message>
    <message>
        <source>%1 must be a JSON array of tag names.</source>
        <translation>%1 debe ser un array JSON de nombres de etiquetas.</translation>
    </message>
    <message>
        <source>%1 must hold only tag names (text).</source>
        <translation>%1 solo puede contener nombres de etiquetas (texto).</translation>
    </message>
    <message>
        <source>%1: a tag must not be empty.</source>
        <translation>%1: una etiqueta no puede estar vacía.</translation>
    </message>
    <message>
        <source>%1: give at least one tag (or one to remove).</source>
        <translation>%1: indique al menos una etiqueta (o una que quitar).</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both added and removed.</source>
        <translation>La etiqueta «%1» se añade y se quita a la vez.</translation>
    </message>
    <message>
        <source>The identity must be a JSON object with id and/or email.</source>
        <translation>La identidad debe ser un objeto JSON con id y/o email.</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <source>Current id</source>
        <translation>Id actual</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Nuevo id</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Etiquetas que añadir</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Etiquetas que quitar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>The new id must differ from the current id.</source>
        <translation>El nuevo id debe ser distinto del id actual.</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Vero Admin now keeps its files in %1 and %2. These earlier files could not be moved there and are left where they were: %3</source>
        <translation>Vero Admin guarda ahora sus archivos en %1 y %2. Estos archivos anteriores no se pudieron mover allí y se quedan donde estaban: %3</translation>
    </message>
    <message>
        <source>Vero Admin&apos;s files may be readable by other users: %1</source>
        <translation>Es posible que otros usuarios puedan leer los archivos de Vero Admin: %1</translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message>
        <source>The operation for every row: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</source>
        <translation>La operación para cada fila: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</translation>
    </message>
    <message>
        <source>The CSV file, one row per user, with a header line.</source>
        <translation>El archivo CSV, una fila por usuario, con una línea de encabezado.</translation>
    </message>
    <message>
        <source>Take FIELD from COLUMN instead of the column named FIELD (repeatable).</source>
        <translation>Tomar FIELD de COLUMN en lugar de la columna llamada FIELD (repetible).</translation>
    </message>
    <message>
        <source>The event for every row (event: instead of an event_name column).</source>
        <translation>El evento para cada fila (en lugar de una columna event_name).</translation>
    </message>
    <message>
        <source>The cell separator: &apos;,&apos;, &apos;;&apos; or tab (detected when not given).</source>
        <translation>El separador de celdas: &apos;,&apos;, &apos;;&apos; o tabulador (se detecta si no se indica).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: %1 (detected when not given).</source>
        <translation>La codificación del archivo: %1 (se detecta si no se indica).</translation>
    </message>
    <message>
        <source>What separates several tags in one cell (default: | or ;).</source>
        <translation>Lo que separa varias etiquetas en una celda (por omisión: | o ;).</translation>
    </message>
    <message>
        <source>Requests at a time, 1 to %1 (default 4).</source>
        <translation>Solicitudes simultáneas, de 1 a %1 (por omisión 4).</translation>
    </message>
    <message>
        <source>At most R requests per second (default: no limit; halved on 429 or 503).</source>
        <translation>Como máximo R solicitudes por segundo (por omisión: sin límite; se reduce a la mitad ante 429 o 503).</translation>
    </message>
    <message>
        <source>Tries per row on 429, 5xx, timeouts and dropped connections, 1 to %1 (default 5).</source>
        <translation>Intentos por fila ante 429, 5xx, tiempos de espera agotados y conexiones cortadas, de 1 a %1 (por omisión 5).</translation>
    </message>
    <message>
        <source>Run even when some rows are invalid; they are skipped and reported.</source>
        <translation>Ejecutar aunque haya filas no válidas; se omiten y se informa de ellas.</translation>
    </message>
    <message>
        <source>Do not ask before deleting or unsubscribing (needed without a terminal).</source>
        <translation>No preguntar antes de eliminar o dar de baja (necesario sin terminal).</translation>
    </message>
    <message>
        <source>Write the failed, rejected and invalid rows to FILE (re-importable CSV).</source>
        <translation>Escribir las filas fallidas, rechazadas y no válidas en FILE (CSV reimportable).</translation>
    </message>
    <message>
        <source>Send the pending rows of job JOB (after a stop, a kill or a crash).</source>
        <translation>Enviar las filas pendientes del trabajo JOB (tras una detención, una interrupción o un fallo).</translation>
    </message>
    <message>
        <source>Send the failed rows of job JOB again.</source>
        <translation>Volver a enviar las filas fallidas del trabajo JOB.</translation>
    </message>
    <message>
        <source>Mark job JOB cancelled; its pending rows are not sent.</source>
        <translation>Marcar el trabajo JOB como cancelado; sus filas pendientes no se envían.</translation>
    </message>
    <message>
        <source>List the jobs (newest first).</source>
        <translation>Listar los trabajos (los más recientes primero).</translation>
    </message>
    <message>
        <source>Show job JOB and its rows that were not done.</source>
        <translation>Mostrar el trabajo JOB y sus filas no completadas.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation>--concurrency debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>--rate must be a number of requests per second above 0.</source>
        <translation>--rate debe ser un número de solicitudes por segundo mayor que 0.</translation>
    </message>
    <message>
        <source>--max-attempts must be a whole number from 1 to %1.</source>
        <translation>--max-attempts debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Give --op OP --file FILE for a new run, or one of --resume, --retry-failed, --cancel, --list, --show.</source>
        <translation>Indique --op OP --file FILE para una nueva ejecución, o una de las opciones --resume, --retry-failed, --cancel, --list, --show.</translation>
    </message>
    <message>
        <source>Use one of %1 at a time.</source>
        <translation>Use solo una de %1 a la vez.</translation>
    </message>
    <message>
        <source>--op must be one of: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</source>
        <translation>--op debe ser uno de: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event.</translation>
    </message>
    <message>
        <source>--event-name is only for --op event.</source>
        <translation>--event-name solo sirve para --op event.</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>--delimiter debe ser &apos;,&apos;, &apos;;&apos; o tabulador.</translation>
    </message>
    <message>
        <source>--encoding must be one of: %1.</source>
        <translation>--encoding debe ser uno de: %1.</translation>
    </message>
    <message>
        <source>--tag-separator must not be empty.</source>
        <translation>--tag-separator no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 invalid, %4 with warnings.</source>
        <translation>%1 filas: %2 válidas, %3 no válidas, %4 con advertencias.</translation>
    </message>
    <message>
        <source>The file has a header but no rows: nothing to send.</source>
        <translation>El archivo tiene encabezado pero ninguna fila: no hay nada que enviar.</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the invalid rows, or run with --skip-invalid to send the others.</source>
        <translation>No se envió nada: corrija las filas no válidas o ejecute con --skip-invalid para enviar las demás.</translation>
    </message>
    <message>
        <source>job %1: %2 rows to send to %3 (%4); resume it with &apos;veroctl bulk --resume %1&apos; if it stops.</source>
        <translation>trabajo %1: %2 filas que enviar a %3 (%4); reanúdelo con &apos;veroctl bulk --resume %1&apos; si se detiene.</translation>
    </message>
    <message>
        <source>Refusing to %1 %2 users on %3 without --yes (no terminal to ask).</source>
        <translation>Se rechaza la operación %1 sobre %2 usuarios en %3 sin --yes (no hay terminal para preguntar).</translation>
    </message>
    <message>
        <source>%1 %2 users on %3 (%4)? Type the workspace name to go on: </source>
        <translation>¿%1: %2 usuarios en %3 (%4)? Escriba el nombre del espacio de trabajo para continuar: </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was sent.</source>
        <translation>Sin confirmar; no se envió nada.</translation>
    </message>
    <message>
        <source>Job %1 was created for %2 (%3); resume it with %4.</source>
        <translation>Se creó el trabajo %1 para %2 (%3); reanúdelo con %4.</translation>
    </message>
    <message>
        <source>job %1: %2 failed rows to send again.</source>
        <translation>trabajo %1: %2 filas fallidas que volver a enviar.</translation>
    </message>
    <message>
        <source>job %1 (%2, %3): %4 rows: %5 done, %6 rejected, %7 failed, %8 invalid, %9 pending</source>
        <translation>trabajo %1 (%2, %3): %4 filas: %5 completadas, %6 rechazadas, %7 fallidas, %8 no válidas, %9 pendientes</translation>
    </message>
    <message>
        <source>%1 rows not done written to %2.</source>
        <translation>%1 filas no completadas escritas en %2.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5 of %6 done, %7 rejected, %8 failed, %9 pending</source>
        <translation>%1  %2  %3  %4  %5 de %6 completadas, %7 rechazadas, %8 fallidas, %9 pendientes</translation>
    </message>
    <message>
        <source>file: %1
workspace: %2 (%3)
created: %4</source>
        <translation>archivo: %1
espacio de trabajo: %2 (%3)
creado: %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>job %1 cancelled; %2 rows were not sent (--resume %1 would still send them).</source>
        <translation>trabajo %1 cancelado; %2 filas no se enviaron (--resume %1 aún las enviaría).</translation>
    </message>
    <message>
        <source>Send property COLUMN as text, number or boolean instead of detecting it per cell (repeatable).</source>
        <translation>Enviar la propiedad COLUMN como text, number o boolean en lugar de detectar su tipo en cada celda (repetible).</translation>
    </message>
</context>
<context>
    <name>BulkJobLock</name>
    <message>
        <source>%1, process %2</source>
        <translation>%1, proceso %2</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
</context>
<context>
    <name>BulkJobsTable</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 rejected, %4 failed, %5 invalid, %6 not sent</source>
        <translation>%1 de %2 completadas, %3 rechazadas, %4 fallidas, %5 no válidas, %6 no enviadas</translation>
    </message>
</context>
<context>
    <name>BulkMapping</name>
    <message>
        <source>%1 cannot be run from a file.</source>
        <translation>%1 no se puede ejecutar desde un archivo.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;; rename one.</source>
        <translation>Las columnas %1 y %2 se llaman ambas «%3»; cambie el nombre de una.</translation>
    </message>
    <message>
        <source>--map %1: %2 takes the fields %3.</source>
        <translation>--map %1: %2 usa los campos %3.</translation>
    </message>
    <message>
        <source>--map %1=%2: the file has no column &quot;%2&quot; (its columns: %3).</source>
        <translation>--map %1=%2: el archivo no tiene la columna «%2» (sus columnas: %3).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to two fields.</source>
        <translation>La columna «%1» está asignada a dos campos.</translation>
    </message>
    <message>
        <source>The file has no %1 column (its columns: %2). Name a column %1, or map one with --map %1=COLUMN.</source>
        <translation>El archivo no tiene la columna %1 (sus columnas: %2). Llame %1 a una columna o asigne una con --map %1=COLUMN.</translation>
    </message>
    <message>
        <source>The file has neither an id nor an email column (its columns: %1). Map one with --map id=COLUMN.</source>
        <translation>El archivo no tiene columna id ni email (sus columnas: %1). Asigne una con --map id=COLUMN.</translation>
    </message>
    <message>
        <source>The file has neither an add nor a remove column (its columns: %1).</source>
        <translation>El archivo no tiene columna add ni remove (sus columnas: %1).</translation>
    </message>
    <message>
        <source>The file has no event_name column (its columns: %1). Give every row the same event with --event-name NAME, or map a column with --map event_name=COLUMN.</source>
        <translation>El archivo no tiene columna event_name (sus columnas: %1). Dé el mismo evento a todas las filas con --event-name NAME o asigne una columna con --map event_name=COLUMN.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Verdadero/falso</translation>
    </message>
    <message>
        <source>Detect per cell</source>
        <translation>Detectar por celda</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation>--map espera FIELD=COLUMN, no «%1».</translation>
    </message>
    <message>
        <source>--map %1 is given twice.</source>
        <translation>--map %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>--type takes COLUMN=TYPE with TYPE one of text, number, boolean, inferred; not &quot;%1&quot;.</source>
        <translation>--type espera COLUMN=TYPE, con TYPE uno de text, number, boolean, inferred; no «%1».</translation>
    </message>
    <message>
        <source>--type %1 is given twice.</source>
        <translation>--type %1 aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>BulkMappingTable</name>
    <message>
        <source>Property type</source>
        <translation>Tipo de propiedad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Se usa como</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>property &quot;%1&quot;</source>
        <translation>propiedad «%1»</translation>
    </message>
    <message>
        <source>Press F2 or double-click to choose how this column&apos;s cells are sent.</source>
        <translation>Pulse F2 o haga doble clic para elegir cómo se envían las celdas de esta columna.</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no se envía</translation>
    </message>
    <message>
        <source>Detect per cell</source>
        <translation>Detectar por celda</translation>
    </message>
</context>
<context>
    <name>BulkOutbox</name>
    <message>
        <source>The bulk job file %1 could not be used (%2) and was moved to %3; a new one was started.</source>
        <translation>No se pudo usar el archivo de trabajos %1 (%2) y se movió a %3; se empezó uno nuevo.</translation>
    </message>
    <message>
        <source>The bulk job file %1 cannot be used: %2</source>
        <translation>No se puede usar el archivo de trabajos %1: %2</translation>
    </message>
    <message>
        <source>Could not write the job to %1: %2</source>
        <translation>No se pudo escribir el trabajo en %1: %2</translation>
    </message>
    <message>
        <source>There is no bulk job %1 (veroctl bulk --list shows them).</source>
        <translation>No existe el trabajo %1 (veroctl bulk --list los muestra).</translation>
    </message>
</context>
<context>
    <name>BulkProblemExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>BulkRowBuilder</name>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«%1» no es true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this column can send exactly (at most 15 digits)</source>
        <translation>«%1» no es un número que esta columna pueda enviar con exactitud (15 dígitos como máximo)</translation>
    </message>
    <message>
        <source>The row has %1 cells, the header %2: a cell is missing or a delimiter too many.</source>
        <translation>La fila tiene %1 celdas y el encabezado %2: falta una celda o sobra un separador.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
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
        <translation>Ejecución masiva desde CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>The CSV file: a header line, then one row per user</source>
        <translation>El archivo CSV: una línea de encabezado y luego una fila por usuario</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>usuarios.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operación:</translation>
    </message>
    <message>
        <source>Operation for every row</source>
        <translation>Operación para cada fila</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>Sepa&amp;rator:</source>
        <translation>Sepa&amp;rador:</translation>
    </message>
    <message>
        <source>Cell separator</source>
        <translation>Separador de celdas</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>Asignación de co&amp;lumnas:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs separated by commas, for columns not named like the API fields (email=E-Mail)</source>
        <translation>Pares CAMPO=COLUMNA separados por comas, para columnas que no se llaman como los campos de la API (email=Correo)</translation>
    </message>
    <message>
        <source>email=E-Mail, id=Customer</source>
        <translation>email=Correo, id=Cliente</translation>
    </message>
    <message>
        <source>E&amp;vent name:</source>
        <translation>Nombre del e&amp;vento:</translation>
    </message>
    <message>
        <source>Event name for every row</source>
        <translation>Nombre del evento para cada fila</translation>
    </message>
    <message>
        <source>Used when the file has no event_name column</source>
        <translation>Se usa cuando el archivo no tiene columna event_name</translation>
    </message>
    <message>
        <source>&amp;Tag separator:</source>
        <translation>Separador de e&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Tag separator</source>
        <translation>Separador de etiquetas</translation>
    </message>
    <message>
        <source>What separates several tags in one cell; empty: | or ;</source>
        <translation>Lo que separa varias etiquetas en una celda; vacío: | o ;</translation>
    </message>
    <message>
        <source>| or ;</source>
        <translation>| o ;</translation>
    </message>
    <message>
        <source>C&amp;heck file</source>
        <translation>Co&amp;mprobar archivo</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Comprobar archivo</translation>
    </message>
    <message>
        <source>Reads and validates every row; nothing is sent</source>
        <translation>Lee y valida cada fila; no se envía nada</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Re&amp;quests at a time:</source>
        <translation>Solicitudes &amp;simultáneas:</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Límite de ritmo:</translation>
    </message>
    <message>
        <source>Rate limit in requests per second</source>
        <translation>Límite de ritmo en solicitudes por segundo</translation>
    </message>
    <message>
        <source>0 means no limit; halved on 429 or 503</source>
        <translation>0 significa sin límite; se reduce a la mitad ante 429 o 503</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Intentos:</translation>
    </message>
    <message>
        <source>Attempts per row</source>
        <translation>Intentos por fila</translation>
    </message>
    <message>
        <source>Tries on 429, 5xx, timeouts and dropped connections</source>
        <translation>Intentos ante 429, 5xx, tiempos de espera agotados y conexiones cortadas</translation>
    </message>
    <message>
        <source>Skip &amp;invalid rows</source>
        <translation>Omitir filas &amp;no válidas</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>Omitir filas no válidas</translation>
    </message>
    <message>
        <source>&amp;Unfinished jobs:</source>
        <translation>Trabajos sin &amp;terminar:</translation>
    </message>
    <message>
        <source>Unfinished jobs of this workspace</source>
        <translation>Trabajos sin terminar de este espacio de trabajo</translation>
    </message>
    <message>
        <source>Resume &amp;job</source>
        <translation>Reanudar &amp;trabajo</translation>
    </message>
    <message>
        <source>Resume the chosen job</source>
        <translation>Reanudar el trabajo elegido</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation>&amp;Iniciar ejecución</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Iniciar ejecución</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>Pausar o reanudar la ejecución</translation>
    </message>
    <message>
        <source>Ca&amp;ncel run</source>
        <translation>Ca&amp;ncelar ejecución</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Stops sending; the rows not sent stay pending and can be resumed</source>
        <translation>Detiene el envío; las filas no enviadas quedan pendientes y pueden reanudarse</translation>
    </message>
    <message>
        <source>Retr&amp;y failed rows</source>
        <translation>Reintentar filas &amp;fallidas</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Reintentar filas fallidas</translation>
    </message>
    <message>
        <source>E&amp;xport rows not done…</source>
        <translation>E&amp;xportar filas no completadas…</translation>
    </message>
    <message>
        <source>Export rows not done</source>
        <translation>Exportar filas no completadas</translation>
    </message>
    <message>
        <source>Failed, rejected and invalid rows as a CSV that re-imports as it is</source>
        <translation>Filas fallidas, rechazadas y no válidas en un CSV que se puede reimportar tal cual</translation>
    </message>
    <message>
        <source>Runs on %1 (%2).</source>
        <translation>Se ejecuta en %1 (%2).</translation>
    </message>
    <message>
        <source>Runs on %1 (%2), a production workspace: real users.</source>
        <translation>Se ejecuta en %1 (%2), un espacio de trabajo de producción: usuarios reales.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>The job could not be written; nothing was sent. %1</source>
        <translation>No se pudo escribir el trabajo; no se envió nada. %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Elija primero un archivo CSV.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Eliminar usuarios</translation>
    </message>
    <message>
        <source>Unsubscribe users</source>
        <translation>Dar de baja usuarios</translation>
    </message>
    <message>
        <source>Deleted users lose their properties, tags and events for good; identifying one again creates a new, subscribed profile.</source>
        <translation>Los usuarios eliminados pierden para siempre sus propiedades, etiquetas y eventos; volver a identificar a uno crea un perfil nuevo y suscrito.</translation>
    </message>
    <message>
        <source>Unsubscribed users get no more messages from campaigns.</source>
        <translation>Los usuarios dados de baja ya no reciben mensajes de las campañas.</translation>
    </message>
    <message>
        <source>To confirm, type the workspace name (%1):</source>
        <translation>Para confirmar, escriba el nombre del espacio de trabajo (%1):</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the invalid rows, or skip them.</source>
        <translation>No se envió nada: corrija las filas no válidas u omítalas.</translation>
    </message>
    <message>
        <source>Writing the rows to the outbox…</source>
        <translation>Escribiendo las filas en la bandeja de salida…</translation>
    </message>
    <message>
        <source>Job %1: reading the credential…</source>
        <translation>Trabajo %1: leyendo la credencial…</translation>
    </message>
    <message>
        <source>Job %1 was not started: %2</source>
        <translation>El trabajo %1 no se inició: %2</translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 rows: %4 done, %5 rejected, %6 failed, %7 invalid, %8 pending%9.</source>
        <translation>Trabajo %1: %2 de %3 filas: %4 completadas, %5 rechazadas, %6 fallidas, %7 no válidas, %8 pendientes%9.</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Invalid, skipped</source>
        <translation>No válida, omitida</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>-not-done.csv</source>
        <translation>-no-completadas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Proceed</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Detener la ejecución</translation>
    </message>
    <message>
        <source>Stop job %1? The rows not sent stay pending; resume it later here or with veroctl bulk --resume %1.</source>
        <translation>¿Detener el trabajo %1? Las filas no enviadas quedan pendientes; reanúdelo más tarde aquí o con veroctl bulk --resume %1.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Resultados de la comprobación</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>Pro&amp;blemas</translation>
    </message>
    <message>
        <source>&amp;Mapping and first rows</source>
        <translation>Asi&amp;gnación y primeras filas</translation>
    </message>
    <message>
        <source>Each column of the file, what it is sent as, the type of a property and the first values</source>
        <translation>Cada columna del archivo, cómo se envía, el tipo de una propiedad y los primeros valores</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>Traba&amp;jos</translation>
    </message>
    <message>
        <source>Bulk runs on this workspace</source>
        <translation>Ejecuciones masivas en este espacio de trabajo</translation>
    </message>
    <message>
        <source>Past and interrupted runs, newest first; Return shows a run&apos;s results to export, retry or resume</source>
        <translation>Ejecuciones pasadas e interrumpidas, las más recientes primero; Intro muestra los resultados de una ejecución para exportar, reintentar o reanudar</translation>
    </message>
    <message>
        <source>Job %1 was created for %2 at %3, which is now %4; it is not resumed here.</source>
        <translation>El trabajo %1 se creó para %2 en %3, que ahora es %4; no se reanuda aquí.</translation>
    </message>
    <message>
        <source>Changed since the check: check the file again before a run (nothing was sent).</source>
        <translation>Cambió desde la comprobación: vuelva a comprobar el archivo antes de iniciar (no se envió nada).</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the CSV file whose rows are sent</source>
        <translation>Abre un diálogo de archivos para elegir el archivo CSV cuyas filas se envían</translation>
    </message>
    <message>
        <source>The operation sent once for every row of the file</source>
        <translation>La operación que se envía una vez por cada fila del archivo</translation>
    </message>
    <message>
        <source>The character encoding the file was saved in, e.g. UTF-8</source>
        <translation>La codificación de caracteres con la que se guardó el archivo, p. ej. UTF-8</translation>
    </message>
    <message>
        <source>The character between the cells of a row, e.g. a comma or a semicolon</source>
        <translation>El carácter entre las celdas de una fila, p. ej. una coma o un punto y coma</translation>
    </message>
    <message>
        <source>Each problem with the line of the file it is on</source>
        <translation>Cada problema con la línea del archivo en la que está</translation>
    </message>
    <message>
        <source>How many requests are on their way at once; fewer is gentler on the service</source>
        <translation>Cuántas solicitudes van en camino a la vez; menos es más suave con el servicio</translation>
    </message>
    <message>
        <source>Sends the valid rows and leaves the invalid ones out; otherwise an invalid row holds the run back</source>
        <translation>Envía las filas válidas y deja fuera las no válidas; si no, una fila no válida detiene la ejecución</translation>
    </message>
    <message>
        <source>A run on this workspace that stopped before its last row</source>
        <translation>Una ejecución en este espacio de trabajo que se detuvo antes de su última fila</translation>
    </message>
    <message>
        <source>Sends the rows of the chosen job that were not sent yet</source>
        <translation>Envía las filas del trabajo elegido que aún no se enviaron</translation>
    </message>
    <message>
        <source>Sends one request for every valid row to the workspace named above</source>
        <translation>Envía una solicitud por cada fila válida al espacio de trabajo indicado arriba</translation>
    </message>
    <message>
        <source>Stops sending after the requests on their way; press again to go on</source>
        <translation>Deja de enviar tras las solicitudes en camino; púlselo de nuevo para continuar</translation>
    </message>
    <message>
        <source>Sends the rows that failed once more</source>
        <translation>Envía otra vez las filas que fallaron</translation>
    </message>
    <message>
        <source>Close the bulk run window</source>
        <translation>Cerrar la ventana de ejecución masiva</translation>
    </message>
    <message>
        <source>A run on its way stops after a question; its job can be resumed later</source>
        <translation>Una ejecución en curso se detiene tras preguntar; su trabajo puede reanudarse más tarde</translation>
    </message>
    <message numerus="yes">
        <source>%1. %Ln row(s): %2 valid, %3 invalid, %4 with warnings.</source>
        <translation>
            <numerusform>%1. %Ln fila: %2 válidas, %3 no válidas, %4 con advertencias.</numerusform>
            <numerusform>%1. %Ln filas: %2 válidas, %3 no válidas, %4 con advertencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln problem(s) are listed.</source>
        <translation>
            <numerusform>Solo se muestra el primer problema.</numerusform>
            <numerusform>Solo se muestran los primeros %Ln problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s) from %1 (%2)?</source>
        <translation>
            <numerusform>¿Eliminar %Ln usuario de %1 (%2)?</numerusform>
            <numerusform>¿Eliminar %Ln usuarios de %1 (%2)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %Ln user(s) on %1 (%2)?</source>
        <translation>
            <numerusform>¿Dar de baja a %Ln usuario en %1 (%2)?</numerusform>
            <numerusform>¿Dar de baja a %Ln usuarios en %1 (%2)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s)</source>
        <translation>
            <numerusform>Eliminar %Ln usuario</numerusform>
            <numerusform>Eliminar %Ln usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %Ln user(s)</source>
        <translation>
            <numerusform>Dar de baja a %Ln usuario</numerusform>
            <numerusform>Dar de baja a %Ln usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln fila escrita en %1.</numerusform>
            <numerusform>%Ln filas escritas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3 of %Ln row(s) pending (%4)</source>
        <translation>
            <numerusform>%1 — %2, %3 de %Ln fila pendientes (%4)</numerusform>
            <numerusform>%1 — %2, %3 de %Ln filas pendientes (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column mapping: %1</source>
        <translation>Asignación de columnas: %1</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Could not read the job: %1</source>
        <translation>No se pudo leer el trabajo: %1</translation>
    </message>
    <message>
        <source>Could not write the job: %1</source>
        <translation>No se pudo escribir el trabajo: %1</translation>
    </message>
    <message>
        <source>Cancelled. The rows not sent stay pending; resume the job to send them.</source>
        <translation>Cancelado. Las filas no enviadas quedan pendientes; reanude el trabajo para enviarlas.</translation>
    </message>
    <message>
        <source>The service answered %1 (%2): stopped with rows still to send.</source>
        <translation>El servicio respondió %1 (%2): detenido con filas aún por enviar.</translation>
    </message>
    <message>
        <source>%1 Stopped with rows still to send.</source>
        <translation>%1 Detenido con filas aún por enviar.</translation>
    </message>
    <message>
        <source>Could not write the outcome of rows to %1: %2</source>
        <translation>No se pudo escribir el resultado de las filas en %1: %2</translation>
    </message>
    <message>
        <source>Job %1 is being sent by %2 right now; nothing was sent from here. Let that run finish, or stop it there, then resume.</source>
        <translation>%2 está enviando el trabajo %1 en este momento; no se envió nada desde aquí. Deje que esa ejecución termine, o deténgala allí, y luego reanude.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
</context>
<context>
    <name>BulkSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header line and a row per user.</source>
        <translation>%1 está vacío: necesita una línea de encabezado y una fila por usuario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property column, so it cannot have a type.</source>
        <translation>«%1» no es una columna de propiedad, así que no puede tener un tipo.</translation>
    </message>
    <message>
        <source>%1 takes no properties, so &quot;%2&quot; cannot have a type.</source>
        <translation>%1 no admite propiedades, así que «%2» no puede tener un tipo.</translation>
    </message>
</context>
<context>
    <name>BulkValidation</name>
    <message>
        <source>Validation was stopped at line %1.</source>
        <translation>La validación se detuvo en la línea %1.</translation>
    </message>
    <message>
        <source>The file is not valid %1: some characters would be sent wrong. Choose its encoding (for example windows-1252).</source>
        <translation>El archivo no es %1 válido: algunos caracteres se enviarían mal. Elija su codificación (por ejemplo windows-1252).</translation>
    </message>
    <message>
        <source>line %1: error: %2</source>
        <translation>línea %1: error: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>línea %1: advertencia: %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>Channels table</source>
        <translation>Tabla de canales</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address (device token)</source>
        <translation>Dirección (token del dispositivo)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>The channel type, usually push.</source>
        <translation>El tipo de canal, normalmente push.</translation>
    </message>
    <message>
        <source>The unique device token.</source>
        <translation>El token único del dispositivo.</translation>
    </message>
    <message>
        <source>The device platform: ios or android.</source>
        <translation>La plataforma del dispositivo: ios o android.</translation>
    </message>
    <message>
        <source>Add &amp;channel</source>
        <translation>Añadir &amp;canal</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Añadir un canal</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Quitar canal</translation>
    </message>
    <message>
        <source>Remove the selected channel</source>
        <translation>Quitar el canal seleccionado</translation>
    </message>
    <message>
        <source>One channel a row: its type, its address and its platform</source>
        <translation>Un canal por fila: su tipo, su dirección y su plataforma</translation>
    </message>
    <message>
        <source>Adds an empty row to the channels table and starts editing it</source>
        <translation>Añade una fila vacía a la tabla de canales y empieza a editarla</translation>
    </message>
    <message>
        <source>Removes the selected rows from the channels table</source>
        <translation>Quita las filas seleccionadas de la tabla de canales</translation>
    </message>
</context>
<context>
    <name>ConnectionTestForm</name>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <source>Calls heartbeat (GET heartbeat) on the current workspace to check that its base URL reaches a Vero service. Heartbeat needs no credential, so this checks the address and the connection, not the credential.</source>
        <translation>Llama a heartbeat (GET heartbeat) en el espacio de trabajo actual para comprobar que su URL base llega a un servicio de Vero. Heartbeat no necesita credencial, así que se comprueban la dirección y la conexión, no la credencial.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nuevo: vaciar el formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Press Test connection to check this workspace.</source>
        <translation>Pulse Probar conexión para comprobar este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Connected: the workspace&apos;s base URL reaches a Vero service. Heartbeat does not use the credential, so a wrong credential only shows on the first real send (as 401 Unauthorized).</source>
        <translation>Conectado: la URL base del espacio de trabajo llega a un servicio de Vero. Heartbeat no usa la credencial, así que una credencial incorrecta solo se nota en el primer envío real (como 401 Unauthorized).</translation>
    </message>
    <message>
        <source>A server answered, but it has no Vero heartbeat at this address (404). Check that the base URL ends in /api/v2.</source>
        <translation>Respondió un servidor, pero no tiene heartbeat de Vero en esta dirección (404). Compruebe que la URL base termina en /api/v2.</translation>
    </message>
    <message>
        <source>A server answered but refused the heartbeat (HTTP %1). Check the base URL.</source>
        <translation>Respondió un servidor pero rechazó el heartbeat (HTTP %1). Compruebe la URL base.</translation>
    </message>
    <message>
        <source>The service answered with a server error (HTTP %1); it may be down. Try again later.</source>
        <translation>El servicio respondió con un error del servidor (HTTP %1); puede estar caído. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Not connected: nothing answered at the workspace&apos;s base URL (the reason is below).</source>
        <translation>Sin conexión: nada respondió en la URL base del espacio de trabajo (el motivo figura abajo).</translation>
    </message>
    <message>
        <source>Not tested: the workspace&apos;s settings stopped the request before it left (the reason is below).</source>
        <translation>Sin probar: la configuración del espacio de trabajo detuvo la solicitud antes de salir (el motivo figura abajo).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No credential is stored for this workspace.</source>
        <translation>No hay ninguna credencial guardada para este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The system keychain did not let Vero Admin read or store the credential: it is locked, or the request was declined. Unlock the keychain (log in to the desktop again, or unlock it in your passwords manager) and try again.</source>
        <translation>El llavero del sistema no permitió a Vero Admin leer ni guardar la credencial: está bloqueado o se rechazó la solicitud. Desbloquee el llavero (vuelva a iniciar sesión en el escritorio o desbloquéelo en su gestor de contraseñas) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). Install and start one, or use a credential for this session only.</source>
        <translation>No hay ningún llavero del sistema disponible (en Linux: un Secret Service como GNOME Keyring o KWallet). Instale e inicie uno, o use una credencial solo para esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Check that it is running and unlocked, then try again.</source>
        <translation>No se pudo usar el llavero del sistema (%1). Compruebe que está en ejecución y desbloqueado, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: this session has no D-Bus session bus, which the keychain (GNOME Keyring or KWallet) is reached through. Log in to a desktop session, or run Vero Admin inside one (dbus-run-session), then try again.</source>
        <translation>No se puede acceder al llavero del sistema: esta sesión no tiene bus de sesión D-Bus, a través del cual se accede al llavero (GNOME Keyring o KWallet). Inicie sesión en un escritorio o ejecute Vero Admin dentro de una sesión (dbus-run-session) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Vero Admin&apos;s keychain module (%1) could not be loaded: %2. Reinstall Vero Admin, then try again.</source>
        <translation>No se pudo cargar el módulo de llavero de Vero Admin (%1): %2. Reinstale Vero Admin y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Vero Admin&apos;s keychain module is missing (looked for %1). Reinstall Vero Admin, then try again.</source>
        <translation>Falta el módulo de llavero de Vero Admin (se buscó en %1). Reinstale Vero Admin y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <source>The credential is empty.</source>
        <translation>La credencial está vacía.</translation>
    </message>
    <message>
        <source>The credential is longer than %1 characters.</source>
        <translation>La credencial tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The credential is not valid text.</source>
        <translation>La credencial no es texto válido.</translation>
    </message>
    <message>
        <source>The credential holds a line break (character %1): it looks like more than one line was pasted.</source>
        <translation>La credencial contiene un salto de línea (carácter %1): parece que se pegó más de una línea.</translation>
    </message>
    <message>
        <source>The credential holds a control character (character %1).</source>
        <translation>La credencial contiene un carácter de control (carácter %1).</translation>
    </message>
    <message>
        <source>The credential holds a space (character %1).</source>
        <translation>La credencial contiene un espacio (carácter %1).</translation>
    </message>
    <message>
        <source>The credential holds an invisible formatting character (character %1).</source>
        <translation>La credencial contiene un carácter de formato invisible (carácter %1).</translation>
    </message>
    <message>
        <source>The credential holds a byte sequence that is not UTF-8 text (character %1).</source>
        <translation>La credencial contiene una secuencia de bytes que no es texto UTF-8 (carácter %1).</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source> (detected)</source>
        <translation> (detectado)</translation>
    </message>
    <message>
        <source>%1%2, %3-separated%4</source>
        <translation>%1%2, separado por %3%4</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a record runs on for more than %2 characters; a quote is probably never closed.</source>
        <translation>Línea %1: un registro supera los %2 caracteres; probablemente unas comillas nunca se cierran.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation>Línea %1: una celda entre comillas nunca se cierra.</translation>
    </message>
</context>
<context>
    <name>CurrentUserStrip</name>
    <message>
        <source>Current user</source>
        <translation>Usuario actual</translation>
    </message>
    <message>
        <source>The user every form is about. Typing another id or email in a form changes it; the other forms follow, and fields entered for someone else are emptied.</source>
        <translation>El usuario al que se refieren todos los formularios. Escribir otro id o correo en un formulario lo cambia; los demás formularios lo siguen, y los campos introducidos para otra persona se vacían.</translation>
    </message>
    <message>
        <source>Clear user</source>
        <translation>Limpiar usuario</translation>
    </message>
    <message>
        <source>Empty the user id, email and per-user fields in every form, to start on the next user</source>
        <translation>Vaciar el id de usuario, el correo y los campos propios del usuario en todos los formularios, para empezar con el siguiente usuario</translation>
    </message>
    <message>
        <source>Clear the current user</source>
        <translation>Limpiar el usuario actual</translation>
    </message>
    <message>
        <source>Current user: none (type a user id or email in any form)</source>
        <translation>Usuario actual: ninguno (escriba un id de usuario o un correo en cualquier formulario)</translation>
    </message>
    <message>
        <source>Current user: %1</source>
        <translation>Usuario actual: %1</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Do not ask to type the id back (for scripts).</source>
        <translation>No pedir que se vuelva a escribir el id (para scripts).</translation>
    </message>
    <message>
        <source>delete needs confirmation: run it in a terminal to type the id back, or add --yes. Nothing was sent.</source>
        <translation>delete requiere confirmación: ejecútelo en un terminal para volver a escribir el id, o añada --yes. No se envió nada.</translation>
    </message>
    <message>
        <source>Deleting user &quot;%1&quot; is permanent: all properties and activity are lost.</source>
        <translation>Eliminar el usuario «%1» es permanente: se pierden todas las propiedades y la actividad.</translation>
    </message>
    <message>
        <source>Type the user id to confirm: </source>
        <translation>Escriba el id del usuario para confirmar: </translation>
    </message>
    <message>
        <source>The id typed does not match; nothing was sent.</source>
        <translation>El id escrito no coincide; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Cancel, change nothing</source>
        <translation>Cancelar, no cambiar nada</translation>
    </message>
    <message>
        <source>The button to go on is enabled once this matches the text asked for</source>
        <translation>El botón para continuar se activa en cuanto esto coincide con el texto pedido</translation>
    </message>
    <message>
        <source>Goes ahead once the text asked for is typed above</source>
        <translation>Continúa en cuanto se escribe arriba el texto pedido</translation>
    </message>
    <message>
        <source>Closes this window; nothing is changed</source>
        <translation>Cierra esta ventana; no se cambia nada</translation>
    </message>
</context>
<context>
    <name>DeleteForm</name>
    <message>
        <source>Delete a user</source>
        <translation>Eliminar un usuario</translation>
    </message>
    <message>
        <source>Deletes the user with this id (POST users/delete). You will be asked to confirm.</source>
        <translation>Elimina el usuario con este id (POST users/delete). Se le pedirá confirmación.</translation>
    </message>
    <message>
        <source>Deleting a user is permanent: all of the user&apos;s properties and activity are lost and cannot be recovered. A deleted user who is identified again later comes back as a new profile, subscribed by default.</source>
        <translation>Eliminar un usuario es permanente: todas sus propiedades y su actividad se pierden y no se pueden recuperar. Un usuario eliminado que se vuelve a identificar más tarde regresa como un perfil nuevo, suscrito por omisión.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Id de &amp;usuario:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>El id que dio al usuario en Vero, p. ej. 1234</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nuevo: vaciar el formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>&amp;Eliminar usuario…</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Eliminar el usuario</translation>
    </message>
    <message>
        <source>Delete user permanently?</source>
        <translation>¿Eliminar el usuario de forma permanente?</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>¿Eliminar %1 de %2?</translation>
    </message>
    <message>
        <source>This deletion is permanent. All of the user&apos;s properties and activity on %1 are lost and cannot be recovered.</source>
        <translation>Esta eliminación es permanente. Todas las propiedades y la actividad del usuario en %1 se pierden y no se pueden recuperar.</translation>
    </message>
    <message>
        <source>A deleted user who is identified again later comes back as a new profile, subscribed by default: an identify or an event sent to %1 afterwards creates a new, subscribed user with none of the old data.</source>
        <translation>Un usuario eliminado que se vuelve a identificar más tarde regresa como un perfil nuevo, suscrito por omisión: un identify o un evento enviado después a %1 crea un usuario nuevo y suscrito, sin ninguno de los datos antiguos.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete %1 from %2 permanently</source>
        <translation>Eliminar %1 de %2 de forma permanente</translation>
    </message>
    <message>
        <source>To confirm, type the user id (%1), then press Enter:</source>
        <translation>Para confirmar, escriba el id del usuario (%1) y pulse Intro:</translation>
    </message>
    <message>
        <source>Deletion cancelled: nothing was sent.</source>
        <translation>Eliminación cancelada: no se envió nada.</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation>El ID que le dio al usuario en Vero</translation>
    </message>
</context>
<context>
    <name>DeletedUser</name>
    <message>
        <source>someone on this computer</source>
        <translation>alguien en este equipo</translation>
    </message>
    <message>
        <source>%1 (with veroctl)</source>
        <translation>%1 (con veroctl)</translation>
    </message>
    <message>
        <source>%1 was deleted on %2 by %3; sending creates a new, subscribed profile.</source>
        <translation>%1 fue eliminado el %2 por %3; enviar crea un perfil nuevo y suscrito.</translation>
    </message>
</context>
<context>
    <name>DuplicateEvent</name>
    <message numerus="yes">
        <source>%1 got the event &quot;%2&quot; with the same data %n second(s) ago. Vero drops an identical event sent within a few minutes as a duplicate, so this one may be ignored.</source>
        <translation>
            <numerusform>%1 recibió el evento «%2» con los mismos datos hace %n segundo. Vero descarta como duplicado un evento idéntico enviado en pocos minutos, así que este puede ignorarse.</numerusform>
            <numerusform>%1 recibió el evento «%2» con los mismos datos hace %n segundos. Vero descarta como duplicado un evento idéntico enviado en pocos minutos, así que este puede ignorarse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditPropertiesForm</name>
    <message>
        <source>Edit properties</source>
        <translation>Editar propiedades</translation>
    </message>
    <message>
        <source>Changes properties of an existing user (PUT users/edit). Give the user id or the email.</source>
        <translation>Cambia propiedades de un usuario existente (PUT users/edit). Indique el id del usuario o el correo.</translation>
    </message>
    <message>
        <source>Legacy endpoint: users/edit is no longer in Vero&apos;s documentation (since 2025). It still works and the official Ruby gem still uses it; Identify with properties does the same for new work.</source>
        <translation>Endpoint heredado: users/edit ya no figura en la documentación de Vero (desde 2025). Sigue funcionando y la gema oficial de Ruby aún lo usa; Identificar con propiedades hace lo mismo para trabajo nuevo.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Id de &amp;usuario:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>El id que dio al usuario en Vero, p. ej. 1234</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>p. ej. ada@example.com</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>Ca&amp;mbios:</translation>
    </message>
    <message>
        <source>Property changes</source>
        <translation>Cambios de propiedades</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nuevo: vaciar el formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send property changes</source>
        <translation>Enviar cambios de propiedades</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation>El ID que le dio al usuario en Vero; basta con el ID o el correo electrónico</translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation>La dirección de correo electrónico del usuario; basta con el ID o el correo electrónico</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The secure connection to %1 could not be trusted (%2). Nothing was sent. If this is your own server, add its CA certificate to the workspace.</source>
        <translation>No se pudo confiar en la conexión segura con %1 (%2). No se envió nada. Si es su propio servidor, añada su certificado de CA al espacio de trabajo.</translation>
    </message>
    <message>
        <source>The proxy %1 could not be used to reach %2; nothing was sent. Check your proxy settings (https_proxy, http_proxy, no_proxy).</source>
        <translation>No se pudo usar el proxy %1 para llegar a %2; no se envió nada. Compruebe la configuración del proxy (https_proxy, http_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing was sent. Check the workspace&apos;s base URL, or that the server is running.</source>
        <translation>%1 rechazó la conexión; no se envió nada. Compruebe la URL base del espacio de trabajo o que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The server %1 could not be found; nothing was sent. Check the base URL and your internet connection.</source>
        <translation>No se encontró el servidor %1; no se envió nada. Compruebe la URL base y su conexión a Internet.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP: it closed the connection without an HTTP status (the address may not be an HTTP server, or the server stopped). The request went out; check before sending it again.</source>
        <translation>%1 no respondió en HTTP: cerró la conexión sin estado HTTP (puede que la dirección no sea un servidor HTTP o que el servidor se detuviera). La solicitud salió; compruébelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP(S) and closed the connection before the request went out; nothing was received. Check the base URL&apos;s scheme (https://) and port.</source>
        <translation>%1 no respondió en HTTP(S) y cerró la conexión antes de que saliera la solicitud; no se recibió nada. Compruebe el esquema (https://) y el puerto de la URL base.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTPS: a secure connection could not be set up, so nothing was sent. Check that the base URL uses the right scheme (https:// or, for a local sandbox, http://) and port.</source>
        <translation>%1 no respondió en HTTPS: no se pudo establecer una conexión segura, así que no se envió nada. Compruebe que la URL base usa el esquema correcto (https:// o, para un sandbox local, http://) y el puerto correcto.</translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1; nothing was sent. Check your proxy settings.</source>
        <translation>No se pudo usar el servidor proxy para llegar a %1; no se envió nada. Compruebe la configuración del proxy.</translation>
    </message>
    <message>
        <source>The network is unavailable; nothing was sent. Check your internet connection and try again.</source>
        <translation>La red no está disponible; no se envió nada. Compruebe su conexión a Internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The request to %1 failed after it went out (network error %2); it may have been received. Check before sending it again.</source>
        <translation>La solicitud a %1 falló después de salir (error de red %2); puede haberse recibido. Compruébelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>The request to %1 failed before it went out whole (network error %2); it was not received.</source>
        <translation>La solicitud a %1 falló antes de salir entera (error de red %2); no se recibió.</translation>
    </message>
    <message>
        <source>the connection closed before all of it arrived</source>
        <translation>la conexión se cerró antes de que llegara entera</translation>
    </message>
    <message>
        <source>its compression is broken, so it cannot be read</source>
        <translation>su compresión está dañada, así que no se puede leer</translation>
    </message>
    <message>
        <source>it breaks the rules of HTTP</source>
        <translation>incumple las reglas de HTTP</translation>
    </message>
    <message>
        <source>it says it is JSON but is not whole JSON (cut short, or badly chunked)</source>
        <translation>dice ser JSON pero no es JSON completo (cortado o mal fragmentado)</translation>
    </message>
    <message>
        <source>The answer from %1 (status %2) was damaged: %3. The request may have been applied; check before sending it again.</source>
        <translation>La respuesta de %1 (estado %2) llegó dañada: %3. Puede que la solicitud se haya aplicado; compruébelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid (400 Bad Request).</source>
        <translation>El servicio rechazó la solicitud por no válida (400 Bad Request).</translation>
    </message>
    <message>
        <source>The service rejected the credential (401 Unauthorized). Check the workspace&apos;s credential and its name (auth_token or tracking_api_key).</source>
        <translation>El servicio rechazó la credencial (401 Unauthorized). Compruebe la credencial del espacio de trabajo y su nombre (auth_token o tracking_api_key).</translation>
    </message>
    <message>
        <source>The credential is not allowed to do this (403 Forbidden).</source>
        <translation>La credencial no permite hacer esto (403 Forbidden).</translation>
    </message>
    <message>
        <source>The service does not know this address (404 Not Found). Check the workspace&apos;s base URL.</source>
        <translation>El servicio no conoce esta dirección (404 Not Found). Compruebe la URL base del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Too many requests (429). The service asked to slow down; wait a little and try again.</source>
        <translation>Demasiadas solicitudes (429). El servicio pide ir más despacio; espere un poco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The service had an internal error (%1). Nothing is wrong with your data; try again later.</source>
        <translation>El servicio tuvo un error interno (%1). Sus datos están bien; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>El servicio respondió con el estado HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s). The request went out and may have been received; check before sending it again, or raise the workspace&apos;s timeout.</source>
        <translation>
            <numerusform>Sin respuesta de %1 en %Ln segundo. La solicitud salió y puede haberse recibido; compruébelo antes de volver a enviarla, o aumente el tiempo de espera del espacio de trabajo.</numerusform>
            <numerusform>Sin respuesta de %1 en %Ln segundos. La solicitud salió y puede haberse recibido; compruébelo antes de volver a enviarla, o aumente el tiempo de espera del espacio de trabajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s), and the request did not go out whole, so it was not received. The service may be slow or unreachable; try again, or raise the workspace&apos;s timeout.</source>
        <translation>
            <numerusform>Sin respuesta de %1 en %Ln segundo, y la solicitud no salió entera, así que no se recibió. El servicio puede ser lento o inalcanzable; inténtelo de nuevo o aumente el tiempo de espera del espacio de trabajo.</numerusform>
            <numerusform>Sin respuesta de %1 en %Ln segundos, y la solicitud no salió entera, así que no se recibió. El servicio puede ser lento o inalcanzable; inténtelo de nuevo o aumente el tiempo de espera del espacio de trabajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it was still arriving after %Ln second(s), the workspace&apos;s timeout</source>
        <translation>
            <numerusform>seguía llegando después de %Ln segundo, el tiempo de espera del espacio de trabajo</numerusform>
            <numerusform>seguía llegando después de %Ln segundos, el tiempo de espera del espacio de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service is busy (%1) and asked to wait %Ln second(s) before trying again.</source>
        <translation>
            <numerusform>El servicio está ocupado (%1) y pide esperar %Ln segundo antes de volver a intentarlo.</numerusform>
            <numerusform>El servicio está ocupado (%1) y pide esperar %Ln segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventCommand</name>
    <message>
        <source>Refuse (exit code 2, nothing sent) when this computer sent the same event with the same data to the same user a few minutes ago, which Vero would drop as a duplicate. Without it, veroctl warns and sends.</source>
        <translation>Rechazar (código de salida 2, nada enviado) cuando este equipo envió el mismo evento con los mismos datos al mismo usuario hace pocos minutos, algo que Vero descartaría como duplicado. Sin esta opción, veroctl avisa y envía.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent (--no-duplicates).</source>
        <translation>%1 No se envió nada (--no-duplicates).</translation>
    </message>
</context>
<context>
    <name>FaultInjector::Settings</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2.</source>
        <translation>%1 debe ser un número entero de 0 a %2.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1.</source>
        <translation>%1 debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>Unknown fault setting &quot;%1&quot;: use latency_ms, fail_rate, rate_limit or drop_rate.</source>
        <translation>Ajuste de fallo desconocido «%1»: use latency_ms, fail_rate, rate_limit o drop_rate.</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>API field: %1</source>
        <translation>Campo de la API: %1</translation>
    </message>
</context>
<context>
    <name>FieldWarningLabel</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>FormSender</name>
    <message>
        <source>Not sent: %1 has errors, shown next to the fields.</source>
        <translation>No enviado: %1 tiene errores, indicados junto a los campos.</translation>
    </message>
    <message>
        <source>Possible duplicate event</source>
        <translation>Posible evento duplicado</translation>
    </message>
    <message>
        <source>Add a unique timestamp to the data so Vero keeps it?</source>
        <translation>¿Añadir una marca de tiempo única a los datos para que Vero lo conserve?</translation>
    </message>
    <message>
        <source>Add timestamp and send</source>
        <translation>Añadir marca de tiempo y enviar</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: Vero would probably drop this event as a duplicate of a recent one.</source>
        <translation>Cancelado: Vero probablemente descartaría este evento como duplicado de uno reciente.</translation>
    </message>
    <message>
        <source>Not sent: the event was cancelled as a likely duplicate.</source>
        <translation>No enviado: el evento se canceló por ser un probable duplicado.</translation>
    </message>
    <message>
        <source>Send to a deleted user?</source>
        <translation>¿Enviar a un usuario eliminado?</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>En %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 was deleted on %2, and sending would create a new, subscribed profile.</source>
        <translation>Cancelado: %1 fue eliminado el %2, y enviar crearía un perfil nuevo y suscrito.</translation>
    </message>
    <message>
        <source>Not sent: the user was deleted on %1.</source>
        <translation>No enviado: el usuario fue eliminado el %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>Mostrar todos los atajos de teclado de la ventana</translation>
    </message>
    <message>
        <source>&amp;Read me (how to use Vero Admin)</source>
        <translation>&amp;Léame (cómo usar Vero Admin)</translation>
    </message>
    <message>
        <source>Vero &amp;API reference</source>
        <translation>&amp;Referencia de la API de Vero</translation>
    </message>
    <message>
        <source>Could not open %1: no program for it is set up on this computer.</source>
        <translation>No se pudo abrir %1: no hay ningún programa configurado para ello en este equipo.</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Open in form</source>
        <translation>Abrir en el formulario</translation>
    </message>
    <message>
        <source>Fill this request&apos;s form with what was sent (Enter)</source>
        <translation>Rellenar el formulario de esta solicitud con lo enviado (Intro)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <source>Show this request in its form, ready to send again after you confirm</source>
        <translation>Mostrar esta solicitud en su formulario, lista para volver a enviarse tras su confirmación</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy a curl command that reads the credential from $VERO_AUTH_TOKEN</source>
        <translation>Copiar un comando curl que lee la credencial de $VERO_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy the request&apos;s JSON body, without the credential</source>
        <translation>Copiar el cuerpo JSON de la solicitud, sin la credencial</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Prepare the request that undoes this one, in its form, for review</source>
        <translation>Preparar en su formulario, para revisarla, la solicitud que deshace esta</translation>
    </message>
    <message>
        <source>User timeline</source>
        <translation>Cronología del usuario</translation>
    </message>
    <message>
        <source>Show everything sent about this user, oldest first</source>
        <translation>Mostrar todo lo enviado sobre este usuario, lo más antiguo primero</translation>
    </message>
    <message>
        <source>Restore deleted user…</source>
        <translation>Restaurar usuario eliminado…</translation>
    </message>
    <message>
        <source>Rebuild this user&apos;s last known email, properties, channels and tags into forms for review</source>
        <translation>Reconstruir en formularios, para revisarlos, el último correo, propiedades, canales y etiquetas conocidos de este usuario</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the rows the filters match to a CSV or JSON file</source>
        <translation>Escribir las filas que coinciden con los filtros en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Vaciar historial…</translation>
    </message>
    <message>
        <source>Remove every request from the history on this computer</source>
        <translation>Quitar todas las solicitudes del historial de este equipo</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>Copiar curl</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
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
        <translation>Comando curl copiado. Lee la credencial de $VERO_AUTH_TOKEN: defina esa variable antes de ejecutarlo.</translation>
    </message>
    <message>
        <source>Copied a curl command.</source>
        <translation>Comando curl copiado.</translation>
    </message>
    <message>
        <source>Copied the JSON body (without the credential).</source>
        <translation>Cuerpo JSON copiado (sin la credencial).</translation>
    </message>
    <message>
        <source>The undo request is in the %1 form: review it, then send it. %2</source>
        <translation>La solicitud para deshacer está en el formulario %1: revísela y luego envíela. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has requests on several workspaces (%2): choose one of them in the history&apos;s filter, or select one of the user&apos;s requests, to restore the user from it.</source>
        <translation>«%1» tiene solicitudes en varios espacios de trabajo (%2): elija uno en el filtro del historial, o seleccione una de las solicitudes del usuario, para restaurarlo a partir de ella.</translation>
    </message>
    <message>
        <source>Choose a request about the user, or type the user id in the filter, to restore them.</source>
        <translation>Elija una solicitud sobre el usuario, o escriba su id en el filtro, para restaurarlo.</translation>
    </message>
    <message>
        <source>The history holds no accepted request about user &quot;%1&quot;: there is nothing to restore from.</source>
        <translation>El historial no contiene ninguna solicitud aceptada sobre el usuario «%1»: no hay nada a partir de lo que restaurar.</translation>
    </message>
    <message>
        <source>The identify and tags forms are filled: review and send the identify first, then the tags. Past events cannot be restored.</source>
        <translation>Los formularios Identificar y Etiquetas están rellenados: revise y envíe primero Identificar y luego las etiquetas. Los eventos pasados no se pueden restaurar.</translation>
    </message>
    <message>
        <source>The identify form is filled: review it and send it. Past events cannot be restored.</source>
        <translation>El formulario Identificar está rellenado: revíselo y envíelo. Los eventos pasados no se pueden restaurar.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n solicitud a %1.</numerusform>
            <numerusform>Se exportaron %n solicitudes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is already empty.</source>
        <translation>El historial ya está vacío.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Vaciar historial</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n request(s) from the history on this computer?</source>
        <translation>
            <numerusform>¿Quitar la %n solicitud del historial de este equipo?</numerusform>
            <numerusform>¿Quitar las %n solicitudes del historial de este equipo?</numerusform>
        </translation>
    </message>
    <message>
        <source>This clears every request, not only the ones the filters show.</source>
        <translation>Esto borra todas las solicitudes, no solo las que muestran los filtros.</translation>
    </message>
    <message>
        <source>The Track API cannot read users back, so this history is the only record of what was sent. Export it first if you may need it. This cannot be undone.</source>
        <translation>La Track API no permite volver a leer los usuarios, así que este historial es el único registro de lo enviado. Expórtelo antes si puede necesitarlo. Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n request(s) from the history.</source>
        <translation>
            <numerusform>Se quitó %n solicitud del historial.</numerusform>
            <numerusform>Se quitaron %n solicitudes del historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make current user</source>
        <translation>Convertir en usuario actual</translation>
    </message>
    <message>
        <source>Fill every form with this request&apos;s user id and email</source>
        <translation>Rellenar todos los formularios con el id de usuario y el correo de esta solicitud</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Already undone: %1 on %2.</source>
        <translation>Ya se deshizo: %1 el %2.</translation>
    </message>
    <message>
        <source>Copied a curl command for the running sandbox, with its token.</source>
        <translation>Comando curl copiado para el sandbox en ejecución, con su token.</translation>
    </message>
    <message>
        <source>Clearing history…</source>
        <translation>Borrando el historial…</translation>
    </message>
</context>
<context>
    <name>HistoryDamageRecovery</name>
    <message>
        <source>%1; the integrity check found: %2</source>
        <translation>%1; la comprobación de integridad encontró: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>a folder is where the file should be</source>
        <translation>hay una carpeta donde debería estar el archivo</translation>
    </message>
    <message>
        <source>%1; the integrity check found: %2</source>
        <translation>%1; la comprobación de integridad encontró: %2</translation>
    </message>
    <message>
        <source>it was written by an older version and cannot be read without being updated</source>
        <translation>lo escribió una versión anterior y no se puede leer sin actualizarlo</translation>
    </message>
</context>
<context>
    <name>HistoryDetailView</name>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Select a request to see what was sent and what came back.</source>
        <translation>Seleccione una solicitud para ver qué se envió y qué se recibió.</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Solicitud y respuesta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Respuesta recibida</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>la aplicación</translation>
    </message>
    <message>
        <source>veroctl</source>
        <translation>veroctl</translation>
    </message>
    <message>
        <source>a bulk run</source>
        <translation>una ejecución masiva</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, workspace %2, sent by %3 from %4</source>
        <translation>%1, espacio de trabajo %2, enviado por %3 desde %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>No reply was recorded. The request went out; if the app stopped before the reply came, the service may still have applied it.</source>
        <translation>No se registró ninguna respuesta. La solicitud salió; si la aplicación se detuvo antes de la respuesta, puede que el servicio la aplicara de todos modos.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>No answer came, but the request may have reached the service and been applied. Check the user before sending it again.</source>
        <translation>No llegó respuesta, pero puede que la solicitud llegara al servicio y se aplicara. Compruebe el usuario antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(cuerpo vacío)</translation>
    </message>
    <message>
        <source>[Only the first %1 are kept: the reply was %2.]</source>
        <translation>[Solo se conservan los primeros %1: la respuesta tenía %2.]</translation>
    </message>
    <message>
        <source>The request as it went over the wire, with the credential hidden</source>
        <translation>La solicitud tal como salió por la red, con la credencial oculta</translation>
    </message>
    <message>
        <source>The status and the body the service answered with</source>
        <translation>El estado y el cuerpo con los que respondió el servicio</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>Request history</source>
        <translation>Historial de solicitudes</translation>
    </message>
    <message>
        <source>History &amp;retention…</source>
        <translation>&amp;Conservación del historial…</translation>
    </message>
    <message>
        <source>Request &amp;history</source>
        <translation>&amp;Historial de solicitudes</translation>
    </message>
    <message>
        <source>Choose how much request history to keep on this computer.</source>
        <translation>Elija cuánto historial de solicitudes conservar en este equipo.</translation>
    </message>
    <message>
        <source>History retention unchanged, nothing removed: %1</source>
        <translation>Conservación del historial sin cambios, no se quitó nada: %1</translation>
    </message>
    <message>
        <source>History retention: %1. Nothing to remove now.</source>
        <translation>Conservación del historial: %1. Por ahora no hay nada que quitar.</translation>
    </message>
    <message>
        <source>Remove requests from the history?</source>
        <translation>¿Quitar solicitudes del historial?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removes %2.</source>
        <translation>«%1» quita %2.</translation>
    </message>
    <message numerus="yes">
        <source>Among them are %n recorded user deletion(s): once they are gone, the app no longer warns before such a user is recreated, and the user&apos;s trail can no longer be restored.</source>
        <translation>
            <numerusform>Entre ellas hay %n eliminación de usuario registrada: una vez quitada, la aplicación ya no avisa antes de que ese usuario se vuelva a crear, y su rastro ya no se puede restaurar.</numerusform>
            <numerusform>Entre ellas hay %n eliminaciones de usuarios registradas: una vez quitadas, la aplicación ya no avisa antes de que un usuario así se vuelva a crear, y su rastro ya no se puede restaurar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Track API cannot read users back: the history is the only record of what was sent, and removed requests cannot be brought back. Requests recorded after this question are kept.</source>
        <translation>La Track API no permite volver a leer los usuarios: el historial es el único registro de lo enviado, y las solicitudes quitadas no se pueden recuperar. Las solicitudes registradas después de esta pregunta se conservan.</translation>
    </message>
    <message>
        <source>Export them, then remove…</source>
        <translation>Exportarlas y luego quitar…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n request(s)</source>
        <translation>
            <numerusform>Quitar %n solicitud</numerusform>
            <numerusform>Quitar %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>History retention unchanged; nothing was removed.</source>
        <translation>Conservación del historial sin cambios; no se quitó nada.</translation>
    </message>
    <message numerus="yes">
        <source>History retention: %1. Removing %n request(s).</source>
        <translation>
            <numerusform>Conservación del historial: %1. Quitando %n solicitud.</numerusform>
            <numerusform>Conservación del historial: %1. Quitando %n solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the requests to remove</source>
        <translation>Exportar las solicitudes que se van a quitar</translation>
    </message>
    <message>
        <source>Export cancelled: history retention unchanged, nothing was removed.</source>
        <translation>Exportación cancelada: conservación del historial sin cambios, no se quitó nada.</translation>
    </message>
    <message>
        <source>%1 History retention unchanged, nothing was removed.</source>
        <translation>%1 Conservación del historial sin cambios, no se quitó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n solicitud a %1.</numerusform>
            <numerusform>Se exportaron %n solicitudes a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>No se pudo exportar el historial a %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filters</source>
        <translation>Filtros del historial</translation>
    </message>
    <message>
        <source>Only requests sent to this workspace (it follows the workspace you switch to)</source>
        <translation>Solo solicitudes enviadas a este espacio de trabajo (sigue al espacio de trabajo al que cambie)</translation>
    </message>
    <message>
        <source>Filter by workspace</source>
        <translation>Filtrar por espacio de trabajo</translation>
    </message>
    <message>
        <source>Show the requests of every workspace</source>
        <translation>Mostrar las solicitudes de todos los espacios de trabajo</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Todos los espacios de trabajo</translation>
    </message>
    <message>
        <source>Only requests about this user: an exact user id (also an alias&apos; new id) or email address</source>
        <translation>Solo solicitudes sobre este usuario: un id exacto (también el nuevo id de un alias) o una dirección de correo</translation>
    </message>
    <message>
        <source>Filter by user id or email</source>
        <translation>Filtrar por id de usuario o correo</translation>
    </message>
    <message>
        <source>User id or email</source>
        <translation>Id de usuario o correo</translation>
    </message>
    <message>
        <source>Show everything sent about this user, oldest first</source>
        <translation>Mostrar todo lo enviado sobre este usuario, lo más antiguo primero</translation>
    </message>
    <message>
        <source>Show the user&apos;s timeline</source>
        <translation>Mostrar la cronología del usuario</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Only requests containing this text in the URL, bodies, messages, errors, workspace or operator</source>
        <translation>Solo solicitudes con este texto en la URL, los cuerpos, los mensajes, los errores, el espacio de trabajo o el operador</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Only requests of this operation</source>
        <translation>Solo solicitudes de esta operación</translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation>Filtrar por operación</translation>
    </message>
    <message>
        <source>Only requests with this outcome</source>
        <translation>Solo solicitudes con este resultado</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Only requests sent between these two dates (both included)</source>
        <translation>Solo solicitudes enviadas entre estas dos fechas (ambas incluidas)</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Show every request of the current workspace again</source>
        <translation>Volver a mostrar todas las solicitudes del espacio de trabajo actual</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Todas las operaciones</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Accepted by the service (2xx)</source>
        <translation>Aceptada por el servicio (2xx)</translation>
    </message>
    <message>
        <source>Refused by the service (4xx): bad data or credential</source>
        <translation>Rechazada por el servicio (4xx): datos o credencial incorrectos</translation>
    </message>
    <message>
        <source>No usable answer: connection refused, server not found, 5xx, or never sent</source>
        <translation>Sin respuesta útil: conexión rechazada, servidor no encontrado, 5xx o nunca enviada</translation>
    </message>
    <message>
        <source>Sent, no reply recorded</source>
        <translation>Enviada, sin respuesta registrada</translation>
    </message>
    <message>
        <source>No answer after the request may have arrived (timeout, dropped connection): it may have been applied</source>
        <translation>Sin respuesta aunque la solicitud puede haber llegado (tiempo agotado, conexión cortada): puede haberse aplicado</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the answer: it may have reached the service</source>
        <translation>Cancelada mientras se esperaba la respuesta: puede haber llegado al servicio</translation>
    </message>
    <message>
        <source>Clear: %1</source>
        <translation>Borrar: %1</translation>
    </message>
    <message>
        <source>(no workspace recorded)</source>
        <translation>(sin espacio de trabajo registrado)</translation>
    </message>
    <message>
        <source>Only the requests of one bulk run (the job id veroctl and the Bulk run window show)</source>
        <translation>Solo las solicitudes de una ejecución masiva (el id de trabajo que muestran veroctl y la ventana Ejecución masiva)</translation>
    </message>
    <message>
        <source>Filter by bulk job</source>
        <translation>Filtrar por trabajo masivo</translation>
    </message>
    <message>
        <source>Any bulk job</source>
        <translation>Cualquier trabajo masivo</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Cancelled while waiting; it may have reached the service</source>
        <translation>Cancelada durante la espera; puede haber llegado al servicio</translation>
    </message>
    <message>
        <source>Unknown outcome, may have been applied: %1</source>
        <translation>Resultado desconocido, puede haberse aplicado: %1</translation>
    </message>
    <message>
        <source>(no workspace recorded)</source>
        <translation>(sin espacio de trabajo registrado)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (producción)</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>another program is using the history</source>
        <translation>otro programa está usando el historial</translation>
    </message>
    <message>
        <source>the disk reported an error reading or writing it</source>
        <translation>el disco informó de un error al leerlo o escribirlo</translation>
    </message>
    <message>
        <source>it cannot be used</source>
        <translation>no se puede usar</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Vero Admin and cannot be shown.</source>
        <translation>%1 lo escribió una versión más reciente de Vero Admin y no se puede mostrar.</translation>
    </message>
    <message>
        <source>%1 is too damaged to be read (%2). Nothing of it can be shown.</source>
        <translation>%1 está demasiado dañado para leerlo (%2). No se puede mostrar nada de él.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 (%3).</source>
        <translation>No se puede leer %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new, empty history was started.</source>
        <translation>El archivo de historial estaba dañado (%1). Se movió a %2 y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used now: %2 (%3). It is left as it is.</source>
        <translation>El archivo de historial %1 no se puede usar ahora: %2 (%3). Se deja como está.</translation>
    </message>
    <message>
        <source>This session&apos;s requests are kept in memory; the file is tried again with the next request, and they are written to it once it works.</source>
        <translation>Las solicitudes de esta sesión se guardan en memoria; el archivo se reintenta con la siguiente solicitud y se escriben en él en cuanto funcione.</translation>
    </message>
    <message>
        <source>This session&apos;s requests are kept in memory only.</source>
        <translation>Las solicitudes de esta sesión se guardan solo en memoria.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Vero Admin and is left untouched. This session&apos;s requests are kept in memory only.</source>
        <translation>El archivo de historial %1 lo escribió una versión más reciente de Vero Admin y no se toca. Las solicitudes de esta sesión se guardan solo en memoria.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (%2) and could not be moved aside. This session&apos;s requests are kept in memory only.</source>
        <translation>El archivo de historial %1 está dañado (%2) y no se pudo apartar. Las solicitudes de esta sesión se guardan solo en memoria.</translation>
    </message>
    <message>
        <source>A new history file could not be created at %1 (%2). This session&apos;s requests are kept in memory only.</source>
        <translation>No se pudo crear un archivo de historial nuevo en %1 (%2). Las solicitudes de esta sesión se guardan solo en memoria.</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation>El archivo dañado se movió a %1.</translation>
    </message>
    <message>
        <source>History is not available: %1</source>
        <translation>El historial no está disponible: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Request history</source>
        <translation>Historial de solicitudes</translation>
    </message>
    <message>
        <source>Back to all requests</source>
        <translation>Volver a todas las solicitudes</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Solicitudes enviadas</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>Acciones del historial</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Restore a deleted user, export, clear the history</source>
        <translation>Restaurar un usuario eliminado, exportar, vaciar el historial</translation>
    </message>
    <message>
        <source>More history actions</source>
        <translation>Más acciones del historial</translation>
    </message>
    <message>
        <source>Type a user id or email first, then show the timeline.</source>
        <translation>Escriba primero un id de usuario o un correo y luego muestre la cronología.</translation>
    </message>
    <message>
        <source>Everything sent about %1 to %2, oldest first.</source>
        <translation>Todo lo enviado sobre %1 a %2, lo más antiguo primero.</translation>
    </message>
    <message>
        <source>Everything sent about %1, oldest first.</source>
        <translation>Todo lo enviado sobre %1, lo más antiguo primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation>
            <numerusform>%n+ solicitud</numerusform>
            <numerusform>%n+ solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Más acciones de la barra de herramientas</translation>
    </message>
    <message>
        <source>The history actions that do not fit in the toolbar</source>
        <translation>Las acciones del historial que no caben en la barra de herramientas</translation>
    </message>
    <message>
        <source>Leaves this user&apos;s timeline and lists every request again</source>
        <translation>Sale de la cronología de este usuario y vuelve a mostrar todas las solicitudes</translation>
    </message>
    <message>
        <source>The requests sent from this computer; the selected one is shown in full below</source>
        <translation>Las solicitudes enviadas desde este equipo; la seleccionada se muestra completa abajo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>HistoryRetention</name>
    <message>
        <source>no recorded workspace</source>
        <translation>ningún espacio de trabajo registrado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
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
            <numerusform>%n solicitud ahora: %1</numerusform>
            <numerusform>%n solicitudes ahora: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRetentionDialog</name>
    <message>
        <source>History retention</source>
        <translation>Conservación del historial</translation>
    </message>
    <message>
        <source>The request history is the only record of what was sent about each user. Older requests can be removed automatically, counted in each workspace on its own: sandbox traffic never pushes out production requests. Before anything is removed you see how many requests go, from which dates and workspaces, and can export them first.</source>
        <translation>El historial de solicitudes es el único registro de lo enviado sobre cada usuario. Las solicitudes antiguas se pueden quitar automáticamente, contadas en cada espacio de trabajo por separado: el tráfico del sandbox nunca desplaza las solicitudes de producción. Antes de quitar nada, verá cuántas solicitudes se van, de qué fechas y espacios de trabajo, y podrá exportarlas antes.</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Conservar todo</translation>
    </message>
    <message>
        <source>Keep &amp;everything</source>
        <translation>Conservar &amp;todo</translation>
    </message>
    <message>
        <source>Keep requests for a number of days</source>
        <translation>Conservar las solicitudes durante un número de días</translation>
    </message>
    <message>
        <source>Days of history to keep in each workspace</source>
        <translation>Días de historial que conservar en cada espacio de trabajo</translation>
    </message>
    <message>
        <source> days in each workspace</source>
        <translation> días en cada espacio de trabajo</translation>
    </message>
    <message>
        <source>Keep a number of requests</source>
        <translation>Conservar un número de solicitudes</translation>
    </message>
    <message>
        <source>Number of requests to keep in each workspace</source>
        <translation>Número de solicitudes que conservar en cada espacio de trabajo</translation>
    </message>
    <message>
        <source> requests per workspace</source>
        <translation> solicitudes más recientes por espacio de trabajo</translation>
    </message>
    <message>
        <source>The history keeps every request until you clear it</source>
        <translation>El historial guarda cada solicitud hasta que usted lo vacíe</translation>
    </message>
    <message>
        <source>Requests older than the number of days given are removed</source>
        <translation>Se quitan las solicitudes más antiguas que el número de días indicado</translation>
    </message>
    <message>
        <source>Keep requests for the &amp;last</source>
        <translation>Conservar las solicitudes de los ú&amp;ltimos</translation>
    </message>
    <message>
        <source>How many days of requests each workspace keeps</source>
        <translation>Cuántos días de solicitudes guarda cada espacio de trabajo</translation>
    </message>
    <message>
        <source>Only the newest requests are kept, as many as given</source>
        <translation>Solo se guardan las solicitudes más recientes, tantas como se indiquen</translation>
    </message>
    <message>
        <source>Keep only the &amp;newest</source>
        <translation>Conservar &amp;solo las</translation>
    </message>
    <message>
        <source>How many of its newest requests each workspace keeps</source>
        <translation>Cuántas de sus solicitudes más recientes guarda cada espacio de trabajo</translation>
    </message>
    <message>
        <source>Apply the retention</source>
        <translation>Aplicar la conservación</translation>
    </message>
    <message>
        <source>Requests beyond what is kept are removed after a question</source>
        <translation>Las solicitudes que exceden lo conservado se quitan tras preguntar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes this window; the history is not changed</source>
        <translation>Cierra esta ventana; el historial no se modifica</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 works again and is used from now on; %n request(s) kept in memory meanwhile were written to it.</source>
        <translation>
            <numerusform>El archivo de historial %1 vuelve a funcionar y se usa a partir de ahora; se escribió en él %n solicitud guardada en memoria mientras tanto.</numerusform>
            <numerusform>El archivo de historial %1 vuelve a funcionar y se usa a partir de ahora; se escribieron en él %n solicitudes guardadas en memoria mientras tanto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) kept in memory could not be written and are lost.</source>
        <translation>
            <numerusform>%n solicitud guardada en memoria no se pudo escribir y se ha perdido.</numerusform>
            <numerusform>%n solicitudes guardadas en memoria no se pudieron escribir y se han perdido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written to the history file %2: %3</source>
        <translation>No se pudo escribir %1 en el archivo de historial %2: %3</translation>
    </message>
    <message>
        <source>%1 could not be written to the history file %2: %3 (%4). It is not kept in the history; the file is left as it is and tried again with the next request.</source>
        <translation>No se pudo escribir %1 en el archivo de historial %2: %3 (%4). No se conserva en el historial; el archivo se deja como está y se reintenta con la siguiente solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 can be written again. %n earlier write(s) failed and are not in it.</source>
        <translation>
            <numerusform>El archivo de historial %1 se puede volver a escribir. %n escritura anterior falló y no está en él.</numerusform>
            <numerusform>El archivo de historial %1 se puede volver a escribir. %n escrituras anteriores fallaron y no están en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request to %1</source>
        <translation>La solicitud a %1</translation>
    </message>
    <message>
        <source>The reply to request %1</source>
        <translation>La respuesta a la solicitud %1</translation>
    </message>
    <message>
        <source>The reply to request %1 could not be recorded: its history row is gone (history cleared or replaced while the request was under way).</source>
        <translation>No se pudo registrar la respuesta a la solicitud %1: su fila del historial ya no existe (historial vaciado o sustituido mientras la solicitud estaba en curso).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>No se pudo vaciar el historial: %1</translation>
    </message>
    <message>
        <source>another program is reading the file</source>
        <translation>otro programa está leyendo el archivo</translation>
    </message>
    <message>
        <source>The requests were removed from the history, but the history file %1 could not be compacted (%2): their text may still be on the disk.</source>
        <translation>Las solicitudes se quitaron del historial, pero no se pudo compactar el archivo de historial %1 (%2): su texto puede seguir en el disco.</translation>
    </message>
    <message>
        <source>The history is already being cleared.</source>
        <translation>El historial ya se está borrando.</translation>
    </message>
    <message>
        <source>The history could not be cleared: old requests are being removed. Try again in a moment.</source>
        <translation>No se pudo borrar el historial: se están eliminando solicitudes antiguas. Vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>This vero-sandbox uses a libmicrohttpd built without TLS: it cannot serve HTTPS (--tls-cert).</source>
        <translation>Este vero-sandbox usa una libmicrohttpd compilada sin TLS: no puede servir HTTPS (--tls-cert).</translation>
    </message>
    <message>
        <source>The HTTPS server could not start: GnuTLS refused the certificate or the key.</source>
        <translation>No se pudo iniciar el servidor HTTPS: GnuTLS rechazó el certificado o la clave.</translation>
    </message>
    <message>
        <source>The HTTP server could not start on %1.</source>
        <translation>No se pudo iniciar el servidor HTTP en %1.</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <source>--channel expects type,address,platform (got &quot;%1&quot;).</source>
        <translation>--channel espera type,address,platform (se recibió «%1»).</translation>
    </message>
</context>
<context>
    <name>IdentifyForm</name>
    <message>
        <source>Identify a user</source>
        <translation>Identificar un usuario</translation>
    </message>
    <message>
        <source>Creates the user, or updates the user with this id (POST users/track). Give an id, an email, or both; with only an email, Vero uses the email as the id.</source>
        <translation>Crea el usuario, o actualiza el usuario con este id (POST users/track). Indique un id, un correo o ambos; con solo un correo, Vero usa el correo como id.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Id de &amp;usuario:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>El id que dio al usuario en Vero, p. ej. 1234</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>p. ej. ada@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Número de &amp;teléfono:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>e.g. +61 400 000 000</source>
        <translation>p. ej. +34 600 000 000</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>C&amp;anales:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Device tokens for push messages. Rows left empty are not sent.</source>
        <translation>Tokens de dispositivo para mensajes push. Las filas vacías no se envían.</translation>
    </message>
    <message>
        <source>P&amp;roperties:</source>
        <translation>P&amp;ropiedades:</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>Propiedades personalizadas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nuevo: vaciar el formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send identify</source>
        <translation>Enviar identificación</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation>El ID que le dio al usuario en Vero; basta con el ID o el correo electrónico</translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation>La dirección de correo electrónico del usuario; basta con el ID o el correo electrónico</translation>
    </message>
    <message>
        <source>The user&apos;s mobile number with its country code, for text messages</source>
        <translation>El número de móvil del usuario con su prefijo de país, para los SMS</translation>
    </message>
</context>
<context>
    <name>InspectionApi</name>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>El cuerpo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Not found: %1 does not take %2.</source>
        <translation>No encontrado: %1 no admite %2.</translation>
    </message>
    <message>
        <source>Unauthorized: the sandbox&apos;s own pages need one of its tokens, sent as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>No autorizado: las páginas propias del sandbox necesitan uno de sus tokens, enviado como &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <source>Unauthorized: send the token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>No autorizado: envíe el token como &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <source>Unauthorized: the Bearer token is not one of the sandbox&apos;s tokens.</source>
        <translation>No autorizado: el token Bearer no es uno de los tokens del sandbox.</translation>
    </message>
    <message>
        <source>Not found: there is no sandbox page %1.</source>
        <translation>No encontrado: no existe la página de sandbox %1.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>No existe el usuario «%1».</translation>
    </message>
    <message>
        <source>limit must be a whole number of requests, 0 (all) or more (got &quot;%1&quot;).</source>
        <translation>limit debe ser un número entero de solicitudes, 0 (todas) o más (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The sandbox was reset: no users, events or logged requests.</source>
        <translation>El sandbox se restableció: sin usuarios, eventos ni solicitudes registradas.</translation>
    </message>
    <message>
        <source>Give advance_seconds or offset_seconds as a number.</source>
        <translation>Indique advance_seconds u offset_seconds como número.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds that keeps the sandbox&apos;s clock within %2 seconds (about 100 years) of the real time; the offset is now %3.</source>
        <translation>%1 debe ser un número entero de segundos que mantenga el reloj del sandbox a menos de %2 segundos (unos 100 años) de la hora real; el desfase es ahora %3.</translation>
    </message>
</context>
<context>
    <name>InterruptedBulkJobBanner</name>
    <message>
        <source>Interrupted bulk run</source>
        <translation>Ejecución masiva interrumpida</translation>
    </message>
    <message>
        <source>Open the interrupted bulk run to resume it</source>
        <translation>Abrir la ejecución masiva interrumpida para reanudarla</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Reanudar…</translation>
    </message>
    <message>
        <source>Hide the interrupted bulk run notice</source>
        <translation>Ocultar el aviso de la ejecución masiva interrumpida</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Open the bulk run window with job %1 chosen; nothing is sent until you press Resume there.</source>
        <translation>Abrir la ventana de ejecución masiva con el trabajo %1 elegido; no se envía nada hasta que pulse Reanudar allí.</translation>
    </message>
    <message>
        <source>Hides this notice; the job can still be resumed in the bulk run window</source>
        <translation>Oculta este aviso; el trabajo aún puede reanudarse en la ventana de ejecución masiva</translation>
    </message>
    <message numerus="yes">
        <source>A bulk run on %1 stopped before its last row: %Ln row(s) of %2 in %3 (%4) not sent yet. Job %5.</source>
        <translation>
            <numerusform>Una ejecución masiva en %1 se detuvo antes de su última fila: %Ln de %2 filas de %3 (%4) aún no se ha enviado. Trabajo %5.</numerusform>
            <numerusform>Una ejecución masiva en %1 se detuvo antes de su última fila: %Ln de %2 filas de %3 (%4) aún no se han enviado. Trabajo %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the bulk run window with the job chosen; nothing is sent until you press Resume there</source>
        <translation>Abre la ventana de ejecución masiva con el trabajo elegido; no se envía nada hasta que pulse Reanudar allí</translation>
    </message>
</context>
<context>
    <name>InverseOperation</name>
    <message>
        <source>The Track API cannot read a user&apos;s earlier properties, so this cannot be undone.</source>
        <translation>La Track API no puede leer las propiedades anteriores de un usuario, así que esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>A deletion cannot be undone. &quot;Restore deleted user&quot; rebuilds the user&apos;s last known properties and tags from the history for review.</source>
        <translation>Una eliminación no se puede deshacer. «Restaurar usuario eliminado» reconstruye a partir del historial, para revisarlas, las últimas propiedades y etiquetas conocidas del usuario.</translation>
    </message>
    <message>
        <source>The Track API has no way to remove an event once it is tracked.</source>
        <translation>La Track API no permite quitar un evento una vez registrado.</translation>
    </message>
    <message>
        <source>A connection test changes nothing, so there is nothing to undo.</source>
        <translation>Una prueba de conexión no cambia nada, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>The service refused this request, so it changed nothing to undo.</source>
        <translation>El servicio rechazó esta solicitud, así que no cambió nada que deshacer.</translation>
    </message>
    <message>
        <source>This request was never sent, so it changed nothing to undo.</source>
        <translation>Esta solicitud nunca se envió, así que no cambió nada que deshacer.</translation>
    </message>
    <message>
        <source>This request changed nothing that could be undone.</source>
        <translation>Esta solicitud no cambió nada que se pueda deshacer.</translation>
    </message>
    <message>
        <source>Removes the tags this request added and adds back the ones it removed. A tag the user already had before this request is removed too.</source>
        <translation>Quita las etiquetas que añadió esta solicitud y vuelve a añadir las que quitó. También se quita una etiqueta que el usuario ya tuviera antes de esta solicitud.</translation>
    </message>
    <message>
        <source>Resubscribes the user this request unsubscribed.</source>
        <translation>Vuelve a suscribir al usuario que esta solicitud dio de baja.</translation>
    </message>
    <message>
        <source>Unsubscribes the user this request resubscribed.</source>
        <translation>Da de baja al usuario que esta solicitud volvió a suscribir.</translation>
    </message>
    <message>
        <source>Moves the user from &quot;%1&quot; back to &quot;%2&quot;. If &quot;%1&quot; already existed before the alias, Vero merged the two users and the merge cannot be split.</source>
        <translation>Devuelve el usuario de «%1» a «%2». Si «%1» ya existía antes del alias, Vero fusionó los dos usuarios y la fusión no se puede separar.</translation>
    </message>
    <message>
        <source>No accepted reply was recorded for this request: it may not have been applied.</source>
        <translation>No se registró ninguna respuesta de aceptación para esta solicitud: puede que no se aplicara.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut of the window. Those of a panel (&quot;in Request history&quot;) work while that panel has the keyboard focus.</source>
        <translation>Todos los atajos de la ventana. Los de un panel («en Historial de solicitudes») funcionan mientras ese panel tiene el foco del teclado.</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>Cerrar la lista de atajos</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>en cualquier lugar</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>where the focus is</source>
        <translation>donde esté el foco</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Each action of the main window with its keyboard shortcut</source>
        <translation>Cada acción de la ventana principal con su atajo de teclado</translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation>Vuelve a la ventana principal</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Vero Admin will use %1 the next time it starts.</source>
        <translation>Vero Admin usará %1 la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>LastResultLabel</name>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Enviando %1 a %2…</translation>
    </message>
    <message>
        <source>cancelled while waiting; it may have reached the service and been applied</source>
        <translation>cancelada durante la espera; puede haber llegado al servicio y haberse aplicado</translation>
    </message>
    <message>
        <source>outcome unknown, it may have been applied (check before sending again): %1</source>
        <translation>resultado desconocido, puede haberse aplicado (compruébelo antes de volver a enviar): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earlier request, to %1: %2</source>
        <translation>Solicitud anterior, a %1: %2</translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation>Último resultado: %1</translation>
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
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>The operation to send; Ctrl+1 to Ctrl+8 switch between them.</source>
        <translation>La operación que enviar; Ctrl+1 a Ctrl+8 cambian entre ellas.</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>&amp;Operación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Workspace toolbar</source>
        <translation>Barra de herramientas del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Manage workspaces…</source>
        <translation>&amp;Gestionar espacios de trabajo…</translation>
    </message>
    <message>
        <source>Add, edit or remove workspaces and set their credentials</source>
        <translation>Añadir, editar o quitar espacios de trabajo y definir sus credenciales</translation>
    </message>
    <message>
        <source>&amp;Restart sandbox</source>
        <translation>&amp;Reiniciar sandbox</translation>
    </message>
    <message>
        <source>Stop and start the local sandbox server (its users and events are kept)</source>
        <translation>Detener e iniciar el servidor sandbox local (se conservan sus usuarios y eventos)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the current form (Ctrl+Return)</source>
        <translation>Enviar el formulario actual (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;New (empty the form)</source>
        <translation>&amp;Nuevo (vaciar el formulario)</translation>
    </message>
    <message>
        <source>Empty every field of the current form (Ctrl+N)</source>
        <translation>Vaciar todos los campos del formulario actual (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Go to &amp;user id</source>
        <translation>Ir al id de &amp;usuario</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;About Vero Admin</source>
        <translation>&amp;Acerca de Vero Admin</translation>
    </message>
    <message>
        <source>Unsubscribe / Resubscribe</source>
        <translation>Dar de baja / Volver a suscribir</translation>
    </message>
    <message>
        <source>Review the request, then press Send (Ctrl+Return) to send it again.</source>
        <translation>Revise la solicitud y pulse Enviar (Ctrl+Intro) para volver a enviarla.</translation>
    </message>
    <message>
        <source>History of this &amp;user</source>
        <translation>Historial de este &amp;usuario</translation>
    </message>
    <message>
        <source>Show everything sent about the user in the current form, oldest first.</source>
        <translation>Mostrar todo lo enviado sobre el usuario del formulario actual, lo más antiguo primero.</translation>
    </message>
    <message>
        <source>&amp;Bulk run from CSV…</source>
        <translation>Ejecución &amp;masiva desde CSV…</translation>
    </message>
    <message>
        <source>Run one operation for every row of a CSV file on the current workspace.</source>
        <translation>Ejecutar una operación para cada fila de un archivo CSV en el espacio de trabajo actual.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Type a user id in the form first, then ask for its history.</source>
        <translation>Escriba primero un id de usuario en el formulario y luego pida su historial.</translation>
    </message>
    <message>
        <source>%1 opened in its form; nothing was sent.</source>
        <translation>%1 abierto en su formulario; no se envió nada.</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (producción)</translation>
    </message>
    <message>
        <source>Unsent input from last time is back in: %1. Nothing was sent.</source>
        <translation>Los datos no enviados de la última vez se han recuperado: %1. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>MovedHistoryBanner</name>
    <message>
        <source>Damaged history moved aside</source>
        <translation>Historial dañado apartado</translation>
    </message>
    <message>
        <source>Open the moved history read-only</source>
        <translation>Abrir el historial movido en solo lectura</translation>
    </message>
    <message>
        <source>Open moved history…</source>
        <translation>Abrir historial movido…</translation>
    </message>
    <message>
        <source>Dismiss the moved history notice</source>
        <translation>Descartar el aviso del historial movido</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The history file was damaged and was moved to %1. A new, empty history was started. Open the moved file to search and export what can still be read of it.</source>
        <translation>El archivo de historial estaba dañado y se movió a %1. Se empezó un historial nuevo y vacío. Abra el archivo movido para buscar y exportar lo que aún se pueda leer de él.</translation>
    </message>
    <message>
        <source>Open %1 read-only</source>
        <translation>Abrir %1 en solo lectura</translation>
    </message>
    <message>
        <source>Hides this notice; the moved file stays where it is</source>
        <translation>Oculta este aviso; el archivo movido se queda donde está</translation>
    </message>
    <message>
        <source>Opens the moved history file in a window of its own, to read or export it</source>
        <translation>Abre el archivo de historial movido en una ventana propia, para leerlo o exportarlo</translation>
    </message>
</context>
<context>
    <name>MovedHistoryWindow</name>
    <message>
        <source>Moved history, read-only</source>
        <translation>Historial movido, solo lectura</translation>
    </message>
    <message>
        <source>Requests in the moved history</source>
        <translation>Solicitudes del historial movido</translation>
    </message>
    <message>
        <source>Export the rows the filters match</source>
        <translation>Exportar las filas que coinciden con los filtros</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Close the moved history</source>
        <translation>Cerrar el historial movido</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Moved history (read-only): %1</source>
        <translation>Historial movido (solo lectura): %1</translation>
    </message>
    <message>
        <source>%1, opened read-only: search and export its requests here. Nothing is sent from this window, and the file is not changed.</source>
        <translation>%1, abierto en solo lectura: busque y exporte aquí sus solicitudes. Desde esta ventana no se envía nada y el archivo no se modifica.</translation>
    </message>
    <message>
        <source>Search the moved history</source>
        <translation>Buscar en el historial movido</translation>
    </message>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation>
            <numerusform>%n+ solicitud</numerusform>
            <numerusform>%n+ solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of this file cannot be read, so these filters may show fewer requests than it holds (%1).</source>
        <translation>Parte de este archivo no se puede leer, así que estos filtros pueden mostrar menos solicitudes de las que contiene (%1).</translation>
    </message>
    <message>
        <source>Export moved history</source>
        <translation>Exportar historial movido</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n solicitud a %1.</numerusform>
            <numerusform>Se exportaron %n solicitudes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests in the moved history file, read-only</source>
        <translation>Las solicitudes del archivo de historial movido, de solo lectura</translation>
    </message>
    <message>
        <source>Saves the rows the filters match to a file</source>
        <translation>Guarda en un archivo las filas que coinciden con los filtros</translation>
    </message>
    <message>
        <source>Closes this window; the moved file is not changed</source>
        <translation>Cierra esta ventana; el archivo movido no se modifica</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>Edit properties</source>
        <translation>Editar propiedades</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation>Volver a suscribir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Track event</source>
        <translation>Registrar evento</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
</context>
<context>
    <name>PerUserFields</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>el número de teléfono</translation>
    </message>
    <message>
        <source>the channels</source>
        <translation>los canales</translation>
    </message>
    <message>
        <source>the event data</source>
        <translation>los datos del evento</translation>
    </message>
    <message>
        <source>the properties</source>
        <translation>las propiedades</translation>
    </message>
    <message>
        <source>the property changes</source>
        <translation>los cambios de propiedades</translation>
    </message>
    <message>
        <source>the event extras</source>
        <translation>los extras del evento</translation>
    </message>
    <message>
        <source>the tags</source>
        <translation>las etiquetas</translation>
    </message>
    <message>
        <source>%1 below was filled for %2, not for %3.</source>
        <translation>%1 de abajo se rellenó para %2, no para %3.</translation>
    </message>
    <message>
        <source>%1 below was entered for %2, not for %3.</source>
        <translation>%1 de abajo se introdujo para %2, no para %3.</translation>
    </message>
    <message>
        <source>%1 below were filled for %2, not for %3.</source>
        <translation>%1 de abajo se rellenaron para %2, no para %3.</translation>
    </message>
    <message>
        <source>%1 below were entered for %2, not for %3.</source>
        <translation>%1 de abajo se introdujeron para %2, no para %3.</translation>
    </message>
    <message>
        <source>Send %1 filled for %2 to %3?</source>
        <translation>¿Enviar a %3 %1 rellenados para %2?</translation>
    </message>
    <message>
        <source>Send %1 entered for %2 to %3?</source>
        <translation>¿Enviar a %3 %1 introducidos para %2?</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 cannot be examined: %2</source>
        <translation>No se puede examinar %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be made private to its owner: %2</source>
        <translation>No se puede restringir %1 a su propietario: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>No se puede crear el archivo %1: %2</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>The raw JSON is not a valid JSON object, so the table cannot show it. Fix it on the Raw JSON tab (your text there is kept).</source>
        <translation>El JSON sin formato no es un objeto JSON válido, así que la tabla no puede mostrarlo. Corríjalo en la pestaña JSON sin formato (su texto allí se conserva).</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add property</source>
        <translation>&amp;Añadir propiedad</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Quitar propiedad</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>The table has a row with a problem (see below). Fix it there first; until then this text is read-only.</source>
        <translation>La tabla tiene una fila con un problema (véase abajo). Corríjalo allí primero; hasta entonces este texto es de solo lectura.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin formato</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>cualquier texto</translation>
    </message>
    <message>
        <source>e.g. 42 or 19.99</source>
        <translation>p. ej. 42 o 19.99</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>e.g. 2024-05-31 or 2024-05-31T14:30:00Z</source>
        <translation>p. ej. 2024-05-31 o 2024-05-31T14:30:00Z</translation>
    </message>
    <message>
        <source>e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;size&quot;: &quot;M&quot;}</source>
        <translation>p. ej. [&quot;a&quot;, &quot;b&quot;] o {&quot;size&quot;: &quot;M&quot;}</translation>
    </message>
    <message>
        <source>needs a number</source>
        <translation>necesita un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a dot for decimals, like 19.99)</source>
        <translation>«%1» no es un número (use un punto para los decimales, como 19.99)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>needs a date, like 2024-05-31</source>
        <translation>necesita una fecha, como 2024-05-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date (like 2024-05-31 or 2024-05-31T14:30:00Z)</source>
        <translation>«%1» no es una fecha ISO-8601 (como 2024-05-31 o 2024-05-31T14:30:00Z)</translation>
    </message>
    <message>
        <source>needs a JSON value, like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>necesita un valor JSON, como [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>is not valid JSON (%1); text needs quotes, like &quot;pro&quot;</source>
        <translation>no es JSON válido (%1); el texto necesita comillas, como &quot;pro&quot;</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabla de %1</translation>
    </message>
    <message>
        <source>%1 as raw JSON</source>
        <translation>%1 como JSON sin formato</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Añadir una fila a %1</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Quitar la fila seleccionada de %1</translation>
    </message>
    <message>
        <source>Row %1: give the property a name.</source>
        <translation>Fila %1: dé un nombre a la propiedad.</translation>
    </message>
    <message>
        <source>Row %1 (%2, %3): %4.</source>
        <translation>Fila %1 (%2, %3): %4.</translation>
    </message>
    <message>
        <source>Row %1: the property &quot;%2&quot; appears twice; only one can be sent.</source>
        <translation>Fila %1: la propiedad «%2» aparece dos veces; solo se puede enviar una.</translation>
    </message>
    <message>
        <source>One property a row: its name, its type and its value</source>
        <translation>Una propiedad por fila: su nombre, su tipo y su valor</translation>
    </message>
    <message>
        <source>Adds an empty row to the table and starts editing its name</source>
        <translation>Añade una fila vacía a la tabla y empieza a editar su nombre</translation>
    </message>
    <message>
        <source>Removes the selected rows from the table</source>
        <translation>Quita las filas seleccionadas de la tabla</translation>
    </message>
    <message>
        <source>The same properties as one JSON object; Tab leaves the text</source>
        <translation>Las mismas propiedades como un objeto JSON; Tab sale del texto</translation>
    </message>
</context>
<context>
    <name>PropertyTableDelegate</name>
    <message>
        <source>Property type</source>
        <translation>Tipo de propiedad</translation>
    </message>
    <message>
        <source>Property value</source>
        <translation>Valor de propiedad</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Nombre de propiedad</translation>
    </message>
    <message>
        <source>e.g. first_name</source>
        <translation>p. ej. first_name</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 no es JSON válido: %2 (en el carácter %3).</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>%1 debe ser un objeto JSON, como {&quot;plan&quot;: &quot;pro&quot;}.</translation>
    </message>
    <message>
        <source>%1 holds the number %2, which cannot be sent exactly: it would go out as %3. Put it in quotes to send it as text.</source>
        <translation>%1 contiene el número %2, que no se puede enviar con exactitud: saldría como %3. Póngalo entre comillas para enviarlo como texto.</translation>
    </message>
</context>
<context>
    <name>RequestDecoder</name>
    <message>
        <source>The request body is %1 bytes; the limit is 1 MiB (%2 bytes).</source>
        <translation>El cuerpo de la solicitud tiene %1 bytes; el límite es 1 MiB (%2 bytes).</translation>
    </message>
    <message>
        <source>Content-Type %1 is not supported: send JSON (application/json) or form fields (application/x-www-form-urlencoded).</source>
        <translation>Content-Type %1 no es compatible: envíe JSON (application/json) o campos de formulario (application/x-www-form-urlencoded).</translation>
    </message>
    <message>
        <source>The request body is not valid UTF-8 text.</source>
        <translation>El cuerpo de la solicitud no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object, like {&quot;id&quot;: &quot;123&quot;}.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON, como {&quot;id&quot;: &quot;123&quot;}.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at character %2.</source>
        <translation>El cuerpo de la solicitud no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The query string is not valid UTF-8 text.</source>
        <translation>La cadena de consulta no es texto UTF-8 válido.</translation>
    </message>
</context>
<context>
    <name>RequestGate</name>
    <message>
        <source>The request body is %1 bytes</source>
        <translation>El cuerpo de la solicitud tiene %1 bytes</translation>
    </message>
    <message>
        <source>The request body is too large</source>
        <translation>El cuerpo de la solicitud es demasiado grande</translation>
    </message>
    <message>
        <source>%1; the limit is 1 MiB (%2 bytes). It was not read.</source>
        <translation>%1; el límite es 1 MiB (%2 bytes). No se leyó.</translation>
    </message>
    <message>
        <source>Forbidden: requests from web pages (with an Origin header) are refused. The sandbox is for programs on this machine, such as vero-admin, veroctl and curl.</source>
        <translation>Prohibido: se rechazan las solicitudes de páginas web (con cabecera Origin). El sandbox es para programas de esta máquina, como vero-admin, veroctl y curl.</translation>
    </message>
    <message>
        <source>Bad request: more than one Host header.</source>
        <translation>Solicitud incorrecta: más de una cabecera Host.</translation>
    </message>
    <message>
        <source>Bad request: HTTP/1.1 requires a Host header.</source>
        <translation>Solicitud incorrecta: HTTP/1.1 requiere una cabecera Host.</translation>
    </message>
    <message>
        <source>Forbidden: the Host &quot;%1&quot; is not this sandbox&apos;s address. Use 127.0.0.1 or localhost (port %2); other names are refused so that no web page can reach the sandbox through its own domain.</source>
        <translation>Prohibido: el Host «%1» no es la dirección de este sandbox. Use 127.0.0.1 o localhost (puerto %2); otros nombres se rechazan para que ninguna página web pueda llegar al sandbox a través de su propio dominio.</translation>
    </message>
    <message>
        <source>Bad request: Content-Length and Transfer-Encoding together; send one of them.</source>
        <translation>Solicitud incorrecta: Content-Length y Transfer-Encoding a la vez; envíe solo uno.</translation>
    </message>
    <message>
        <source>Bad request: Transfer-Encoding &quot;%1&quot; is not supported; send Content-Length or chunked.</source>
        <translation>Solicitud incorrecta: Transfer-Encoding «%1» no es compatible; envíe Content-Length o chunked.</translation>
    </message>
    <message>
        <source>Bad request: Content-Length is not a number.</source>
        <translation>Solicitud incorrecta: Content-Length no es un número.</translation>
    </message>
    <message>
        <source>Bad request: conflicting Content-Length headers.</source>
        <translation>Solicitud incorrecta: cabeceras Content-Length contradictorias.</translation>
    </message>
</context>
<context>
    <name>RestoreUserDialog</name>
    <message>
        <source>Restore deleted user</source>
        <translation>Restaurar usuario eliminado</translation>
    </message>
    <message>
        <source>Identify that recreates the user (email, phone, channels and properties):</source>
        <translation>Identificación que vuelve a crear el usuario (correo, teléfono, canales y propiedades):</translation>
    </message>
    <message>
        <source>Identify that recreates the user</source>
        <translation>Identificación que vuelve a crear el usuario</translation>
    </message>
    <message>
        <source>Restore choices</source>
        <translation>Opciones de restauración</translation>
    </message>
    <message>
        <source>Restore user %1</source>
        <translation>Restaurar el usuario %1</translation>
    </message>
    <message>
        <source>The history shows that user &quot;%1&quot; was deleted on %2.</source>
        <translation>Según el historial, el usuario «%1» fue eliminado el %2.</translation>
    </message>
    <message>
        <source>The history does not show a deletion of user &quot;%1&quot;: sending this identify updates the user with what the history last knew.</source>
        <translation>El historial no muestra ninguna eliminación del usuario «%1»: enviar esta identificación actualiza el usuario con lo último que sabía el historial.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt from %n accepted request(s), the last on %1.</source>
        <translation>
            <numerusform>Reconstruido a partir de %n solicitud aceptada, del %1.</numerusform>
            <numerusform>Reconstruido a partir de %n solicitudes aceptadas, la última del %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier ids of this user (before an alias): %1.</source>
        <translation>Ids anteriores de este usuario (antes de un alias): %1.</translation>
    </message>
    <message>
        <source>Nothing is sent now: the identify and tags forms are filled for you to review and send.</source>
        <translation>Ahora no se envía nada: los formularios Identificar y Etiquetas se rellenan para que los revise y los envíe.</translation>
    </message>
    <message>
        <source>No tags are known for this user.</source>
        <translation>No se conocen etiquetas de este usuario.</translation>
    </message>
    <message>
        <source>Tags to add back: %1</source>
        <translation>Etiquetas que volver a añadir: %1</translation>
    </message>
    <message>
        <source>The user had unsubscribed. A new identify does not unsubscribe them: send an unsubscribe too if that must be kept.</source>
        <translation>El usuario se había dado de baja. Una nueva identificación no lo da de baja: envíe también una baja si hay que mantenerla.</translation>
    </message>
    <message numerus="yes">
        <source>Past events cannot be restored. The Track API has no way to replay them with their original times: %n event(s) sent to this user are lost, with any activity recorded by Vero itself.</source>
        <translation>
            <numerusform>Los eventos pasados no se pueden restaurar. La Track API no permite reproducirlos con sus horas originales: se pierde %n evento enviado a este usuario, junto con cualquier actividad registrada por el propio Vero.</numerusform>
            <numerusform>Los eventos pasados no se pueden restaurar. La Track API no permite reproducirlos con sus horas originales: se pierden %n eventos enviados a este usuario, junto con cualquier actividad registrada por el propio Vero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the forms for review</source>
        <translation>Rellenar los formularios para revisarlos</translation>
    </message>
    <message>
        <source>Fill the identify and tags forms for review</source>
        <translation>Rellenar los formularios Identificar y Etiquetas para revisarlos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The identify request that recreates the user, as it will be sent</source>
        <translation>La solicitud identify que vuelve a crear al usuario, tal como se enviará</translation>
    </message>
    <message>
        <source>Nothing is sent: you review the forms and send them yourself</source>
        <translation>No se envía nada: usted revisa los formularios y los envía</translation>
    </message>
    <message>
        <source>Closes this window; the forms are not changed</source>
        <translation>Cierra esta ventana; los formularios no se modifican</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result of the last send</source>
        <translation>Resultado del último envío</translation>
    </message>
    <message>
        <source>Nothing sent yet from this form.</source>
        <translation>Aún no se ha enviado nada desde este formulario.</translation>
    </message>
    <message>
        <source>Earlier request: %1</source>
        <translation>Solicitud anterior: %1</translation>
    </message>
    <message>
        <source>Earlier request, to %1: %2</source>
        <translation>Solicitud anterior, a %1: %2</translation>
    </message>
    <message>
        <source>No answer came, yet the request may have reached Vero and been applied: check the user before sending it again (an alias or an event sent twice cannot be taken back).</source>
        <translation>No llegó respuesta, pero puede que la solicitud llegara a Vero y se aplicara: compruebe el usuario antes de volver a enviarla (un alias o un evento enviado dos veces no se puede retirar).</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the answer</source>
        <translation>Cancelado mientras se esperaba la respuesta</translation>
    </message>
    <message>
        <source>Outcome unknown: no answer</source>
        <translation>Resultado desconocido: sin respuesta</translation>
    </message>
    <message>
        <source>Accepted (HTTP %1)</source>
        <translation>Aceptada (HTTP %1)</translation>
    </message>
    <message>
        <source>Vero queues accepted requests and applies them shortly after; 200 means the request was valid, not that it has been applied yet.</source>
        <translation>Vero pone en cola las solicitudes aceptadas y las aplica poco después; 200 significa que la solicitud era válida, no que ya se haya aplicado.</translation>
    </message>
    <message>
        <source>Rejected (HTTP %1)</source>
        <translation>Rechazada (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Fallida (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed: no answer</source>
        <translation>Fallida: sin respuesta</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation>Mensaje del servicio: %1</translation>
    </message>
    <message>
        <source>The service answered without a message: %1</source>
        <translation>El servicio respondió sin mensaje: %1</translation>
    </message>
    <message>
        <source>The service answered with an empty body.</source>
        <translation>El servicio respondió con un cuerpo vacío.</translation>
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
            <numerusform>Conservar %n día de solicitudes de cada espacio de trabajo</numerusform>
            <numerusform>Conservar %n días de solicitudes de cada espacio de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the newest %n request(s) of each workspace</source>
        <translation>
            <numerusform>Conservar la %n solicitud más reciente de cada espacio de trabajo</numerusform>
            <numerusform>Conservar las %n solicitudes más recientes de cada espacio de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Conservar todo</translation>
    </message>
</context>
<context>
    <name>RowWorkspaceQuestion</name>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Which workspace?</source>
        <translation>¿Qué espacio de trabajo?</translation>
    </message>
    <message>
        <source>a workspace the history did not record</source>
        <translation>un espacio de trabajo que el historial no registró</translation>
    </message>
    <message>
        <source>This request was sent to %1, which is not one of your workspaces any more. The current workspace is %2.

Prepare it for %3? Nothing is sent until you press Send.</source>
        <translation>Esta solicitud se envió a %1, que ya no es uno de sus espacios de trabajo. El espacio de trabajo actual es %2.

¿Prepararla para %3? No se envía nada hasta que pulse Enviar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This request was sent to %1. The current workspace is %2.

Prepare it for %3, or for %4? Nothing is sent until you press Send.</source>
        <translation>Esta solicitud se envió a %1. El espacio de trabajo actual es %2.

¿Prepararla para %3 o para %4? No se envía nada hasta que pulse Enviar.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
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
        <translation>Panel de &amp;sandbox</translation>
    </message>
    <message>
        <source>The local sandbox is not running. It starts when you choose the Sandbox workspace.</source>
        <translation>El sandbox local no está en ejecución. Se inicia al elegir el espacio de trabajo Sandbox.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando el sandbox local…</translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation>Sandbox iniciándose…</translation>
    </message>
    <message>
        <source>Sandbox on %1</source>
        <translation>Sandbox en %1</translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation>Sandbox detenido</translation>
    </message>
    <message>
        <source>veroctl --workspace Sandbox cannot find this sandbox: %1</source>
        <translation>veroctl --workspace Sandbox no puede encontrar este sandbox: %1</translation>
    </message>
</context>
<context>
    <name>SandboxEndpointFile</name>
    <message>
        <source>This system has no runtime folder for the sandbox&apos;s address.</source>
        <translation>Este sistema no tiene carpeta de ejecución (runtime) para la dirección del sandbox.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The Vero Admin app is not running its sandbox: open Vero Admin and choose the Sandbox workspace, then try again.</source>
        <translation>La aplicación Vero Admin no está ejecutando su sandbox: abra Vero Admin, elija el espacio de trabajo Sandbox e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 can be read or written by other users of this computer, so veroctl does not trust the address in it. Restart the sandbox in Vero Admin (Workspace &gt; Restart sandbox).</source>
        <translation>Otros usuarios de este equipo pueden leer o escribir %1, así que veroctl no confía en la dirección que contiene. Reinicie el sandbox en Vero Admin (Espacio de trabajo &gt; Reiniciar sandbox).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>SandboxEvent</name>
    <message>
        <source>event %1 is incomplete (needs id, user_id, event_name, received_at)</source>
        <translation>el evento %1 está incompleto (necesita id, user_id, event_name, received_at)</translation>
    </message>
</context>
<context>
    <name>SandboxInspector</name>
    <message>
        <source>The sandbox did not answer within %1 ms.</source>
        <translation>El sandbox no respondió en %1 ms.</translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation>El sandbox no respondió: %1</translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1%2</source>
        <translation>El sandbox respondió HTTP %1%2</translation>
    </message>
    <message>
        <source>The sandbox sent something that is not JSON.</source>
        <translation>El sandbox envió algo que no es JSON.</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>A local server that behaves like Vero&apos;s Track API v2 (under /api/v2), keeps the users and events it is sent, and shows them under /sandbox/ (users, users/ID, events?user=ID, requests, reset, clock, faults), which need one of its tokens as &quot;Authorization: Bearer TOKEN&quot;. It listens on 127.0.0.1 only unless --host says otherwise, refuses requests from web pages (an Origin header, a Host that is not its own address), and prints &quot;listening on URL&quot; on standard output once ready.</source>
        <translation>Un servidor local que se comporta como la Track API v2 de Vero (bajo /api/v2), conserva los usuarios y eventos que recibe y los muestra bajo /sandbox/ (users, users/ID, events?user=ID, requests, reset, clock, faults), páginas que necesitan uno de sus tokens como &quot;Authorization: Bearer TOKEN&quot;. Solo escucha en 127.0.0.1 salvo que --host indique otra cosa, rechaza las solicitudes de páginas web (una cabecera Origin, un Host que no es su propia dirección) e imprime &quot;listening on URL&quot; en la salida estándar cuando está listo.</translation>
    </message>
    <message>
        <source>Listen on ADDRESS (default 127.0.0.1).</source>
        <translation>Escuchar en ADDRESS (por omisión 127.0.0.1).</translation>
    </message>
    <message>
        <source>Listen on PORT (default %1; 0 picks a free port).</source>
        <translation>Escuchar en PORT (por omisión %1; 0 elige un puerto libre).</translation>
    </message>
    <message>
        <source>A valid credential (auth_token or tracking_api_key, and the Bearer token of the /sandbox/ pages); repeat for several. Visible to every user of this machine (ps): programs should rather set the environment variable %1 or use --token-file.</source>
        <translation>Una credencial válida (auth_token o tracking_api_key, y el token Bearer de las páginas /sandbox/); repítala para dar varias. Visible para todos los usuarios de esta máquina (ps): es preferible que los programas definan la variable de entorno %1 o usen --token-file.</translation>
    </message>
    <message>
        <source>Read valid credentials from FILE, one per line.</source>
        <translation>Leer credenciales válidas de FILE, una por línea.</translation>
    </message>
    <message>
        <source>Load users and events from FILE at start and save them there on every change.</source>
        <translation>Cargar usuarios y eventos de FILE al inicio y guardarlos allí en cada cambio.</translation>
    </message>
    <message>
        <source>Drop repeated events within SECONDS (default %1; 0 keeps every event).</source>
        <translation>Descartar eventos repetidos en menos de SECONDS (por omisión %1; 0 conserva todos los eventos).</translation>
    </message>
    <message>
        <source>Run the sandbox&apos;s clock SECONDS ahead (negative: behind).</source>
        <translation>Adelantar el reloj del sandbox SECONDS (negativo: atrasarlo).</translation>
    </message>
    <message>
        <source>Delay every API answer by MS milliseconds.</source>
        <translation>Retrasar cada respuesta de la API MS milisegundos.</translation>
    </message>
    <message>
        <source>Answer a share P (0 to 1) of API requests with 500, 502 or 503.</source>
        <translation>Responder con 500, 502 o 503 a una proporción P (de 0 a 1) de las solicitudes a la API.</translation>
    </message>
    <message>
        <source>Answer 429 with Retry-After beyond N API requests per second.</source>
        <translation>Responder 429 con Retry-After por encima de N solicitudes a la API por segundo.</translation>
    </message>
    <message>
        <source>Close a share P (0 to 1) of API connections without answering.</source>
        <translation>Cerrar sin responder una proporción P (de 0 a 1) de las conexiones a la API.</translation>
    </message>
    <message>
        <source>Seed the fault dice with N, for repeatable runs.</source>
        <translation>Usar N como semilla de los fallos, para ejecuciones reproducibles.</translation>
    </message>
    <message>
        <source>Serve HTTPS with the PEM certificate (and chain) in FILE.</source>
        <translation>Servir HTTPS con el certificado PEM (y la cadena) de FILE.</translation>
    </message>
    <message>
        <source>The PEM private key for --tls-cert.</source>
        <translation>La clave privada PEM para --tls-cert.</translation>
    </message>
    <message>
        <source>Do not log each request on standard error.</source>
        <translation>No registrar cada solicitud en la salida de error estándar.</translation>
    </message>
    <message>
        <source>Close a connection that sends no complete request within SECONDS of opening or of its last answer, or whose body stalls that long (default %1).</source>
        <translation>Cerrar una conexión que no envía ninguna solicitud completa en SECONDS desde su apertura o su última respuesta, o cuyo cuerpo se detiene ese tiempo (por omisión %1).</translation>
    </message>
    <message>
        <source>Run &apos;vero-sandbox --help&apos; for the options.</source>
        <translation>Ejecute &apos;vero-sandbox --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--host must be an IP address, like 127.0.0.1 (got &quot;%1&quot;).</source>
        <translation>--host debe ser una dirección IP, como 127.0.0.1 (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (got &quot;%1&quot;).</source>
        <translation>--port debe ser un número de 0 a 65535 (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--token must not be empty.</source>
        <translation>--token no puede estar vacío.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>No se puede leer el archivo de token %1: %2</translation>
    </message>
    <message>
        <source>The token file %1 holds no token (one per line; # starts a comment).</source>
        <translation>El archivo de tokens %1 no contiene ningún token (uno por línea; # inicia un comentario).</translation>
    </message>
    <message>
        <source>No valid credential: give --token TOKEN or --token-file FILE, or set %1. Clients must send one of them as auth_token or tracking_api_key.</source>
        <translation>No hay credencial válida: indique --token TOKEN o --token-file FILE, o defina %1. Los clientes deben enviar una de ellas como auth_token o tracking_api_key.</translation>
    </message>
    <message>
        <source>--dedup-window must be a whole number of seconds, 0 or more.</source>
        <translation>--dedup-window debe ser un número entero de segundos, 0 o más.</translation>
    </message>
    <message>
        <source>--clock-offset must be a whole number of seconds from -%1 to %1 (about 100 years).</source>
        <translation>--clock-offset debe ser un número entero de segundos de -%1 a %1 (unos 100 años).</translation>
    </message>
    <message>
        <source>--latency must be a whole number of milliseconds from 0 to %1.</source>
        <translation>--latency debe ser un número entero de milisegundos de 0 a %1.</translation>
    </message>
    <message>
        <source>--fail-rate must be a number from 0 to 1, like 0.2.</source>
        <translation>--fail-rate debe ser un número de 0 a 1, como 0.2.</translation>
    </message>
    <message>
        <source>--drop-rate must be a number from 0 to 1, like 0.2.</source>
        <translation>--drop-rate debe ser un número de 0 a 1, como 0.2.</translation>
    </message>
    <message>
        <source>--rate-limit must be a whole number of requests per second from 1 to %1.</source>
        <translation>--rate-limit debe ser un número entero de solicitudes por segundo de 1 a %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed debe ser un número entero.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both to serve HTTPS.</source>
        <translation>--tls-cert y --tls-key van juntos: indique ambos para servir HTTPS.</translation>
    </message>
    <message>
        <source>--idle-timeout must be a whole number of seconds from 1 to %1.</source>
        <translation>--idle-timeout debe ser un número entero de segundos de 1 a %1.</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>&amp;Users in the sandbox</source>
        <translation>&amp;Usuarios del sandbox</translation>
    </message>
    <message>
        <source>Sandbox users</source>
        <translation>Usuarios del sandbox</translation>
    </message>
    <message>
        <source>Select a user to see only their events.</source>
        <translation>Seleccione un usuario para ver solo sus eventos.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>Sandbox events</source>
        <translation>Eventos del sandbox</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh sandbox users and events</source>
        <translation>Actualizar usuarios y eventos del sandbox</translation>
    </message>
    <message>
        <source>All &amp;events</source>
        <translation>Todos los &amp;eventos</translation>
    </message>
    <message>
        <source>Show the events of all users</source>
        <translation>Mostrar los eventos de todos los usuarios</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>El sandbox no está en ejecución.</translation>
    </message>
    <message>
        <source>Local sandbox at %1. Send something and watch it appear here.</source>
        <translation>Sandbox local en %1. Envíe algo y verá cómo aparece aquí.</translation>
    </message>
    <message>
        <source>&amp;Events of all users</source>
        <translation>&amp;Eventos de todos los usuarios</translation>
    </message>
    <message>
        <source>&amp;Events of %1</source>
        <translation>&amp;Eventos de %1</translation>
    </message>
    <message>
        <source>Local sandbox at %1. Users: %2. Events listed: %3.</source>
        <translation>Sandbox local en %1. Usuarios: %2. Eventos mostrados: %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Re&amp;start sandbox</source>
        <translation>&amp;Reiniciar sandbox</translation>
    </message>
    <message>
        <source>Restart the sandbox</source>
        <translation>Reiniciar el sandbox</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Sandbox token</source>
        <translation>Token del sandbox</translation>
    </message>
    <message>
        <source>The running sandbox&apos;s token. It guards test data on this computer only, not a Vero account.</source>
        <translation>El token del sandbox en ejecución. Protege datos de prueba solo en este equipo, no una cuenta de Vero.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the sandbox token</source>
        <translation>Copiar el token del sandbox</translation>
    </message>
    <message>
        <source>Copy the token, for $VERO_AUTH_TOKEN in a terminal</source>
        <translation>Copiar el token, para $VERO_AUTH_TOKEN en un terminal</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrar usuarios</translation>
    </message>
    <message>
        <source>Filter sandbox users</source>
        <translation>Filtrar usuarios del sandbox</translation>
    </message>
    <message>
        <source>Show only the users whose id, email, phone or tags contain this text</source>
        <translation>Mostrar solo los usuarios cuyo id, correo, teléfono o etiquetas contengan este texto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Make current user</source>
        <translation>Convertir en usuario actual</translation>
    </message>
    <message>
        <source>Fill every form with this user&apos;s id and email</source>
        <translation>Rellenar todos los formularios con el id y el correo de este usuario</translation>
    </message>
    <message>
        <source>The current workspace is not the sandbox: nothing here is about it.
%1</source>
        <translation>El espacio de trabajo actual no es el sandbox: nada de lo que hay aquí se refiere a él.
%1</translation>
    </message>
    <message>
        <source>The sandbox stopped: %1
Restart sandbox tries again.</source>
        <translation>El sandbox se detuvo: %1
Reiniciar sandbox lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Copiado</translation>
    </message>
    <message>
        <source>Starts the local sandbox again after it stopped</source>
        <translation>Vuelve a iniciar el sandbox local después de que se detuviera</translation>
    </message>
    <message>
        <source>The events the sandbox received, for the chosen user or for all users</source>
        <translation>Los eventos que recibió el sandbox, del usuario elegido o de todos los usuarios</translation>
    </message>
    <message>
        <source>Reads the sandbox&apos;s users and events again</source>
        <translation>Vuelve a leer los usuarios y los eventos del sandbox</translation>
    </message>
    <message>
        <source>Lists the events of every user, not only the chosen one</source>
        <translation>Muestra los eventos de todos los usuarios, no solo los del elegido</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox did not report that it was ready within %1 seconds.%2</source>
        <translation>El sandbox no indicó que estuviera listo en %1 segundos.%2</translation>
    </message>
    <message>
        <source>The sandbox is not running: start() it first.</source>
        <translation>El sandbox no está en ejecución: llame primero a start().</translation>
    </message>
    <message>
        <source>The sandbox did not report that it was ready within %1 ms.</source>
        <translation>El sandbox no indicó que estuviera listo en %1 ms.</translation>
    </message>
    <message>
        <source>The sandbox reported an address that cannot be used: %1</source>
        <translation>El sandbox indicó una dirección que no se puede usar: %1</translation>
    </message>
    <message>
        <source>The sandbox program %1 could not be started: %2. Check that vero-sandbox is installed next to this program or on the PATH.</source>
        <translation>No se pudo iniciar el programa de sandbox %1: %2. Compruebe que vero-sandbox está instalado junto a este programa o en el PATH.</translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit code %1).%2</source>
        <translation>El sandbox se detuvo antes de estar listo (código de salida %1).%2</translation>
    </message>
    <message>
        <source>The sandbox crashed.%1</source>
        <translation>El sandbox falló.%1</translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly (exit code %1).%2</source>
        <translation>El sandbox se detuvo inesperadamente (código de salida %1).%2</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Too many requests: the sandbox allows %1 per second (--rate-limit).</source>
        <translation>Demasiadas solicitudes: el sandbox permite %1 por segundo (--rate-limit).</translation>
    </message>
    <message>
        <source>Service unavailable (injected by --fail-rate).</source>
        <translation>Servicio no disponible (inyectado por --fail-rate).</translation>
    </message>
    <message>
        <source>Internal server error (injected by --fail-rate).</source>
        <translation>Error interno del servidor (inyectado por --fail-rate).</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 cannot be read or holds no PEM certificate.</source>
        <translation>El archivo de certificado TLS %1 no se puede leer o no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key file %1: %2</source>
        <translation>No se puede leer el archivo de clave TLS %1: %2</translation>
    </message>
    <message>
        <source>The TLS key file %1 holds no unencrypted PEM RSA or EC private key.</source>
        <translation>El archivo de clave TLS %1 no contiene ninguna clave privada PEM RSA o EC sin cifrar.</translation>
    </message>
    <message>
        <source>%1 It was moved to %2; the sandbox starts empty.</source>
        <translation>%1 Se movió a %2; el sandbox empieza vacío.</translation>
    </message>
    <message>
        <source>%1 It could not be moved aside (%2): the sandbox starts empty and will not save its state this time.</source>
        <translation>%1 No se pudo apartar (%2): el sandbox empieza vacío y esta vez no guardará su estado.</translation>
    </message>
    <message>
        <source>warning: listening on %1 port %2, every network interface of this machine: other machines can reach the sandbox and send it requests. Use --host 127.0.0.1 to keep it to this machine.</source>
        <translation>advertencia: escuchando en %1 puerto %2, todas las interfaces de red de esta máquina: otras máquinas pueden llegar al sandbox y enviarle solicitudes. Use --host 127.0.0.1 para limitarlo a esta máquina.</translation>
    </message>
    <message>
        <source>warning: listening on %1 port %2, not a loopback address: other machines on that network can reach the sandbox. Use --host 127.0.0.1 to keep it to this machine.</source>
        <translation>advertencia: escuchando en %1 puerto %2, que no es una dirección de bucle local: otras máquinas de esa red pueden llegar al sandbox. Use --host 127.0.0.1 para limitarlo a esta máquina.</translation>
    </message>
    <message>
        <source>Connection closed without an answer (--drop-rate); nothing changed.</source>
        <translation>Conexión cerrada sin respuesta (--drop-rate); no cambió nada.</translation>
    </message>
    <message>
        <source>Injected fault; nothing changed.</source>
        <translation>Fallo inyectado; no cambió nada.</translation>
    </message>
    <message>
        <source>Not found: the Track API is under /api/v2/ and the sandbox&apos;s own pages under /sandbox/.</source>
        <translation>No encontrado: la Track API está bajo /api/v2/ y las páginas propias del sandbox bajo /sandbox/.</translation>
    </message>
    <message>
        <source> The client left before the answer.</source>
        <translation> El cliente se fue antes de la respuesta.</translation>
    </message>
    <message>
        <source>Refused before its body was read; nothing changed.</source>
        <translation>Rechazada antes de leer su cuerpo; no cambió nada.</translation>
    </message>
    <message>
        <source>The chunked body passed the limit after %1 bytes: connection closed without an answer, the rest unread; nothing changed.</source>
        <translation>El cuerpo fragmentado superó el límite tras %1 bytes: conexión cerrada sin respuesta, el resto sin leer; no cambió nada.</translation>
    </message>
</context>
<context>
    <name>SandboxState</name>
    <message>
        <source>Connection test: nothing to change.</source>
        <translation>Prueba de conexión: nada que cambiar.</translation>
    </message>
    <message>
        <source>Created user &quot;%1&quot;.</source>
        <translation>Usuario «%1» creado.</translation>
    </message>
    <message>
        <source>Updated user &quot;%1&quot;.</source>
        <translation>Usuario «%1» actualizado.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: nothing changed.</source>
        <translation>No existe el usuario «%1»: no cambió nada.</translation>
    </message>
    <message>
        <source>Changed the properties of user &quot;%1&quot;.</source>
        <translation>Propiedades del usuario «%1» cambiadas.</translation>
    </message>
    <message>
        <source>Moved user &quot;%1&quot; to the id &quot;%2&quot;.</source>
        <translation>Usuario «%1» movido al id «%2».</translation>
    </message>
    <message>
        <source>Merged user &quot;%1&quot; into the existing user &quot;%2&quot;.</source>
        <translation>Usuario «%1» fusionado con el usuario existente «%2».</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was already subscribed.</source>
        <translation>El usuario «%1» ya estaba suscrito.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was already unsubscribed.</source>
        <translation>El usuario «%1» ya estaba dado de baja.</translation>
    </message>
    <message>
        <source>Resubscribed user &quot;%1&quot;.</source>
        <translation>Usuario «%1» suscrito de nuevo.</translation>
    </message>
    <message>
        <source>Unsubscribed user &quot;%1&quot;.</source>
        <translation>Usuario «%1» dado de baja.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: nothing deleted.</source>
        <translation>No existe el usuario «%1»: no se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted user &quot;%1&quot; and %n event(s).</source>
        <translation>
            <numerusform>Usuario «%1» y %n evento eliminados.</numerusform>
            <numerusform>Usuario «%1» y %n eventos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags of user &quot;%1&quot; unchanged.</source>
        <translation>Etiquetas del usuario «%1» sin cambios.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>añadida %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>quitada %1</translation>
    </message>
    <message>
        <source>Tags of user &quot;%1&quot;: %2.</source>
        <translation>Etiquetas del usuario «%1»: %2.</translation>
    </message>
    <message>
        <source>Duplicate of event %1 within the %2-second window: dropped.</source>
        <translation>Duplicado del evento %1 dentro de la ventana de %2 segundos: descartado.</translation>
    </message>
    <message>
        <source>Stored event %1 &quot;%2&quot; and created user &quot;%3&quot;.</source>
        <translation>Evento %1 «%2» guardado y usuario «%3» creado.</translation>
    </message>
    <message>
        <source>Stored event %1 &quot;%2&quot; for user &quot;%3&quot;.</source>
        <translation>Evento %1 «%2» guardado para el usuario «%3».</translation>
    </message>
    <message>
        <source>it is not a vero-sandbox state file</source>
        <translation>no es un archivo de estado de vero-sandbox</translation>
    </message>
    <message>
        <source>it has format version %1; this vero-sandbox reads version 1</source>
        <translation>tiene la versión de formato %1; este vero-sandbox lee la versión 1</translation>
    </message>
    <message>
        <source>unsubscribed by the tag</source>
        <translation>dado de baja por la etiqueta</translation>
    </message>
</context>
<context>
    <name>SandboxUser</name>
    <message>
        <source>a user has no id</source>
        <translation>un usuario no tiene id</translation>
    </message>
    <message>
        <source>user %1 has no valid created_at/updated_at time</source>
        <translation>el usuario %1 no tiene una hora created_at/updated_at válida</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>Cannot read the state file %1: %2.</source>
        <translation>No se puede leer el archivo de estado %1: %2.</translation>
    </message>
    <message>
        <source>The state file %1 is not valid JSON (%2 at byte %3).</source>
        <translation>El archivo de estado %1 no es JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>The state file %1 cannot be used: %2.</source>
        <translation>No se puede usar el archivo de estado %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the state file.</source>
        <translation>No se puede crear la carpeta %1 para el archivo de estado.</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>No se puede escribir el archivo de estado %1: %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionForm</name>
    <message>
        <source>Unsubscribe / Resubscribe</source>
        <translation>Dar de baja / Volver a suscribir</translation>
    </message>
    <message>
        <source>Globally unsubscribes a user from all messages (POST users/unsubscribe), or resubscribes them (POST users/resubscribe).</source>
        <translation>Da de baja globalmente a un usuario de todos los mensajes (POST users/unsubscribe) o lo vuelve a suscribir (POST users/resubscribe).</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Id de &amp;usuario:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>El id que dio al usuario en Vero, p. ej. 1234</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nuevo: vaciar el formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <source>U&amp;nsubscribe</source>
        <translation>Dar de &amp;baja</translation>
    </message>
    <message>
        <source>Unsubscribe the user</source>
        <translation>Dar de baja al usuario</translation>
    </message>
    <message>
        <source>&amp;Resubscribe</source>
        <translation>&amp;Volver a suscribir</translation>
    </message>
    <message>
        <source>Resubscribe the user</source>
        <translation>Volver a suscribir al usuario</translation>
    </message>
    <message>
        <source>Unsubscribe the user from all messages</source>
        <translation>Dar de baja al usuario de todos los mensajes</translation>
    </message>
    <message>
        <source>Resubscribe the user to messages</source>
        <translation>Volver a suscribir al usuario a los mensajes</translation>
    </message>
    <message>
        <source>Nothing was sent: choose Unsubscribe or Resubscribe.</source>
        <translation>No se envió nada: elija Dar de baja o Volver a suscribir.</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation>El ID que le dio al usuario en Vero</translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Escriba una etiqueta y pulse Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1: new tag</source>
        <translation>%1: nueva etiqueta</translation>
    </message>
    <message>
        <source>Add the typed tag to %1</source>
        <translation>Añadir la etiqueta escrita a %1</translation>
    </message>
    <message>
        <source>Remove the selected tags from %1</source>
        <translation>Quitar las etiquetas seleccionadas de %1</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to the list</source>
        <translation>Escriba una etiqueta y pulse Intro para añadirla a la lista</translation>
    </message>
    <message>
        <source>Adds the typed tag to the list</source>
        <translation>Añade la etiqueta escrita a la lista</translation>
    </message>
    <message>
        <source>The tags to send; Delete removes the selected ones</source>
        <translation>Las etiquetas que se envían; Supr quita las seleccionadas</translation>
    </message>
    <message>
        <source>Removes the selected tags from the list</source>
        <translation>Quita las etiquetas seleccionadas de la lista</translation>
    </message>
</context>
<context>
    <name>TagsForm</name>
    <message>
        <source>Edit tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Adds tags to and removes tags from a user (PUT users/tags/edit). Type a tag and press Enter to add it to a list.</source>
        <translation>Añade etiquetas a un usuario y le quita etiquetas (PUT users/tags/edit). Escriba una etiqueta y pulse Intro para añadirla a una lista.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Id de &amp;usuario:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>El id que dio al usuario en Vero, p. ej. 1234</translation>
    </message>
    <message>
        <source>Tags to &amp;add:</source>
        <translation>Etiquetas que &amp;añadir:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Etiquetas que añadir</translation>
    </message>
    <message>
        <source>Tags to re&amp;move:</source>
        <translation>Etiquetas que &amp;quitar:</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Etiquetas que quitar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nuevo: vaciar el formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send tag changes</source>
        <translation>Enviar cambios de etiquetas</translation>
    </message>
    <message>
        <source>Tag to add, then Enter (e.g. prospect)</source>
        <translation>Etiqueta que añadir y luego Intro (p. ej. prospecto)</translation>
    </message>
    <message>
        <source>Tag to remove, then Enter</source>
        <translation>Etiqueta que quitar y luego Intro</translation>
    </message>
    <message>
        <source>Press Enter to add &quot;%1&quot; to the list (or clear it): only listed tags are sent.</source>
        <translation>Pulse Intro para añadir «%1» a la lista (o bórrelo): solo se envían las etiquetas de la lista.</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero</source>
        <translation>El ID que le dio al usuario en Vero</translation>
    </message>
</context>
<context>
    <name>TrackApi</name>
    <message>
        <source>Not found: there is no endpoint %1.</source>
        <translation>No encontrado: no existe el endpoint %1.</translation>
    </message>
    <message>
        <source>Not found: %1 takes %2, not %3.</source>
        <translation>No encontrado: %1 admite %2, no %3.</translation>
    </message>
    <message>
        <source>Body not readable; nothing changed.</source>
        <translation>Cuerpo ilegible; no cambió nada.</translation>
    </message>
    <message>
        <source>Invalid parameters; nothing changed.</source>
        <translation>Parámetros no válidos; no cambió nada.</translation>
    </message>
    <message>
        <source>Unauthorized: no credential. Send auth_token or tracking_api_key in the body or the query.</source>
        <translation>No autorizado: sin credencial. Envíe auth_token o tracking_api_key en el cuerpo o en la consulta.</translation>
    </message>
    <message>
        <source>No credential; nothing changed.</source>
        <translation>Sin credencial; no cambió nada.</translation>
    </message>
    <message>
        <source>Unauthorized: the credential is not valid.</source>
        <translation>No autorizado: la credencial no es válida.</translation>
    </message>
    <message>
        <source>Invalid credential; nothing changed.</source>
        <translation>Credencial no válida; no cambió nada.</translation>
    </message>
</context>
<context>
    <name>TrackEventForm</name>
    <message>
        <source>Track an event</source>
        <translation>Registrar un evento</translation>
    </message>
    <message>
        <source>Records an event for a user (POST events/track); Vero creates the user if needed. Give the user id, the email, or both.</source>
        <translation>Registra un evento para un usuario (POST events/track); Vero crea el usuario si hace falta. Indique el id del usuario, el correo o ambos.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Id de &amp;usuario:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero, e.g. 1234</source>
        <translation>El id que dio al usuario en Vero, p. ej. 1234</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>p. ej. ada@example.com</translation>
    </message>
    <message>
        <source>E&amp;vent name:</source>
        <translation>Nombre del e&amp;vento:</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>e.g. Purchased item</source>
        <translation>p. ej. Artículo comprado</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Datos del evento</translation>
    </message>
    <message>
        <source>Add a unique timestamp</source>
        <translation>Añadir una marca de tiempo única</translation>
    </message>
    <message>
        <source>Add a unique &amp;timestamp to the data</source>
        <translation>Añadir una &amp;marca de tiempo única a los datos</translation>
    </message>
    <message>
        <source>Vero drops an event that repeats the name, data and user of one sent in the last few minutes. This adds &quot;unique_timestamp&quot; (the time of sending) to the data, so a repeated test event is recorded every time.</source>
        <translation>Vero descarta un evento que repite el nombre, los datos y el usuario de otro enviado en los últimos minutos. Esto añade &quot;unique_timestamp&quot; (la hora de envío) a los datos, para que un evento de prueba repetido se registre siempre.</translation>
    </message>
    <message>
        <source>E&amp;xtras:</source>
        <translation>E&amp;xtras:</translation>
    </message>
    <message>
        <source>Event extras</source>
        <translation>Extras del evento</translation>
    </message>
    <message>
        <source>Reserved Vero operators, e.g. check_id, source, created_at.</source>
        <translation>Operadores reservados de Vero, p. ej. check_id, source, created_at.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New: empty the form</source>
        <translation>Nuevo: vaciar el formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request on its way</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send event</source>
        <translation>Enviar evento</translation>
    </message>
    <message>
        <source>Vero treats capitals, spaces and underscores alike: &quot;Purchased Item&quot; and &quot;purchased_item&quot; are the same event.</source>
        <translation>Vero trata igual mayúsculas, espacios y guiones bajos: &quot;Purchased Item&quot; y &quot;purchased_item&quot; son el mismo evento.</translation>
    </message>
    <message>
        <source>Vero matches this event as: %1</source>
        <translation>Vero identifica este evento como: %1</translation>
    </message>
    <message>
        <source>Vero matches this event as: %1 (capitals, spaces and underscores are treated alike)</source>
        <translation>Vero identifica este evento como: %1 (mayúsculas, espacios y guiones bajos se tratan igual)</translation>
    </message>
    <message>
        <source>The id you gave the user in Vero; the id or the email is enough</source>
        <translation>El ID que le dio al usuario en Vero; basta con el ID o el correo electrónico</translation>
    </message>
    <message>
        <source>The user&apos;s email address; the id or the email is enough</source>
        <translation>La dirección de correo electrónico del usuario; basta con el ID o el correo electrónico</translation>
    </message>
    <message>
        <source>The name campaigns know the event by, e.g. Purchased item</source>
        <translation>El nombre con el que las campañas conocen el evento, p. ej. Purchased item</translation>
    </message>
    <message>
        <source>Adds the time of sending to the data, so Vero does not drop a repeat of the same event as a duplicate</source>
        <translation>Añade la hora de envío a los datos, para que Vero no descarte como duplicada una repetición del mismo evento</translation>
    </message>
</context>
<context>
    <name>UserFieldsNotice</name>
    <message>
        <source>C&amp;lear them</source>
        <translation>&amp;Borrarlos</translation>
    </message>
    <message>
        <source>Clear the fields filled for another user</source>
        <translation>Borrar los campos rellenados para otro usuario</translation>
    </message>
    <message>
        <source>Empties the fields that were filled while another user was chosen</source>
        <translation>Vacía los campos que se rellenaron mientras estaba elegido otro usuario</translation>
    </message>
</context>
<context>
    <name>ValidatedOperationForm</name>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Empty the form (Ctrl+N)</source>
        <translation>Vaciar el formulario (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc); the request may still reach Vero</source>
        <translation>Dejar de esperar la respuesta (Esc); la solicitud aún puede llegar a Vero</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Correct before sending: %1</source>
        <translation>Corrija antes de enviar: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send another user&apos;s data?</source>
        <translation>¿Enviar datos de otro usuario?</translation>
    </message>
    <message>
        <source>They would be written to the profile of %1. Vero cannot tell that they belong to %2.</source>
        <translation>Se escribirían en el perfil de %1. Vero no puede saber que pertenecen a %2.</translation>
    </message>
    <message>
        <source>Choose Cancel, then Clear them (next to Send) or change them, if they are not meant for %1.</source>
        <translation>Elija Cancelar y luego Borrarlos (junto a Enviar) o cámbielos, si no son para %1.</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <source>Send the fields to %1</source>
        <translation>Enviar los campos a %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the fields below were filled for %1.</source>
        <translation>No se envió nada: los campos de abajo se rellenaron para %1.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>Sending… the form can be edited meanwhile; Send is back when the answer comes. Esc cancels.</source>
        <translation>Enviando… mientras tanto se puede editar el formulario; Enviar vuelve cuando llega la respuesta. Esc cancela.</translation>
    </message>
</context>
<context>
    <name>VeroClient</name>
    <message>
        <source>Cancelled while waiting for the answer from %1.</source>
        <translation>Cancelado mientras se esperaba la respuesta de %1.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 No se envió nada.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>El archivo de certificado de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The service redirected the request (%1); it was not followed so the credential stays with %2. Check the workspace&apos;s base URL.</source>
        <translation>El servicio redirigió la solicitud (%1); no se siguió la redirección para que la credencial se quede en %2. Compruebe la URL base del espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>VeroRecommendations</name>
    <message>
        <source>Tag &quot;%1&quot; has characters other than letters, digits, - and _, which Vero advises against.</source>
        <translation>La etiqueta «%1» tiene caracteres distintos de letras, dígitos, - y _, algo que Vero desaconseja.</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is not in E.164 form (like +61412345678); Vero needs that for SMS.</source>
        <translation>El número de teléfono «%1» no está en formato E.164 (como +34612345678); Vero lo necesita para los SMS.</translation>
    </message>
    <message>
        <source>User %1 has no email: Vero cannot send them email.</source>
        <translation>El usuario %1 no tiene correo: Vero no puede enviarle correos.</translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot; unsubscribes the user: Vero treats it as an unsubscribe.</source>
        <translation>Añadir la etiqueta «%1» da de baja al usuario: Vero la trata como una baja.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace needs a name.</source>
        <translation>El espacio de trabajo necesita un nombre.</translation>
    </message>
    <message>
        <source>A workspace name cannot contain / or \.</source>
        <translation>El nombre de un espacio de trabajo no puede contener / ni \.</translation>
    </message>
    <message>
        <source>The base URL must be a full https:// address, like https://api.getvero.com/api/v2.</source>
        <translation>La URL base debe ser una dirección https:// completa, como https://api.getvero.com/api/v2.</translation>
    </message>
    <message>
        <source>The base URL cannot hold a user name or password (user:password@host). Remove that part; the credential goes in the workspace&apos;s credential field, which is kept in the keychain.</source>
        <translation>La URL base no puede contener un nombre de usuario ni una contraseña (user:password@host). Quite esa parte; la credencial va en el campo de credencial del espacio de trabajo, que se guarda en el llavero.</translation>
    </message>
    <message>
        <source>The base URL cannot hold a query (?...) or a fragment (#...). Remove that part; the credential goes in the workspace&apos;s credential field, which is kept in the keychain.</source>
        <translation>La URL base no puede contener una consulta (?...) ni un fragmento (#...). Quite esa parte; la credencial va en el campo de credencial del espacio de trabajo, que se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Plain http:// is refused: Vero only accepts HTTPS, and the credential would travel unencrypted. Use https://, or http:// only for a local sandbox (localhost or 127.0.0.1).</source>
        <translation>Se rechaza http:// sin cifrar: Vero solo acepta HTTPS y la credencial viajaría sin cifrar. Use https://, o http:// solo para un sandbox local (localhost o 127.0.0.1).</translation>
    </message>
    <message>
        <source>The credential name must be auth_token or tracking_api_key.</source>
        <translation>El nombre de la credencial debe ser auth_token o tracking_api_key.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>El tiempo de espera debe estar entre 1 y %1 segundos.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de certificado de CA %1.</translation>
    </message>
</context>
<context>
    <name>WorkspaceBanner</name>
    <message>
        <source>SANDBOX: requests go to a local test server on this computer; nothing reaches Vero.</source>
        <translation>SANDBOX: las solicitudes van a un servidor de pruebas local en este equipo; nada llega a Vero.</translation>
    </message>
    <message>
        <source>PRODUCTION: requests change real user records at %1.</source>
        <translation>PRODUCCIÓN: las solicitudes cambian registros reales de usuarios en %1.</translation>
    </message>
    <message>
        <source>%1: requests go to %2.</source>
        <translation>%1: las solicitudes van a %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>list, add NAME, remove NAME, or set-token NAME.</source>
        <translation>list, add NAME, remove NAME o set-token NAME.</translation>
    </message>
    <message>
        <source>workspace expects list, add NAME, remove NAME or set-token NAME.</source>
        <translation>workspace espera list, add NAME, remove NAME o set-token NAME.</translation>
    </message>
    <message>
        <source>workspace %1 needs a workspace NAME.</source>
        <translation>workspace %1 necesita un NAME de espacio de trabajo.</translation>
    </message>
    <message>
        <source>Saved workspace &quot;%1&quot; (%2).</source>
        <translation>Espacio de trabajo «%1» guardado (%2).</translation>
    </message>
    <message>
        <source>the workspace&apos;s credential could not be removed from the keychain: %1</source>
        <translation>no se pudo quitar del llavero la credencial del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Removed workspace &quot;%1&quot;.</source>
        <translation>Espacio de trabajo «%1» quitado.</translation>
    </message>
    <message>
        <source>Paste the credential for &quot;%1&quot; and press Enter: </source>
        <translation>Pegue la credencial de «%1» y pulse Intro: </translation>
    </message>
    <message>
        <source>No credential was given on standard input; nothing was stored.</source>
        <translation>No se dio ninguna credencial en la entrada estándar; no se guardó nada.</translation>
    </message>
    <message>
        <source>The credential on standard input cannot be used: %1 Nothing was stored.</source>
        <translation>La credencial de la entrada estándar no se puede usar: %1 No se guardó nada.</translation>
    </message>
    <message>
        <source>The credential could not be stored: %1</source>
        <translation>No se pudo guardar la credencial: %1</translation>
    </message>
    <message>
        <source>Stored the credential for &quot;%1&quot; in the system keychain.</source>
        <translation>Credencial de «%1» guardada en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>Saved &amp;workspaces:</source>
        <translation>&amp;Espacios de trabajo guardados:</translation>
    </message>
    <message>
        <source>Saved workspaces</source>
        <translation>Espacios de trabajo guardados</translation>
    </message>
    <message>
        <source>The Sandbox workspace is built in: Vero Admin starts it on this computer and it needs no setup.</source>
        <translation>El espacio de trabajo Sandbox está integrado: Vero Admin lo inicia en este equipo y no necesita configuración.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a workspace</source>
        <translation>Añadir un espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected workspace</source>
        <translation>Quitar el espacio de trabajo seleccionado</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nombre del espacio de trabajo</translation>
    </message>
    <message>
        <source>A short name, such as Production or Staging</source>
        <translation>Un nombre corto, como Producción o Preproducción</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>The address of the Track API, such as https://api.getvero.com/api/v2</source>
        <translation>La dirección de la Track API, como https://api.getvero.com/api/v2</translation>
    </message>
    <message>
        <source>Credential &amp;name:</source>
        <translation>&amp;Nombre de la credencial:</translation>
    </message>
    <message>
        <source>Credential name</source>
        <translation>Nombre de la credencial</translation>
    </message>
    <message>
        <source>auth_token for API v2 auth tokens, tracking_api_key for the newer tracking API keys</source>
        <translation>auth_token para los tokens de autenticación de la API v2, tracking_api_key para las claves de API de seguimiento más recientes</translation>
    </message>
    <message>
        <source>Credential &amp;goes in:</source>
        <translation>La credencial &amp;va en:</translation>
    </message>
    <message>
        <source>Where the credential goes</source>
        <translation>Dónde va la credencial</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de espera en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Archivo de certificado de CA adicional</translation>
    </message>
    <message>
        <source>A PEM file with a certificate authority to trust for this workspace, for self-hosted or sandbox TLS. Optional.</source>
        <translation>Un archivo PEM con una autoridad de certificación en la que confiar para este espacio de trabajo, para TLS autoalojado o de sandbox. Opcional.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the extra CA certificate file</source>
        <translation>Elegir el archivo de certificado de CA adicional</translation>
    </message>
    <message>
        <source>Cr&amp;edential:</source>
        <translation>Cr&amp;edencial:</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>The auth token or tracking API key. Stored in the system keychain, never shown again.</source>
        <translation>El token de autenticación o la clave de API de seguimiento. Se guarda en el llavero del sistema y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>&amp;Forget credential</source>
        <translation>&amp;Olvidar credencial</translation>
    </message>
    <message>
        <source>Forget the stored credential</source>
        <translation>Olvidar la credencial guardada</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>&amp;Conservar solo en esta sesión</translation>
    </message>
    <message>
        <source>Keep the credential in memory for this session only</source>
        <translation>Conservar la credencial en memoria solo durante esta sesión</translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation>&amp;Guardar espacio de trabajo</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>Guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Close the workspace dialog</source>
        <translation>Cerrar el diálogo de espacios de trabajo</translation>
    </message>
    <message>
        <source>the JSON body</source>
        <translation>el cuerpo JSON</translation>
    </message>
    <message>
        <source>the URL query</source>
        <translation>la consulta de la URL</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Discard the changes you made to &quot;%1&quot;?</source>
        <translation>¿Descartar los cambios que hizo en «%1»?</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Certificado de CA adicional</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificados PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>the new workspace</source>
        <translation>el nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>To rename a workspace, add a new one and remove this one.</source>
        <translation>Para cambiar el nombre de un espacio de trabajo, añada uno nuevo y quite este.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;</source>
        <translation>Espacio de trabajo «%1»</translation>
    </message>
    <message>
        <source>Type the credential; it goes to the system keychain when you save.</source>
        <translation>Escriba la credencial; va al llavero del sistema al guardar.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>No guardado: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Saving. Storing the credential in the system keychain…</source>
        <translation>Guardando. Almacenando la credencial en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. The credential is in the system keychain.</source>
        <translation>Guardado. La credencial está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The workspace is saved, but its credential is not.</source>
        <translation>El espacio de trabajo está guardado, pero su credencial no.</translation>
    </message>
    <message>
        <source>Save the workspace first.</source>
        <translation>Guarde primero el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Type the credential first.</source>
        <translation>Escriba primero la credencial.</translation>
    </message>
    <message>
        <source>The credential is kept in memory until Vero Admin quits.</source>
        <translation>La credencial se conserva en memoria hasta que se cierre Vero Admin.</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Quitar espacio de trabajo</translation>
    </message>
    <message>
        <source>Remove the workspace &quot;%1&quot;?</source>
        <translation>¿Quitar el espacio de trabajo «%1»?</translation>
    </message>
    <message>
        <source>Its settings and its credential in the system keychain are deleted. This cannot be undone.</source>
        <translation>Se eliminan su configuración y su credencial del llavero del sistema. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed: %2</source>
        <translation>«%1» no se quitó: %2</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>«%1» quitado.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its credential could not be deleted from the system keychain. %2</source>
        <translation>«%1» quitado, pero no se pudo eliminar su credencial del llavero del sistema. %2</translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is forgotten.</source>
        <translation>La credencial de «%1» se ha olvidado.</translation>
    </message>
    <message>
        <source>The credential could not be deleted from the system keychain. %1</source>
        <translation>No se pudo eliminar la credencial del llavero del sistema. %1</translation>
    </message>
    <message>
        <source>A credential is kept in memory for this session only; type a new one to replace it.</source>
        <translation>Se conserva una credencial en memoria solo durante esta sesión; escriba una nueva para sustituirla.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>A credential is stored in the system keychain; type a new one to replace it.</source>
        <translation>Hay una credencial guardada en el llavero del sistema; escriba una nueva para sustituirla.</translation>
    </message>
    <message>
        <source>No credential is stored yet: type one and save.</source>
        <translation>Aún no hay ninguna credencial guardada: escriba una y guarde.</translation>
    </message>
    <message>
        <source>No credential can be stored: the keychain is unavailable.</source>
        <translation>No se puede guardar ninguna credencial: el llavero no está disponible.</translation>
    </message>
    <message>
        <source>The system keychain cannot store the credential. %1
Vero Admin never writes credentials to disk in clear. You can keep the credential in memory for this session only: it is forgotten when Vero Admin quits and you type it again next time.</source>
        <translation>El llavero del sistema no puede guardar la credencial. %1
Vero Admin nunca escribe credenciales en el disco sin cifrar. Puede conservar la credencial en memoria solo durante esta sesión: se olvida al cerrar Vero Admin y tendrá que escribirla de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Workspaces (unsaved changes)</source>
        <translation>Espacios de trabajo (cambios sin guardar)</translation>
    </message>
    <message>
        <source>Close without saving the changes to &quot;%1&quot;?</source>
        <translation>¿Cerrar sin guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>The workspaces saved on this computer; choose one to edit it</source>
        <translation>Los espacios de trabajo guardados en este equipo; elija uno para editarlo</translation>
    </message>
    <message>
        <source>Starts a new workspace with empty fields</source>
        <translation>Empieza un espacio de trabajo nuevo con los campos vacíos</translation>
    </message>
    <message>
        <source>Removes the chosen workspace and its stored credential, after a question</source>
        <translation>Quita el espacio de trabajo elegido y su credencial guardada, tras preguntar</translation>
    </message>
    <message>
        <source>Where each request carries the credential: in the JSON body or in the URL query</source>
        <translation>Dónde lleva cada solicitud la credencial: en el cuerpo JSON o en la consulta de la URL</translation>
    </message>
    <message>
        <source>How long to wait for an answer before the request counts as failed</source>
        <translation>Cuánto esperar una respuesta antes de que la solicitud cuente como fallida</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose a PEM file of extra CA certificates</source>
        <translation>Abre un diálogo de archivos para elegir un archivo PEM de certificados de CA adicionales</translation>
    </message>
    <message>
        <source>Deletes the workspace&apos;s credential from the system keychain</source>
        <translation>Borra la credencial del espacio de trabajo del llavero del sistema</translation>
    </message>
    <message>
        <source>Uses the credential until the app closes, without storing it in the keychain</source>
        <translation>Usa la credencial hasta que se cierre la aplicación, sin guardarla en el llavero</translation>
    </message>
    <message>
        <source>Saves the workspace and stores its credential in the system keychain</source>
        <translation>Guarda el espacio de trabajo y su credencial en el llavero del sistema</translation>
    </message>
    <message>
        <source>Returns to the main window</source>
        <translation>Vuelve a la ventana principal</translation>
    </message>
</context>
<context>
    <name>WorkspaceLabel</name>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (este equipo)</translation>
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
        <translation>«%1» es el espacio de trabajo sandbox integrado; elija otro nombre.</translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un espacio de trabajo llamado «%1».</translation>
    </message>
    <message>
        <source>The settings file could not be written.</source>
        <translation>No se pudo escribir el archivo de configuración.</translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;.</source>
        <translation>No existe ningún espacio de trabajo llamado «%1».</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitcher</name>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espacio de trabajo:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Where requests are sent</source>
        <translation>Adónde se envían las solicitudes</translation>
    </message>
    <message>
        <source>Local sandbox started by Vero Admin</source>
        <translation>Sandbox local iniciado por Vero Admin</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Updating the request history</source>
        <translation>Actualizando el historial de solicitudes</translation>
    </message>
    <message>
        <source>Updating the request history for this version of Vero Admin. With a large history this can take a few minutes; the window opens when it is done.</source>
        <translation>Actualizando el historial de solicitudes para esta versión de Vero Admin. Con un historial grande puede tardar unos minutos; la ventana se abre cuando termina.</translation>
    </message>
</context>
<context>
    <name>veroctl</name>
    <message>
        <source>  ETA %1</source>
        <translation>  tiempo restante %1</translation>
    </message>
    <message>
        <source>  %1 not done</source>
        <translation>  %1 no completadas</translation>
    </message>
    <message>
        <source>%1 of %2 rows finished (%3 done, %4 rejected, %5 failed), %6/s</source>
        <translation>%1 de %2 filas terminadas (%3 completadas, %4 rechazadas, %5 fallidas), %6/s</translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation>No es texto UTF-8.</translation>
    </message>
    <message>
        <source>The credential in %1 cannot be used: %2 Nothing was sent.</source>
        <translation>La credencial de %1 no se puede usar: %2 No se envió nada.</translation>
    </message>
    <message>
        <source>Use the saved workspace NAME (base URL, and the credential stored for it in the keychain, which comes before $VERO_AUTH_TOKEN).</source>
        <translation>Usar el espacio de trabajo guardado NAME (URL base y la credencial guardada para él en el llavero, que tiene prioridad sobre $VERO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>Send to URL (default %1).</source>
        <translation>Enviar a URL (por omisión %1).</translation>
    </message>
    <message>
        <source>Name of the credential field: auth_token or tracking_api_key.</source>
        <translation>Nombre del campo de la credencial: auth_token o tracking_api_key.</translation>
    </message>
    <message>
        <source>Where the credential goes: body or query.</source>
        <translation>Dónde va la credencial: body o query.</translation>
    </message>
    <message>
        <source>Give up after SECONDS, the deadline for the whole request and its answer (default %1).</source>
        <translation>Desistir tras SECONDS, el plazo para toda la solicitud y su respuesta (por omisión %1).</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in PEM file.</source>
        <translation>Confiar también en el/los certificado(s) de CA del archivo PEM.</translation>
    </message>
    <message>
        <source>Read the credential from FILE, before the keychain and $VERO_AUTH_TOKEN.</source>
        <translation>Leer la credencial de FILE, antes que del llavero y de $VERO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>Print the request (curl command, or JSON with --json) and send nothing.</source>
        <translation>Mostrar la solicitud (comando curl, o JSON con --json) sin enviar nada.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
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
        <translation>Enviar solicitudes a la Vero Track API v2 desde la línea de comandos.

Comandos:
  identify     crear o actualizar un usuario (users/track)
  edit         editar propiedades de un usuario (users/edit, heredado)
  alias        cambiar el id de un usuario (users/reidentify)
  unsubscribe  dar de baja a un usuario
  resubscribe  volver a suscribir a un usuario
  delete       eliminar un usuario, de forma permanente
  tags         añadir o quitar etiquetas
  event        registrar un evento (events/track)
  heartbeat    probar la conexión
  bulk         ejecutar una operación para cada fila de un archivo CSV, reanudable (--list muestra los trabajos)
  workspace    list | add NAME | remove NAME | set-token NAME (token leído de stdin)

Ejecute &apos;veroctl COMANDO --help&apos; para ver las opciones de un comando.

%1

Códigos de salida:
  0  aceptada por el servicio (2xx)
  1  rechazada por el servicio (4xx)
  2  entrada incorrecta o problema local; no se envió nada
  3  fallo de red, tiempo de espera agotado, error del servidor (5xx) o respuesta cortada o dañada
Para bulk: 0 todas las filas completadas; 1 algunas filas rechazadas, fallidas o no válidas (simulación: algunas no válidas); 2 el archivo, la asignación o las opciones no sirven y no se envió nada; 3 detenido con filas aún pendientes (reanude el trabajo).</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was sent.</source>
        <translation>El argumento %1 no es texto UTF-8 válido; no se envió nada.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>El comando que ejecutar (véase arriba).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;veroctl --help&apos; for the list.</source>
        <translation>Comando desconocido «%1». Ejecute &apos;veroctl --help&apos; para ver la lista.</translation>
    </message>
    <message>
        <source>Run &apos;veroctl --help&apos; for usage.</source>
        <translation>Ejecute &apos;veroctl --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>--%1 is given more than once; give it once. Nothing was sent.</source>
        <translation>--%1 aparece más de una vez; indíquelo solo una. No se envió nada.</translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;. &apos;veroctl workspace list&apos; shows them.</source>
        <translation>No hay ningún espacio de trabajo llamado «%1». &apos;veroctl workspace list&apos; los muestra.</translation>
    </message>
    <message>
        <source>--credential-in must be body or query.</source>
        <translation>--credential-in debe ser body o query.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds.</source>
        <translation>--timeout debe ser un número entero de segundos.</translation>
    </message>
    <message>
        <source>The credential is read from, in this order: --token-file FILE; the system keychain entry of --workspace NAME (see &apos;workspace set-token&apos;); $VERO_AUTH_TOKEN, only when no workspace is named or the workspace has no stored credential (veroctl says when it ignores $VERO_AUTH_TOKEN, and refuses it when the keychain cannot be read). Never from an argument.</source>
        <translation>La credencial se lee, en este orden, de: --token-file FILE; la entrada del llavero del sistema de --workspace NAME (véase &apos;workspace set-token&apos;); $VERO_AUTH_TOKEN, solo si no se nombra ningún espacio de trabajo o este no tiene credencial guardada (veroctl avisa cuando ignora $VERO_AUTH_TOKEN y lo rechaza cuando no puede leer el llavero). Nunca de un argumento.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>No se puede leer el archivo de token %1: %2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es una carpeta.</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>El archivo de token %1 está vacío.</translation>
    </message>
    <message>
        <source>the token file %1</source>
        <translation>el archivo de token %1</translation>
    </message>
    <message>
        <source>$VERO_AUTH_TOKEN is set but not used: %1</source>
        <translation>$VERO_AUTH_TOKEN está definido pero no se usa: %1</translation>
    </message>
    <message>
        <source>--token-file comes first.</source>
        <translation>--token-file tiene prioridad.</translation>
    </message>
    <message>
        <source>the app&apos;s sandbox has its own token.</source>
        <translation>el sandbox de la aplicación tiene su propio token.</translation>
    </message>
    <message>
        <source>the keychain entry of workspace &quot;%1&quot;</source>
        <translation>la entrada del llavero del espacio de trabajo «%1»</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; has its own credential in the keychain.</source>
        <translation>el espacio de trabajo «%1» tiene su propia credencial en el llavero.</translation>
    </message>
    <message>
        <source>No credential is stored for this workspace.</source>
        <translation>No hay ninguna credencial guardada para este espacio de trabajo.</translation>
    </message>
    <message>
        <source>No credential for workspace &quot;%1&quot;: %2 Store one with &apos;veroctl workspace set-token %1&apos;, or set $VERO_AUTH_TOKEN.</source>
        <translation>No hay credencial para el espacio de trabajo «%1»: %2 Guarde una con &apos;veroctl workspace set-token %1&apos; o defina $VERO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), so veroctl cannot tell whether workspace &quot;%2&quot; has its own credential; $VERO_AUTH_TOKEN was not sent to %3. Unlock the keychain, or choose the credential with --token-file FILE.</source>
        <translation>No se pudo leer el llavero (%1), así que veroctl no puede saber si el espacio de trabajo «%2» tiene su propia credencial; $VERO_AUTH_TOKEN no se envió a %3. Desbloquee el llavero o elija la credencial con --token-file FILE.</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; has no stored credential, so $VERO_AUTH_TOKEN is sent to %2.</source>
        <translation>el espacio de trabajo «%1» no tiene credencial guardada, así que $VERO_AUTH_TOKEN se envía a %2.</translation>
    </message>
    <message>
        <source>this system has no keychain, so workspace &quot;%1&quot; has no stored credential; $VERO_AUTH_TOKEN is sent to %2.</source>
        <translation>este sistema no tiene llavero, así que el espacio de trabajo «%1» no tiene credencial guardada; $VERO_AUTH_TOKEN se envía a %2.</translation>
    </message>
    <message>
        <source>No credential: set $VERO_AUTH_TOKEN, use --token-file FILE, or use a --workspace with a stored token.</source>
        <translation>Sin credencial: defina $VERO_AUTH_TOKEN, use --token-file FILE o un --workspace con un token guardado.</translation>
    </message>
</context>
</TS>
