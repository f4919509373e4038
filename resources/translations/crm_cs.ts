<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchronizovat nyní</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zamknout</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Odhlásit se</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Hledat</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>&amp;Další záznam</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>&amp;Předchozí záznam</translation>
    </message>
    <message>
        <source>Next &amp;flagged row</source>
        <translation>Další &amp;označený řádek</translation>
    </message>
    <message>
        <source>Previous f&amp;lagged row</source>
        <translation>Předchozí o&amp;značený řádek</translation>
    </message>
    <message>
        <source>&amp;Where am I</source>
        <translation>&amp;Kde jsem</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and page</source>
        <translation>Přepnout mezi &amp;navigací a stránkou</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavení…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;O aplikaci</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>blank</source>
        <translation>prázdné</translation>
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
        <translation>{label} (povinné)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Chyba: {message}</translation>
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
        <translation>Strán&amp;ky</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Stránky</translation>
    </message>
    <message>
        <source>&amp;{number} {page}</source>
        <translation>&amp;{number} {page}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Záznam</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Přejít</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Nás&amp;troje</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>Pages: Ctrl+1 to Ctrl+7</source>
        <translation>Stránky: Ctrl+1 až Ctrl+7</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>O aplikaci CRM</translation>
    </message>
    <message>
        <source>CRM desktop client, version {version}.</source>
        <translation>Desktopový klient CRM, verze {version}.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronizace dokončena.</translation>
    </message>
    <message>
        <source>Sync failed: offline.</source>
        <translation>Synchronizace selhala: offline.</translation>
    </message>
    <message>
        <source>New events: {count}</source>
        <translation>Nové události: {count}</translation>
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
        <translation>Toto pole je povinné. Vyplňte ho.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it.</source>
        <translation>Text je příliš dlouhý. Zkraťte ho.</translation>
    </message>
    <message>
        <source>Not a valid NIP. Enter the 10 digits of a Polish tax number.</source>
        <translation>Neplatné NIP. Zadejte 10 číslic polského daňového čísla.</translation>
    </message>
    <message>
        <source>Not a valid REGON. Enter 9 or 14 digits.</source>
        <translation>Neplatný REGON. Zadejte 9 nebo 14 číslic.</translation>
    </message>
    <message>
        <source>Not a valid PKD code. Use the form 62.01.Z.</source>
        <translation>Neplatný kód PKD. Použijte tvar 62.01.Z.</translation>
    </message>
    <message>
        <source>Not a valid IČO. Enter the 8 digits of a Czech company number.</source>
        <translation>Neplatné IČO. Zadejte 8 číslic identifikačního čísla.</translation>
    </message>
    <message>
        <source>Not a valid DIČ. Enter CZ followed by 8 to 10 digits.</source>
        <translation>Neplatné DIČ. Zadejte CZ a za ním 8 až 10 číslic.</translation>
    </message>
    <message>
        <source>Not a valid postal code. Check it against the country.</source>
        <translation>Neplatné PSČ. Zkontrolujte ho podle země.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address. Use the form name@example.com.</source>
        <translation>Neplatná e-mailová adresa. Použijte tvar jmeno@example.com.</translation>
    </message>
    <message>
        <source>Not a valid web address. Start it with https://.</source>
        <translation>Neplatná webová adresa. Začněte ji https://.</translation>
    </message>
    <message>
        <source>Not a valid phone number. Use digits, optionally starting with +.</source>
        <translation>Neplatné telefonní číslo. Použijte číslice, případně na začátku +.</translation>
    </message>
    <message>
        <source>Not a number. Enter digits only.</source>
        <translation>Není to číslo. Zadejte jen číslice.</translation>
    </message>
    <message>
        <source>Not a valid date. Use the form year-month-day.</source>
        <translation>Neplatné datum. Použijte tvar rok-měsíc-den.</translation>
    </message>
    <message>
        <source>This value is not in the list. Pick one from the list.</source>
        <translation>Tato hodnota není v seznamu. Vyberte hodnotu ze seznamu.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Zvolte ano, nebo ne.</translation>
    </message>
    <message>
        <source>Unknown country. Pick a country from the list.</source>
        <translation>Neznámá země. Vyberte zemi ze seznamu.</translation>
    </message>
    <message>
        <source>This field is not available to you. Leave it out.</source>
        <translation>Toto pole pro vás není dostupné. Vynechte ho.</translation>
    </message>
    <message>
        <source>This field is read-only for your role. Ask a supervisor to change it.</source>
        <translation>Toto pole je pro vaši roli jen ke čtení. Požádejte vedoucího o změnu.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Použijte malá písmena, číslice a podtržítka; na začátku písmeno.</translation>
    </message>
    <message>
        <source>A standard field already has this name. Choose another one.</source>
        <translation>Tento název už má standardní pole. Zvolte jiný.</translation>
    </message>
    <message>
        <source>Another custom field already has this name. Choose another one.</source>
        <translation>Tento název už má jiné vlastní pole. Zvolte jiný.</translation>
    </message>
    <message>
        <source>Give a list of different choices, one per line.</source>
        <translation>Zadejte seznam různých možností, každou na jeden řádek.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask your supervisor if you need it.</source>
        <translation>Vaše role to nedovoluje. Pokud to potřebujete, požádejte vedoucího.</translation>
    </message>
    <message>
        <source>This record no longer exists or was moved away from you. Refresh the list.</source>
        <translation>Tento záznam už neexistuje nebo vám byl odebrán. Obnovte seznam.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Review the conflict on the Conflicts page.</source>
        <translation>Někdo jiný mezitím záznam změnil. Projděte konflikt na stránce Konflikty.</translation>
    </message>
    <message>
        <source>This assignment is closed. Ask your coordinator to reopen it.</source>
        <translation>Toto zadání je uzavřené. Požádejte koordinátora o jeho opětovné otevření.</translation>
    </message>
    <message>
        <source>This user account is deactivated. Contact your administrator.</source>
        <translation>Tento uživatelský účet je deaktivovaný. Obraťte se na správce.</translation>
    </message>
    <message>
        <source>The export is larger than your limit. Narrow the list and try again.</source>
        <translation>Export přesahuje váš limit. Zužte seznam a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The system key store is not available. Start or install it (for example GNOME Keyring), then try again.</source>
        <translation>Systémové úložiště klíčů není dostupné. Spusťte ho nebo nainstalujte (například GNOME Keyring) a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The system key store is not secure enough. Configure an encrypted one, then try again.</source>
        <translation>Systémové úložiště klíčů není dost bezpečné. Nastavte šifrované úložiště a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The system key store is locked. Unlock it, then try again.</source>
        <translation>Systémové úložiště klíčů je zamčené. Odemkněte ho a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network; your changes are kept and sent later.</source>
        <translation>Server není dostupný. Zkontrolujte síť; vaše změny zůstanou uložené a odešlou se později.</translation>
    </message>
    <message>
        <source>This app and the server do not match. Install the current version.</source>
        <translation>Aplikace a server k sobě nepasují. Nainstalujte aktuální verzi.</translation>
    </message>
    <message>
        <source>This version is too old for the server. Install the current version.</source>
        <translation>Tato verze je pro server příliš stará. Nainstalujte aktuální verzi.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your login and password and try again.</source>
        <translation>Přihlášení selhalo. Zkontrolujte přihlašovací jméno a heslo a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Chybné heslo. Zkontrolujte Caps Lock a rozložení klávesnice a zkuste to znovu.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is an unchanged .xlsx file.</source>
        <translation>Soubor nelze přečíst. Zkontrolujte, že jde o nezměněný soubor .xlsx.</translation>
    </message>
    <message>
        <source>Your local data is locked. Connect to the server and sign in again.</source>
        <translation>Vaše místní data jsou zamčená. Připojte se k serveru a znovu se přihlaste.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, report it.</source>
        <translation>Něco se pokazilo. Zkuste to znovu; pokud se to opakuje, nahlaste to.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>My work</source>
        <translation>Moje práce</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Ověřování</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zadání</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stav synchronizace</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available yet.</source>
        <translation>Tato stránka zatím není k dispozici.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>Projeví se hned.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Vzhled</translation>
    </message>
    <message>
        <source>High contrast shows white and yellow on black.</source>
        <translation>Vysoký kontrast zobrazuje bílou a žlutou na černé.</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Velikost &amp;písma</translation>
    </message>
    <message>
        <source>100% is the text size of the system.</source>
        <translation>100 % je velikost písma systému.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Podle systému</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardní</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Vysoký kontrast</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
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
        <translation>Synchronizuje se…</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Poslední synchronizace: nikdy</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Poslední synchronizace: {when}</translation>
    </message>
    <message>
        <source>Pending changes: {count}</source>
        <translation>Neodeslané změny: {count}</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikty: {count}</translation>
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
        <translation>S&amp;ynchronizovat nyní</translation>
    </message>
</context>
</TS>
