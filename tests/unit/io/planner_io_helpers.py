"""Helpers for the import tests: every fixture file is built by the test, in tmp_path."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from planner.io.reader import iter_clients
from planner.io.records import ImportedClient, RowProblem

Item = ImportedClient | RowProblem

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

BILLION_LAUGHS_DTD = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">' for i in range(1, 10)
    )
    + "]>"
)


def read_all(path: Path, **options: object) -> list[Item]:
    """Everything a file yields, in order."""
    return list(iter_clients(path, **options))  # type: ignore[arg-type]


def clients(items: Sequence[Item]) -> list[ImportedClient]:
    return [item for item in items if isinstance(item, ImportedClient)]


def problems(items: Sequence[Item]) -> list[RowProblem]:
    return [item for item in items if isinstance(item, RowProblem)]


def csv_text(headers: Sequence[str], rows: Sequence[dict[str, str]], delimiter: str = ",") -> str:
    """A CSV document with `headers`, each row given only by the columns it fills."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        unknown = set(row) - set(headers)
        assert not unknown, unknown
        writer.writerow([row.get(h, "") for h in headers])
    return out.getvalue()


def minimal_parts(shared_strings: str | None = None, sheet: str | None = None) -> dict[str, bytes]:
    """A hand-made workbook (Name, Phone / Jan Kowalski, 48601234567) as zip parts."""
    strings = shared_strings or (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}" count="3" uniqueCount="3">'
        "<si><t>Name</t></si><si><t>Phone</t></si><si><t>Jan Kowalski</t></si></sst>"
    )
    sheet_xml = sheet or (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>48601234567</v></c></row>'
        "</sheetData></worksheet>"
    )
    return {
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{CT_NS}">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{SHEET_CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" '
            f'ContentType="{SHEET_CT}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" '
            f'ContentType="{SHEET_CT}.sharedStrings+xml"/></Types>'
        ).encode(),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL_NS}">'
            f'<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ).encode(),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" '
            f'xmlns:r="{DOC_REL}"><sheets><sheet name="Clients" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL_NS}">'
            f'<Relationship Id="rId1" Type="{DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ).encode(),
        "xl/worksheets/sheet1.xml": sheet_xml.encode(),
        "xl/sharedStrings.xml": strings.encode(),
    }
