"""Contact exports as Google Contacts and Outlook (desktop and web) write them to CSV."""

from __future__ import annotations

from pathlib import Path

from planner_io_helpers import clients, csv_text, problems, read_all

from planner.io.reader import read_clients
from planner.io.records import ImportedContact


def columns(text: str) -> list[str]:
    return text.split(",")


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "c.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


GOOGLE_OLD = columns(
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
    "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,"
    "Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,"
    "Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,"
    "Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,"
    "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,"
    "Address 1 - Formatted,Organization 1 - Type,Organization 1 - Name,"
    "Organization 1 - Yomi Name,Organization 1 - Title,Website 1 - Type,Website 1 - Value"
)


def test_google_contacts_old_export(tmp_path: Path) -> None:
    rows = [
        {
            "Name": "Jan Kowalski",
            "Given Name": "Jan",
            "Family Name": "Kowalski",
            "Given Name Yomi": "ヤン",
            "Birthday": "1985-04-12",
            "Notes": "Met at the fair",
            "Group Membership": "* myContacts ::: Klienci VIP",
            "E-mail 1 - Type": "* Work",
            "E-mail 1 - Value": "jan@firma.pl",
            "Phone 1 - Type": "Mobile",
            "Phone 1 - Value": "+48 601 234 567 ::: +48 602 345 678",
            "Phone 2 - Type": "Work",
            "Phone 2 - Value": "22 123 45 67",
            "Organization 1 - Name": "ACME sp. z o.o.",
            "Organization 1 - Title": "CEO",
        },
        {"Given Name": "Anna", "Family Name": "Nowak", "Birthday": "--12-24"},
    ]
    items = read_all(write(tmp_path, csv_text(GOOGLE_OLD, rows), name="google.csv"))
    assert problems(items) == []
    jan, anna = clients(items)
    assert (jan.name, jan.company, jan.birthday) == (
        "Jan Kowalski",
        "ACME sp. z o.o.",
        (1985, 4, 12),
    )
    assert jan.contacts == (
        ImportedContact("email", "jan@firma.pl", "work", preferred=True),
        ImportedContact("call", "+48601234567", "mobile"),
        ImportedContact("call", "+48602345678", "mobile"),
        ImportedContact("call", "+48221234567", "work"),
    )
    assert jan.tags == ("Klienci VIP",)
    assert jan.notes == "Met at the fair"
    assert (anna.name, anna.birthday) == ("Anna Nowak", (None, 12, 24))


GOOGLE_NEW = columns(
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,"
    "Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,"
    "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
    "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Website 1 - Label,Website 1 - Value"
)


def test_google_contacts_new_export(tmp_path: Path) -> None:
    rows = [
        {
            "First Name": "Мария",
            "Middle Name": "Петровна",
            "Last Name": "Соколова",
            "Phonetic First Name": "Maria",
            "Organization Name": "ООО Север",
            "Birthday": "--04-12",
            "Labels": "Клиенты ::: * starred ::: * myContacts",
            "E-mail 1 - Label": "Home",
            "E-mail 1 - Value": "maria@example.ru",
            "Phone 1 - Label": "Mobile",
            "Phone 1 - Value": "+7 916 123-45-67",
            "Address 1 - City": "Москва",
        }
    ]
    items = read_all(write(tmp_path, csv_text(GOOGLE_NEW, rows), name="contacts.csv"))
    (client,) = clients(items)
    assert client.name == "Мария Петровна Соколова"
    assert client.company == "ООО Север"
    assert client.birthday == (None, 4, 12)
    assert client.tags == ("Клиенты", "starred")
    assert client.contacts == (
        ImportedContact("email", "maria@example.ru", "home"),
        ImportedContact("call", "+79161234567", "mobile"),
    )


OUTLOOK_DESKTOP = columns(
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business City,Business Postal Code,Business Country/Region,"
    "Home Street,Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,"
    "Car Phone,Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,"
    "Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,"
    "Anniversary,Assistant's Name,Billing Information,Birthday,Business Address PO Box,"
    "Categories,Children,Directory Server,E-mail Address,E-mail Type,E-mail Display Name,"
    "E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,"
    "E-mail 3 Display Name,Gender,Government ID Number,Hobby,Initials,Internet Free Busy,"
    "Keywords,Language,Location,Manager's Name,Mileage,Notes,Office Location,"
    "Organizational ID Number,Priority,Private,Profession,Referred By,Sensitivity,Spouse,"
    "User 1,User 2,User 3,User 4,Web Page"
)


