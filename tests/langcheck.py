"""Every text a person sees on screen, and whether it is in the UI's language.

``screen_texts(widget)`` walks a window or dialog as a person would read it: labels, buttons,
window titles, tooltips, placeholders, combo-box items, group-box titles, status-bar messages,
menus (opened, so lazily filled ones count too), list items, table headers and cells, chart
axes, ticks, legends and point tooltips. ``foreign(texts, lang)`` returns the ones that are not in
``lang``:

* English UI: a text is flagged when it holds a Vietnamese word (a letter with a Vietnamese
  diacritic: ă â đ ê ô ơ ư or a tone mark) that is not part of a legitimately Vietnamese name or
  quotation. Those are not listed by hand: they come from the data package (see
  :class:`Allowed`) plus the language switch's own label.
* Vietnamese UI: a text is flagged when it is (or contains a phrase of several words that is) an
  English text the app or Qt writes — a source string of ``backan_vi.ts`` or ``qtbase_vi.ts``
  whose translation differs, an English wording of ``core/texts.py``, an English label of the data
  package — when it holds a word only the English side uses (the vocabulary of those texts and of
  the English sheets, minus every word of their Vietnamese side; ids, paths and URLs excepted), or
  when it reads as English prose (two or more English function words and no Vietnamese). Source
  titles and publishers (data, shown as printed), English the app's catalogue keeps on purpose
  ("OK", or the English words a file may hold, which the translation of that list quotes) and text in single quotes (what a problem quotes from a file: a cell, a column name, a
  keyword of the file's format, as written) are not flagged.
"""
from __future__ import annotations

import csv
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "backan"
APP_TS = ROOT / "resources" / "translations" / "backan_vi.ts"
QT_TS = ROOT / "resources" / "translations" / "qtbase_vi.ts"

# combining marks that make a Latin letter Vietnamese: grave, acute, tilde, hook above, dot below,
# circumflex (â ê ô), breve (ă), horn (ơ ư)
_VI_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}
_WORD = re.compile(r"\w+")
_EN_STOPWORDS = {"the", "of", "and", "from", "to", "in", "for", "with", "is", "are", "by", "on", "this",
                 "not", "be", "was", "has", "have", "no", "or", "at", "an", "as", "it", "its", "your", "you"}

# Texts that are Vietnamese on purpose in the English UI, with the reason.
SELF_NAMED = {
    "Tiếng Việt": "the language switch names each language in its own language, so a visitor finds theirs",
}

# Columns of the data package whose values are the same in both languages (names of publishers,
# titles of documents, producers, investors, quotations): shown as printed, in any UI.
NEUTRAL_COLUMNS = {"publisher", "title", "producer", "investor", "developer", "decision", "quote"}


def is_vietnamese_letter(ch: str) -> bool:
    return ch in "đĐ" or any(c in _VI_MARKS for c in unicodedata.normalize("NFD", ch))


def vietnamese_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if any(is_vietnamese_letter(c) for c in w)]


