"""The user library scales: imported tables are listed from their catalogue and read only when
used, from a columnar copy that is rebuilt whenever the CSV changes; an import killed, cancelled or
out of disk space at any moment leaves the library as it was."""
import errno
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from backan_desktop.core.storage import columnar, csv_writer, datasets, sweep
from backan_desktop.core.datapackage import load as package_load
from backan_desktop.core.storage.columnar import CACHE_DIR
from backan_desktop.core.importing import ImportOptions, preview_table
from backan_desktop.core.library import load_library
from backan_desktop.core.problems import Cancelled as ReadCancelled
from backan_desktop.core.storage.datasets import LibraryError, commit_import

ROOT = Path(__file__).resolve().parents[2]


def write_series(path: Path, n: int, indicator: str = "Chỉ tiêu", seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    lines = ["indicator,area,year,value,status"]
    areas = ["Ba Bể", "Chợ Đồn", '"Na Rì, xã A"', "Pác Nặm"]
    for i in range(n):
        lines.append(f"{indicator} {i // 100},{areas[i % 4]},{2000 + (i % 100) // 4},{rng.normal(1000, 50):.2f},"
                     f"{'official' if i % 3 else 'estimate'}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def import_file(path: Path, home: Path, dataset_id: str) -> Path:
    preview = preview_table(path, ImportOptions(dataset_id=dataset_id))
    assert preview.ok, preview.problems
    return commit_import(preview, home)


def library_state(home: Path) -> dict:
    """What a user would see of the library: each dataset and every byte of its files."""
    root = home / "datasets"
    out = {}
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                out[str(f.relative_to(root))] = f.read_bytes()
    return out


@pytest.fixture
def reads(monkeypatch):
    """Which imported tables had their rows read (columnar copy or CSV)."""
    seen = []
    real_columns, real_table = columnar.read_columns, package_load.read_table

    def spy_columns(folder, entry, resource, path):
        seen.append(Path(path).parent.name)
        return real_columns(folder, entry, resource, path)

    def spy_table(path, resource, file, problems):
        seen.append(Path(path).parent.name)
        return real_table(path, resource, file, problems)

    monkeypatch.setattr(columnar, "read_columns", spy_columns)
    monkeypatch.setattr(package_load, "read_table", spy_table)
    return seen


def test_only_the_dataset_used_is_read(tmp_path, reads):
    home = tmp_path / "home"
    for k in range(3):
        import_file(write_series(tmp_path / f"s{k}.csv", 500 + k, seed=k), home, f"set-{k}")
    reads.clear()
    lib = load_library(data_home=home)
    imported = [d for d in lib.datasets if d.startswith("set-")]
    assert imported == ["set-0", "set-1", "set-2"]
    assert [lib.datasets[d].row_count for d in imported] == [500, 501, 502]
    assert not any(lib.datasets[d].loaded for d in imported)
    assert [r for r in reads if r.startswith("set-")] == []          # listing read no rows

    from backan_desktop.core.sheets import SHEET_IDS, build_sheet
    for sid in SHEET_IDS:                                              # what `export --all` builds
        build_sheet(lib, sid, "en")
    from backan_desktop.core.search import build_index
    build_index(lib, "en")                                            # Find
    assert lib.value_labels("set-0", "vi")["status"]["official"] == "chính thức"
    assert [r for r in reads if r.startswith("set-")] == []

    rows = lib.datasets["set-1"].table.rows()
    assert len(rows) == 501 and rows[1]["area"] == "Chợ Đồn"
    assert [r for r in reads if r.startswith("set-")] == ["set-1"]    # that one, once, from its copy
    assert lib.datasets["set-1"].loaded and not lib.datasets["set-0"].loaded


def test_a_dataset_of_catalogue_indicators_joins_the_sections_and_only_it_is_read(tmp_path, reads):
    home = tmp_path / "home"
    import_file(write_series(tmp_path / "other.csv", 300), home, "other")
    linked = tmp_path / "linked.csv"
    linked.write_text("indicator,year,value,unit,status\ngrdp_basis_unstated,2031,4321.5,bn_vnd,preliminary\n",
                      encoding="utf-8")
    import_file(linked, home, "linked")
    catalogue = json.loads((home / "datasets" / "linked" / CACHE_DIR / "catalogue.json").read_text())
    assert catalogue["resources"]["data"]["indicators"] == ["grdp_basis_unstated"]
    reads.clear()
    lib = load_library(data_home=home)
    assert [r for r in reads if r in ("other", "linked")] == ["linked"]
    point = lib.point("grdp_basis_unstated", "2031")
    assert point is not None and point.chosen.value == 4321.5 and point.chosen.source == "import:linked"


def test_copy_and_csv_give_the_same_table(tmp_path):
    home = tmp_path / "home"
    target = import_file(write_series(tmp_path / "s.csv", 2000), home, "same")
    copy = load_library(data_home=home).datasets["same"].table
    from_csv = package_load.load_package(target).tables["data"]
    assert copy._frame is not None
    assert copy.rows() == from_csv.rows()
    assert copy.decimals == from_csv.decimals


def test_a_changed_csv_is_read_again_and_its_copy_rebuilt(tmp_path):
    home = tmp_path / "home"
    target = import_file(write_series(tmp_path / "s.csv", 400), home, "edited")
    csv = target / "data.csv"
    text = csv.read_text(encoding="utf-8")
    first_value = text.splitlines()[1].split(",")[4]
    st = csv.stat()
    # same size, same modification time, different content: only the checksum can tell
    changed = text.replace(first_value, first_value[:-1] + ("1" if first_value[-1] != "1" else "2"), 1)
    assert len(changed) == len(text) and changed != text
    csv.write_text(changed, encoding="utf-8")
    os.utime(csv, ns=(st.st_atime_ns, st.st_mtime_ns))
    lib = load_library(data_home=home)
    assert not lib.datasets["edited"].loaded
    value = lib.datasets["edited"].table.rows()[0]["value"]
    assert value == float(changed.splitlines()[1].split(",")[4]) != float(first_value)
    catalogue = json.loads((target / CACHE_DIR / "catalogue.json").read_text())
    assert catalogue["resources"]["data"]["sha256"] == columnar.file_sha256(csv)

    # a row added by hand: seen at start (size and time differ), read, checked, copy rebuilt
    with open(csv, "a", encoding="utf-8") as f:
        f.write("Chỉ tiêu 0,Ba Bể,2099,,1.5,,official,s.csv,\n")
    lib = load_library(data_home=home)
    assert lib.datasets["edited"].row_count == 401
    assert json.loads((target / CACHE_DIR / "catalogue.json").read_text())["resources"]["data"]["rows"] == 401

    # a bad row added by hand: reported as a problem at start, with file, row and column
    with open(csv, "a", encoding="utf-8") as f:
        f.write("Chỉ tiêu 0,Ba Bể,2100,,lots,,official,s.csv,\n")
    lib = load_library(data_home=home)
    assert any(p.file == "data.csv" and p.row == 403 and "lots" in p.message for p in lib.problems)
    lib2 = load_library(data_home=home)            # still reported once the copy is rebuilt
    assert any(p.row == 403 and "lots" in p.message for p in lib2.problems)


@pytest.mark.parametrize("damage", ["truncate", "codes out of range", "catalogue garbage", "deleted"])
def test_a_damaged_copy_is_never_trusted(tmp_path, damage):
    home = tmp_path / "home"
    target = import_file(write_series(tmp_path / "s.csv", 300), home, "damaged")
    expected = package_load.load_package(target).tables["data"].rows()
    cache = target / CACHE_DIR
    if damage == "truncate":
        f = cache / "r0c4.data.npy"
        f.write_bytes(f.read_bytes()[:200])
    elif damage == "codes out of range":
        np.save(cache / "r0c1.codes.npy", np.full(300, 99, dtype=np.int32))
    elif damage == "catalogue garbage":
        (cache / "catalogue.json").write_text("[" * 100_000, encoding="utf-8")
    else:
        import shutil
        shutil.rmtree(cache)
    lib = load_library(data_home=home)
    assert lib.datasets["damaged"].table.rows() == expected
    assert not lib.problems
    again = load_library(data_home=home)               # rebuilt: lazy again, and right
    assert not again.datasets["damaged"].loaded and again.datasets["damaged"].table.rows() == expected


def test_a_copy_inside_an_imported_package_is_not_taken(tmp_path):
    """A package folder could carry a crafted .columnar that disagrees with its CSV: it is dropped."""
    home = tmp_path / "home"
    target = import_file(write_series(tmp_path / "s.csv", 50), home, "honest")
    pkg_dir = tmp_path / "pkg"
    import shutil
    shutil.copytree(target, pkg_dir)
    np.save(pkg_dir / CACHE_DIR / "r0c4.data.npy", np.zeros(50))     # lies about every value
    from backan_desktop.core.storage.datasets import preview_package
    preview = preview_package(pkg_dir, "crafted", tmp_path / "work")
    assert preview.ok, preview.problems
    commit_import(preview, home)
    rows = load_library(data_home=home).datasets["crafted"].table.rows()
    assert rows == package_load.load_package(pkg_dir).tables["data"].rows() and rows[0]["value"] != 0


def test_a_dataset_from_an_older_version_gets_its_copy_on_first_load(tmp_path):
    home = tmp_path / "home"
    target = import_file(write_series(tmp_path / "s.csv", 100), home, "old")
    import shutil
    shutil.rmtree(target / CACHE_DIR)
    lib = load_library(data_home=home)
    assert lib.datasets["old"].row_count == 100
    assert (target / CACHE_DIR / "catalogue.json").is_file()
    assert not load_library(data_home=home).datasets["old"].loaded


def test_full_disk_during_import_leaves_the_library_as_it_was(tmp_path, monkeypatch):
    home = tmp_path / "home"
    import_file(write_series(tmp_path / "a.csv", 100), home, "kept")
    before = library_state(home)
    preview = preview_table(write_series(tmp_path / "b.csv", 100, seed=5), ImportOptions(dataset_id="kept"))

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    for module, where in ((columnar, "write_columns"), (datasets, "write_cache")):
        with monkeypatch.context() as m:
            m.setattr(module, where, full)
            with pytest.raises(LibraryError, match="No space left on device"):
                commit_import(preview, home)
        assert library_state(home) == before
        assert [p.name for p in (home / "datasets").iterdir()] == ["kept"]


def test_a_cancelled_import_leaves_nothing(tmp_path):
    home = tmp_path / "home"
    preview = preview_table(write_series(tmp_path / "a.csv", 250_000), ImportOptions(dataset_id="big"))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ReadCancelled):
        commit_import(preview, home, cancel=cancel)
    assert list((home / "datasets").iterdir()) == []


KILLER = r"""
import os, signal, sys
from pathlib import Path
from backan_desktop.core.storage import columnar, csv_writer, datasets as userdata
from backan_desktop.core.importing import ImportOptions, preview_table

where, home, path = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])

def die(*_a, **_k):
    os.kill(os.getpid(), signal.SIGKILL)

if where == "writing the csv":
    real = csv_writer._HashingWriter.write
    calls = []
    def write(self, block):
        calls.append(1)
        if len(calls) == 3:
            die()
        return real(self, block)
    csv_writer._HashingWriter.write = write
elif where == "writing the copy":
    columnar._save_json = die
elif where == "between the two renames":
    real_replace = os.replace
    def replace(src, dst):
        if Path(dst).name == "kept" and Path(src).name.startswith(".import-"):
            die()
        return real_replace(src, dst)
    os.replace = replace
preview = preview_table(path, ImportOptions(dataset_id="kept"))
userdata.commit_import(preview, home)
print("finished")
"""


@pytest.mark.parametrize("where", ["writing the csv", "writing the copy", "between the two renames"])
def test_a_killed_import_leaves_the_library_as_it_was(tmp_path, where):
    home = tmp_path / "home"
    import_file(write_series(tmp_path / "a.csv", 300), home, "kept")
    before = library_state(home)
    rows_before = load_library(data_home=home).datasets["kept"].table.rows()
    new = write_series(tmp_path / "b.csv", 250_000, seed=9)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", KILLER, where, str(home), str(new)], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == -9, out.stderr[-2000:]
    assert "finished" not in out.stdout
    lib = load_library(data_home=home)         # the next start tidies up (and puts a dataset back)
    assert lib.datasets["kept"].table.rows() == rows_before
    assert library_state(home) == before
    assert sorted(p.name for p in (home / "datasets").iterdir()) == ["kept"]


@pytest.mark.parametrize("seed", range(8))
def test_the_csv_writer_writes_every_cell_as_csv_reads_it(tmp_path, seed):
    """Text columns are written by code (neighbours with few value pairs merged into one piece):
    whatever the mix, the csv module reads back exactly the cells."""
    import csv

    import pandas as pd

    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 3000))
    words = ["", "a", 'say "hi"', "x,y", "line\nend", "Bắc Kạn", " spaced ", "007"]
    data = {}
    for k in range(int(rng.integers(1, 7))):
        cats = list(dict.fromkeys(rng.choice(words, size=int(rng.integers(1, len(words) + 1))).tolist()))
        codes = rng.integers(-1, len(cats), n)
        data[f"t{k}"] = pd.Categorical.from_codes(codes, categories=cats)
        if rng.random() < 0.5:
            v = np.round(rng.normal(0, 1000, n), int(rng.integers(0, 4)))
            v[rng.random(n) < 0.05] = np.nan                 # empty cells
            data[f"v{k}"] = v
            if rng.random() < 0.5:                   # two columns of numbers side by side
                data[f"w{k}"] = np.round(rng.normal(0, 10, n), 1)
    frame = pd.DataFrame(data)
    names = list(frame.columns)
    written, _ = csv_writer.write_csv(frame, names, tmp_path / "out.csv")
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == names and len(rows) == n + 1 == written.rows + 1
    for name in names:
        got = [r[names.index(name)] for r in rows[1:]]
        if name.startswith("t"):
            assert got == ["" if v is np.nan or pd.isna(v) else v for v in frame[name].astype(object).tolist()]
        else:
            expected = frame[name].tolist()
            assert [float(g) if g else None for g in got] == [None if e != e else e for e in expected]
    assert written.sha256 == columnar.file_sha256(tmp_path / "out.csv")


