"""Writing a table's columns as CSV: fast (distinct values formatted once, rows joined in blocks),
numbers with the decimals they were written with, and the file's SHA-256 computed while it is written.
Qt-free; any thread."""
from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ..numbers import decimals_of_literal as decimals_of, decimals_of_values
from ..problems import Cancelled

BLOCK_ROWS = 20_000               # rows joined and written at a time (a block of ~2 MB stays in cache)



def _csv_fields(values) -> list[bytes]:
    """:func:`_csv_field` of each value's text, as UTF-8: in one pass when none needs quoting."""
    import pandas as pd

    texts = list(values) if pd.api.types.infer_dtype(values, skipna=False) == "string" else list(map(str, values))
    joined = "\x00".join(texts)
    if joined.count("\x00") == max(0, len(texts) - 1) and not any(ch in joined for ch in ',"\r\n'):
        return joined.encode("utf-8").split(b"\x00") if texts else []
    return [_csv_field(t).encode("utf-8") for t in texts]


def _csv_field(text: str) -> str:
    """One CSV cell as csv.writer writes it (quoted when it holds a comma, quote or line end)."""
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def values_text(values, decimals) -> tuple[Any, Any]:
    """Numbers as text with their row's decimals ("%.{d}f"), as an object array of ASCII bytes, and the decimals
    the text carries. A value that this would round is written in full (repr) instead, so nothing
    loses digits; its decimals are then those of that text. Empty (NaN) values are empty cells.
    Each distinct (value, decimals) pair is formatted once (statistics repeat their values)."""
    import numpy as np
    import pandas as pd

    values = np.asarray(values, dtype=float)
    d = np.clip(np.asarray(decimals, dtype=np.int64), 0, 12)
    codes, vuniques = pd.factorize(values, use_na_sentinel=True)
    codes = np.where(codes < 0, len(vuniques), codes)
    ud = np.zeros(len(vuniques) + 1, dtype=np.int64)
    ud[codes] = d
    if (ud[codes] == d).all():            # each value written with one number of decimals: the values are the pairs
        uvalues = np.append(vuniques, np.nan)
    else:
        codes, keys = pd.factorize(codes.astype(np.int64) * 16 + d)
        uvalues = np.append(vuniques, np.nan)[keys // 16]      # NaN: the last slot
        ud = keys % 16
    finite = np.isfinite(uvalues)
    with np.errstate(invalid="ignore", over="ignore"):
        scale = 10.0 ** ud
        lossy = finite & (np.round(uvalues * scale) / scale != uvalues)
    out_dec = ud.astype(np.int8)
    kinds = np.unique(ud)
    if len(kinds) == 1:
        text = list(map(f"{{:.{int(kinds[0])}f}}".format, uvalues.tolist()))
    else:
        formats = {int(k): f"{{:.{int(k)}f}}".format for k in kinds}
        text = [formats[k](v) for v, k in zip(uvalues.tolist(), ud.tolist())]
    for i in np.flatnonzero(lossy):
        text[i] = repr(float(uvalues[i]))
        out_dec[i] = min(127, decimals_of(text[i]))
    for i in np.flatnonzero(~finite):
        text[i] = ""
        out_dec[i] = 0
    return np.array([t.encode("ascii") for t in text], dtype=object)[codes], out_dec[codes]


class _HashingWriter:
    """Writes blocks to a file and hashes them on a second thread: ``sha256.update`` releases the
    GIL, so the hash of one block is computed while the next is built (one hand-over per block;
    writing from the hashing thread too would need a second one, which costs more than it saves).
    A one-thread pool hashes the blocks in the order given; at most three are held (bounded memory)."""

    def __init__(self, path: Path):
        from concurrent.futures import ThreadPoolExecutor

        self.f = open(path, "wb")
        self.sha = hashlib.sha256()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="csv-hash")
        self._pending: deque = deque()

    def write(self, block: bytes) -> None:
        self.f.write(block)
        if len(self._pending) >= 3:
            self._pending.popleft().result()
        self._pending.append(self._pool.submit(self.sha.update, block))

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        self.f.close()


