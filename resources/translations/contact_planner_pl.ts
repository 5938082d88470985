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
    <name>ClientCard</name>
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
        <source>No client selected</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Kategoria {tier}</translation>
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
    <name>ContactsEditor</name>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
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
        <source>Add contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>Errors</name>
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
    <message>
        <source>Importing clients is coming in the next version. It will read:

• CSV files with any delimiter and encoding (UTF-8, Windows-1251, …)
• Excel workbooks (XLSX)
• vCard files (2.1, 3.0, 4.0)
• Google Contacts and Outlook contact exports

You will map the columns with a preview, see a report of every row that was skipped and why, and duplicates will be found by phone, e-mail and name.</source>
        <translation>Import klientów pojawi się w następnej wersji. Będzie czytać:

• pliki CSV z dowolnym separatorem i kodowaniem (UTF-8, Windows-1250, …)
• skoroszyty Excel (XLSX)
• pliki vCard (2.1, 3.0, 4.0)
• eksporty kontaktów Google i Outlook

Dopasujesz kolumny z podglądem, zobaczysz raport każdego pominiętego wiersza z przyczyną, a duplikaty zostaną znalezione po telefonie, e-mailu i nazwisku.</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Import klientów</translation>
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
        <source>Contact Planner</source>
        <translation>Contact Planner</translation>
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
        <source>&amp;Import clients…</source>
        <translation>&amp;Importuj klientów…</translation>
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
        <source>The contact is too long.</source>
        <translation>Kontakt jest za długi.</translation>
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
        <source>“{value}” is not a region of {country}.</source>
        <translation>„{value}” nie jest regionem kraju {country}.</translation>
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
        <source>Unknown channel.</source>
        <translation>Nieznany kanał.</translation>
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
        <source>Rescheduled from {day}</source>
        <translation>Przełożone z {day} na prośbę klienta</translation>
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
        <source>carried over since {day}</source>
        <translation>przeniesione z {day}: termin minął</translation>
    </message>
    <message>
        <source>moved from {day} to keep the gap from {other}</source>
        <translation>przeniesione z {day}, aby zachować odstęp od {other}</translation>
    </message>
    <message>
        <source>moved from {day}: {channel} capacity full</source>
        <translation>przeniesione z {day}: limit kanału „{channel}” wyczerpany</translation>
    </message>
    <message>
        <source>overbooked: {channel} capacity {capacity} is full</source>
        <translation>przeciążenie: limit kanału „{channel}” ({capacity}) wyczerpany</translation>
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
    <message>
        <source>Saving settings and re-planning the book…</source>
        <translation>Zapisywanie ustawień i przeliczanie planu…</translation>
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
