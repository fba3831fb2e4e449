"""Command line: open the viewer, list datasets and sheets, export PDFs, validate packages.

    backan-desktop [--lang vi|en] [--data-home DIR] [--kiosk]
    backan-desktop list [--data-home DIR]
    backan-desktop export (--sheet ID ... | --all) [--lang vi|en|bilingual] (-o FILE.pdf | --output-dir DIR)
                          [--paper A4|A5|Letter] [--appendix] [--all-rows] [--data-home DIR]
    backan-desktop validate PATH ...

Exit codes: 0 success, 1 problems found / export failed, 2 usage. Qt is imported only by the
commands that need it; bad input gives a message, never a traceback.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional

from .core.vocab import DEFAULT_LANG, LANGS, SECTIONS, SOURCE_KINDS, STATUSES

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's default exits 2 too; keep the message short and clear
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _given_once(action_class):
    """``action_class`` (a single-valued option) made to refuse a second occurrence: the last one
    silently winning would drop what the user asked for (``--paper A4 --paper A5``)."""
    class Once(action_class):
        def __call__(self, parser, namespace, values, option_string=None):
            given = namespace.__dict__.setdefault("_given_options", set())
            if self.dest in given:
                parser.error(f"{option_string} is given more than once; give it once")
            given.add(self.dest)
            super().__call__(parser, namespace, values, option_string)
    Once.__name__ = f"Once{action_class.__name__}"
    return Once


_SINGLE = (argparse._StoreAction, argparse._StoreTrueAction, argparse._StoreConstAction)


def _refuse_repeats(parser: argparse.ArgumentParser) -> None:
    """Every single-valued option of ``parser`` and its commands refuses to be given twice;
    options that take several values (``--sheet``, ``--decimal``) add them up instead."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                _refuse_repeats(sub)
        elif action.option_strings and type(action) in _SINGLE:
            action.__class__ = _given_once(type(action))


def _common(p: argparse.ArgumentParser, suppress: bool) -> None:
    d = argparse.SUPPRESS if suppress else None
    p.add_argument("--data-home", metavar="DIR", default=d,
                   help="writable user folder for imported datasets and logs (env BACKAN_DATA_HOME)")


def _lang(p: argparse.ArgumentParser, suppress: bool) -> None:
    p.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS if suppress else None,
                   help="language (default: the saved choice, else the system language if vi/en, else vi)")


