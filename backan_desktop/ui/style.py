"""The app's look: one stylesheet, light theme."""

STYLE = """
#sidebar { background: #17324d; color: #e8eef5; border: none; font-size: 11pt; }
#sidebar::item { padding: 10px 14px; border-left: 3px solid transparent; }
#sidebar::item:selected { background: #23486d; border-left: 3px solid #f0b429; color: white; }
#sidebar::item:hover { background: #1f4163; }
#brand { background: #17324d; color: white; font-size: 13pt; font-weight: 600; padding: 14px 14px 2px 14px; }
#brandSub { background: #17324d; color: #a9c1d9; font-size: 8.5pt; padding: 0 14px 12px 14px; }
#pageBody { background: #f7f9fb; }
#pageProvince { color: #4f6a85; font-size: 9pt; font-weight: 600; letter-spacing: 1px; }
#pageTitle { color: #13263a; font-size: 20pt; font-weight: 600; }
#mergerBanner { background: #fff6dd; border: 1px solid #ecd08a; border-radius: 4px; padding: 6px 10px; color: #5a4300; }
#pageMeta, #chartSource, #tableNote, #footnote, #kpiSource { color: #5b6877; font-size: 8.5pt; }
#sourceLine { color: #33404d; font-size: 9pt; }
#pageIntro { color: #26313d; font-size: 10pt; }
#kpiTile { background: white; border: 1px solid #d9e1ea; border-left: 4px solid #1f4e79; border-radius: 6px; }
#kpiLabel { color: #4f5d6b; font-size: 9pt; }
#kpiValue { color: #13263a; font-size: 18pt; font-weight: 600; }
#kpiPeriod { color: #33404d; font-size: 9pt; }
#kpiChange { color: #1c6b3a; font-size: 9pt; }
#kpiNote { color: #8a5a00; font-size: 8.5pt; }
#chartTitle, #tableTitle { color: #13263a; font-size: 11pt; font-weight: 600; margin-top: 6px; }
#sourceList { color: #33404d; font-size: 8.5pt; }
#emptyState { color: #5b6877; font-size: 11pt; padding: 24px; }
#loading { color: #4f6a85; font-size: 12pt; qproperty-alignment: AlignCenter; }
QTableView, QHeaderView::section { font-size: 9.5pt; }
"""


def scaled(sheet: str, zoom: float) -> str:
    """The stylesheet with every point size multiplied by ``zoom`` (View → Zoom in/out)."""
    import re
    if abs(zoom - 1.0) < 1e-6:
        return sheet
    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * zoom:.1f}pt", sheet)
