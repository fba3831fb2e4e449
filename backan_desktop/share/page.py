"""The share server's one page: every sheet and table, in both languages, for a phone's screen.

Plain HTML with its style inline: a viewport for phones, touch targets at least 48 px high, no
JavaScript and nothing from the Internet (the booth's network has none). Both languages are shown
at once (Vietnamese first), so a visitor needs no language switch; each link says its file's
language and format. Built from plain data; the words are the core's sheet wording (texts.t).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from ..core.texts import t

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1a1a1a;
background:#fff;line-height:1.45}
header{background:#1f4e79;color:#fff;padding:16px}
h1{font-size:1.25rem;margin:0 0 4px}
header p{margin:4px 0;font-size:.95rem}
header .en{color:#dce6f0}
main{padding:8px 16px 24px;max-width:720px;margin:auto}
h2{font-size:1.1rem;margin:20px 0 8px;border-bottom:2px solid #f0b429;padding-bottom:4px}
.en{color:#444;font-weight:normal}
ul{list-style:none;padding:0;margin:0}
li{margin:8px 0}
a.button{display:flex;align-items:center;min-height:48px;padding:8px 14px;border:2px solid #1f4e79;
border-radius:8px;color:#1f4e79;text-decoration:none;font-size:1rem}
a.button:focus,a.button:hover{background:#e8f0f8;outline:3px solid #f0b429}
.kind{margin-left:auto;font-size:.85rem;color:#333;padding-left:12px}
h3{font-size:.95rem;margin:14px 0 4px;font-weight:normal}
ul.grid{display:grid;grid-template-columns:1fr 1fr;gap:8px}
ul.grid li{margin:0}
ul.grid a.button{font-size:.9rem}
footer{padding:16px;font-size:.85rem;color:#333;border-top:1px solid #ccc;max-width:720px;margin:auto}
"""


@dataclass
class Link:
    """One file the page offers: its request path, what it is (both languages) and its format."""
    href: str
    label_vi: str
    label_en: str
    kind: str                       # "PDF", "CSV", "XLSX"


@dataclass
class PageSection:
    title_vi: str
    title_en: str
    sheets: list[Link] = field(default_factory=list)     # one per line
    tables: list[Link] = field(default_factory=list)     # two per line, under "Figures as a table"
    anchor: str = ""                # the heading's id: fair mode's code for a section opens the page there


def _both(vi: str, en: str, tag: str = "span") -> str:
    if vi == en:
        return escape(vi)
    return f'{escape(vi)} <{tag} class="en" lang="en">/ {escape(en)}</{tag}>'


def _link(link: Link) -> str:
    return (f'<li><a class="button" href="{escape(link.href, quote=True)}">'
            f'<span>{_both(link.label_vi, link.label_en)}</span><span class="kind">{escape(link.kind)}</span></a></li>')


def index_page(sections: list[PageSection], booklets: list[Link], data_as_of: tuple[str, str]) -> bytes:
    """The page as UTF-8 bytes. ``data_as_of``: the date the figures were last changed, as written
    in Vietnamese and in English."""
    parts = [
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(t('share_title', 'vi'))}</title><style>{STYLE}</style></head><body>",
        f"<header><h1>{_both(t('share_title', 'vi'), t('share_title', 'en'))}</h1>",
        f"<p>{_both(t('merger_note', 'vi'), t('merger_note', 'en'))}</p>",
        f"<p>{_both(t('data_as_of', 'vi') + ': ' + data_as_of[0], t('data_as_of', 'en') + ': ' + data_as_of[1])}"
        "</p></header><main>",
        f"<p>{_both(t('share_intro', 'vi'), t('share_intro', 'en'))}</p>",
    ]
    if booklets:
        parts.append(f"<h2>{_both(t('share_booklet', 'vi'), t('share_booklet', 'en'))}</h2><ul>")
        parts += [_link(b) for b in booklets]
        parts.append("</ul>")
    for section in sections:
        anchor = f' id="{escape(section.anchor, quote=True)}"' if section.anchor else ""
        parts.append(f"<h2{anchor}>{_both(section.title_vi, section.title_en)}</h2><ul>")
        parts += [_link(link) for link in section.sheets]
        parts.append("</ul>")
        if section.tables:
            parts.append(f"<h3>{_both(t('share_data', 'vi'), t('share_data', 'en'))}</h3><ul class=\"grid\">")
            parts += [_link(link) for link in section.tables]
            parts.append("</ul>")
    parts.append(f"</main><footer>{_both(t('share_offline', 'vi'), t('share_offline', 'en'), 'div')}"
                 f"<div>{escape(t('footer', 'vi'))}</div></footer></body></html>")
    return "".join(parts).encode("utf-8")


PREPARING = ("Đang chuẩn bị các tờ số liệu… Vui lòng tải lại trang sau một phút.",
             "Preparing the fact sheets… Please reload this page in a minute.")


def preparing_page() -> bytes:
    """What the server answers while the sheets are still being made (fair mode starts it at once)."""
    return ('<!doctype html><html lang="vi"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(t('share_title', 'vi'))}</title><style>{STYLE}</style></head><body>"
            f"<header><h1>{_both(t('share_title', 'vi'), t('share_title', 'en'))}</h1></header>"
            f"<main><p>{_both(*PREPARING)}</p></main></body></html>").encode("utf-8")
