<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>С&amp;ледующая запись</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>П&amp;редыдущая запись</translation>
    </message>
    <message>
        <source>Next &amp;flagged row</source>
        <translation>Следующая &amp;отмеченная строка</translation>
    </message>
    <message>
        <source>Previous f&amp;lagged row</source>
        <translation>Предыдущая отмеченн&amp;ая строка</translation>
    </message>
    <message>
        <source>&amp;Where am I</source>
        <translation>&amp;Где я</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and page</source>
        <translation>Переключить &amp;навигацию и страницу</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>blank</source>
        <translation>пусто</translation>
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
        <translation>{label} (обязательно)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Ошибка: {message}</translation>
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
        <translation>С&amp;траницы</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>&amp;{number} {page}</source>
        <translation>&amp;{number} {page}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Pages: Ctrl+1 to Ctrl+7</source>
        <translation>Страницы: Ctrl+1 … Ctrl+7</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>О программе CRM</translation>
    </message>
    <message>
        <source>CRM desktop client, version {version}.</source>
        <translation>Настольный клиент CRM, версия {version}.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message>
        <source>Sync failed: offline.</source>
        <translation>Синхронизация не удалась: нет связи.</translation>
    </message>
    <message>
        <source>New events: {count}</source>
        <translation>Новые события: {count}</translation>
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
        <translation>Это поле обязательно. Заполните его.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it.</source>
        <translation>Текст слишком длинный. Сократите его.</translation>
    </message>
    <message>
        <source>Not a valid NIP. Enter the 10 digits of a Polish tax number.</source>
        <translation>Неверный NIP. Введите 10 цифр польского налогового номера.</translation>
    </message>
    <message>
        <source>Not a valid REGON. Enter 9 or 14 digits.</source>
        <translation>Неверный REGON. Введите 9 или 14 цифр.</translation>
    </message>
    <message>
        <source>Not a valid PKD code. Use the form 62.01.Z.</source>
        <translation>Неверный код PKD. Используйте формат 62.01.Z.</translation>
    </message>
    <message>
        <source>Not a valid IČO. Enter the 8 digits of a Czech company number.</source>
        <translation>Неверный IČO. Введите 8 цифр чешского номера организации.</translation>
    </message>
    <message>
        <source>Not a valid DIČ. Enter CZ followed by 8 to 10 digits.</source>
        <translation>Неверный DIČ. Введите CZ и затем от 8 до 10 цифр.</translation>
    </message>
    <message>
        <source>Not a valid postal code. Check it against the country.</source>
        <translation>Неверный почтовый индекс. Проверьте его для выбранной страны.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address. Use the form name@example.com.</source>
        <translation>Неверный адрес электронной почты. Используйте формат name@example.com.</translation>
    </message>
    <message>
        <source>Not a valid web address. Start it with https://.</source>
        <translation>Неверный веб-адрес. Начните его с https://.</translation>
    </message>
    <message>
        <source>Not a valid phone number. Use digits, optionally starting with +.</source>
        <translation>Неверный номер телефона. Используйте цифры, в начале можно +.</translation>
    </message>
    <message>
        <source>Not a number. Enter digits only.</source>
        <translation>Это не число. Введите только цифры.</translation>
    </message>
    <message>
        <source>Not a valid date. Use the form year-month-day.</source>
        <translation>Неверная дата. Используйте формат год-месяц-день.</translation>
    </message>
    <message>
        <source>This value is not in the list. Pick one from the list.</source>
        <translation>Этого значения нет в списке. Выберите значение из списка.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Выберите да или нет.</translation>
    </message>
    <message>
        <source>Unknown country. Pick a country from the list.</source>
        <translation>Неизвестная страна. Выберите страну из списка.</translation>
    </message>
    <message>
        <source>This field is not available to you. Leave it out.</source>
        <translation>Это поле вам недоступно. Пропустите его.</translation>
    </message>
    <message>
        <source>This field is read-only for your role. Ask a supervisor to change it.</source>
        <translation>Для вашей роли это поле только для чтения. Попросите руководителя изменить его.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Используйте строчные буквы, цифры и подчёркивания; в начале буква.</translation>
    </message>
    <message>
        <source>A standard field already has this name. Choose another one.</source>
        <translation>Это имя уже занято стандартным полем. Выберите другое.</translation>
    </message>
    <message>
        <source>Another custom field already has this name. Choose another one.</source>
        <translation>Это имя уже занято другим пользовательским полем. Выберите другое.</translation>
    </message>
    <message>
        <source>Give a list of different choices, one per line.</source>
        <translation>Введите список разных вариантов, по одному в строке.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask your supervisor if you need it.</source>
        <translation>Ваша роль этого не позволяет. Если нужно, обратитесь к руководителю.</translation>
    </message>
    <message>
        <source>This record no longer exists or was moved away from you. Refresh the list.</source>
        <translation>Эта запись больше не существует или передана другому. Обновите список.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Review the conflict on the Conflicts page.</source>
        <translation>Кто-то другой тем временем изменил запись. Разберите конфликт на странице «Конфликты».</translation>
    </message>
    <message>
        <source>This assignment is closed. Ask your coordinator to reopen it.</source>
        <translation>Это задание закрыто. Попросите координатора открыть его снова.</translation>
    </message>
    <message>
        <source>This user account is deactivated. Contact your administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The export is larger than your limit. Narrow the list and try again.</source>
        <translation>Экспорт превышает ваш лимит. Сузьте список и попробуйте снова.</translation>
    </message>
    <message>
        <source>The system key store is not available. Start or install it (for example GNOME Keyring), then try again.</source>
        <translation>Системное хранилище ключей недоступно. Запустите или установите его (например, GNOME Keyring) и попробуйте снова.</translation>
    </message>
    <message>
        <source>The system key store is not secure enough. Configure an encrypted one, then try again.</source>
        <translation>Системное хранилище ключей недостаточно защищено. Настройте зашифрованное хранилище и попробуйте снова.</translation>
    </message>
    <message>
        <source>The system key store is locked. Unlock it, then try again.</source>
        <translation>Системное хранилище ключей заблокировано. Разблокируйте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network; your changes are kept and sent later.</source>
        <translation>Сервер недоступен. Проверьте сеть; ваши изменения сохранены и будут отправлены позже.</translation>
    </message>
    <message>
        <source>This app and the server do not match. Install the current version.</source>
        <translation>Приложение и сервер несовместимы. Установите текущую версию.</translation>
    </message>
    <message>
        <source>This version is too old for the server. Install the current version.</source>
        <translation>Эта версия слишком старая для сервера. Установите текущую версию.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your login and password and try again.</source>
        <translation>Вход не выполнен. Проверьте логин и пароль и попробуйте снова.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Неверный пароль. Проверьте Caps Lock и раскладку клавиатуры и попробуйте снова.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is an unchanged .xlsx file.</source>
        <translation>Не удаётся прочитать файл. Проверьте, что это неизменённый файл .xlsx.</translation>
    </message>
    <message>
        <source>Your local data is locked. Connect to the server and sign in again.</source>
        <translation>Ваши локальные данные заблокированы. Подключитесь к серверу и войдите снова.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, report it.</source>
        <translation>Что-то пошло не так. Попробуйте снова; если ошибка повторяется, сообщите о ней.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>My work</source>
        <translation>Моя работа</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available yet.</source>
        <translation>Эта страница пока недоступна.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>Применяется сразу.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>High contrast shows white and yellow on black.</source>
        <translation>Высокая контрастность: белый и жёлтый на чёрном.</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <source>100% is the text size of the system.</source>
        <translation>100 % — размер текста в системе.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартная</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
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
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Последняя синхронизация: никогда</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Последняя синхронизация: {when}</translation>
    </message>
    <message>
        <source>Pending changes: {count}</source>
        <translation>Неотправленные изменения: {count}</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Конфликты: {count}</translation>
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
        <translation>Синхронизировать с&amp;ейчас</translation>
    </message>
</context>
</TS>
