<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>QLabel { background-color: #fff4e5; color: #4d3400; border: 1px solid #e0a030; border-radius: 4px; padding: 6px; }</source>
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
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>%1 (%2 ms)</source>
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
</context>
<context>
    <name>BodyValidator</name>
    <message>
        <source>new_id must differ from id.</source>
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
</context>
<context>
    <name>Checker</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
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
        <source>%1 is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either %1 or %2 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must contain at least one property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels must be a JSON array of {type, address, platform} objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with type, address and platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON array of tag names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must contain only tag names (strings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag names in %1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one tag to add or to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both added and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either identity.id or identity.email is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity must be a JSON object with id and/or email.</source>
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
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No credential is stored for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Delete user permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletion is permanent. All of the user&apos;s properties and activity are lost and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { background-color: #fdecea; color: #611a15; border: 1px solid #e57373; border-radius: 4px; padding: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an identify or an event with this id is sent later, Vero creates the user again, as a new user with none of the old data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user id to confirm the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the user id (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, send nothing</source>
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
        <source>Deleting a user is permanent: all of the user&apos;s properties and activity are lost and cannot be recovered. A later identify or event with the same id creates a new, empty user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { background-color: #fdecea; color: #611a15; border: 1px solid #e57373; border-radius: 4px; padding: 6px; }</source>
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
        <source>QLabel { background-color: #fff4e5; color: #4d3400; border: 1px solid #e0a030; border-radius: 4px; padding: 6px; }</source>
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
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No answer from %1 within %2 seconds. The service may be slow or unreachable; try again, or raise the workspace&apos;s timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted (%2). Nothing was sent. If this is your own server, add its CA certificate to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the workspace&apos;s base URL, or that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the base URL and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. The request may or may not have been received; check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up. Check that the base URL uses the right scheme (https://) and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unavailable. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1. Check your proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed (network error %2).</source>
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
        <source>The service is busy (%1) and asked to wait %2 seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation><numerusform>Exported %n request to %1.</numerusform><numerusform>Exported %n requests to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n request(s) from the history on this computer?</source>
        <translation><numerusform>Remove all %n request from the history on this computer?</numerusform><numerusform>Remove all %n requests from the history on this computer?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n request(s) from the history.</source>
        <translation><numerusform>Removed %n request from the history.</numerusform><numerusform>Removed %n requests from the history.</numerusform></translation>
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
        <source>Show every request again</source>
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
        <source>No usable answer: network failure, timeout, 5xx, or never sent</source>
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
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation><numerusform>%n+ request</numerusform><numerusform>%n+ requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation><numerusform>%n request</numerusform><numerusform>%n requests</numerusform></translation>
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
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation><numerusform>Exported %n request to %1.</numerusform><numerusform>Exported %n requests to %1.</numerusform></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n request(s) from the history on this computer?</source>
        <translation><numerusform>Remove all %n request from the history on this computer?</numerusform><numerusform>Remove all %n requests from the history on this computer?</numerusform></translation>
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
        <source>The history could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n request(s) from the history.</source>
        <translation><numerusform>Removed %n request from the history.</numerusform><numerusform>Removed %n requests from the history.</numerusform></translation>
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
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history file %1 is locked by another program (%2). This session&apos;s requests are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Vero Admin and is left untouched. This session&apos;s requests are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new history file could not be created at %1 (%2). This session&apos;s requests are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2) and could not be moved aside. This session&apos;s requests are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be read (%1). It was moved to %2 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation><numerusform>%n request</numerusform><numerusform>%n requests</numerusform></translation>
    </message>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 works again and is used from now on; %n request(s) kept in memory meanwhile were written to it.</source>
        <translation><numerusform>The history file %1 works again and is used from now on; %n request kept in memory meanwhile was written to it.</numerusform><numerusform>The history file %1 works again and is used from now on; %n requests kept in memory meanwhile were written to it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) kept in memory could not be written and are lost.</source>
        <translation><numerusform>%n request kept in memory could not be written and is lost.</numerusform><numerusform>%n requests kept in memory could not be written and are lost.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The history file %1 can be written again. %n earlier write(s) failed and are not in it.</source>
        <translation><numerusform>The history file %1 can be written again. %n earlier write failed and is not in it.</numerusform><numerusform>The history file %1 can be written again. %n earlier writes failed and are not in it.</numerusform></translation>
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
        <source>Nothing sent yet.</source>
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
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 has errors, shown next to the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox started by Vero Admin</source>
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
        <source>The local sandbox could not start: %1
Workspace &gt; Restart sandbox tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vero Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vero Admin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Manage the user records of a Vero account through the Track API v2: identify, edit, alias, subscriptions, tags, events and deletions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;history</source>
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
        <source>%1 got the event &quot;%2&quot; with the same data %3 seconds ago. Vero drops an identical event sent within a few minutes as a duplicate, so this one may be ignored.

Add a unique timestamp to the data so Vero keeps it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate event</source>
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
        <source>Not sent: the event was cancelled as a likely duplicate.</source>
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
        <source>Row %1: the property &quot;%2&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2, %3): %4.</source>
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
        <translation><numerusform>Rebuilt from %n accepted request, the last on %1.</numerusform><numerusform>Rebuilt from %n accepted requests, the last on %1.</numerusform></translation>
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
        <translation><numerusform>Past events cannot be restored. The Track API has no way to replay them with their original times: %n event sent to this user are lost, with any activity recorded by Vero itself.</numerusform><numerusform>Past events cannot be restored. The Track API has no way to replay them with their original times: %n events sent to this user are lost, with any activity recorded by Vero itself.</numerusform></translation>
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
        <source>The sandbox did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sent something that is not JSON.</source>
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
</context>
<context>
    <name>ValidatedOperationForm</name>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… the form can be edited meanwhile; Send is back when the answer comes.</source>
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
        <source>Discard the changes you made to this workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
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
        <source>&quot;%1&quot; is the built-in sandbox workspace; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Storing the credential in the system keychain…</source>
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
        <source>Remove the workspace &quot;%1&quot;? Its settings and its credential in the system keychain are deleted. This cannot be undone.</source>
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
        <source>Close without saving the changes to this workspace?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message numerus="yes">
        <source>Among them are %n recorded user deletion(s): once they are gone, the app no longer warns before such a user is recreated, and the user&apos;s trail can no longer be restored.</source>
        <translation><numerusform>Among them is %n recorded user deletion: once it is gone, the app no longer warns before that user is recreated, and the user&apos;s trail can no longer be restored.</numerusform><numerusform>Among them are %n recorded user deletions: once they are gone, the app no longer warns before such a user is recreated, and the user&apos;s trail can no longer be restored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n request(s)</source>
        <translation><numerusform>Remove %n request</numerusform><numerusform>Remove %n requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>History retention: %1. Removing %n request(s).</source>
        <translation><numerusform>History retention: %1. Removing %n request.</numerusform><numerusform>History retention: %1. Removing %n requests.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation><numerusform>Exported %n request to %1.</numerusform><numerusform>Exported %n requests to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>MovedHistoryWindow</name>
    <message numerus="yes">
        <source>%n+ requests</source>
        <translation><numerusform>%n+ request</numerusform><numerusform>%n+ requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation><numerusform>%n request</numerusform><numerusform>%n requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation><numerusform>Exported %n request to %1.</numerusform><numerusform>Exported %n requests to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryRetention</name>
    <message numerus="yes">
        <source>%n request(s) now: %1</source>
        <translation><numerusform>%n request now: %1</numerusform><numerusform>%n requests now: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>RetentionSetting</name>
    <message numerus="yes">
        <source>Keep %n day(s) of each workspace&apos;s requests</source>
        <translation><numerusform>Keep %n day of each workspace&apos;s requests</numerusform><numerusform>Keep %n days of each workspace&apos;s requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Keep the newest %n request(s) of each workspace</source>
        <translation><numerusform>Keep the newest %n request of each workspace</numerusform><numerusform>Keep the newest %n requests of each workspace</numerusform></translation>
    </message>
</context>
</TS>
