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
        <source>Something went wrong. Try again; if it keeps happening, report it.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie; jeśli to się powtarza, zgłoś to.</translation>
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
</TS>
