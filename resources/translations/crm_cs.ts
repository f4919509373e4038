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
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importovat zákazníky…</translation>
    </message>
    <message>
        <source>Loo&amp;k up in ARES</source>
        <translation>&amp;Vyhledat v ARES</translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation>&amp;Exportovat zákazníky…</translation>
    </message>
</context>
<context>
    <name>AresFormLookup</name>
    <message>
        <source>Look up in ARES</source>
        <translation>Vyhledat v ARES</translation>
    </message>
    <message>
        <source>Undo the lookup</source>
        <translation>Vrátit zpět vyplnění</translation>
    </message>
    <message>
        <source>Fill name, address and DIČ from ARES (Ctrl+Shift+A)</source>
        <translation>Vyplnit název, adresu a DIČ z ARES (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Restore the values the lookup changed</source>
        <translation>Obnovit hodnoty, které vyplnění z ARES změnilo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A looks it up in ARES.</source>
        <translation>Ctrl+Shift+A jej vyhledá v ARES.</translation>
    </message>
    <message>
        <source>Your role cannot change the fields ARES fills.</source>
        <translation>Vaše role nemůže měnit pole, která se vyplňují z ARES.</translation>
    </message>
    <message>
        <source>Enter a valid IČO first.</source>
        <translation>Nejdřív zadejte platné IČO.</translation>
    </message>
    <message>
        <source>Looking up {ico} in ARES…</source>
        <translation>Vyhledávání {ico} v ARES…</translation>
    </message>
    <message>
        <source>{reason} The lookup is queued and runs after the next successful sync; it fills the fields that are still empty then.</source>
        <translation>{reason} Vyhledání je zařazeno do fronty a proběhne po příští úspěšné synchronizaci; vyplní pak pole, která budou ještě prázdná.</translation>
    </message>
    <message>
        <source>{reason} Save the customer: the lookup is then queued and runs after the next successful sync.</source>
        <translation>{reason} Uložte zákazníka: vyhledání se pak zařadí do fronty a proběhne po příští úspěšné synchronizaci.</translation>
    </message>
    <message>
        <source>Warning: ARES records this company as dissolved on {date}.</source>
        <translation>Upozornění: podle ARES tato společnost zanikla dne {date}.</translation>
    </message>
    <message>
        <source>Filled from ARES: {fields}.</source>
        <translation>Vyplněno z ARES: {fields}.</translation>
    </message>
    <message>
        <source>Kept your values of: {fields}.</source>
        <translation>Ponechány vaše hodnoty: {fields}.</translation>
    </message>
    <message>
        <source>ARES has the same data as this record.</source>
        <translation>ARES má stejné údaje jako tento záznam.</translation>
    </message>
    <message>
        <source>Legal form: {form}.</source>
        <translation>Právní forma: {form}.</translation>
    </message>
    <message>
        <source>Check the values and save with Ctrl+S, or undo the lookup.</source>
        <translation>Zkontrolujte hodnoty a uložte je klávesami Ctrl+S, nebo vyplnění vraťte zpět.</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: „{old}“ → „{new}“</translation>
    </message>
    <message>
        <source>ARES has other values</source>
        <translation>ARES má jiné hodnoty</translation>
    </message>
    <message>
        <source>Replace these values with the ones from ARES?</source>
        <translation>Nahradit tyto hodnoty hodnotami z ARES?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Nahradit</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Ponechat moje</translation>
    </message>
    <message>
        <source>The values from ARES were removed.</source>
        <translation>Hodnoty z ARES byly odstraněny.</translation>
    </message>
    <message>
        <source>The ARES lookup is queued.</source>
        <translation>Vyhledání v ARES je zařazeno do fronty.</translation>
    </message>
</context>
<context>
    <name>AresQueueRunner</name>
    <message>
        <source>Legal form</source>
        <translation>Právní forma</translation>
    </message>
    <message>
        <source>ARES lookup for {name}: filled {fields}.</source>
        <translation>Vyhledání v ARES pro {name}: vyplněno {fields}.</translation>
    </message>
    <message>
        <source>ARES lookup for {name}: nothing to fill.</source>
        <translation>Vyhledání v ARES pro {name}: není co vyplnit.</translation>
    </message>
    <message>
        <source>ARES lookup for IČO {ico} not applied: {reason}</source>
        <translation>Výsledek vyhledání v ARES pro IČO {ico} nebyl použit: {reason}</translation>
    </message>
    <message>
        <source>The company is dissolved.</source>
        <translation>Společnost zanikla.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Upravit zakázku</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nová zakázka</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Název</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Pokyny</translation>
    </message>
    <message>
        <source>What operators should do.</source>
        <translation>Co mají operátoři dělat.</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>Úz&amp;emí</translation>
    </message>
    <message>
        <source>For example: mazowieckie.</source>
        <translation>Například: Jihomoravský kraj.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Bez cíle</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Denní cíl</translation>
    </message>
    <message>
        <source>Daily tar&amp;get</source>
        <translation>&amp;Denní cíl</translation>
    </message>
    <message>
        <source>Records an operator should enter per day; 0 for no target.</source>
        <translation>Počet záznamů, které má operátor zadat za den; 0 znamená bez cíle.</translation>
    </message>
    <message>
        <source>A person not in the directory</source>
        <translation>Osoba, která není v adresáři</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nikdo</translation>
    </message>
    <message>
        <source>&amp;Principal</source>
        <translation>&amp;Zadavatel</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordinátor</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <source>&amp;Supervisors</source>
        <translation>&amp;Vedoucí</translation>
    </message>
    <message>
        <source>&amp;Operators</source>
        <translation>&amp;Operátoři</translation>
    </message>
    <message>
        <source>V&amp;erifiers</source>
        <translation>Ově&amp;řovatelé</translation>
    </message>
    <message>
        <source>Space checks or unchecks a person.</source>
        <translation>Mezerník osobu zaškrtne nebo odškrtne.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Error: a person has one part in an assignment. Uncheck the extra one.</source>
        <translation>Chyba: osoba má v zakázce jen jednu roli. Odškrtněte tu navíc.</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Open</source>
        <translation>Otevřená</translation>
    </message>
    <message>
        <source>Closed for operators</source>
        <translation>Uzavřená pro operátory</translation>
    </message>
    <message>
        <source>Closed definitively</source>
        <translation>Definitivně uzavřená</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Zakázky</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zakázky</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Území</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <source>Records per per&amp;son</source>
        <translation>Záznamy podle o&amp;sob</translation>
    </message>
    <message>
        <source>Records per person</source>
        <translation>Záznamy podle osob</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;Nová zakázka…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Upr&amp;avit…</translation>
    </message>
    <message>
        <source>C&amp;ustom field…</source>
        <translation>Vlastní pol&amp;e…</translation>
    </message>
    <message>
        <source>&amp;Close for operators</source>
        <translation>Uzavřít pro &amp;operátory</translation>
    </message>
    <message>
        <source>Close &amp;definitively…</source>
        <translation>Uzavřít &amp;definitivně…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Znovu ote&amp;vřít</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Načíst zno&amp;vu</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikdo</translation>
    </message>
    <message>
        <source>user {id}</source>
        <translation>uživatel {id}</translation>
    </message>
    <message>
        <source>Principal: {principal}. Coordinator: {coordinator}. Supervisors: {sup}. Operators: {ops}. Verifiers: {ver}.
Instructions: {instructions}</source>
        <translation>Zadavatel: {principal}. Koordinátor: {coordinator}. Vedoucí: {sup}. Operátoři: {ops}. Ověřovatelé: {ver}.
Pokyny: {instructions}</translation>
    </message>
    <message>
        <source>Daily target: {target} records per operator.</source>
        <translation>Denní cíl: {target} (počet záznamů na operátora).</translation>
    </message>
    <message>
        <source>No daily target.</source>
        <translation>Bez denního cíle.</translation>
    </message>
    <message>
        <source>Assignment created.</source>
        <translation>Zakázka vytvořena.</translation>
    </message>
    <message>
        <source>Assignment saved.</source>
        <translation>Zakázka uložena.</translation>
    </message>
    <message>
        <source>Custom field {label} defined.</source>
        <translation>Vlastní pole {label} vytvořeno.</translation>
    </message>
    <message>
        <source>Closed for operators.</source>
        <translation>Uzavřeno pro operátory.</translation>
    </message>
    <message>
        <source>Close assignment definitively</source>
        <translation>Definitivně uzavřít zakázku</translation>
    </message>
    <message>
        <source>Close “{name}” definitively?</source>
        <translation>Definitivně uzavřít „{name}“?</translation>
    </message>
    <message>
        <source>Its sub-assignments close too, their open tasks are cancelled, and operators can no longer change its records. A coordinator can reopen it later.</source>
        <translation>Uzavřou se i podřízené zakázky, jejich otevřené úkoly se zruší a operátoři už nebudou moci měnit její záznamy. Koordinátor ji může později znovu otevřít.</translation>
    </message>
    <message>
        <source>Close &amp;definitively</source>
        <translation>Uzavřít &amp;definitivně</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Assignment closed definitively.</source>
        <translation>Zakázka definitivně uzavřena.</translation>
    </message>
    <message>
        <source>Assignment reopened.</source>
        <translation>Zakázka znovu otevřena.</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <source>New custom field</source>
        <translation>Nové vlastní pole</translation>
    </message>
    <message>
        <source>The field appears on the records of “{assignment}”.</source>
        <translation>Pole se objeví u záznamů zakázky „{assignment}“.</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Povinné</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Klíč</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores, e.g. herd_size.</source>
        <translation>Malá písmena, číslice a podtržítka, např. pocet_stroju.</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Popisek</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Skupina</translation>
    </message>
    <message>
        <source>Access to the group decides who sees it.</source>
        <translation>Kdo pole uvidí, rozhoduje přístup ke skupině.</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>&amp;Možnosti</translation>
    </message>
    <message>
        <source>One per line; only for a list.</source>
        <translation>Jedna na řádek; jen pro seznam.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikty</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Jejich</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Původní</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Ponechat &amp;moje</translation>
    </message>
    <message>
        <source>Accept th&amp;eirs</source>
        <translation>Přijmout j&amp;ejich</translation>
    </message>
    <message>
        <source>Restore &amp;original</source>
        <translation>Obnovit &amp;původní</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Načíst zno&amp;vu</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Záznam {id}</translation>
    </message>
    <message>
        <source>Whole record (deleted here)</source>
        <translation>Celý záznam (zde smazán)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdné)</translation>
    </message>
    <message>
        <source>No conflicts. Every change reached the server cleanly.</source>
        <translation>Žádné konflikty. Všechny změny dorazily na server v pořádku.</translation>
    </message>
    <message>
        <source>{n} conflicts wait for your decision.</source>
        <translation>Konflikty čekající na rozhodnutí: {n}.</translation>
    </message>
    <message>
        <source>{field} of {record}: you entered “{mine}”, {user} entered “{theirs}”, it was “{base}” before.</source>
        <translation>{field} u {record}: vy jste zadali „{mine}“, {user} zadal „{theirs}“, předtím bylo „{base}“.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>někdo jiný</translation>
    </message>
    <message>
        <source>Kept your value.</source>
        <translation>Ponechána vaše hodnota.</translation>
    </message>
    <message>
        <source>Accepted their value.</source>
        <translation>Přijata jejich hodnota.</translation>
    </message>
    <message>
        <source>Restored the original value.</source>
        <translation>Obnovena původní hodnota.</translation>
    </message>
    <message>
        <source>{done} {n} left.</source>
        <translation>{done} Zbývá: {n}.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer {row} of {total}</source>
        <translation>Zákazník {row} z {total}</translation>
    </message>
    <message>
        <source>Back to list</source>
        <translation>Zpět na seznam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>{group} (read-only)</source>
        <translation>{group} (jen ke čtení)</translation>
    </message>
    <message>
        <source>Flagged by the verifier: {reason}. {comment}</source>
        <translation>Označeno ověřovatelem: {reason}. {comment}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>ARES lookup is not available here.</source>
        <translation>Vyhledání v ARES zde není k dispozici.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Údaje</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskuse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nic)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 číslic</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 nebo 14 číslic</translation>
    </message>
    <message>
        <source>For example 10.11.Z</source>
        <translation>Například 10.11.Z</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 číslic</translation>
    </message>
    <message>
        <source>CZ and 8 to 10 digits</source>
        <translation>CZ a 8 až 10 číslic</translation>
    </message>
    <message>
        <source>For example 00-950 or 602 00</source>
        <translation>Například 00-950 nebo 602 00</translation>
    </message>
    <message>
        <source>For example name@example.com</source>
        <translation>Například jmeno@example.com</translation>
    </message>
    <message>
        <source>Starts with https://</source>
        <translation>Začíná https://</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation>Rok-měsíc-den</translation>
    </message>
    <message>
        <source>Digits, optionally starting with +</source>
        <translation>Číslice, případně s + na začátku</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Jen ke čtení.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>The record is saved on this device and sent at the next sync.</source>
        <translation>Záznam se uloží v tomto počítači a odešle při příští synchronizaci.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>Assignment: {name}</source>
        <translation>Zakázka: {name}</translation>
    </message>
    <message>
        <source>Flagged: {fields}</source>
        <translation>Označeno: {fields}</translation>
    </message>
    <message>
        <source>Verification: {state}</source>
        <translation>Ověření: {state}</translation>
    </message>
    <message>
        <source>Read-only: the assignment is closed.</source>
        <translation>Jen ke čtení: zakázka je uzavřena.</translation>
    </message>
    <message>
        <source>Read-only: your role cannot edit this record.</source>
        <translation>Jen ke čtení: vaše role tento záznam upravovat nemůže.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Smazáno</translation>
    </message>
    <message>
        <source>Version from the server</source>
        <translation>Verze ze serveru</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Čeká na odeslání</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Odmítnuto serverem</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Na serveru</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Změna</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Změnil</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nyní</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentář</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Ověřovatel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Back to the customer list (Esc)</source>
        <translation>Zpět na seznam zákazníků (Esc)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Změny</translation>
    </message>
    <message>
        <source>Owners over time</source>
        <translation>Vlastníci v čase</translation>
    </message>
    <message>
        <source>Fields flagged by the verifier</source>
        <translation>Pole označená ověřovatelem</translation>
    </message>
    <message>
        <source>Discussion with the verifier</source>
        <translation>Diskuse s ověřovatelem</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Není co uložit.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Neuloženo. {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
    <message>
        <source>Not saved, {count} errors. {first}</source>
        <translation>Neuloženo, chyb: {count}. {first}</translation>
    </message>
    <message>
        <source>Not saved. {first}</source>
        <translation>Neuloženo. {first}</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Flagged</source>
        <translation>Označeno</translation>
    </message>
    <message>
        <source>Flagged: {fields}</source>
        <translation>Označeno: {fields}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>This customer is no longer on this device.</source>
        <translation>Tento zákazník už v tomto počítači není.</translation>
    </message>
    <message>
        <source>Unsaved changes. Save with Ctrl+S first.</source>
        <translation>Neuložené změny. Nejdřív uložte klávesami Ctrl+S.</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>hledání „{text}“</translation>
    </message>
    <message>
        <source>none (every customer in the list)</source>
        <translation>žádný (všichni zákazníci v seznamu)</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>neuložené změny</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hledat</translation>
    </message>
    <message>
        <source>Name, identifier, phone, e-mail or city</source>
        <translation>Název, identifikátor, telefon, e-mail nebo město</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>Z&amp;akázka</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Vlastník</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>Ověř&amp;ení</translation>
    </message>
    <message>
        <source>R&amp;egion</source>
        <translation>K&amp;raj</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>N&amp;ový zákazník</translation>
    </message>
    <message>
        <source>Sort by &amp;column</source>
        <translation>Seřadit podle s&amp;loupce</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportovat…</translation>
    </message>
    <message>
        <source>Export the list or the selected rows (Ctrl+Shift+E)</source>
        <translation>Exportovat seznam nebo vybrané řádky (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Sort by the column of the current cell; again to reverse</source>
        <translation>Seřadí podle sloupce aktuální buňky; znovu obrátí pořadí</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vše</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>Zákazníků: {count}</translation>
    </message>
    <message>
        <source>{count} found.</source>
        <translation>Nalezeno: {count}.</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Podle tohoto sloupce nelze řadit.</translation>
    </message>
    <message>
        <source>Sorted by {column}, descending.</source>
        <translation>Seřazeno podle {column}, sestupně.</translation>
    </message>
    <message>
        <source>Sorted by {column}, ascending.</source>
        <translation>Seřazeno podle {column}, vzestupně.</translation>
    </message>
    <message>
        <source>No more customers.</source>
        <translation>Žádní další zákazníci.</translation>
    </message>
    <message>
        <source>No more flagged customers.</source>
        <translation>Žádní další označení zákazníci.</translation>
    </message>
</context>
<context>
    <name>DataIo</name>
    <message>
        <source>English</source>
        <translation>angličtina</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polština</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>čeština</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruština</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sloupec</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>{field} is required: import a column of the file into it.</source>
        <translation>Pole „{field}“ je povinné: importujte do něj některý sloupec souboru.</translation>
    </message>
    <message>
        <source>{field} is chosen for more than one column (also “{column}”). Keep one.</source>
        <translation>Pole „{field}“ je vybráno pro více sloupců (také „{column}“). Ponechte jen jeden.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Export zákazníků</translation>
    </message>
    <message>
        <source>The file holds only the columns your role may see. It is marked with your login, the time and an export number, and the export is recorded.</source>
        <translation>Soubor obsahuje jen sloupce, které vaše role smí vidět. Je označen vaším přihlašovacím jménem, časem a číslem exportu a export se zaznamená.</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>Řá&amp;dky</translation>
    </message>
    <message>
        <source>Filter of the list: {filter}</source>
        <translation>Filtr seznamu: {filter}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>Where the xlsx file is saved.</source>
        <translation>Kam se soubor xlsx uloží.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Vybrat soubor v dialogovém okně</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Heslo</translation>
    </message>
    <message>
        <source>Confirm the export with the password you sign in with.</source>
        <translation>Potvrďte export heslem, kterým se přihlašujete.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Průběh exportu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportovat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>počítám…</translation>
    </message>
    <message>
        <source>The current list ({rows})</source>
        <translation>Aktuální seznam ({rows})</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>řádků: {count}</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>nic nevybráno</translation>
    </message>
    <message>
        <source>The selected rows ({rows})</source>
        <translation>Vybrané řádky ({rows})</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>zákazníků: {count}</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportovat do souboru</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sešit aplikace Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Zvolte, kam soubor uložit.</translation>
    </message>
    <message>
        <source>selected rows of the customer list; filter: {filter}</source>
        <translation>vybrané řádky seznamu zákazníků; filtr: {filter}</translation>
    </message>
    <message>
        <source>customer list; filter: {filter}</source>
        <translation>seznam zákazníků; filtr: {filter}</translation>
    </message>
    <message>
        <source>Stopping… the partial file is removed.</source>
        <translation>Zastavování… neúplný soubor se odstraní.</translation>
    </message>
    <message>
        <source>Writing rows: {done} of {total}.</source>
        <translation>Zápis řádků: {done} z {total}.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export zrušen. Žádný soubor nebyl zapsán.</translation>
    </message>
    <message>
        <source>Exported {rows} customers to {file}. Export number: {id}.</source>
        <translation>Do souboru {file} bylo exportováno zákazníků: {rows}. Číslo exportu: {id}.</translation>
    </message>
    <message>
        <source>You are offline: the export is reported to the server at the next sync.</source>
        <translation>Jste offline: export se serveru nahlásí při příští synchronizaci.</translation>
    </message>
    <message>
        <source>The server is told about it at the next sync.</source>
        <translation>Server se o něm dozví při příští synchronizaci.</translation>
    </message>
    <message>
        <source>Export finished: {rows} customers.</source>
        <translation>Export dokončen, zákazníků: {rows}.</translation>
    </message>
    <message>
        <source>&amp;Stop export</source>
        <translation>&amp;Zastavit export</translation>
    </message>
    <message>
        <source>Asking the server for permission…</source>
        <translation>Žádost o povolení serveru…</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Chyba: {message}</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Nahradit soubor?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>Soubor {file} již existuje. Chcete ho nahradit?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Nahradit</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Ponechat</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Neplatný formát</translation>
    </message>
    <message>
        <source>Wrong value</source>
        <translation>Chybná hodnota</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chybí</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicita</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nedostupné</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Neověřeno</translation>
    </message>
    <message>
        <source>Corrected, waiting</source>
        <translation>Opraveno, čeká</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Schváleno</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zamítnuto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Výběr ze seznamu</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ano nebo ne</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>PKD</source>
        <translation>PKD</translation>
    </message>
    <message>
        <source>IČO</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>DIČ</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulice</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Business activity</source>
        <translation>Předmět činnosti</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Zaměstnanci</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Pevná linka</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Data source 1</source>
        <translation>Zdroj dat 1</translation>
    </message>
    <message>
        <source>Data source 2</source>
        <translation>Zdroj dat 2</translation>
    </message>
    <message>
        <source>Data source 3</source>
        <translation>Zdroj dat 3</translation>
    </message>
    <message>
        <source>Data source 4</source>
        <translation>Zdroj dat 4</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Nákupní cena</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marže</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Ověření</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikace</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Činnost</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Zdroje</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Obchodní údaje</translation>
    </message>
    <message>
        <source>Assignment fields</source>
        <translation>Pole zakázky</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Neověřeno</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Čeká na ověření</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Schváleno</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Označeno</translation>
    </message>
    <message>
        <source>invalid format</source>
        <translation>neplatný formát</translation>
    </message>
    <message>
        <source>wrong value</source>
        <translation>chybná hodnota</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nedostupné</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicita</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <source>other</source>
        <translation>jiné</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Výběr souboru</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file whose first row holds the column names.</source>
        <translation>Soubor .xlsx nebo .csv, jehož první řádek obsahuje názvy sloupců.</translation>
    </message>
    <message>
        <source>Fil&amp;e</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>Úplná cesta</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Vybrat…</translation>
    </message>
    <message>
        <source>No assignment (my customers)</source>
        <translation>Bez zakázky (moji zákazníci)</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>Za&amp;kázka</translation>
    </message>
    <message>
        <source>The imported customers belong to it.</source>
        <translation>Importovaní zákazníci budou patřit do této zakázky.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Vyberte soubor k importu</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Tabulky (*.xlsx *.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Načítání souboru…</translation>
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
    <name>HandoverWizard</name>
    <message>
        <source>Deactivate a user</source>
        <translation>Deaktivovat uživatele</translation>
    </message>
    <message>
        <source>&amp;Deactivate and hand over</source>
        <translation>&amp;Deaktivovat a předat</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Import zákazníků</translation>
    </message>
    <message>
        <source>You can import only into an open assignment you work on, and there is none on this device. Sync, or ask your coordinator.</source>
        <translation>Importovat lze jen do otevřené zakázky, na které pracujete, a v tomto počítači žádná taková není. Synchronizujte, nebo se obraťte na koordinátora.</translation>
    </message>
</context>
<context>
    <name>InitialSyncDialog</name>
    <message>
        <source>First sync</source>
        <translation>První synchronizace</translation>
    </message>
    <message>
        <source>Downloading your data</source>
        <translation>Stahování vašich dat</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Průběh synchronizace</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>Odesílání vašich změn</translation>
    </message>
    <message>
        <source>Downloading customers</source>
        <translation>Stahování zákazníků</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronizace</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} z {total}</translation>
    </message>
    <message>
        <source>{phase}: {done}</source>
        <translation>{phase}: {done}</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Zastaví se po aktuálním kroku…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CRM</source>
        <translation>Přihlášení — CRM</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Přihlášení</translation>
    </message>
    <message>
        <source>C&amp;hange server…</source>
        <translation>&amp;Změnit server…</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Uživatel</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Heslo</translation>
    </message>
    <message>
        <source>&amp;Demo users (password: demo)</source>
        <translation>&amp;Ukázkoví uživatelé (heslo: demo)</translation>
    </message>
    <message>
        <source>{login} — {role}</source>
        <translation>{login} — {role}</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Přihlásit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Přihlašování…</translation>
    </message>
    <message>
        <source>Login: {error}</source>
        <translation>Uživatel: {error}</translation>
    </message>
    <message>
        <source>Password: {error}</source>
        <translation>Heslo: {error}</translation>
    </message>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation>Zkuste to znovu za {seconds} s.</translation>
    </message>
    <message>
        <source>&amp;Sign in ({seconds})</source>
        <translation>&amp;Přihlásit ({seconds})</translation>
    </message>
    <message>
        <source>You can sign in again.</source>
        <translation>Můžete se znovu přihlásit.</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Přiřazení sloupců</translation>
    </message>
    <message>
        <source>Each column of the file goes into one field, or is not imported.</source>
        <translation>Každý sloupec souboru se importuje do jednoho pole, nebo se neimportuje.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sloupec v souboru</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Příklad</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>Importovat do</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Neimportovat</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Sloupce souboru</translation>
    </message>
    <message>
        <source>&amp;Columns of the file:</source>
        <translation>&amp;Sloupce souboru:</translation>
    </message>
    <message>
        <source>F2 chooses the field of the current column. Tab leaves the table.</source>
        <translation>F2 vybere pole pro aktuální sloupec. Tab tabulku opustí.</translation>
    </message>
    <message>
        <source>F2 chooses the field of the current column; Tab leaves the table.</source>
        <translation>F2 vybere pole pro aktuální sloupec; Tab tabulku opustí.</translation>
    </message>
    <message>
        <source>Poland (PL)</source>
        <translation>Polsko (PL)</translation>
    </message>
    <message>
        <source>Czechia (CZ)</source>
        <translation>Česko (CZ)</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Nechat prázdné</translation>
    </message>
    <message>
        <source>Co&amp;untry of rows without one</source>
        <translation>Z&amp;emě pro řádky bez země</translation>
    </message>
    <message>
        <source>Also decides the format of their postal codes.</source>
        <translation>Určuje také formát jejich PSČ.</translation>
    </message>
    <message>
        <source>{matched} of {total} columns recognised.</source>
        <translation>Rozpoznáno sloupců: {matched} z {total}.</translation>
    </message>
    <message>
        <source>The column names are in {language}.</source>
        <translation>Jazyk názvů sloupců: {language}.</translation>
    </message>
    <message>
        <source>Not imported, your role cannot write these fields: {columns}.</source>
        <translation>Neimportuje se (vaše role nemůže zapisovat do těchto polí): {columns}.</translation>
    </message>
    <message>
        <source>No column is imported. Choose at least one.</source>
        <translation>Neimportuje se žádný sloupec. Vyberte alespoň jeden.</translation>
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
        <translation>Tato zakázka je uzavřená. Požádejte koordinátora o její opětovné otevření.</translation>
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
        <source>Wrong password. Type the password you sign in with, then try again.</source>
        <translation>Chybné heslo. Zadejte heslo, kterým se přihlašujete, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a few minutes, then try again.</source>
        <translation>Příliš mnoho chybných hesel. Počkejte několik minut a zkuste to znovu.</translation>
    </message>
    <message>
        <source>More rows than your role may export at once. Narrow the list with the search or filters, or select fewer rows.</source>
        <translation>Víc řádků, než vaše role smí exportovat najednou. Zužte seznam hledáním nebo filtry, nebo vyberte méně řádků.</translation>
    </message>
    <message>
        <source>Your export limit for today is used up. Try again tomorrow, or ask your administrator to raise it.</source>
        <translation>Váš dnešní limit exportu je vyčerpán. Zkuste to znovu zítra, nebo požádejte správce o jeho navýšení.</translation>
    </message>
    <message>
        <source>Nothing to export: no row here is one your role may export.</source>
        <translation>Není co exportovat: žádný z těchto řádků vaše role exportovat nesmí.</translation>
    </message>
    <message>
        <source>Cannot reach the server, and your organisation allows exports only online. Connect to the network, then try again.</source>
        <translation>Server není dostupný a vaše organizace povoluje export jen online. Připojte se k síti a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another place for the file.</source>
        <translation>Disk je plný. Uvolněte místo, nebo pro soubor zvolte jiné umístění.</translation>
    </message>
    <message>
        <source>You may not write a file there. Choose another folder, for example Documents.</source>
        <translation>Do tohoto umístění nemůžete zapisovat. Zvolte jinou složku, například Dokumenty.</translation>
    </message>
    <message>
        <source>The file could not be written there. Check the folder and try again.</source>
        <translation>Soubor se tam nepodařilo zapsat. Zkontrolujte složku a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Your access to some columns has changed. Sync now (Ctrl+R), then export again.</source>
        <translation>Váš přístup k některým sloupcům se změnil. Synchronizujte (Ctrl+R) a exportujte znovu.</translation>
    </message>
    <message>
        <source>Too many rows for the clipboard. Use Export (Ctrl+Shift+E) instead.</source>
        <translation>Příliš mnoho řádků pro schránku. Použijte místo toho export (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Copying several rows needs the server. Connect to the network, or copy one row.</source>
        <translation>Kopírování více řádků vyžaduje server. Připojte se k síti, nebo zkopírujte jen jeden řádek.</translation>
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
        <source>Too many failed sign-ins: the server has locked this account for a while. Wait, or ask your administrator to unlock it.</source>
        <translation>Příliš mnoho neúspěšných přihlášení: server účet na chvíli zablokoval. Počkejte, nebo požádejte správce o odblokování.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait until the time shown, then try again.</source>
        <translation>Příliš mnoho chybných hesel. Počkejte na uvedený čas a zkuste to znovu.</translation>
    </message>
    <message>
        <source>You have been offline too long, so your local data is locked. Connect to the network and sign in again.</source>
        <translation>Byli jste příliš dlouho offline, proto jsou místní data uzamčena. Připojte se k síti a znovu se přihlaste.</translation>
    </message>
    <message>
        <source>You were offline longer than allowed, so the local data was erased. Sign in online to download it again.</source>
        <translation>Byli jste offline déle, než je povoleno, proto byla místní data smazána. Přihlaste se online a stáhněte je znovu.</translation>
    </message>
    <message>
        <source>Not a server address. Use the form https://crm.example.com.</source>
        <translation>Toto není adresa serveru. Použijte tvar https://crm.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer. Use the https:// address your administrator gave you.</source>
        <translation>Nezabezpečené http:// je povoleno jen pro tento počítač. Použijte adresu https://, kterou vám dal správce.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue syncing.</source>
        <translation>Vaše relace skončila. Pro další synchronizaci se znovu přihlaste.</translation>
    </message>
    <message>
        <source>The server&apos;s identity has changed. Do not continue; contact your administrator.</source>
        <translation>Identita serveru se změnila. Nepokračujte a kontaktujte správce.</translation>
    </message>
    <message>
        <source>The server sent an invalid answer. Contact your administrator.</source>
        <translation>Server poslal neplatnou odpověď. Kontaktujte správce.</translation>
    </message>
    <message>
        <source>Your access to this data has ended, so it was erased from this computer.</source>
        <translation>Váš přístup k těmto datům skončil, proto byla z tohoto počítače smazána.</translation>
    </message>
    <message>
        <source>The system key store reported an error. Restart it, then try again.</source>
        <translation>Systémové úložiště klíčů ohlásilo chybu. Restartujte ho a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The system key store has changed since this profile was created. Switch back to the previous one, or sign in online to start again.</source>
        <translation>Systémové úložiště klíčů se od vytvoření profilu změnilo. Vraťte původní, nebo se přihlaste online a začněte znovu.</translation>
    </message>
    <message>
        <source>The key of your local data is missing from the system key store. Sign in online to download your data again.</source>
        <translation>Klíč k místním datům v systémovém úložišti klíčů chybí. Přihlaste se online a stáhněte data znovu.</translation>
    </message>
    <message>
        <source>The local key file is damaged. Sign in online to download your data again.</source>
        <translation>Místní soubor s klíčem je poškozen. Přihlaste se online a stáhněte data znovu.</translation>
    </message>
    <message>
        <source>No local data for this login yet. Sign in online first.</source>
        <translation>Pro tohoto uživatele zatím nejsou místní data. Nejdřív se přihlaste online.</translation>
    </message>
    <message>
        <source>Your local data was made by a newer version. Install the current one.</source>
        <translation>Místní data vytvořila novější verze. Nainstalujte aktuální verzi.</translation>
    </message>
    <message>
        <source>An earlier row of this file has the same identifier or phone. Keep one.</source>
        <translation>Dřívější řádek tohoto souboru má stejný identifikátor nebo telefon. Ponechte jen jeden.</translation>
    </message>
    <message>
        <source>A customer with this identifier or phone already exists. Not imported.</source>
        <translation>Zákazník s tímto identifikátorem nebo telefonem už existuje. Neimportováno.</translation>
    </message>
    <message>
        <source>This file type cannot be imported. Choose an .xlsx or .csv file.</source>
        <translation>Tento typ souboru nelze importovat. Vyberte soubor .xlsx nebo .csv.</translation>
    </message>
    <message>
        <source>Two columns are imported into the same field. Change one of them.</source>
        <translation>Dva sloupce se importují do stejného pole. Jeden z nich změňte.</translation>
    </message>
    <message>
        <source>The file has no such column. Choose the file again.</source>
        <translation>Soubor takový sloupec nemá. Vyberte soubor znovu.</translation>
    </message>
    <message>
        <source>Saving stopped. Rows saved so far are kept; run the import again for the rest.</source>
        <translation>Ukládání se zastavilo. Dosud uložené řádky zůstanou zachovány; pro zbytek spusťte import znovu.</translation>
    </message>
    <message>
        <source>ARES has no company with this IČO. Check the number.</source>
        <translation>V ARES není žádná společnost s tímto IČO. Zkontrolujte číslo.</translation>
    </message>
    <message>
        <source>ARES sent an answer that cannot be read. Try again later.</source>
        <translation>ARES poslal odpověď, kterou nelze přečíst. Zkuste to později.</translation>
    </message>
    <message>
        <source>ARES did not answer in time. Try again later.</source>
        <translation>ARES neodpověděl včas. Zkuste to později.</translation>
    </message>
    <message>
        <source>ARES reported an error of its own. Try again later.</source>
        <translation>ARES ohlásil vlastní chybu. Zkuste to později.</translation>
    </message>
    <message>
        <source>Too many ARES lookups at once. Wait a minute, then try again.</source>
        <translation>Příliš mnoho dotazů do ARES najednou. Počkejte minutu a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Cannot reach ARES. Check the network connection.</source>
        <translation>ARES není dostupný. Zkontrolujte připojení k síti.</translation>
    </message>
    <message>
        <source>The ARES address is not secure. Use an https:// address in the settings.</source>
        <translation>Adresa ARES není zabezpečená. V nastavení použijte adresu https://.</translation>
    </message>
    <message>
        <source>No connection: reply not sent. It stays in the field; try again online.</source>
        <translation>Bez připojení: odpověď nebyla odeslána. Zůstává v poli; zkuste to znovu online.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, report it.</source>
        <translation>Něco se pokazilo. Zkuste to znovu; pokud se to opakuje, nahlaste to.</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Current assignment</source>
        <translation>Aktuální zakázka</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Pokyny:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Území:</translation>
    </message>
    <message>
        <source>Entered today:</source>
        <translation>Zadáno dnes:</translation>
    </message>
    <message>
        <source>Rows rejected by the &amp;verifier</source>
        <translation>Řádky zamítnuté &amp;ověřovatelem</translation>
    </message>
    <message>
        <source>Rows rejected by the verifier</source>
        <translation>Řádky zamítnuté ověřovatelem</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nový zákazník</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>Otevřít &amp;vybraný</translation>
    </message>
    <message>
        <source>No assignment yet. Sync, or ask your supervisor.</source>
        <translation>Zatím žádná zakázka. Synchronizujte, nebo se zeptejte vedoucího.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žádné</translation>
    </message>
    <message>
        <source>{count} of {target} (the daily target)</source>
        <translation>{count} z {target} (denní cíl)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Open the record for details</source>
        <translation>Podrobnosti najdete v záznamu</translation>
    </message>
    <message>
        <source>No more rejected rows.</source>
        <translation>Žádné další zamítnuté řádky.</translation>
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
        <translation>Zakázky</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Kontrola řádků</translation>
    </message>
    <message>
        <source>Every row is checked; nothing is saved yet.</source>
        <translation>Kontroluje se každý řádek; zatím se nic neukládá.</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Průběh kontroly</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Řádky</translation>
    </message>
    <message>
        <source>Problems by reason</source>
        <translation>Problémy podle důvodu</translation>
    </message>
    <message>
        <source>Problems by &amp;reason:</source>
        <translation>&amp;Problémy podle důvodu:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sloupec</translation>
    </message>
    <message>
        <source>First problem rows</source>
        <translation>První řádky s problémy</translation>
    </message>
    <message>
        <source>&amp;First problem rows:</source>
        <translation>P&amp;rvní řádky s problémy:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrola všech řádků…</translation>
    </message>
    <message>
        <source>Checking every row… {done} rows so far.</source>
        <translation>Kontrola všech řádků… zatím zkontrolováno: {done}.</translation>
    </message>
    <message>
        <source>{total} rows in the file. {valid} can be imported. {bad} cannot: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</source>
        <translation>Řádků v souboru: {total}. Lze importovat: {valid}. Nelze importovat: {bad} (s chybami: {invalid}, opakované v souboru: {in_file}, už mezi zákazníky: {existing}).</translation>
    </message>
    <message>
        <source>Nothing to import: go back and check the columns or the file.</source>
        <translation>Není co importovat: vraťte se a zkontrolujte sloupce nebo soubor.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>řádek {row}</translation>
    </message>
    <message>
        <source>{valid} of {total} rows can be imported.</source>
        <translation>Lze importovat řádků: {valid} z {total}.</translation>
    </message>
</context>
<context>
    <name>RejectFieldDialog</name>
    <message>
        <source>Reject field: {field}</source>
        <translation>Zamítnout pole: {field}</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Důvod</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Komentář</translation>
    </message>
    <message>
        <source>Optional; the operator reads it.</source>
        <translation>Nepovinné; operátor si ho přečte.</translation>
    </message>
    <message>
        <source>Field {field} will be sent back to the operator.</source>
        <translation>Pole {field} se vrátí operátorovi.</translation>
    </message>
    <message>
        <source>Re&amp;ject field</source>
        <translation>&amp;Zamítnout pole</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>RowCopier</name>
    <message>
        <source>Cell copied.</source>
        <translation>Buňka zkopírována.</translation>
    </message>
    <message>
        <source>Row copied.</source>
        <translation>Řádek zkopírován.</translation>
    </message>
    <message>
        <source>{rows} rows of the customer list copied to the clipboard</source>
        <translation>Řádky seznamu zákazníků zkopírované do schránky: {rows}</translation>
    </message>
    <message>
        <source>{rows} rows copied; the copy is recorded as an export.</source>
        <translation>Zkopírováno řádků: {rows}; kopie se zaznamená jako export.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Nezkopírováno</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importování</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Průběh importu</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Za&amp;stavit</translation>
    </message>
    <message>
        <source>Importing {valid} rows…</source>
        <translation>Import řádků: {valid}…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Zastaví se po aktuální dávce…</translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>CRM server</source>
        <translation>Server CRM</translation>
    </message>
    <message>
        <source>Connect to your CRM server</source>
        <translation>Připojení k serveru CRM</translation>
    </message>
    <message>
        <source>Enter the address your administrator gave you. It starts with https://.</source>
        <translation>Zadejte adresu, kterou vám dal správce. Začíná https://.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresa serveru</translation>
    </message>
    <message>
        <source>For example https://crm.example.com</source>
        <translation>Například https://crm.example.com</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Pokračovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
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
    <name>Start</name>
    <message>
        <source>Demo mode: a local demo server with sample data. Nothing is kept afterwards.</source>
        <translation>Ukázkový režim: místní ukázkový server s ukázkovými daty. Nic se neuchová.</translation>
    </message>
    <message>
        <source>No system key store was found, so the demo keeps its key in memory only. The real client refuses to run without one.</source>
        <translation>Nebylo nalezeno systémové úložiště klíčů, proto ukázka drží klíč jen v paměti. Skutečný klient bez něj nepoběží.</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Copy {rows} rows</source>
        <translation>Kopírování řádků: {rows}</translation>
    </message>
    <message>
        <source>Copying more than one row counts as an export: it is recorded with your login, and needs your password.</source>
        <translation>Kopírování více než jednoho řádku se počítá jako export: zaznamená se s vaším přihlašovacím jménem a vyžaduje vaše heslo.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Heslo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Souhrn</translation>
    </message>
    <message>
        <source>Re&amp;port file</source>
        <translation>Soubor &amp;protokolu</translation>
    </message>
    <message>
        <source>Every row not imported, with its column and reason.</source>
        <translation>Všechny neimportované řádky se sloupcem a důvodem.</translation>
    </message>
    <message>
        <source>&amp;Open the report&apos;s folder</source>
        <translation>&amp;Otevřít složku protokolu</translation>
    </message>
    <message>
        <source>The import did not run: {reason}</source>
        <translation>Import neproběhl: {reason}</translation>
    </message>
    <message>
        <source>{saved} customers saved.</source>
        <translation>Uloženo zákazníků: {saved}.</translation>
    </message>
    <message>
        <source>{bad} rows not imported: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</source>
        <translation>Neimportováno řádků: {bad} (s chybami: {invalid}, opakované v souboru: {in_file}, už mezi zákazníky: {existing}).</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import dokončen.</translation>
    </message>
    <message>
        <source>Import stopped. Whole batches were saved, nothing of the one interrupted. Run the same file again to finish: saved rows are recognised and skipped.</source>
        <translation>Import zastaven. Celé dávky se uložily, z přerušené dávky nic. Pro dokončení importujte stejný soubor znovu: uložené řádky se rozpoznají a přeskočí.</translation>
    </message>
    <message>
        <source>Import stopped by an error: {reason} Whole batches were saved, nothing of the one that failed.</source>
        <translation>Import zastavila chyba: {reason} Celé dávky se uložily, z dávky, která selhala, nic.</translation>
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
<context>
    <name>UserDialog</name>
    <message>
        <source>Operator</source>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Ověřovatel</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vedoucí</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Zadavatel</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Správce</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Ředitel</translation>
    </message>
    <message>
        <source>External call-centre operator</source>
        <translation>Externí operátor call centra</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Obchodní zástupce</translation>
    </message>
    <message>
        <source>Service technician</source>
        <translation>Servisní technik</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nový uživatel</translation>
    </message>
    <message>
        <source>The new user signs in with this login and password.</source>
        <translation>Nový uživatel se přihlásí tímto jménem a heslem.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Název</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>Přihlašovací &amp;jméno</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ -</source>
        <translation>Písmena, číslice a . _ @ -</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Heslo</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Alespoň {n} znaků.</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Role uživatele {name}</translation>
    </message>
    <message>
        <source>Roles combine: the user may do what any of them allows.</source>
        <translation>Role se sčítají: uživatel smí vše, co dovoluje kterákoli z nich.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Use letters, digits and . _ @ - only.</source>
        <translation>Použijte jen písmena, číslice a . _ @ -.</translation>
    </message>
    <message>
        <source>Too short. Use at least {n} characters.</source>
        <translation>Příliš krátké. Použijte alespoň {n} znaků.</translation>
    </message>
    <message>
        <source>Error: give at least one role.</source>
        <translation>Chyba: přidělte alespoň jednu roli.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Uživatelé</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Přihlašovací jméno</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nový uživatel…</translation>
    </message>
    <message>
        <source>&amp;Change roles…</source>
        <translation>Změnit &amp;role…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivovat…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Načíst zno&amp;vu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktivován</translation>
    </message>
    <message>
        <source>User {name} created.</source>
        <translation>Uživatel {name} vytvořen.</translation>
    </message>
    <message>
        <source>Roles of {name} saved.</source>
        <translation>Role uživatele {name} uloženy.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Fields of the record</source>
        <translation>Pole záznamu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Rozhodnutí</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nerozhodnuto</translation>
    </message>
    <message>
        <source>Comments with the operator</source>
        <translation>Komentáře s operátorem</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Discussion with the operator</source>
        <translation>Diskuse s operátorem</translation>
    </message>
    <message>
        <source>Co&amp;mment to the operator</source>
        <translation>Ko&amp;mentář pro operátora</translation>
    </message>
    <message>
        <source>Post &amp;comment</source>
        <translation>Odeslat ko&amp;mentář</translation>
    </message>
    <message>
        <source>&amp;Approve record</source>
        <translation>&amp;Schválit záznam</translation>
    </message>
    <message>
        <source>Re&amp;ject field…</source>
        <translation>&amp;Zamítnout pole…</translation>
    </message>
    <message>
        <source>&amp;Send rejection</source>
        <translation>Ode&amp;slat zamítnutí</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>&amp;Další záznam</translation>
    </message>
    <message>
        <source>Re&amp;load queue</source>
        <translation>Načíst frontu zno&amp;vu</translation>
    </message>
    <message>
        <source>In the field table: {approve} approves the record, {reject} rejects the selected field, {send} sends the rejection, {next} goes to the next record.</source>
        <translation>V tabulce polí: {approve} schválí záznam, {reject} zamítne vybrané pole, {send} odešle zamítnutí, {next} přejde na další záznam.</translation>
    </message>
    <message>
        <source>Approve record</source>
        <translation>Schválit záznam</translation>
    </message>
    <message>
        <source>Reject field</source>
        <translation>Zamítnout pole</translation>
    </message>
    <message>
        <source>Send rejection</source>
        <translation>Odeslat zamítnutí</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Další záznam</translation>
    </message>
    <message>
        <source>No records to verify.</source>
        <translation>Žádné záznamy k ověření.</translation>
    </message>
    <message>
        <source>No records are waiting for verification.</source>
        <translation>Na ověření nečekají žádné záznamy.</translation>
    </message>
    <message>
        <source>Record {n} of {total} waiting.</source>
        <translation>Záznam {n} z {total} čekajících.</translation>
    </message>
    <message>
        <source>Unnamed record</source>
        <translation>Záznam bez názvu</translation>
    </message>
    <message>
        <source>{record} — {state}</source>
        <translation>{record} — {state}</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Zamítnuto: {reason}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kolega</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Schváleno.</translation>
    </message>
    <message>
        <source>{field}: {reason}. Press {send} to send.</source>
        <translation>{field}: {reason}. Odešlete klávesou {send}.</translation>
    </message>
    <message>
        <source>Rejection sent.</source>
        <translation>Zamítnutí odesláno.</translation>
    </message>
    <message>
        <source>{what} Next: {record}.</source>
        <translation>{what} Další: {record}.</translation>
    </message>
    <message>
        <source>Record {n} of {total}: {record}.</source>
        <translation>Záznam {n} z {total}: {record}.</translation>
    </message>
    <message>
        <source>Comment posted.</source>
        <translation>Komentář odeslán.</translation>
    </message>
</context>
<context>
    <name>VerifierReply</name>
    <message>
        <source>Reply to the verifier</source>
        <translation>Odpověď ověřovateli</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Odeslat odpověď</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends the reply. Sending needs the server.</source>
        <translation>Ctrl+Enter odpověď odešle. K odeslání je potřeba server.</translation>
    </message>
    <message>
        <source>Send the reply to the verifier (Ctrl+Enter)</source>
        <translation>Odeslat odpověď ověřovateli (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type a reply first.</source>
        <translation>Nejdřív napište odpověď.</translation>
    </message>
    <message>
        <source>Sending the reply…</source>
        <translation>Odesílání odpovědi…</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Odpověď odeslána.</translation>
    </message>
    <message>
        <source>Reply not sent. {reason} It stays in the field.</source>
        <translation>Odpověď nebyla odeslána. {reason} Zůstává v poli.</translation>
    </message>
</context>
<context>
    <name>_NewOwnerPage</name>
    <message>
        <source>New owner</source>
        <translation>Nový vlastník</translation>
    </message>
    <message>
        <source>Who takes the records over.</source>
        <translation>Kdo záznamy převezme.</translation>
    </message>
    <message>
        <source>New &amp;owner</source>
        <translation>Nový &amp;vlastník</translation>
    </message>
    <message>
        <source>Move open &amp;tasks too</source>
        <translation>Převést i otevřené ú&amp;koly</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <source>Whose records</source>
        <translation>Čí záznamy</translation>
    </message>
    <message>
        <source>Pick the person who leaves. Their records are handed over.</source>
        <translation>Vyberte odcházející osobu. Její záznamy budou předány.</translation>
    </message>
    <message>
        <source>&amp;Leaver</source>
        <translation>&amp;Odcházející</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>What moves</source>
        <translation>Co se převede</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Počítám…</translation>
    </message>
    <message>
        <source>{name} owns {customers} records and has {tasks} open tasks.</source>
        <translation>{name}: záznamů {customers}, otevřených úkolů {tasks}.</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Handing over</source>
        <translation>Předávání</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zastavit</translation>
    </message>
    <message>
        <source>Handover progress</source>
        <translation>Průběh předání</translation>
    </message>
    <message>
        <source>Moving records and deactivating the user…</source>
        <translation>Převádím záznamy a deaktivuji uživatele…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Zastavím po aktuálním kroku…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hotovo.</translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Souhrn</translation>
    </message>
    <message>
        <source>{customers} records and {tasks} open tasks moved to {owner}.</source>
        <translation>Záznamů {customers} a otevřených úkolů {tasks} převedeno na: {owner}.</translation>
    </message>
    <message>
        <source>{moved} {leaver} is deactivated and signed out everywhere. Their devices delete the local data at their next contact with the server.</source>
        <translation>{moved} Uživatel {leaver} je deaktivován a všude odhlášen. Jeho zařízení smažou místní data při příštím spojení se serverem.</translation>
    </message>
    <message>
        <source>Stopped. {moved} {leaver} is still active; run the handover again to finish.</source>
        <translation>Zastaveno. {moved} Uživatel {leaver} je stále aktivní; dokončete předání jeho novým spuštěním.</translation>
    </message>
    <message>
        <source>Handover finished.</source>
        <translation>Předání dokončeno.</translation>
    </message>
    <message>
        <source>Handover stopped.</source>
        <translation>Předání zastaveno.</translation>
    </message>
</context>
</TS>
