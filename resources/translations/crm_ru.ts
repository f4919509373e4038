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
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Импортировать клиентов…</translation>
    </message>
    <message>
        <source>Loo&amp;k up in ARES</source>
        <translation>&amp;Найти в ARES</translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation>&amp;Экспортировать клиентов…</translation>
    </message>
</context>
<context>
    <name>AresFormLookup</name>
    <message>
        <source>Look up in ARES</source>
        <translation>Найти в ARES</translation>
    </message>
    <message>
        <source>Undo the lookup</source>
        <translation>Отменить заполнение</translation>
    </message>
    <message>
        <source>Fill name, address and DIČ from ARES (Ctrl+Shift+A)</source>
        <translation>Заполнить название, адрес и DIČ из ARES (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Restore the values the lookup changed</source>
        <translation>Вернуть значения, изменённые при заполнении из ARES</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A looks it up in ARES.</source>
        <translation>Ctrl+Shift+A ищет его в ARES.</translation>
    </message>
    <message>
        <source>Your role cannot change the fields ARES fills.</source>
        <translation>Ваша роль не позволяет изменять поля, которые заполняются из ARES.</translation>
    </message>
    <message>
        <source>Enter a valid IČO first.</source>
        <translation>Сначала введите правильный IČO.</translation>
    </message>
    <message>
        <source>Looking up {ico} in ARES…</source>
        <translation>Поиск {ico} в ARES…</translation>
    </message>
    <message>
        <source>{reason} The lookup is queued and runs after the next successful sync; it fills the fields that are still empty then.</source>
        <translation>{reason} Поиск поставлен в очередь и будет выполнен после следующей успешной синхронизации; тогда он заполнит поля, которые ещё пусты.</translation>
    </message>
    <message>
        <source>{reason} Save the customer: the lookup is then queued and runs after the next successful sync.</source>
        <translation>{reason} Сохраните клиента: тогда поиск будет поставлен в очередь и выполнен после следующей успешной синхронизации.</translation>
    </message>
    <message>
        <source>Warning: ARES records this company as dissolved on {date}.</source>
        <translation>Внимание: по данным ARES эта компания ликвидирована {date}.</translation>
    </message>
    <message>
        <source>Filled from ARES: {fields}.</source>
        <translation>Заполнено из ARES: {fields}.</translation>
    </message>
    <message>
        <source>Kept your values of: {fields}.</source>
        <translation>Оставлены ваши значения: {fields}.</translation>
    </message>
    <message>
        <source>ARES has the same data as this record.</source>
        <translation>В ARES те же данные, что и в этой записи.</translation>
    </message>
    <message>
        <source>Legal form: {form}.</source>
        <translation>Правовая форма: {form}.</translation>
    </message>
    <message>
        <source>Check the values and save with Ctrl+S, or undo the lookup.</source>
        <translation>Проверьте значения и сохраните (Ctrl+S) или отмените заполнение.</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: «{old}» → «{new}»</translation>
    </message>
    <message>
        <source>ARES has other values</source>
        <translation>В ARES другие значения</translation>
    </message>
    <message>
        <source>Replace these values with the ones from ARES?</source>
        <translation>Заменить эти значения значениями из ARES?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мои</translation>
    </message>
    <message>
        <source>The values from ARES were removed.</source>
        <translation>Значения из ARES удалены.</translation>
    </message>
    <message>
        <source>The ARES lookup is queued.</source>
        <translation>Поиск в ARES поставлен в очередь.</translation>
    </message>
</context>
<context>
    <name>AresQueueRunner</name>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>ARES lookup for {name}: filled {fields}.</source>
        <translation>Поиск в ARES для {name}: заполнено {fields}.</translation>
    </message>
    <message>
        <source>ARES lookup for {name}: nothing to fill.</source>
        <translation>Поиск в ARES для {name}: нечего заполнять.</translation>
    </message>
    <message>
        <source>ARES lookup for IČO {ico} not applied: {reason}</source>
        <translation>Результат поиска в ARES для IČO {ico} не применён: {reason}</translation>
    </message>
    <message>
        <source>The company is dissolved.</source>
        <translation>Компания ликвидирована.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Изменить задание</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Инструкции</translation>
    </message>
    <message>
        <source>What operators should do.</source>
        <translation>Что должны делать операторы.</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Территория</translation>
    </message>
    <message>
        <source>For example: mazowieckie.</source>
        <translation>Например: Мазовецкое.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Не задана</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Дневная цель</translation>
    </message>
    <message>
        <source>Daily tar&amp;get</source>
        <translation>&amp;Дневная цель</translation>
    </message>
    <message>
        <source>Records an operator should enter per day; 0 for no target.</source>
        <translation>Сколько записей оператор должен вводить за день; 0 — цель не задана.</translation>
    </message>
    <message>
        <source>A person not in the directory</source>
        <translation>Сотрудник не из справочника</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>&amp;Principal</source>
        <translation>&amp;Заказчик</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Координатор</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Supervisors</source>
        <translation>&amp;Руководители</translation>
    </message>
    <message>
        <source>&amp;Operators</source>
        <translation>&amp;Операторы</translation>
    </message>
    <message>
        <source>V&amp;erifiers</source>
        <translation>&amp;Верификаторы</translation>
    </message>
    <message>
        <source>Space checks or unchecks a person.</source>
        <translation>Пробел отмечает или снимает отметку.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Error: a person has one part in an assignment. Uncheck the extra one.</source>
        <translation>Ошибка: у человека одна роль в задании. Снимите лишнюю отметку.</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed for operators</source>
        <translation>Закрыто для операторов</translation>
    </message>
    <message>
        <source>Closed definitively</source>
        <translation>Закрыто окончательно</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Задания</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Records per per&amp;son</source>
        <translation>Записи по со&amp;трудникам</translation>
    </message>
    <message>
        <source>Records per person</source>
        <translation>Записи по сотрудникам</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;Новое задание…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>C&amp;ustom field…</source>
        <translation>Своё &amp;поле…</translation>
    </message>
    <message>
        <source>&amp;Close for operators</source>
        <translation>Закрыть для &amp;операторов</translation>
    </message>
    <message>
        <source>Close &amp;definitively…</source>
        <translation>Закрыть о&amp;кончательно…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>user {id}</source>
        <translation>пользователь {id}</translation>
    </message>
    <message>
        <source>Principal: {principal}. Coordinator: {coordinator}. Supervisors: {sup}. Operators: {ops}. Verifiers: {ver}.
Instructions: {instructions}</source>
        <translation>Заказчик: {principal}. Координатор: {coordinator}. Руководители: {sup}. Операторы: {ops}. Верификаторы: {ver}.
Инструкции: {instructions}</translation>
    </message>
    <message>
        <source>Daily target: {target} records per operator.</source>
        <translation>Дневная цель: {target} (число записей на оператора).</translation>
    </message>
    <message>
        <source>No daily target.</source>
        <translation>Дневная цель не задана.</translation>
    </message>
    <message>
        <source>Assignment created.</source>
        <translation>Задание создано.</translation>
    </message>
    <message>
        <source>Assignment saved.</source>
        <translation>Задание сохранено.</translation>
    </message>
    <message>
        <source>Custom field {label} defined.</source>
        <translation>Своё поле {label} создано.</translation>
    </message>
    <message>
        <source>Closed for operators.</source>
        <translation>Закрыто для операторов.</translation>
    </message>
    <message>
        <source>Close assignment definitively</source>
        <translation>Окончательно закрыть задание</translation>
    </message>
    <message>
        <source>Close “{name}” definitively?</source>
        <translation>Окончательно закрыть «{name}»?</translation>
    </message>
    <message>
        <source>Its sub-assignments close too, their open tasks are cancelled, and operators can no longer change its records. A coordinator can reopen it later.</source>
        <translation>Подзадания тоже закроются, их открытые задачи будут отменены, а операторы больше не смогут менять записи. Координатор может позже возобновить задание.</translation>
    </message>
    <message>
        <source>Close &amp;definitively</source>
        <translation>Закрыть о&amp;кончательно</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Assignment closed definitively.</source>
        <translation>Задание закрыто окончательно.</translation>
    </message>
    <message>
        <source>Assignment reopened.</source>
        <translation>Задание возобновлено.</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <source>New custom field</source>
        <translation>Новое своё поле</translation>
    </message>
    <message>
        <source>The field appears on the records of “{assignment}”.</source>
        <translation>Поле появится в записях задания «{assignment}».</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Обязательное</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Ключ</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores, e.g. herd_size.</source>
        <translation>Строчные латинские буквы, цифры и подчёркивания, напр. herd_size.</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>Access to the group decides who sees it.</source>
        <translation>Кто видит поле, решает доступ к группе.</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>&amp;Варианты</translation>
    </message>
    <message>
        <source>One per line; only for a list.</source>
        <translation>По одному в строке; только для списка.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Конфликты</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <source>Accept th&amp;eirs</source>
        <translation>Принять &amp;их</translation>
    </message>
    <message>
        <source>Restore &amp;original</source>
        <translation>Вернуть &amp;исходное</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Запись {id}</translation>
    </message>
    <message>
        <source>Whole record (deleted here)</source>
        <translation>Вся запись (удалена здесь)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>No conflicts. Every change reached the server cleanly.</source>
        <translation>Конфликтов нет. Все изменения дошли до сервера без проблем.</translation>
    </message>
    <message>
        <source>{n} conflicts wait for your decision.</source>
        <translation>Конфликтов ждут решения: {n}.</translation>
    </message>
    <message>
        <source>{field} of {record}: you entered “{mine}”, {user} entered “{theirs}”, it was “{base}” before.</source>
        <translation>{field} в {record}: вы ввели «{mine}», {user} ввёл «{theirs}», раньше было «{base}».</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>Kept your value.</source>
        <translation>Оставлено ваше значение.</translation>
    </message>
    <message>
        <source>Accepted their value.</source>
        <translation>Принято их значение.</translation>
    </message>
    <message>
        <source>Restored the original value.</source>
        <translation>Восстановлено исходное значение.</translation>
    </message>
    <message>
        <source>{done} {n} left.</source>
        <translation>{done} Осталось: {n}.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer {row} of {total}</source>
        <translation>Клиент {row} из {total}</translation>
    </message>
    <message>
        <source>Back to list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>{group} (read-only)</source>
        <translation>{group} (только чтение)</translation>
    </message>
    <message>
        <source>Flagged by the verifier: {reason}. {comment}</source>
        <translation>Отмечено проверяющим: {reason}. {comment}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>ARES lookup is not available here.</source>
        <translation>Поиск в ARES здесь недоступен.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 цифр</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 или 14 цифр</translation>
    </message>
    <message>
        <source>For example 10.11.Z</source>
        <translation>Например 10.11.Z</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 цифр</translation>
    </message>
    <message>
        <source>CZ and 8 to 10 digits</source>
        <translation>CZ и от 8 до 10 цифр</translation>
    </message>
    <message>
        <source>For example 00-950 or 602 00</source>
        <translation>Например 00-950 или 602 00</translation>
    </message>
    <message>
        <source>For example name@example.com</source>
        <translation>Например name@example.com</translation>
    </message>
    <message>
        <source>Starts with https://</source>
        <translation>Начинается с https://</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation>Год-месяц-день</translation>
    </message>
    <message>
        <source>Digits, optionally starting with +</source>
        <translation>Цифры, можно начать с +</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Только чтение.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>The record is saved on this device and sent at the next sync.</source>
        <translation>Запись сохраняется на этом компьютере и отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Assignment: {name}</source>
        <translation>Задание: {name}</translation>
    </message>
    <message>
        <source>Flagged: {fields}</source>
        <translation>Отмечено: {fields}</translation>
    </message>
    <message>
        <source>Verification: {state}</source>
        <translation>Проверка: {state}</translation>
    </message>
    <message>
        <source>Read-only: the assignment is closed.</source>
        <translation>Только чтение: задание закрыто.</translation>
    </message>
    <message>
        <source>Read-only: your role cannot edit this record.</source>
        <translation>Только чтение: ваша роль не позволяет изменять эту запись.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Version from the server</source>
        <translation>Версия с сервера</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Отклонено сервером</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>На сервере</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Изменил</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Back to the customer list (Esc)</source>
        <translation>Назад к списку клиентов (Esc)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Owners over time</source>
        <translation>Владельцы по времени</translation>
    </message>
    <message>
        <source>Fields flagged by the verifier</source>
        <translation>Поля, отмеченные проверяющим</translation>
    </message>
    <message>
        <source>Discussion with the verifier</source>
        <translation>Обсуждение с проверяющим</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Нечего сохранять.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Не сохранено. {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Not saved, {count} errors. {first}</source>
        <translation>Не сохранено, ошибок: {count}. {first}</translation>
    </message>
    <message>
        <source>Not saved. {first}</source>
        <translation>Не сохранено. {first}</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Flagged</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>Flagged: {fields}</source>
        <translation>Отмечено: {fields}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>This customer is no longer on this device.</source>
        <translation>Этого клиента больше нет на этом компьютере.</translation>
    </message>
    <message>
        <source>Unsaved changes. Save with Ctrl+S first.</source>
        <translation>Несохранённые изменения. Сначала сохраните (Ctrl+S).</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>поиск «{text}»</translation>
    </message>
    <message>
        <source>none (every customer in the list)</source>
        <translation>нет (все клиенты в списке)</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>несохранённые изменения</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>П&amp;оиск</translation>
    </message>
    <message>
        <source>Name, identifier, phone, e-mail or city</source>
        <translation>Название, идентификатор, телефон, e-mail или город</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>З&amp;адание</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Владелец</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>Пров&amp;ерка</translation>
    </message>
    <message>
        <source>R&amp;egion</source>
        <translation>Ре&amp;гион</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <source>Sort by &amp;column</source>
        <translation>Со&amp;ртировать по столбцу</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the list or the selected rows (Ctrl+Shift+E)</source>
        <translation>Экспортировать список или выбранные строки (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Sort by the column of the current cell; again to reverse</source>
        <translation>Сортирует по столбцу текущей ячейки; повторно — в обратном порядке</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>Клиентов: {count}</translation>
    </message>
    <message>
        <source>{count} found.</source>
        <translation>Найдено: {count}.</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Этот столбец нельзя сортировать.</translation>
    </message>
    <message>
        <source>Sorted by {column}, descending.</source>
        <translation>Отсортировано по {column}, по убыванию.</translation>
    </message>
    <message>
        <source>Sorted by {column}, ascending.</source>
        <translation>Отсортировано по {column}, по возрастанию.</translation>
    </message>
    <message>
        <source>No more customers.</source>
        <translation>Больше клиентов нет.</translation>
    </message>
    <message>
        <source>No more flagged customers.</source>
        <translation>Больше отмеченных клиентов нет.</translation>
    </message>
</context>
<context>
    <name>DataIo</name>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>чешский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>{field} is required: import a column of the file into it.</source>
        <translation>Поле «{field}» обязательное: импортируйте в него столбец файла.</translation>
    </message>
    <message>
        <source>{field} is chosen for more than one column (also “{column}”). Keep one.</source>
        <translation>Поле «{field}» выбрано для нескольких столбцов (также «{column}»). Оставьте один.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>The file holds only the columns your role may see. It is marked with your login, the time and an export number, and the export is recorded.</source>
        <translation>Файл содержит только столбцы, которые разрешено видеть вашей роли. В нём указываются ваш логин, время и номер экспорта, а сам экспорт регистрируется.</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <source>Filter of the list: {filter}</source>
        <translation>Фильтр списка: {filter}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Where the xlsx file is saved.</source>
        <translation>Куда сохраняется файл xlsx.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Выбрать файл в диалоговом окне</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Confirm the export with the password you sign in with.</source>
        <translation>Подтвердите экспорт паролем, с которым вы входите в систему.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>подсчёт…</translation>
    </message>
    <message>
        <source>The current list ({rows})</source>
        <translation>Текущий список ({rows})</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>строк: {count}</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>ничего не выбрано</translation>
    </message>
    <message>
        <source>The selected rows ({rows})</source>
        <translation>Выбранные строки ({rows})</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>клиентов: {count}</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Выберите, куда сохранить файл.</translation>
    </message>
    <message>
        <source>selected rows of the customer list; filter: {filter}</source>
        <translation>выбранные строки списка клиентов; фильтр: {filter}</translation>
    </message>
    <message>
        <source>customer list; filter: {filter}</source>
        <translation>список клиентов; фильтр: {filter}</translation>
    </message>
    <message>
        <source>Stopping… the partial file is removed.</source>
        <translation>Остановка… неполный файл будет удалён.</translation>
    </message>
    <message>
        <source>Writing rows: {done} of {total}.</source>
        <translation>Запись строк: {done} из {total}.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Экспорт отменён. Файл не записан.</translation>
    </message>
    <message>
        <source>Exported {rows} customers to {file}. Export number: {id}.</source>
        <translation>В файл {file} экспортировано клиентов: {rows}. Номер экспорта: {id}.</translation>
    </message>
    <message>
        <source>You are offline: the export is reported to the server at the next sync.</source>
        <translation>Вы не в сети: сервер получит сведения об экспорте при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The server is told about it at the next sync.</source>
        <translation>Сервер узнает о нём при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Export finished: {rows} customers.</source>
        <translation>Экспорт завершён, клиентов: {rows}.</translation>
    </message>
    <message>
        <source>&amp;Stop export</source>
        <translation>Ос&amp;тановить экспорт</translation>
    </message>
    <message>
        <source>Asking the server for permission…</source>
        <translation>Запрос разрешения у сервера…</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Ошибка: {message}</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Оставить</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Неверный формат</translation>
    </message>
    <message>
        <source>Wrong value</source>
        <translation>Неверное значение</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Corrected, waiting</source>
        <translation>Исправлено, ждёт</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Да или нет</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
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
        <translation>Улица</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Business activity</source>
        <translation>Вид деятельности</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Городской телефон</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Data source 1</source>
        <translation>Источник данных 1</translation>
    </message>
    <message>
        <source>Data source 2</source>
        <translation>Источник данных 2</translation>
    </message>
    <message>
        <source>Data source 3</source>
        <translation>Источник данных 3</translation>
    </message>
    <message>
        <source>Data source 4</source>
        <translation>Источник данных 4</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Закупочная цена</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Коммерческие данные</translation>
    </message>
    <message>
        <source>Assignment fields</source>
        <translation>Поля задания</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Ожидает проверки</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>invalid format</source>
        <translation>неверный формат</translation>
    </message>
    <message>
        <source>wrong value</source>
        <translation>неверное значение</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file whose first row holds the column names.</source>
        <translation>Файл .xlsx или .csv, в первой строке которого указаны названия столбцов.</translation>
    </message>
    <message>
        <source>Fil&amp;e</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>Полный путь</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>No assignment (my customers)</source>
        <translation>Без задания (мои клиенты)</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>&amp;Задание</translation>
    </message>
    <message>
        <source>The imported customers belong to it.</source>
        <translation>Импортированные клиенты будут относиться к этому заданию.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Электронные таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
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
    <name>HandoverWizard</name>
    <message>
        <source>Deactivate a user</source>
        <translation>Отключить пользователя</translation>
    </message>
    <message>
        <source>&amp;Deactivate and hand over</source>
        <translation>&amp;Отключить и передать</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>You can import only into an open assignment you work on, and there is none on this device. Sync, or ask your coordinator.</source>
        <translation>Импортировать можно только в открытое задание, в котором вы работаете, а на этом компьютере такого задания нет. Синхронизируйтесь или обратитесь к координатору.</translation>
    </message>
</context>
<context>
    <name>InitialSyncDialog</name>
    <message>
        <source>First sync</source>
        <translation>Первая синхронизация</translation>
    </message>
    <message>
        <source>Downloading your data</source>
        <translation>Загрузка ваших данных</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>Отправка ваших изменений</translation>
    </message>
    <message>
        <source>Downloading customers</source>
        <translation>Загрузка клиентов</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} из {total}</translation>
    </message>
    <message>
        <source>{phase}: {done}</source>
        <translation>{phase}: {done}</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Остановка после текущего шага…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CRM</source>
        <translation>Вход — CRM</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>C&amp;hange server…</source>
        <translation>&amp;Сменить сервер…</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Demo users (password: demo)</source>
        <translation>&amp;Демо-пользователи (пароль: demo)</translation>
    </message>
    <message>
        <source>{login} — {role}</source>
        <translation>{login} — {role}</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Сервер: {url}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Login: {error}</source>
        <translation>Логин: {error}</translation>
    </message>
    <message>
        <source>Password: {error}</source>
        <translation>Пароль: {error}</translation>
    </message>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation>Повторите через {seconds} с.</translation>
    </message>
    <message>
        <source>&amp;Sign in ({seconds})</source>
        <translation>&amp;Войти ({seconds})</translation>
    </message>
    <message>
        <source>You can sign in again.</source>
        <translation>Можно снова войти.</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Each column of the file goes into one field, or is not imported.</source>
        <translation>Каждый столбец файла попадает в одно поле или не импортируется.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>Импортировать в</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
    <message>
        <source>&amp;Columns of the file:</source>
        <translation>&amp;Столбцы файла:</translation>
    </message>
    <message>
        <source>F2 chooses the field of the current column. Tab leaves the table.</source>
        <translation>F2 — выбрать поле для текущего столбца. Tab — выйти из таблицы.</translation>
    </message>
    <message>
        <source>F2 chooses the field of the current column; Tab leaves the table.</source>
        <translation>F2 — выбрать поле для текущего столбца; Tab — выйти из таблицы.</translation>
    </message>
    <message>
        <source>Poland (PL)</source>
        <translation>Польша (PL)</translation>
    </message>
    <message>
        <source>Czechia (CZ)</source>
        <translation>Чехия (CZ)</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Оставить пустым</translation>
    </message>
    <message>
        <source>Co&amp;untry of rows without one</source>
        <translation>Ст&amp;рана для строк без страны</translation>
    </message>
    <message>
        <source>Also decides the format of their postal codes.</source>
        <translation>Также определяет формат их почтовых индексов.</translation>
    </message>
    <message>
        <source>{matched} of {total} columns recognised.</source>
        <translation>Распознано столбцов: {matched} из {total}.</translation>
    </message>
    <message>
        <source>The column names are in {language}.</source>
        <translation>Язык названий столбцов: {language}.</translation>
    </message>
    <message>
        <source>Not imported, your role cannot write these fields: {columns}.</source>
        <translation>Не импортируются (ваша роль не может изменять эти поля): {columns}.</translation>
    </message>
    <message>
        <source>No column is imported. Choose at least one.</source>
        <translation>Ни один столбец не импортируется. Выберите хотя бы один.</translation>
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
        <source>Wrong password. Type the password you sign in with, then try again.</source>
        <translation>Неверный пароль. Введите пароль, с которым вы входите в систему, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a few minutes, then try again.</source>
        <translation>Слишком много неверных паролей. Подождите несколько минут и попробуйте снова.</translation>
    </message>
    <message>
        <source>More rows than your role may export at once. Narrow the list with the search or filters, or select fewer rows.</source>
        <translation>Строк больше, чем ваша роль может экспортировать за раз. Сузьте список поиском или фильтрами либо выберите меньше строк.</translation>
    </message>
    <message>
        <source>Your export limit for today is used up. Try again tomorrow, or ask your administrator to raise it.</source>
        <translation>Ваш лимит экспорта на сегодня исчерпан. Попробуйте завтра или попросите администратора увеличить его.</translation>
    </message>
    <message>
        <source>Nothing to export: no row here is one your role may export.</source>
        <translation>Нечего экспортировать: ваша роль не может экспортировать ни одну из этих строк.</translation>
    </message>
    <message>
        <source>Cannot reach the server, and your organisation allows exports only online. Connect to the network, then try again.</source>
        <translation>Сервер недоступен, а ваша организация разрешает экспорт только онлайн. Подключитесь к сети и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another place for the file.</source>
        <translation>Диск заполнен. Освободите место или выберите для файла другое расположение.</translation>
    </message>
    <message>
        <source>You may not write a file there. Choose another folder, for example Documents.</source>
        <translation>В это расположение нельзя записывать файлы. Выберите другую папку, например «Документы».</translation>
    </message>
    <message>
        <source>The file could not be written there. Check the folder and try again.</source>
        <translation>Не удалось записать туда файл. Проверьте папку и попробуйте снова.</translation>
    </message>
    <message>
        <source>Your access to some columns has changed. Sync now (Ctrl+R), then export again.</source>
        <translation>Ваш доступ к некоторым столбцам изменился. Синхронизируйтесь (Ctrl+R) и повторите экспорт.</translation>
    </message>
    <message>
        <source>Too many rows for the clipboard. Use Export (Ctrl+Shift+E) instead.</source>
        <translation>Слишком много строк для буфера обмена. Используйте вместо этого экспорт (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Copying several rows needs the server. Connect to the network, or copy one row.</source>
        <translation>Для копирования нескольких строк нужен сервер. Подключитесь к сети или скопируйте одну строку.</translation>
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
        <source>Too many failed sign-ins: the server has locked this account for a while. Wait, or ask your administrator to unlock it.</source>
        <translation>Слишком много неудачных входов: сервер временно заблокировал учётную запись. Подождите или попросите администратора разблокировать её.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait until the time shown, then try again.</source>
        <translation>Слишком много неверных паролей. Подождите указанное время и повторите.</translation>
    </message>
    <message>
        <source>You have been offline too long, so your local data is locked. Connect to the network and sign in again.</source>
        <translation>Вы слишком долго были офлайн, поэтому локальные данные заблокированы. Подключитесь к сети и войдите снова.</translation>
    </message>
    <message>
        <source>You were offline longer than allowed, so the local data was erased. Sign in online to download it again.</source>
        <translation>Вы были офлайн дольше допустимого, поэтому локальные данные удалены. Войдите онлайн, чтобы загрузить их снова.</translation>
    </message>
    <message>
        <source>Not a server address. Use the form https://crm.example.com.</source>
        <translation>Это не адрес сервера. Используйте вид https://crm.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer. Use the https:// address your administrator gave you.</source>
        <translation>Обычный http:// разрешён только для этого компьютера. Используйте адрес https:// от администратора.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue syncing.</source>
        <translation>Ваш сеанс завершён. Войдите снова, чтобы продолжить синхронизацию.</translation>
    </message>
    <message>
        <source>The server&apos;s identity has changed. Do not continue; contact your administrator.</source>
        <translation>Подлинность сервера изменилась. Не продолжайте; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The server sent an invalid answer. Contact your administrator.</source>
        <translation>Сервер прислал неверный ответ. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Your access to this data has ended, so it was erased from this computer.</source>
        <translation>Ваш доступ к этим данным прекращён, поэтому они удалены с этого компьютера.</translation>
    </message>
    <message>
        <source>The system key store reported an error. Restart it, then try again.</source>
        <translation>Системное хранилище ключей сообщило об ошибке. Перезапустите его и повторите.</translation>
    </message>
    <message>
        <source>The system key store has changed since this profile was created. Switch back to the previous one, or sign in online to start again.</source>
        <translation>Системное хранилище ключей изменилось после создания профиля. Верните прежнее или войдите онлайн, чтобы начать заново.</translation>
    </message>
    <message>
        <source>The key of your local data is missing from the system key store. Sign in online to download your data again.</source>
        <translation>Ключ локальных данных отсутствует в системном хранилище. Войдите онлайн, чтобы загрузить данные снова.</translation>
    </message>
    <message>
        <source>The local key file is damaged. Sign in online to download your data again.</source>
        <translation>Локальный файл ключа повреждён. Войдите онлайн, чтобы загрузить данные снова.</translation>
    </message>
    <message>
        <source>No local data for this login yet. Sign in online first.</source>
        <translation>Для этого логина ещё нет локальных данных. Сначала войдите онлайн.</translation>
    </message>
    <message>
        <source>Your local data was made by a newer version. Install the current one.</source>
        <translation>Локальные данные созданы более новой версией. Установите актуальную.</translation>
    </message>
    <message>
        <source>An earlier row of this file has the same identifier or phone. Keep one.</source>
        <translation>В одной из предыдущих строк этого файла тот же идентификатор или телефон. Оставьте одну.</translation>
    </message>
    <message>
        <source>A customer with this identifier or phone already exists. Not imported.</source>
        <translation>Клиент с таким идентификатором или телефоном уже существует. Не импортировано.</translation>
    </message>
    <message>
        <source>This file type cannot be imported. Choose an .xlsx or .csv file.</source>
        <translation>Файлы этого типа нельзя импортировать. Выберите файл .xlsx или .csv.</translation>
    </message>
    <message>
        <source>Two columns are imported into the same field. Change one of them.</source>
        <translation>Два столбца импортируются в одно и то же поле. Измените один из них.</translation>
    </message>
    <message>
        <source>The file has no such column. Choose the file again.</source>
        <translation>В файле нет такого столбца. Выберите файл заново.</translation>
    </message>
    <message>
        <source>Saving stopped. Rows saved so far are kept; run the import again for the rest.</source>
        <translation>Сохранение остановлено. Уже сохранённые строки остаются; для остальных запустите импорт снова.</translation>
    </message>
    <message>
        <source>ARES has no company with this IČO. Check the number.</source>
        <translation>В ARES нет компании с таким IČO. Проверьте номер.</translation>
    </message>
    <message>
        <source>ARES sent an answer that cannot be read. Try again later.</source>
        <translation>ARES прислал ответ, который не удаётся прочитать. Попробуйте позже.</translation>
    </message>
    <message>
        <source>ARES did not answer in time. Try again later.</source>
        <translation>ARES не ответил вовремя. Попробуйте позже.</translation>
    </message>
    <message>
        <source>ARES reported an error of its own. Try again later.</source>
        <translation>ARES сообщил о собственной ошибке. Попробуйте позже.</translation>
    </message>
    <message>
        <source>Too many ARES lookups at once. Wait a minute, then try again.</source>
        <translation>Слишком много запросов к ARES одновременно. Подождите минуту и попробуйте снова.</translation>
    </message>
    <message>
        <source>Cannot reach ARES. Check the network connection.</source>
        <translation>ARES недоступен. Проверьте подключение к сети.</translation>
    </message>
    <message>
        <source>The ARES address is not secure. Use an https:// address in the settings.</source>
        <translation>Адрес ARES не защищён. Укажите в настройках адрес https://.</translation>
    </message>
    <message>
        <source>No connection: reply not sent. It stays in the field; try again online.</source>
        <translation>Нет связи: ответ не отправлен. Он остаётся в поле; попробуйте снова, когда будете в сети.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, report it.</source>
        <translation>Что-то пошло не так. Попробуйте снова; если ошибка повторяется, сообщите о ней.</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Current assignment</source>
        <translation>Текущее задание</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Инструкции:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Территория:</translation>
    </message>
    <message>
        <source>Entered today:</source>
        <translation>Введено сегодня:</translation>
    </message>
    <message>
        <source>Rows rejected by the &amp;verifier</source>
        <translation>Строки, отклонённые &amp;проверяющим</translation>
    </message>
    <message>
        <source>Rows rejected by the verifier</source>
        <translation>Строки, отклонённые проверяющим</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Открыть выбранное</translation>
    </message>
    <message>
        <source>No assignment yet. Sync, or ask your supervisor.</source>
        <translation>Заданий пока нет. Синхронизируйтесь или спросите руководителя.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>{count} of {target} (the daily target)</source>
        <translation>{count} из {target} (дневная цель)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Open the record for details</source>
        <translation>Подробности — в записи</translation>
    </message>
    <message>
        <source>No more rejected rows.</source>
        <translation>Больше отклонённых строк нет.</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <source>Every row is checked; nothing is saved yet.</source>
        <translation>Проверяется каждая строка; пока ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Problems by reason</source>
        <translation>Проблемы по причинам</translation>
    </message>
    <message>
        <source>Problems by &amp;reason:</source>
        <translation>&amp;Проблемы по причинам:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>First problem rows</source>
        <translation>Первые строки с проблемами</translation>
    </message>
    <message>
        <source>&amp;First problem rows:</source>
        <translation>П&amp;ервые строки с проблемами:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <source>Checking every row… {done} rows so far.</source>
        <translation>Проверка всех строк… уже проверено: {done}.</translation>
    </message>
    <message>
        <source>{total} rows in the file. {valid} can be imported. {bad} cannot: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</source>
        <translation>Строк в файле: {total}. Можно импортировать: {valid}. Нельзя: {bad} (с ошибками: {invalid}, повторяются в файле: {in_file}, уже есть среди клиентов: {existing}).</translation>
    </message>
    <message>
        <source>Nothing to import: go back and check the columns or the file.</source>
        <translation>Нечего импортировать: вернитесь и проверьте столбцы или файл.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>{valid} of {total} rows can be imported.</source>
        <translation>Можно импортировать строк: {valid} из {total}.</translation>
    </message>
</context>
<context>
    <name>RejectFieldDialog</name>
    <message>
        <source>Reject field: {field}</source>
        <translation>Отклонить поле: {field}</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Комментарий</translation>
    </message>
    <message>
        <source>Optional; the operator reads it.</source>
        <translation>Необязательно; оператор его прочтёт.</translation>
    </message>
    <message>
        <source>Field {field} will be sent back to the operator.</source>
        <translation>Поле {field} вернётся оператору.</translation>
    </message>
    <message>
        <source>Re&amp;ject field</source>
        <translation>&amp;Отклонить поле</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RowCopier</name>
    <message>
        <source>Cell copied.</source>
        <translation>Ячейка скопирована.</translation>
    </message>
    <message>
        <source>Row copied.</source>
        <translation>Строка скопирована.</translation>
    </message>
    <message>
        <source>{rows} rows of the customer list copied to the clipboard</source>
        <translation>Строки списка клиентов, скопированные в буфер обмена: {rows}</translation>
    </message>
    <message>
        <source>{rows} rows copied; the copy is recorded as an export.</source>
        <translation>Скопировано строк: {rows}; копирование регистрируется как экспорт.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Не скопировано</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Importing {valid} rows…</source>
        <translation>Импорт строк: {valid}…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Остановка после текущего пакета…</translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>CRM server</source>
        <translation>Сервер CRM</translation>
    </message>
    <message>
        <source>Connect to your CRM server</source>
        <translation>Подключение к серверу CRM</translation>
    </message>
    <message>
        <source>Enter the address your administrator gave you. It starts with https://.</source>
        <translation>Введите адрес, который дал администратор. Он начинается с https://.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>For example https://crm.example.com</source>
        <translation>Например https://crm.example.com</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>Start</name>
    <message>
        <source>Demo mode: a local demo server with sample data. Nothing is kept afterwards.</source>
        <translation>Демо-режим: локальный демо-сервер с примерными данными. Ничего не сохраняется.</translation>
    </message>
    <message>
        <source>No system key store was found, so the demo keeps its key in memory only. The real client refuses to run without one.</source>
        <translation>Системное хранилище ключей не найдено, поэтому демо хранит ключ только в памяти. Настоящий клиент без него не запустится.</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Copy {rows} rows</source>
        <translation>Копирование строк: {rows}</translation>
    </message>
    <message>
        <source>Copying more than one row counts as an export: it is recorded with your login, and needs your password.</source>
        <translation>Копирование более одной строки считается экспортом: оно регистрируется с вашим логином и требует пароля.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Re&amp;port file</source>
        <translation>&amp;Файл отчёта</translation>
    </message>
    <message>
        <source>Every row not imported, with its column and reason.</source>
        <translation>Все неимпортированные строки со столбцом и причиной.</translation>
    </message>
    <message>
        <source>&amp;Open the report&apos;s folder</source>
        <translation>&amp;Открыть папку отчёта</translation>
    </message>
    <message>
        <source>The import did not run: {reason}</source>
        <translation>Импорт не выполнен: {reason}</translation>
    </message>
    <message>
        <source>{saved} customers saved.</source>
        <translation>Сохранено клиентов: {saved}.</translation>
    </message>
    <message>
        <source>{bad} rows not imported: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</source>
        <translation>Не импортировано строк: {bad} (с ошибками: {invalid}, повторяются в файле: {in_file}, уже есть среди клиентов: {existing}).</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <source>Import stopped. Whole batches were saved, nothing of the one interrupted. Run the same file again to finish: saved rows are recognised and skipped.</source>
        <translation>Импорт остановлен. Целые пакеты сохранены, из прерванного — ничего. Чтобы завершить, импортируйте тот же файл снова: сохранённые строки будут распознаны и пропущены.</translation>
    </message>
    <message>
        <source>Import stopped by an error: {reason} Whole batches were saved, nothing of the one that failed.</source>
        <translation>Импорт остановлен из-за ошибки: {reason} Целые пакеты сохранены, из неудавшегося — ничего.</translation>
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
<context>
    <name>UserDialog</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Верификатор</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>External call-centre operator</source>
        <translation>Внешний оператор колл-центра</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Торговый представитель</translation>
    </message>
    <message>
        <source>Service technician</source>
        <translation>Сервисный инженер</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>The new user signs in with this login and password.</source>
        <translation>Новый пользователь войдёт с этим логином и паролем.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ -</source>
        <translation>Буквы, цифры и . _ @ -</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Не менее {n} символов.</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Роли: {name}</translation>
    </message>
    <message>
        <source>Roles combine: the user may do what any of them allows.</source>
        <translation>Роли складываются: пользователь может всё, что разрешает любая из них.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Use letters, digits and . _ @ - only.</source>
        <translation>Используйте только буквы, цифры и . _ @ -.</translation>
    </message>
    <message>
        <source>Too short. Use at least {n} characters.</source>
        <translation>Слишком короткий. Используйте не менее {n} символов.</translation>
    </message>
    <message>
        <source>Error: give at least one role.</source>
        <translation>Ошибка: назначьте хотя бы одну роль.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Новый пользователь…</translation>
    </message>
    <message>
        <source>&amp;Change roles…</source>
        <translation>&amp;Изменить роли…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>User {name} created.</source>
        <translation>Пользователь {name} создан.</translation>
    </message>
    <message>
        <source>Roles of {name} saved.</source>
        <translation>Роли пользователя {name} сохранены.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Fields of the record</source>
        <translation>Поля записи</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Comments with the operator</source>
        <translation>Комментарии с оператором</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Discussion with the operator</source>
        <translation>Обсуждение с оператором</translation>
    </message>
    <message>
        <source>Co&amp;mment to the operator</source>
        <translation>Ко&amp;мментарий оператору</translation>
    </message>
    <message>
        <source>Post &amp;comment</source>
        <translation>Отправить &amp;комментарий</translation>
    </message>
    <message>
        <source>&amp;Approve record</source>
        <translation>&amp;Одобрить запись</translation>
    </message>
    <message>
        <source>Re&amp;ject field…</source>
        <translation>О&amp;тклонить поле…</translation>
    </message>
    <message>
        <source>&amp;Send rejection</source>
        <translation>Отправить о&amp;тказ</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>&amp;Следующая запись</translation>
    </message>
    <message>
        <source>Re&amp;load queue</source>
        <translation>О&amp;бновить очередь</translation>
    </message>
    <message>
        <source>In the field table: {approve} approves the record, {reject} rejects the selected field, {send} sends the rejection, {next} goes to the next record.</source>
        <translation>В таблице полей: {approve} — одобрить запись, {reject} — отклонить выбранное поле, {send} — отправить отказ, {next} — следующая запись.</translation>
    </message>
    <message>
        <source>Approve record</source>
        <translation>Одобрить запись</translation>
    </message>
    <message>
        <source>Reject field</source>
        <translation>Отклонить поле</translation>
    </message>
    <message>
        <source>Send rejection</source>
        <translation>Отправить отказ</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Следующая запись</translation>
    </message>
    <message>
        <source>No records to verify.</source>
        <translation>Нет записей для проверки.</translation>
    </message>
    <message>
        <source>No records are waiting for verification.</source>
        <translation>Нет записей, ожидающих проверки.</translation>
    </message>
    <message>
        <source>Record {n} of {total} waiting.</source>
        <translation>Запись {n} из {total} ожидающих.</translation>
    </message>
    <message>
        <source>Unnamed record</source>
        <translation>Запись без названия</translation>
    </message>
    <message>
        <source>{record} — {state}</source>
        <translation>{record} — {state}</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Отклонено: {reason}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Одобрено.</translation>
    </message>
    <message>
        <source>{field}: {reason}. Press {send} to send.</source>
        <translation>{field}: {reason}. Отправить — клавиша {send}.</translation>
    </message>
    <message>
        <source>Rejection sent.</source>
        <translation>Отказ отправлен.</translation>
    </message>
    <message>
        <source>{what} Next: {record}.</source>
        <translation>{what} Следующая: {record}.</translation>
    </message>
    <message>
        <source>Record {n} of {total}: {record}.</source>
        <translation>Запись {n} из {total}: {record}.</translation>
    </message>
    <message>
        <source>Comment posted.</source>
        <translation>Комментарий отправлен.</translation>
    </message>
</context>
<context>
    <name>VerifierReply</name>
    <message>
        <source>Reply to the verifier</source>
        <translation>Ответ проверяющему</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends the reply. Sending needs the server.</source>
        <translation>Ctrl+Enter — отправить ответ. Для отправки нужен сервер.</translation>
    </message>
    <message>
        <source>Send the reply to the verifier (Ctrl+Enter)</source>
        <translation>Отправить ответ проверяющему (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type a reply first.</source>
        <translation>Сначала введите ответ.</translation>
    </message>
    <message>
        <source>Sending the reply…</source>
        <translation>Отправка ответа…</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Ответ отправлен.</translation>
    </message>
    <message>
        <source>Reply not sent. {reason} It stays in the field.</source>
        <translation>Ответ не отправлен. {reason} Он остаётся в поле.</translation>
    </message>
</context>
<context>
    <name>_NewOwnerPage</name>
    <message>
        <source>New owner</source>
        <translation>Новый владелец</translation>
    </message>
    <message>
        <source>Who takes the records over.</source>
        <translation>Кто примет записи.</translation>
    </message>
    <message>
        <source>New &amp;owner</source>
        <translation>Новый &amp;владелец</translation>
    </message>
    <message>
        <source>Move open &amp;tasks too</source>
        <translation>Передать и открытые &amp;задачи</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <source>Whose records</source>
        <translation>Чьи записи</translation>
    </message>
    <message>
        <source>Pick the person who leaves. Their records are handed over.</source>
        <translation>Выберите уходящего сотрудника. Его записи будут переданы.</translation>
    </message>
    <message>
        <source>&amp;Leaver</source>
        <translation>&amp;Уходящий</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>What moves</source>
        <translation>Что будет передано</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>{name} owns {customers} records and has {tasks} open tasks.</source>
        <translation>{name}: записей {customers}, открытых задач {tasks}.</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Handing over</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Handover progress</source>
        <translation>Ход передачи</translation>
    </message>
    <message>
        <source>Moving records and deactivating the user…</source>
        <translation>Передаю записи и отключаю пользователя…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Остановка после текущего шага…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>{customers} records and {tasks} open tasks moved to {owner}.</source>
        <translation>Записей {customers} и открытых задач {tasks} передано: {owner}.</translation>
    </message>
    <message>
        <source>{moved} {leaver} is deactivated and signed out everywhere. Their devices delete the local data at their next contact with the server.</source>
        <translation>{moved} Пользователь {leaver} отключён и вышел отовсюду. Его устройства удалят локальные данные при следующей связи с сервером.</translation>
    </message>
    <message>
        <source>Stopped. {moved} {leaver} is still active; run the handover again to finish.</source>
        <translation>Остановлено. {moved} Пользователь {leaver} всё ещё активен; запустите передачу снова, чтобы завершить.</translation>
    </message>
    <message>
        <source>Handover finished.</source>
        <translation>Передача завершена.</translation>
    </message>
    <message>
        <source>Handover stopped.</source>
        <translation>Передача остановлена.</translation>
    </message>
</context>
</TS>
