<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches today (due and done) against the channel&apos;s daily capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop contacting {client} over {channel} only, or stop the client entirely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookView</name>
    <message>
        <source>Search name, company, phone, e-mail, tag…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} with all their history?

Edit → Undo brings them back until you close the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Public holidays of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum days between touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your days off and extra working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send birthday greetings (e-mail, messengers) on the day itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO country code, e.g. PL, RU, US; empty: no public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add day off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add working day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>How many touches of each channel you can do on one working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome / why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, dental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salesperson&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: long past their usual interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This record was changed elsewhere. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists (it was deleted meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This touch is no longer planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Contact Planner book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers typed without +country code are read in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Client files (*.csv *.xlsx *.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing clients is coming in the next version. It will read:

• CSV files with any delimiter and encoding (UTF-8, Windows-1251, …)
• Excel workbooks (XLSX)
• vCard files (2.1, 3.0, 4.0)
• Google Contacts and Outlook contact exports

You will map the columns with a preview, see a report of every row that was skipped and why, and duplicates will be found by phone, e-mail and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not open the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Planner — {book}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due today</source>
        <translation>
            <numerusform>%n touch due today</numerusform>
            <numerusform>%n touches due today</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;demo book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;plan the whole book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Contact Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this touch (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log “{outcome}” for this touch ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a touch on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name}, this is a quick {purpose} call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Extra working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbooked: more touches than the capacity allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected touch to another day (or drag it there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected day as a day off; the plan re-levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected day an extra working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your day off or extra working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a touch onto another day to move it. Red: more touches than the channel&apos;s capacity. Italic: moved by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {n}: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the touch with {client} to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touch cannot be moved into the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move touch to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking {day} as a day off and re-planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking {day} as a working day and re-planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-planning around {day}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A client needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the book&apos;s tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number (default region {region}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one contact point can be the preferred one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “{value}”; use a name such as Europe/Warsaw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between {lo} and {hi}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code “{value}”; use codes such as PL, RU, US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a region of {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one day of the week must be a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a time as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown phone region “{value}”; use codes such as PL, RU, US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a three-letter currency code such as EUR, PLN, RUB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must start before they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be between 1 and 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier needs at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Tier {tier}: every {count} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since last reached {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since added {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence “{name}”, step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by hand to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from {day} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from {day} (no common working hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no common working hours for {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry {attempt} of {of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last reached {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred channel: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent for {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls back to {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: retry limit ({limit}) reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from {day} (holiday: {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays on the birthday, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from {day} to keep the gap from {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from {day}: {channel} capacity full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overbooked: {channel} capacity {capacity} is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due today.</source>
        <translation>
            <numerusform>%n touch due today.</numerusform>
            <numerusform>%n touches due today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers and cadences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving settings and re-planning the book…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Channels are the rotation, in order (also the fallback order): {channels}. Retry delay and slip are in working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred
channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Nothing is due today. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard:
J / Down — next touch
K / Up — previous touch
N — write a note
Ctrl+1 … Ctrl+9 — log an outcome (see the buttons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due</source>
        <translation>
            <numerusform>%n touch due</numerusform>
            <numerusform>%n touches due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done today</source>
        <translation>
            <numerusform>%n done today</numerusform>
            <numerusform>%n done today</numerusform>
        </translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should this touch happen instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}: {outcome} logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next touch: {channel} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log the outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Contact Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contact Planner: %n touch(es) due today</source>
        <translation>
            <numerusform>Contact Planner: %n touch due today</numerusform>
            <numerusform>Contact Planner: %n touches due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News / offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warranty check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win-back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Contact Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your client book is empty. Bring your clients in, or look around in a demo book first: every morning the planner tells you whom to contact today, over which channel, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From CSV, Excel (XLSX), vCard, Google or Outlook contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few hundred realistic clients with a year of history, in your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from scratch: type in your first client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Open book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Planner books (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Planner books (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a demo book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; the plan is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-planned {clients} clients: {touches} touches, {over} overbooked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-planning the whole book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1 / Alt+2 / Alt+3 — Today, Book, Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / K or Down / Up — next / previous touch in Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 — log an outcome for the selected touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N — write a note for the selected touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F — search the book (in Book); Ctrl+Shift+F from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N — new client; Ctrl+E — edit; Ctrl+Del — delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z — undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R — re-plan the whole book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 — refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Contact Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Planner plans regular touches with every client by their tier and preferred channel, and tells you every morning whom to contact and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