def plain(text: str) -> str:
    """The text as read on screen: rich text without tags, '&' shortcuts resolved."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtGui import Qt      # mightBeRichText lives in QtGui's Qt namespace

    if not text:
        return ""
    if Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return re.sub(r"&(.)", r"\1", text.replace("&&", "\0")).replace("\0", "&")


# -- what is allowed -----------------------------------------------------------------------------------
def _data_rows():
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            yield path.name, list(csv.DictReader(f))


@dataclass
class Allowed:
    """Vietnamese that may stand in English text, and English that may stand in Vietnamese text,
    derived from the data package rather than listed by hand."""
    phrases_in_en: list[str] = field(default_factory=list)   # removed before looking for Vietnamese words
    names: set[str] = field(default_factory=set)             # capitalised Vietnamese words of proper names
    phrases_in_vi: list[str] = field(default_factory=list)   # removed before looking for English
    english: set[str] = field(default_factory=set)           # short English texts: flagged when a text is one
    english_phrases: list[str] = field(default_factory=list) # 3+ words: flagged anywhere in a text
    english_search: re.Pattern | None = None
    english_templates: list[list[re.Pattern]] = field(default_factory=list)  # pieces of "{n} figures from {s} sources"
    english_shapes: list[re.Pattern] = field(default_factory=list)   # one-word templates: "Saved {path}"
    english_words: set[str] = field(default_factory=set)     # words only the English side uses


@lru_cache(maxsize=1)
def allowed() -> Allowed:
    from backan_desktop.core.texts import STATUS, TEXTS

    a = Allowed()
    neutral, en_values = set(), set()
    en_differs = set()
    for _name, rows in _data_rows():
        for row in rows:
            for col, value in row.items():
                value = (value or "").strip()
                if not value:
                    continue
                if col in NEUTRAL_COLUMNS:
                    neutral.add(value)
                elif col.endswith("_en"):
                    en_values.add((col, value))
                    vi = (row.get(col[:-3] + "_vi") or "").strip()
                    if vi and vi != value:
                        en_differs.add(value)
    # English wording of the data keeps Vietnamese names (Bắc Kạn, Cục Thống kê) and quotes Vietnamese
    # words of the source in quotation marks or brackets ("triệu đồng", (miến dong))
    for col, value in en_values:
        # capitalised words are names (Bắc Kạn, Cục Thống kê); in names of things (products, events,
        # places) every word is part of a name (miến dong), also where a label is clipped
        a.names.update(w.casefold() for w in vietnamese_words(value) if w[0].isupper() or col.startswith("name_"))
        for span in re.findall(r"\"[^\"]+\"|“[^”]+”|\([^()]+\)", value):
            if vietnamese_words(span):
                a.phrases_in_en.append(span)
    a.phrases_in_en += sorted(neutral) + sorted(v for _c, v in en_values if vietnamese_words(v))
    a.phrases_in_en += list(SELF_NAMED)
    for _key, (_vi, en) in TEXTS.items():
        a.names.update(w.casefold() for w in vietnamese_words(en) if w[0].isupper())
    a.phrases_in_en.sort(key=len, reverse=True)

    a.phrases_in_vi = sorted(neutral | {"English"}, key=len, reverse=True)
    english = {en for vi, en in TEXTS.values() if vi != en} | {en for vi, en in STATUS.values()} | en_differs
    kept = set()                      # English the app's catalogue keeps on purpose ("OK" on the PIN pad)
    for ts in (APP_TS, QT_TS):         # the app's texts and Qt's own (dialog buttons, file dialog, menus)
        for msg in ET.parse(ts).getroot().iter("message"):
            src, tr = msg.find("source").text or "", msg.find("translation").text or ""
            if src and tr and src != tr:
                english.add(src)
            if src and tr and ts == APP_TS and src in tr:
                kept.add(src)         # kept as it is, or quoted by its translation (the words a file may hold)
    english = {e for e in english if plain(e).strip() not in kept}
    for text in english:
        raw = [plain(p) for p in re.split(r"\{\w*\}", text)]
        raw[0], raw[-1] = raw[0].lstrip(), raw[-1].rstrip()
        parts = [p.strip() for p in raw]
        if len(parts) > 1:          # a template: its literal pieces, in order
            pieces = [re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)") for p in parts if _WORD.search(p)]
            if sum(len(_WORD.findall(p)) for p in parts) >= 2:
                a.english_templates.append(pieces)
            elif pieces:            # "Saved {path}": the whole text has the template's shape
                a.english_shapes.append(re.compile("(.+)".join(map(re.escape, raw))))
        elif len(_WORD.findall(parts[0])) >= 3:
            a.english_phrases.append(parts[0])
        elif parts[0]:
            a.english.add(parts[0])
    # words only English writes: in the app's and the data's English, never in their Vietnamese
    en_vocab, vi_vocab = set(), set()
    for text in english | {v for _c, v in en_values}:
        en_vocab.update(_words(text))
    for ts in (APP_TS, QT_TS):
        for msg in ET.parse(ts).getroot().iter("message"):
            vi_vocab.update(_words(msg.find("translation").text or ""))
    for vi, _en in list(TEXTS.values()) + list(STATUS.values()):
        vi_vocab.update(_words(vi))
    for _name, rows in _data_rows():
        for row in rows:
            for col, value in row.items():
                if col.endswith("_vi") or col in NEUTRAL_COLUMNS:
                    vi_vocab.update(_words(value or ""))
    for text in _sheet_texts("en"):
        en_vocab.update(_words(text))
    for text in _sheet_texts("vi"):
        vi_vocab.update(_words(text))
    en_vocab |= {w[:-1] for w in en_vocab if w.endswith("s") and len(w) > 4}    # "versions" → "version"
    a.english_words = en_vocab - vi_vocab
    a.english_phrases.sort(key=len, reverse=True)
    if a.english_phrases:
        a.english_search = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, a.english_phrases)) + r")(?!\w)")
    return a


def _sheet_texts(lang: str) -> list[str]:
    """Every string of the six section sheets in ``lang`` (titles, intros, KPIs, charts, tables, notes)."""
    import dataclasses

    from backan_desktop.core.library import load_library
    from backan_desktop.core.sheets import SHEET_IDS, build_sheet

    lib = load_library(DATA)
    out: list[str] = []

    def walk(value):
        if isinstance(value, str):
            out.append(value)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)

    for sid in SHEET_IDS:
        walk(build_sheet(lib, sid, lang))
    return out


def _words(text: str) -> set[str]:
    """Plain-letter words of three letters or more, lower-case (the ones English and Vietnamese
    could share; a word with a Vietnamese letter is never English)."""
    return {w.casefold() for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"\{\w*\}", " ", text))}


def _strip(text: str, phrases: list[str]) -> str:
    for p in phrases:
        if p in text:
            text = text.replace(p, " ")
    return text


def not_vietnamese_free(text: str) -> list[str]:
    """Vietnamese words of ``text`` that an English UI must not show."""
    a = allowed()
    rest = _strip(text, a.phrases_in_en)
    return [w for w in vietnamese_words(rest) if w.casefold() not in a.names]


_QUOTED = re.compile(r"(?<!\w)'[^'\n]*'(?!\w)")     # 'abc', 'string': quoted from a file


def english_in(text: str) -> str:
    """The English of the app found in ``text`` (for a Vietnamese UI), or ""."""
    a = allowed()
    rest = _QUOTED.sub("''", _strip(text, a.phrases_in_vi)).strip()
    if not rest:
        return ""
    if rest in a.english:
        return rest
    if a.english_search is not None:
        m = a.english_search.search(rest)
        if m:
            return m.group(0)
    for pieces in a.english_templates:
        at = 0
        for piece in pieces:
            m = piece.search(rest, at)
            if m is None:
                break
            at = m.end()
        else:
            return " … ".join(p.pattern for p in pieces)
    for shape in a.english_shapes:
        if shape.fullmatch(rest):
            return shape.pattern
    words = {w.lower() for w in _WORD.findall(rest)}
    if not vietnamese_words(rest) and len(words & _EN_STOPWORDS) >= 2:
        return rest
    # not in paths, file names, URLs, ids (dataset:observations, socongthuong-giam-con-…)
    stray = sorted(_words(re.sub(r"\S*[/\\.:@_-]\S*", " ", rest)) & a.english_words)
    return " ".join(stray)


def foreign(texts: list[tuple[str, str]], lang: str) -> list[tuple[str, str, str]]:
    """(where, text, why) for each text that is not in ``lang``."""
    out = []
    for where, text in texts:
        if lang == "en":
            bad = not_vietnamese_free(text)
            if bad:
                out.append((where, text, "Vietnamese: " + " ".join(bad)))
        else:
            en = english_in(text)
            if en:
                out.append((where, text, "English: " + en))
    return out


# -- what is on screen -----------------------------------------------------------------------------------
def _name(w) -> str:
    return f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__


def menu_texts(menu, where: str) -> list[tuple[str, str]]:
    """A menu's actions as a person sees them when it opens (lazily filled menus are filled)."""
    menu.aboutToShow.emit()
    out = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = plain(action.text()).split("\t")[0]         # "Undo\tCtrl+Z": the shortcut is not words
        out.append((f"{where} › {text}", text))
        if action.toolTip() and plain(action.toolTip()) not in (text, text.replace("…", "").strip()):   # Qt's default
            out.append((f"{where} › {text} (tooltip)", plain(action.toolTip())))
        if action.menu() is not None:
            out += menu_texts(action.menu(), f"{where} › {text}")
    return out


