<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Za&amp;pisz</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sz&amp;ukaj</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>&amp;Następny rekord</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>P&amp;oprzedni rekord</translation>
    </message>
    <message>
        <source>Next &amp;flagged row</source>
        <translation>Następny o&amp;znaczony wiersz</translation>
    </message>
    <message>
        <source>Previous f&amp;lagged row</source>
        <translation>Poprzedni ozn&amp;aczony wiersz</translation>
    </message>
    <message>
        <source>&amp;Where am I</source>
        <translation>&amp;Gdzie jestem</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and page</source>
        <translation>Przełącz między &amp;nawigacją a stroną</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;O programie</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importuj klientów…</translation>
    </message>
    <message>
        <source>Loo&amp;k up in ARES</source>
        <translation>&amp;Wyszukaj w ARES</translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation>&amp;Eksportuj klientów…</translation>
    </message>
</context>
<context>
    <name>AresFormLookup</name>
    <message>
        <source>Look up in ARES</source>
        <translation>Wyszukaj w ARES</translation>
    </message>
    <message>
        <source>Undo the lookup</source>
        <translation>Cofnij wypełnienie</translation>
    </message>
    <message>
        <source>Fill name, address and DIČ from ARES (Ctrl+Shift+A)</source>
        <translation>Wypełnij nazwę, adres i DIČ z ARES (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Restore the values the lookup changed</source>
        <translation>Przywróć wartości zmienione przez wypełnienie z ARES</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A looks it up in ARES.</source>
        <translation>Ctrl+Shift+A wyszukuje go w ARES.</translation>
    </message>
    <message>
        <source>Your role cannot change the fields ARES fills.</source>
        <translation>Twoja rola nie pozwala zmieniać pól wypełnianych z ARES.</translation>
    </message>
    <message>
        <source>Enter a valid IČO first.</source>
        <translation>Najpierw wpisz prawidłowe IČO.</translation>
    </message>
    <message>
        <source>Looking up {ico} in ARES…</source>
        <translation>Wyszukiwanie {ico} w ARES…</translation>
    </message>
    <message>
        <source>{reason} The lookup is queued and runs after the next successful sync; it fills the fields that are still empty then.</source>
        <translation>{reason} Wyszukiwanie dodano do kolejki; zostanie wykonane po następnej udanej synchronizacji i wypełni wtedy pola, które będą jeszcze puste.</translation>
    </message>
    <message>
        <source>{reason} Save the customer: the lookup is then queued and runs after the next successful sync.</source>
        <translation>{reason} Zapisz klienta: wyszukiwanie zostanie wtedy dodane do kolejki i wykonane po następnej udanej synchronizacji.</translation>
    </message>
    <message>
        <source>Warning: ARES records this company as dissolved on {date}.</source>
        <translation>Uwaga: według ARES ta firma została rozwiązana dnia {date}.</translation>
    </message>
    <message>
        <source>Filled from ARES: {fields}.</source>
        <translation>Wypełniono z ARES: {fields}.</translation>
    </message>
    <message>
        <source>Kept your values of: {fields}.</source>
        <translation>Zachowano twoje wartości: {fields}.</translation>
    </message>
    <message>
        <source>ARES has the same data as this record.</source>
        <translation>ARES ma te same dane co ten rekord.</translation>
    </message>
    <message>
        <source>Legal form: {form}.</source>
        <translation>Forma prawna: {form}.</translation>
    </message>
    <message>
        <source>Check the values and save with Ctrl+S, or undo the lookup.</source>
        <translation>Sprawdź wartości i zapisz skrótem Ctrl+S albo cofnij wypełnienie.</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: „{old}” → „{new}”</translation>
    </message>
    <message>
        <source>ARES has other values</source>
        <translation>ARES ma inne wartości</translation>
    </message>
    <message>
        <source>Replace these values with the ones from ARES?</source>
        <translation>Zastąpić te wartości wartościami z ARES?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Zastąp</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Zachowaj &amp;moje</translation>
    </message>
    <message>
        <source>The values from ARES were removed.</source>
        <translation>Wartości z ARES zostały usunięte.</translation>
    </message>
    <message>
        <source>The ARES lookup is queued.</source>
        <translation>Wyszukiwanie w ARES dodano do kolejki.</translation>
    </message>
</context>
<context>
    <name>AresQueueRunner</name>
    <message>
        <source>Legal form</source>
        <translation>Forma prawna</translation>
    </message>
    <message>
        <source>ARES lookup for {name}: filled {fields}.</source>
        <translation>Wyszukiwanie w ARES dla {name}: wypełniono {fields}.</translation>
    </message>
    <message>
        <source>ARES lookup for {name}: nothing to fill.</source>
        <translation>Wyszukiwanie w ARES dla {name}: nie ma czego wypełnić.</translation>
    </message>
    <message>
        <source>ARES lookup for IČO {ico} not applied: {reason}</source>
        <translation>Nie zastosowano wyniku wyszukiwania w ARES dla IČO {ico}: {reason}</translation>
    </message>
    <message>
        <source>The company is dissolved.</source>
        <translation>Firma została rozwiązana.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Edytuj zlecenie</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nowe zlecenie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Instrukcje</translation>
    </message>
    <message>
        <source>What operators should do.</source>
        <translation>Co mają robić operatorzy.</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Teren</translation>
    </message>
    <message>
        <source>For example: mazowieckie.</source>
        <translation>Na przykład: mazowieckie.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Brak celu</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Cel dzienny</translation>
    </message>
    <message>
        <source>Daily tar&amp;get</source>
        <translation>Cel &amp;dzienny</translation>
    </message>
    <message>
        <source>Records an operator should enter per day; 0 for no target.</source>
        <translation>Liczba rekordów, które operator powinien wprowadzić dziennie; 0 oznacza brak celu.</translation>
    </message>
    <message>
        <source>A person not in the directory</source>
        <translation>Osoba spoza katalogu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <source>&amp;Principal</source>
        <translation>&amp;Zleceniodawca</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordynator</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>&amp;Supervisors</source>
        <translation>&amp;Opiekunowie</translation>
    </message>
    <message>
        <source>&amp;Operators</source>
        <translation>Op&amp;eratorzy</translation>
    </message>
    <message>
        <source>V&amp;erifiers</source>
        <translation>&amp;Weryfikatorzy</translation>
    </message>
    <message>
        <source>Space checks or unchecks a person.</source>
        <translation>Spacja zaznacza lub odznacza osobę.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Zapi&amp;sz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Error: a person has one part in an assignment. Uncheck the extra one.</source>
        <translation>Błąd: osoba ma w zleceniu jedną rolę. Odznacz nadmiarową.</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Closed for operators</source>
        <translation>Zamknięte dla operatorów</translation>
    </message>
    <message>
        <source>Closed definitively</source>
        <translation>Zamknięte ostatecznie</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Zlecenia</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zlecenia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teren</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Records per per&amp;son</source>
        <translation>Rekordy według o&amp;sób</translation>
    </message>
    <message>
        <source>Records per person</source>
        <translation>Rekordy według osób</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;Nowe zlecenie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>C&amp;ustom field…</source>
        <translation>Pole wł&amp;asne…</translation>
    </message>
    <message>
        <source>&amp;Close for operators</source>
        <translation>Zamknij dla &amp;operatorów</translation>
    </message>
    <message>
        <source>Close &amp;definitively…</source>
        <translation>Zamknij osta&amp;tecznie…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>user {id}</source>
        <translation>użytkownik {id}</translation>
    </message>
    <message>
        <source>Principal: {principal}. Coordinator: {coordinator}. Supervisors: {sup}. Operators: {ops}. Verifiers: {ver}.
Instructions: {instructions}</source>
        <translation>Zleceniodawca: {principal}. Koordynator: {coordinator}. Opiekunowie: {sup}. Operatorzy: {ops}. Weryfikatorzy: {ver}.
Instrukcje: {instructions}</translation>
    </message>
    <message>
        <source>Daily target: {target} records per operator.</source>
        <translation>Cel dzienny: {target} (liczba rekordów na operatora).</translation>
    </message>
    <message>
        <source>No daily target.</source>
        <translation>Brak celu dziennego.</translation>
    </message>
    <message>
        <source>Assignment created.</source>
        <translation>Zlecenie utworzone.</translation>
    </message>
    <message>
        <source>Assignment saved.</source>
        <translation>Zlecenie zapisane.</translation>
    </message>
    <message>
        <source>Custom field {label} defined.</source>
        <translation>Utworzono pole własne {label}.</translation>
    </message>
    <message>
        <source>Closed for operators.</source>
        <translation>Zamknięto dla operatorów.</translation>
    </message>
    <message>
        <source>Close assignment definitively</source>
        <translation>Ostateczne zamknięcie zlecenia</translation>
    </message>
    <message>
        <source>Close “{name}” definitively?</source>
        <translation>Zamknąć ostatecznie „{name}”?</translation>
    </message>
    <message>
        <source>Its sub-assignments close too, their open tasks are cancelled, and operators can no longer change its records. A coordinator can reopen it later.</source>
        <translation>Zamkną się też zlecenia podrzędne, ich otwarte zadania zostaną anulowane, a operatorzy nie będą mogli zmieniać jego rekordów. Koordynator może je później wznowić.</translation>
    </message>
    <message>
        <source>Close &amp;definitively</source>
        <translation>Zamknij osta&amp;tecznie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Assignment closed definitively.</source>
        <translation>Zlecenie zamknięte ostatecznie.</translation>
    </message>
    <message>
        <source>Assignment reopened.</source>
        <translation>Zlecenie wznowione.</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <source>New custom field</source>
        <translation>Nowe pole własne</translation>
    </message>
    <message>
        <source>The field appears on the records of “{assignment}”.</source>
        <translation>Pole pojawi się w rekordach zlecenia „{assignment}”.</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Wymagane</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Klucz</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores, e.g. herd_size.</source>
        <translation>Małe litery, cyfry i podkreślenia, np. wielkosc_stada.</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etykieta</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupa</translation>
    </message>
    <message>
        <source>Access to the group decides who sees it.</source>
        <translation>O tym, kto widzi pole, decyduje dostęp do grupy.</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>&amp;Opcje</translation>
    </message>
    <message>
        <source>One per line; only for a list.</source>
        <translation>Jedna w wierszu; tylko dla listy.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
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
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moja</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Pierwotna</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Zachowaj &amp;moją</translation>
    </message>
    <message>
        <source>Accept th&amp;eirs</source>
        <translation>Przyjmij &amp;ich</translation>
    </message>
    <message>
        <source>Restore &amp;original</source>
        <translation>Przywróć &amp;pierwotną</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Rekord {id}</translation>
    </message>
    <message>
        <source>Whole record (deleted here)</source>
        <translation>Cały rekord (tu usunięty)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>No conflicts. Every change reached the server cleanly.</source>
        <translation>Brak konfliktów. Wszystkie zmiany dotarły na serwer bez problemów.</translation>
    </message>
    <message>
        <source>{n} conflicts wait for your decision.</source>
        <translation>Konflikty czekające na decyzję: {n}.</translation>
    </message>
    <message>
        <source>{field} of {record}: you entered “{mine}”, {user} entered “{theirs}”, it was “{base}” before.</source>
        <translation>{field} w {record}: wpisano tu „{mine}”, {user} wpisał „{theirs}”, wcześniej było „{base}”.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>ktoś inny</translation>
    </message>
    <message>
        <source>Kept your value.</source>
        <translation>Zachowano twoją wartość.</translation>
    </message>
    <message>
        <source>Accepted their value.</source>
        <translation>Przyjęto ich wartość.</translation>
    </message>
    <message>
        <source>Restored the original value.</source>
        <translation>Przywrócono pierwotną wartość.</translation>
    </message>
    <message>
        <source>{done} {n} left.</source>
        <translation>{done} Pozostało: {n}.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer {row} of {total}</source>
        <translation>Klient {row} z {total}</translation>
    </message>
    <message>
        <source>Back to list</source>
        <translation>Powrót do listy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>{group} (read-only)</source>
        <translation>{group} (tylko do odczytu)</translation>
    </message>
    <message>
        <source>Flagged by the verifier: {reason}. {comment}</source>
        <translation>Oznaczone przez weryfikatora: {reason}. {comment}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>ARES lookup is not available here.</source>
        <translation>Wyszukiwanie w ARES nie jest tu dostępne.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Dyskusja</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 cyfr</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 lub 14 cyfr</translation>
    </message>
    <message>
        <source>For example 10.11.Z</source>
        <translation>Na przykład 10.11.Z</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cyfr</translation>
    </message>
    <message>
        <source>CZ and 8 to 10 digits</source>
        <translation>CZ i od 8 do 10 cyfr</translation>
    </message>
    <message>
        <source>For example 00-950 or 602 00</source>
        <translation>Na przykład 00-950 lub 602 00</translation>
    </message>
    <message>
        <source>For example name@example.com</source>
        <translation>Na przykład imie@example.com</translation>
    </message>
    <message>
        <source>Starts with https://</source>
        <translation>Zaczyna się od https://</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation>Rok-miesiąc-dzień</translation>
    </message>
    <message>
        <source>Digits, optionally starting with +</source>
        <translation>Cyfry, opcjonalnie z + na początku</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Tylko do odczytu.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>The record is saved on this device and sent at the next sync.</source>
        <translation>Rekord zostanie zapisany na tym komputerze i wysłany przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Assignment: {name}</source>
        <translation>Zlecenie: {name}</translation>
    </message>
    <message>
        <source>Flagged: {fields}</source>
        <translation>Oznaczone: {fields}</translation>
    </message>
    <message>
        <source>Verification: {state}</source>
        <translation>Weryfikacja: {state}</translation>
    </message>
    <message>
        <source>Read-only: the assignment is closed.</source>
        <translation>Tylko do odczytu: zlecenie jest zamknięte.</translation>
    </message>
    <message>
        <source>Read-only: your role cannot edit this record.</source>
        <translation>Tylko do odczytu: Twoja rola nie pozwala edytować tego rekordu.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Version from the server</source>
        <translation>Wersja z serwera</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Odrzucone przez serwer</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Na serwerze</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
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
        <translation>Zmienił</translation>
    </message>
    <message>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Weryfikator</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Back to the customer list (Esc)</source>
        <translation>Powrót do listy klientów (Esc)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>Owners over time</source>
        <translation>Właściciele w czasie</translation>
    </message>
    <message>
        <source>Fields flagged by the verifier</source>
        <translation>Pola oznaczone przez weryfikatora</translation>
    </message>
    <message>
        <source>Discussion with the verifier</source>
        <translation>Dyskusja z weryfikatorem</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nie ma nic do zapisania.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Nie zapisano. {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Not saved, {count} errors. {first}</source>
        <translation>Nie zapisano, błędów: {count}. {first}</translation>
    </message>
    <message>
        <source>Not saved. {first}</source>
        <translation>Nie zapisano. {first}</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Flagged</source>
        <translation>Oznaczone</translation>
    </message>
    <message>
        <source>Flagged: {fields}</source>
        <translation>Oznaczone: {fields}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>This customer is no longer on this device.</source>
        <translation>Tego klienta nie ma już na tym komputerze.</translation>
    </message>
    <message>
        <source>Unsaved changes. Save with Ctrl+S first.</source>
        <translation>Niezapisane zmiany. Najpierw zapisz skrótem Ctrl+S.</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>wyszukiwanie „{text}”</translation>
    </message>
    <message>
        <source>none (every customer in the list)</source>
        <translation>brak (wszyscy klienci z listy)</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>niezapisane zmiany</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Sz&amp;ukaj</translation>
    </message>
    <message>
        <source>Name, identifier, phone, e-mail or city</source>
        <translation>Nazwa, identyfikator, telefon, e-mail lub miasto</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>&amp;Zlecenie</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Właściciel</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>W&amp;eryfikacja</translation>
    </message>
    <message>
        <source>R&amp;egion</source>
        <translation>Wojewó&amp;dztwo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>Nowy k&amp;lient</translation>
    </message>
    <message>
        <source>Sort by &amp;column</source>
        <translation>Sortuj wg &amp;kolumny</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Eksp&amp;ortuj…</translation>
    </message>
    <message>
        <source>Export the list or the selected rows (Ctrl+Shift+E)</source>
        <translation>Eksportuj listę lub zaznaczone wiersze (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Sort by the column of the current cell; again to reverse</source>
        <translation>Sortuje według kolumny bieżącej komórki; ponownie odwraca kolejność</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>Klientów: {count}</translation>
    </message>
    <message>
        <source>{count} found.</source>
        <translation>Znaleziono: {count}.</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Tej kolumny nie można sortować.</translation>
    </message>
    <message>
        <source>Sorted by {column}, descending.</source>
        <translation>Posortowano według {column}, malejąco.</translation>
    </message>
    <message>
        <source>Sorted by {column}, ascending.</source>
        <translation>Posortowano według {column}, rosnąco.</translation>
    </message>
    <message>
        <source>No more customers.</source>
        <translation>Nie ma więcej klientów.</translation>
    </message>
    <message>
        <source>No more flagged customers.</source>
        <translation>Nie ma więcej oznaczonych klientów.</translation>
    </message>
</context>
<context>
    <name>DataIo</name>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>czeski</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>{field} is required: import a column of the file into it.</source>
        <translation>Pole „{field}” jest wymagane: zaimportuj do niego kolumnę pliku.</translation>
    </message>
    <message>
        <source>{field} is chosen for more than one column (also “{column}”). Keep one.</source>
        <translation>Pole „{field}” wybrano dla więcej niż jednej kolumny (także „{column}”). Zostaw jedną.</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>blank</source>
        <translation>puste</translation>
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
        <translation>Eksport klientów</translation>
    </message>
    <message>
        <source>The file holds only the columns your role may see. It is marked with your login, the time and an export number, and the export is recorded.</source>
        <translation>Plik zawiera tylko kolumny, które twoja rola może widzieć. Jest oznaczony twoim loginem, czasem i numerem eksportu, a eksport zostaje zarejestrowany.</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Wiersze</translation>
    </message>
    <message>
        <source>Filter of the list: {filter}</source>
        <translation>Filtr listy: {filter}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Where the xlsx file is saved.</source>
        <translation>Gdzie zostanie zapisany plik xlsx.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Wybierz plik w oknie dialogowym</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Confirm the export with the password you sign in with.</source>
        <translation>Potwierdź eksport hasłem, którym się logujesz.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Postęp eksportu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>liczę…</translation>
    </message>
    <message>
        <source>The current list ({rows})</source>
        <translation>Bieżąca lista ({rows})</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>wierszy: {count}</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>nic nie zaznaczono</translation>
    </message>
    <message>
        <source>The selected rows ({rows})</source>
        <translation>Zaznaczone wiersze ({rows})</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>klientów: {count}</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Eksportuj do pliku</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wybierz, gdzie zapisać plik.</translation>
    </message>
    <message>
        <source>selected rows of the customer list; filter: {filter}</source>
        <translation>zaznaczone wiersze listy klientów; filtr: {filter}</translation>
    </message>
    <message>
        <source>customer list; filter: {filter}</source>
        <translation>lista klientów; filtr: {filter}</translation>
    </message>
    <message>
        <source>Stopping… the partial file is removed.</source>
        <translation>Zatrzymywanie… niepełny plik zostanie usunięty.</translation>
    </message>
    <message>
        <source>Writing rows: {done} of {total}.</source>
        <translation>Zapisywanie wierszy: {done} z {total}.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Eksport anulowany. Nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Exported {rows} customers to {file}. Export number: {id}.</source>
        <translation>Liczba klientów wyeksportowanych do pliku {file}: {rows}. Numer eksportu: {id}.</translation>
    </message>
    <message>
        <source>You are offline: the export is reported to the server at the next sync.</source>
        <translation>Pracujesz bez połączenia: eksport zostanie zgłoszony serwerowi przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>The server is told about it at the next sync.</source>
        <translation>Serwer dowie się o nim przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Export finished: {rows} customers.</source>
        <translation>Eksport zakończony, klientów: {rows}.</translation>
    </message>
    <message>
        <source>&amp;Stop export</source>
        <translation>&amp;Zatrzymaj eksport</translation>
    </message>
    <message>
        <source>Asking the server for permission…</source>
        <translation>Oczekiwanie na zgodę serwera…</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Błąd: {message}</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Zastąpić plik?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>Plik {file} już istnieje. Czy chcesz go zastąpić?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Zastąp</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Zach&amp;owaj</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Zły format</translation>
    </message>
    <message>
        <source>Wrong value</source>
        <translation>Błędna wartość</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nieosiągalny</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Niezweryfikowany</translation>
    </message>
    <message>
        <source>Corrected, waiting</source>
        <translation>Poprawiony, czeka</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Wybór z listy</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Tak lub nie</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
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
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Business activity</source>
        <translation>Przedmiot działalności</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Telefon stacjonarny</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telefon komórkowy</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>Data source 1</source>
        <translation>Źródło danych 1</translation>
    </message>
    <message>
        <source>Data source 2</source>
        <translation>Źródło danych 2</translation>
    </message>
    <message>
        <source>Data source 3</source>
        <translation>Źródło danych 3</translation>
    </message>
    <message>
        <source>Data source 4</source>
        <translation>Źródło danych 4</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Cena zakupu</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marża</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Weryfikacja</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identyfikacja</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
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
        <translation>Działalność</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Dane handlowe</translation>
    </message>
    <message>
        <source>Assignment fields</source>
        <translation>Pola zlecenia</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Niezweryfikowany</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Czeka na weryfikację</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Oznaczony</translation>
    </message>
    <message>
        <source>invalid format</source>
        <translation>nieprawidłowy format</translation>
    </message>
    <message>
        <source>wrong value</source>
        <translation>błędna wartość</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nieosiągalny</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Wybór pliku</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file whose first row holds the column names.</source>
        <translation>Plik .xlsx lub .csv, którego pierwszy wiersz zawiera nazwy kolumn.</translation>
    </message>
    <message>
        <source>Fil&amp;e</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>Pełna ścieżka</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Wy&amp;bierz…</translation>
    </message>
    <message>
        <source>No assignment (my customers)</source>
        <translation>Bez zlecenia (moi klienci)</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>&amp;Zlecenie</translation>
    </message>
    <message>
        <source>The imported customers belong to it.</source>
        <translation>Importowani klienci będą należeć do tego zlecenia.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Wybierz plik do importu</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>{label} (required)</source>
        <translation>{label} (wymagane)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Błąd: {message}</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <source>Deactivate a user</source>
        <translation>Dezaktywuj użytkownika</translation>
    </message>
    <message>
        <source>&amp;Deactivate and hand over</source>
        <translation>&amp;Dezaktywuj i przekaż</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <source>You can import only into an open assignment you work on, and there is none on this device. Sync, or ask your coordinator.</source>
        <translation>Importować można tylko do otwartego zlecenia, w którym pracujesz, a na tym komputerze nie ma takiego zlecenia. Zsynchronizuj lub zapytaj koordynatora.</translation>
    </message>
</context>
<context>
    <name>InitialSyncDialog</name>
    <message>
        <source>First sync</source>
        <translation>Pierwsza synchronizacja</translation>
    </message>
    <message>
        <source>Downloading your data</source>
        <translation>Pobieranie Twoich danych</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Postęp synchronizacji</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>Wysyłanie Twoich zmian</translation>
    </message>
    <message>
        <source>Downloading customers</source>
        <translation>Pobieranie klientów</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronizacja</translation>
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
        <translation>Zatrzymanie po bieżącym kroku…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CRM</source>
        <translation>Logowanie — CRM</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>C&amp;hange server…</source>
        <translation>&amp;Zmień serwer…</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>&amp;Demo users (password: demo)</source>
        <translation>&amp;Użytkownicy demo (hasło: demo)</translation>
    </message>
    <message>
        <source>{login} — {role}</source>
        <translation>{login} — {role}</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Za&amp;loguj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Serwer: {url}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Login: {error}</source>
        <translation>Login: {error}</translation>
    </message>
    <message>
        <source>Password: {error}</source>
        <translation>Hasło: {error}</translation>
    </message>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation>Spróbuj ponownie za {seconds} s.</translation>
    </message>
    <message>
        <source>&amp;Sign in ({seconds})</source>
        <translation>Za&amp;loguj ({seconds})</translation>
    </message>
    <message>
        <source>You can sign in again.</source>
        <translation>Możesz zalogować się ponownie.</translation>
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
        <translation>&amp;Strony</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>&amp;{number} {page}</source>
        <translation>&amp;{number} {page}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Rekord</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Prze&amp;jdź</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Pages: Ctrl+1 to Ctrl+7</source>
        <translation>Strony: Ctrl+1 do Ctrl+7</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>O programie CRM</translation>
    </message>
    <message>
        <source>CRM desktop client, version {version}.</source>
        <translation>Klient CRM na komputer, wersja {version}.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronizacja zakończona.</translation>
    </message>
    <message>
        <source>Sync failed: offline.</source>
        <translation>Synchronizacja nieudana: brak połączenia.</translation>
    </message>
    <message>
        <source>New events: {count}</source>
        <translation>Nowe zdarzenia: {count}</translation>
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
        <translation>Dopasowanie kolumn</translation>
    </message>
    <message>
        <source>Each column of the file goes into one field, or is not imported.</source>
        <translation>Każda kolumna pliku trafia do jednego pola albo nie jest importowana.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Przykład</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>Importuj do</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie importuj</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolumny pliku</translation>
    </message>
    <message>
        <source>&amp;Columns of the file:</source>
        <translation>&amp;Kolumny pliku:</translation>
    </message>
    <message>
        <source>F2 chooses the field of the current column. Tab leaves the table.</source>
        <translation>F2 wybiera pole dla bieżącej kolumny. Tab opuszcza tabelę.</translation>
    </message>
    <message>
        <source>F2 chooses the field of the current column; Tab leaves the table.</source>
        <translation>F2 wybiera pole dla bieżącej kolumny; Tab opuszcza tabelę.</translation>
    </message>
    <message>
        <source>Poland (PL)</source>
        <translation>Polska (PL)</translation>
    </message>
    <message>
        <source>Czechia (CZ)</source>
        <translation>Czechy (CZ)</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Pozostaw puste</translation>
    </message>
    <message>
        <source>Co&amp;untry of rows without one</source>
        <translation>K&amp;raj dla wierszy bez kraju</translation>
    </message>
    <message>
        <source>Also decides the format of their postal codes.</source>
        <translation>Decyduje też o formacie ich kodów pocztowych.</translation>
    </message>
    <message>
        <source>{matched} of {total} columns recognised.</source>
        <translation>Rozpoznano kolumn: {matched} z {total}.</translation>
    </message>
    <message>
        <source>The column names are in {language}.</source>
        <translation>Język nazw kolumn: {language}.</translation>
    </message>
    <message>
        <source>Not imported, your role cannot write these fields: {columns}.</source>
        <translation>Nie zostaną zaimportowane (twoja rola nie może zapisywać tych pól): {columns}.</translation>
    </message>
    <message>
        <source>No column is imported. Choose at least one.</source>
        <translation>Żadna kolumna nie jest importowana. Wybierz co najmniej jedną.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required. Fill it in.</source>
        <translation>To pole jest wymagane. Wypełnij je.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it.</source>
        <translation>Tekst jest za długi. Skróć go.</translation>
    </message>
    <message>
        <source>Not a valid NIP. Enter the 10 digits of a Polish tax number.</source>
        <translation>Nieprawidłowy NIP. Wpisz 10 cyfr numeru NIP.</translation>
    </message>
    <message>
        <source>Not a valid REGON. Enter 9 or 14 digits.</source>
        <translation>Nieprawidłowy REGON. Wpisz 9 lub 14 cyfr.</translation>
    </message>
    <message>
        <source>Not a valid PKD code. Use the form 62.01.Z.</source>
        <translation>Nieprawidłowy kod PKD. Użyj postaci 62.01.Z.</translation>
    </message>
    <message>
        <source>Not a valid IČO. Enter the 8 digits of a Czech company number.</source>
        <translation>Nieprawidłowe IČO. Wpisz 8 cyfr czeskiego numeru firmy.</translation>
    </message>
    <message>
        <source>Not a valid DIČ. Enter CZ followed by 8 to 10 digits.</source>
        <translation>Nieprawidłowe DIČ. Wpisz CZ i po nim 8 do 10 cyfr.</translation>
    </message>
    <message>
        <source>Not a valid postal code. Check it against the country.</source>
        <translation>Nieprawidłowy kod pocztowy. Sprawdź go dla danego kraju.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address. Use the form name@example.com.</source>
        <translation>Nieprawidłowy adres e-mail. Użyj postaci nazwa@example.com.</translation>
    </message>
    <message>
        <source>Not a valid web address. Start it with https://.</source>
        <translation>Nieprawidłowy adres strony. Zacznij go od https://.</translation>
    </message>
    <message>
        <source>Not a valid phone number. Use digits, optionally starting with +.</source>
        <translation>Nieprawidłowy numer telefonu. Użyj cyfr, opcjonalnie z + na początku.</translation>
    </message>
    <message>
        <source>Not a number. Enter digits only.</source>
        <translation>To nie jest liczba. Wpisz tylko cyfry.</translation>
    </message>
    <message>
        <source>Not a valid date. Use the form year-month-day.</source>
        <translation>Nieprawidłowa data. Użyj postaci rok-miesiąc-dzień.</translation>
    </message>
    <message>
        <source>This value is not in the list. Pick one from the list.</source>
        <translation>Tej wartości nie ma na liście. Wybierz wartość z listy.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Wybierz tak lub nie.</translation>
    </message>
    <message>
        <source>Unknown country. Pick a country from the list.</source>
        <translation>Nieznany kraj. Wybierz kraj z listy.</translation>
    </message>
    <message>
        <source>This field is not available to you. Leave it out.</source>
        <translation>To pole nie jest dla ciebie dostępne. Pomiń je.</translation>
    </message>
    <message>
        <source>This field is read-only for your role. Ask a supervisor to change it.</source>
        <translation>To pole jest dla twojej roli tylko do odczytu. Poproś przełożonego o zmianę.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Użyj małych liter, cyfr i podkreśleń; na początku litera.</translation>
    </message>
    <message>
        <source>A standard field already has this name. Choose another one.</source>
        <translation>Pole standardowe ma już tę nazwę. Wybierz inną.</translation>
    </message>
    <message>
        <source>Another custom field already has this name. Choose another one.</source>
        <translation>Inne pole własne ma już tę nazwę. Wybierz inną.</translation>
    </message>
    <message>
        <source>Give a list of different choices, one per line.</source>
        <translation>Podaj listę różnych wartości, każdą w osobnym wierszu.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask your supervisor if you need it.</source>
        <translation>Twoja rola na to nie pozwala. Jeśli tego potrzebujesz, poproś przełożonego.</translation>
    </message>
    <message>
        <source>This record no longer exists or was moved away from you. Refresh the list.</source>
        <translation>Ten rekord już nie istnieje lub został ci odebrany. Odśwież listę.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Review the conflict on the Conflicts page.</source>
        <translation>Ktoś inny w międzyczasie zmienił ten rekord. Przejrzyj konflikt na stronie Konflikty.</translation>
    </message>
    <message>
        <source>This assignment is closed. Ask your coordinator to reopen it.</source>
        <translation>To zlecenie jest zamknięte. Poproś koordynatora o ponowne otwarcie.</translation>
    </message>
    <message>
        <source>This user account is deactivated. Contact your administrator.</source>
        <translation>To konto użytkownika jest dezaktywowane. Skontaktuj się z administratorem.</translation>
    </message>
    <message>
        <source>The export is larger than your limit. Narrow the list and try again.</source>
        <translation>Eksport przekracza twój limit. Zawęź listę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Wrong password. Type the password you sign in with, then try again.</source>
        <translation>Błędne hasło. Wpisz hasło, którym się logujesz, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a few minutes, then try again.</source>
        <translation>Zbyt wiele błędnych haseł. Poczekaj kilka minut i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>More rows than your role may export at once. Narrow the list with the search or filters, or select fewer rows.</source>
        <translation>Więcej wierszy, niż twoja rola może wyeksportować naraz. Zawęź listę wyszukiwaniem lub filtrami albo zaznacz mniej wierszy.</translation>
    </message>
    <message>
        <source>Your export limit for today is used up. Try again tomorrow, or ask your administrator to raise it.</source>
        <translation>Twój dzienny limit eksportu został wykorzystany. Spróbuj ponownie jutro lub poproś administratora o jego zwiększenie.</translation>
    </message>
    <message>
        <source>Nothing to export: no row here is one your role may export.</source>
        <translation>Nie ma nic do wyeksportowania: twoja rola nie może eksportować żadnego z tych wierszy.</translation>
    </message>
    <message>
        <source>Cannot reach the server, and your organisation allows exports only online. Connect to the network, then try again.</source>
        <translation>Brak połączenia z serwerem, a twoja organizacja zezwala na eksport tylko online. Połącz się z siecią i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another place for the file.</source>
        <translation>Dysk jest pełny. Zwolnij miejsce lub wybierz inną lokalizację pliku.</translation>
    </message>
    <message>
        <source>You may not write a file there. Choose another folder, for example Documents.</source>
        <translation>Nie możesz zapisać pliku w tym miejscu. Wybierz inny folder, na przykład Dokumenty.</translation>
    </message>
    <message>
        <source>The file could not be written there. Check the folder and try again.</source>
        <translation>Nie udało się zapisać pliku w tym miejscu. Sprawdź folder i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your access to some columns has changed. Sync now (Ctrl+R), then export again.</source>
        <translation>Twój dostęp do niektórych kolumn się zmienił. Zsynchronizuj (Ctrl+R) i wyeksportuj ponownie.</translation>
    </message>
    <message>
        <source>Too many rows for the clipboard. Use Export (Ctrl+Shift+E) instead.</source>
        <translation>Zbyt wiele wierszy dla schowka. Użyj zamiast tego eksportu (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Copying several rows needs the server. Connect to the network, or copy one row.</source>
        <translation>Kopiowanie kilku wierszy wymaga połączenia z serwerem. Połącz się z siecią lub skopiuj jeden wiersz.</translation>
    </message>
    <message>
        <source>The system key store is not available. Start or install it (for example GNOME Keyring), then try again.</source>
        <translation>Systemowy magazyn kluczy jest niedostępny. Uruchom go lub zainstaluj (na przykład GNOME Keyring) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The system key store is not secure enough. Configure an encrypted one, then try again.</source>
        <translation>Systemowy magazyn kluczy nie jest wystarczająco bezpieczny. Skonfiguruj szyfrowany magazyn i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The system key store is locked. Unlock it, then try again.</source>
        <translation>Systemowy magazyn kluczy jest zablokowany. Odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network; your changes are kept and sent later.</source>
        <translation>Brak połączenia z serwerem. Sprawdź sieć; twoje zmiany zostaną zachowane i wysłane później.</translation>
    </message>
    <message>
        <source>This app and the server do not match. Install the current version.</source>
        <translation>Aplikacja nie pasuje do serwera. Zainstaluj aktualną wersję.</translation>
    </message>
    <message>
        <source>This version is too old for the server. Install the current version.</source>
        <translation>Ta wersja jest za stara dla serwera. Zainstaluj aktualną wersję.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your login and password and try again.</source>
        <translation>Logowanie nie powiodło się. Sprawdź login i hasło i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Błędne hasło. Sprawdź Caps Lock i układ klawiatury, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is an unchanged .xlsx file.</source>
        <translation>Nie można odczytać pliku. Sprawdź, czy to niezmieniony plik .xlsx.</translation>
    </message>
    <message>
        <source>Your local data is locked. Connect to the server and sign in again.</source>
        <translation>Twoje dane lokalne są zablokowane. Połącz się z serwerem i zaloguj ponownie.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the server has locked this account for a while. Wait, or ask your administrator to unlock it.</source>
        <translation>Zbyt wiele nieudanych logowań: serwer zablokował to konto na jakiś czas. Poczekaj lub poproś administratora o odblokowanie.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait until the time shown, then try again.</source>
        <translation>Zbyt wiele błędnych haseł. Poczekaj podany czas i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>You have been offline too long, so your local data is locked. Connect to the network and sign in again.</source>
        <translation>Zbyt długo pracowano bez połączenia, więc dane lokalne są zablokowane. Połącz się z siecią i zaloguj ponownie.</translation>
    </message>
    <message>
        <source>You were offline longer than allowed, so the local data was erased. Sign in online to download it again.</source>
        <translation>Praca bez połączenia trwała dłużej, niż wolno, więc dane lokalne zostały usunięte. Zaloguj się online, aby pobrać je ponownie.</translation>
    </message>
    <message>
        <source>Not a server address. Use the form https://crm.example.com.</source>
        <translation>To nie jest adres serwera. Użyj formy https://crm.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer. Use the https:// address your administrator gave you.</source>
        <translation>Zwykłe http:// jest dozwolone tylko dla tego komputera. Użyj adresu https:// od administratora.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue syncing.</source>
        <translation>Twoja sesja wygasła. Zaloguj się ponownie, aby dalej synchronizować.</translation>
    </message>
    <message>
        <source>The server&apos;s identity has changed. Do not continue; contact your administrator.</source>
        <translation>Tożsamość serwera się zmieniła. Nie kontynuuj; skontaktuj się z administratorem.</translation>
    </message>
    <message>
        <source>The server sent an invalid answer. Contact your administrator.</source>
        <translation>Serwer przysłał nieprawidłową odpowiedź. Skontaktuj się z administratorem.</translation>
    </message>
    <message>
        <source>Your access to this data has ended, so it was erased from this computer.</source>
        <translation>Twój dostęp do tych danych wygasł, więc zostały usunięte z tego komputera.</translation>
    </message>
    <message>
        <source>The system key store reported an error. Restart it, then try again.</source>
        <translation>Systemowy magazyn kluczy zgłosił błąd. Uruchom go ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The system key store has changed since this profile was created. Switch back to the previous one, or sign in online to start again.</source>
        <translation>Systemowy magazyn kluczy zmienił się od utworzenia profilu. Przywróć poprzedni lub zaloguj się online, aby zacząć od nowa.</translation>
    </message>
    <message>
        <source>The key of your local data is missing from the system key store. Sign in online to download your data again.</source>
        <translation>W systemowym magazynie kluczy brakuje klucza danych lokalnych. Zaloguj się online, aby pobrać dane ponownie.</translation>
    </message>
    <message>
        <source>The local key file is damaged. Sign in online to download your data again.</source>
        <translation>Lokalny plik klucza jest uszkodzony. Zaloguj się online, aby pobrać dane ponownie.</translation>
    </message>
    <message>
        <source>No local data for this login yet. Sign in online first.</source>
        <translation>Brak jeszcze danych lokalnych dla tego loginu. Najpierw zaloguj się online.</translation>
    </message>
    <message>
        <source>Your local data was made by a newer version. Install the current one.</source>
        <translation>Dane lokalne utworzyła nowsza wersja. Zainstaluj aktualną wersję.</translation>
    </message>
    <message>
        <source>An earlier row of this file has the same identifier or phone. Keep one.</source>
        <translation>Wcześniejszy wiersz tego pliku ma ten sam identyfikator lub telefon. Zostaw jeden.</translation>
    </message>
    <message>
        <source>A customer with this identifier or phone already exists. Not imported.</source>
        <translation>Klient z tym identyfikatorem lub telefonem już istnieje. Nie zaimportowano.</translation>
    </message>
    <message>
        <source>This file type cannot be imported. Choose an .xlsx or .csv file.</source>
        <translation>Tego typu pliku nie można zaimportować. Wybierz plik .xlsx lub .csv.</translation>
    </message>
    <message>
        <source>Two columns are imported into the same field. Change one of them.</source>
        <translation>Dwie kolumny są importowane do tego samego pola. Zmień jedną z nich.</translation>
    </message>
    <message>
        <source>The file has no such column. Choose the file again.</source>
        <translation>Plik nie ma takiej kolumny. Wybierz plik ponownie.</translation>
    </message>
    <message>
        <source>Saving stopped. Rows saved so far are kept; run the import again for the rest.</source>
        <translation>Zapisywanie zostało przerwane. Zapisane dotąd wiersze pozostają; aby zaimportować resztę, uruchom import ponownie.</translation>
    </message>
    <message>
        <source>ARES has no company with this IČO. Check the number.</source>
        <translation>W ARES nie ma firmy z tym IČO. Sprawdź numer.</translation>
    </message>
    <message>
        <source>ARES sent an answer that cannot be read. Try again later.</source>
        <translation>ARES przysłał odpowiedź, której nie można odczytać. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>ARES did not answer in time. Try again later.</source>
        <translation>ARES nie odpowiedział na czas. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>ARES reported an error of its own. Try again later.</source>
        <translation>ARES zgłosił własny błąd. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Too many ARES lookups at once. Wait a minute, then try again.</source>
        <translation>Zbyt wiele zapytań do ARES naraz. Poczekaj minutę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Cannot reach ARES. Check the network connection.</source>
        <translation>Brak połączenia z ARES. Sprawdź połączenie sieciowe.</translation>
    </message>
    <message>
        <source>The ARES address is not secure. Use an https:// address in the settings.</source>
        <translation>Adres ARES nie jest bezpieczny. Użyj w ustawieniach adresu https://.</translation>
    </message>
    <message>
        <source>No connection: reply not sent. It stays in the field; try again online.</source>
        <translation>Brak połączenia: odpowiedź nie została wysłana. Pozostaje w polu; spróbuj ponownie online.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, report it.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie; jeśli to się powtarza, zgłoś to.</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Current assignment</source>
        <translation>Bieżące zlecenie</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instrukcje:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Teren:</translation>
    </message>
    <message>
        <source>Entered today:</source>
        <translation>Wprowadzono dziś:</translation>
    </message>
    <message>
        <source>Rows rejected by the &amp;verifier</source>
        <translation>Wiersze odrzucone przez &amp;weryfikatora</translation>
    </message>
    <message>
        <source>Rows rejected by the verifier</source>
        <translation>Wiersze odrzucone przez weryfikatora</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nowy klient</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Otwórz zaznaczony</translation>
    </message>
    <message>
        <source>No assignment yet. Sync, or ask your supervisor.</source>
        <translation>Brak zlecenia. Zsynchronizuj lub zapytaj opiekuna.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>{count} of {target} (the daily target)</source>
        <translation>{count} z {target} (cel dzienny)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Open the record for details</source>
        <translation>Szczegóły w rekordzie</translation>
    </message>
    <message>
        <source>No more rejected rows.</source>
        <translation>Nie ma więcej odrzuconych wierszy.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>My work</source>
        <translation>Moja praca</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Weryfikacja</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zlecenia</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stan synchronizacji</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available yet.</source>
        <translation>Ta strona nie jest jeszcze dostępna.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Sprawdzenie wierszy</translation>
    </message>
    <message>
        <source>Every row is checked; nothing is saved yet.</source>
        <translation>Sprawdzany jest każdy wiersz; nic nie jest jeszcze zapisywane.</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Postęp sprawdzania</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Problems by reason</source>
        <translation>Problemy według przyczyny</translation>
    </message>
    <message>
        <source>Problems by &amp;reason:</source>
        <translation>&amp;Problemy według przyczyny:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>First problem rows</source>
        <translation>Pierwsze wiersze z problemami</translation>
    </message>
    <message>
        <source>&amp;First problem rows:</source>
        <translation>Pie&amp;rwsze wiersze z problemami:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Sprawdzanie wszystkich wierszy…</translation>
    </message>
    <message>
        <source>Checking every row… {done} rows so far.</source>
        <translation>Sprawdzanie wszystkich wierszy… dotąd sprawdzono: {done}.</translation>
    </message>
    <message>
        <source>{total} rows in the file. {valid} can be imported. {bad} cannot: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</source>
        <translation>Wierszy w pliku: {total}. Można zaimportować: {valid}. Nie można: {bad} (z błędami: {invalid}, powtórzone w pliku: {in_file}, już wśród klientów: {existing}).</translation>
    </message>
    <message>
        <source>Nothing to import: go back and check the columns or the file.</source>
        <translation>Nie ma nic do zaimportowania: wróć i sprawdź kolumny lub plik.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>wiersz {row}</translation>
    </message>
    <message>
        <source>{valid} of {total} rows can be imported.</source>
        <translation>Można zaimportować wierszy: {valid} z {total}.</translation>
    </message>
</context>
<context>
    <name>RejectFieldDialog</name>
    <message>
        <source>Reject field: {field}</source>
        <translation>Odrzuć pole: {field}</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Komentarz</translation>
    </message>
    <message>
        <source>Optional; the operator reads it.</source>
        <translation>Opcjonalny; operator go przeczyta.</translation>
    </message>
    <message>
        <source>Field {field} will be sent back to the operator.</source>
        <translation>Pole {field} wróci do operatora.</translation>
    </message>
    <message>
        <source>Re&amp;ject field</source>
        <translation>&amp;Odrzuć pole</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>RowCopier</name>
    <message>
        <source>Cell copied.</source>
        <translation>Skopiowano komórkę.</translation>
    </message>
    <message>
        <source>Row copied.</source>
        <translation>Skopiowano wiersz.</translation>
    </message>
    <message>
        <source>{rows} rows of the customer list copied to the clipboard</source>
        <translation>Wiersze listy klientów skopiowane do schowka: {rows}</translation>
    </message>
    <message>
        <source>{rows} rows copied; the copy is recorded as an export.</source>
        <translation>Skopiowano wierszy: {rows}; kopia zostanie zarejestrowana jako eksport.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Nie skopiowano</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Importing {valid} rows…</source>
        <translation>Importowanie wierszy: {valid}…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Zatrzymanie po bieżącej partii…</translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>CRM server</source>
        <translation>Serwer CRM</translation>
    </message>
    <message>
        <source>Connect to your CRM server</source>
        <translation>Połącz się z serwerem CRM</translation>
    </message>
    <message>
        <source>Enter the address your administrator gave you. It starts with https://.</source>
        <translation>Wpisz adres otrzymany od administratora. Zaczyna się od https://.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adres serwera</translation>
    </message>
    <message>
        <source>For example https://crm.example.com</source>
        <translation>Na przykład https://crm.example.com</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>Działa od razu.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>High contrast shows white and yellow on black.</source>
        <translation>Wysoki kontrast pokazuje biel i żółć na czerni.</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Rozmiar tekstu</translation>
    </message>
    <message>
        <source>100% is the text size of the system.</source>
        <translation>100% to rozmiar tekstu systemu.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zgodnie z systemem</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardowy</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Demo mode: a local demo server with sample data. Nothing is kept afterwards.</source>
        <translation>Tryb demo: lokalny serwer demo z przykładowymi danymi. Nic nie zostanie zachowane.</translation>
    </message>
    <message>
        <source>No system key store was found, so the demo keeps its key in memory only. The real client refuses to run without one.</source>
        <translation>Nie znaleziono systemowego magazynu kluczy, więc demo trzyma klucz tylko w pamięci. Właściwy klient bez niego nie działa.</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Copy {rows} rows</source>
        <translation>Kopiowanie wierszy: {rows}</translation>
    </message>
    <message>
        <source>Copying more than one row counts as an export: it is recorded with your login, and needs your password.</source>
        <translation>Kopiowanie więcej niż jednego wiersza liczy się jako eksport: jest rejestrowane z twoim loginem i wymaga hasła.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Re&amp;port file</source>
        <translation>Plik &amp;raportu</translation>
    </message>
    <message>
        <source>Every row not imported, with its column and reason.</source>
        <translation>Każdy niezaimportowany wiersz z kolumną i przyczyną.</translation>
    </message>
    <message>
        <source>&amp;Open the report&apos;s folder</source>
        <translation>&amp;Otwórz folder raportu</translation>
    </message>
    <message>
        <source>The import did not run: {reason}</source>
        <translation>Import nie został wykonany: {reason}</translation>
    </message>
    <message>
        <source>{saved} customers saved.</source>
        <translation>Zapisano klientów: {saved}.</translation>
    </message>
    <message>
        <source>{bad} rows not imported: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</source>
        <translation>Nie zaimportowano wierszy: {bad} (z błędami: {invalid}, powtórzone w pliku: {in_file}, już wśród klientów: {existing}).</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import zakończony.</translation>
    </message>
    <message>
        <source>Import stopped. Whole batches were saved, nothing of the one interrupted. Run the same file again to finish: saved rows are recognised and skipped.</source>
        <translation>Import zatrzymany. Całe partie zostały zapisane, z przerwanej nic. Aby dokończyć, zaimportuj ten sam plik ponownie: zapisane wiersze zostaną rozpoznane i pominięte.</translation>
    </message>
    <message>
        <source>Import stopped by an error: {reason} Whole batches were saved, nothing of the one that failed.</source>
        <translation>Import przerwany przez błąd: {reason} Całe partie zostały zapisane, z tej, która się nie powiodła, nic.</translation>
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
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Ostatnia synchronizacja: nigdy</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Ostatnia synchronizacja: {when}</translation>
    </message>
    <message>
        <source>Pending changes: {count}</source>
        <translation>Niewysłane zmiany: {count}</translation>
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
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Weryfikator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Zleceniodawca</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Dyrektor</translation>
    </message>
    <message>
        <source>External call-centre operator</source>
        <translation>Zewnętrzny operator call center</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Przedstawiciel handlowy</translation>
    </message>
    <message>
        <source>Service technician</source>
        <translation>Serwisant</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nowy użytkownik</translation>
    </message>
    <message>
        <source>The new user signs in with this login and password.</source>
        <translation>Nowy użytkownik zaloguje się tym loginem i hasłem.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ -</source>
        <translation>Litery, cyfry i . _ @ -</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Co najmniej {n} znaków.</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Role użytkownika {name}</translation>
    </message>
    <message>
        <source>Roles combine: the user may do what any of them allows.</source>
        <translation>Role się sumują: użytkownik może to, na co pozwala którakolwiek z nich.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Use letters, digits and . _ @ - only.</source>
        <translation>Użyj tylko liter, cyfr i . _ @ -.</translation>
    </message>
    <message>
        <source>Too short. Use at least {n} characters.</source>
        <translation>Za krótkie. Użyj co najmniej {n} znaków.</translation>
    </message>
    <message>
        <source>Error: give at least one role.</source>
        <translation>Błąd: nadaj co najmniej jedną rolę.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Użytkownicy</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nowy użytkownik…</translation>
    </message>
    <message>
        <source>&amp;Change roles…</source>
        <translation>Zmień rol&amp;e…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Dezaktywuj…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Dezaktywowany</translation>
    </message>
    <message>
        <source>User {name} created.</source>
        <translation>Utworzono użytkownika {name}.</translation>
    </message>
    <message>
        <source>Roles of {name} saved.</source>
        <translation>Zapisano role użytkownika {name}.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Fields of the record</source>
        <translation>Pola rekordu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Bez decyzji</translation>
    </message>
    <message>
        <source>Comments with the operator</source>
        <translation>Komentarze z operatorem</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Discussion with the operator</source>
        <translation>Rozmowa z operatorem</translation>
    </message>
    <message>
        <source>Co&amp;mment to the operator</source>
        <translation>Ko&amp;mentarz dla operatora</translation>
    </message>
    <message>
        <source>Post &amp;comment</source>
        <translation>Wyślij &amp;komentarz</translation>
    </message>
    <message>
        <source>&amp;Approve record</source>
        <translation>&amp;Zatwierdź rekord</translation>
    </message>
    <message>
        <source>Re&amp;ject field…</source>
        <translation>&amp;Odrzuć pole…</translation>
    </message>
    <message>
        <source>&amp;Send rejection</source>
        <translation>Wyślij o&amp;drzucenie</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>&amp;Następny rekord</translation>
    </message>
    <message>
        <source>Re&amp;load queue</source>
        <translation>Odśwież &amp;kolejkę</translation>
    </message>
    <message>
        <source>In the field table: {approve} approves the record, {reject} rejects the selected field, {send} sends the rejection, {next} goes to the next record.</source>
        <translation>W tabeli pól: {approve} zatwierdza rekord, {reject} odrzuca wybrane pole, {send} wysyła odrzucenie, {next} przechodzi do następnego rekordu.</translation>
    </message>
    <message>
        <source>Approve record</source>
        <translation>Zatwierdź rekord</translation>
    </message>
    <message>
        <source>Reject field</source>
        <translation>Odrzuć pole</translation>
    </message>
    <message>
        <source>Send rejection</source>
        <translation>Wyślij odrzucenie</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Następny rekord</translation>
    </message>
    <message>
        <source>No records to verify.</source>
        <translation>Brak rekordów do weryfikacji.</translation>
    </message>
    <message>
        <source>No records are waiting for verification.</source>
        <translation>Żadne rekordy nie czekają na weryfikację.</translation>
    </message>
    <message>
        <source>Record {n} of {total} waiting.</source>
        <translation>Rekord {n} z {total} oczekujących.</translation>
    </message>
    <message>
        <source>Unnamed record</source>
        <translation>Rekord bez nazwy</translation>
    </message>
    <message>
        <source>{record} — {state}</source>
        <translation>{record} — {state}</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Odrzucone: {reason}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Współpracownik</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Zatwierdzono.</translation>
    </message>
    <message>
        <source>{field}: {reason}. Press {send} to send.</source>
        <translation>{field}: {reason}. Wyślij klawiszem {send}.</translation>
    </message>
    <message>
        <source>Rejection sent.</source>
        <translation>Odrzucenie wysłane.</translation>
    </message>
    <message>
        <source>{what} Next: {record}.</source>
        <translation>{what} Następny: {record}.</translation>
    </message>
    <message>
        <source>Record {n} of {total}: {record}.</source>
        <translation>Rekord {n} z {total}: {record}.</translation>
    </message>
    <message>
        <source>Comment posted.</source>
        <translation>Komentarz wysłany.</translation>
    </message>
</context>
<context>
    <name>VerifierReply</name>
    <message>
        <source>Reply to the verifier</source>
        <translation>Odpowiedź dla weryfikatora</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends the reply. Sending needs the server.</source>
        <translation>Ctrl+Enter wysyła odpowiedź. Do wysłania potrzebny jest serwer.</translation>
    </message>
    <message>
        <source>Send the reply to the verifier (Ctrl+Enter)</source>
        <translation>Wyślij odpowiedź do weryfikatora (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type a reply first.</source>
        <translation>Najpierw wpisz odpowiedź.</translation>
    </message>
    <message>
        <source>Sending the reply…</source>
        <translation>Wysyłanie odpowiedzi…</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Odpowiedź wysłana.</translation>
    </message>
    <message>
        <source>Reply not sent. {reason} It stays in the field.</source>
        <translation>Nie wysłano odpowiedzi. {reason} Pozostaje w polu.</translation>
    </message>
</context>
<context>
    <name>_NewOwnerPage</name>
    <message>
        <source>New owner</source>
        <translation>Nowy właściciel</translation>
    </message>
    <message>
        <source>Who takes the records over.</source>
        <translation>Kto przejmie rekordy.</translation>
    </message>
    <message>
        <source>New &amp;owner</source>
        <translation>Nowy &amp;właściciel</translation>
    </message>
    <message>
        <source>Move open &amp;tasks too</source>
        <translation>Przenieś też otwarte &amp;zadania</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <source>Whose records</source>
        <translation>Czyje rekordy</translation>
    </message>
    <message>
        <source>Pick the person who leaves. Their records are handed over.</source>
        <translation>Wybierz osobę, która odchodzi. Jej rekordy zostaną przekazane.</translation>
    </message>
    <message>
        <source>&amp;Leaver</source>
        <translation>&amp;Odchodzący</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>What moves</source>
        <translation>Co zostanie przeniesione</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczę…</translation>
    </message>
    <message>
        <source>{name} owns {customers} records and has {tasks} open tasks.</source>
        <translation>{name}: rekordów {customers}, otwartych zadań {tasks}.</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Handing over</source>
        <translation>Przekazywanie</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Handover progress</source>
        <translation>Postęp przekazywania</translation>
    </message>
    <message>
        <source>Moving records and deactivating the user…</source>
        <translation>Przenoszę rekordy i dezaktywuję użytkownika…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Zatrzymam po bieżącym kroku…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>{customers} records and {tasks} open tasks moved to {owner}.</source>
        <translation>Rekordów {customers} i otwartych zadań {tasks} przeniesiono do: {owner}.</translation>
    </message>
    <message>
        <source>{moved} {leaver} is deactivated and signed out everywhere. Their devices delete the local data at their next contact with the server.</source>
        <translation>{moved} Użytkownik {leaver} jest dezaktywowany i wylogowany wszędzie. Jego urządzenia usuną dane lokalne przy następnym połączeniu z serwerem.</translation>
    </message>
    <message>
        <source>Stopped. {moved} {leaver} is still active; run the handover again to finish.</source>
        <translation>Zatrzymano. {moved} Użytkownik {leaver} jest nadal aktywny; uruchom przekazanie ponownie, aby je dokończyć.</translation>
    </message>
    <message>
        <source>Handover finished.</source>
        <translation>Przekazanie zakończone.</translation>
    </message>
    <message>
        <source>Handover stopped.</source>
        <translation>Przekazanie zatrzymane.</translation>
    </message>
</context>
</TS>
