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
    <message>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Показать папку</translation>
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
        <source>Unverified numbers</source>
        <translation>Непроверенные номера</translation>
    </message>
    <message>
        <source>Clients with a phone number kept as it was typed: open Edit to fix it</source>
        <translation>Клиенты с номером, сохранённым как был набран: исправьте его в «Изменить»</translation>
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
        <source>Find duplicates…</source>
        <translation>Найти дубликаты…</translation>
    </message>
    <message>
        <source>Clients with the same phone, e-mail or a similar name: compare and merge</source>
        <translation>Клиенты с одинаковым телефоном, e-mail или похожим именем: сравнить и объединить</translation>
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
    <name>BookWaitIndicator</name>
    <message>
        <source>Waiting for the book: another window or program is saving a long change. Your change will be saved as soon as it is done…</source>
        <translation>Ждём, пока освободится книга: другое окно или программа сохраняет долгое изменение. Ваше изменение сохранится, как только оно завершится…</translation>
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
    <name>CatalogModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория товара</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Базовая цена</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation>Дополняют</translation>
    </message>
    <message>
        <source>Not sold any more: kept for past sales</source>
        <translation>Снят с продажи: остаётся в прошлых продажах</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Filter by code, name or category…</source>
        <translation>Фильтр по коду, названию или категории…</translation>
    </message>
    <message>
        <source>Show items no longer sold</source>
        <translation>Показать снятые с продажи</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Новый товар…</translation>
    </message>
    <message>
        <source>Add a product or service (Insert)</source>
        <translation>Добавить товар или услугу (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop selling</source>
        <translation>Снять с продажи</translation>
    </message>
    <message>
        <source>Sell again</source>
        <translation>Вернуть в продажу</translation>
    </message>
    <message>
        <source>The catalog is empty. Add the products and services you sell.</source>
        <translation>Каталог пуст. Добавьте товары и услуги, которые вы продаёте.</translation>
    </message>
    <message>
        <source>Select an item.</source>
        <translation>Выберите позицию.</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Базовая цена</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Польза для клиента</translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation>Дополняют</translation>
    </message>
    <message>
        <source>Price by tier</source>
        <translation>Цены по категориям</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>базовая цена</translation>
    </message>
    <message>
        <source>own price</source>
        <translation>своя цена</translation>
    </message>
    <message>
        <source>{discount} off</source>
        <translation>скидка {discount}</translation>
    </message>
    <message>
        <source>Catalog item {code} saved.</source>
        <translation>Позиция каталога {code} сохранена.</translation>
    </message>
    <message>
        <source>{name} is no longer sold; past sales keep it.</source>
        <translation>«{name}» снят с продажи; в прошлых продажах он остаётся.</translation>
    </message>
    <message>
        <source>{name} is sold again.</source>
        <translation>«{name}» снова продаётся.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>ext. {n}</source>
        <translation>доб. {n}</translation>
    </message>
    <message>
        <source>unverified: fix it in Edit</source>
        <translation>не проверен: исправьте в «Изменить»</translation>
    </message>
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
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Record a sale…</source>
        <translation>Продажа…</translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation>Прайс-лист…</translation>
    </message>
    <message>
        <source>Record a sale for this client (Ctrl+Shift+S)</source>
        <translation>Записать продажу этому клиенту (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The personal offer after a sale, as PDF or XLSX (Ctrl+Shift+P)</source>
        <translation>Персональное предложение после продажи, в PDF или XLSX (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Экспорт данных…</translation>
    </message>
    <message>
        <source>Everything the book holds about this client, as a JSON file</source>
        <translation>Всё, что база хранит об этом клиенте, в файле JSON</translation>
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
        <source>Language: {language}</source>
        <translation>Язык: {language}</translation>
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
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
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
        <source>Sal&amp;utation</source>
        <translation>&amp;Обращение</translation>
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
    <name>ClientPicker</name>
    <message>
        <source>Type a client&apos;s name, company, phone or e-mail…</source>
        <translation>Введите имя клиента, компанию, телефон или e-mail…</translation>
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
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team book</source>
        <translation>Подключиться к командной базе</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>A team book lives on your team&apos;s PostgreSQL server; ask your manager.</source>
        <translation>Командная база хранится на сервере PostgreSQL вашей команды; спросите у руководителя.</translation>
    </message>
    <message>
        <source>Enter the database and your user name.</source>
        <translation>Укажите базу данных и имя пользователя.</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Доб.</translation>
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
        <source>Extension: dialled after the number</source>
        <translation>Добавочный: набирается после номера</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить способ связи</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Unverified: kept as it was typed, because it is not a valid number. Type it as it should be.</source>
        <translation>Не проверен: сохранён как был набран, потому что это недействительный номер. Введите его правильно.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Clients with the same phone or e-mail are duplicates; the same name alone makes a possible one. Compare the two, then merge: the kept client gains every contact point, tag, note, touch, sale and offer of the other.</source>
        <translation>Клиенты с одинаковым телефоном или e-mail — дубликаты; совпадение только имени — возможный дубликат. Сравните двоих и объедините: оставшийся клиент получит все способы связи, метки, заметки, касания, продажи и предложения другого.</translation>
    </message>
    <message>
        <source>Merge into &amp;left</source>
        <translation>Объединить в &amp;левого</translation>
    </message>
    <message>
        <source>Merge into &amp;right</source>
        <translation>Объединить в &amp;правого</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>тот же телефон {value}</translation>
    </message>
    <message>
        <source>same e-mail {value}</source>
        <translation>тот же e-mail {value}</translation>
    </message>
    <message>
        <source>similar name (possible duplicate)</source>
        <translation>похожее имя (возможный дубликат)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дубликатов не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n пара для проверки.</numerusform>
            <numerusform>%n пары для проверки.</numerusform>
            <numerusform>%n пар для проверки.</numerusform>
        </translation>
    </message>
    <message>
        <source>ext. {n}</source>
        <translation>доб. {n}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
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
        <source>Client since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>Способы связи</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Касания</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Merged: client {other} is now part of client {keep}.</source>
        <translation>Объединено: клиент {other} теперь часть клиента {keep}.</translation>
    </message>
    <message>
        <source>Merge client {other} into {keep}</source>
        <translation>Объединить клиента {other} с клиентом {keep}</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>Не удалось объединить</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The book could not be read or written just now. Nothing was changed by this step. Try again; if it keeps failing, close and reopen the app, or restore a backup (File → Back up now keeps a copy first).</source>
        <translation>Сейчас не удалось прочитать или записать книгу. Этот шаг ничего не изменил. Попробуйте ещё раз; если ошибка повторяется, закройте и снова откройте приложение или восстановите резервную копию (команда Файл → Резервная копия сначала сохранит копию).</translation>
    </message>
    <message>
        <source>{who} changed this record at {when}. Reload and try again.</source>
        <translation>{who} изменил(а) эту запись в {when}. Обновите и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{who} changed this record meanwhile. Reload and try again.</source>
        <translation>{who} тем временем изменил(а) эту запись. Обновите и попробуйте ещё раз.</translation>
    </message>
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
    <message>
        <source>This client is archived; unarchive them first.</source>
        <translation>Клиент в архиве; сначала верните его из архива.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the client was changed again since (in another window, by a command or by re-planning). Nothing was changed.</source>
        <translation>Этот шаг нельзя отменить: клиента с тех пор снова изменили (в другом окне, командой или при перепланировании). Ничего не изменено.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Повторять нечего.</translation>
    </message>
    <message>
        <source>There is nothing to recommend to this client yet: add related items to the catalog or record sales in their tier.</source>
        <translation>Этому клиенту пока нечего предложить: добавьте в каталог сопутствующие товары или записывайте продажи в его категории.</translation>
    </message>
    <message>
        <source>There is not enough free space to write %1. Free some space or choose another place; nothing was written.</source>
        <translation>Недостаточно свободного места, чтобы записать %1. Освободите место или выберите другое; ничего не записано.</translation>
    </message>
    <message>
        <source>%1 cannot be written here; nothing was written.</source>
        <translation>%1 нельзя записать сюда; ничего не записано.</translation>
    </message>
    <message>
        <source>The book is open read-only (a read-only file, folder or disk); changes cannot be saved.</source>
        <translation>Книга открыта только для чтения (файл, папка или диск только для чтения); изменения нельзя сохранить.</translation>
    </message>
    <message>
        <source>This book was written by an earlier version and must be upgraded, but it is read-only. Copy it to a folder you can write to.</source>
        <translation>Эта книга записана более ранней версией и должна быть обновлена, но она только для чтения. Скопируйте её в папку, доступную для записи.</translation>
    </message>
    <message>
        <source>The book is busy with a long task (an import, a re-plan or a demo, perhaps in another window). Your change was not saved; try again in a moment.</source>
        <translation>Книга занята долгой задачей (импорт, перепланирование или демо, возможно, в другом окне). Ваше изменение не сохранено; попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>This book was written by a newer version of Contact Planner; it was left as it was.</source>
        <translation>Эта книга записана более новой версией Contact Planner; она оставлена без изменений.</translation>
    </message>
    <message>
        <source>This book cannot be read.</source>
        <translation>Эту книгу невозможно прочитать.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Выберите, куда сохранить файл.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Contact Planner book files (*.cpbook);;All files (*)</source>
        <translation>Файлы баз Contact Planner (*.cpbook);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>That file is the book itself; choose another.</source>
        <translation>Это файл самой базы; выберите другой.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>One Excel workbook for your manager: a summary with KPIs and charts, your clients, the plan, the history and the sales of the period.</source>
        <translation>Одна книга Excel для руководителя: сводка с показателями и диаграммами, ваши клиенты, план, история и продажи за период.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The report is saved to {path} ({rows}).</source>
        <translation>Отчёт сохранён: {path} ({rows}).</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Создание отчёта…</translation>
    </message>
    <message>
        <source>Merge reports</source>
        <translation>Объединение отчётов</translation>
    </message>
    <message>
        <source>Choose the salespeople&apos;s reports</source>
        <translation>Выберите отчёты менеджеров</translation>
    </message>
    <message>
        <source>The team workbook of {people} is saved to {path}.</source>
        <translation>Сводная книга команды ({people}) сохранена: {path}.</translation>
    </message>
    <message>
        <source>Merging the reports…</source>
        <translation>Объединение отчётов…</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Экспорт в iCalendar</translation>
    </message>
    <message>
        <source>The planned touches of the period as an .ics file for your phone or mail calendar. Export again to the same file to update the events.</source>
        <translation>Запланированные касания за период в файле .ics для календаря телефона или почты. Повторный экспорт в тот же файл обновит события.</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to {path}.</source>
        <translation>
            <numerusform>%n событие сохранено: {path}.</numerusform>
            <numerusform>%n события сохранены: {path}.</numerusform>
            <numerusform>%n событий сохранено: {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Создание календаря…</translation>
    </message>
    <message>
        <source>Export this client&apos;s data</source>
        <translation>Экспорт данных клиента</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything the book holds about this client is saved to {path}.</source>
        <translation>Все данные клиента из базы сохранены: {path}.</translation>
    </message>
    <message>
        <source>Export book</source>
        <translation>Экспорт базы</translation>
    </message>
    <message>
        <source>The whole book is saved to {path}. Open it on the other laptop with File → Import book…</source>
        <translation>Вся база сохранена: {path}. На другом ноутбуке откройте её через Файл → Импорт базы…</translation>
    </message>
    <message>
        <source>Exporting the book…</source>
        <translation>Экспорт базы…</translation>
    </message>
    <message>
        <source>Import book</source>
        <translation>Импорт базы</translation>
    </message>
    <message>
        <source>Replace the open book with {file}?

Everything in the open book is replaced. It is backed up first, so you can restore it later.</source>
        <translation>Заменить открытую базу файлом {file}?

Всё содержимое открытой базы будет заменено. Сначала создаётся её резервная копия, чтобы её можно было восстановить.</translation>
    </message>
    <message>
        <source>Replace the book</source>
        <translation>Заменить базу</translation>
    </message>
    <message>
        <source>The book is replaced with {file}. The previous book is backed up to {backup}.</source>
        <translation>База заменена файлом {file}. Резервная копия прежней базы: {backup}.</translation>
    </message>
    <message>
        <source>Importing the book…</source>
        <translation>Импорт базы…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>Step 1 of 4: the list of clients to bring into the book.</source>
        <translation>Шаг 1 из 4: список клиентов, который нужно перенести в базу.</translation>
    </message>
    <message>
        <source>CSV files with any delimiter and encoding (UTF-8, Windows-1251, …), Excel workbooks (XLSX), vCard files, and Google or Outlook contact exports. Nothing is written before you confirm the last step.</source>
        <translation>Файлы CSV с любым разделителем и кодировкой (UTF-8, Windows-1251, …), книги Excel (XLSX), файлы vCard, а также выгрузки контактов Google и Outlook. Ничего не записывается, пока вы не подтвердите последний шаг.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файл не найден: {path}.</translation>
    </message>
    <message>
        <source>This file cannot be imported: {why}</source>
        <translation>Этот файл нельзя импортировать: {why}</translation>
    </message>
</context>
<context>
    <name>FitCheck</name>
    <message>
        <source>The book fits its capacity for the next 12 weeks.</source>
        <translation>Книга укладывается в ваши возможности на ближайшие 12 недель.</translation>
    </message>
    <message>
        <source>Tier {tier} needs {tier_need} a day by {channel} of the {need} the book needs; you have {have}.</source>
        <translation>Уровню {tier} нужно {tier_need} в день по каналу «{channel}» из {need}, нужных всей книге; у вас {have}.</translation>
    </message>
    <message>
        <source>You could: {tips}.</source>
        <translation>Что можно сделать: {tips}.</translation>
    </message>
    <message>
        <source>move tier {tier} to {channel}</source>
        <translation>перевести уровень {tier} на канал «{channel}»</translation>
    </message>
    <message>
        <source>contact tier {tier} every {count} {unit}</source>
        <translation>связываться с уровнем {tier} раз в {count} {unit}</translation>
    </message>
    <message>
        <source>raise the {channel} capacity to {to} a day</source>
        <translation>поднять лимит канала «{channel}» до {to} в день</translation>
    </message>
</context>
<context>
    <name>FitCheckPanel</name>
    <message>
        <source>Fit check: projected load for the next 12 weeks</source>
        <translation>Проверка нагрузки: прогноз на ближайшие 12 недель</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Project the touches the tiers ask for (cadences, sequences, birthdays)</source>
        <translation>Спрогнозировать контакты, которых требуют уровни (периодичность, цепочки, дни рождения)</translation>
    </message>
    <message>
        <source>Projecting the load…</source>
        <translation>Прогноз нагрузки…</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Неделя с {day}</translation>
    </message>
    <message>
        <source>More touches than this week&apos;s capacity</source>
        <translation>Контактов больше, чем позволяет лимит этой недели</translation>
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
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя (полностью)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Категория</translation>
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
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>точка с запятой (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>запятая (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>вертикальная черта (|)</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Нет имени</translation>
    </message>
    <message>
        <source>Unreadable text</source>
        <translation>Нечитаемый текст</translation>
    </message>
    <message>
        <source>Name too long</source>
        <translation>Слишком длинное имя</translation>
    </message>
    <message>
        <source>Company too long</source>
        <translation>Слишком длинное название компании</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>Слишком длинное значение</translation>
    </message>
    <message>
        <source>Unknown tier</source>
        <translation>Неизвестная категория</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Неизвестный язык</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>Не дата</translation>
    </message>
    <message>
        <source>Not a phone number (kept, unverified)</source>
        <translation>Не номер телефона (сохранён, не проверен)</translation>
    </message>
    <message>
        <source>Fax or pager kept (not a number to call)</source>
        <translation>Факс или пейджер сохранён (не для звонков)</translation>
    </message>
    <message>
        <source>Extension kept with the number</source>
        <translation>Добавочный сохранён с номером</translation>
    </message>
    <message>
        <source>Not an e-mail address</source>
        <translation>Не адрес e-mail</translation>
    </message>
    <message>
        <source>Not a Telegram handle</source>
        <translation>Не имя в Telegram</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Неизвестный часовой пояс</translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation>Дубликат, пропущен</translation>
    </message>
    <message>
        <source>Duplicate, merged</source>
        <translation>Дубликат, объединён</translation>
    </message>
    <message>
        <source>Duplicate, kept both</source>
        <translation>Дубликат, сохранены оба</translation>
    </message>
    <message>
        <source>Possible duplicate, imported</source>
        <translation>Возможный дубликат, импортирован</translation>
    </message>
    <message>
        <source>No name, named after a contact</source>
        <translation>Без имени, назван по контакту</translation>
    </message>
    <message>
        <source>Encoding guessed</source>
        <translation>Кодировка определена по догадке</translation>
    </message>
    <message>
        <source>Unreadable characters replaced</source>
        <translation>Нечитаемые символы заменены</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit catalog item</source>
        <translation>Изменение позиции каталога</translation>
    </message>
    <message>
        <source>New catalog item</source>
        <translation>Новая позиция каталога</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>List &amp;price</source>
        <translation>Базовая &amp;цена</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>К&amp;атегория товара</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Единица</translation>
    </message>
    <message>
        <source>&amp;Warranty</source>
        <translation>&amp;Гарантия</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>&amp;Польза</translation>
    </message>
    <message>
        <source>A short unique code, e.g. FLT-200</source>
        <translation>Короткий уникальный код, например FLT-200</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>например, {example}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Why a client needs it, in their words: price lists and scripts quote this.</source>
        <translation>Зачем это клиенту, его словами: прайс-листы и скрипты цитируют этот текст.</translation>
    </message>
    <message>
        <source>Sold (offered in sales, price lists and scripts)</source>
        <translation>Продаётся (предлагается в продажах, прайс-листах и скриптах)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation>Дополняют</translation>
    </message>
    <message>
        <source>Tier prices</source>
        <translation>Цены по категориям</translation>
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
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Скрипты</translation>
    </message>
    <message>
        <source>Contact Planner</source>
        <translation>Contact Planner</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n клиент.</numerusform>
            <numerusform>Импортировано %n клиента.</numerusform>
            <numerusform>Импортировано %n клиентов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Проверка столбцов</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose what each column holds; columns set to “ignore” are left out.</source>
        <translation>Шаг 2 из 4: укажите, что содержит каждый столбец; столбцы «пропустить» не импортируются.</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Строка заголовков:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>CSV file · encoding {encoding} · delimiter {delimiter}</source>
        <translation>Файл CSV · кодировка {encoding} · разделитель {delimiter}</translation>
    </message>
    <message>
        <source>(encoding guessed: check the letters below)</source>
        <translation>(кодировка определена по догадке: проверьте буквы ниже)</translation>
    </message>
    <message>
        <source>Excel workbook · sheet “{sheet}”</source>
        <translation>Книга Excel · лист «{sheet}»</translation>
    </message>
    <message>
        <source>“{sheet}”</source>
        <translation>«{sheet}»</translation>
    </message>
    <message>
        <source>and its continuation: {sheets}</source>
        <translation>и его продолжение: {sheets}</translation>
    </message>
    <message>
        <source>vCard file: every card is one client; there are no columns to map.</source>
        <translation>Файл vCard: каждая карточка — один клиент; сопоставлять столбцы не нужно.</translation>
    </message>
    <message>
        <source>The first {n} rows of {file} are shown; the import reads all of them.</source>
        <translation>Показаны первые строки файла {file} ({n}); при импорте читаются все.</translation>
    </message>
    <message>
        <source>Choose the column with the clients&apos; names (or first and last name, or company).</source>
        <translation>Укажите столбец с именами клиентов (или имя и фамилию, или компанию).</translation>
    </message>
    <message>
        <source>No column gives the clients&apos; names: each client will be named after their e-mail or phone. Choose the names column if the file has one.</source>
        <translation>Ни один столбец не содержит имён клиентов: каждый клиент получит имя по своей почте или телефону. Выберите столбец с именами, если он есть в файле.</translation>
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
        <source>&amp;Connect to a team book…</source>
        <translation>&amp;Подключиться к командной базе…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Export the &amp;team&apos;s workbook…</source>
        <translation>Экспорт книги &amp;команды…</translation>
    </message>
    <message>
        <source>T&amp;eam summary</source>
        <translation>&amp;Сводка по команде</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <source>&amp;Merge reports…</source>
        <translation>&amp;Объединить отчёты…</translation>
    </message>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation>Экспорт в i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Export this &amp;client&apos;s data…</source>
        <translation>Экспорт данных &amp;клиента…</translation>
    </message>
    <message>
        <source>Expor&amp;t book…</source>
        <translation>Экс&amp;порт базы…</translation>
    </message>
    <message>
        <source>Im&amp;port book…</source>
        <translation>И&amp;мпорт базы…</translation>
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
        <source>&amp;Sales</source>
        <translation>&amp;Продажи</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Каталог</translation>
    </message>
    <message>
        <source>Call &amp;scripts</source>
        <translation>&amp;Скрипты звонков</translation>
    </message>
    <message>
        <source>&amp;Record a sale…</source>
        <translation>&amp;Записать продажу…</translation>
    </message>
    <message>
        <source>&amp;Price list…</source>
        <translation>&amp;Прайс-лист…</translation>
    </message>
    <message>
        <source>&amp;Suggested tiers…</source>
        <translation>Р&amp;екомендуемые категории…</translation>
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
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Step 3 of 4: what to do with duplicates and with bad rows.</source>
        <translation>Шаг 3 из 4: что делать с дубликатами и ошибочными строками.</translation>
    </message>
    <message>
        <source>A client the book already has
(same phone, e-mail or name)</source>
        <translation>Клиент уже есть в базе
(тот же телефон, e-mail или имя)</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Строки, которые нельзя импортировать</translation>
    </message>
    <message>
        <source>Tier of new clients</source>
        <translation>Категория новых клиентов</translation>
    </message>
    <message>
        <source>Phones without a country code
are numbers of</source>
        <translation>Телефоны без кода страны —
номера страны</translation>
    </message>
    <message>
        <source>&amp;Skip the row (keep the book as it is)</source>
        <translation>&amp;Пропустить строку (база не меняется)</translation>
    </message>
    <message>
        <source>&amp;Update the client with the row&apos;s data</source>
        <translation>&amp;Обновить клиента данными строки</translation>
    </message>
    <message>
        <source>&amp;Keep both (add the row as a new client)</source>
        <translation>&amp;Сохранить оба (добавить строку как нового клиента)</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import nothing if a row is bad</source>
        <translation>&amp;Всё или ничего: не импортировать, если есть ошибочная строка</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows, skip the others</source>
        <translation>Импортировать &amp;верные строки, остальные пропустить</translation>
    </message>
    <message>
        <source>Save the report of skipped rows beside the file (CSV)</source>
        <translation>Сохранить отчёт о пропущенных строках рядом с файлом (CSV)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
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
        <source>Script: {template}</source>
        <translation>Скрипт: {template}</translation>
    </message>
    <message>
        <source>The call script template has a problem ({problem}); fix it in Scripts.</source>
        <translation>В шаблоне скрипта ошибка ({problem}); исправьте её в разделе «Скрипты».</translation>
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
        <source>Fit check</source>
        <translation>Проверка нагрузки</translation>
    </message>
    <message>
        <source>Does the book fit its capacity? The load the tiers ask for, per week</source>
        <translation>Укладывается ли книга в лимиты? Нагрузка, которую требуют уровни, по неделям</translation>
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
    <name>PriceListDialog</name>
    <message>
        <source>Price list for {client}</source>
        <translation>Прайс-лист для клиента {client}</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Отправить по &amp;эл. почте…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Сохранить в &amp;XLSX…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Preparing the offer…</source>
        <translation>Готовим предложение…</translation>
    </message>
    <message>
        <source>There is nothing to recommend to {client} yet: add related items to the catalog, or record sales in their tier.</source>
        <translation>Клиенту {client} пока нечего предложить: добавьте в каталог сопутствующие товары или записывайте продажи в его категории.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recommended · discount {discount} · valid until {day} · total {total} instead of {before}</source>
        <translation>
            <numerusform>Рекомендована %n позиция · скидка {discount} · до {day} · итого {total} вместо {before}</numerusform>
            <numerusform>Рекомендованы %n позиции · скидка {discount} · до {day} · итого {total} вместо {before}</numerusform>
            <numerusform>Рекомендовано %n позиций · скидка {discount} · до {day} · итого {total} вместо {before}</numerusform>
        </translation>
    </message>
    <message>
        <source>The price list template has a problem: {problem}</source>
        <translation>В шаблоне прайс-листа ошибка: {problem}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the price list</source>
        <translation>Сохранение прайс-листа</translation>
    </message>
    <message>
        <source>Writing the price list…</source>
        <translation>Создание прайс-листа…</translation>
    </message>
    <message>
        <source>E-mail to {to} opened in your mail program with {path} attached; logged as an e-mail touch.</source>
        <translation>Письмо для {to} с вложением {path} открыто в вашей почтовой программе; контакт записан как письмо.</translation>
    </message>
    <message>
        <source>Saved to {path}; logged as a price-list touch.</source>
        <translation>Сохранено: {path}; записано как касание «Прайс-лист».</translation>
    </message>
    <message>
        <source>Follow-up call planned for {day}.</source>
        <translation>Повторный звонок запланирован на {day}.</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <source>Print the price list</source>
        <translation>Печать прайс-листа</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
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
        <source>Unknown kind “{value}”.</source>
        <translation>Неизвестный вид «{value}».</translation>
    </message>
    <message>
        <source>The contact is too long.</source>
        <translation>Слишком длинное значение.</translation>
    </message>
    <message>
        <source>Unknown purpose “{value}”.</source>
        <translation>Неизвестная цель «{value}».</translation>
    </message>
    <message>
        <source>A tier&apos;s own template needs a purpose.</source>
        <translation>Собственному шаблону уровня нужна цель.</translation>
    </message>
    <message>
        <source>A fax or pager number cannot be the preferred contact.</source>
        <translation>Факс или пейджер не может быть предпочтительным способом связи.</translation>
    </message>
    <message>
        <source>Only a phone can be a fax or a pager.</source>
        <translation>Факсом или пейджером может быть только телефон.</translation>
    </message>
    <message>
        <source>The extension “{value}” must be digits only (up to {n}).</source>
        <translation>Добавочный «{value}» должен состоять только из цифр (не больше {n}).</translation>
    </message>
    <message>
        <source>Only a phone number has an extension.</source>
        <translation>Добавочный бывает только у телефона.</translation>
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
        <source>Give the item a code.</source>
        <translation>Укажите код позиции.</translation>
    </message>
    <message>
        <source>A code is at most {n} characters, without spaces.</source>
        <translation>Код — не более {n} символов, без пробелов.</translation>
    </message>
    <message>
        <source>Another item already has the code “{value}”.</source>
        <translation>Код «{value}» уже есть у другой позиции.</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>Укажите название позиции.</translation>
    </message>
    <message>
        <source>Type a price.</source>
        <translation>Введите цену.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount; type it like 12,50.</source>
        <translation>«{value}» — не сумма; введите, например, 12,50.</translation>
    </message>
    <message>
        <source>“{value}” is not a quantity.</source>
        <translation>«{value}» — не количество.</translation>
    </message>
    <message>
        <source>“{value}” is not a percentage.</source>
        <translation>«{value}» — не процент.</translation>
    </message>
    <message>
        <source>“{value}” has misplaced thousands separators.</source>
        <translation>В «{value}» неверно расставлены разделители тысяч.</translation>
    </message>
    <message>
        <source>“{value}” has more than one decimal separator.</source>
        <translation>В «{value}» больше одного десятичного разделителя.</translation>
    </message>
    <message>
        <source>“{value}” has more than {n} digits after the point.</source>
        <translation>В «{value}» больше {n} знаков после запятой.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The price is too large.</source>
        <translation>Слишком большая цена.</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>Процент должен быть от 0 до 100.</translation>
    </message>
    <message>
        <source>The warranty must be between 0 and {n} months.</source>
        <translation>Гарантия должна быть от 0 до {n} месяцев.</translation>
    </message>
    <message>
        <source>Give either a price or a discount, not both.</source>
        <translation>Укажите цену или скидку, но не то и другое.</translation>
    </message>
    <message>
        <source>A sale cannot be in the future.</source>
        <translation>Продажа не может быть в будущем.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Добавьте хотя бы одну позицию.</translation>
    </message>
    <message>
        <source>No catalog item has the code “{value}”.</source>
        <translation>В каталоге нет позиции с кодом «{value}».</translation>
    </message>
    <message>
        <source>A sale holds at most {n} lines.</source>
        <translation>В продаже не больше {n} строк.</translation>
    </message>
    <message>
        <source>{value} is no longer sold.</source>
        <translation>{value} снят с продажи.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>Количество должно быть больше 0.</translation>
    </message>
    <message>
        <source>An item cannot go with itself.</source>
        <translation>Позиция не может дополнять сама себя.</translation>
    </message>
    <message>
        <source>Unknown interval unit “{unit}”.</source>
        <translation>Неизвестная единица интервала «{unit}».</translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”.</source>
        <translation>Неизвестный канал «{channel}».</translation>
    </message>
    <message>
        <source>The retry delay must be 0-60 working days and the limit 0-10.</source>
        <translation>Пауза перед повтором — от 0 до 60 рабочих дней, число повторов — от 0 до 10.</translation>
    </message>
    <message>
        <source>The allowed slip must be 0-60 working days.</source>
        <translation>Допустимый сдвиг — от 0 до 60 рабочих дней.</translation>
    </message>
    <message>
        <source>The discount must be between 0 and 90 %.</source>
        <translation>Скидка должна быть от 0 до 90 %.</translation>
    </message>
    <message>
        <source>“{subdivision}” is not a region of {country}.</source>
        <translation>«{subdivision}» — не регион страны {country}.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Ожидается «да» или «нет» (true или false).</translation>
    </message>
    <message>
        <source>Unknown day of the week “{value}”.</source>
        <translation>Неизвестный день недели «{value}».</translation>
    </message>
    <message>
        <source>Unknown kind of day “{kind}”.</source>
        <translation>Неизвестный вид дня «{kind}».</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
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
        <source>since the last attempt {day}</source>
        <translation>с последней попытки {day}</translation>
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
        <source>Rescheduled at the client&apos;s request from {day}</source>
        <translation>Перенесено по просьбе клиента с {day}</translation>
    </message>
    <message>
        <source>Fallback to {channel} after {attempts} attempts</source>
        <translation>Запасной канал {channel} после {attempts} попыток</translation>
    </message>
    <message>
        <source>last attempt {day}</source>
        <translation>последняя попытка {day}</translation>
    </message>
    <message>
        <source>greeted the working day before the birthday, {day}</source>
        <translation>поздравление в рабочий день перед днём рождения, {day}</translation>
    </message>
    <message>
        <source>switched from {old} to {channel}: {old} full on {day}</source>
        <translation>вместо {old} — {channel}: {old} заполнен на {day}</translation>
    </message>
    <message>
        <source>carried over from {day}</source>
        <translation>перенесено с {day}</translation>
    </message>
    <message>
        <source>the greeting keeps its day, {day}, despite the gap from {other}</source>
        <translation>поздравление остаётся на {day}, несмотря на интервал от {other}</translation>
    </message>
    <message>
        <source>carried over: {channel} full on {day}</source>
        <translation>перенесено: {channel} заполнен на {day}</translation>
    </message>
    <message>
        <source>handed over from {name}</source>
        <translation>передан(а) от {name}</translation>
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
        <source>moved from {day} to keep the gap from {other}</source>
        <translation>перенесено с {day}, чтобы выдержать интервал после {other}</translation>
    </message>
    <message>
        <source>overbooked: {channel} capacity {capacity} is full</source>
        <translation>перегрузка: лимит канала «{channel}» ({capacity}) исчерпан</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The workbook “{file}” is damaged or truncated and cannot be read ({detail}).</source>
        <translation>Книга Excel «{file}» повреждена или обрезана, её не удаётся прочитать ({detail}).</translation>
    </message>
    <message>
        <source>The workbook “{file}” is damaged or truncated and cannot be read.</source>
        <translation>Книга Excel «{file}» повреждена или обрезана, её не удаётся прочитать.</translation>
    </message>
    <message>
        <source>A line of “{file}” is longer than {limit_mb} MB; it is not a client list.</source>
        <translation>В файле «{file}» есть строка длиннее {limit_mb} МБ; это не список клиентов.</translation>
    </message>
    <message>
        <source>Row {row} of “{file}” cannot be read; a quote may be left open. Check the file in a spreadsheet and save it again as CSV.</source>
        <translation>Не удаётся прочитать строку {row} файла «{file}»: возможно, не закрыта кавычка. Проверьте файл в табличном редакторе и снова сохраните его как CSV.</translation>
    </message>
    <message>
        <source>“{file}” claims to be UTF-16 text but is not valid UTF-16.</source>
        <translation>Файл «{file}» помечен как текст в UTF-16, но UTF-16 в нём повреждён.</translation>
    </message>
    <message>
        <source>The text of “{file}” cannot be decoded as {encoding}.</source>
        <translation>Текст файла «{file}» не удаётся прочитать в кодировке {encoding}.</translation>
    </message>
    <message>
        <source>“{file}” is not a Contact Planner report: {why}. Only workbooks exported with “Export report…” can be merged.</source>
        <translation>«{file}» — не отчёт Contact Planner: {why}. Объединять можно только книги, выгруженные командой «Экспорт отчёта…».</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>Файла «{file}» не существует.</translation>
    </message>
    <message>
        <source>The file “{file}” cannot be read: it may be open in another program, or you may not have the right to read it.</source>
        <translation>Не удаётся прочитать файл «{file}»: возможно, он открыт в другой программе или у вас нет прав на его чтение.</translation>
    </message>
    <message>
        <source>“{file}” is not a regular file.</source>
        <translation>«{file}» — не обычный файл.</translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation>Файл «{file}» пуст.</translation>
    </message>
    <message>
        <source>The file “{file}” is {size_mb} MB; files over {limit_mb} MB are not imported. Split it into smaller files.</source>
        <translation>Размер файла «{file}» — {size_mb} МБ; файлы больше {limit_mb} МБ не импортируются. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>“{file}” is not a text file (CSV or vCard) and not an Excel workbook: it holds binary data or an unknown encoding.</source>
        <translation>«{file}» — не текстовый файл (CSV или vCard) и не книга Excel: в нём двоичные данные или неизвестная кодировка.</translation>
    </message>
    <message>
        <source>“{file}” holds no vCard (no BEGIN:VCARD line).</source>
        <translation>В файле «{file}» нет ни одной карточки vCard (нет строки BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>Excel import is disabled: the XML parser is not protected. Reinstall the application.</source>
        <translation>Импорт из Excel отключён: обработчик XML не защищён. Переустановите приложение.</translation>
    </message>
    <message>
        <source>“{file}” is an old Excel .xls workbook or a password-protected one. Save it as .xlsx (without a password) or as CSV and try again.</source>
        <translation>«{file}» — старая книга Excel (.xls) или книга, защищённая паролем. Сохраните её как .xlsx (без пароля) или как CSV и попробуйте снова.</translation>
    </message>
    <message>
        <source>“{file}” is not an Excel workbook (.xlsx).</source>
        <translation>«{file}» — не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook “{file}” is encrypted; remove the password and try again.</source>
        <translation>Книга Excel «{file}» зашифрована; снимите пароль и попробуйте снова.</translation>
    </message>
    <message>
        <source>The part {part} of the workbook “{file}” expands to {size_mb} MB from {packed_kb} KB; this looks like a zip bomb and is refused.</source>
        <translation>Часть {part} книги Excel «{file}» распаковывается из {packed_kb} КБ в {size_mb} МБ; это похоже на zip-бомбу, файл отклонён.</translation>
    </message>
    <message>
        <source>The workbook “{file}” would expand to {size_mb} MB (the limit is {limit_mb} MB); this looks like a zip bomb and is refused.</source>
        <translation>Книга Excel «{file}» распаковалась бы в {size_mb} МБ (предел — {limit_mb} МБ); это похоже на zip-бомбу, файл отклонён.</translation>
    </message>
    <message>
        <source>The part {part} of the workbook “{file}” would expand to {size_mb} MB (the limit is {limit_mb} MB); a workbook of clients is never that large. Save the sheet as CSV or split it.</source>
        <translation>Часть {part} книги Excel «{file}» распаковалась бы в {size_mb} МБ (предел — {limit_mb} МБ); книга с клиентами не бывает такой большой. Сохраните лист как CSV или разделите его.</translation>
    </message>
    <message>
        <source>The workbook “{file}” has more than {limit} parts; this looks like a zip bomb and is refused.</source>
        <translation>В книге Excel «{file}» больше {limit} частей; это похоже на zip-бомбу, файл отклонён.</translation>
    </message>
    <message>
        <source>The workbook “{file}” holds a text longer than {limit} characters (the most one Excel cell can hold) in {part}; it is refused.</source>
        <translation>В книге Excel «{file}» (часть {part}) есть текст длиннее {limit} знаков — больше, чем вмещает одна ячейка Excel; файл отклонён.</translation>
    </message>
    <message>
        <source>The workbook “{file}” contains an XML document type declaration, which Excel never writes; it may be an XML bomb and is refused.</source>
        <translation>Книга Excel «{file}» содержит объявление типа документа XML, которое Excel никогда не записывает; это может быть XML-бомба, файл отклонён.</translation>
    </message>
    <message>
        <source>The workbook “{file}” has no worksheet.</source>
        <translation>В книге Excel «{file}» нет ни одного листа с ячейками.</translation>
    </message>
    <message>
        <source>No header row was recognised in the first 20 rows of “{file}”; choose the columns by hand.</source>
        <translation>В первых 20 строках файла «{file}» не найдена строка заголовков; укажите столбцы вручную.</translation>
    </message>
    <message>
        <source>No column of “{file}” gives the clients&apos; names (name, first or last name, or company); choose one in the column mapping.</source>
        <translation>Ни один столбец файла «{file}» не содержит имён клиентов (имени, фамилии или компании); укажите его при сопоставлении столбцов.</translation>
    </message>
    <message>
        <source>The saved column mapping is not valid ({detail}).</source>
        <translation>Сохранённое сопоставление столбцов недействительно ({detail}).</translation>
    </message>
    <message>
        <source>Choose at least one report to merge.</source>
        <translation>Выберите хотя бы один отчёт для объединения.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>его не существует</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>он пуст</translation>
    </message>
    <message>
        <source>it is not an Excel workbook</source>
        <translation>это не книга Excel</translation>
    </message>
    <message>
        <source>it is an old Excel .xls workbook or a password-protected one</source>
        <translation>это старая книга Excel (.xls) или книга, защищённая паролем</translation>
    </message>
    <message>
        <source>it is damaged or truncated</source>
        <translation>он повреждён или обрезан</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>его не удаётся прочитать ({detail})</translation>
    </message>
    <message>
        <source>it has no report marker sheet</source>
        <translation>в нём нет служебного листа отчёта</translation>
    </message>
    <message>
        <source>its report marker is missing</source>
        <translation>в нём нет отметки отчёта</translation>
    </message>
    <message>
        <source>it is already a team workbook; merge the salespeople&apos;s own reports</source>
        <translation>это уже сводная книга команды; объединяйте собственные отчёты продавцов</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation>он создан более новой версией приложения</translation>
    </message>
    <message>
        <source>its currency “{currency}” is not a three-letter currency code</source>
        <translation>его валюта «{currency}» — не трёхбуквенный код валюты</translation>
    </message>
    <message>
        <source>its sheet “{sheet}” is missing</source>
        <translation>в нём нет листа «{sheet}»</translation>
    </message>
    <message>
        <source>its continuation sheet “{sheet}” is missing</source>
        <translation>в нём нет листа-продолжения «{sheet}»</translation>
    </message>
    <message>
        <source>its sheet “{sheet}” is a chart, not a sheet of cells</source>
        <translation>его лист «{sheet}» — диаграмма, а не лист с ячейками</translation>
    </message>
    <message>
        <source>the column “{column}” of its sheet “{sheet}” was moved (it is column {position}, it was written as column {written}); merge the report as it was exported</source>
        <translation>столбец «{column}» на листе «{sheet}» перемещён (сейчас это столбец {position}, при выгрузке был столбец {written}); объединяйте отчёт в том виде, в каком он был выгружен</translation>
    </message>
    <message>
        <source>a column was inserted into its sheet “{sheet}” (columns now: {columns}, when exported: {written}); merge the report as it was exported</source>
        <translation>на лист «{sheet}» вставлен столбец (столбцов сейчас: {columns}, при выгрузке: {written}); объединяйте отчёт в том виде, в каком он был выгружен</translation>
    </message>
    <message>
        <source>a column was deleted from its sheet “{sheet}” (columns now: {columns}, when exported: {written}); merge the report as it was exported</source>
        <translation>с листа «{sheet}» удалён столбец (столбцов сейчас: {columns}, при выгрузке: {written}); объединяйте отчёт в том виде, в каком он был выгружен</translation>
    </message>
    <message>
        <source>This needs a team book.</source>
        <translation>Для этого нужна командная база.</translation>
    </message>
    <message>
        <source>The team book has no salespeople yet.</source>
        <translation>В командной базе пока нет продавцов.</translation>
    </message>
    <message>
        <source>Some of these clients are not yours to hand over; nothing was handed over.</source>
        <translation>Некоторых из этих клиентов передать может только их владелец или руководитель; никто не передан.</translation>
    </message>
    <message>
        <source>Choose one of the book&apos;s tiers.</source>
        <translation>Выберите одну из категорий базы.</translation>
    </message>
    <message>
        <source>This client has no e-mail address they agreed to be written to.</source>
        <translation>У этого клиента нет адреса e-mail, на который он согласился получать письма.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A client cannot be merged into itself.</source>
        <translation>Клиента нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <source>This backup is damaged or not a Contact Planner book; nothing was restored.</source>
        <translation>Эта резервная копия повреждена или не является базой Contact Planner; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The book fails its integrity check; restore a backup.</source>
        <translation>База не прошла проверку целостности; восстановите резервную копию.</translation>
    </message>
    <message>
        <source>This file is not a Contact Planner book.</source>
        <translation>Этот файл не является базой Contact Planner.</translation>
    </message>
    <message>
        <source>This book file is damaged and cannot be used.</source>
        <translation>Этот файл базы повреждён, им нельзя воспользоваться.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of the app; update the app to read it.</source>
        <translation>Этот файл создан более новой версией приложения; обновите приложение, чтобы его открыть.</translation>
    </message>
    <message>
        <source>The team book cannot be reached. Check the network and the address, or ask its administrator.</source>
        <translation>Не удаётся подключиться к командной базе. Проверьте сеть и адрес или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This installation cannot open team books; reinstall it with team support.</source>
        <translation>Эта установка не умеет открывать командные базы; переустановите приложение с поддержкой команд.</translation>
    </message>
    <message>
        <source>The book could not be upgraded to this version of the app.</source>
        <translation>Не удалось обновить базу до этой версии приложения.</translation>
    </message>
</context>
<context>
    <name>RelatedEditor</name>
    <message>
        <source>What a client who bought this item will need next. Price lists and call scripts recommend these first.</source>
        <translation>Что понадобится клиенту, купившему эту позицию. Прайс-листы и скрипты звонков предлагают это в первую очередь.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
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
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Step 4 of 4: the clients are imported, then you see what happened.</source>
        <translation>Шаг 4 из 4: клиенты импортируются, затем вы увидите результат.</translation>
    </message>
    <message>
        <source>Importing… You can cancel: nothing is written until the end.</source>
        <translation>Импорт… Его можно отменить: до конца ничего не записывается.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>The report is saved to {path}.</source>
        <translation>Отчёт сохранён: {path}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {why}</source>
        <translation>Файл нельзя импортировать: {why}</translation>
    </message>
    <message>
        <source>Go back to change the file, the columns or the options.</source>
        <translation>Вернитесь назад, чтобы изменить файл, столбцы или параметры.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be imported. Fix them in the file, or go back and choose “Import the valid rows”.</source>
        <translation>
            <numerusform>Ничего не импортировано: %n строку нельзя импортировать. Исправьте файл или вернитесь назад и выберите «Импортировать верные строки».</numerusform>
            <numerusform>Ничего не импортировано: %n строки нельзя импортировать. Исправьте файл или вернитесь назад и выберите «Импортировать верные строки».</numerusform>
            <numerusform>Ничего не импортировано: %n строк нельзя импортировать. Исправьте файл или вернитесь назад и выберите «Импортировать верные строки».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s) imported</source>
        <translation>
            <numerusform>импортирован %n новый клиент</numerusform>
            <numerusform>импортировано %n новых клиента</numerusform>
            <numerusform>импортировано %n новых клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлён</numerusform>
            <numerusform>%n обновлено</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n дубликат пропущен</numerusform>
            <numerusform>%n дубликата пропущено</numerusform>
            <numerusform>%n дубликатов пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n строка отклонена</numerusform>
            <numerusform>%n строки отклонено</numerusform>
            <numerusform>%n строк отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unverified number(s) kept as typed (Book: Unverified numbers)</source>
        <translation>
            <numerusform>%n непроверенный номер сохранён как был набран (База: «Непроверенные номера»)</numerusform>
            <numerusform>%n непроверенных номера сохранены как были набраны (База: «Непроверенные номера»)</numerusform>
            <numerusform>%n непроверенных номеров сохранены как были набраны (База: «Непроверенные номера»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones without a country code were read as {region} numbers.</source>
        <translation>Телефоны без кода страны прочитаны как номера {region}.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Record a sale</source>
        <translation>Запись продажи</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>Optional: order number, what was agreed…</source>
        <translation>Необязательно: номер заказа, о чём договорились…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за ед.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Добавить позицию</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+Shift+A)</source>
        <translation>Добавить строку (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Удалить позицию</translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation>Записать продажу</translation>
    </message>
    <message>
        <source>The catalog is empty: add items in Catalog before recording sales.</source>
        <translation>Каталог пуст: добавьте позиции в разделе «Каталог», прежде чем записывать продажи.</translation>
    </message>
    <message>
        <source>Type to find an item…</source>
        <translation>Начните вводить название…</translation>
    </message>
    <message>
        <source>Empty: the client&apos;s tier price. Type a price to override.</source>
        <translation>Пусто — цена категории клиента. Введите цену, чтобы её заменить.</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Итого: {amount}</translation>
    </message>
    <message>
        <source>Choose the client who bought.</source>
        <translation>Выберите клиента, который купил.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Строка {n}: {problem}</translation>
    </message>
</context>
<context>
    <name>SalesActions</name>
    <message>
        <source>Sale recorded for {client}: {total}.</source>
        <translation>Продажа записана ({client}): {total}.</translation>
    </message>
    <message numerus="yes">
        <source>%n after-sale touch(es) planned.</source>
        <translation>
            <numerusform>Запланировано %n касание после продажи.</numerusform>
            <numerusform>Запланировано %n касания после продажи.</numerusform>
            <numerusform>Запланировано %n касаний после продажи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Price list saved to {path}.</source>
        <translation>Прайс-лист сохранён: {path}.</translation>
    </message>
    <message>
        <source>For which client?</source>
        <translation>Для какого клиента?</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) moved to their suggested tier.</source>
        <translation>
            <numerusform>%n клиент переведён в рекомендуемую категорию.</numerusform>
            <numerusform>%n клиента переведены в рекомендуемые категории.</numerusform>
            <numerusform>%n клиентов переведены в рекомендуемые категории.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>SalesView</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Record a sale…</source>
        <translation>Записать продажу…</translation>
    </message>
    <message>
        <source>Suggested tiers…</source>
        <translation>Рекомендуемые категории…</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>За этот период продаж нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n продажа</numerusform>
            <numerusform>%n продажи</numerusform>
            <numerusform>%n продаж</numerusform>
        </translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation>на сумму {amount}</translation>
    </message>
    <message>
        <source>showing the newest {n}; choose a shorter period</source>
        <translation>показаны последние {n}; выберите период короче</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ScriptEditorView</name>
    <message>
        <source>Call scripts</source>
        <translation>Скрипты звонков</translation>
    </message>
    <message>
        <source>Shared skeleton (all purposes)</source>
        <translation>Общая основа (все цели)</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Категория {tier}</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Double-click or press Enter to insert a variable</source>
        <translation>Двойной щелчок или Enter вставляет переменную</translation>
    </message>
    <message>
        <source>Preview on a client</source>
        <translation>Предпросмотр на клиенте</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save this template (Ctrl+S)</source>
        <translation>Сохранить шаблон (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Вернуть &amp;стандартный</translation>
    </message>
    <message>
        <source>Changed, not saved</source>
        <translation>Изменён, не сохранён</translation>
    </message>
    <message>
        <source>The default template (not changed)</source>
        <translation>Стандартный шаблон (без изменений)</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Ваш шаблон</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Discard your changes to this template?</source>
        <translation>Отменить изменения в этом шаблоне?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Call script saved.</source>
        <translation>Скрипт звонка сохранён.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Вернуть стандартный</translation>
    </message>
    <message>
        <source>Forget your version of this template and use the default one again?</source>
        <translation>Удалить вашу версию шаблона и снова использовать стандартную?</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Вернуть</translation>
    </message>
</context>
<context>
    <name>ScriptTexts</name>
    <message>
        <source>not allowed in templates: {0}</source>
        <translation>запрещено в шаблонах: {0}</translation>
    </message>
    <message>
        <source>unknown variable: {0}</source>
        <translation>неизвестная переменная: {0}</translation>
    </message>
    <message>
        <source>there is no template {0}</source>
        <translation>нет шаблона {0}</translation>
    </message>
    <message>
        <source>there is no script for {0}</source>
        <translation>нет скрипта для {0}</translation>
    </message>
    <message>
        <source>the template calls itself too deeply</source>
        <translation>шаблон слишком глубоко вызывает сам себя</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>строка {line}: {message}</translation>
    </message>
    <message>
        <source>the client&apos;s full name as in the book</source>
        <translation>полное имя клиента, как в базе</translation>
    </message>
    <message>
        <source>the first word of the name (for a friendly greeting)</source>
        <translation>первое слово имени (для дружеского приветствия)</translation>
    </message>
    <message>
        <source>how to address the client, e.g. Dear Anna, (their own, else their language&apos;s default)</source>
        <translation>как обращаться к клиенту, например «Уважаемая Анна Петровна!» (его собственное обращение, иначе принятое в его языке)</translation>
    </message>
    <message>
        <source>the client&apos;s company, or nothing</source>
        <translation>компания клиента или ничего</translation>
    </message>
    <message>
        <source>tier code: A, B, C or D</source>
        <translation>код категории: A, B, C или D</translation>
    </message>
    <message>
        <source>tier name, e.g. Key, Regular</source>
        <translation>название категории, например «Ключевые», «Постоянные»</translation>
    </message>
    <message>
        <source>birthday as a date (year may be 1900 if unknown), or nothing</source>
        <translation>день рождения как дата (год 1900, если неизвестен) или ничего</translation>
    </message>
    <message>
        <source>the day the client was added to the book</source>
        <translation>день, когда клиент добавлен в базу</translation>
    </message>
    <message>
        <source>everything the client has bought, as money</source>
        <translation>всё, что клиент купил, в деньгах</translation>
    </message>
    <message>
        <source>true when the client is silent well past their usual interval</source>
        <translation>истина, если клиент молчит гораздо дольше обычного</translation>
    </message>
    <message>
        <source>list of the client&apos;s tags</source>
        <translation>список меток клиента</translation>
    </message>
    <message>
        <source>your notes on the client, or nothing</source>
        <translation>ваши заметки о клиенте или ничего</translation>
    </message>
    <message>
        <source>list of contact points: channel, value, label, preferred</source>
        <translation>список контактов: канал, значение, подпись, предпочтительный</translation>
    </message>
    <message>
        <source>the preferred phone number, or nothing</source>
        <translation>предпочтительный номер телефона или ничего</translation>
    </message>
    <message>
        <source>the preferred e-mail address, or nothing</source>
        <translation>предпочтительный адрес e-mail или ничего</translation>
    </message>
    <message>
        <source>the last done touches, newest first: day, channel, purpose, outcome, note</source>
        <translation>последние выполненные касания, новые первыми: day, channel, purpose, outcome, note</translation>
    </message>
    <message>
        <source>the newest done touch (same fields), or nothing</source>
        <translation>последнее выполненное касание (те же поля) или ничего</translation>
    </message>
    <message>
        <source>the last sales, newest first: day, total, items (name, quantity, unit, amount)</source>
        <translation>последние продажи, новые первыми: day, total, items (name, quantity, unit, amount)</translation>
    </message>
    <message>
        <source>the newest sale (same fields), or nothing</source>
        <translation>последняя продажа (те же поля) или ничего</translation>
    </message>
    <message>
        <source>items to offer: name, code, benefits, price, your_price, related_to, kind, reason</source>
        <translation>что предложить: name, code, benefits, price, your_price, related_to, kind, reason</translation>
    </message>
    <message>
        <source>your name (Settings)</source>
        <translation>ваше имя (Настройки)</translation>
    </message>
    <message>
        <source>your company (Settings)</source>
        <translation>ваша компания (Настройки)</translation>
    </message>
    <message>
        <source>your phone (Settings)</source>
        <translation>ваш телефон (Настройки)</translation>
    </message>
    <message>
        <source>your e-mail (Settings)</source>
        <translation>ваш e-mail (Настройки)</translation>
    </message>
    <message>
        <source>why you contact the client now, e.g. check-in, win-back</source>
        <translation>зачем вы связываетесь с клиентом, например check-in, win-back</translation>
    </message>
    <message>
        <source>call, meeting, email… (nothing in a preview)</source>
        <translation>call, meeting, email… (в предпросмотре — ничего)</translation>
    </message>
    <message>
        <source>the day the touch is planned for (nothing in a preview)</source>
        <translation>день, на который запланировано касание (в предпросмотре — ничего)</translation>
    </message>
    <message>
        <source>the client&apos;s discount as text, e.g. 10 %</source>
        <translation>скидка клиента текстом, например 10 %</translation>
    </message>
    <message>
        <source>how many days an offer is valid</source>
        <translation>сколько дней действует предложение</translation>
    </message>
    <message>
        <source>the day an offer made today expires</source>
        <translation>день, когда истекает сегодняшнее предложение</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>сегодняшняя дата</translation>
    </message>
    <message>
        <source>the script&apos;s language: en, ru or pl</source>
        <translation>язык скрипта: en, ru или pl</translation>
    </message>
    <message>
        <source>filter: a date in the script&apos;s language, e.g. {{ today|day }}</source>
        <translation>фильтр: дата на языке скрипта, например {{ today|day }}</translation>
    </message>
    <message>
        <source>filter: minor units as money, e.g. {{ 12345|money }}</source>
        <translation>фильтр: сумма в копейках как деньги, например {{ 12345|money }}</translation>
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
</context>
<context>
    <name>SettingsOps</name>
    <message>
        <source>Saving settings and re-planning the book…</source>
        <translation>Настройки сохраняются, план пересчитывается…</translation>
    </message>
</context>
<context>
    <name>TeamBook</name>
    <message>
        <source>Contact Planner — team book {book} on {host} ({user})</source>
        <translation>Contact Planner — командная база {book} на {host} ({user})</translation>
    </message>
    <message>
        <source>Team book {book} on {host}, signed in as {user}</source>
        <translation>Командная база {book} на {host}, вход как {user}</translation>
    </message>
    <message>
        <source>Team book {book} on {host} ({user})</source>
        <translation>Командная база {book} на {host} ({user})</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>Export the team&apos;s workbook</source>
        <translation>Экспорт книги команды</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The team&apos;s workbook is saved to {path}.</source>
        <translation>Книга команды сохранена в {path}.</translation>
    </message>
    <message>
        <source>Writing the team&apos;s workbook…</source>
        <translation>Запись книги команды…</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
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
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>Reach rate</source>
        <translation>Доля контактов</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>The team, live from the team book</source>
        <translation>Команда — прямо из командной базы</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>По продавцам</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>По каналам</translation>
    </message>
    <message>
        <source>{start} – {end} (today {today})</source>
        <translation>{start} – {end} (сегодня {today})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>TierPriceEditor</name>
    <message>
        <source>Each tier pays the list price unless you give it its own price or a discount (in %) off the list price.</source>
        <translation>Каждая категория платит базовую цену, если вы не задали ей свою цену или скидку (в %) от базовой цены.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Price or discount</source>
        <translation>Цена или скидка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Базовая цена</translation>
    </message>
    <message>
        <source>Own price</source>
        <translation>Своя цена</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Tier {tier}: {problem}</source>
        <translation>Категория {tier}: {problem}</translation>
    </message>
</context>
<context>
    <name>TierSuggestions</name>
    <message>
        <source>bought on {n} days in the last {days} days</source>
        <translation>покупал в {n} дн. за последние {days} дн.</translation>
    </message>
    <message>
        <source>bought on {n} days, not regularly</source>
        <translation>покупал в {n} дн., нерегулярно</translation>
    </message>
    <message>
        <source>bought once</source>
        <translation>купил один раз</translation>
    </message>
    <message>
        <source>no purchases yet</source>
        <translation>покупок пока нет</translation>
    </message>
    <message>
        <source>value in the top 20 % of buyers, bought more than once</source>
        <translation>сумма покупок в верхних 20 % клиентов, покупал не раз</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Кат.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>TierSuggestionsDialog</name>
    <message>
        <source>Suggested tiers</source>
        <translation>Рекомендуемые категории</translation>
    </message>
    <message>
        <source>These clients buy like another tier: more often or more than their tier expects, or less. Accepting moves them and re-plans their touches.</source>
        <translation>Эти клиенты покупают, как клиенты другой категории: чаще или больше, чем ожидается от их категории, или меньше. Если принять, клиент переходит в новую категорию и его касания планируются заново.</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>&amp;Принять выбранные</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Принять &amp;все</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) would fit another tier.</source>
        <translation>
            <numerusform>%n клиенту подошла бы другая категория.</numerusform>
            <numerusform>%n клиентам подошла бы другая категория.</numerusform>
            <numerusform>%n клиентам подошла бы другая категория.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client&apos;s tier fits how they buy.</source>
        <translation>Категории всех клиентов соответствуют их покупкам.</translation>
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
        <source>Today could not be loaded. Press F5 to try again.</source>
        <translation>Не удалось загрузить «Сегодня». Нажмите F5, чтобы попробовать снова.</translation>
    </message>
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
    <message>
        <source>Log {outcome} for {client}</source>
        <translation>Итог «{outcome}» для {client}</translation>
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
    <name>Undo</name>
    <message>
        <source>Cannot undo</source>
        <translation>Отменить не удалось</translation>
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
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Пейджер</translation>
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
    <message>
        <source>Consumable</source>
        <translation>Расходник</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Аксессуар</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>базовая цена</translation>
    </message>
    <message>
        <source>tier price</source>
        <translation>цена категории</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>задана вручную</translation>
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
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {region} numbers; public holidays: {country}. Change them in Settings.</source>
        <translation>Номера без кода страны читаются как номера {region}; праздники: {country}. Это можно изменить в настройках.</translation>
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
        <source>Today&apos;s backup: {path}</source>
        <translation>Резервная копия за сегодня: {path}</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: {problem}</source>
        <translation>Не удалось сделать резервную копию за сегодня: {problem}</translation>
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
        <source>Alt+4 / Alt+5 / Alt+6 — Sales, Catalog, Call scripts</source>
        <translation>Alt+4 / Alt+5 / Alt+6 — Продажи, Каталог, Скрипты звонков</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S — record a sale; Ctrl+Shift+P — price list for the client</source>
        <translation>Ctrl+Shift+S — записать продажу; Ctrl+Shift+P — прайс-лист для клиента</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E — export the report for your manager</source>
        <translation>Ctrl+Shift+E — экспорт отчёта для руководителя</translation>
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