def _model_texts(view, where: str, lang: str, max_rows: int = 60) -> list[tuple[str, str]]:
    from PySide6.QtCore import QModelIndex, Qt

    model = view.model()
    if model is None:
        return []
    out = []
    display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    try:
        columns = range(model.columnCount(QModelIndex()))
    except TypeError:           # a list widget's own model keeps columnCount private: one column
        columns = range(1)
    skip = set()
    frame = getattr(_source(model), "frame", None)
    if frame is not None:       # a raw data table: columns written in the other language are data
        other = "_en" if lang == "vi" else "_vi"
        skip = {c for c in columns if str(frame.columns[c]).endswith(other)}
    header = getattr(view, "horizontalHeader", None)
    if header is None or header().isVisible():
        for c in columns:
            for role in (display, tip):
                h = model.headerData(c, Qt.Orientation.Horizontal, role)
                if isinstance(h, str) and h:
                    out.append((f"{where} header {c}", plain(h)))
    for r in range(min(model.rowCount(QModelIndex()), max_rows)):
        for c in columns:
            if c in skip:
                continue
            for role in (display, tip):
                v = model.data(model.index(r, c), role)
                if isinstance(v, str) and v:
                    out.append((f"{where} [{r},{c}]", plain(v)))
    return out


def _source(model):
    while hasattr(model, "sourceModel") and model.sourceModel() is not None:
        model = model.sourceModel()
    return model


