"""How each column's numbers were read, in words, for the review dialog and the CLI."""
from __future__ import annotations

from ..formatting import format_number
from ..numbers import VI, NumberError, NumberStyle, Reading, decimals_written, parse_number
from ..texts import t

_MARK = {".": "point", ",": "comma"}                  # a decimal mark as the ``texts`` keys name it


def reading_lines(readings: list[Reading], lang: str = "en") -> list[str]:
    """One line per way of reading numbers, naming its columns, the choice and why: what the
    review dialog and the CLI show (``lang``: "vi" or "en")."""
    def say(key: str, **kw) -> str:
        return t("reading_" + key, lang, **kw)

    groups: dict[tuple, list[Reading]] = {}
    for r in readings:
        groups.setdefault((r.style.decimal, r.reason, r.detail), []).append(r)
    out = []
    for (mark, reason, detail), rs in groups.items():
        names = [c for r in rs for c in r.columns]
        cols = ", ".join(names) if len(names) <= 4 else say("more", first=names[0], last=names[-1], n=len(names))
        first = rs[0]
        short = say("short_" + _MARK[mark])
        if reason == "none":
            line = say("none", cols=cols)
        elif reason == "plain":
            line = say("plain", cols=cols, style=short)
        else:
            line = say("head", cols=cols, style=say(_MARK[mark]))
            if first.example and reason != "only":
                line += say("value", example=first.example, value=_shown(first.example, first.style, lang))
            if reason in ("chosen", "only", "fewer"):
                line += say(reason, example=first.example, other=say("short_" + _MARK["," if mark == "." else "."]))
            else:
                why = {"columns": "columns", "header": "header_" + ("vi" if first.style is VI else "en"),
                       "encoding": "encoding", "default": "default"}[reason]
                line += say("both") + say(why, detail=detail, style=short)
        out.append(line)
    return out


def _shown(text: str, style: NumberStyle, lang: str) -> str:
    """A cell's number as read, without grouping, with the UI language's decimal mark: '12.829'
    read the Vietnamese way is 12829 in both languages; read the English way, 12.829 / 12,829."""
    try:
        value = parse_number(text, style)
    except NumberError:
        return text
    if value is None:
        return text
    return format_number(value, lang, decimals_written(text, style), grouping=False)
