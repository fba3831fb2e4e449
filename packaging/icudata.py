"""Shrink the ICU data library that PySide6's Qt brings on Linux (``libicudata.so.NN``, 30.6 MiB).

Qt Core is the only library in the bundle that calls ICU, and it only calls (``nm -D`` of
libQt6Core, PySide6 6.11): collation (``ucol_*``: QCollator, QString::localeAwareCompare, the
sorting of Qt's own file dialog), locale case mapping (``u_strToUpper/Lower``: QLocale::toUpper),
time-zone display names (``ucal_*``: QTimeZone::displayName) and the converters behind
QStringConverter for encodings Qt does not implement itself (``ucnv_*``). No break iterators,
number/date formatting, transliteration or unit data. Line breaking and text boundaries in Qt
use Qt's own Unicode tables; QLocale uses Qt's own CLDR tables. The Unicode properties, case
mapping and NFC/NFD normalisation are compiled into libicuuc.

So the data keeps:

- the locale trees that those calls read, for ``root``, English and Vietnamese only: the main tree
  (calendar and time-zone formats), ``coll/`` (with the root collation ``ucadata.icu``), ``zone/``
  and ``region/`` (time-zone names), each with its ``res_index`` and ``pool``;
- the supplemental data those calls consult: ``supplementalData``, ``likelySubtags``,
  ``metadata``, ``keyTypeData``, ``numberingSystems``, the time-zone database (``zoneinfo64``,
  ``metaZones``, ``timezoneTypes``, ``windowsZones``), ``icuver``/``icustd``;
- ``cnvalias.icu`` and the Windows code pages 1250-1258 (1258 is Vietnamese) and ISO-8859-15
  (UTF-8/16/32, Latin-1 and ASCII are algorithmic in ICU, Qt does them itself anyway);
- the NFKC normalisation data.

Another locale's collation or zone names fall back to root (the Unicode order, "GMT+07:00"), which
is what ICU does for any locale it has no data for. Dropped: break iterators and dictionaries,
currencies, language and unit names, rule-based number formats, transliteration, character names,
confusables, StringPrep profiles, the other converters.

The data is the common-data package (``CmnD``) behind the library's only symbol ``icudtNN_dat``;
this module reads its table of contents, writes a new package with the kept items (same order,
16-byte aligned, as ``icupkg`` does) and links it into a new ``libicudata.so.NN`` with binutils'
``as`` and ``ld`` (binutils is already required for PyInstaller's ``objdump``). No ICU tools needed.

    python packaging/icudata.py IN.so OUT.so          # stand-alone, prints what it kept
    python packaging/icudata.py --compare OUT.so      # same answers as the full data for vi/en?
                                                      # (build.py runs this on every Linux build)
"""
from __future__ import annotations

import fnmatch
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALES = ("root", "en", "en_*", "vi", "vi_*")
LOCALE_TREES = ("", "coll/", "zone/", "region/")
KEEP = [
    *(f"{tree}{loc}.res" for tree in LOCALE_TREES for loc in LOCALES),
    *(f"{tree}{name}.res" for tree in LOCALE_TREES for name in ("res_index", "pool")),
    "coll/ucadata.icu",
    "zone/tzdbNames.res",
    "supplementalData.res", "likelySubtags.res", "metadata.res", "keyTypeData.res", "numberingSystems.res",
    "zoneinfo64.res", "metaZones.res", "timezoneTypes.res", "windowsZones.res", "icuver.res", "icustd.res",
    "cnvalias.icu",
    "ibm-5346_P100-1998.cnv", "ibm-5347_P100-1998.cnv", "ibm-5348_P100-1997.cnv", "ibm-5349_P100-1998.cnv",
    "ibm-5350_P100-1998.cnv", "ibm-5351_P100-1998.cnv", "ibm-5352_P100-1998.cnv", "ibm-5353_P100-1998.cnv",
    "ibm-5354_P100-1998.cnv",   # windows-1250 ... windows-1258
    "ibm-923_P100-1998.cnv",    # ISO-8859-15
    "nfkc.nrm", "nfkc_cf.nrm",
]


