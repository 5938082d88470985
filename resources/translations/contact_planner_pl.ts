<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Kat.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dn. po terminie</numerusform>
            <numerusform>%n dn. po terminie</numerusform>
            <numerusform>%n dn. po terminie</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>dzisiaj</translation>
    </message>
    <message>
        <source>Touches today (due and done) against the channel&apos;s daily capacity</source>
        <translation>Kontakty dzisiaj (zaplanowane i wykonane) wobec dziennego limitu kanału</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Do not contact</source>
        <translation>Nie kontaktować się</translation>
    </message>
    <message>
        <source>Stop contacting {client} over {channel} only, or stop the client entirely?</source>
        <translation>Zakończyć kontakt z {client} tylko przez kanał „{channel}” czy całkowicie?</translation>
    </message>
    <message>
        <source>This channel</source>
        <translation>Tylko ten kanał</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Całkowicie</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Pokaż folder</translation>
    </message>
</context>
<context>
    <name>BookView</name>
    <message>
        <source>Search name, company, phone, e-mail, tag…  (Ctrl+F)</source>
        <translation>Szukaj: nazwisko, firma, telefon, e-mail, tag…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Ryzyko odejścia</translation>
    </message>
    <message>
        <source>Unverified numbers</source>
        <translation>Niezweryfikowane numery</translation>
    </message>
    <message>
        <source>Clients with a phone number kept as it was typed: open Edit to fix it</source>
        <translation>Klienci z numerem zapisanym tak, jak go wpisano: popraw go w „Edytuj”</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nowy klient…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Znajdź duplikaty…</translation>
    </message>
    <message>
        <source>Clients with the same phone, e-mail or a similar name: compare and merge</source>
        <translation>Klienci z tym samym telefonem, e-mailem lub podobną nazwą: porównaj i scal</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Dowolny tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Przywróć z archiwum</translation>
    </message>
    <message>
        <source>Add client {name}</source>
        <translation>Dodanie klienta {name}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edycja: {name}</translation>
    </message>
    <message>
        <source>Unarchive {name}</source>
        <translation>Przywrócenie z archiwum: {name}</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archiwizacja: {name}</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Usuwanie klienta</translation>
    </message>
    <message>
        <source>Delete {name} with all their history?

Edit → Undo brings them back until you close the book.</source>
        <translation>Usunąć klienta {name} z całą historią?

Edycja → Cofnij przywróci go, dopóki baza jest otwarta.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Usunięcie: {name}</translation>
    </message>
