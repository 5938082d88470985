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
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
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
        <source>Unverified numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a phone number kept as it was typed: open Edit to fix it</source>
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
        <source>Find duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with the same phone, e-mail or a similar name: compare and merge</source>
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
    <name>BookWaitIndicator</name>
    <message>
        <source>Waiting for the book: another window or program is saving a long change. Your change will be saved as soon as it is done…</source>
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
    <name>CatalogModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sold any more: kept for past sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name or category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show items no longer sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product or service (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty. Add the products and services you sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{discount} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog item {code} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer sold; past sales keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is sold again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>ext. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified: fix it in Edit</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sale for this client (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal offer after a sale, as PDF or XLSX (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the book holds about this client, as a JSON file</source>
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
        <source>Language: {language}</source>
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
    <message>
        <source>Sales</source>
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
        <source>Sal&amp;utation</source>
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
    <name>ClientPicker</name>
    <message>
        <source>Type a client&apos;s name, company, phone or e-mail…</source>
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
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team book lives on your team&apos;s PostgreSQL server; ask your manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database and your user name.</source>
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
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ext.</source>
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
        <source>Extension: dialled after the number</source>
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
    <message>
        <source>Unverified: kept as it was typed, because it is not a valid number. Type it as it should be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with the same phone or e-mail are duplicates; the same name alone makes a possible one. Compare the two, then merge: the kept client gains every contact point, tag, note, touch, sale and offer of the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name (possible duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n pair to review.</numerusform>
            <numerusform>%n pairs to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>ext. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Client since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: client {other} is now part of client {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge client {other} into {keep}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The book could not be read or written just now. Nothing was changed by this step. Try again; if it keeps failing, close and reopen the app, or restore a backup (File → Back up now keeps a copy first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed this record at {when}. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed this record meanwhile. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>This client is archived; unarchive them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be undone: the client was changed again since (in another window, by a command or by re-planning). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to recommend to this client yet: add related items to the catalog or record sales in their tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space to write %1. Free some space or choose another place; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written here; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is open read-only (a read-only file, folder or disk); changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was written by an earlier version and must be upgraded, but it is read-only. Copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is busy with a long task (an import, a re-plan or a demo, perhaps in another window). Your change was not saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was written by a newer version of Contact Planner; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Contact Planner book files (*.cpbook);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the book itself; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Excel workbook for your manager: a summary with KPIs and charts, your clients, the plan, the history and the sales of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved to {path} ({rows}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the salespeople&apos;s reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workbook of {people} is saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned touches of the period as an .ics file for your phone or mail calendar. Export again to the same file to update the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to {path}.</source>
        <translation>
            <numerusform>%n event saved to {path}.</numerusform>
            <numerusform>%n events saved to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this client&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the book holds about this client is saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole book is saved to {path}. Open it on the other laptop with File → Import book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open book with {file}?

Everything in the open book is replaced. It is backed up first, so you can restore it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is replaced with {file}. The previous book is backed up to {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the book…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4: the list of clients to bring into the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files with any delimiter and encoding (UTF-8, Windows-1251, …), Excel workbooks (XLSX), vCard files, and Google or Outlook contact exports. Nothing is written before you confirm the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitCheck</name>
    <message>
        <source>The book fits its capacity for the next 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier} needs {tier_need} a day by {channel} of the {need} the book needs; you have {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could: {tips}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move tier {tier} to {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact tier {tier} every {count} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise the {channel} capacity to {to} a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitCheckPanel</name>
    <message>
        <source>Fit check: projected load for the next 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project the touches the tiers ask for (cadences, sequences, birthdays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecting the load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More touches than this week&apos;s capacity</source>
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
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
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
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number (kept, unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax or pager kept (not a number to call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension kept with the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Telegram handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate, merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate, kept both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate, imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name, named after a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable characters replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit catalog item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalog item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &amp;price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique code, e.g. FLT-200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a client needs it, in their words: price lists and scripts quote this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold (offered in sales, price lists and scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier prices</source>
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
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client imported.</numerusform>
            <numerusform>%n clients imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4: choose what each column holds; columns set to “ignore” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file · encoding {encoding} · delimiter {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(encoding guessed: check the letters below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook · sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and its continuation: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard file: every card is one client; there are no columns to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {n} rows of {file} are shown; the import reads all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the clients&apos; names (or first and last name, or company).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives the clients&apos; names: each client will be named after their e-mail or phone. Choose the names column if the file has one.</source>
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
        <source>&amp;Connect to a team book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;team&apos;s workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this &amp;client&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expor&amp;t book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port book…</source>
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
        <source>&amp;Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested tiers…</source>
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
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4: what to do with duplicates and with bad rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client the book already has
(same phone, e-mail or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier of new clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones without a country code
are numbers of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the row (keep the book as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the client with the row&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both (add the row as a new client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All or nothing: import nothing if a row is bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;valid rows, skip the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report of skipped rows beside the file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
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
        <source>Script: {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call script template has a problem ({problem}); fix it in Scripts.</source>
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
        <source>Fit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the book fit its capacity? The load the tiers ask for, per week</source>
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
    <name>PriceListDialog</name>
    <message>
        <source>Price list for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to recommend to {client} yet: add related items to the catalog, or record sales in their tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recommended · discount {discount} · valid until {day} · total {total} instead of {before}</source>
        <translation>
            <numerusform>%n item recommended · discount {discount} · valid until {day} · total {total} instead of {before}</numerusform>
            <numerusform>%n items recommended · discount {discount} · valid until {day} · total {total} instead of {before}</numerusform>
        </translation>
    </message>
    <message>
        <source>The price list template has a problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail to {to} opened in your mail program with {path} attached; logged as an e-mail touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}; logged as a price-list touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call planned for {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the price list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
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
        <source>Unknown kind “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown purpose “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier&apos;s own template needs a purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fax or pager number cannot be the preferred contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a phone can be a fax or a pager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension “{value}” must be digits only (up to {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a phone number has an extension.</source>
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
        <source>Give the item a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is at most {n} characters, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another item already has the code “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an amount; type it like 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has misplaced thousands separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has more than one decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has more than {n} digits after the point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warranty must be between 0 and {n} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a price or a discount, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog item has the code “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale holds at most {n} lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot go with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown interval unit “{unit}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry delay must be 0-60 working days and the limit 0-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowed slip must be 0-60 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount must be between 0 and 90 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subdivision}” is not a region of {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown day of the week “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of day “{kind}”.</source>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
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
        <source>since the last attempt {day}</source>
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
        <source>Rescheduled at the client&apos;s request from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback to {channel} after {attempts} attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greeted the working day before the birthday, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched from {old} to {channel}: {old} full on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting keeps its day, {day}, despite the gap from {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over: {channel} full on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over from {name}</source>
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
        <source>moved from {day} to keep the gap from {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overbooked: {channel} capacity {capacity} is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The workbook “{file}” is damaged or truncated and cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook “{file}” is damaged or truncated and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of “{file}” is longer than {limit_mb} MB; it is not a client list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of “{file}” cannot be read; a quote may be left open. Check the file in a spreadsheet and save it again as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” claims to be UTF-16 text but is not valid UTF-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of “{file}” cannot be decoded as {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is not a Contact Planner report: {why}. Only workbooks exported with “Export report…” can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{file}” cannot be read: it may be open in another program, or you may not have the right to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{file}” is {size_mb} MB; files over {limit_mb} MB are not imported. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is not a text file (CSV or vCard) and not an Excel workbook: it holds binary data or an unknown encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” holds no vCard (no BEGIN:VCARD line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel import is disabled: the XML parser is not protected. Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is an old Excel .xls workbook or a password-protected one. Save it as .xlsx (without a password) or as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook “{file}” is encrypted; remove the password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part {part} of the workbook “{file}” expands to {size_mb} MB from {packed_kb} KB; this looks like a zip bomb and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook “{file}” would expand to {size_mb} MB (the limit is {limit_mb} MB); this looks like a zip bomb and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part {part} of the workbook “{file}” would expand to {size_mb} MB (the limit is {limit_mb} MB); a workbook of clients is never that large. Save the sheet as CSV or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook “{file}” has more than {limit} parts; this looks like a zip bomb and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook “{file}” holds a text longer than {limit} characters (the most one Excel cell can hold) in {part}; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook “{file}” contains an XML document type declaration, which Excel never writes; it may be an XML bomb and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook “{file}” has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was recognised in the first 20 rows of “{file}”; choose the columns by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of “{file}” gives the clients&apos; names (name, first or last name, or company); choose one in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved column mapping is not valid ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one report to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an old Excel .xls workbook or a password-protected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no report marker sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its report marker is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is already a team workbook; merge the salespeople&apos;s own reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its currency “{currency}” is not a three-letter currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sheet “{sheet}” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its continuation sheet “{sheet}” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sheet “{sheet}” is a chart, not a sheet of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “{column}” of its sheet “{sheet}” was moved (it is column {position}, it was written as column {written}); merge the report as it was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column was inserted into its sheet “{sheet}” (columns now: {columns}, when exported: {written}); merge the report as it was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column was deleted from its sheet “{sheet}” (columns now: {columns}, when exported: {written}); merge the report as it was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a team book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team book has no salespeople yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these clients are not yours to hand over; nothing was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the book&apos;s tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no e-mail address they agreed to be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged or not a Contact Planner book; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book fails its integrity check; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Contact Planner book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book file is damaged and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was written by a newer version of the app; update the app to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team book cannot be reached. Check the network and the address, or ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot open team books; reinstall it with team support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book could not be upgraded to this version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedEditor</name>
    <message>
        <source>What a client who bought this item will need next. Price lists and call scripts recommend these first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
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
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 4: the clients are imported, then you see what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… You can cancel: nothing is written until the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to change the file, the columns or the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be imported. Fix them in the file, or go back and choose “Import the valid rows”.</source>
        <translation>
            <numerusform>Nothing was imported: %n row cannot be imported. Fix it in the file, or go back and choose “Import the valid rows”.</numerusform>
            <numerusform>Nothing was imported: %n rows cannot be imported. Fix them in the file, or go back and choose “Import the valid rows”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s) imported</source>
        <translation>
            <numerusform>%n new client imported</numerusform>
            <numerusform>%n new clients imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n row refused</numerusform>
            <numerusform>%n rows refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unverified number(s) kept as typed (Book: Unverified numbers)</source>
        <translation>
            <numerusform>%n unverified number kept as typed (Book: Unverified numbers)</numerusform>
            <numerusform>%n unverified numbers kept as typed (Book: Unverified numbers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones without a country code were read as {region} numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Record a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: order number, what was agreed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty: add items in Catalog before recording sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the client&apos;s tier price. Type a price to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client who bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesActions</name>
    <message>
        <source>Sale recorded for {client}: {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n after-sale touch(es) planned.</source>
        <translation>
            <numerusform>%n after-sale touch planned.</numerusform>
            <numerusform>%n after-sale touches planned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For which client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) moved to their suggested tier.</source>
        <translation>
            <numerusform>%n client moved to their suggested tier.</numerusform>
            <numerusform>%n clients moved to their suggested tier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesView</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the newest {n}; choose a shorter period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptEditorView</name>
    <message>
        <source>Call scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared skeleton (all purposes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to insert a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this template (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default template (not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call script saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget your version of this template and use the default one again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptTexts</name>
    <message>
        <source>not allowed in templates: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no template {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no script for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template calls itself too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s full name as in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first word of the name (for a friendly greeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to address the client, e.g. Dear Anna, (their own, else their language&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s company, or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier code: A, B, C or D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier name, e.g. Key, Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday as a date (year may be 1900 if unknown), or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the client was added to the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything the client has bought, as money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the client is silent well past their usual interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of the client&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your notes on the client, or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of contact points: channel, value, label, preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preferred phone number, or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preferred e-mail address, or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last done touches, newest first: day, channel, purpose, outcome, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest done touch (same fields), or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last sales, newest first: day, total, items (name, quantity, unit, amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest sale (same fields), or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items to offer: name, code, benefits, price, your_price, related_to, kind, reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your company (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your phone (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your e-mail (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why you contact the client now, e.g. check-in, win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call, meeting, email… (nothing in a preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the touch is planned for (nothing in a preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s discount as text, e.g. 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many days an offer is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day an offer made today expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script&apos;s language: en, ru or pl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: a date in the script&apos;s language, e.g. {{ today|day }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: minor units as money, e.g. {{ 12345|money }}</source>
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
</context>
<context>
    <name>SettingsOps</name>
    <message>
        <source>Saving settings and re-planning the book…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBook</name>
    <message>
        <source>Contact Planner — team book {book} on {host} ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team book {book} on {host}, signed in as {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team book {book} on {host} ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the team&apos;s workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s workbook is saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the team&apos;s workbook…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
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
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team, live from the team book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end} (today {today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierPriceEditor</name>
    <message>
        <source>Each tier pays the list price unless you give it its own price or a discount (in %) off the list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price or discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierSuggestions</name>
    <message>
        <source>bought on {n} days in the last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought on {n} days, not regularly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purchases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value in the top 20 % of buyers, bought more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierSuggestionsDialog</name>
    <message>
        <source>Suggested tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These clients buy like another tier: more often or more than their tier expects, or less. Accepting moves them and re-plans their touches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) would fit another tier.</source>
        <translation>
            <numerusform>%n client would fit another tier.</numerusform>
            <numerusform>%n clients would fit another tier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client&apos;s tier fits how they buy.</source>
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
        <source>Today could not be loaded. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Log {outcome} for {client}</source>
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
    <name>Undo</name>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
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
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pager</source>
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
    <message>
        <source>Consumable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
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
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {region} numbers; public holidays: {country}. Change them in Settings.</source>
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
        <source>Today&apos;s backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: {problem}</source>
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
        <source>Alt+4 / Alt+5 / Alt+6 — Sales, Catalog, Call scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S — record a sale; Ctrl+Shift+P — price list for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E — export the report for your manager</source>
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