def _kept(item: str) -> bool:
    return any(fnmatch.fnmatchcase(item, pattern) for pattern in KEEP)


def _run(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def read_common_data(lib: Path) -> tuple[str, bytes]:
    """The data symbol's name (``icudt73_dat``) and the bytes from it to the end of its section."""
    syms = re.findall(r"^([0-9a-f]+)\s+\S+\s+(icudt\d+_dat)$", _run(["nm", "-D", "--defined-only", str(lib)]), re.M)
    if len(syms) != 1:
        raise ValueError(f"{lib.name}: no single icudtNN_dat symbol ({syms})")
    addr, symbol = int(syms[0][0], 16), syms[0][1]
    for line in _run(["readelf", "-SW", str(lib)]).splitlines():
        m = re.search(r"\]\s+(\S+)\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m:
            start, offset, size = (int(m.group(i), 16) for i in (2, 3, 4))
            if start <= addr < start + size:
                with open(lib, "rb") as f:
                    f.seek(offset + addr - start)
                    return symbol, f.read(start + size - addr)
    raise ValueError(f"{lib.name}: {symbol} is in no PROGBITS section")


def parse(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name with package prefix, item bytes)]) of an ICU common-data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    big_endian, charset = data[8], data[9]
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or big_endian or charset:
        raise ValueError("not a little-endian ASCII ICU common-data package (CmnD)")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = sorted(off for _, off in entries)[1:] + [len(data) - header_size]
    end_of = dict(zip(sorted(off for _, off in entries), ends))
    items = []
    for name_off, data_off in entries:
        start = header_size + name_off
        name = data[start:data.index(b"\0", start)].decode("ascii")
        items.append((name, data[header_size + data_off:header_size + end_of[data_off]]))
    return data[:header_size], items


def build(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common-data package: header, table of contents, names, then the items 16-byte aligned."""
    toc_size = 4 + 8 * len(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    name_offsets, pos = [], toc_size
    for name, _ in items:
        name_offsets.append(pos)
        pos += len(name) + 1
    body, data_offsets = bytearray(), []
    pos = toc_size + len(names)
    pad = -(len(header) + pos) % 16
    pos += pad
    for _, blob in items:
        data_offsets.append(pos)
        chunk = blob + b"\0" * (-len(blob) % 16)
        body += chunk
        pos += len(chunk)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets))
    return header + toc + names + b"\0" * pad + bytes(body)


def link(symbol: str, soname: str, data: bytes, out: Path) -> None:
    """A shared library that holds ``data`` as the read-only symbol ``symbol``, like ICU's own."""
    with tempfile.TemporaryDirectory(prefix="icudata-") as tmp:
        dat, asm, obj = Path(tmp) / "icu.dat", Path(tmp) / "icu.s", Path(tmp) / "icu.o"
        dat.write_bytes(data)
        asm.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
            f'{symbol}:\n\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-s", "-o", str(out), str(obj)],
                       check=True)


def shrink(lib: Path, out: Path) -> tuple[int, int, list[str]]:
    """Write the filtered ``lib`` to ``out``; returns (items before, items kept, kept names)."""
    symbol, data = read_common_data(lib)
    header, items = parse(data)
    prefix = symbol[:-len("_dat")] + "l/"                    # icudt73l/
    kept = [(n, b) for n, b in items if n.startswith(prefix) and _kept(n[len(prefix):])]
    must = {prefix + n for n in ("root.res", "res_index.res", "coll/ucadata.icu", "cnvalias.icu")}
    if not must <= {n for n, _ in kept}:
        raise ValueError(f"{lib.name}: the data lacks {sorted(must - {n for n, _ in kept})}")
    soname = re.search(r"SONAME\s+(\S+)", _run(["objdump", "-p", str(lib)])).group(1)
    link(symbol, soname, build(header, kept), out)
    return len(items), len(kept), [n for n, _ in kept]