def _plot_texts(w, where: str) -> list[tuple[str, str]]:
    """pyqtgraph: axis labels, tick labels, legend entries and the tooltip of each point."""
    out = []
    plot = w.getPlotItem()
    if plot.titleLabel.isVisible() and plot.titleLabel.text:
        out.append((f"{where} title", plain(plot.titleLabel.text)))
    for side in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(side)
        if not axis.isVisible():
            continue
        label = " ".join(x for x in (axis.labelText, axis.labelUnits) if x)
        if label and axis.label.isVisible():
            out.append((f"{where} {side} axis label", plain(label)))
        for level in (axis._tickLevels or []):
            out += [(f"{where} {side} tick", str(text)) for _v, text in level]
    if plot.legend is not None:
        for _sample, label in plot.legend.items:
            out.append((f"{where} legend", plain(label.text)))
    # the tooltip of each point: move the mouse over it as a person would
    from PySide6.QtCore import QPointF
    items = [i[0] if isinstance(i, (list, tuple)) else i for i in getattr(w, "series_items", []) if i]
    for item in items[:1]:
        xs = getattr(item, "xData", None)
        if xs is None:
            opts = getattr(item, "opts", {})
            xs = opts.get("x")
        if xs is None:
            continue
        ys = getattr(item, "yData", None)
        for i, x in enumerate(list(xs)[:3]):
            y = 0.0 if ys is None or ys[i] != ys[i] else float(ys[i])
            scene = plot.vb.mapViewToScene(QPointF(float(x), y))
            w.setToolTip("")
            plot.scene().sigMouseMoved.emit(scene)
            if w.toolTip():
                out.append((f"{where} point {i} tooltip", plain(w.toolTip())))
    return out


def _chart_texts(chart, where: str) -> list[tuple[str, str]]:
    """A chart drawn by the print painter (fair mode, SVG): the texts it paints."""
    out = [(f"{where} title", chart.title), (f"{where} unit", chart.unit_label)]
    out += [(f"{where} x", x) for x in chart.x_labels]
    out += [(f"{where} series", s.name) for s in chart.series]
    return [(k, v) for k, v in out if v]


def screen_texts(root, lang: str = "") -> list[tuple[str, str]]:
    """(where, text) for every text shown by ``root`` and its visible children."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QHeaderView, QLabel,
                                   QLineEdit, QMainWindow, QStatusBar, QTabBar, QWidget)

    try:
        import pyqtgraph as pg
        plot_type = pg.PlotWidget
    except ImportError:      # pragma: no cover
        plot_type = ()
    out: list[tuple[str, str]] = []
    widgets = [root] + [w for w in root.findChildren(QWidget) if w.isVisible()]
    for w in widgets:
        where = _name(w)
        if w.isWindow() and w.windowTitle():
            out.append((f"{where} window title", w.windowTitle()))
        for attr in ("toolTip", "accessibleName", "statusTip", "whatsThis"):
            value = getattr(w, attr)()
            if value:
                out.append((f"{where} {attr}", plain(value)))
        if isinstance(w, QLabel):
            out.append((where, plain(w.text())))
        elif isinstance(w, QAbstractButton):
            out.append((where, plain(w.text())))
        elif isinstance(w, QLineEdit):
            out.append((f"{where} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(f"{where} item {i}", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QGroupBox):
            out.append((where, plain(w.title())))
        elif isinstance(w, QTabBar):
            out += [(f"{where} tab", plain(w.tabText(i))) for i in range(w.count())]
        elif isinstance(w, QStatusBar):
            out.append((f"{where} message", w.currentMessage()))
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) \
                and not isinstance(w.parentWidget(), QComboBox):      # headers: read with their view
            out += _model_texts(w, where, lang)
        elif plot_type and isinstance(w, plot_type):
            out += _plot_texts(w, where)
        if isinstance(w, QMainWindow) and w.menuBar() is not None:
            for action in w.menuBar().actions():
                out.append((f"menu {plain(action.text())}", plain(action.text())))
                if action.menu() is not None:
                    out += menu_texts(action.menu(), f"menu {plain(action.text())}")
        chart = getattr(w, "chart", None)
        if chart is not None and hasattr(chart, "x_labels") and not callable(chart):
            out += _chart_texts(chart, where)
        for action in w.actions():         # context-menu actions of views and the like
            if action.text() and not action.isSeparator():
                out.append((f"{where} action", plain(action.text())))
    return [(k, v.strip()) for k, v in out if v and v.strip()]


def check(root, lang: str) -> list[tuple[str, str, str]]:
    return foreign(screen_texts(root, lang), lang)
