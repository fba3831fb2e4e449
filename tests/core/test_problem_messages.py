"""Problems the core writes are messages: an English template plus values, every template in the
Vietnamese catalogue, and the English text exactly what the CLI and the log have always said."""
import ast
import json
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backan_desktop.core.importing import ImportOptions, preview_table
from backan_desktop.core.datapackage.errors import json_reason, schema_reason
from backan_desktop.core.datapackage.schema import Package
from backan_desktop.core.messages import Message, os_reason
from backan_desktop.core.problems import Problem
from backan_desktop.core.storage.datasets import preview_package
from badfiles import write_bad_inputs

ROOT = Path(__file__).resolve().parents[2]
CODE = ROOT / "backan_desktop"
TS = ROOT / "resources" / "translations" / "backan_vi.ts"


def _templates() -> dict[str, str]:
    """Every template of context "Problems" in the code (QT_TRANSLATE_NOOP in the core, translate()
    in the Qt layer), read the way lupdate reads them: by name, from literal strings."""
    found = {}
    for path in sorted(CODE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            ctx, text = node.args[:2]
            if name in ("QT_TRANSLATE_NOOP", "translate") and isinstance(ctx, ast.Constant) and ctx.value == "Problems":
                assert isinstance(text, ast.Constant), f"{path}:{node.lineno}: a template must be a literal"
                found[text.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def _catalogue() -> dict[str, tuple[str, str]]:
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        if ctx.find("name").text == "Problems":
            for m in ctx.iter("message"):
                tr = m.find("translation")
                out[m.find("source").text] = (tr.text or "", tr.get("type") or "")
    return out


def _fields(template: str) -> list[tuple[str, str]]:
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(template) if name is not None)


def test_every_template_the_core_can_write_has_its_vietnamese():
    templates, catalogue = _templates(), _catalogue()
    assert len(templates) > 150
    missing = [f"{where}: {t!r}" for t, where in templates.items() if t not in catalogue]
    assert missing == [], "not in backan_vi.ts (run pyside6-lupdate and translate):\n" + "\n".join(missing)
    assert sorted(set(catalogue) - set(templates)) == [], "entries of context Problems no code writes any more"
    for template, (vi, kind) in catalogue.items():
        assert vi and kind == "", f"unfinished: {template!r}"
        # the same fields with the same format specs: the values fill the Vietnamese as they fill the English
        assert _fields(vi) == _fields(template), (template, vi)
        words = [w for w in template.replace("{", " {").split() if w.isalpha() and not w.startswith("{")]
        if words:
            assert vi != template, f"the Vietnamese is the English: {template!r}"


def test_the_core_never_writes_a_problem_as_plain_text():
    """A problem or an error the core raises for people is a Message, never an f-string or a literal
    (which the UI could not translate)."""
    wrappers = {"Problem": 1, "CellError": 0, "NumberError": 0, "PeriodError": 0, "LibraryError": 0,
                "MessageError": 0, "add": 0, "problem": 0}
    found = []
    for path in sorted((CODE / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id in wrappers:
                name = node.func.id
            elif isinstance(node.func, ast.Attribute) and node.func.attr == "problem":
                name = "problem"
            else:
                continue
            i = wrappers[name]
            if len(node.args) > i:
                arg = node.args[i]
                if isinstance(arg, (ast.JoinedStr, ast.BinOp)) or (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


@pytest.fixture(scope="module")
def bad_problems(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    out = {}
    for name, (path, words) in write_bad_inputs(tmp / "in").items():
        if path.is_dir() or path.suffix == ".zip":
            preview = preview_package(path, None, tmp / f"work-{name}")
        else:
            preview = preview_table(path, ImportOptions(), None)
        out[name] = (preview.problems, words)
    return out


def test_every_problem_of_a_bad_file_carries_its_template_and_says_the_same_in_english(bad_problems):
    assert len(bad_problems) >= 20
    for name, (problems, words) in bad_problems.items():
        assert problems, name
        assert any(words in str(p) for p in problems), (name, [str(p) for p in problems])
        for p in problems:
            assert p.text is not None, (name, str(p))
            assert str(p.text) == p.message


def test_nested_reasons_are_messages_too(bad_problems):
    """A reason inside a problem ('value: {reason}') and the list of allowed words are messages of
    their own, so that the UI translates them as well; data (cell text) stays a plain value."""
    (status,), _ = bad_problems["bad-status.csv"]
    allowed = dict(status.text.values)["allowed"]
    assert isinstance(allowed, Message) and str(allowed) == "official, preliminary, estimate, target, unverified, not stated"
    assert dict(status.text.values)["text"] == "maybe"
    number = bad_problems["bad-number.csv"][0][0]
    reason = dict(number.text.values)["reason"]
    assert isinstance(reason, Message) and reason.template == "'{text}' is not a number"
    schema = bad_problems["bad-schema"][0][0]
    assert isinstance(dict(schema.text.values)["reason"], Message)


def test_a_message_renders_through_a_translation_with_the_locale_marks():
    m = Message("the file is {size:,.0f} MB; {reason}", size=1234.4,
                reason=Message("'{text}' is not a number", text="1.234,5"))
    assert str(m) == "the file is 1,234 MB; '1.234,5' is not a number"
    vi = {"the file is {size:,.0f} MB; {reason}": "tệp có dung lượng {size:,.0f} MB; {reason}",
          "'{text}' is not a number": "'{text}' không phải là số"}
    # numbers given a format take the UI's marks; the quoted cell is data and stays as written
    assert m.render(vi.get, ",", ".") == "tệp có dung lượng 1.234 MB; '1.234,5' không phải là số"


def test_a_translation_that_does_not_fit_falls_back_to_english():
    m = Message("more than {n} columns", n=1000)
    assert m.render(lambda t: "có hơn {count} cột") == "more than 1000 columns"
    assert m.render(lambda t: "có hơn {n cột") == "more than 1000 columns"


def _schema_errors(descriptor: dict) -> list[dict]:
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as info:
        Package.model_validate(descriptor)
    return info.value.errors()


def test_library_errors_are_worded_from_their_type_not_their_english():
    """pydantic's error type and ctx, json's position and the errno choose the words: the library's
    English is never read back, so a newer version that words things differently changes nothing."""
    bad = {"name": "Bad Name", "resources": [{"name": "t", "path": "t.csv", "role": "x",
                                              "schema": {"fields": [{"name": "", "type": "complex"}]}}]}
    errors = _schema_errors(bad)
    assert len(errors) == 4
    for err in errors:
        reason = schema_reason(err)
        assert isinstance(reason, Message) and str(reason) == err["msg"]     # the English reads as before
        assert schema_reason({**err, "msg": "Something new from a newer pydantic"}) == reason
    literal = schema_reason(next(e for e in errors if e["type"] == "literal_error"))
    assert literal.template == "Input should be {allowed} or {last}"
    unknown = schema_reason({"type": "some_new_type", "loc": ("x",), "msg": "Some new text"})
    assert unknown.template == "does not fit the schema: {detail}" and dict(unknown.values)["detail"] == "Some new text"

    def json_error(text):
        with pytest.raises(json.JSONDecodeError) as info:
            json.loads(text)
        return str(json_reason(text, info.value))

    assert json_error('{"a": [1,]}') in ("unexpected ']' here", "unexpected ',' here")   # by Python version
    assert json_error('{"a": tru}') == "unexpected 'tru' here"
    assert json_error('{"a": [1, 2') == "the text ends before the JSON is complete"
    assert json_error('{"a": "open\n}') in ("the string that starts here is not closed",
                                             "a control character (U+000A) inside a string; write it with a backslash")
    assert json_error('{"a": "x\ty"}') == "a control character (U+0009) inside a string; write it with a backslash"
    assert os_reason(PermissionError(13, "Quyền bị từ chối")) == Message("Permission denied")
    assert os_reason(OSError("no errno")) == "no errno"


def test_problems_kept_in_the_columnar_catalogue_keep_their_template(tmp_path):
    from backan_desktop.core.storage.columnar import catalogue_problems, write_cache

    text = Message("{column}: {reason}", column="value", reason=Message("'{text}' is not a number", text="x"))
    problems = [Problem("data.csv", text, 3, 2), Problem("data.csv", "an old plain message")]
    write_cache(tmp_path, {}, problems)
    cat = json.loads((tmp_path / ".columnar" / "catalogue.json").read_text(encoding="utf-8"))
    back = catalogue_problems(cat)
    assert back == problems and back[0].text == text and back[1].text is None
    # a catalogue written before messages were kept (four items), or with a template that no longer
    # says the same, still gives the English text
    cat["problems"] = [["data.csv", "value: 'x' is not a number", 3, 2],
                       ["data.csv", "value: 'x' is not a number", 3, 2, {"template": "{gone}", "values": {}}]]
    assert [(str(p), p.text) for p in catalogue_problems(cat)] == [("data.csv:3:2: value: 'x' is not a number", None)] * 2
