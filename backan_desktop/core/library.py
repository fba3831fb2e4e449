"""The library: the bundled data package plus the user's imported datasets, as plain Python
objects the sheets, pages and CLI share.

Observations are grouped by (indicator, area, category, period). When sources disagree on a
figure each value stays as its own *vintage*; :meth:`Library.choose` picks the one shown
(the row marked ``preferred``, else the most authoritative status, else the newest source) and
the others travel along so that every view can say that sources disagree.
"""
from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .formatting import QUALIFIER_WORDS, Formatter, UnitFormat, plain_unit
from .messages import QT_TRANSLATE_NOOP, Message
from .datapackage import LoadedPackage, Table, load_package
from .problems import Problem
from .texts import STATUS, in_lang, t
from .vocab import SOURCE_KIND_RANK, SOURCE_KINDS, STATUS_RANK
from .periods import Period, PeriodError, parse_period
from .paths import bundled_package_dir



@dataclass(frozen=True)
class Indicator:
    id: str
    section: str
    title_vi: str
    title_en: str
    unit: str
    description_vi: str = ""
    description_en: str = ""

    def title(self, lang: str) -> str:
        return in_lang((self.title_vi, self.title_en), lang)

    def description(self, lang: str) -> str:
        return in_lang((self.description_vi, self.description_en), lang) or ""


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    url: str = ""
    date: str = ""
    language: str = ""
    imported_from: str = ""     # the file staff imported the figures from (then there is no publisher)
    kind: str = ""              # vocab.SOURCE_KINDS: statistics office, government, press, research, secondary copy
    accessed: str = ""          # when the page was last read (ISO date); ``date`` is when it was published
    publisher_en: str = ""      # the publisher's own English name, where it has one
    origin: str = ""            # kind of who produced the figures, when the page names it (a statistics-office survey)

    def publisher_in(self, lang: str) -> str:
        """Who published it, as written in ``lang`` ("Imported file: x.xlsx" for an imported file);
        the Vietnamese name where the publisher has no English one."""
        if self.imported_from:
            return t("imported_file", lang, file=self.imported_from)
        return in_lang((self.publisher, self.publisher_en or self.publisher), lang)

    @property
    def authority(self) -> str:
        """The kind a figure of this page counts as when figures are preferred: the kind of the
        release the page names (``origin``), else the page's own; a secondary copy stays one."""
        return self.origin if self.origin and self.kind != "secondary_copy" else self.kind


@dataclass(frozen=True)
class Area:
    id: str
    name_vi: str
    name_en: str
    level: str = ""
    parent: str = ""

    def name(self, lang: str) -> str:
        return in_lang((self.name_vi, self.name_en), lang)


@dataclass(frozen=True)
class Observation:
    indicator: str
    area: str
    period: Period
    category: str
    value: float
    decimals: int
    qualifier: str
    unit: str
    status: str
    source: str
    preferred: bool
    note_vi: str
    note_en: str
    quote: str
    row: int            # 1-based CSV row, for provenance
    series: str = ""    # the way of measuring (standard, data source); never joined across by a line

    def note(self, lang: str) -> str:
        return in_lang((self.note_vi, self.note_en), lang) or ""


@dataclass
class SeriesPoint:
    """The figure shown for one period, and the other vintages for the same period."""
    period: Period
    chosen: Observation
    others: list[Observation] = field(default_factory=list)

    @property
    def disagrees(self) -> bool:
        return any(o.value != self.chosen.value for o in self.others)


@dataclass
class IndicatorView:
    """One indicator as read once (:meth:`Library.view`): each series (area, breakdown) as the
    figures shown, one per period in period order, each with the other vintages."""
    indicator: str
    series: dict[tuple[str, str], list[SeriesPoint]]

    def points(self, area: str = "backan", category: str = "",
               kinds: Optional[Iterable[str]] = None) -> list[SeriesPoint]:
        points = self.series.get((area, category), [])
        return list(points) if kinds is None else [p for p in points if p.period.kind in set(kinds)]

    def at(self, period: str, area: str = "backan", category: str = "") -> Optional[SeriesPoint]:
        return next((p for p in self.series.get((area, category), []) if p.period.text == period), None)


