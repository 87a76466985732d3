"""Kashif's C++ core (python/binding.cc); use the kashif package instead."""

from typing import Optional, Sequence, Tuple, Union

MAX_INPUT_BYTES: int

class Pipeline:
    def __init__(self) -> None: ...
    def analyze_json(
        self,
        utf8: bytes,
        types: Optional[Sequence[str]] = None,
        model: bool = True,
        doc: Optional[str] = None,
    ) -> Union[str, Tuple[str, int, str]]:
        """The CLI's JSON record, or (code, byte_offset, message) for refused input."""
