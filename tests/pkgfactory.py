"""Builds small data packages on disk for validation tests."""
import json
from pathlib import Path

FIELDS = [
    {"name": "id", "type": "string", "constraints": {"required": True}},
    {"name": "year", "type": "integer"},
    {"name": "value", "type": "number", "constraints": {"required": True}},
    {"name": "status", "type": "string", "constraints": {"enum": ["official", "estimate"]}},
    {"name": "ref", "type": "string"},
]


def make_package(folder: Path, rows: str = "a,2020,1.5,official,s1\nb,2021,2,estimate,s1\n",
                 header: str = "id,year,value,status,ref", path: str = "data.csv", extra: dict | None = None,
                 refs: str = "id\ns1\n") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "data.csv").write_text(header + "\n" + rows, encoding="utf-8")
    (folder / "refs.csv").write_text(refs, encoding="utf-8")
    desc = {
        "name": "test-package",
        "resources": [
            {"name": "data", "path": path, "schema": {"fields": FIELDS, "primaryKey": ["id"],
                                                     "foreignKeys": [{"fields": ["ref"], "reference": {"resource": "refs", "fields": ["id"]}}]}},
            {"name": "refs", "path": "refs.csv", "schema": {"fields": [{"name": "id", "type": "string"}]}},
        ],
    }
    if extra:
        desc.update(extra)
    (folder / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    return folder

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "backan"
