<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>&amp;Next record</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>&amp;Previous record</translation>
    </message>
    <message>
        <source>Next &amp;flagged row</source>
        <translation>Next &amp;flagged row</translation>
    </message>
    <message>
        <source>Previous f&amp;lagged row</source>
        <translation>Previous f&amp;lagged row</translation>
    </message>
    <message>
        <source>&amp;Where am I</source>
        <translation>&amp;Where am I</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and page</source>
        <translation>Switch between &amp;navigation and page</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>{column}, {row}</source>
        <translation>{column}, {row}</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>{label} (required)</source>
        <translation>{label} (required)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{page}. {status}</source>
        <translation>{page}. {status}</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;{number} {page}</source>
        <translation>&amp;{number} {page}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Pages: Ctrl+1 to Ctrl+7</source>
        <translation>Pages: Ctrl+1 to Ctrl+7</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>About CRM</translation>
    </message>
    <message>
        <source>CRM desktop client, version {version}.</source>
        <translation>CRM desktop client, version {version}.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>Sync failed: offline.</source>
        <translation>Sync failed: offline.</translation>
    </message>
    <message>
        <source>New events: {count}</source>
        <translation>New events: {count}</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required. Fill it in.</source>
        <translation>This field is required. Fill it in.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it.</source>
        <translation>The text is too long. Shorten it.</translation>
    </message>
    <message>
        <source>Not a valid NIP. Enter the 10 digits of a Polish tax number.</source>
        <translation>Not a valid NIP. Enter the 10 digits of a Polish tax number.</translation>
    </message>
    <message>
        <source>Not a valid REGON. Enter 9 or 14 digits.</source>
        <translation>Not a valid REGON. Enter 9 or 14 digits.</translation>
    </message>
    <message>
        <source>Not a valid PKD code. Use the form 62.01.Z.</source>
        <translation>Not a valid PKD code. Use the form 62.01.Z.</translation>
    </message>
    <message>
        <source>Not a valid IČO. Enter the 8 digits of a Czech company number.</source>
        <translation>Not a valid IČO. Enter the 8 digits of a Czech company number.</translation>
    </message>
    <message>
        <source>Not a valid DIČ. Enter CZ followed by 8 to 10 digits.</source>
        <translation>Not a valid DIČ. Enter CZ followed by 8 to 10 digits.</translation>
    </message>
    <message>
        <source>Not a valid postal code. Check it against the country.</source>
        <translation>Not a valid postal code. Check it against the country.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address. Use the form name@example.com.</source>
        <translation>Not a valid e-mail address. Use the form name@example.com.</translation>
    </message>
    <message>
        <source>Not a valid web address. Start it with https://.</source>
        <translation>Not a valid web address. Start it with https://.</translation>
    </message>
    <message>
        <source>Not a valid phone number. Use digits, optionally starting with +.</source>
        <translation>Not a valid phone number. Use digits, optionally starting with +.</translation>
    </message>
    <message>
        <source>Not a number. Enter digits only.</source>
        <translation>Not a number. Enter digits only.</translation>
    </message>
    <message>
        <source>Not a valid date. Use the form year-month-day.</source>
        <translation>Not a valid date. Use the form year-month-day.</translation>
    </message>
    <message>
        <source>This value is not in the list. Pick one from the list.</source>
        <translation>This value is not in the list. Pick one from the list.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <source>Unknown country. Pick a country from the list.</source>
        <translation>Unknown country. Pick a country from the list.</translation>
    </message>
    <message>
        <source>This field is not available to you. Leave it out.</source>
        <translation>This field is not available to you. Leave it out.</translation>
    </message>
    <message>
        <source>This field is read-only for your role. Ask a supervisor to change it.</source>
        <translation>This field is read-only for your role. Ask a supervisor to change it.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Use lowercase letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>A standard field already has this name. Choose another one.</source>
        <translation>A standard field already has this name. Choose another one.</translation>
    </message>
    <message>
        <source>Another custom field already has this name. Choose another one.</source>
        <translation>Another custom field already has this name. Choose another one.</translation>
    </message>
    <message>
        <source>Give a list of different choices, one per line.</source>
        <translation>Give a list of different choices, one per line.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask your supervisor if you need it.</source>
        <translation>Your role does not allow this. Ask your supervisor if you need it.</translation>
    </message>
    <message>
        <source>This record no longer exists or was moved away from you. Refresh the list.</source>
        <translation>This record no longer exists or was moved away from you. Refresh the list.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Review the conflict on the Conflicts page.</source>
        <translation>Someone else changed this record meanwhile. Review the conflict on the Conflicts page.</translation>
    </message>
    <message>
        <source>This assignment is closed. Ask your coordinator to reopen it.</source>
        <translation>This assignment is closed. Ask your coordinator to reopen it.</translation>
    </message>
    <message>
        <source>This user account is deactivated. Contact your administrator.</source>
        <translation>This user account is deactivated. Contact your administrator.</translation>
    </message>
    <message>
        <source>The export is larger than your limit. Narrow the list and try again.</source>
        <translation>The export is larger than your limit. Narrow the list and try again.</translation>
    </message>
    <message>
        <source>The system key store is not available. Start or install it (for example GNOME Keyring), then try again.</source>
        <translation>The system key store is not available. Start or install it (for example GNOME Keyring), then try again.</translation>
    </message>
    <message>
        <source>The system key store is not secure enough. Configure an encrypted one, then try again.</source>
        <translation>The system key store is not secure enough. Configure an encrypted one, then try again.</translation>
    </message>
    <message>
        <source>The system key store is locked. Unlock it, then try again.</source>
        <translation>The system key store is locked. Unlock it, then try again.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network; your changes are kept and sent later.</source>
        <translation>Cannot reach the server. Check the network; your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>This app and the server do not match. Install the current version.</source>
        <translation>This app and the server do not match. Install the current version.</translation>
    </message>
    <message>
        <source>This version is too old for the server. Install the current version.</source>
        <translation>This version is too old for the server. Install the current version.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your login and password and try again.</source>
        <translation>Sign-in failed. Check your login and password and try again.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Wrong password. Check Caps Lock and the keyboard layout, then try again.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is an unchanged .xlsx file.</source>
        <translation>This file cannot be read. Check that it is an unchanged .xlsx file.</translation>
    </message>
    <message>
        <source>Your local data is locked. Connect to the server and sign in again.</source>
        <translation>Your local data is locked. Connect to the server and sign in again.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, report it.</source>
        <translation>Something went wrong. Try again; if it keeps happening, report it.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available yet.</source>
        <translation>This page is not available yet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>Applies at once.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>High contrast shows white and yellow on black.</source>
        <translation>High contrast shows white and yellow on black.</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Text &amp;size</translation>
    </message>
    <message>
        <source>100% is the text size of the system.</source>
        <translation>100% is the text size of the system.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>Pending changes: {count}</source>
        <translation>Pending changes: {count}</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflicts: {count}</translation>
    </message>
    <message>
        <source>{connection}. {pending}. {conflicts}. {last_sync}.</source>
        <translation>{connection}. {pending}. {conflicts}. {last_sync}.</translation>
    </message>
</context>
<context>
    <name>SyncStatusPage</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
</context>
</TS>