def probe() -> str:
    """What Qt's ICU calls answer for Vietnamese and English (run by ``compare``, in a child process)."""
    import functools
    import os

    from PySide6.QtCore import QCollator, QCoreApplication, QDateTime, QLocale, QStringDecoder, QTimeZone

    app = QCoreApplication([])  # noqa: F841
    preload = os.environ.get("LD_PRELOAD", "")
    mapped = {ln.split()[-1] for ln in open("/proc/self/maps") if "/" in ln}
    lines = [f"preloaded: {bool(preload) and os.path.realpath(preload) in mapped}"]
    words = ["Đà Nẵng", "Bắc Kạn", "bắc kạn", "Ba Bể", "Chợ Đồn", "Chợ Mới", "Ngân Sơn", "Pác Nặm", "ăn", "ân", "an",
             "Ấn", "Zebra", "apple", "Apple", "item10", "item9", "ơ", "ô", "o", "ư", "u", "đ", "d", "e", "ê", "Ỷ", "y"]
    for name in ("vi_VN", "vi", "en_US", "en_GB", "C"):
        c = QCollator(QLocale(name))
        lines.append(f"{name} {'|'.join(sorted(words, key=c.sortKey))}")
        c.setNumericMode(True)
        c.setCaseSensitivity(c.caseSensitivity().CaseInsensitive)
        lines.append(f"{name} numeric {'|'.join(sorted(words, key=functools.cmp_to_key(c.compare)))}")
    for name in ("vi_VN", "en_US"):
        loc = QLocale(name)
        lines.append(f"{name} {loc.toUpper('đường phố bắc kạn ỷ')} {loc.toLower('ĐƯỜNG PHỐ BẮC KẠN Ỷ')}")
        for tz in (b"Asia/Ho_Chi_Minh", b"Europe/Berlin", b"America/New_York", b"UTC"):
            zone = QTimeZone(tz)
            lines.append(f"{name} {tz.decode()} " + " / ".join(
                zone.displayName(t, n, loc) for t in QTimeZone.TimeType for n in QTimeZone.NameType))
        when = QDateTime.fromSecsSinceEpoch(1700000000, QTimeZone(b"Asia/Ho_Chi_Minh"))
        lines.append(f"{name} {loc.toString(when, QLocale.FormatType.LongFormat)}")
    lines += [f"{enc} {QStringDecoder(enc).isValid()}" for enc in ("windows-1258", "windows-1252", "ISO-8859-15")]
    return "\n".join(lines)


def compare(small: Path) -> list[str]:
    """Run ``probe`` with this Python's PySide6 twice: with its own ICU data, then with ``small``
    preloaded in its place. Returns the lines that differ (none: the small data serves Vietnamese
    and English exactly like the full data)."""
    import difflib
    import os

    def run(extra_env):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra_env)
        r = subprocess.run([sys.executable, __file__, "--probe"], env=env, capture_output=True, text=True,
                           encoding="utf-8")
        if r.returncode != 0:
            raise RuntimeError(f"ICU probe failed: {r.stderr[-2000:]}")
        return r.stdout.splitlines()

    full = run({})
    mapped = run({"LD_PRELOAD": str(small.resolve())})
    if mapped[0] != "preloaded: True":
        raise RuntimeError(f"the small ICU data was not loaded in place of the full one ({mapped[0]})")
    return [ln for ln in difflib.unified_diff(full[1:], mapped[1:], lineterm="", n=0)
            if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--probe"]:
        print(probe())
    elif sys.argv[1:2] == ["--compare"]:
        diff = compare(Path(sys.argv[2]))
        print("\n".join(diff) if diff else f"{sys.argv[2]}: same answers as the full ICU data for vi/en")
        sys.exit(1 if diff else 0)
    else:
        before, after, names = shrink(Path(sys.argv[1]), Path(sys.argv[2]))
        print(f"kept {after} of {before} items: {Path(sys.argv[1]).stat().st_size / 2**20:.1f} MiB -> "
              f"{Path(sys.argv[2]).stat().st_size / 2**20:.1f} MiB")
        print("\n".join(names))