def _decimal_arg(text: str) -> tuple[Optional[str], str]:
    """``--decimal ,`` (every column) or ``--decimal 'lifeExp=.'`` (one column)."""
    column, sep, mark = text.rpartition("=")
    if mark.strip() not in (",", ".") or (sep and not column.strip()):
        raise argparse.ArgumentTypeError(f"'{text}': give ',' or '.', or COLUMN=, / COLUMN=.")
    return (column.strip() or None), mark.strip()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="backan-desktop", description="Offline fact-sheet viewer for the former Bắc Kạn province.")
    _lang(parser, False)
    _common(parser, False)
    from . import __version__
    parser.add_argument("--version", action="version", version=f"backan-desktop {__version__}")
    parser.add_argument("--kiosk", action="store_true",
                        help="open fair mode: a locked full-screen presentation for a booth (leaving it needs the "
                             "staff PIN)")
    parser.add_argument("--self-test", action="store_true",
                        help="load every bundled dataset, build each page offscreen, export every sheet in both "
                             "languages to a temporary folder and check them; exit 0 if all is well")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p_list = sub.add_parser("list", help="list datasets and fact-sheet ids")
    _common(p_list, True)

    p_exp = sub.add_parser("export", help="export fact sheets as PDF")
    which = p_exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--sheet", nargs="+", action="extend", metavar="ID",
                       help="sheet ids (see 'list'), e.g. overview economy dataset:projects; repeatable")
    which.add_argument("--all", action="store_true",
                       help="every section sheet and the overview; with --output-dir also a booklet with a contents page")
    where = p_exp.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="FILE.pdf", help="one PDF with the chosen sheets")
    where.add_argument("--output-dir", metavar="DIR", help="one PDF per sheet, named <sheet-id>_<lang>.pdf")
    p_exp.add_argument("--paper", choices=["A4", "A5", "Letter"], default="A4")
    p_exp.add_argument("--appendix", action="store_true",
                       help="after each sheet's two-page front, an appendix with every figure, every vintage and the "
                            "tables the front shortened (a dataset sheet: its full listing); a booklet gets one "
                            "appendix at the end")
    p_exp.add_argument("--all-rows", action="store_true",
                       help="a dataset sheet's appendix lists every row (by default the first 5,000, with a note); "
                            "implies --appendix")
    p_exp.add_argument("--lang", choices=[*LANGS, "bilingual"], default=argparse.SUPPRESS,
                       help="sheet language; 'bilingual' puts the Vietnamese and English sheet of each id one after the other")
    _common(p_exp, True)

    p_imp = sub.add_parser("import", help="import a CSV, an XLSX sheet or a data package (folder or .zip) into the library",
                           description="Exit codes: 0 imported; 1 problems found (the library is unchanged); 2 usage.")
    p_imp.add_argument("path", metavar="PATH")
    p_imp.add_argument("--id", dest="dataset_id", help="dataset id (default: from the file name)")
    p_imp.add_argument("--title", help="dataset title (default: the file name)")
    p_imp.add_argument("--section", choices=SECTIONS)
    p_imp.add_argument("--shape", choices=["long", "wide", "yearbook"], help="the table's layout, if not recognised")
    p_imp.add_argument("--period-col", help="column with periods/years (name or 1-based number)")
    p_imp.add_argument("--value-col", help="column with values (long shape)")
    p_imp.add_argument("--indicator-col", help="column naming the series (long shape)")
    p_imp.add_argument("--area-col", help="column with the area/entity")
    p_imp.add_argument("--unit", help="unit of the values when the file has no unit column")
    p_imp.add_argument("--header-row", type=int, help="file row of the column headers (1-based)")
    p_imp.add_argument("--decimal", action="append", type=_decimal_arg, metavar="MARK|COLUMN=MARK",
                       help="decimal mark ',' or '.' of every column, or (COLUMN=MARK, repeatable) of one column "
                            "(default: decided per column from its values; the output says which and why)")
    p_imp.add_argument("--sheet", help="XLSX sheet name or number")
    p_imp.add_argument("--encoding", help="text encoding of a CSV (default: detected; e.g. utf-8, utf-16, windows-1258, windows-1252)")
    p_imp.add_argument("--source", help="source (title) of the figures, for rows whose source cell is empty")
    p_imp.add_argument("--source-url", metavar="URL", help="web address of that source")
    p_imp.add_argument("--source-kind", choices=SOURCE_KINDS,
                       help="who published the figures; headline tiles prefer statistics_office, then government, "
                            "then press (default: not stated, ranked after every stated kind)")
    p_imp.add_argument("--status", choices=STATUSES, default="not_stated",
                       help="status of the figures whose status cell is empty (default: not_stated; an imported "
                            "figure is official only when the file or this option says so)")
    p_imp.add_argument("--as-of", metavar="DATE", help="the figures' own 'data as of' date: YYYY, YYYY-MM or YYYY-MM-DD")
    p_imp.add_argument("--dry-run", action="store_true", help="check and show the changes, write nothing")
    _common(p_imp, True)

    p_rm = sub.add_parser("remove", help="remove an imported dataset from the library")
    p_rm.add_argument("dataset_id", metavar="ID")
    _common(p_rm, True)

    p_val = sub.add_parser("validate", help="check data packages and tables before an import; prints file:row:col: "
                                            "message per problem")
    p_val.add_argument("paths", nargs="+", metavar="PATH",
                       help="a data package (folder, datapackage.json or .zip) or a table (CSV, XLSX), as import reads it")

    from .share.command import add_parser as add_share_parser
    _common(add_share_parser(sub), True)
    _refuse_repeats(parser)
    return parser


def _err(msg: str) -> None:
    if sys.stderr is not None:
        print(msg, file=sys.stderr)


def _library(data_home: Optional[str]):
    from .core.library import load_library
    from .core.paths import resolve_data_home

    home = resolve_data_home(data_home)
    lib = load_library(data_home=home)
    for p in lib.problems[:20]:
        _err(f"warning: {p}")
    return lib


def default_lang() -> str:
    from locale import getlocale
    try:
        code = (os.environ.get("LANG") or getlocale()[0] or "").lower()
    except ValueError:
        code = ""
    return next((lang for lang in LANGS if code.startswith(lang)), DEFAULT_LANG)