class Dataset:
    """A table the Datasets browser can open and ``dataset:<id>`` sheets can print.

    Rows of an imported table are read only when something asks for :attr:`table` (from the
    columnar copy when it is current, else from the CSV): a library of big imports starts, lists
    and exports sections without reading them. Loading is thread-safe; call :meth:`load` from a
    worker when :attr:`loaded` is False and the GUI thread must not wait."""

    def __init__(self, id: str, package: LoadedPackage, resource_name: str, lazy=None):
        self.id = id
        self.package = package
        self.resource_name = resource_name
        self._lazy = lazy                      # a columnar.LazyTable while the rows are not read
        self._lock = threading.Lock()
        self.load_problems: list[Problem] = []  # found when the rows were read (the CSV had changed)

    @property
    def resource(self):
        return self.package.descriptor.resource(self.resource_name)

    @property
    def schema(self):
        return self.resource.schema_

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.schema.fields]

    @property
    def loaded(self) -> bool:
        return self.resource_name in self.package.tables

    @property
    def row_count(self) -> int:
        """Rows of the table, without reading them."""
        if self._lazy is not None and not self.loaded:
            return self._lazy.rows
        return len(self.table)

    def load(self) -> Table:
        with self._lock:
            table = self.package.tables.get(self.resource_name)
            if table is None:
                table, self.load_problems = self._lazy.load()
                self.package.tables[self.resource_name] = table
            return table

    @property
    def table(self) -> Table:
        table = self.package.tables.get(self.resource_name)
        return table if table is not None else self.load()

    def title(self, lang: str) -> str:
        return self.resource.label(lang)

    def description(self, lang: str) -> str:
        return self.resource.describe(lang)


def _s(v) -> str:
    return "" if v is None else str(v)


