"""vCard 2.1, 3.0 and 4.0 as phones, Google, Apple and Outlook write them."""

from __future__ import annotations

from pathlib import Path

import pytest
from planner_io_helpers import clients, problems, read_all

from planner.io.reader import read_clients
from planner.io.records import ImportedContact, ImportRefused


def qp(text: str, charset: str = "utf-8", width: int = 30) -> str:
    """Quoted-printable of every byte, with soft line breaks ("=" at the end of a line)."""
    encoded = "".join(
        f"={byte:02X}" if byte > 0x7E or byte == 0x3D else chr(byte)
        for byte in text.encode(charset)
    )
    lines, line = [], ""
    for token in _qp_tokens(encoded):
        if len(line) + len(token) > width:
            lines.append(line + "=")
            line = ""
        line += token
    return "\r\n".join([*lines, line])


def _qp_tokens(encoded: str) -> list[str]:
    tokens, index = [], 0
    while index < len(encoded):
        step = 3 if encoded[index] == "=" else 1
        tokens.append(encoded[index : index + step])
        index += step
    return tokens


def write(tmp_path: Path, data: bytes | str, name: str = "contacts.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_vcard_21_quoted_printable_soft_breaks_and_charsets(tmp_path: Path) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Иванов;Иван;Петрович;;')}\r\n"
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Иван Петрович Иванов')}\r\n"
        "TEL;CELL;PREF:+7 916 123-45-67\r\n"
        "TEL;WORK;VOICE:8 495 123-45-67\r\n"
        "TEL;FAX:8 495 123-45-68\r\n"
        "EMAIL;INTERNET:ivan@mail.ru\r\n"
        f"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1251:"
        f"{qp('Звонить после обеда, спросить о поставке', 'cp1251')}\r\n"
        "BDAY:19850412\r\n"
        "END:VCARD\r\n"
    ).encode("ascii")
    org = "ORG;CHARSET=windows-1251:ООО «Ромашка»\r\n".encode("cp1251")  # 8-bit, no QP
    data = card.replace(b"BDAY", org + b"BDAY")
    assert b"=\r\n" in data  # the test really has soft line breaks
    items = read_all(write(tmp_path, data), default_region="RU")
    assert [p.code for p in problems(items)] == ["fax-kept"]
    (client,) = clients(items)
    assert client.row == 1
    assert client.name == "Иван Петрович Иванов"
    assert client.company == "ООО «Ромашка»"
    assert client.contacts == (
        ImportedContact("call", "+79161234567", "mobile", preferred=True),
        ImportedContact("call", "+74951234567", "work"),
        ImportedContact("call", "+74951234568", kind="fax"),
        ImportedContact("email", "ivan@mail.ru"),
    )
    assert client.notes == "Звонить после обеда, спросить о поставке"
    assert client.birthday == (1985, 4, 12)


def test_vcard_21_polish_android_export(tmp_path: Path) -> None:
    data = (
        "BEGIN:VCARD\nVERSION:2.1\n"
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Żółw;Paweł;;;', width=20)}\n"
        "TEL;CELL:601234567\nEND:VCARD\n"
    )
    (client,) = clients(read_all(write(tmp_path, data)))
    assert client.name == "Paweł Żółw"  # no FN: N gives given + family


def test_vcard_30_folded_lines(tmp_path: Path) -> None:
    name = "Małgorzata Kowalczyk-Wiśniewska".encode()
    cut = name.index("ś".encode()) + 1  # fold inside the two bytes of "ś", as RFC 6350 allows
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\n"
        b"FN:" + name[:cut] + b"\r\n " + name[cut:] + b"\r\n"
        b"N:Kowalczyk-Wi\xc5\x9bniewska;Ma\xc5\x82gorzata;;;\r\n"
        b"ORG:Firma Handlowa\\, s.c.;Dzia\xc5\x82 sprzeda\xc5\xbcy\r\n"
        b"TEL;TYPE=CELL,VOICE:+48 601 234 567\r\n"
        b"TEL;type=WORK;type=pref:22 123 45 67\r\n"
        b"EMAIL;TYPE=INTERNET,HOME:malgosia@\r\n example.pl\r\n"
        b"NOTE:Pierwsza linia\\nDruga linia\\, z przecinkiem\r\n"
        b"CATEGORIES:VIP,Hurt\r\n"
        b"item1.TEL:+48 602 345 678\r\n"
        b"item1.X-ABLabel:_$!<Mobile>!$_\r\n"
        b"item2.TEL:+48 603 456 789\r\n"
        b"item2.X-ABLabel:Magazyn\r\n"
        b"X-SOCIALPROFILE;type=telegram;x-user=malgosia_k:https://t.me/malgosia_k\r\n"
        b"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
        b" /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIx\r\n"
        b"BDAY:1985-04-12\r\n"
        b"END:VCARD\r\n"
    )
    items = read_all(write(tmp_path, data))
    assert problems(items) == []
    (client,) = clients(items)
    assert client.name == "Małgorzata Kowalczyk-Wiśniewska"
    assert client.company == "Firma Handlowa, s.c."
    assert client.contacts == (
        ImportedContact("call", "+48601234567", "mobile"),
        ImportedContact("call", "+48221234567", "work", preferred=True),
        ImportedContact("email", "malgosia@example.pl", "home"),
        ImportedContact("call", "+48602345678", "mobile"),
        ImportedContact("call", "+48603456789", "Magazyn"),
        ImportedContact("telegram", "@malgosia_k"),
    )
    assert client.notes == "Pierwsza linia\nDruga linia, z przecinkiem"
    assert client.tags == ("VIP", "Hurt")
    assert client.birthday == (1985, 4, 12)


