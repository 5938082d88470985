<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Кат.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>просрочка %n дн.</numerusform>
            <numerusform>просрочка %n дн.</numerusform>
            <numerusform>просрочка %n дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Touches today (due and done) against the channel&apos;s daily capacity</source>
        <translation>Касания за сегодня (запланированные и выполненные) против дневного лимита канала</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Do not contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <source>Stop contacting {client} over {channel} only, or stop the client entirely?</source>
        <translation>Прекратить связь с клиентом {client} только через канал «{channel}» или полностью?</translation>
    </message>
    <message>
        <source>This channel</source>
        <translation>Только этот канал</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Клиента полностью</translation>
    </message>
</context>
<context>
    <name>BookView</name>
    <message>
        <source>Search name, company, phone, e-mail, tag…  (Ctrl+F)</source>
        <translation>Поиск по имени, компании, телефону, e-mail, метке…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Риск ухода</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Из архива</translation>
    </message>
    <message>
        <source>Add client {name}</source>
        <translation>Добавление клиента {name}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <source>Unarchive {name}</source>
        <translation>Возврат из архива: {name}</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Архивирование: {name}</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <source>Delete {name} with all their history?

Edit → Undo brings them back until you close the book.</source>
        <translation>Удалить клиента {name} со всей историей?