</context>
<context>
    <name>BookWaitIndicator</name>
    <message>
        <source>Waiting for the book: another window or program is saving a long change. Your change will be saved as soon as it is done…</source>
        <translation>Czekam, aż księga się zwolni: inne okno lub program zapisuje długą zmianę. Twoja zmiana zostanie zapisana, gdy tylko tamta się skończy…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Public holidays of</source>
        <translation>Święta państwowe kraju</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Region / stan</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>Dni weekendu</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Twoja strefa czasowa</translation>
    </message>
    <message>
        <source>Minimum days between touches</source>
        <translation>Minimum dni między kontaktami</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Your days off and extra working days</source>
        <translation>Twoje dni wolne i dodatkowe dni robocze</translation>
    </message>
    <message>
        <source>Send birthday greetings (e-mail, messengers) on the day itself</source>
        <translation>Wysyłaj życzenia (e-mail, komunikatory) w sam dzień urodzin</translation>
    </message>
    <message>
        <source>ISO country code, e.g. PL, RU, US; empty: no public holidays</source>
        <translation>Kod kraju ISO, np. PL, RU, US; puste — bez świąt</translation>
    </message>
    <message>
        <source>Add day off…</source>
        <translation>Dodaj dzień wolny…</translation>
    </message>
    <message>
        <source>Add working day…</source>
        <translation>Dodaj dzień roboczy…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>dzień wolny</translation>
    </message>
    <message>
        <source>extra working day</source>
        <translation>dodatkowy dzień roboczy</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>Dodaj dzień wolny</translation>
    </message>
    <message>
        <source>Add working day</source>
        <translation>Dodaj dzień roboczy</translation>
    </message>
    <message>
        <source>Choose the day:</source>
        <translation>Wybierz dzień:</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>How many touches of each channel you can do on one working day.</source>
        <translation>Ile kontaktów każdym kanałem zdążysz wykonać w jeden dzień roboczy.</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria produktu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jedn.</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Cena katalogowa</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Gwarancja</translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation>Uzupełnienia</translation>
    </message>
    <message>
        <source>Not sold any more: kept for past sales</source>
        <translation>Wycofany ze sprzedaży: zostaje we wcześniejszych sprzedażach</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Filter by code, name or category…</source>
        <translation>Filtruj po kodzie, nazwie lub kategorii…</translation>
    </message>
    <message>
        <source>Show items no longer sold</source>
        <translation>Pokaż wycofane ze sprzedaży</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Nowa pozycja…</translation>
    </message>
    <message>
        <source>Add a product or service (Insert)</source>
        <translation>Dodaj produkt lub usługę (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop selling</source>
        <translation>Wycofaj ze sprzedaży</translation>
    </message>
    <message>
        <source>Sell again</source>
        <translation>Przywróć do sprzedaży</translation>
    </message>
    <message>
        <source>The catalog is empty. Add the products and services you sell.</source>
        <translation>Katalog jest pusty. Dodaj produkty i usługi, które sprzedajesz.</translation>
    </message>
    <message>
        <source>Select an item.</source>
        <translation>Wybierz pozycję.</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Cena katalogowa</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Korzyści</translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation>Uzupełnienia</translation>
    </message>
    <message>
        <source>Price by tier</source>
        <translation>Ceny według kategorii</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Gwarancja</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>cena katalogowa</translation>
    </message>
    <message>
        <source>own price</source>
        <translation>własna cena</translation>
    </message>
    <message>
        <source>{discount} off</source>
        <translation>rabat {discount}</translation>
    </message>
    <message>
        <source>Catalog item {code} saved.</source>
        <translation>Pozycja katalogu {code} zapisana.</translation>
    </message>
    <message>
        <source>{name} is no longer sold; past sales keep it.</source>
        <translation>„{name}” wycofano ze sprzedaży; wcześniejsze sprzedaże go zachowują.</translation>
    </message>
    <message>
        <source>{name} is sold again.</source>
        <translation>„{name}” znów jest w sprzedaży.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>ext. {n}</source>
        <translation>wew. {n}</translation>
    </message>
    <message>
        <source>unverified: fix it in Edit</source>
        <translation>niezweryfikowany: popraw w „Edytuj”</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>preferowany</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>brak zgody</translation>
    </message>
    <message>
        <source>No contact points</source>
        <translation>Brak danych kontaktowych</translation>
    </message>
    <message>
        <source>Plan and history</source>
        <translation>Plan i historia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Outcome / why</source>
        <translation>Wynik / powód</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Record a sale…</source>
        <translation>Sprzedaż…</translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation>Cennik…</translation>
    </message>
    <message>
        <source>Record a sale for this client (Ctrl+Shift+S)</source>
        <translation>Zapisz sprzedaż dla tego klienta (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The personal offer after a sale, as PDF or XLSX (Ctrl+Shift+P)</source>
        <translation>Indywidualna oferta po sprzedaży, jako PDF lub XLSX (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Eksport danych…</translation>
    </message>
    <message>
        <source>Everything the book holds about this client, as a JSON file</source>
        <translation>Wszystko, co baza przechowuje o tym kliencie, jako plik JSON</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Kategoria {tier}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Język: {language}</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>ryzyko odejścia</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>zaplanowany</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Edycja klienta</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Tagi</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Strefa &amp;czasowa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Sal&amp;utation</source>
        <translation>Zw&amp;rot grzecznościowy</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otatki</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, dental</source>
        <translation>Po przecinku, np. vip, stomatologia</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Znane</translation>
    </message>
    <message>
        <source>Year known</source>
        <translation>Znany rok</translation>
    </message>
    <message>
        <source>The salesperson&apos;s time zone</source>
        <translation>Strefa czasowa handlowca</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Wiersz {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type a client&apos;s name, company, phone or e-mail…</source>
        <translation>Wpisz nazwisko klienta, firmę, telefon lub e-mail…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Next touch</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>At risk: long past their usual interval</source>
        <translation>Ryzyko odejścia: dawno po zwykłym odstępie między zakupami</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team book</source>
        <translation>Połącz z bazą zespołu</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>przechowywane w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Zapamiętaj hasło w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Użytkownik:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>A team book lives on your team&apos;s PostgreSQL server; ask your manager.</source>
        <translation>Baza zespołu znajduje się na serwerze PostgreSQL zespołu; zapytaj kierownika.</translation>
    </message>
    <message>
        <source>Enter the database and your user name.</source>
        <translation>Podaj bazę danych i nazwę użytkownika.</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Wew.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferowany</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Extension: dialled after the number</source>
        <translation>Numer wewnętrzny: wybierany po numerze</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Unverified: kept as it was typed, because it is not a valid number. Type it as it should be.</source>
        <translation>Niezweryfikowany: zapisany tak, jak go wpisano, bo nie jest poprawnym numerem. Wpisz go poprawnie.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Wyszukiwanie duplikatów</translation>
    </message>
    <message>
        <source>Clients with the same phone or e-mail are duplicates; the same name alone makes a possible one. Compare the two, then merge: the kept client gains every contact point, tag, note, touch, sale and offer of the other.</source>
        <translation>Klienci z tym samym telefonem lub e-mailem to duplikaty; sama zgodna nazwa to możliwy duplikat. Porównaj obu, a potem scal: zachowany klient przejmie wszystkie kontakty, tagi, notatki, kontakty z historii, sprzedaże i oferty drugiego.</translation>
    </message>
    <message>
        <source>Merge into &amp;left</source>
        <translation>Scal w &amp;lewego</translation>
    </message>
    <message>
        <source>Merge into &amp;right</source>
        <translation>Scal w &amp;prawego</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>ten sam telefon {value}</translation>
    </message>
    <message>
        <source>same e-mail {value}</source>
        <translation>ten sam e-mail {value}</translation>
    </message>
    <message>
        <source>similar name (possible duplicate)</source>
        <translation>podobna nazwa (możliwy duplikat)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nie znaleziono duplikatów.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n para do przejrzenia.</numerusform>
            <numerusform>%n pary do przejrzenia.</numerusform>
            <numerusform>%n par do przejrzenia.</numerusform>
        </translation>
    </message>
    <message>
        <source>ext. {n}</source>
        <translation>wew. {n}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Klient od</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Kontakty (plan i historia)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sprzedaże</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lewy</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Prawy</translation>
    </message>
    <message>
        <source>Merged: client {other} is now part of client {keep}.</source>
        <translation>Scalono: klient {other} jest teraz częścią klienta {keep}.</translation>
    </message>
    <message>
        <source>Merge client {other} into {keep}</source>
        <translation>Scal klienta {other} z klientem {keep}</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>Nie udało się scalić</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The book could not be read or written just now. Nothing was changed by this step. Try again; if it keeps failing, close and reopen the app, or restore a backup (File → Back up now keeps a copy first).</source>
        <translation>Nie udało się teraz odczytać ani zapisać bazy. Ten krok niczego nie zmienił. Spróbuj ponownie; jeśli błąd się powtarza, zamknij i otwórz aplikację ponownie albo przywróć kopię zapasową (Plik → Kopia zapasowa teraz najpierw zachowa kopię).</translation>
    </message>
    <message>
        <source>{who} changed this record at {when}. Reload and try again.</source>
        <translation>{who} zmienił(a) ten rekord o {when}. Odśwież i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{who} changed this record meanwhile. Reload and try again.</source>
        <translation>{who} w międzyczasie zmienił(a) ten rekord. Odśwież i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere. Reload and try again.</source>
        <translation>Rekord został zmieniony gdzie indziej. Odśwież i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This record no longer exists (it was deleted meanwhile).</source>
        <translation>Ten rekord już nie istnieje (został usunięty).</translation>
    </message>
    <message>
        <source>This touch is no longer planned.</source>
        <translation>Ten kontakt nie jest już zaplanowany.</translation>
    </message>
    <message>
        <source>That date is in the past.</source>
        <translation>Ta data już minęła.</translation>
    </message>
    <message>
        <source>This file is not a Contact Planner book.</source>
        <translation>Ten plik nie jest bazą Contact Planner.</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>Nie otwarto żadnej bazy.</translation>
    </message>
    <message>
        <source>This client is archived; unarchive them first.</source>
        <translation>Klient jest w archiwum; najpierw go przywróć.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the client was changed again since (in another window, by a command or by re-planning). Nothing was changed.</source>
        <translation>Tego kroku nie można cofnąć: klient został od tamtej pory znowu zmieniony (w innym oknie, poleceniem lub przy ponownym planowaniu). Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Nie ma nic do cofnięcia.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Nie ma nic do ponowienia.</translation>
    </message>
    <message>
        <source>There is nothing to recommend to this client yet: add related items to the catalog or record sales in their tier.</source>
        <translation>Temu klientowi nie ma jeszcze czego polecić: dodaj do katalogu pozycje uzupełniające lub zapisuj sprzedaż w jego kategorii.</translation>
    </message>
    <message>
        <source>There is not enough free space to write %1. Free some space or choose another place; nothing was written.</source>
        <translation>Za mało wolnego miejsca, aby zapisać %1. Zwolnij miejsce lub wybierz inne; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>%1 cannot be written here; nothing was written.</source>
        <translation>Nie można zapisać %1 w tym miejscu; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The book is open read-only (a read-only file, folder or disk); changes cannot be saved.</source>
        <translation>Księga jest otwarta tylko do odczytu (plik, folder lub dysk tylko do odczytu); zmian nie można zapisać.</translation>
    </message>
    <message>
        <source>This book was written by an earlier version and must be upgraded, but it is read-only. Copy it to a folder you can write to.</source>
        <translation>Ta księga została zapisana przez wcześniejszą wersję i musi zostać zaktualizowana, ale jest tylko do odczytu. Skopiuj ją do folderu, w którym można zapisywać.</translation>
    </message>
    <message>
        <source>The book is busy with a long task (an import, a re-plan or a demo, perhaps in another window). Your change was not saved; try again in a moment.</source>
        <translation>Księga jest zajęta długim zadaniem (import, ponowne planowanie lub demo, może w innym oknie). Twoja zmiana nie została zapisana; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>This book was written by a newer version of Contact Planner; it was left as it was.</source>
        <translation>Ta księga została zapisana przez nowszą wersję Contact Planner; pozostawiono ją bez zmian.</translation>
    </message>
    <message>
        <source>This book cannot be read.</source>
        <translation>Tej księgi nie można odczytać.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wybierz, gdzie zapisać plik.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Contact Planner book files (*.cpbook);;All files (*)</source>
        <translation>Pliki baz Contact Planner (*.cpbook);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>That file is the book itself; choose another.</source>
        <translation>To jest plik samej bazy; wybierz inny.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksport raportu</translation>
    </message>
    <message>
        <source>One Excel workbook for your manager: a summary with KPIs and charts, your clients, the plan, the history and the sales of the period.</source>
        <translation>Jeden skoroszyt Excel dla przełożonego: podsumowanie ze wskaźnikami i wykresami, Twoi klienci, plan, historia i sprzedaż z okresu.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The report is saved to {path} ({rows}).</source>
        <translation>Raport zapisano: {path} ({rows}).</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Tworzenie raportu…</translation>
    </message>
    <message>
        <source>Merge reports</source>
        <translation>Scalanie raportów</translation>
    </message>
    <message>
        <source>Choose the salespeople&apos;s reports</source>
        <translation>Wybierz raporty handlowców</translation>
    </message>
    <message>
        <source>The team workbook of {people} is saved to {path}.</source>
        <translation>Skoroszyt zespołu ({people}) zapisano: {path}.</translation>
    </message>
    <message>
        <source>Merging the reports…</source>
        <translation>Scalanie raportów…</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Eksport do iCalendar</translation>
    </message>
    <message>
        <source>The planned touches of the period as an .ics file for your phone or mail calendar. Export again to the same file to update the events.</source>
        <translation>Zaplanowane kontakty z okresu jako plik .ics dla kalendarza w telefonie lub poczcie. Ponowny eksport do tego samego pliku zaktualizuje wydarzenia.</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Pliki iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to {path}.</source>
        <translation>
            <numerusform>%n wydarzenie zapisano: {path}.</numerusform>
            <numerusform>%n wydarzenia zapisano: {path}.</numerusform>
            <numerusform>%n wydarzeń zapisano: {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Tworzenie kalendarza…</translation>
    </message>
    <message>
        <source>Export this client&apos;s data</source>
        <translation>Eksport danych klienta</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything the book holds about this client is saved to {path}.</source>
        <translation>Wszystkie dane klienta z bazy zapisano: {path}.</translation>
    </message>
    <message>
        <source>Export book</source>
        <translation>Eksport bazy</translation>
    </message>
    <message>
        <source>The whole book is saved to {path}. Open it on the other laptop with File → Import book…</source>
        <translation>Całą bazę zapisano: {path}. Na drugim laptopie otwórz ją przez Plik → Importuj bazę…</translation>
    </message>
    <message>
        <source>Exporting the book…</source>
        <translation>Eksport bazy…</translation>
    </message>
    <message>
        <source>Import book</source>
        <translation>Import bazy</translation>
    </message>
    <message>
        <source>Replace the open book with {file}?

Everything in the open book is replaced. It is backed up first, so you can restore it later.</source>
        <translation>Zastąpić otwartą bazę plikiem {file}?

Cała zawartość otwartej bazy zostanie zastąpiona. Najpierw powstaje jej kopia zapasowa, więc można ją później przywrócić.</translation>
    </message>
    <message>
        <source>Replace the book</source>
        <translation>Zastąp bazę</translation>
    </message>
    <message>
        <source>The book is replaced with {file}. The previous book is backed up to {backup}.</source>
        <translation>Bazę zastąpiono plikiem {file}. Kopia zapasowa poprzedniej bazy: {backup}.</translation>
    </message>
    <message>
        <source>Importing the book…</source>
        <translation>Import bazy…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Wybór pliku</translation>
    </message>
    <message>
        <source>Step 1 of 4: the list of clients to bring into the book.</source>
        <translation>Krok 1 z 4: lista klientów do przeniesienia do bazy.</translation>
    </message>
    <message>
        <source>CSV files with any delimiter and encoding (UTF-8, Windows-1251, …), Excel workbooks (XLSX), vCard files, and Google or Outlook contact exports. Nothing is written before you confirm the last step.</source>
        <translation>Pliki CSV z dowolnym separatorem i kodowaniem (UTF-8, Windows-1250, …), skoroszyty Excel (XLSX), pliki vCard oraz eksporty kontaktów Google i Outlook. Nic nie zostanie zapisane, dopóki nie potwierdzisz ostatniego kroku.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Plik do importu</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Nie ma pliku: {path}.</translation>
    </message>
    <message>
        <source>This file cannot be imported: {why}</source>
        <translation>Tego pliku nie można zaimportować: {why}</translation>
    </message>
</context>
<context>
    <name>FitCheck</name>
    <message>
        <source>The book fits its capacity for the next 12 weeks.</source>
        <translation>Księga mieści się w limitach przez najbliższe 12 tygodni.</translation>
    </message>
    <message>
        <source>Tier {tier} needs {tier_need} a day by {channel} of the {need} the book needs; you have {have}.</source>
        <translation>Poziom {tier} potrzebuje {tier_need} dziennie przez kanał „{channel}” z {need} potrzebnych całej księdze; masz {have}.</translation>
    </message>
    <message>
        <source>You could: {tips}.</source>
        <translation>Możesz: {tips}.</translation>
    </message>
    <message>
        <source>move tier {tier} to {channel}</source>
        <translation>przenieść poziom {tier} na kanał „{channel}”</translation>
    </message>
    <message>
        <source>contact tier {tier} every {count} {unit}</source>
        <translation>kontaktować się z poziomem {tier} co {count} {unit}</translation>
    </message>
    <message>
        <source>raise the {channel} capacity to {to} a day</source>
        <translation>podnieść limit kanału „{channel}” do {to} dziennie</translation>
    </message>
</context>
<context>
    <name>FitCheckPanel</name>
    <message>
        <source>Fit check: projected load for the next 12 weeks</source>
        <translation>Sprawdzenie obciążenia: prognoza na najbliższe 12 tygodni</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Project the touches the tiers ask for (cadences, sequences, birthdays)</source>
        <translation>Prognoza kontaktów, których wymagają poziomy (cykle, sekwencje, urodziny)</translation>
    </message>
    <message>
        <source>Projecting the load…</source>
        <translation>Prognozowanie obciążenia…</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Tydzień od {day}</translation>
    </message>
    <message>
        <source>More touches than this week&apos;s capacity</source>
        <translation>Więcej kontaktów, niż pozwala limit tego tygodnia</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Twój telefon</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Twój e-mail</translation>
    </message>
    <message>
        <source>Logo for documents</source>
        <translation>Logo do dokumentów</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Domyślny region numerów</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Default discount</source>
        <translation>Domyślny rabat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Phone numbers typed without +country code are read in this region</source>
        <translation>Numery wpisane bez +kodu kraju są odczytywane w tym regionie</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Client files (*.csv *.xlsx *.vcf *.vcard)</source>
        <translation>Pliki klientów (*.csv *.xlsx *.vcf *.vcard)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard (*.vcf *.vcard)</source>
        <translation>vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>— ignore —</source>
        <translation>— pomiń —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>średnik (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>przecinek (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>pionowa kreska (|)</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Brak nazwy</translation>
    </message>
    <message>
        <source>Unreadable text</source>
        <translation>Nieczytelny tekst</translation>
    </message>
    <message>
        <source>Name too long</source>
        <translation>Za długa nazwa</translation>
    </message>
    <message>
        <source>Company too long</source>
        <translation>Za długa nazwa firmy</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>Za długa wartość</translation>
    </message>
    <message>
        <source>Unknown tier</source>
        <translation>Nieznana kategoria</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Nieznany język</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>To nie jest data</translation>
    </message>
    <message>
        <source>Not a phone number (kept, unverified)</source>
        <translation>To nie numer telefonu (zachowany, niezweryfikowany)</translation>
    </message>
    <message>
        <source>Fax or pager kept (not a number to call)</source>
        <translation>Faks lub pager zachowany (nie do dzwonienia)</translation>
    </message>
    <message>
        <source>Extension kept with the number</source>
        <translation>Numer wewnętrzny zachowany z numerem</translation>
    </message>
    <message>
        <source>Not an e-mail address</source>
        <translation>To nie jest adres e-mail</translation>
    </message>
    <message>
        <source>Not a Telegram handle</source>
        <translation>To nie jest nazwa w Telegramie</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Nieznana strefa czasowa</translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation>Duplikat, pominięty</translation>
    </message>
    <message>
        <source>Duplicate, merged</source>
        <translation>Duplikat, scalony</translation>
    </message>
    <message>
        <source>Duplicate, kept both</source>
        <translation>Duplikat, zachowano oba</translation>
    </message>
    <message>
        <source>Possible duplicate, imported</source>
        <translation>Możliwy duplikat, zaimportowany</translation>
    </message>
    <message>
        <source>No name, named after a contact</source>
        <translation>Bez nazwy, nazwany według kontaktu</translation>
    </message>
    <message>
        <source>Encoding guessed</source>
        <translation>Kodowanie odgadnięte</translation>
    </message>
    <message>
        <source>Unreadable characters replaced</source>
        <translation>Nieczytelne znaki zastąpione</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Import klientów</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit catalog item</source>
        <translation>Edycja pozycji katalogu</translation>
    </message>
    <message>
        <source>New catalog item</source>
        <translation>Nowa pozycja katalogu</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>List &amp;price</source>
        <translation>&amp;Cena katalogowa</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategoria produktu</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Jednostka</translation>
    </message>
    <message>
        <source>&amp;Warranty</source>
        <translation>&amp;Gwarancja</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>Ko&amp;rzyści</translation>
    </message>
    <message>
        <source>A short unique code, e.g. FLT-200</source>
        <translation>Krótki unikalny kod, np. FLT-200</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>np. {example}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source>Why a client needs it, in their words: price lists and scripts quote this.</source>
        <translation>Po co to klientowi, jego słowami: cenniki i skrypty cytują ten tekst.</translation>
    </message>
    <message>
        <source>Sold (offered in sales, price lists and scripts)</source>
        <translation>W sprzedaży (oferowane w sprzedaży, cennikach i skryptach)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation>Uzupełnienia</translation>
    </message>
    <message>
        <source>Tier prices</source>
        <translation>Ceny według kategorii</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not open the book</source>
        <translation>Nie udało się otworzyć bazy</translation>
    </message>
    <message>
        <source>Contact Planner — {book}</source>
        <translation>Contact Planner — {book}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due today</source>
        <translation>
            <numerusform>na dziś %n kontakt</numerusform>
            <numerusform>na dziś %n kontakty</numerusform>
            <numerusform>na dziś %n kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <source>Opening the book…</source>
        <translation>Otwieranie bazy…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Baza</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planowanie</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Skrypty</translation>
    </message>
    <message>
        <source>Contact Planner</source>
        <translation>Contact Planner</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>Zaimportowano %n klienta.</numerusform>
            <numerusform>Zaimportowano %n klientów.</numerusform>
            <numerusform>Zaimportowano %n klientów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Sprawdzenie kolumn</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose what each column holds; columns set to “ignore” are left out.</source>
        <translation>Krok 2 z 4: wskaż, co zawiera każda kolumna; kolumny „pomiń” nie są importowane.</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Wiersz nagłówków:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>CSV file · encoding {encoding} · delimiter {delimiter}</source>
        <translation>Plik CSV · kodowanie {encoding} · separator {delimiter}</translation>
    </message>
    <message>
        <source>(encoding guessed: check the letters below)</source>
        <translation>(kodowanie odgadnięte: sprawdź litery poniżej)</translation>
    </message>
    <message>
        <source>Excel workbook · sheet “{sheet}”</source>
        <translation>Skoroszyt Excel · arkusz „{sheet}”</translation>
    </message>
    <message>
        <source>“{sheet}”</source>
        <translation>„{sheet}”</translation>
    </message>
    <message>
        <source>and its continuation: {sheets}</source>
        <translation>i jego ciąg dalszy: {sheets}</translation>
    </message>
    <message>
        <source>vCard file: every card is one client; there are no columns to map.</source>
        <translation>Plik vCard: każda wizytówka to jeden klient; nie ma kolumn do przypisania.</translation>
    </message>
    <message>
        <source>The first {n} rows of {file} are shown; the import reads all of them.</source>
        <translation>Pokazano pierwsze wiersze pliku {file} ({n}); import czyta wszystkie.</translation>
    </message>
    <message>
        <source>Choose the column with the clients&apos; names (or first and last name, or company).</source>
        <translation>Wskaż kolumnę z nazwami klientów (albo imię i nazwisko, albo firmę).</translation>
    </message>
    <message>
        <source>No column gives the clients&apos; names: each client will be named after their e-mail or phone. Choose the names column if the file has one.</source>
        <translation>Żadna kolumna nie zawiera nazw klientów: każdy klient zostanie nazwany według swojego e-maila lub telefonu. Wybierz kolumnę z nazwami, jeśli plik ją ma.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>&amp;Otwórz bazę…</translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation>&amp;Nowa baza…</translation>
    </message>
    <message>
        <source>Open a &amp;demo book</source>
        <translation>Otwórz bazę &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Connect to a team book…</source>
        <translation>&amp;Połącz z bazą zespołu…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>Export the &amp;team&apos;s workbook…</source>
        <translation>Eksportuj skoroszyt &amp;zespołu…</translation>
    </message>
    <message>
        <source>T&amp;eam summary</source>
        <translation>Podsumowanie &amp;zespołu</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Importuj klientów…</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;ksportuj raport…</translation>
    </message>
    <message>
        <source>&amp;Merge reports…</source>
        <translation>&amp;Scal raporty…</translation>
    </message>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation>Eksportuj do i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Export this &amp;client&apos;s data…</source>
        <translation>Eksportuj dane &amp;klienta…</translation>
    </message>
    <message>
        <source>Expor&amp;t book…</source>
        <translation>Eksportuj &amp;bazę…</translation>
    </message>
    <message>
        <source>Im&amp;port book…</source>
        <translation>I&amp;mportuj bazę…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Kopia zapasowa teraz</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nowy klient…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Edytuj klienta…</translation>
    </message>
    <message>
        <source>&amp;Delete client…</source>
        <translation>&amp;Usuń klienta…</translation>
    </message>
    <message>
        <source>&amp;Find client…</source>
        <translation>&amp;Znajdź klienta…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dzisiaj</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Baza</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planowanie</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Sprzedaż</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Call &amp;scripts</source>
        <translation>S&amp;krypty rozmów</translation>
    </message>
    <message>
        <source>&amp;Record a sale…</source>
        <translation>&amp;Zapisz sprzedaż…</translation>
    </message>
    <message>
        <source>&amp;Price list…</source>
        <translation>&amp;Cennik…</translation>
    </message>
    <message>
        <source>&amp;Suggested tiers…</source>
        <translation>&amp;Sugerowane kategorie…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Re-&amp;plan the whole book</source>
        <translation>Zaplanuj &amp;całą bazę od nowa</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Contact Planner</source>
        <translation>&amp;O programie Contact Planner</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Cofnij: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ponów: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>Step 3 of 4: what to do with duplicates and with bad rows.</source>
        <translation>Krok 3 z 4: co zrobić z duplikatami i błędnymi wierszami.</translation>
    </message>
    <message>
        <source>A client the book already has
(same phone, e-mail or name)</source>
        <translation>Klient jest już w bazie
(ten sam telefon, e-mail lub nazwa)</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Wiersze, których nie można zaimportować</translation>
    </message>
    <message>
        <source>Tier of new clients</source>
        <translation>Kategoria nowych klientów</translation>
    </message>
    <message>
        <source>Phones without a country code
are numbers of</source>
        <translation>Telefony bez kodu kraju
to numery kraju</translation>
    </message>
    <message>
        <source>&amp;Skip the row (keep the book as it is)</source>
        <translation>&amp;Pomiń wiersz (baza bez zmian)</translation>
    </message>
    <message>
        <source>&amp;Update the client with the row&apos;s data</source>
        <translation>&amp;Zaktualizuj klienta danymi z wiersza</translation>
    </message>
    <message>
        <source>&amp;Keep both (add the row as a new client)</source>
        <translation>Zachowaj &amp;oba (dodaj wiersz jako nowego klienta)</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import nothing if a row is bad</source>
        <translation>&amp;Wszystko albo nic: nie importuj, jeśli jakiś wiersz jest błędny</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows, skip the others</source>
        <translation>Importuj &amp;poprawne wiersze, pomiń pozostałe</translation>
    </message>
    <message>
        <source>Save the report of skipped rows beside the file (CSV)</source>
        <translation>Zapisz raport pominiętych wierszy obok pliku (CSV)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Call script</source>
        <translation>Scenariusz rozmowy</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Note for this touch (optional)</source>
        <translation>Notatka do kontaktu (opcjonalnie)</translation>
    </message>
    <message>
        <source>Log “{outcome}” for this touch ({key})</source>
        <translation>Zapisz „{outcome}” dla tego kontaktu ({key})</translation>
    </message>
    <message>
        <source>Select a touch on the left.</source>
        <translation>Wybierz kontakt po lewej.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Touch note</source>
        <translation>Notatka do kontaktu</translation>
    </message>
    <message>
        <source>Script: {template}</source>
        <translation>Skrypt: {template}</translation>
    </message>
    <message>
        <source>The call script template has a problem ({problem}); fix it in Scripts.</source>
        <translation>W szablonie skryptu jest błąd ({problem}); popraw go w sekcji „Skrypty”.</translation>
    </message>
    <message>
        <source>Client notes</source>
        <translation>Notatki o kliencie</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Ostatnio</translation>
    </message>
    <message>
        <source>Hello {name}, this is a quick {purpose} call.</source>
        <translation>Dzień dobry, {name}! Dzwonię krótko, temat: {purpose}.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Extra working day</source>
        <translation>Dodatkowy dzień roboczy</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Dzień wolny</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Święto</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Overbooked: more touches than the capacity allows</source>
        <translation>Przeciążenie: więcej kontaktów, niż pozwala limit</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nic nie zaplanowano</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Następny okres</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Przenieś…</translation>
    </message>
    <message>
        <source>Move the selected touch to another day (or drag it there)</source>
        <translation>Przenieś wybrany kontakt na inny dzień (lub przeciągnij go)</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Dzień wolny</translation>
    </message>
    <message>
        <source>Mark the selected day as a day off; the plan re-levels</source>
        <translation>Oznacz wybrany dzień jako wolny; plan się przeliczy</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Dzień roboczy</translation>
    </message>
    <message>
        <source>Make the selected day an extra working day</source>
        <translation>Ustaw wybrany dzień jako dodatkowy dzień roboczy</translation>
    </message>
    <message>
        <source>Fit check</source>
        <translation>Sprawdzenie obciążenia</translation>
    </message>
    <message>
        <source>Does the book fit its capacity? The load the tiers ask for, per week</source>
        <translation>Czy księga mieści się w limitach? Obciążenie wymagane przez poziomy, tygodniowo</translation>
    </message>
    <message>
        <source>Normal day</source>
        <translation>Zwykły dzień</translation>
    </message>
    <message>
        <source>Remove your day off or extra working day</source>
        <translation>Usuń swój dzień wolny lub dodatkowy dzień roboczy</translation>
    </message>
    <message>
        <source>Drag a touch onto another day to move it. Red: more touches than the channel&apos;s capacity. Italic: moved by hand.</source>
        <translation>Przeciągnij kontakt na inny dzień, aby go przenieść. Na czerwono: więcej kontaktów niż limit kanału. Kursywą: przeniesione ręcznie.</translation>
    </message>
    <message>
        <source>Week {n}: {start} – {end}</source>
        <translation>Tydzień {n}: {start} – {end}</translation>
    </message>
    <message>
        <source>Move touch</source>
        <translation>Przeniesienie kontaktu</translation>
    </message>
    <message>
        <source>Move the touch with {client} to:</source>
        <translation>Przenieś kontakt z {client} na:</translation>
    </message>
    <message>
        <source>A touch cannot be moved into the past.</source>
        <translation>Kontaktu nie można przenieść w przeszłość.</translation>
    </message>
    <message>
        <source>Move touch to {day}</source>
        <translation>Przeniesienie kontaktu na {day}</translation>
    </message>
    <message>
        <source>Marking {day} as a day off and re-planning…</source>
        <translation>{day} staje się dniem wolnym, plan jest przeliczany…</translation>
    </message>
    <message>
        <source>Marking {day} as a working day and re-planning…</source>
        <translation>{day} staje się dniem roboczym, plan jest przeliczany…</translation>
    </message>
    <message>
        <source>Re-planning around {day}…</source>
        <translation>Przeliczanie planu wokół {day}…</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Dni wolne</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Price list for {client}</source>
        <translation>Cennik dla: {client}</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Wyślij &amp;e-mailem…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Zapisz jako &amp;XLSX…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Preparing the offer…</source>
        <translation>Przygotowywanie oferty…</translation>
    </message>
    <message>
        <source>There is nothing to recommend to {client} yet: add related items to the catalog, or record sales in their tier.</source>
        <translation>Klientowi {client} nie ma jeszcze czego polecić: dodaj do katalogu pozycje uzupełniające lub zapisuj sprzedaż w jego kategorii.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recommended · discount {discount} · valid until {day} · total {total} instead of {before}</source>
        <translation>
            <numerusform>Polecana %n pozycja · rabat {discount} · ważna do {day} · razem {total} zamiast {before}</numerusform>
            <numerusform>Polecane %n pozycje · rabat {discount} · ważna do {day} · razem {total} zamiast {before}</numerusform>
            <numerusform>Polecanych %n pozycji · rabat {discount} · ważna do {day} · razem {total} zamiast {before}</numerusform>
        </translation>
    </message>
    <message>
        <source>The price list template has a problem: {problem}</source>
        <translation>W szablonie cennika jest błąd: {problem}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the price list</source>
        <translation>Zapisywanie cennika</translation>
    </message>
    <message>
        <source>Writing the price list…</source>
        <translation>Tworzenie cennika…</translation>
    </message>
    <message>
        <source>E-mail to {to} opened in your mail program with {path} attached; logged as an e-mail touch.</source>
        <translation>Wiadomość do {to} z załącznikiem {path} otwarto w programie pocztowym; kontakt zapisano jako e-mail.</translation>
    </message>
    <message>
        <source>Saved to {path}; logged as a price-list touch.</source>
        <translation>Zapisano: {path}; odnotowano jako kontakt „Cennik”.</translation>
    </message>
    <message>
        <source>Follow-up call planned for {day}.</source>
        <translation>Telefon kontrolny zaplanowano na {day}.</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Pokaż folder</translation>
    </message>
    <message>
        <source>Print the price list</source>
        <translation>Drukowanie cennika</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A client needs a name.</source>
        <translation>Klient musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The name is longer than {n} characters.</source>
        <translation>Nazwa jest dłuższa niż {n} znaków.</translation>
    </message>
    <message>
        <source>The company is longer than {n} characters.</source>
        <translation>Nazwa firmy jest dłuższa niż {n} znaków.</translation>
    </message>
    <message>
        <source>Choose one of the book&apos;s tiers.</source>
        <translation>Wybierz jedną z kategorii bazy.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Nieznany status.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>„{value}” nie jest numerem telefonu.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number (default region {region}).</source>
        <translation>„{value}” nie jest poprawnym numerem telefonu (domyślny region {region}).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>„{value}” nie jest poprawnym adresem e-mail.</translation>
    </message>
    <message>
        <source>The contact is empty.</source>
        <translation>Kontakt jest pusty.</translation>
    </message>
    <message>
        <source>Unknown kind “{value}”.</source>
        <translation>Nieznany rodzaj „{value}”.</translation>
    </message>
    <message>
        <source>The contact is too long.</source>
        <translation>Kontakt jest za długi.</translation>
    </message>
    <message>
        <source>Unknown purpose “{value}”.</source>
        <translation>Nieznany cel „{value}”.</translation>
    </message>
    <message>
        <source>A tier&apos;s own template needs a purpose.</source>
        <translation>Własny szablon poziomu wymaga celu.</translation>
    </message>
    <message>
        <source>A fax or pager number cannot be the preferred contact.</source>
        <translation>Faks ani pager nie może być preferowanym kontaktem.</translation>
    </message>
    <message>
        <source>Only a phone can be a fax or a pager.</source>
        <translation>Faksem lub pagerem może być tylko telefon.</translation>
    </message>
    <message>
        <source>The extension “{value}” must be digits only (up to {n}).</source>
        <translation>Numer wewnętrzny „{value}” może mieć tylko cyfry (najwyżej {n}).</translation>
    </message>
    <message>
        <source>Only a phone number has an extension.</source>
        <translation>Numer wewnętrzny ma tylko telefon.</translation>
    </message>
    <message>
        <source>Only one contact point can be the preferred one.</source>
        <translation>Tylko jeden kontakt może być preferowany.</translation>
    </message>
    <message>
        <source>The birthday is not a real date.</source>
        <translation>Data urodzin nie istnieje.</translation>
    </message>
    <message>
        <source>Unknown time zone “{value}”; use a name such as Europe/Warsaw.</source>
        <translation>Nieznana strefa czasowa „{value}”; użyj nazwy takiej jak Europe/Warsaw.</translation>
    </message>
    <message>
        <source>Must be between {lo} and {hi}.</source>
        <translation>Dozwolone od {lo} do {hi}.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Wymagana liczba całkowita.</translation>
    </message>
    <message>
        <source>Unknown country code “{value}”; use codes such as PL, RU, US.</source>
        <translation>Nieznany kod kraju „{value}”; użyj kodów takich jak PL, RU, US.</translation>
    </message>
    <message>
        <source>At least one day of the week must be a working day.</source>
        <translation>Co najmniej jeden dzień tygodnia musi być roboczy.</translation>
    </message>
    <message>
        <source>Expected a time as HH:MM.</source>
        <translation>Podaj czas w formacie GG:MM.</translation>
    </message>
    <message>
        <source>Unknown phone region “{value}”; use codes such as PL, RU, US.</source>
        <translation>Nieznany region numerów „{value}”; użyj kodów takich jak PL, RU, US.</translation>
    </message>
    <message>
        <source>Expected a three-letter currency code such as EUR, PLN, RUB.</source>
        <translation>Wymagany trzyliterowy kod waluty, np. EUR, PLN, RUB.</translation>
    </message>
    <message>
        <source>Working hours must start before they end.</source>
        <translation>Godziny pracy muszą zaczynać się przed końcem.</translation>
    </message>
    <message>
        <source>Longer than {n} characters.</source>
        <translation>Dłuższe niż {n} znaków.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 365.</source>
        <translation>Odstęp musi wynosić od 1 do 365.</translation>
    </message>
    <message>
        <source>A tier needs at least one channel.</source>
        <translation>Kategoria potrzebuje co najmniej jednego kanału.</translation>
    </message>
    <message>
        <source>Unknown channel “{value}”.</source>
        <translation>Nieznany kanał „{value}”.</translation>
    </message>
    <message>
        <source>A tier needs a name.</source>
        <translation>Kategoria musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Nieznany język.</translation>
    </message>
    <message>
        <source>Give the item a code.</source>
        <translation>Podaj kod pozycji.</translation>
    </message>
    <message>
        <source>A code is at most {n} characters, without spaces.</source>
        <translation>Kod ma najwyżej {n} znaków, bez spacji.</translation>
    </message>
    <message>
        <source>Another item already has the code “{value}”.</source>
        <translation>Inna pozycja ma już kod „{value}”.</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>Podaj nazwę pozycji.</translation>
    </message>
    <message>
        <source>Type a price.</source>
        <translation>Wpisz cenę.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount; type it like 12,50.</source>
        <translation>„{value}” to nie kwota; wpisz np. 12,50.</translation>
    </message>
    <message>
        <source>“{value}” is not a quantity.</source>
        <translation>„{value}” to nie ilość.</translation>
    </message>
    <message>
        <source>“{value}” is not a percentage.</source>
        <translation>„{value}” to nie procent.</translation>
    </message>
    <message>
        <source>“{value}” has misplaced thousands separators.</source>
        <translation>W „{value}” separatory tysięcy są w złym miejscu.</translation>
    </message>
    <message>
        <source>“{value}” has more than one decimal separator.</source>
        <translation>W „{value}” jest więcej niż jeden separator dziesiętny.</translation>
    </message>
    <message>
        <source>“{value}” has more than {n} digits after the point.</source>
        <translation>W „{value}” jest więcej niż {n} cyfr po przecinku.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Wpisz liczbę.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Cena nie może być ujemna.</translation>
    </message>
    <message>
        <source>The price is too large.</source>
        <translation>Za wysoka cena.</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>Procent musi mieścić się w zakresie od 0 do 100.</translation>
    </message>
    <message>
        <source>The warranty must be between 0 and {n} months.</source>
        <translation>Gwarancja musi wynosić od 0 do {n} miesięcy.</translation>
    </message>
    <message>
        <source>Give either a price or a discount, not both.</source>
        <translation>Podaj cenę albo rabat, nie oba naraz.</translation>
    </message>
    <message>
        <source>A sale cannot be in the future.</source>
        <translation>Sprzedaż nie może być w przyszłości.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Dodaj co najmniej jedną pozycję.</translation>
    </message>
    <message>
        <source>No catalog item has the code “{value}”.</source>
        <translation>W katalogu nie ma pozycji o kodzie „{value}”.</translation>
    </message>
    <message>
        <source>A sale holds at most {n} lines.</source>
        <translation>Sprzedaż ma najwyżej {n} pozycji.</translation>
    </message>
    <message>
        <source>{value} is no longer sold.</source>
        <translation>{value} wycofano ze sprzedaży.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>Ilość musi być większa od 0.</translation>
    </message>
    <message>
        <source>An item cannot go with itself.</source>
        <translation>Pozycja nie może uzupełniać samej siebie.</translation>
    </message>
    <message>
        <source>Unknown interval unit “{unit}”.</source>
        <translation>Nieznana jednostka odstępu „{unit}”.</translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”.</source>
        <translation>Nieznany kanał „{channel}”.</translation>
    </message>
    <message>
        <source>The retry delay must be 0-60 working days and the limit 0-10.</source>
        <translation>Odstęp przed ponowieniem musi wynosić 0–60 dni roboczych, a limit 0–10.</translation>
    </message>
    <message>
        <source>The allowed slip must be 0-60 working days.</source>
        <translation>Dopuszczalne przesunięcie musi wynosić 0–60 dni roboczych.</translation>
    </message>
    <message>
        <source>The discount must be between 0 and 90 %.</source>
        <translation>Rabat musi wynosić od 0 do 90 %.</translation>
    </message>
    <message>
        <source>“{subdivision}” is not a region of {country}.</source>
        <translation>„{subdivision}” nie jest regionem kraju {country}.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Oczekiwano true lub false (tak lub nie).</translation>
    </message>
    <message>
        <source>Unknown day of the week “{value}”.</source>
        <translation>Nieznany dzień tygodnia „{value}”.</translation>
    </message>
    <message>
        <source>Unknown kind of day “{kind}”.</source>
        <translation>Nieznany rodzaj dnia „{kind}”.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;rodzaju:</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Tier {tier}: every {count} {unit}</source>
        <translation>Kategoria {tier}: co {count} {unit}</translation>
    </message>
    <message>
        <source>since last reached {day}</source>
        <translation>od ostatniego kontaktu {day}</translation>
    </message>
    <message>
        <source>since the last attempt {day}</source>
        <translation>od ostatniej próby {day}</translation>
    </message>
    <message>
        <source>since added {day}</source>
        <translation>od dodania {day}</translation>
    </message>
    <message>
        <source>Sequence “{name}”, step {step}</source>
        <translation>Sekwencja „{name}”, krok {step}</translation>
    </message>
    <message>
        <source>after {day}</source>
        <translation>po {day}</translation>
    </message>
    <message>
        <source>Moved by hand to {day}</source>
        <translation>Przeniesione ręcznie na {day}</translation>
    </message>
    <message>
        <source>moved from {day} ({why})</source>
        <translation>przeniesione z {day} ({why})</translation>
    </message>
    <message>
        <source>moved from {day} (no common working hours)</source>
        <translation>przeniesione z {day} (brak wspólnych godzin pracy)</translation>
    </message>
    <message>
        <source>no common working hours for {channel}</source>
        <translation>brak wspólnych godzin pracy dla kanału „{channel}”</translation>
    </message>
    <message>
        <source>Retry {attempt} of {of}</source>
        <translation>Ponowienie {attempt} z {of}</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Dodane ręcznie</translation>
    </message>
    <message>
        <source>Rescheduled at the client&apos;s request from {day}</source>
        <translation>Przełożone na prośbę klienta z {day}</translation>
    </message>
    <message>
        <source>Fallback to {channel} after {attempts} attempts</source>
        <translation>Kanał zapasowy {channel} po {attempts} próbach</translation>
    </message>
    <message>
        <source>last attempt {day}</source>
        <translation>ostatnia próba {day}</translation>
    </message>
    <message>
        <source>greeted the working day before the birthday, {day}</source>
        <translation>życzenia w dzień roboczy przed urodzinami, {day}</translation>
    </message>
    <message>
        <source>switched from {old} to {channel}: {old} full on {day}</source>
        <translation>zamiast {old} — {channel}: {old} pełny w dniu {day}</translation>
    </message>
    <message>
        <source>carried over from {day}</source>
        <translation>przeniesione z {day}</translation>
    </message>
    <message>
        <source>the greeting keeps its day, {day}, despite the gap from {other}</source>
        <translation>życzenia zostają na {day} mimo odstępu od {other}</translation>
    </message>
    <message>
        <source>carried over: {channel} full on {day}</source>
        <translation>przeniesione: {channel} pełny w dniu {day}</translation>
    </message>
    <message>
        <source>handed over from {name}</source>
        <translation>przekazany od {name}</translation>
    </message>
    <message>
        <source>last reached {day}</source>
        <translation>ostatni kontakt {day}</translation>
    </message>
    <message>
        <source>added {day}</source>
        <translation>dodany {day}</translation>
    </message>
    <message>
        <source>preferred channel: {channel}</source>
        <translation>preferowany kanał: {channel}</translation>
    </message>
    <message>
        <source>no consent for {channel}</source>
        <translation>brak zgody na kanał „{channel}”</translation>
    </message>
    <message>
        <source>falls back to {channel}</source>
        <translation>kanał zapasowy: {channel}</translation>
    </message>
    <message>
        <source>{channel}: retry limit ({limit}) reached</source>
        <translation>{channel}: wyczerpano limit ponowień ({limit})</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>moved from {day} (holiday: {name})</source>
        <translation>przeniesione z {day} (święto: {name})</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>dzień wolny</translation>
    </message>
    <message>
        <source>stays on the birthday, {day}</source>
        <translation>zostaje w dniu urodzin, {day}</translation>
    </message>
    <message>
        <source>moved from {day} to keep the gap from {other}</source>
        <translation>przeniesione z {day}, aby zachować odstęp od {other}</translation>
    </message>
    <message>
        <source>overbooked: {channel} capacity {capacity} is full</source>
        <translation>przeciążenie: limit kanału „{channel}” ({capacity}) wyczerpany</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The workbook “{file}” is damaged or truncated and cannot be read ({detail}).</source>
        <translation>Skoroszyt „{file}” jest uszkodzony lub niekompletny i nie da się go odczytać ({detail}).</translation>
    </message>
    <message>
        <source>The workbook “{file}” is damaged or truncated and cannot be read.</source>
        <translation>Skoroszyt „{file}” jest uszkodzony lub niekompletny i nie da się go odczytać.</translation>
    </message>
    <message>
        <source>A line of “{file}” is longer than {limit_mb} MB; it is not a client list.</source>
        <translation>Plik „{file}” zawiera wiersz dłuższy niż {limit_mb} MB; to nie jest lista klientów.</translation>
    </message>
    <message>
        <source>Row {row} of “{file}” cannot be read; a quote may be left open. Check the file in a spreadsheet and save it again as CSV.</source>
        <translation>Nie da się odczytać wiersza {row} pliku „{file}”: być może nie zamknięto cudzysłowu. Sprawdź plik w arkuszu kalkulacyjnym i zapisz go ponownie jako CSV.</translation>
    </message>
    <message>
        <source>“{file}” claims to be UTF-16 text but is not valid UTF-16.</source>
        <translation>Plik „{file}” podaje się za tekst w UTF-16, ale nie jest poprawnym UTF-16.</translation>
    </message>
    <message>
        <source>The text of “{file}” cannot be decoded as {encoding}.</source>
        <translation>Tekstu pliku „{file}” nie da się odczytać w kodowaniu {encoding}.</translation>
    </message>
    <message>
        <source>“{file}” is not a Contact Planner report: {why}. Only workbooks exported with “Export report…” can be merged.</source>
        <translation>„{file}” nie jest raportem Contact Planner: {why}. Scalać można tylko skoroszyty zapisane poleceniem „Eksportuj raport…”.</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>Plik „{file}” nie istnieje.</translation>
    </message>
    <message>
        <source>The file “{file}” cannot be read: it may be open in another program, or you may not have the right to read it.</source>
        <translation>Nie da się odczytać pliku „{file}”: może jest otwarty w innym programie albo nie masz uprawnień do jego odczytu.</translation>
    </message>
    <message>
        <source>“{file}” is not a regular file.</source>
        <translation>„{file}” nie jest zwykłym plikiem.</translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation>Plik „{file}” jest pusty.</translation>
    </message>
    <message>
        <source>The file “{file}” is {size_mb} MB; files over {limit_mb} MB are not imported. Split it into smaller files.</source>
        <translation>Plik „{file}” ma {size_mb} MB; pliki większe niż {limit_mb} MB nie są importowane. Podziel go na mniejsze pliki.</translation>
    </message>
    <message>
        <source>“{file}” is not a text file (CSV or vCard) and not an Excel workbook: it holds binary data or an unknown encoding.</source>
        <translation>„{file}” nie jest plikiem tekstowym (CSV ani vCard) ani skoroszytem Excel: zawiera dane binarne lub nieznane kodowanie.</translation>
    </message>
    <message>
        <source>“{file}” holds no vCard (no BEGIN:VCARD line).</source>
        <translation>Plik „{file}” nie zawiera żadnej wizytówki vCard (brak wiersza BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>Excel import is disabled: the XML parser is not protected. Reinstall the application.</source>
        <translation>Importowanie z Excela jest wyłączone: analizator XML nie jest zabezpieczony. Zainstaluj aplikację ponownie.</translation>
    </message>
    <message>
        <source>“{file}” is an old Excel .xls workbook or a password-protected one. Save it as .xlsx (without a password) or as CSV and try again.</source>
        <translation>„{file}” to stary skoroszyt Excel (.xls) albo skoroszyt chroniony hasłem. Zapisz go jako .xlsx (bez hasła) lub jako CSV i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>“{file}” is not an Excel workbook (.xlsx).</source>
        <translation>„{file}” nie jest skoroszytem Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook “{file}” is encrypted; remove the password and try again.</source>
        <translation>Skoroszyt „{file}” jest zaszyfrowany; usuń hasło i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The part {part} of the workbook “{file}” expands to {size_mb} MB from {packed_kb} KB; this looks like a zip bomb and is refused.</source>
        <translation>Część {part} skoroszytu „{file}” rozpakowuje się z {packed_kb} KB do {size_mb} MB; wygląda to na bombę zip, więc plik został odrzucony.</translation>
    </message>
    <message>
        <source>The workbook “{file}” would expand to {size_mb} MB (the limit is {limit_mb} MB); this looks like a zip bomb and is refused.</source>
        <translation>Skoroszyt „{file}” po rozpakowaniu zająłby {size_mb} MB (limit to {limit_mb} MB); wygląda to na bombę zip, więc plik został odrzucony.</translation>
    </message>
    <message>
        <source>The part {part} of the workbook “{file}” would expand to {size_mb} MB (the limit is {limit_mb} MB); a workbook of clients is never that large. Save the sheet as CSV or split it.</source>
        <translation>Część {part} skoroszytu „{file}” po rozpakowaniu zajęłaby {size_mb} MB (limit to {limit_mb} MB); skoroszyt z klientami nigdy nie jest tak duży. Zapisz arkusz jako CSV lub go podziel.</translation>
    </message>
    <message>
        <source>The workbook “{file}” has more than {limit} parts; this looks like a zip bomb and is refused.</source>
        <translation>Skoroszyt „{file}” ma ponad {limit} części; wygląda to na bombę zip, więc plik został odrzucony.</translation>
    </message>
    <message>
        <source>The workbook “{file}” holds a text longer than {limit} characters (the most one Excel cell can hold) in {part}; it is refused.</source>
        <translation>Skoroszyt „{file}” zawiera w części {part} tekst dłuższy niż {limit} znaków (więcej, niż mieści jedna komórka Excela); plik został odrzucony.</translation>
    </message>
    <message>
        <source>The workbook “{file}” contains an XML document type declaration, which Excel never writes; it may be an XML bomb and is refused.</source>
        <translation>Skoroszyt „{file}” zawiera deklarację typu dokumentu XML, której Excel nigdy nie zapisuje; może to być bomba XML, więc plik został odrzucony.</translation>
    </message>
    <message>
        <source>The workbook “{file}” has no worksheet.</source>
        <translation>Skoroszyt „{file}” nie ma żadnego arkusza z komórkami.</translation>
    </message>
    <message>
        <source>No header row was recognised in the first 20 rows of “{file}”; choose the columns by hand.</source>
        <translation>W pierwszych 20 wierszach pliku „{file}” nie rozpoznano wiersza nagłówków; wskaż kolumny ręcznie.</translation>
    </message>
    <message>
        <source>No column of “{file}” gives the clients&apos; names (name, first or last name, or company); choose one in the column mapping.</source>
        <translation>Żadna kolumna pliku „{file}” nie zawiera nazw klientów (nazwy, imienia, nazwiska ani firmy); wskaż ją w przypisaniu kolumn.</translation>
    </message>
    <message>
        <source>The saved column mapping is not valid ({detail}).</source>
        <translation>Zapisane przypisanie kolumn jest nieprawidłowe ({detail}).</translation>
    </message>
    <message>
        <source>Choose at least one report to merge.</source>
        <translation>Wybierz co najmniej jeden raport do scalenia.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>nie istnieje</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>jest pusty</translation>
    </message>
    <message>
        <source>it is not an Excel workbook</source>
        <translation>to nie jest skoroszyt Excel</translation>
    </message>
    <message>
        <source>it is an old Excel .xls workbook or a password-protected one</source>
        <translation>to stary skoroszyt Excel (.xls) albo skoroszyt chroniony hasłem</translation>
    </message>
    <message>
        <source>it is damaged or truncated</source>
        <translation>jest uszkodzony lub niekompletny</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>nie da się go odczytać ({detail})</translation>
    </message>
    <message>
        <source>it has no report marker sheet</source>
        <translation>nie ma w nim arkusza znacznika raportu</translation>
    </message>
    <message>
        <source>its report marker is missing</source>
        <translation>brak w nim znacznika raportu</translation>
    </message>
    <message>
        <source>it is already a team workbook; merge the salespeople&apos;s own reports</source>
        <translation>to już jest skoroszyt zespołu; scalaj własne raporty handlowców</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation>został zapisany przez nowszą wersję aplikacji</translation>
    </message>
    <message>
        <source>its currency “{currency}” is not a three-letter currency code</source>
        <translation>jego waluta „{currency}” nie jest trzyliterowym kodem waluty</translation>
    </message>
    <message>
        <source>its sheet “{sheet}” is missing</source>
        <translation>brak w nim arkusza „{sheet}”</translation>
    </message>
    <message>
        <source>its continuation sheet “{sheet}” is missing</source>
        <translation>brak w nim arkusza z ciągiem dalszym „{sheet}”</translation>
    </message>
    <message>
        <source>its sheet “{sheet}” is a chart, not a sheet of cells</source>
        <translation>jego arkusz „{sheet}” to wykres, a nie arkusz z komórkami</translation>
    </message>
    <message>
        <source>the column “{column}” of its sheet “{sheet}” was moved (it is column {position}, it was written as column {written}); merge the report as it was exported</source>
        <translation>kolumnę „{column}” w arkuszu „{sheet}” przeniesiono (teraz jest kolumną {position}, przy eksporcie była kolumną {written}); scalaj raport w takiej postaci, w jakiej go wyeksportowano</translation>
    </message>
    <message>
        <source>a column was inserted into its sheet “{sheet}” (columns now: {columns}, when exported: {written}); merge the report as it was exported</source>
        <translation>do arkusza „{sheet}” wstawiono kolumnę (kolumn teraz: {columns}, przy eksporcie: {written}); scalaj raport w takiej postaci, w jakiej go wyeksportowano</translation>
    </message>
    <message>
        <source>a column was deleted from its sheet “{sheet}” (columns now: {columns}, when exported: {written}); merge the report as it was exported</source>
        <translation>z arkusza „{sheet}” usunięto kolumnę (kolumn teraz: {columns}, przy eksporcie: {written}); scalaj raport w takiej postaci, w jakiej go wyeksportowano</translation>
    </message>
    <message>
        <source>This needs a team book.</source>
        <translation>Do tego potrzebna jest baza zespołu.</translation>
    </message>
    <message>
        <source>The team book has no salespeople yet.</source>
        <translation>W bazie zespołu nie ma jeszcze handlowców.</translation>
    </message>
    <message>
        <source>Some of these clients are not yours to hand over; nothing was handed over.</source>
        <translation>Niektórych z tych klientów nie możesz przekazać; nikogo nie przekazano.</translation>
    </message>
    <message>
        <source>Choose one of the book&apos;s tiers.</source>
        <translation>Wybierz jedną z kategorii bazy.</translation>
    </message>
    <message>
        <source>This client has no e-mail address they agreed to be written to.</source>
        <translation>Ten klient nie ma adresu e-mail, na który zgodził się otrzymywać wiadomości.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>A client cannot be merged into itself.</source>
        <translation>Klienta nie można scalić z nim samym.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Anulowano: niczego nie zapisano.</translation>
    </message>
    <message>
        <source>This backup is damaged or not a Contact Planner book; nothing was restored.</source>
        <translation>Ta kopia zapasowa jest uszkodzona lub nie jest bazą Contact Planner; niczego nie przywrócono.</translation>
    </message>
    <message>
        <source>The book fails its integrity check; restore a backup.</source>
        <translation>Baza nie przeszła kontroli spójności; przywróć kopię zapasową.</translation>
    </message>
    <message>
        <source>This file is not a Contact Planner book.</source>
        <translation>Ten plik nie jest bazą Contact Planner.</translation>
    </message>
    <message>
        <source>This book file is damaged and cannot be used.</source>
        <translation>Ten plik bazy jest uszkodzony i nie można go użyć.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of the app; update the app to read it.</source>
        <translation>Ten plik został zapisany przez nowszą wersję aplikacji; zaktualizuj aplikację, aby go odczytać.</translation>
    </message>
    <message>
        <source>The team book cannot be reached. Check the network and the address, or ask its administrator.</source>
        <translation>Nie można połączyć się z bazą zespołu. Sprawdź sieć i adres albo zapytaj administratora.</translation>
    </message>
    <message>
        <source>This installation cannot open team books; reinstall it with team support.</source>
        <translation>Ta instalacja nie obsługuje baz zespołu; zainstaluj aplikację ponownie z obsługą zespołów.</translation>
    </message>
    <message>
        <source>The book could not be upgraded to this version of the app.</source>
        <translation>Nie udało się zaktualizować bazy do tej wersji aplikacji.</translation>
    </message>
</context>
<context>
    <name>RelatedEditor</name>
    <message>
        <source>What a client who bought this item will need next. Price lists and call scripts recommend these first.</source>
        <translation>Czego będzie potrzebował klient, który kupił tę pozycję. Cenniki i skrypty rozmów polecają to w pierwszej kolejności.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Good morning</source>
        <translation>Dzień dobry</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due today.</source>
        <translation>
            <numerusform>Na dziś %n kontakt.</numerusform>
            <numerusform>Na dziś %n kontakty.</numerusform>
            <numerusform>Na dziś %n kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up: {channel}</source>
        <translation>Wkrótce: {channel}</translation>
    </message>
    <message>
        <source>{client} at {time}</source>
        <translation>{client} o {time}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Step 4 of 4: the clients are imported, then you see what happened.</source>
        <translation>Krok 4 z 4: klienci są importowani, potem zobaczysz wynik.</translation>
    </message>
    <message>
        <source>Importing… You can cancel: nothing is written until the end.</source>
        <translation>Importowanie… Możesz anulować: do końca nic nie jest zapisywane.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>The report is saved to {path}.</source>
        <translation>Raport zapisano: {path}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Anulowano: nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {why}</source>
        <translation>Pliku nie można zaimportować: {why}</translation>
    </message>
    <message>
        <source>Go back to change the file, the columns or the options.</source>
        <translation>Wróć, aby zmienić plik, kolumny lub opcje.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be imported. Fix them in the file, or go back and choose “Import the valid rows”.</source>
        <translation>
            <numerusform>Nic nie zaimportowano: %n wiersza nie można zaimportować. Popraw plik albo wróć i wybierz „Importuj poprawne wiersze”.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wierszy nie można zaimportować. Popraw plik albo wróć i wybierz „Importuj poprawne wiersze”.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wierszy nie można zaimportować. Popraw plik albo wróć i wybierz „Importuj poprawne wiersze”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s) imported</source>
        <translation>
            <numerusform>zaimportowano %n nowego klienta</numerusform>
            <numerusform>zaimportowano %n nowych klientów</numerusform>
            <numerusform>zaimportowano %n nowych klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n zaktualizowany</numerusform>
            <numerusform>%n zaktualizowanych</numerusform>
            <numerusform>%n zaktualizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplikat pominięty</numerusform>
            <numerusform>%n duplikaty pominięte</numerusform>
            <numerusform>%n duplikatów pominiętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n wiersz odrzucony</numerusform>
            <numerusform>%n wiersze odrzucone</numerusform>
            <numerusform>%n wierszy odrzuconych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unverified number(s) kept as typed (Book: Unverified numbers)</source>
        <translation>
            <numerusform>%n niezweryfikowany numer zapisany tak, jak go wpisano (Klienci: „Niezweryfikowane numery”)</numerusform>
            <numerusform>%n niezweryfikowane numery zapisane tak, jak je wpisano (Klienci: „Niezweryfikowane numery”)</numerusform>
            <numerusform>%n niezweryfikowanych numerów zapisanych tak, jak je wpisano (Klienci: „Niezweryfikowane numery”)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones without a country code were read as {region} numbers.</source>
        <translation>Telefony bez kodu kraju odczytano jako numery {region}.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Record a sale</source>
        <translation>Zapis sprzedaży</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <source>Optional: order number, what was agreed…</source>
        <translation>Opcjonalnie: numer zamówienia, co ustalono…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jedn.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Dodaj pozycję</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+Shift+A)</source>
        <translation>Dodaj wiersz (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation>Zapisz sprzedaż</translation>
    </message>
    <message>
        <source>The catalog is empty: add items in Catalog before recording sales.</source>
        <translation>Katalog jest pusty: dodaj pozycje w sekcji „Katalog”, zanim zapiszesz sprzedaż.</translation>
    </message>
    <message>
        <source>Type to find an item…</source>
        <translation>Zacznij wpisywać nazwę…</translation>
    </message>
    <message>
        <source>Empty: the client&apos;s tier price. Type a price to override.</source>
        <translation>Puste — cena kategorii klienta. Wpisz cenę, aby ją zmienić.</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Razem: {amount}</translation>
    </message>
    <message>
        <source>Choose the client who bought.</source>
        <translation>Wybierz klienta, który kupił.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Wiersz {n}: {problem}</translation>
    </message>
</context>
<context>
    <name>SalesActions</name>
    <message>
        <source>Sale recorded for {client}: {total}.</source>
        <translation>Zapisano sprzedaż ({client}): {total}.</translation>
    </message>
    <message numerus="yes">
        <source>%n after-sale touch(es) planned.</source>
        <translation>
            <numerusform>Zaplanowano %n kontakt posprzedażowy.</numerusform>
            <numerusform>Zaplanowano %n kontakty posprzedażowe.</numerusform>
            <numerusform>Zaplanowano %n kontaktów posprzedażowych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Cennik</translation>
    </message>
    <message>
        <source>Price list saved to {path}.</source>
        <translation>Cennik zapisano: {path}.</translation>
    </message>
    <message>
        <source>For which client?</source>
        <translation>Dla którego klienta?</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) moved to their suggested tier.</source>
        <translation>
            <numerusform>%n klienta przeniesiono do sugerowanej kategorii.</numerusform>
            <numerusform>%n klientów przeniesiono do sugerowanych kategorii.</numerusform>
            <numerusform>%n klientów przeniesiono do sugerowanych kategorii.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>SalesView</name>
    <message>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Własny okres</translation>
    </message>
    <message>
        <source>Record a sale…</source>
        <translation>Zapisz sprzedaż…</translation>
    </message>
    <message>
        <source>Suggested tiers…</source>
        <translation>Sugerowane kategorie…</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Brak sprzedaży w tym okresie.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sprzedaż</numerusform>
            <numerusform>%n sprzedaże</numerusform>
            <numerusform>%n sprzedaży</numerusform>
        </translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation>na kwotę {amount}</translation>
    </message>
    <message>
        <source>showing the newest {n}; choose a shorter period</source>
        <translation>pokazano najnowsze {n}; wybierz krótszy okres</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>ScriptEditorView</name>
    <message>
        <source>Call scripts</source>
        <translation>Skrypty rozmów</translation>
    </message>
    <message>
        <source>Shared skeleton (all purposes)</source>
        <translation>Wspólny szkielet (wszystkie cele)</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Kategoria {tier}</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Zmienna</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>Double-click or press Enter to insert a variable</source>
        <translation>Dwukrotne kliknięcie lub Enter wstawia zmienną</translation>
    </message>
    <message>
        <source>Preview on a client</source>
        <translation>Podgląd na kliencie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save this template (Ctrl+S)</source>
        <translation>Zapisz szablon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>&amp;Cofnij zmiany</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Przywróć &amp;domyślny</translation>
    </message>
    <message>
        <source>Changed, not saved</source>
        <translation>Zmieniony, niezapisany</translation>
    </message>
    <message>
        <source>The default template (not changed)</source>
        <translation>Domyślny szablon (bez zmian)</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Twój szablon</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Discard your changes to this template?</source>
        <translation>Odrzucić zmiany w tym szablonie?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Call script saved.</source>
        <translation>Skrypt rozmowy zapisano.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Przywróć domyślny</translation>
    </message>
    <message>
        <source>Forget your version of this template and use the default one again?</source>
        <translation>Usunąć Twoją wersję szablonu i znów używać domyślnej?</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>ScriptTexts</name>
    <message>
        <source>not allowed in templates: {0}</source>
        <translation>niedozwolone w szablonach: {0}</translation>
    </message>
    <message>
        <source>unknown variable: {0}</source>
        <translation>nieznana zmienna: {0}</translation>
    </message>
    <message>
        <source>there is no template {0}</source>
        <translation>nie ma szablonu {0}</translation>
    </message>
    <message>
        <source>there is no script for {0}</source>
        <translation>nie ma skryptu dla {0}</translation>
    </message>
    <message>
        <source>the template calls itself too deeply</source>
        <translation>szablon wywołuje sam siebie zbyt głęboko</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>wiersz {line}: {message}</translation>
    </message>
    <message>
        <source>the client&apos;s full name as in the book</source>
        <translation>pełna nazwa klienta, jak w bazie</translation>
    </message>
    <message>
        <source>the first word of the name (for a friendly greeting)</source>
        <translation>pierwsze słowo nazwy (do przyjaznego powitania)</translation>
    </message>
    <message>
        <source>how to address the client, e.g. Dear Anna, (their own, else their language&apos;s default)</source>
        <translation>jak zwracać się do klienta, np. „Szanowna Pani Anno,” (jego własny zwrot, a jeśli go brak, zwyczajowy w jego języku)</translation>
    </message>
    <message>
        <source>the client&apos;s company, or nothing</source>
        <translation>firma klienta lub nic</translation>
    </message>
    <message>
        <source>tier code: A, B, C or D</source>
        <translation>kod kategorii: A, B, C lub D</translation>
    </message>
    <message>
        <source>tier name, e.g. Key, Regular</source>
        <translation>nazwa kategorii, np. Kluczowi, Stali</translation>
    </message>
    <message>
        <source>birthday as a date (year may be 1900 if unknown), or nothing</source>
        <translation>urodziny jako data (rok 1900, jeśli nieznany) lub nic</translation>
    </message>
    <message>
        <source>the day the client was added to the book</source>
        <translation>dzień dodania klienta do bazy</translation>
    </message>
    <message>
        <source>everything the client has bought, as money</source>
        <translation>wszystko, co klient kupił, jako kwota</translation>
    </message>
    <message>
        <source>true when the client is silent well past their usual interval</source>
        <translation>prawda, gdy klient milczy dużo dłużej niż zwykle</translation>
    </message>
    <message>
        <source>list of the client&apos;s tags</source>
        <translation>lista tagów klienta</translation>
    </message>
    <message>
        <source>your notes on the client, or nothing</source>
        <translation>Twoje notatki o kliencie lub nic</translation>
    </message>
    <message>
        <source>list of contact points: channel, value, label, preferred</source>
        <translation>lista kontaktów: kanał, wartość, etykieta, preferowany</translation>
    </message>
    <message>
        <source>the preferred phone number, or nothing</source>
        <translation>preferowany numer telefonu lub nic</translation>
    </message>
    <message>
        <source>the preferred e-mail address, or nothing</source>
        <translation>preferowany adres e-mail lub nic</translation>
    </message>
    <message>
        <source>the last done touches, newest first: day, channel, purpose, outcome, note</source>
        <translation>ostatnie wykonane kontakty, najnowsze najpierw: day, channel, purpose, outcome, note</translation>
    </message>
    <message>
        <source>the newest done touch (same fields), or nothing</source>
        <translation>najnowszy wykonany kontakt (te same pola) lub nic</translation>
    </message>
    <message>
        <source>the last sales, newest first: day, total, items (name, quantity, unit, amount)</source>
        <translation>ostatnie sprzedaże, najnowsze najpierw: day, total, items (name, quantity, unit, amount)</translation>
    </message>
    <message>
        <source>the newest sale (same fields), or nothing</source>
        <translation>najnowsza sprzedaż (te same pola) lub nic</translation>
    </message>
    <message>
        <source>items to offer: name, code, benefits, price, your_price, related_to, kind, reason</source>
        <translation>co zaproponować: name, code, benefits, price, your_price, related_to, kind, reason</translation>
    </message>
    <message>
        <source>your name (Settings)</source>
        <translation>Twoje imię i nazwisko (Ustawienia)</translation>
    </message>
    <message>
        <source>your company (Settings)</source>
        <translation>Twoja firma (Ustawienia)</translation>
    </message>
    <message>
        <source>your phone (Settings)</source>
        <translation>Twój telefon (Ustawienia)</translation>
    </message>
    <message>
        <source>your e-mail (Settings)</source>
        <translation>Twój e-mail (Ustawienia)</translation>
    </message>
    <message>
        <source>why you contact the client now, e.g. check-in, win-back</source>
        <translation>po co kontaktujesz się z klientem, np. check-in, win-back</translation>
    </message>
    <message>
        <source>call, meeting, email… (nothing in a preview)</source>
        <translation>call, meeting, email… (w podglądzie — nic)</translation>
    </message>
    <message>
        <source>the day the touch is planned for (nothing in a preview)</source>
        <translation>dzień, na który zaplanowano kontakt (w podglądzie — nic)</translation>
    </message>
    <message>
        <source>the client&apos;s discount as text, e.g. 10 %</source>
        <translation>rabat klienta jako tekst, np. 10 %</translation>
    </message>
    <message>
        <source>how many days an offer is valid</source>
        <translation>ile dni ważna jest oferta</translation>
    </message>
    <message>
        <source>the day an offer made today expires</source>
        <translation>dzień, w którym wygasa dzisiejsza oferta</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>dzisiejsza data</translation>
    </message>
    <message>
        <source>the script&apos;s language: en, ru or pl</source>
        <translation>język skryptu: en, ru lub pl</translation>
    </message>
    <message>
        <source>filter: a date in the script&apos;s language, e.g. {{ today|day }}</source>
        <translation>filtr: data w języku skryptu, np. {{ today|day }}</translation>
    </message>
    <message>
        <source>filter: minor units as money, e.g. {{ 12345|money }}</source>
        <translation>filtr: kwota w groszach jako pieniądze, np. {{ 12345|money }}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Limity</translation>
    </message>
    <message>
        <source>Tiers and cadences</source>
        <translation>Kategorie i częstotliwość</translation>
    </message>
</context>
<context>
    <name>SettingsOps</name>
    <message>
        <source>Saving settings and re-planning the book…</source>
        <translation>Zapisywanie ustawień i przeliczanie planu…</translation>
    </message>
</context>
<context>
    <name>TeamBook</name>
    <message>
        <source>Contact Planner — team book {book} on {host} ({user})</source>
        <translation>Contact Planner — baza zespołu {book} na {host} ({user})</translation>
    </message>
    <message>
        <source>Team book {book} on {host}, signed in as {user}</source>
        <translation>Baza zespołu {book} na {host}, zalogowano jako {user}</translation>
    </message>
    <message>
        <source>Team book {book} on {host} ({user})</source>
        <translation>Baza zespołu {book} na {host} ({user})</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(jeszcze brak)</translation>
    </message>
    <message>
        <source>Export the team&apos;s workbook</source>
        <translation>Eksport skoroszytu zespołu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The team&apos;s workbook is saved to {path}.</source>
        <translation>Skoroszyt zespołu zapisano w {path}.</translation>
    </message>
    <message>
        <source>Writing the team&apos;s workbook…</source>
        <translation>Zapisywanie skoroszytu zespołu…</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Skontaktowano</translation>
    </message>
    <message>
        <source>Reach rate</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożeni</translation>
    </message>
    <message>
        <source>The team, live from the team book</source>
        <translation>Zespół na żywo z bazy zespołu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>Według handlowców</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Według kategorii</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Według kanałów</translation>
    </message>
    <message>
        <source>{start} – {end} (today {today})</source>
        <translation>{start} – {end} (dziś {today})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>TierPriceEditor</name>
    <message>
        <source>Each tier pays the list price unless you give it its own price or a discount (in %) off the list price.</source>
        <translation>Każda kategoria płaci cenę katalogową, chyba że nadasz jej własną cenę lub rabat (w %) od ceny katalogowej.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Price or discount</source>
        <translation>Cena lub rabat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Cena katalogowa</translation>
    </message>
    <message>
        <source>Own price</source>
        <translation>Własna cena</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Rabat, %</translation>
    </message>
    <message>
        <source>Tier {tier}: {problem}</source>
        <translation>Kategoria {tier}: {problem}</translation>
    </message>
</context>
<context>
    <name>TierSuggestions</name>
    <message>
        <source>bought on {n} days in the last {days} days</source>
        <translation>kupował w {n} dni w ciągu ostatnich {days} dni</translation>
    </message>
    <message>
        <source>bought on {n} days, not regularly</source>
        <translation>kupował w {n} dni, nieregularnie</translation>
    </message>
    <message>
        <source>bought once</source>
        <translation>kupił raz</translation>
    </message>
    <message>
        <source>no purchases yet</source>
        <translation>brak zakupów</translation>
    </message>
    <message>
        <source>value in the top 20 % of buyers, bought more than once</source>
        <translation>wartość zakupów w górnych 20 % klientów, kupował więcej niż raz</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Kat.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerowana</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
</context>
<context>
    <name>TierSuggestionsDialog</name>
    <message>
        <source>Suggested tiers</source>
        <translation>Sugerowane kategorie</translation>
    </message>
    <message>
        <source>These clients buy like another tier: more often or more than their tier expects, or less. Accepting moves them and re-plans their touches.</source>
        <translation>Ci klienci kupują jak klienci innej kategorii: częściej lub więcej, niż zakłada ich kategoria, albo mniej. Akceptacja przenosi ich i planuje ich kontakty od nowa.</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>&amp;Akceptuj zaznaczone</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Akceptuj &amp;wszystkie</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) would fit another tier.</source>
        <translation>
            <numerusform>%n klientowi pasowałaby inna kategoria.</numerusform>
            <numerusform>%n klientom pasowałaby inna kategoria.</numerusform>
            <numerusform>%n klientom pasowałaby inna kategoria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client&apos;s tier fits how they buy.</source>
        <translation>Kategorie wszystkich klientów pasują do ich zakupów.</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Channels are the rotation, in order (also the fallback order): {channels}. Retry delay and slip are in working days.</source>
        <translation>Kanały to rotacja w kolejności (i kolejność zastępstwa): {channels}. Odstęp ponowienia i przesunięcie — w dniach roboczych.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <source>Preferred
channel</source>
        <translation>Preferowany
kanał</translation>
    </message>
    <message>
        <source>Retry
after</source>
        <translation>Ponów
po</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Ponowień</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Przesunięcie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabat, %</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today could not be loaded. Press F5 to try again.</source>
        <translation>Nie udało się wczytać widoku „Dziś”. Naciśnij F5, aby spróbować ponownie.</translation>
    </message>
    <message>
        <source>Nothing is due today. Well done!</source>
        <translation>Na dziś wszystko zrobione. Świetnie!</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Keyboard:
J / Down — next touch
K / Up — previous touch
N — write a note
Ctrl+1 … Ctrl+9 — log an outcome (see the buttons)</source>
        <translation>Klawiatura:
J / Strzałka w dół — następny kontakt
K / Strzałka w górę — poprzedni kontakt
N — napisz notatkę
Ctrl+1 … Ctrl+9 — zapisz wynik (zob. przyciski)</translation>
    </message>
    <message>
        <source>Today — keyboard</source>
        <translation>Dzisiaj — klawiatura</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Dzisiaj, {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due</source>
        <translation>
            <numerusform>%n kontakt na dziś</numerusform>
            <numerusform>%n kontakty na dziś</numerusform>
            <numerusform>%n kontaktów na dziś</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n zaległy</numerusform>
            <numerusform>%n zaległe</numerusform>
            <numerusform>%n zaległych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done today</source>
        <translation>
            <numerusform>%n wykonany dziś</numerusform>
            <numerusform>%n wykonane dziś</numerusform>
            <numerusform>%n wykonanych dziś</numerusform>
        </translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Przełożenie</translation>
    </message>
    <message>
        <source>When should this touch happen instead?</source>
        <translation>Kiedy ma się odbyć ten kontakt zamiast tego?</translation>
    </message>
    <message>
        <source>{client}: {outcome} logged.</source>
        <translation>{client}: zapisano wynik „{outcome}”.</translation>
    </message>
    <message>
        <source>Next touch: {channel} on {day}.</source>
        <translation>Następny kontakt: {channel}, {day}.</translation>
    </message>
    <message>
        <source>Could not log the outcome</source>
        <translation>Nie udało się zapisać wyniku</translation>
    </message>
    <message>
        <source>Log {outcome} for {client}</source>
        <translation>Wynik „{outcome}” dla {client}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Contact Planner</source>
        <translation>Pokaż Contact Planner</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message numerus="yes">
        <source>Contact Planner: %n touch(es) due today</source>
        <translation>
            <numerusform>Contact Planner: na dziś %n kontakt</numerusform>
            <numerusform>Contact Planner: na dziś %n kontakty</numerusform>
            <numerusform>Contact Planner: na dziś %n kontaktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Cannot undo</source>
        <translation>Nie można cofnąć</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Wideorozmowa</translation>
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
        <translation>List</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Wideorozmowy</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Listy</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Co słychać</translation>
    </message>
    <message>
        <source>News / offer</source>
        <translation>Nowości / oferta</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinia</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Podziękowanie</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Cennik</translation>
    </message>
    <message>
        <source>Warranty check</source>
        <translation>Kontrola gwarancji</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Odzyskanie klienta</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Wdrożenie</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Rozmowa odbyta</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Zostawiono wiadomość</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Przełożone</translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation>Umówiono spotkanie</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Niezainteresowany</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nie kontaktować się</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <source>office</source>
        <translation>biuro</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>prywatny</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zarchiwizowany</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowany</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonany</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowany</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Częstotliwość</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponowienie</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sekwencja</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ręcznie</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kluczowy</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Stały</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Okazjonalny</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Jednorazowy</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tydz.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mies.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>tyg.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mies.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pn</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Wt</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Śr</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Cz</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pt</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Nd</translation>
    </message>
    <message>
        <source>new client</source>
        <translation>nowy klient</translation>
    </message>
    <message>
        <source>after a sale</source>
        <translation>po sprzedaży</translation>
    </message>
    <message>
        <source>warranty check</source>
        <translation>kontrola gwarancji</translation>
    </message>
    <message>
        <source>birthday greeting</source>
        <translation>życzenia urodzinowe</translation>
    </message>
    <message>
        <source>win-back</source>
        <translation>odzyskanie klienta</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>Materiał eksploatacyjny</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Akcesorium</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>cena katalogowa</translation>
    </message>
    <message>
        <source>tier price</source>
        <translation>cena kategorii</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>ustalona ręcznie</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Contact Planner</source>
        <translation>Witaj w Contact Planner</translation>
    </message>
    <message>
        <source>Your client book is empty. Bring your clients in, or look around in a demo book first: every morning the planner tells you whom to contact today, over which channel, and why.</source>
        <translation>Twoja baza klientów jest pusta. Wczytaj klientów albo najpierw rozejrzyj się w bazie demo: każdego ranka planer podpowie, z kim skontaktować się dziś, jakim kanałem i dlaczego.</translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation>Importuj klientów…</translation>
    </message>
    <message>
        <source>From CSV, Excel (XLSX), vCard, Google or Outlook contacts.</source>
        <translation>Z CSV, Excela (XLSX), vCard, kontaktów Google lub Outlook.</translation>
    </message>
    <message>
        <source>Open a demo book</source>
        <translation>Otwórz bazę demo</translation>
    </message>
    <message>
        <source>A few hundred realistic clients with a year of history, in your language.</source>
        <translation>Kilkuset realistycznych klientów z roczną historią, w Twoim języku.</translation>
    </message>
    <message>
        <source>Add a client by hand</source>
        <translation>Dodaj klienta ręcznie</translation>
    </message>
    <message>
        <source>Start from scratch: type in your first client.</source>
        <translation>Zacznij od zera: wpisz pierwszego klienta.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {region} numbers; public holidays: {country}. Change them in Settings.</source>
        <translation>Numery bez kodu kraju są odczytywane jako numery {region}; święta: {country}. Można to zmienić w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Open book</source>
        <translation>Otwórz bazę</translation>
    </message>
    <message>
        <source>Contact Planner books (*.sqlite *.db);;All files (*)</source>
        <translation>Bazy Contact Planner (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>Nowa baza</translation>
    </message>
    <message>
        <source>Contact Planner books (*.sqlite)</source>
        <translation>Bazy Contact Planner (*.sqlite)</translation>
    </message>
    <message>
        <source>Demo book</source>
        <translation>Baza demo</translation>
    </message>
    <message>
        <source>Creating a demo book…</source>
        <translation>Tworzenie bazy demo…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Kopia zapasowa: {path}</translation>
    </message>
    <message>
        <source>Today&apos;s backup: {path}</source>
        <translation>Dzisiejsza kopia zapasowa: {path}</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: {problem}</source>
        <translation>Nie udało się wykonać dzisiejszej kopii zapasowej: {problem}</translation>
    </message>
    <message>
        <source>Settings saved; the plan is up to date.</source>
        <translation>Ustawienia zapisane, plan jest aktualny.</translation>
    </message>
    <message>
        <source>Re-planned {clients} clients: {touches} touches, {over} overbooked.</source>
        <translation>Plan przeliczony dla klientów: {clients}; kontaktów: {touches}, ponad limit: {over}.</translation>
    </message>
    <message>
        <source>Re-planning the whole book…</source>
        <translation>Przeliczanie planu całej bazy…</translation>
    </message>
    <message>
        <source>Alt+1 / Alt+2 / Alt+3 — Today, Book, Planning</source>
        <translation>Alt+1 / Alt+2 / Alt+3 — Dzisiaj, Baza, Planowanie</translation>
    </message>
    <message>
        <source>Alt+4 / Alt+5 / Alt+6 — Sales, Catalog, Call scripts</source>
        <translation>Alt+4 / Alt+5 / Alt+6 — Sprzedaż, Katalog, Skrypty rozmów</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S — record a sale; Ctrl+Shift+P — price list for the client</source>
        <translation>Ctrl+Shift+S — zapisz sprzedaż; Ctrl+Shift+P — cennik dla klienta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E — export the report for your manager</source>
        <translation>Ctrl+Shift+E — eksport raportu dla przełożonego</translation>
    </message>
    <message>
        <source>J / K or Down / Up — next / previous touch in Today</source>
        <translation>J / K lub strzałki — następny / poprzedni kontakt w widoku „Dzisiaj”</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 — log an outcome for the selected touch</source>
        <translation>Ctrl+1 … Ctrl+9 — zapisz wynik wybranego kontaktu</translation>
    </message>
    <message>
        <source>N — write a note for the selected touch</source>
        <translation>N — notatka do wybranego kontaktu</translation>
    </message>
    <message>
        <source>Ctrl+F — search the book (in Book); Ctrl+Shift+F from anywhere</source>
        <translation>Ctrl+F — szukaj w bazie (w widoku „Baza”); Ctrl+Shift+F — z dowolnego miejsca</translation>
    </message>
    <message>
        <source>Ctrl+N — new client; Ctrl+E — edit; Ctrl+Del — delete</source>
        <translation>Ctrl+N — nowy klient; Ctrl+E — edytuj; Ctrl+Del — usuń</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z — undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z — cofnij / ponów</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R — re-plan the whole book</source>
        <translation>Ctrl+Shift+R — przelicz plan całej bazy</translation>
    </message>
    <message>
        <source>F5 — refresh</source>
        <translation>F5 — odśwież</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>About Contact Planner</source>
        <translation>O programie Contact Planner</translation>
    </message>
    <message>
        <source>Contact Planner plans regular touches with every client by their tier and preferred channel, and tells you every morning whom to contact and why.</source>
        <translation>Contact Planner planuje regularne kontakty z każdym klientem według jego kategorii i preferowanego kanału, a każdego ranka podpowiada, z kim się skontaktować i dlaczego.</translation>
    </message>
</context>
</TS>