class Library:
    """Everything loaded, indexed for the views. Build with :func:`load_library`. Read-only after
    construction but for imported tables read on first use (each behind its own lock) and each
    indicator's :meth:`view`, made once on first use (two threads asking at once keep the same
    one), so it may be shared between threads."""

    def __init__(self, packages: list[LoadedPackage]):
        self.packages = packages
        self.problems: list[Problem] = [p for pkg in packages for p in pkg.problems]
        self.indicators: dict[str, Indicator] = {}
        self.sources: dict[str, Source] = {}
        self.units: dict[str, UnitFormat] = {}
        self.categories: dict[str, tuple[str, str]] = {}
        self.areas: dict[str, Area] = {}
        self.observations: list[Observation] = []
        self.datasets: dict[str, Dataset] = {}
        self._groups: dict[tuple[str, str, str], dict[str, list[Observation]]] = defaultdict(lambda: defaultdict(list))
        self._views: dict[str, IndicatorView] = {}
        series = []
        for pkg in packages:
            series += self._absorb(pkg)
        # imported series join the section pages once every catalogue is known; a dataset is read
        # only when its catalogue lists one of the indicators (the others stay unread)
        for pkg, res, dataset in series:
            if self._links(pkg, res):
                self._absorb_series(pkg, res, dataset.table)
        self._check_semantics()

    # -- building ---------------------------------------------------------------------------
    def _absorb(self, pkg: LoadedPackage) -> list:
        """Index one package's catalogue tables and make a Dataset of each table; returns the
        series resources, which are linked to the catalogue afterwards."""
        series = []
        if pkg.descriptor is None:
            return series
        for res in pkg.descriptor.resources:
            table = pkg.tables.get(res.name)
            lazy = pkg.lazy.get(res.name) if table is None else None
            if table is None and lazy is None:
                continue
            # row dicts only for the small catalogue tables; a big imported table is never walked row by row
            rows = table.rows() if res.role not in ("table", "series") else []
            if res.role == "indicators":
                for r in rows:
                    self.indicators[r["id"]] = Indicator(r["id"], r["section"], r["title_vi"], r["title_en"], r["unit"],
                                                         _s(r.get("description_vi")), _s(r.get("description_en")))
            elif res.role == "sources":
                for r in rows:
                    self.sources[r["id"]] = Source(r["id"], r["publisher"], r["title"], _s(r.get("url")),
                                                   _s(r.get("date")), _s(r.get("language")), kind=_s(r.get("kind")),
                                                   accessed=_s(r.get("accessed")), publisher_en=_s(r.get("publisher_en")),
                                                   origin=_s(r.get("origin")))
            elif res.role == "units":
                for r in rows:
                    self.units[r["id"]] = UnitFormat(r["id"], r["label_vi"], r["label_en"], r["pattern_vi"], r["pattern_en"])
            elif res.role == "categories":
                for r in rows:
                    self.categories[r["id"]] = (r["label_vi"], r["label_en"])
            elif res.role == "areas":
                for r in rows:
                    self.areas[r["id"]] = Area(r["id"], r["name_vi"], r["name_en"], _s(r.get("level")), _s(r.get("parent")))
            elif res.role == "observations":
                decimals = table.decimals.get("value", [])
                for i, r in enumerate(rows):
                    try:
                        period = parse_period(r["period"])
                    except PeriodError as exc:
                        self.problems.append(Problem(str(res.path), exc.message, i + 2))
                        continue
                    obs = Observation(r["indicator"], r["area"], period, _s(r.get("category")), r["value"],
                                      decimals[i] if i < len(decimals) else 0, _s(r.get("qualifier")), r["unit"],
                                      r["status"], r["source"], bool(r.get("preferred")), _s(r.get("note_vi")),
                                      _s(r.get("note_en")), _s(r.get("quote")), i + 2, _s(r.get("series")))
                    self._add(obs)
            if pkg.descriptor.name == "backan-economy":
                dataset_id = res.name
            elif len(pkg.descriptor.resources) == 1:
                dataset_id = pkg.descriptor.name
            else:
                dataset_id = f"{pkg.descriptor.name}.{res.name}"
            self.datasets[dataset_id] = Dataset(dataset_id, pkg, res.name, lazy)
            if res.role == "series":
                series.append((pkg, res, self.datasets[dataset_id]))
        return series

    def _add(self, obs: Observation) -> None:
        self.observations.append(obs)
        self._groups[(obs.indicator, obs.area, obs.category)][obs.period.text].append(obs)

    def _links(self, pkg: LoadedPackage, res) -> bool:
        """Whether a series resource may hold indicators of the catalogue (its catalogue entry
        says which it holds; a loaded table is simply looked at)."""
        lazy = pkg.lazy.get(res.name)
        if res.name in pkg.tables or lazy is None:
            return True
        ids = lazy.indicators
        return ids is None or any(i in self.indicators for i in ids)

    def _absorb_series(self, pkg: LoadedPackage, res, table: Table) -> None:
        """Rows of an imported dataset whose indicator is in the catalogue join the observations
        as one more vintage, with the imported file as their source (e.g. next year's figures
        filled into the update template)."""
        source_id = f"import:{pkg.descriptor.name}"
        decimals = table.decimals.get("value", [])
        used = False
        indicators = table.columns["indicator"]
        names = table.field_names
        wanted = [i for i, ind in enumerate(indicators) if ind in self.indicators]
        for i in wanted:
            r = {n: table.columns[n][i] for n in names}
            ind = self.indicators.get(r.get("indicator") or "")
            if ind is None or r.get("value") is None:
                continue
            unit = r.get("unit") or ind.unit
            if unit not in self.units:
                continue
            try:
                period = parse_period(r.get("period") or "")
            except PeriodError:
                continue
            obs = Observation(ind.id, r.get("area") or "backan", period, _s(r.get("category")), r["value"],
                              decimals[i] if i < len(decimals) else 0, "", unit, r.get("status") or "not_stated",
                              source_id, False, _s(r.get("note")), _s(r.get("note")), "", i + 2)
            self._add(obs)
            used = True
        if used:
            extra = pkg.descriptor.model_extra or {}
            origin = (extra.get("imported_from") or {}).get("file", "")
            ref = pkg.descriptor.sources[0] if pkg.descriptor.sources else None      # what the user said of it
            kind = (ref.model_extra or {}).get("kind") if ref else None
            self.sources[source_id] = Source(source_id, "", pkg.descriptor.label("vi"), _s(ref.path if ref else ""),
                                             pkg.descriptor.data_as_of or pkg.descriptor.created or "", "",
                                             imported_from=origin or pkg.descriptor.name,
                                             kind=kind if kind in SOURCE_KINDS else "")

    def _check_semantics(self) -> None:
        """Rules a CSV schema cannot express."""
        for (ind, area, cat), periods in self._groups.items():
            for text, group in periods.items():
                if len({o.value for o in group}) > 1 and sum(o.preferred for o in group) > 1:
                    rows = ", ".join(str(o.row) for o in group if o.preferred)
                    figure = f"{ind} {area} {cat or ''} {text}".replace("  ", " ")
                    self.problems.append(Problem("observations.csv", Message(QT_TRANSLATE_NOOP(
                        "Problems", "{figure}: several rows marked preferred (rows {rows})"), figure=figure, rows=rows),
                        group[0].row, 10))

    # -- queries ------------------------------------------------------------------------------
    def unit(self, unit_id: str) -> UnitFormat:
        return self.units.get(unit_id) or plain_unit(unit_id)

    def category_label(self, cat: str, lang: str) -> str:
        return Formatter(self, lang).category(cat)

    def area_name(self, area_id: str, lang: str) -> str:
        return Formatter(self, lang).area(area_id)

    @staticmethod
    def choose(group: list[Observation], sources: dict[str, Source]) -> Observation:
        """The vintage of one period shown: explicitly preferred, else best status, else the most
        authoritative kind of source (:attr:`Source.authority`: statistics office, government, press,
        research, secondary copy), else newest source, else first."""
        marked = [o for o in group if o.preferred]
        if marked:
            return marked[0]

        def key(o: Observation):
            src = sources.get(o.source)
            return (STATUS_RANK.get(o.status, 9), SOURCE_KIND_RANK.get(src.authority if src else "", 9),
                    _neg_date(src.date if src else ""), o.row)
        return min(group, key=key)

    def view(self, indicator: str) -> IndicatorView:
        """Every series of ``indicator``, its figures chosen once (:meth:`choose`) and kept: the
        sheets, the context lines and the Compare page read the figures from it."""
        view = self._views.get(indicator)
        if view is None:
            series = {}
            for (ind, area, cat), periods in self._groups.items():
                if ind == indicator:
                    points = []
                    for group in periods.values():
                        chosen = self.choose(group, self.sources)
                        points.append(SeriesPoint(chosen.period, chosen, [o for o in group if o is not chosen]))
                    series[(area, cat)] = sorted(points, key=lambda p: p.period.sort_key())
            view = self._views.setdefault(indicator, IndicatorView(indicator, series))
        return view

    def series(self, indicator: str, area: str = "backan", category: str = "",
               kinds: Optional[Iterable[str]] = None) -> list[SeriesPoint]:
        """Chronological points of one series; ``kinds`` filters period kinds (e.g. ``{"year"}``)."""
        return self.view(indicator).points(area, category, kinds)

    def point(self, indicator: str, period: str, area: str = "backan", category: str = "") -> Optional[SeriesPoint]:
        return self.view(indicator).at(period, area, category)

    def categories_of(self, indicator: str, area: str = "backan") -> list[str]:
        cats = [c for (a, c) in self.view(indicator).series if a == area]
        return sorted(cats, key=lambda c: (c != "", list(self.categories).index(c) if c in self.categories else 999, c))

    def indicators_in(self, section: str) -> list[Indicator]:
        return [i for i in self.indicators.values() if i.section == section]

    def observations_in(self, section: str) -> list[Observation]:
        ids = {i.id for i in self.indicators_in(section)}
        return [o for o in self.observations if o.indicator in ids]

    def value_labels(self, dataset_id: str, lang: str) -> dict[str, dict[str, str]]:
        """Readable names for id columns of a dataset (indicator, area, category, unit, status)."""
        ds = self.datasets.get(dataset_id)
        if ds is None:
            return {}
        names = set(ds.field_names)         # from the schema: no rows read
        units = {k: u.label(lang) for k, u in self.units.items()}
        out: dict[str, dict[str, str]] = {col: units for col in ("capital_unit", "investment_unit") if col in names}
        if ds.resource.role in ("observations", "series"):      # an imported table's statuses are the app's words
            out.update(unit=units, status={k: in_lang(v, lang) for k, v in STATUS.items()})
        if ds.resource.role == "observations":
            out.update(indicator={k: i.title(lang) for k, i in self.indicators.items()},
                       category={k: in_lang(v, lang) for k, v in self.categories.items()},
                       qualifier=dict(QUALIFIER_WORDS[lang]))
        if "area" in names:
            out["area"] = {k: a.name(lang) for k, a in self.areas.items()}
        return out

    def data_as_of(self) -> str:
        """The newest source date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) among used sources."""
        used = {o.source for o in self.observations}
        dates = [s.date for s in self.sources.values() if s.id in used and s.date]
        return max(dates, key=lambda d: (d + "-99-99")[:10]) if dates else ""


def _neg_date(d: str) -> tuple:
    """Sort key putting newer dates first; undated sources last."""
    if not d:
        return (1, "")
    digits = (d + "-00-00")[:10].replace("-", "")
    return (0, str(99999999 - int(digits)))


def load_library(bundled: Optional[Path] = None, data_home: Optional[Path] = None) -> Library:
    """Load the bundled package and the catalogue of every imported package under
    ``data_home/datasets``: imported tables are read when first used (see :class:`Dataset`).

    Reads and checks the bundled CSVs (pure Python, ~0.1 s): call from a worker thread in the GUI.
    Also tidies what an interrupted import left behind.
    """
    from .storage.columnar import open_imported
    from .storage.sweep import sweep_leftovers

    packages = [load_package(bundled or bundled_package_dir())]
    if data_home is not None:
        root = Path(data_home) / "datasets"
        if root.is_dir():
            sweep_leftovers(root)
            for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
                packages.append(open_imported(folder))
    return Library(packages)