def cmd_list(args) -> int:
    from .core.sheets import SHEET_IDS
    lib = _library(args.data_home)
    print("Fact sheets:")
    for sid in SHEET_IDS:
        print(f"  {sid}")
    print("Datasets (export with --sheet dataset:<id>):")
    for did, ds in lib.datasets.items():
        print(f"  dataset:{did:<22} {ds.row_count:>7} rows  {ds.title('en')}")
    return EXIT_OK


def cmd_export(args) -> int:
    from .core.sheets import SHEET_IDS, UnknownSheet, build_sheet

    lang = getattr(args, "lang", None) or default_lang()
    lib = _library(args.data_home)
    ids = list(SHEET_IDS) if args.all else args.sheet
    known = set(SHEET_IDS) | {f"dataset:{d}" for d in lib.datasets}
    unknown = [s for s in ids if s not in known]
    if unknown:
        _err(f"backan-desktop export: unknown sheet id(s): {', '.join(unknown)}. Known: {', '.join(sorted(known))}")
        return EXIT_USAGE
    from .qt.app import make_app
    from .qt.export import BILINGUAL, ExportError, export_sheets

    make_app(gui=False)
    langs = list(LANGS) if lang == BILINGUAL else [lang]
    folder = args.output is None
    if folder:
        ids = list(dict.fromkeys(ids))        # one file per id
    try:
        sheets = [build_sheet(lib, sid, lg, all_rows=args.all_rows) for sid in ids for lg in langs]
    except UnknownSheet as exc:
        _err(f"backan-desktop export: unknown sheet {exc}")
        return EXIT_USAGE
    target = Path(args.output_dir if folder else args.output)
    if folder:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _err(f"{target}: cannot create the folder ({exc.strerror or exc})")
            return EXIT_PROBLEMS
    try:
        export_sheets(sheets, target, folder=folder, booklet=args.all if folder else len(sheets) > 2,
                      paper=args.paper, appendix=args.appendix or args.all_rows,
                      on_written=lambda f: print(f"{f.path}: {f.pages} pages" + (" (booklet)" if f.booklet else "")))
    except ExportError as exc:
        _err(str(exc))
        return EXIT_PROBLEMS
    return EXIT_OK


def _print_problems(problems, base: Optional[Path] = None) -> None:
    for p in problems:
        file = base / p.file if base is not None else p.file
        print(f"{file}:{p.row}:{p.column or 0}: {p.message}" if p.row else f"{file}: {p.message}")


def _is_package(path: Path) -> bool:
    return path.is_dir() or path.name == "datapackage.json" or path.suffix.lower() == ".zip"


def cmd_validate(args) -> int:
    """Check each path as the importer would read it — a data package (folder, datapackage.json or
    .zip) or a table (CSV, XLSX) — and print the same problems ``import --dry-run`` reports."""
    import tempfile

    from .core.datacheck import check_package
    from .core.datapackage import load_package
    from .core.importing import ImportOptions, preview_table
    from .core.library import Library
    from .core.storage.datasets import preview_package

    status = EXIT_OK
    for raw in args.paths:
        path = Path(raw)
        if not path.exists():
            _err(f"{raw}: no such file or folder")
            return EXIT_USAGE
        if path.suffix.lower() == ".zip" and path.is_file():
            with tempfile.TemporaryDirectory(prefix="backan-validate-") as work:
                preview = preview_package(path, None, Path(work))
                problems, what = preview.problems, "data package"
                if not problems:
                    problems = check_package(load_package(preview.package_dir))
        elif path.is_dir() or (path.name == "datapackage.json" and path.is_file()):
            pkg = load_package(path)
            problems = list(pkg.problems)
            if pkg.descriptor is not None:
                problems += [p for p in Library([pkg]).problems if p not in problems]
                problems += check_package(pkg)
            _print_problems(problems, path if path.is_dir() else path.parent)
            if problems:
                status = EXIT_PROBLEMS
            else:
                rows = sum(len(t) for t in pkg.tables.values())
                print(f"{path}: valid ({len(pkg.tables)} resources, {rows} rows)")
            continue
        else:
            preview = preview_table(path, ImportOptions())
            problems = preview.problems
            what = f"{preview.shape} table" if preview.shape else "table"
            _print_readings(preview.readings)
            for warning in preview.summary.warnings:     # the data check's findings do not block an import
                print(f"warning: {warning}")
        _print_problems(problems)
        if problems:
            status = EXIT_PROBLEMS
        else:
            rows = len(preview.rows) if preview.rows is not None else 0
            print(f"{path}: valid ({what}" + (f", {rows} rows" if rows else "") + ")")
    return status


