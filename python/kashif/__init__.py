"""Kashif: named entities in Arabic text (people, organisations, places, laws, dates).

The same C++ core as the ``kashif`` command and the browser page::

    import kashif
    doc = kashif.analyze("صدر القانون رقم ١٥ لسنة ٢٠١١ في الكويت")
    for e in doc.entities:
        print(e.type, e.text, e.value)

Offsets are Python ``str`` indices (code points), the CLI's JSONL offsets, so
``doc.text[e.start:e.end] == e.text``. A :class:`Pipeline` loads the word
lists and the model once (about 40 ms); :func:`analyze` uses one shared
pipeline. A pipeline may be shared by any number of threads, and it releases
the GIL while it analyses.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Union

from . import _core

__all__ = [
    "ENTITY_TYPES",
    "MAX_INPUT_BYTES",
    "Document",
    "Entity",
    "InputTooLargeError",
    "InvalidUtf8Error",
    "KashifError",
    "Pipeline",
    "TableRow",
    "analyze",
]

#: Entity types, core ones first (the annotation guide's order).
ENTITY_TYPES = ("PERS", "ORG", "GPE", "LOC", "LAW", "DATE", "EVENT", "POLICY", "OCC", "CONTACT")

#: Inputs over this many bytes of UTF-8 are refused (:class:`InputTooLargeError`).
MAX_INPUT_BYTES: int = _core.MAX_INPUT_BYTES


class KashifError(ValueError):
    """Input the core refuses. ``code`` is the core's error code
    (``"invalid_utf8"``, ``"input_too_large"``, ...), ``byte_offset`` where in
    the UTF-8 input it went wrong (for ``input_too_large``, the limit)."""

    def __init__(self, code: str, byte_offset: int, message: str) -> None:
        super().__init__(f"{message} ({code} at byte {byte_offset})")
        self.code = code
        self.byte_offset = byte_offset
        self.message = message


class InvalidUtf8Error(KashifError):
    """The bytes are not valid UTF-8; ``byte_offset`` is the first bad byte."""


class InputTooLargeError(KashifError):
    """The input is over :data:`MAX_INPUT_BYTES`."""


_ERROR_CLASSES = {"invalid_utf8": InvalidUtf8Error, "input_too_large": InputTooLargeError}


@dataclass(frozen=True)
class Entity:
    """One mention: ``text == document.text[start:end]``.

    ``value`` is the normalised value for LAW (``{"kind", "number", "year"}``),
    DATE (``{"iso", "calendar", "gregorian"?}``) and CONTACT
    (``{"kind", "normalized"}``), else ``None``."""

    start: int
    end: int
    type: str
    text: str
    canonical: str
    value: Optional[dict] = None


@dataclass(frozen=True)
class TableRow:
    """One thing the document names: its mentions are indices into ``entities``."""

    canonical: str
    type: str
    text: str
    count: int
    mentions: tuple


class Document:
    """The result of one analysis: ``entities`` in text order and ``table``,
    one row per distinct thing named."""

    __slots__ = ("text", "entities", "table", "_record")

    def __init__(self, text: str, record: str) -> None:
        parsed = json.loads(record)
        self.text: str = text
        self.entities: list[Entity] = [
            Entity(e["start"], e["end"], e["type"], e["text"], e["canonical"], e.get("value"))
            for e in parsed["entities"]
        ]
        self.table: list[TableRow] = [
            TableRow(r["canonical"], r["type"], r["text"], r["count"], tuple(r["mentions"]))
            for r in parsed["table"]
        ]
        self._record = record

    def to_json(self) -> str:
        """The CLI's JSON record (``kashif analyze --format jsonl``), without ``doc``."""
        return self._record

    def __repr__(self) -> str:
        return f"<kashif.Document: {len(self.text)} characters, {len(self.entities)} entities>"


def _utf8(text: Union[str, bytes, bytearray, memoryview]) -> bytes:
    if isinstance(text, str):
        # A str with lone surrogates has no UTF-8 form: UnicodeEncodeError.
        return text.encode("utf-8")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"kashif analyses str or bytes, not {type(text).__name__}")


def _types(types: Optional[Iterable[str]]) -> Optional[list]:
    if types is None:
        return None
    if isinstance(types, str):
        types = types.split(",")
    return [t.strip().upper() for t in types if t.strip()]


class Pipeline:
    """The loaded word lists, model and ICU state; reuse one for many texts.

    Thread-safe: one pipeline can serve any number of threads at once, and
    ``analyze`` releases the GIL, so a ``ThreadPoolExecutor`` over one
    pipeline uses several cores."""

    def __init__(self) -> None:
        self._core = _core.Pipeline()

    def analyze(
        self,
        text: Union[str, bytes],
        types: Optional[Iterable[str]] = None,
        model: bool = True,
    ) -> Document:
        """Analyse ``text`` (str, or UTF-8 bytes).

        ``types``: only these entity types (e.g. ``["PERS", "ORG"]`` or
        ``"PERS,ORG"``); ``None`` for all. ``model=False`` leaves out the
        learned tagger's names (the rule recognisers alone, like
        ``kashif analyze --no-model``). Raises :class:`InvalidUtf8Error` and
        :class:`InputTooLargeError` (both :class:`KashifError`, a
        ``ValueError``), ``ValueError`` for an unknown type."""
        utf8 = _utf8(text)
        record = self.analyze_json(utf8, types, model)
        decoded = text if isinstance(text, str) else utf8.decode("utf-8")
        return Document(decoded, record)

    def analyze_json(
        self,
        text: Union[str, bytes],
        types: Optional[Iterable[str]] = None,
        model: bool = True,
        doc: Optional[str] = None,
    ) -> str:
        """The CLI's JSONL record for ``text`` as a str, with ``"doc": doc``
        first when given (what ``python -m kashif analyze`` prints). Raises
        like :meth:`analyze`."""
        out = self._core.analyze_json(_utf8(text), _types(types), model, doc)
        if isinstance(out, tuple):
            code, offset, message = out
            raise _ERROR_CLASSES.get(code, KashifError)(code, offset, message)
        return out


_shared: Optional[Pipeline] = None
_shared_lock = threading.Lock()


def _shared_pipeline() -> Pipeline:
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Pipeline()
        return _shared


def analyze(
    text: Union[str, bytes], types: Optional[Iterable[str]] = None, model: bool = True
) -> Document:
    """:meth:`Pipeline.analyze` on one pipeline shared by the whole process."""
    return _shared_pipeline().analyze(text, types, model)