Правка → Отменить вернёт его, пока база открыта.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Удаление: {name}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Public holidays of</source>
        <translation>Праздники страны</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Регион / штат</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>Выходные дни</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Ваш часовой пояс</translation>
    </message>
    <message>
        <source>Minimum days between touches</source>
        <translation>Минимум дней между касаниями</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <source>Your days off and extra working days</source>
        <translation>Ваши выходные и дополнительные рабочие дни</translation>
    </message>
    <message>
        <source>Send birthday greetings (e-mail, messengers) on the day itself</source>
        <translation>Отправлять поздравления (e-mail, мессенджеры) в сам день рождения</translation>
    </message>
    <message>
        <source>ISO country code, e.g. PL, RU, US; empty: no public holidays</source>
        <translation>Код страны ISO, например PL, RU, US; пусто — без праздников</translation>
    </message>
    <message>
        <source>Add day off…</source>
        <translation>Добавить выходной…</translation>
    </message>
    <message>
        <source>Add working day…</source>
        <translation>Добавить рабочий день…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>extra working day</source>
        <translation>дополнительный рабочий день</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>Добавить выходной</translation>
    </message>
    <message>
        <source>Add working day</source>
        <translation>Добавить рабочий день</translation>
    </message>
    <message>
        <source>Choose the day:</source>
        <translation>Выберите день:</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>How many touches of each channel you can do on one working day.</source>
        <translation>Сколько касаний каждого канала вы успеваете за один рабочий день.</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>preferred</source>
        <translation>предпочтительный</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>нет согласия</translation>
    </message>
    <message>
        <source>No contact points</source>
        <translation>Нет способов связи</translation>
    </message>
    <message>
        <source>Plan and history</source>
        <translation>План и история</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Outcome / why</source>
        <translation>Результат / причина</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Категория {tier}</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>риск ухода</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Изменение клиента</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Компания</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>Способы связи</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, dental</source>
        <translation>Через запятую, например vip, стоматология</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известен</translation>
    </message>
    <message>
        <source>Year known</source>
        <translation>Известен год</translation>
    </message>
    <message>
        <source>The salesperson&apos;s time zone</source>
        <translation>Часовой пояс продавца</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Строка {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Next touch</source>
        <translation>Следующее касание</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>At risk: long past their usual interval</source>
        <translation>Риск ухода: давно не покупал сверх обычного интервала</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Пометка</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Предпочтительный</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить способ связи</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This record was changed elsewhere. Reload and try again.</source>
        <translation>Запись изменена в другом окне. Обновите и попробуйте снова.</translation>
    </message>
    <message>
        <source>This record no longer exists (it was deleted meanwhile).</source>
        <translation>Этой записи больше нет (её удалили).</translation>
    </message>
    <message>
        <source>This touch is no longer planned.</source>
        <translation>Это касание уже не запланировано.</translation>
    </message>
    <message>
        <source>That date is in the past.</source>
        <translation>Эта дата уже прошла.</translation>
    </message>
    <message>
        <source>This file is not a Contact Planner book.</source>
        <translation>Этот файл не является базой Contact Planner.</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>База не открыта.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Ваш телефон</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Ваш e-mail</translation>
    </message>
    <message>
        <source>Logo for documents</source>
        <translation>Логотип для документов</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Регион телефонов по умолчанию</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Default discount</source>
        <translation>Скидка по умолчанию</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Phone numbers typed without +country code are read in this region</source>
        <translation>Номера без +кода страны считаются номерами этого региона</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Client files (*.csv *.xlsx *.vcf *.vcard)</source>
        <translation>Файлы клиентов (*.csv *.xlsx *.vcf *.vcard)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard (*.vcf *.vcard)</source>
        <translation>vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing clients is coming in the next version. It will read:

• CSV files with any delimiter and encoding (UTF-8, Windows-1251, …)
• Excel workbooks (XLSX)
• vCard files (2.1, 3.0, 4.0)
• Google Contacts and Outlook contact exports

You will map the columns with a preview, see a report of every row that was skipped and why, and duplicates will be found by phone, e-mail and name.</source>
        <translation>Импорт клиентов появится в следующей версии. Он будет читать:

• файлы CSV с любым разделителем и кодировкой (UTF-8, Windows-1251, …)
• книги Excel (XLSX)
• файлы vCard (2.1, 3.0, 4.0)
• экспорт контактов Google и Outlook

Вы сопоставите столбцы с предпросмотром, увидите отчёт о каждой пропущенной строке и причине, а дубликаты найдутся по телефону, e-mail и имени.</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not open the book</source>
        <translation>Не удалось открыть базу</translation>
    </message>
    <message>
        <source>Contact Planner — {book}</source>
        <translation>Contact Planner — {book}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due today</source>
        <translation>
            <numerusform>на сегодня %n касание</numerusform>
            <numerusform>на сегодня %n касания</numerusform>
            <numerusform>на сегодня %n касаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Opening the book…</source>
        <translation>Открываем базу…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>Contact Planner</source>
        <translation>Contact Planner</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation>&amp;Новая база…</translation>
    </message>
    <message>
        <source>Open a &amp;demo book</source>
        <translation>Открыть &amp;демо-базу</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Резервная копия</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Изменить клиента…</translation>
    </message>
    <message>
        <source>&amp;Delete client…</source>
        <translation>&amp;Удалить клиента…</translation>
    </message>
    <message>
        <source>&amp;Find client…</source>
        <translation>Н&amp;айти клиента…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;База</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Планирование</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Re-&amp;plan the whole book</source>
        <translation>Пере&amp;планировать всю базу</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиатурные сокращения</translation>
    </message>
    <message>
        <source>&amp;About Contact Planner</source>
        <translation>&amp;О программе Contact Planner</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Call script</source>
        <translation>Сценарий звонка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Note for this touch (optional)</source>
        <translation>Заметка к касанию (необязательно)</translation>
    </message>
    <message>
        <source>Log “{outcome}” for this touch ({key})</source>
        <translation>Записать «{outcome}» для этого касания ({key})</translation>
    </message>
    <message>
        <source>Select a touch on the left.</source>
        <translation>Выберите касание слева.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Touch note</source>
        <translation>Заметка к касанию</translation>
    </message>
    <message>
        <source>Client notes</source>
        <translation>Заметки о клиенте</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>В прошлый раз</translation>
    </message>
    <message>
        <source>Hello {name}, this is a quick {purpose} call.</source>
        <translation>Здравствуйте, {name}! Звоню коротко, тема: {purpose}.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Extra working day</source>
        <translation>Дополнительный рабочий день</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Выходные</translation>
    </message>
    <message>
        <source>Overbooked: more touches than the capacity allows</source>
        <translation>Перегрузка: касаний больше, чем позволяет лимит</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Ничего не запланировано</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Move the selected touch to another day (or drag it there)</source>
        <translation>Перенести выбранное касание на другой день (или перетащите его)</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Mark the selected day as a day off; the plan re-levels</source>
        <translation>Сделать выбранный день выходным; план перераспределится</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Make the selected day an extra working day</source>
        <translation>Сделать выбранный день дополнительным рабочим</translation>
    </message>
    <message>
        <source>Normal day</source>
        <translation>Обычный день</translation>
    </message>
    <message>
        <source>Remove your day off or extra working day</source>
        <translation>Убрать ваш выходной или дополнительный рабочий день</translation>
    </message>
    <message>
        <source>Drag a touch onto another day to move it. Red: more touches than the channel&apos;s capacity. Italic: moved by hand.</source>
        <translation>Перетащите касание на другой день, чтобы перенести его. Красным — касаний больше лимита канала. Курсивом — перенесено вручную.</translation>
    </message>
    <message>
        <source>Week {n}: {start} – {end}</source>
        <translation>Неделя {n}: {start} – {end}</translation>
    </message>
    <message>
        <source>Move touch</source>
        <translation>Перенос касания</translation>
    </message>
    <message>
        <source>Move the touch with {client} to:</source>
        <translation>Перенести касание с клиентом {client} на:</translation>
    </message>
    <message>
        <source>A touch cannot be moved into the past.</source>
        <translation>Касание нельзя перенести в прошлое.</translation>
    </message>
    <message>
        <source>Move touch to {day}</source>
        <translation>Перенос касания на {day}</translation>
    </message>
    <message>
        <source>Marking {day} as a day off and re-planning…</source>
        <translation>{day} становится выходным, план пересчитывается…</translation>
    </message>
    <message>
        <source>Marking {day} as a working day and re-planning…</source>
        <translation>{day} становится рабочим, план пересчитывается…</translation>
    </message>
    <message>
        <source>Re-planning around {day}…</source>
        <translation>План пересчитывается вокруг {day}…</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Выходные дни</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A client needs a name.</source>
        <translation>У клиента должно быть имя.</translation>
    </message>
    <message>
        <source>The name is longer than {n} characters.</source>
        <translation>Имя длиннее {n} символов.</translation>
    </message>
    <message>
        <source>The company is longer than {n} characters.</source>
        <translation>Название компании длиннее {n} символов.</translation>
    </message>
    <message>
        <source>Choose one of the book&apos;s tiers.</source>
        <translation>Выберите одну из категорий базы.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Неизвестный статус.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>«{value}» — не номер телефона.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number (default region {region}).</source>
        <translation>«{value}» — недействительный номер телефона (регион по умолчанию {region}).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>«{value}» — недействительный адрес e-mail.</translation>
    </message>
    <message>
        <source>The contact is empty.</source>
        <translation>Способ связи не заполнен.</translation>
    </message>
    <message>
        <source>The contact is too long.</source>
        <translation>Слишком длинное значение.</translation>
    </message>
    <message>
        <source>Only one contact point can be the preferred one.</source>
        <translation>Предпочтительным может быть только один способ связи.</translation>
    </message>
    <message>
        <source>The birthday is not a real date.</source>
        <translation>Такой даты рождения не существует.</translation>
    </message>
    <message>
        <source>Unknown time zone “{value}”; use a name such as Europe/Warsaw.</source>
        <translation>Неизвестный часовой пояс «{value}»; укажите, например, Europe/Moscow.</translation>
    </message>
    <message>
        <source>Must be between {lo} and {hi}.</source>
        <translation>Допустимо от {lo} до {hi}.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Нужно целое число.</translation>
    </message>
    <message>
        <source>Unknown country code “{value}”; use codes such as PL, RU, US.</source>
        <translation>Неизвестный код страны «{value}»; используйте коды вроде PL, RU, US.</translation>
    </message>
    <message>
        <source>“{value}” is not a region of {country}.</source>
        <translation>«{value}» — не регион страны {country}.</translation>
    </message>
    <message>
        <source>At least one day of the week must be a working day.</source>
        <translation>Хотя бы один день недели должен быть рабочим.</translation>
    </message>
    <message>
        <source>Expected a time as HH:MM.</source>
        <translation>Укажите время в формате ЧЧ:ММ.</translation>
    </message>
    <message>
        <source>Unknown phone region “{value}”; use codes such as PL, RU, US.</source>
        <translation>Неизвестный регион телефонов «{value}»; используйте коды вроде PL, RU, US.</translation>
    </message>
    <message>
        <source>Expected a three-letter currency code such as EUR, PLN, RUB.</source>
        <translation>Нужен трёхбуквенный код валюты, например EUR, PLN, RUB.</translation>
    </message>
    <message>
        <source>Working hours must start before they end.</source>
        <translation>Рабочий день должен начинаться раньше, чем заканчивается.</translation>
    </message>
    <message>
        <source>Longer than {n} characters.</source>
        <translation>Длиннее {n} символов.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 365.</source>
        <translation>Интервал должен быть от 1 до 365.</translation>
    </message>
    <message>
        <source>A tier needs at least one channel.</source>
        <translation>Категории нужен хотя бы один канал.</translation>
    </message>
    <message>
        <source>Unknown channel “{value}”.</source>
        <translation>Неизвестный канал «{value}».</translation>
    </message>
    <message>
        <source>A tier needs a name.</source>
        <translation>У категории должно быть название.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Неизвестный язык.</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>Неизвестный канал.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Tier {tier}: every {count} {unit}</source>
        <translation>Категория {tier}: раз в {count} {unit}</translation>
    </message>
    <message>
        <source>since last reached {day}</source>
        <translation>с последнего контакта {day}</translation>
    </message>
    <message>
        <source>since added {day}</source>
        <translation>с добавления {day}</translation>
    </message>
    <message>
        <source>Sequence “{name}”, step {step}</source>
        <translation>Цепочка «{name}», шаг {step}</translation>
    </message>
    <message>
        <source>after {day}</source>
        <translation>после {day}</translation>
    </message>
    <message>
        <source>Moved by hand to {day}</source>
        <translation>Перенесено вручную на {day}</translation>
    </message>
    <message>
        <source>moved from {day} ({why})</source>
        <translation>перенесено с {day} ({why})</translation>
    </message>
    <message>
        <source>moved from {day} (no common working hours)</source>
        <translation>перенесено с {day} (нет общих рабочих часов)</translation>
    </message>
    <message>
        <source>no common working hours for {channel}</source>
        <translation>нет общих рабочих часов для канала «{channel}»</translation>
    </message>
    <message>
        <source>Retry {attempt} of {of}</source>
        <translation>Повтор {attempt} из {of}</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Добавлено вручную</translation>
    </message>
    <message>
        <source>Rescheduled from {day}</source>
        <translation>Перенесено с {day} по просьбе клиента</translation>
    </message>
    <message>
        <source>last reached {day}</source>
        <translation>последний контакт {day}</translation>
    </message>
    <message>
        <source>added {day}</source>
        <translation>добавлен {day}</translation>
    </message>
    <message>
        <source>preferred channel: {channel}</source>
        <translation>предпочтительный канал: {channel}</translation>
    </message>
    <message>
        <source>no consent for {channel}</source>
        <translation>нет согласия на канал «{channel}»</translation>
    </message>
    <message>
        <source>falls back to {channel}</source>
        <translation>запасной канал: {channel}</translation>
    </message>
    <message>
        <source>{channel}: retry limit ({limit}) reached</source>
        <translation>{channel}: исчерпан лимит повторов ({limit})</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходные</translation>
    </message>
    <message>
        <source>moved from {day} (holiday: {name})</source>
        <translation>перенесено с {day} (праздник: {name})</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>stays on the birthday, {day}</source>
        <translation>остаётся в день рождения, {day}</translation>
    </message>
    <message>
        <source>carried over since {day}</source>
        <translation>перенесено с {day}: срок прошёл</translation>
    </message>
    <message>
        <source>moved from {day} to keep the gap from {other}</source>
        <translation>перенесено с {day}, чтобы выдержать интервал после {other}</translation>
    </message>
    <message>
        <source>moved from {day}: {channel} capacity full</source>
        <translation>перенесено с {day}: лимит канала «{channel}» исчерпан</translation>
    </message>
    <message>
        <source>overbooked: {channel} capacity {capacity} is full</source>
        <translation>перегрузка: лимит канала «{channel}» ({capacity}) исчерпан</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Good morning</source>
        <translation>Доброе утро</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due today.</source>
        <translation>
            <numerusform>На сегодня %n касание.</numerusform>
            <numerusform>На сегодня %n касания.</numerusform>
            <numerusform>На сегодня %n касаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up: {channel}</source>
        <translation>Скоро: {channel}</translation>
    </message>
    <message>
        <source>{client} at {time}</source>
        <translation>{client} в {time}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Лимиты</translation>
    </message>
    <message>
        <source>Tiers and cadences</source>
        <translation>Категории и периодичность</translation>
    </message>
    <message>
        <source>Saving settings and re-planning the book…</source>
        <translation>Настройки сохраняются, план пересчитывается…</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Channels are the rotation, in order (also the fallback order): {channels}. Retry delay and slip are in working days.</source>
        <translation>Каналы — это чередование по порядку (и порядок замены): {channels}. Пауза до повтора и сдвиг — в рабочих днях.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Раз в</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Preferred
channel</source>
        <translation>Предпочт.
канал</translation>
    </message>
    <message>
        <source>Retry
after</source>
        <translation>Повтор
через</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Повторов</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Nothing is due today. Well done!</source>
        <translation>На сегодня всё сделано. Отлично!</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Keyboard:
J / Down — next touch
K / Up — previous touch
N — write a note
Ctrl+1 … Ctrl+9 — log an outcome (see the buttons)</source>
        <translation>Клавиатура:
J / Вниз — следующее касание
K / Вверх — предыдущее касание
N — написать заметку
Ctrl+1 … Ctrl+9 — записать результат (см. кнопки)</translation>
    </message>
    <message>
        <source>Today — keyboard</source>
        <translation>Сегодня — клавиатура</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Сегодня, {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due</source>
        <translation>
            <numerusform>%n касание на сегодня</numerusform>
            <numerusform>%n касания на сегодня</numerusform>
            <numerusform>%n касаний на сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done today</source>
        <translation>
            <numerusform>%n выполнено сегодня</numerusform>
            <numerusform>%n выполнено сегодня</numerusform>
            <numerusform>%n выполнено сегодня</numerusform>
        </translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>When should this touch happen instead?</source>
        <translation>Когда провести это касание вместо этого?</translation>
    </message>
    <message>
        <source>{client}: {outcome} logged.</source>
        <translation>{client}: записан результат «{outcome}».</translation>
    </message>
    <message>
        <source>Next touch: {channel} on {day}.</source>
        <translation>Следующее касание: {channel}, {day}.</translation>
    </message>
    <message>
        <source>Could not log the outcome</source>
        <translation>Не удалось записать результат</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Contact Planner</source>
        <translation>Показать Contact Planner</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <source>Contact Planner: %n touch(es) due today</source>
        <translation>
            <numerusform>Contact Planner: на сегодня %n касание</numerusform>
            <numerusform>Contact Planner: на сегодня %n касания</numerusform>
            <numerusform>Contact Planner: на сегодня %n касаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Видеозвонок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Видеозвонки</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Как дела</translation>
    </message>
    <message>
        <source>News / offer</source>
        <translation>Новости / предложение</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Благодарность</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Warranty check</source>
        <translation>Проверка гарантии</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Возврат клиента</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Знакомство</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дозвонился</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Не ответил</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Оставил сообщение</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation>Назначена встреча</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Не интересно</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <source>office</source>
        <translation>офис</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>личный</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Цепочка</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключевой</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Эпизодический</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Разовый</translation>
    </message>
    <message>
        <source>day</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>new client</source>
        <translation>новый клиент</translation>
    </message>
    <message>
        <source>after a sale</source>
        <translation>после продажи</translation>
    </message>
    <message>
        <source>warranty check</source>
        <translation>проверка гарантии</translation>
    </message>
    <message>
        <source>birthday greeting</source>
        <translation>поздравление с днём рождения</translation>
    </message>
    <message>
        <source>win-back</source>
        <translation>возврат клиента</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Contact Planner</source>
        <translation>Добро пожаловать в Contact Planner</translation>
    </message>
    <message>
        <source>Your client book is empty. Bring your clients in, or look around in a demo book first: every morning the planner tells you whom to contact today, over which channel, and why.</source>
        <translation>Ваша клиентская база пуста. Загрузите клиентов или сначала осмотритесь в демо-базе: каждое утро планировщик подскажет, с кем связаться сегодня, по какому каналу и почему.</translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation>Импорт клиентов…</translation>
    </message>
    <message>
        <source>From CSV, Excel (XLSX), vCard, Google or Outlook contacts.</source>
        <translation>Из CSV, Excel (XLSX), vCard, контактов Google или Outlook.</translation>
    </message>
    <message>
        <source>Open a demo book</source>
        <translation>Открыть демо-базу</translation>
    </message>
    <message>
        <source>A few hundred realistic clients with a year of history, in your language.</source>
        <translation>Несколько сотен правдоподобных клиентов с историей за год, на вашем языке.</translation>
    </message>
    <message>
        <source>Add a client by hand</source>
        <translation>Добавить клиента вручную</translation>
    </message>
    <message>
        <source>Start from scratch: type in your first client.</source>
        <translation>Начните с нуля: введите первого клиента.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Open book</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <source>Contact Planner books (*.sqlite *.db);;All files (*)</source>
        <translation>Базы Contact Planner (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <source>Contact Planner books (*.sqlite)</source>
        <translation>Базы Contact Planner (*.sqlite)</translation>
    </message>
    <message>
        <source>Demo book</source>
        <translation>Демо-база</translation>
    </message>
    <message>
        <source>Creating a demo book…</source>
        <translation>Создание демо-базы…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Резервная копия: {path}</translation>
    </message>
    <message>
        <source>Settings saved; the plan is up to date.</source>
        <translation>Настройки сохранены, план обновлён.</translation>
    </message>
    <message>
        <source>Re-planned {clients} clients: {touches} touches, {over} overbooked.</source>
        <translation>План пересчитан для клиентов: {clients}; касаний: {touches}, сверх лимита: {over}.</translation>
    </message>
    <message>
        <source>Re-planning the whole book…</source>
        <translation>Пересчёт плана всей базы…</translation>
    </message>
    <message>
        <source>Alt+1 / Alt+2 / Alt+3 — Today, Book, Planning</source>
        <translation>Alt+1 / Alt+2 / Alt+3 — Сегодня, База, Планирование</translation>
    </message>
    <message>
        <source>J / K or Down / Up — next / previous touch in Today</source>
        <translation>J / K или Вниз / Вверх — следующее / предыдущее касание на экране «Сегодня»</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 — log an outcome for the selected touch</source>
        <translation>Ctrl+1 … Ctrl+9 — записать результат выбранного касания</translation>
    </message>
    <message>
        <source>N — write a note for the selected touch</source>
        <translation>N — заметка к выбранному касанию</translation>
    </message>
    <message>
        <source>Ctrl+F — search the book (in Book); Ctrl+Shift+F from anywhere</source>
        <translation>Ctrl+F — поиск по базе (на экране «База»); Ctrl+Shift+F — откуда угодно</translation>
    </message>
    <message>
        <source>Ctrl+N — new client; Ctrl+E — edit; Ctrl+Del — delete</source>
        <translation>Ctrl+N — новый клиент; Ctrl+E — изменить; Ctrl+Del — удалить</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z — undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z — отменить / повторить</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R — re-plan the whole book</source>
        <translation>Ctrl+Shift+R — пересчитать план всей базы</translation>
    </message>
    <message>
        <source>F5 — refresh</source>
        <translation>F5 — обновить</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиатурные сокращения</translation>
    </message>
    <message>
        <source>About Contact Planner</source>
        <translation>О программе Contact Planner</translation>
    </message>
    <message>
        <source>Contact Planner plans regular touches with every client by their tier and preferred channel, and tells you every morning whom to contact and why.</source>
        <translation>Contact Planner планирует регулярные касания с каждым клиентом по его категории и предпочтительному каналу и каждое утро подсказывает, с кем связаться и почему.</translation>
    </message>
</context>
</TS>