def test_vcard_40_pref_and_birthday_without_year(tmp_path: Path) -> None:
    data = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Anna Nowak\nN:Nowak;Anna;;;\n"
        'TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+48-601-234-567\n'
        "TEL;VALUE=uri;TYPE=work:tel:+48-22-123-45-67;ext=12\n"
        "EMAIL;PREF=1:anna@firma.pl\nEMAIL;TYPE=home;PREF=2:anna@example.pl\n"
        "IMPP;PREF=1:xmpp:anna@jabber.org\n"
        "IMPP:tg://resolve?domain=anna_nowak\n"
        "BDAY:--0412\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ola\nBDAY:--04-13\n"
        "IMPP;X-SERVICE-TYPE=Telegram;type=pref:x-apple:ola_telegram\n"
        "X-WHATSAPP:+48 604 567 890\nEND:VCARD\n"
    )
    items = read_all(write(tmp_path, data))
    assert [(p.code, p.args) for p in problems(items)] == [
        ("extension-kept", (("phone", "+48221234567"), ("extension", "12")))
    ]
    anna, ola = clients(items)
    assert anna.notes is None
    assert anna.contacts == (
        ImportedContact("call", "+48601234567", "mobile", preferred=True),
        ImportedContact("call", "+48221234567", "work", extension="12"),
        ImportedContact("email", "anna@firma.pl", preferred=True),
        ImportedContact("email", "anna@example.pl", "home"),
        ImportedContact("telegram", "@anna_nowak"),
    )
    assert anna.birthday == (None, 4, 12)
    assert (ola.row, ola.birthday) == (2, (None, 4, 13))
    assert ola.contacts == (
        ImportedContact("telegram", "@ola_telegram", preferred=True),
        ImportedContact("whatsapp", "+48604567890"),
    )


def test_nested_agent_card_and_missing_end(tmp_path: Path) -> None:
    data = (
        "BEGIN:VCARD\nVERSION:2.1\nFN:Jan Kowalski\n"
        "AGENT:BEGIN:VCARD\nFN:Sekretarka\nTEL:+48 600 000 001\nEND:VCARD\n"
        "EMAIL:jan@firma.pl\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ostatni\nTEL:601234567\n"  # the file was cut here
    )
    jan, last = clients(read_all(write(tmp_path, data)))
    assert jan.name == "Jan Kowalski"
    assert jan.contacts == (ImportedContact("email", "jan@firma.pl"),)
    assert (last.row, last.name) == (2, "Ostatni")


def test_card_problems_use_the_card_number(tmp_path: Path) -> None:
    data = (
        "BEGIN:VCARD\nVERSION:3.0\nTEL:601234567\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jan\nEMAIL:jan@@firma\nBDAY:circa 1800\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\n"
    )
    items = read_all(write(tmp_path, data))
    assert [(p.row, p.code) for p in problems(items)] == [
        (1, "named-from"),
        (2, "bad-email"),
        (2, "bad-birthday"),
        (3, "missing-name"),  # an empty card is accounted for too
        (4, "missing-name"),
    ]
    assert [c.row for c in clients(items)] == [1, 2]


def test_apple_no_year_and_content_detection(tmp_path: Path) -> None:
    data = "\ufeff\r\nbegin:vcard\r\nversion:3.0\r\nfn:Ewa\r\nbday:1604-12-24\r\nend:vcard\r\n"
    path = write(tmp_path, data, name="export.txt")
    with read_clients(path) as source:
        assert (source.format, source.headers, source.mapping) == ("vcard", None, None)
        (client,) = clients(list(source))
    assert client.birthday == (None, 12, 24)


def test_vcf_without_cards_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        read_all(write(tmp_path, "Name,Phone\nJan,601234567\n"))
    assert refused.value.code == "no-vcard"


def test_hostile_charset_falls_back(tmp_path: Path) -> None:
    data = (
        "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=rot13:Jan\nNOTE;CHARSET=undefined:x\n"
        "ORG;CHARSET=base64:QUNNRQ==\nEND:VCARD\n"
    )
    (client,) = clients(read_all(write(tmp_path, data)))
    assert (client.name, client.notes, client.company) == ("Jan", "x", "QUNNRQ==")


def test_huge_photo_is_cut_not_kept(tmp_path: Path) -> None:
    photo = "A" * 3_000_000
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\n"
        f"X-UNFOLDED-JUNK:{photo}\r\n"
        "TEL:601234567\r\nEND:VCARD\r\n"
    )
    (client,) = clients(read_all(write(tmp_path, data)))
    assert client.contacts == (ImportedContact("call", "+48601234567"),)


def test_vcard_has_no_mapping(tmp_path: Path) -> None:
    from planner.io.mapping import Mapping

    path = write(tmp_path, "BEGIN:VCARD\nFN:Jan\nEND:VCARD\n")
    with read_clients(path, format="vcard") as source:
        with pytest.raises(ValueError, match="vCard"):
            source.set_mapping(Mapping(name=0))
        assert len(list(source)) == 1
        assert source.progress == 1.0


def test_other_social_profiles_are_left_alone(tmp_path: Path) -> None:
    data = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jan\n"
        "X-SOCIALPROFILE;type=linkedin:https://linkedin.com/in/viberto\n"
        "IMPP:skype:jan.telegram\nIMPP;X-SERVICE-TYPE=WhatsApp:x-apple:+48601234567\n"
        "X-SOCIALPROFILE;type=telegram:https://t.me/jan_k\nEND:VCARD\n"
    )
    items = read_all(write(tmp_path, data))
    assert problems(items) == []
    assert clients(items)[0].contacts == (
        ImportedContact("whatsapp", "+48601234567"),
        ImportedContact("telegram", "@jan_k"),
    )