def test_outlook_desktop_export(tmp_path: Path) -> None:
    rows = [
        {
            "Title": "Mr.",
            "First Name": "John",
            "Last Name": "Smith",
            "Company": "Contoso",
            "Job Title": "Buyer",
            "Business Phone": "(425) 555-0100",
            "Business Fax": "(425) 555-0199",
            "Mobile Phone": "+1 425 555 0101",
            "Primary Phone": "+1 425 555 0102",
            "Assistant's Name": "Mary",
            "Birthday": "4/12/1985",
            "Categories": "VIP;Wholesale",
            "E-mail Address": "john@contoso.com",
            "E-mail Type": "SMTP",
            "E-mail Display Name": "John Smith (john@contoso.com)",
            "Notes": "Prefers mornings",
            "Spouse": "Jane",
        },
        {"First Name": "Kate", "Birthday": "0/0/00", "Priority": "Normal", "Sensitivity": "Normal"},
    ]
    path = write(tmp_path, csv_text(OUTLOOK_DESKTOP, rows), "cp1252", name="outlook.csv")
    with read_clients(path, default_region="US") as source:
        assert source.mapping is not None
        assert source.mapping.month_first
        items = list(source)
    assert [p.code for p in problems(items)] == ["fax-kept"]  # "Business Fax": kept, not called
    john, kate = clients(items)
    assert (john.name, john.company, john.birthday) == ("John Smith", "Contoso", (1985, 4, 12))
    contacts = set(john.contacts)
    assert contacts == {
        ImportedContact("call", "+14255550100", "work"),
        ImportedContact("call", "+14255550101", "mobile"),
        ImportedContact("call", "+14255550102", None, preferred=True),
        ImportedContact("call", "+14255550199", "work", kind="fax"),
        ImportedContact("email", "john@contoso.com"),
    }
    assert john.tags == ("VIP", "Wholesale")
    assert (kate.name, kate.birthday) == ("Kate", None)


OUTLOOK_WEB = columns(
    "First name,Middle name,Last name,Title,Suffix,Nickname,Given yomi,Surname yomi,"
    "E-mail address,E-mail 2 address,E-mail 3 address,Home phone,Home phone 2,"
    "Business phone,Business phone 2,Mobile phone,Car phone,Other phone,Primary phone,"
    "Pager,Business fax,Home fax,Other fax,Company main phone,Callback,Radio phone,Telex,"
    "TTY/TDD phone,IMAddress,Job title,Department,Company,Office location,Manager's name,"
    "Assistant's name,Assistant's phone,Company yomi,Business street,Business city,"
    "Business state,Business postal code,Business country/region,Home street,Home city,"
    "Home state,Home postal code,Home country/region,Personal web page,Spouse,Schools,"
    "Hobby,Location,Web page,Birthday,Anniversary,Notes"
)


def test_outlook_web_export_with_day_first_dates(tmp_path: Path) -> None:
    rows = [
        {
            "First name": "Piotr",
            "Last name": "Wiśniewski",
            "E-mail address": "piotr@firma.pl",
            "E-mail 2 address": "piotr.w@gmail.com",
            "Mobile phone": "+48 601 234 567",
            "Business fax": "22 111 22 33",
            "Company": "Wiśniewski i Syn",
            "Company yomi": "x",
            "Birthday": "25/12/1979",
        },
        {"First name": "Ewa", "Last name": "Kot", "Birthday": "04/05/1990"},
    ]
    path = write(tmp_path, csv_text(OUTLOOK_WEB, rows), "utf-8-sig", name="outlook-web.csv")
    with read_clients(path, default_region="US") as source:
        assert source.mapping is not None
        assert not source.mapping.month_first
        items = list(source)
    piotr, ewa = clients(items)
    assert piotr.name == "Piotr Wiśniewski"
    assert piotr.company == "Wiśniewski i Syn"
    assert [(c.value, c.kind, c.unverified) for c in piotr.contacts] == [
        ("piotr@firma.pl", "voice", False),
        ("piotr.w@gmail.com", "voice", False),
        ("+48601234567", "voice", False),
        ("22 111 22 33", "fax", True),  # a local number read with region US: kept as typed
    ]
    assert piotr.birthday == (1979, 12, 25)
    assert ewa.birthday == (1990, 5, 4)