def _merge_coded(pieces: list, n: int) -> list:
    """Neighbouring text columns whose value pairs are few become one column of "a,b" fields
    (indicator × area, or unit × status × source × note): fewer, longer pieces per row make the
    row join about twice as fast. Two columns merge when the product of their distinct values is
    at most an eighth of the rows, so the table of pairs stays small."""
    import numpy as np

    out: list = []
    for piece in pieces:
        if out and isinstance(piece, tuple) and isinstance(out[-1], tuple):
            (ca, fa), (cb, fb) = out[-1], piece
            if len(fa) * len(fb) <= max(64, n // 8):
                pairs = (np.repeat(fa, len(fb)) + b",") + np.tile(fb, len(fa))
                out[-1] = (ca * len(fb) + cb, pairs)
                continue
        out.append(piece)
    return out


def _with_separators(pieces: list) -> list:
    """The pieces of a row with their commas and line end: a text column's fields carry the
    separator after them (or the comma before them, after a column of numbers), so a row is the
    plain concatenation of its cells; a lone separator is a constant column."""
    out: list = []
    for j, piece in enumerate(pieces):
        sep = b"," if j < len(pieces) - 1 else b"\n"
        if not isinstance(piece, tuple):          # the cells' text (an object array)
            out.append(piece)
            if j + 1 == len(pieces) or not isinstance(pieces[j + 1], tuple):
                out.append(sep)
            continue
        codes, fields = piece
        if j > 0 and not isinstance(pieces[j - 1], tuple):
            fields = b"," + fields                     # the comma after the numbers before it
        out.append((codes, fields + sep))
    return out


@dataclass
class WrittenCsv:
    path: Path
    size: int
    mtime_ns: int
    sha256: str
    rows: int


def write_csv(frame, names: list[str], path: Path, decimals: Optional[dict[str, Any]] = None,
              cancel=None) -> tuple[WrittenCsv, dict[str, Any]]:
    """Write ``frame[names]`` as UTF-8 CSV (header, ``\\n`` line ends, "." decimal point, no
    thousands separators, empty cells for missing values), column by column: float columns are
    numbers, formatted with their decimals (``decimals[name]``, else as few as write them
    exactly); every other column is text, each distinct value quoted once and picked by code (a
    categorical column's own codes); rows are joined in blocks
    written and hashed on a second thread. Returns what was written and the decimals each number
    column's text carries (what reading the file back gives). Raises OSError; a cancelled write
    raises Cancelled. The caller owns atomicity and durability (write into a temporary folder, sync it)."""
    import numpy as np
    import pandas as pd

    n = len(frame)
    pieces: list = []      # per column: (codes, fields) of a text column, or the cells' text as an array
    written_decimals: dict[str, Any] = {}
    for name in names:
        column = frame[name]
        if pd.api.types.is_float_dtype(column.dtype):
            values = column.to_numpy(dtype=float, na_value=np.nan)
            decs = decimals.get(name) if decimals else None
            text, written_decimals[name] = values_text(values, decimals_of_values(values, 0) if decs is None else decs)
            pieces.append(text)
            continue
        cat = column.array if isinstance(column.dtype, pd.CategoricalDtype) else pd.Categorical(column.astype(object))
        fields = np.array(_csv_fields(cat.categories.to_numpy(dtype=object)) + [b""], dtype=object)
        codes = np.asarray(cat.codes, dtype=np.int64)
        pieces.append((np.where(codes < 0, len(fields) - 1, codes), fields))
    columns = _with_separators(_merge_coded(pieces, n))
    writer = _HashingWriter(path)
    try:
        writer.write((",".join(_csv_field(nm) for nm in names) + "\n").encode("utf-8"))
        for start in range(0, n, BLOCK_ROWS):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            stop = min(n, start + BLOCK_ROWS)
            # the cells of a block side by side, separators included, joined in one go
            cells = np.empty((stop - start, len(columns)), dtype=object)
            for k, col in enumerate(columns):
                cells[:, k] = col if isinstance(col, bytes) else (col[1][col[0][start:stop]] if isinstance(col, tuple)
                                                                 else col[start:stop])
            writer.write(b"".join(cells.ravel().tolist()))
    finally:
        writer.close()
    st = path.stat()
    return WrittenCsv(path, st.st_size, st.st_mtime_ns, writer.sha.hexdigest(), n), written_decimals


