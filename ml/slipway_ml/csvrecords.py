"""CSV records from bytes, by the rules validate-data's reader follows (actions/validate-data,
src/reading/csv-parser.ts and csv-record.ts), proved equal by the shared vectors in
schemas/vectors/data:

- UTF-8, strictly; a BOM at the start is skipped; a NUL byte means a binary file.
- A record ends at LF; a CR outside quotes is dropped (so CRLF ends a line too). An empty line
  (a CR aside) is no record; a line of spaces is a record of one field.
- RFC 4180 quoting: a quote opens a quoted field only at the field's start; inside, a doubled
  quote is one quote and delimiters and newlines are data. Lines are physical: a newline inside
  quotes counts.
- Limits, so no file can exhaust memory or time: see LIMITS.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from slipway_ml.errors import InputError

BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class ReadLimits:
    """The readers' limits (the same in validate-data: src/reading/csv-parser.ts READ_LIMITS)."""

    record_bytes: int = 1024 * 1024
    header_bytes: int = 256 * 1024
    fields: int = 10_000
    columns: int = 10_000


LIMITS = ReadLimits()


class DataFileError(InputError):
    """Bad data: `check` is validate-data's check id for the same problem."""

    def __init__(
        self,
        check: str,
        where: str,
        what: str,
        fix: str,
        *,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(where, what, fix)
        self.check = check
        self.line_number = line
        self.column = column


@dataclass
class Record:
    line: int
    fields: list[str]


def read_records(
    file: Path, delimiter: str, header: bool, limits: ReadLimits = LIMITS
) -> Iterator[Record]:
    """The file's records in order; raises DataFileError on the first unreadable one."""
    if len(delimiter.encode()) != 1:
        raise InputError(str(file), f"format.delimiter {delimiter!r}", "use one 1-byte character")
    with file.open("rb") as handle:
        yield from _Reader(file, handle, delimiter, header, limits).records()


class _Reader:
    def __init__(
        self, file: Path, handle: BinaryIO, delimiter: str, header: bool, limits: ReadLimits
    ) -> None:
        self.file = file
        self.handle = handle
        self.delimiter = delimiter
        self.limits = limits
        self.want_header = header
        self.offset = 0
        self.line = 1

    def records(self) -> Iterator[Record]:
        first = True
        while True:
            limit = self._record_limit()
            raw = self.handle.readline(limit + 1)
            if not raw:
                return
            if first:
                first = False
                if raw.startswith(BOM):
                    raw = raw[3:]
                    self.offset += 3
            start = self.line
            text = self._decode(raw, start, limit)
            body = text[:-1] if text.endswith("\n") else text
            if body.endswith("\r") and text.endswith("\n"):
                body = body[:-1]
            if '"' in body or "\r" in body:
                fields = self._quoted(text, start, len(raw), limit)
            else:
                self.line += 1
                fields = None if body == "" else body.split(self.delimiter)
            if fields is None:
                continue
            self._check_fields(fields, start)
            self.want_header = False
            yield Record(start, fields)

    def _record_limit(self) -> int:
        return self.limits.header_bytes if self.want_header else self.limits.record_bytes

    def _decode(self, raw: bytes, line: int, limit: int) -> str:
        """The bytes as text; limit: what the record may still hold."""
        nul = raw.find(b"\0")
        if nul >= 0:
            raise self._error(
                "encoding",
                f"byte {self.offset + nul}",
                f"a NUL byte at byte {self.offset + nul}: this is a binary file, not CSV text",
                "give the CSV file",
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if len(raw) > limit and exc.start >= len(raw) - 3:
                raise self._too_long(line) from None  # a character cut by the limit
            raise self._error(
                "encoding",
                f"byte {self.offset + exc.start}",
                f"byte {self.offset + exc.start} is not valid UTF-8",
                "save the file as UTF-8",
            ) from None
        if len(raw) > limit:
            raise self._too_long(line)
        self.offset += len(raw)
        return text

    def _quoted(self, text: str, start: int, size: int, limit: int) -> list[str] | None:
        """Parses a record holding quotes or CRs, reading on while a quoted field is open."""
        parser = _QuotedRecord(self.delimiter)
        while True:
            done = parser.feed(text)
            self.line += text.count("\n")
            if done or not text.endswith("\n"):
                break
            raw = self.handle.readline(limit + 1 - size)
            if not raw:
                break
            size += len(raw)
            text = self._decode(raw, start, limit - (size - len(raw)))
        if not parser.closed:
            raise self._error(
                "unclosed-quote",
                f"line {start}",
                "a quoted field is never closed",
                "add the closing '\"'",
                line=start,
            )
        return parser.result()

    def _check_fields(self, fields: list[str], line: int) -> None:
        if self.want_header and len(fields) > self.limits.columns:
            raise self._error(
                "too-many-columns",
                f"line {line} (header)",
                f"{len(fields)} columns, more than the limit of {self.limits.columns}",
                "keep the columns the contract needs (is this a CSV file with a header line?)",
                line=line,
            )
        if len(fields) > self.limits.fields:
            raise self._error(
                "too-many-fields",
                f"line {line}",
                f"{len(fields)} fields, more than the limit of {self.limits.fields}",
                "check the delimiter (format.delimiter) and the quoting of this line",
                line=line,
            )

    def _too_long(self, line: int) -> DataFileError:
        limit = self._record_limit()
        if self.want_header:
            return self._error(
                "header-too-long",
                f"line {line} (header)",
                f"the header line is longer than the limit of {limit} bytes",
                "shorten the column names or drop columns (is this a CSV file?)",
                line=line,
            )
        return self._error(
            "record-too-long",
            f"line {line}",
            f"the record starting here is longer than the limit of {limit} bytes"
            " (a line, or lines joined by a quoted field)",
            "look for a quote that is never closed, or shorten the values"
            " (is this a CSV file with line breaks?)",
            line=line,
        )

    def _error(
        self, check: str, where: str, what: str, fix: str, *, line: int | None = None
    ) -> DataFileError:
        return DataFileError(check, f"{self.file}: {where}", what, fix, line=line)


class _QuotedRecord:
    """One record parsed character by character (csv-record.ts's parseQuotedRecord)."""

    def __init__(self, delimiter: str) -> None:
        self.delimiter = delimiter
        self.fields: list[str] = []
        self.parts: list[str] = []
        self.field_started = False
        self.quoted = False
        self.in_quotes = False
        self.closed = True
        self.ended = False

    def feed(self, text: str) -> bool:
        """Adds a line (its LF included); True once the record has ended."""
        i = 0
        n = len(text)
        while i < n:
            if self.in_quotes:
                quote = text.find('"', i)
                if quote < 0:
                    self.parts.append(text[i:])
                    self.closed = False
                    return False
                if quote + 1 < n and text[quote + 1] == '"':
                    self.parts.append(text[i : quote + 1])
                    i = quote + 2
                    continue
                self.parts.append(text[i:quote])
                self.in_quotes = False
                self.closed = True
                i = quote + 1
                continue
            char = text[i]
            if char == '"' and not self.field_started:
                self.quoted = True
                self.in_quotes = True
                self.field_started = True
                self.closed = False
            elif char == self.delimiter:
                self._end_field()
            elif char == "\n":
                self.ended = True
                return True
            elif char != "\r":
                self.parts.append(char)
                self.field_started = True
            i += 1
        return False

    def _end_field(self) -> None:
        self.fields.append("".join(self.parts))
        self.parts = []
        self.quoted = False
        self.field_started = False

    def result(self) -> list[str] | None:
        last = "".join(self.parts)
        if not self.fields and last == "" and not self.quoted:
            return None
        return [*self.fields, last]