def cmd_import(args) -> int:
    import tempfile

    from .core.importing import ImportOptions, Mapping, preview_table, slug
    from .core.storage.datasets import LibraryError, check_id, commit_import, existing_frame, preview_package
    from .core.paths import resolve_data_home

    path = Path(args.path)
    if not path.exists():
        _err(f"{args.path}: no such file or folder")
        return EXIT_USAGE
    home = resolve_data_home(args.data_home)
    dataset_id = args.dataset_id or slug(path.stem if path.name != "datapackage.json" else path.parent.name)
    msg = check_id(dataset_id)
    if msg:
        _err(f"backan-desktop import: {msg}")
        return EXIT_USAGE
    with tempfile.TemporaryDirectory(prefix="backan-import-") as work:
        if _is_package(path):
            preview = preview_package(path, args.dataset_id, Path(work))
        else:
            marks = args.decimal or []
            every = [mark for column, mark in marks if column is None]
            opts = ImportOptions(dataset_id=dataset_id, title=args.title, section=args.section, encoding=args.encoding,
                                 sheet=args.sheet, source=args.source, status=args.status,
                                 source_url=args.source_url, source_kind=args.source_kind, as_of=args.as_of,
                                 mapping=Mapping(args.shape, args.period_col, args.value_col, args.indicator_col,
                                                 args.area_col, args.unit, args.header_row, every[-1] if every else None,
                                                 {column: mark for column, mark in marks if column is not None}))
            preview = preview_table(path, opts, existing_frame(home, dataset_id))
        _print_readings(preview.readings)
        _print_problems(preview.problems)
        if preview.problems:
            _err(f"{path.name}: {len(preview.problems)} problem(s); nothing was imported")
            return EXIT_PROBLEMS
        print(f"{path.name}: {preview.shape} table → dataset '{preview.dataset_id}'"
              + (f" (encoding {preview.encoding})" if preview.encoding else "")
              + (f" (sheet {preview.sheet})" if preview.sheet else ""))
        for line in preview.summary.lines("en"):
            print(line)
        if args.dry_run:
            print("dry run: nothing written")
            return EXIT_OK
        try:
            target = commit_import(preview, home)
        except LibraryError as exc:
            _err(str(exc))
            return EXIT_PROBLEMS
    print(f"imported into {target}; export it with: backan-desktop export --sheet dataset:{preview.dataset_id}")
    return EXIT_OK


def _print_readings(readings) -> None:
    """How each column's numbers were read and why; for a choice the values left open, how to flip it."""
    import shlex

    from .core.importing import reading_lines

    for line in reading_lines(readings, "en"):
        print(line)
    for mark in (".", ","):
        columns = [c for r in readings if r.ambiguous and r.style.decimal == mark for c in r.columns]
        other, word = ("," , "comma") if mark == "." else (".", "point")
        if len(columns) > 3:
            print(f"  to read one of these {len(columns)} columns with a decimal {word} instead: "
                  f"--decimal 'COLUMN={other}' (e.g. --decimal {shlex.quote(f'{columns[0]}={other}')})")
        else:
            for c in columns:
                print(f"  to read {c} with a decimal {word} instead: --decimal {shlex.quote(f'{c}={other}')}")


def cmd_remove(args) -> int:
    from .core.storage.datasets import LibraryError, remove_dataset
    from .core.paths import resolve_data_home

    try:
        remove_dataset(resolve_data_home(args.data_home), args.dataset_id)
    except LibraryError as exc:
        _err(str(exc))
        return EXIT_PROBLEMS
    print(f"removed dataset '{args.dataset_id}'")
    return EXIT_OK


def cmd_share(args) -> int:
    from .core.paths import resolve_data_home
    from .share.command import serve

    return serve(_library(args.data_home), resolve_data_home(args.data_home), args.bind, args.port, args.paper)


def main(argv: Optional[list[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "list":
            return cmd_list(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "validate":
            return cmd_validate(args)
        if args.command == "import":
            return cmd_import(args)
        if args.command == "remove":
            return cmd_remove(args)
        if args.command == "share":
            return cmd_share(args)
        if args.self_test:
            from .selftest import run_self_test
            return run_self_test(data_home=args.data_home)
        from .ui.startup import run_gui
        return run_gui(lang=args.lang, data_home=args.data_home, kiosk=args.kiosk)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
