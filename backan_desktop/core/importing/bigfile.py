"""A big long-format CSV at full speed: pandas' C parser on all cores, text columns as codes into
their distinct values. When it cannot vouch for the file, the caller reads it cell by cell."""
from __future__ import annotations

from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, Message
from ..numbers import decimals_of_values, decimals_written, is_missing, parse_numbers
from ..periods import normalise_period
from ..readers import Coded, Grid, read_csv_coded
from ..strings import nfc
from ..vocab import STATUS_WORDS, STATUSES
from .options import ImportOptions
from .collect import Collector, check_duplicates, no_figures, period_problem, read_as, status_problem, value_problem
from .recognise import find_col


def normalise_long_coded(grid: Grid, opts: ImportOptions, h: int, columns: list[str], col: Collector,
                         evidence=None, cancel=None, progress=None):
    """A big long-format CSV through :func:`readers.read_csv_coded` (pandas' C parser on byte ranges,
    on all cores): the mapped text columns arrive as codes into their distinct values, so every
    later step (trimming, defaults, periods, statuses, repeated keys) works on those instead of on a
    million cells; values arrive as floats with the decimal mark decided from the sampled head (as
    text, checked by parse_numbers, when the column uses thousands separators). Returns None when a
    value cell is not a number under that reading, a row is malformed or a cell holds a NUL byte:
    the caller then reads the file cell by cell, decides the reading from every value and reports
    the row and column. So a result from here always has the reading the precise path would choose:
    every value parses under it, and the head either settles it or fits both readings (then the
    rest of the file decides, the same on both paths)."""
    import numpy as np
    import pandas as pd

    from ..numbers import MISSING

    m = opts.mapping
    file = grid.file
    idx = {role: find_col(columns, getattr(m, f"{role}_col", None) if role in ("period", "value", "indicator", "area") else None,
                           role, file, col.problems)
           for role in ("period", "value", "indicator", "area", "unit", "status", "source", "note", "category")}
    if idx["period"] is None or idx["value"] is None or col.problems:
        return None
    sample = [r[idx["value"]] for r in grid.rows[h + 1:] if idx["value"] < len(r)]
    reading = read_as(columns[idx["value"]], sample, m, evidence, sample=len(sample))
    style = reading.style
    written = [decimals_written(v, style) for v in sample[:5000] if not is_missing(v)]
    usual = max(set(written), key=written.count) if written else 0     # the column's usual decimals
    names = list(columns)
    value_name = names[idx["value"]]
    period_name = names[idx["period"]]
    text_names = [names[idx[r]] for r in ("indicator", "area", "unit", "status", "source", "note", "category")
                  if idx[r] is not None]
    # a column whose sample is mostly distinct values (free-text notes, row ids) is read as plain
    # text: codes into a million distinct values would cost more than they save
    body = grid.rows[h + 1:]
    many = []
    if len(body) >= 200:
        for role in ("indicator", "area", "source", "note", "category", "unit"):
            j = idx[role]
            if j is not None and len({r[j] for r in body if j < len(r)}) > 0.5 * len(body):
                many.append(names[j])
    enc = "utf-8-sig" if grid.encoding in ("utf-8", "utf-8-sig") else grid.encoding
    grouped = any(style.thousands in str(v) for v in sample[:5000])
    try:
        # blank lines are kept (and dropped below with the empty values) so that row numbers stay
        # the file's; a row with more cells than the header makes the reader raise. Values written
        # with thousands separators are read as text: pandas' own thousands option would read a
        # stray '1.5' in a '1.234,5' column as 15
        cols = read_csv_coded(grid.path, names, h + 1, grid.delimiter, enc,
                              text=[c for c in text_names if c not in many], loose=[period_name],
                              raw=many + ([value_name] if grouped else []), floats=[] if grouped else [value_name],
                              cancel=cancel, progress=progress,
                              na_values={value_name: sorted(MISSING)}, decimal=style.decimal)
    except (ValueError, TypeError, pd.errors.ParserError, UnicodeDecodeError, OverflowError):
        return None
    # a NUL byte is binary content (the C parser keeps it in the cell): the precise path reports it
    # with its line. Checked on the distinct values, so it costs nothing on a normal file.
    for name, column in cols.items():
        if isinstance(column, Coded):
            if any(isinstance(v, str) and "\x00" in v for v in column.values):
                return None
        elif column.dtype == object and any("\x00" in v for v in column if isinstance(v, str)):
            return None
    if grouped:
        cells = pd.Series(cols[value_name], dtype=object)
        values, _missing, bad = parse_numbers(cells, style)
        n = len(values)
        if bad.any():
            return None              # the precise path weighs both readings on every value
    else:
        values = cols[value_name]
        n = len(values)
    file_rows = np.arange(h + 2, h + 2 + n)
    if not np.isfinite(values).any() and not col.problems:
        col.problem(no_figures(), h + 1, 1)
    if np.isinf(values).any():
        for pos in np.flatnonzero(np.isinf(values))[:20]:
            col.problem(value_problem(Message(QT_TRANSLATE_NOOP("Problems", "infinite values are not allowed"))),
                        int(file_rows[pos]), idx["value"] + 1)

    def recode(role, default="", convert=None):
        """(codes, categories) of a mapped column after trimming and NFC, empty or absent cells as
        ``default`` and ``convert`` applied — all on the distinct values only."""
        if idx[role] is None:
            return np.zeros(n, dtype=np.int32), [default]
        c = cols[names[idx[role]]]
        if not isinstance(c, Coded):
            return _code_plain_text(c, default)
        text = [(nfc(v.strip()) if isinstance(v, str) else v) for v in c.values]
        text = [default if isinstance(v, str) and not v else v for v in text]
        text.append(default)                      # where code -1 (a short row) lands
        if convert is not None:
            text = [convert(v) for v in text]
        uniq = list(dict.fromkeys(text))
        pos = {v: i for i, v in enumerate(uniq)}
        remap = np.array([pos[v] for v in text], dtype=np.int32)
        return remap[c.codes], uniq

    # periods: normalised once per distinct text; None marks a cell that is not a period
    pcodes, pcats = recode("period", "", lambda v: normalise_period(v) if v else None)
    bad_code = np.array([p is None for p in pcats])
    bad_period = bad_code[pcodes] & ~np.isnan(values)
    if bad_period.any():
        raw = cols[period_name]
        for pos in np.flatnonzero(bad_period)[:50]:
            code = int(raw.codes[pos])
            text = str(raw.values[code]) if code >= 0 else ""
            col.problem(period_problem(text[:40]), int(file_rows[pos]), idx["period"] + 1)
    keep = ~np.isnan(values) & ~bad_code[pcodes]
    everything = bool(keep.all())
    kept = int(keep.sum())

    coded = {
        "indicator": recode("indicator", opts.title or Path(file).stem),
        "area": recode("area"),
        "period": (pcodes, pcats),
        "category": recode("category"),
        "unit": recode("unit", m.unit or ""),
        "status": recode("status", opts.status, lambda v: STATUS_WORDS.get(v.lower(), v.lower())),
        "source": recode("source", opts.source or file),
        "note": recode("note"),
    }
    if not everything:
        coded = {k: (codes[keep], cats) for k, (codes, cats) in coded.items()}
        values, file_rows = values[keep], file_rows[keep]
    if bad_code.any():                            # no kept row is coded as a non-period any more
        good = [i for i, p in enumerate(pcats) if p is not None]
        renumber = np.zeros(len(pcats), dtype=np.int32)
        renumber[good] = np.arange(len(good), dtype=np.int32)
        coded["period"] = (renumber[coded["period"][0]], [pcats[i] for i in good])

    scodes, scats = coded["status"]
    bad_status = np.array([s not in STATUSES for s in scats])
    if bad_status.any():
        for pos in np.flatnonzero(bad_status[scodes])[:20]:
            col.problem(status_problem(scats[scodes[pos]]), int(file_rows[pos]), (idx["status"] or 0) + 1)

    # repeated keys: the four codes folded into one integer per row (refactorised before it could
    # overflow); the precise check, with the rows named, runs only when that finds repeats
    key = np.zeros(kept, dtype=np.int64)
    size = 1
    for role in ("indicator", "area", "category", "period"):
        codes, cats = coded[role]
        if size * len(cats) >= 2**62:
            key, uniq = pd.factorize(key)
            size = max(1, len(uniq))
        key = key * len(cats) + codes
        size *= len(cats)
    maybe_repeats = bool(pd.Series(key).duplicated().any())

    frame = pd.DataFrame({
        **{k: pd.Categorical.from_codes(codes, categories=cats, validate=False)
           for k, (codes, cats) in coded.items() if k in ("indicator", "area", "period", "category")},
        "value": values,
        **{k: pd.Categorical.from_codes(codes, categories=cats, validate=False)
           for k, (codes, cats) in coded.items() if k in ("unit", "status", "source", "note")},
        "decimals": decimals_of_values(values, usual),
        "file_row": file_rows,
    })
    if maybe_repeats:
        check_duplicates(frame, file, col)
    col.readings.append(reading)
    return frame, col.problems, []


def _code_plain_text(cells, default: str):
    """(codes, distinct values) of a column of mostly distinct texts, trimmed and NFC-normalised
    with numpy's string functions and hashed once (no sort): empty or absent cells are ``default``."""
    import unicodedata

    import numpy as np
    import pandas as pd
    from numpy.dtypes import StringDType

    cells = np.where(pd.isna(cells), "", cells)
    text = np.strings.strip(np.array(cells, dtype=StringDType()))
    out = text.astype(object)
    for i in [i for i, v in enumerate(out) if not unicodedata.is_normalized("NFC", v)]:
        out[i] = unicodedata.normalize("NFC", out[i])
    out[np.strings.str_len(text) == 0] = default
    codes, uniques = pd.factorize(out)
    return codes.astype(np.int32), list(uniques)