def test_a_removal_killed_half_way_is_finished_not_undone(tmp_path, monkeypatch):
    """A removal renames the dataset aside, then deletes it: killed in between, the next start
    deletes the rest (an interrupted replacement, by contrast, is put back)."""
    import shutil

    from backan_desktop.core.storage import datasets as userdata

    home = tmp_path / "home"
    import_file(write_series(tmp_path / "a.csv", 50), home, "gone")
    import_file(write_series(tmp_path / "b.csv", 50, seed=3), home, "stays")
    monkeypatch.setattr(shutil, "rmtree", lambda *a, **k: None)      # the process "dies" before deleting
    monkeypatch.setattr(sweep, "_pid_alive", lambda pid: False)     # ... and is gone at the next start
    userdata.remove_dataset(home, "gone")
    assert any(p.name.startswith(".removed-") for p in (home / "datasets").iterdir())
    monkeypatch.undo()
    monkeypatch.setattr(sweep, "_pid_alive", lambda pid: False)
    lib = load_library(data_home=home)
    assert "gone" not in lib.datasets and "stays" in lib.datasets
    assert sorted(p.name for p in (home / "datasets").iterdir()) == ["stays"]


@pytest.mark.parametrize("opened, exit_code, last_error, alive", [
    (True, 259, 0, True),        # STILL_ACTIVE
    (True, 0, 0, False),         # exited
    (False, None, 5, True),      # access denied: someone else's, running
    (False, None, 87, False),    # no such process
])
def test_the_leftover_sweep_never_signals_a_process_on_windows(monkeypatch, opened, exit_code, last_error, alive):
    """On Windows os.kill(pid, 0) ends the process (TerminateProcess): the sweep at start-up would kill
    another running copy of the app, or whatever process reused a leftover folder's pid. There it
    asks with a query-only handle and the exit code instead."""
    import ctypes
    import os
    from types import SimpleNamespace

    from backan_desktop.core.storage import sweep

    calls = []

    class Kernel32:
        def OpenProcess(self, access, inherit, pid):
            calls.append(("open", access, pid))
            return 42 if opened else 0

        def GetExitCodeProcess(self, handle, code):
            code._obj.value = exit_code
            return 1

        def CloseHandle(self, handle):
            calls.append(("close", handle))

    def no_kill(*args):
        raise AssertionError("os.kill called on Windows")

    # the sweep's own view of the platform (not the test process's: pytest's paths must stay POSIX)
    monkeypatch.setattr(sweep, "os", SimpleNamespace(name="nt", getpid=os.getpid, kill=no_kill))
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, use_last_error=False: Kernel32(), raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: last_error, raising=False)
    assert sweep._pid_alive(4242) is alive
    assert calls[0] == ("open", 0x1000, 4242)
    assert (("close", 42) in calls) == opened
