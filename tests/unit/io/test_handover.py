"""Exports on the worker read rows in blocks and write through big buffers, so that their
GIL releases are rare enough for the UI thread's wait to run out (`planner.io.handover`;
the heartbeat test in tests/ui measures the effect)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event, text

from planner.io.handover import FILE_BUFFER, in_blocks
from planner.io.ical_format import PRODID, previous_sequences
from planner.io.sheets import Column, Formats, SheetWriter, new_workbook


def test_rows_come_in_blocks_and_all_in_order() -> None:
    engine = create_engine("sqlite://")
    stepped: list[int] = []

    @event.listens_for(engine, "connect")
    def _tick(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.create_function("tick", 1, lambda v: stepped.append(v) or v)

    with engine.connect() as conn:
        conn.execute(text("CREATE TABLE t (v INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (:v)"), [{"v": v} for v in range(23)])
        rows = in_blocks(conn.execute(text("SELECT tick(v) FROM t")), size=10)
        first = next(rows)
        # the first block was stepped through in one fetch (the driver steps one row ahead)
        assert 10 <= len(stepped) <= 11
        assert [first[0], *(r[0] for r in rows)] == list(range(23))


def test_a_report_sheet_writes_its_row_file_once_per_mebibyte(tmp_path: Path) -> None:
    workbook = new_workbook(tmp_path / "r.xlsx")
    writer = SheetWriter(
        workbook,
        Formats(workbook),
        "Rows",
        [Column("name", "text"), Column("n", "int")],
        ["a", "b"],
    )
    for n in range(2000):  # ~100 KiB of row XML: far over 8 KiB, under the buffer
        writer.row([f"client number {n}", n])
    row_file = Path(writer.sheet.row_data_filename)
    assert row_file.stat().st_size == 0  # nothing written to the file yet
    writer.finish()
    workbook.close()
    assert (tmp_path / "r.xlsx").stat().st_size > 0


def test_an_earlier_export_is_read_back_through_the_big_buffer(tmp_path: Path) -> None:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID}"]
    for n in range(3000):  # more than one buffer's worth of events
        lines += ["BEGIN:VEVENT", f"UID:touch-{n}@x", f"SEQUENCE:{n % 7}"]
        lines += [f"X-CONTACT-PLANNER-HASH:{n:016x}", " " + "x" * 300, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path = tmp_path / "plan.ics"
    path.write_bytes("\r\n".join(lines).encode() + b"\r\n")
    assert path.stat().st_size > FILE_BUFFER
    found = previous_sequences(path)
    assert len(found) == 3000
    assert found.get("touch-2999@x", "") == (2999 % 7, f"{2999:016x}" + "x" * 300)
