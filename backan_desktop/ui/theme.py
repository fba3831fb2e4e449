"""The window's look: one stylesheet per theme, light or dark, following the system's palette
unless the user chose one; View → Zoom scales its text sizes.
Printed sheets are always light: they are drawn by their own painter, not with these colours.

Nothing here touches PySide's ``Qt`` namespace for the default ("system") theme: building its
Python enums costs ~25 ms, as much as a sixth of a bare window's start, and the window is styled
before its first paint."""
from __future__ import annotations

import re

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

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
#pageMeta, #chartSource, #chartCaption, #tableNote, #footnote, #kpiSource, #kpiContext { color: #5b6877; font-size: 8.5pt; }
#sourceLine { color: #33404d; font-size: 9pt; }
#pageIntro { color: #26313d; font-size: 10pt; }
#kpiTile { background: white; border: 1px solid #d9e1ea; border-left: 4px solid #1f4e79; border-radius: 6px; }
#kpiLabel { color: #4f5d6b; font-size: 9pt; }
#kpiValue { color: #13263a; font-size: 18pt; font-weight: 600; }
#kpiPeriod { color: #33404d; font-size: 9pt; }
#kpiChange { color: #1c6b3a; font-size: 9pt; }
#kpiNote { color: #8a5a00; font-size: 8.5pt; }
#kpiContext, #kpiEarlier { color: #5b6877; font-size: 8.5pt; }
#chartTitle, #tableTitle { color: #13263a; font-size: 11pt; font-weight: 600; margin-top: 6px; }
#sourceList { color: #33404d; font-size: 8.5pt; }
#emptyState { color: #5b6877; font-size: 11pt; padding: 24px; }
#loading { color: #4f6a85; font-size: 12pt; qproperty-alignment: AlignCenter; }
QTableView, QHeaderView::section { font-size: 9.5pt; }
#chartView { border: 2px solid transparent; }
#chartView:focus, QListWidget#sidebar:focus { border: 2px solid #1f6fd1; }
"""

DARK_STYLE = """
#sidebar { background: #0f1e2e; color: #dbe5ef; border: none; font-size: 11pt; }
#sidebar::item { padding: 10px 14px; border-left: 3px solid transparent; }
#sidebar::item:selected { background: #1d3a57; border-left: 3px solid #f0b429; color: white; }
#sidebar::item:hover { background: #18314a; }
#brand { background: #0f1e2e; color: white; font-size: 13pt; font-weight: 600; padding: 14px 14px 2px 14px; }
#brandSub { background: #0f1e2e; color: #9fb6cc; font-size: 8.5pt; padding: 0 14px 12px 14px; }
#pageBody { background: #1b2026; }
#pageProvince { color: #9fb6cc; font-size: 9pt; font-weight: 600; letter-spacing: 1px; }
#pageTitle { color: #eef3f8; font-size: 20pt; font-weight: 600; }
#mergerBanner { background: #3a3217; border: 1px solid #7a6626; border-radius: 4px; padding: 6px 10px; color: #f3e3b0; }
#pageMeta, #chartSource, #chartCaption, #tableNote, #footnote, #kpiSource, #kpiContext { color: #a9b4bf; font-size: 8.5pt; }
#sourceLine { color: #c9d2db; font-size: 9pt; }
#pageBody QPushButton { background: #2a323b; color: #e8eef5; border: 1px solid #4a5866; border-radius: 4px; padding: 4px 10px; }
#pageBody QPushButton:hover { background: #334050; }
#pageBody QPushButton:pressed, #pageBody QPushButton:checked { background: #1d3a57; }
#pageBody QPushButton:focus { border: 1px solid #f0b429; }
#pageIntro { color: #dde3e9; font-size: 10pt; }
#kpiTile { background: #242b33; border: 1px solid #38424d; border-left: 4px solid #5a9bd5; border-radius: 6px; }
#kpiLabel { color: #b7c2cc; font-size: 9pt; }
#kpiValue { color: #ffffff; font-size: 18pt; font-weight: 600; }
#kpiPeriod { color: #c9d2db; font-size: 9pt; }
#kpiChange { color: #7fd39b; font-size: 9pt; }
#kpiNote { color: #f0c36a; font-size: 8.5pt; }
#kpiContext, #kpiEarlier { color: #a9b4bf; font-size: 8.5pt; }
#chartTitle, #tableTitle { color: #eef3f8; font-size: 11pt; font-weight: 600; margin-top: 6px; }
#sourceList { color: #c9d2db; font-size: 8.5pt; }
#emptyState { color: #a9b4bf; font-size: 11pt; padding: 24px; }
#loading { color: #9fb6cc; font-size: 12pt; qproperty-alignment: AlignCenter; }
QTableView, QHeaderView::section { font-size: 9.5pt; }
#chartView { border: 2px solid transparent; }
#chartView:focus, QListWidget#sidebar:focus { border: 2px solid #f0b429; }
"""

THEMES = ("system", "light", "dark")


def chosen_theme() -> str:
    value = str(QSettings().value("ui/theme", "system"))
    return value if value in THEMES else "system"


def is_dark(theme: str | None = None) -> bool:
    theme = theme or chosen_theme()
    if theme == "dark":
        return True
    if theme == "light":
        return False
    # the palette follows the system scheme (and a scheme set by apply_color_scheme)
    return QGuiApplication.palette().window().color().lightness() < 128


def stylesheet(dark: bool) -> str:
    return DARK_STYLE if dark else STYLE


def scaled(sheet: str, zoom: float) -> str:
    """The stylesheet with every point size multiplied by ``zoom`` (View → Zoom in/out)."""
    if abs(zoom - 1.0) < 1e-6:
        return sheet
    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * zoom:.1f}pt", sheet)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG's contrast ratio of two "#rrggbb" colours (1 to 21; text needs 4.5, a focus ring 3)."""
    def luminance(color: str) -> float:
        channels = [int(color.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def chart_colors(dark: bool) -> tuple[str, str]:
    """(background, foreground) for screen charts."""
    return ("#1b2026", "#d5dde5") if dark else ("w", "#33404d")


_scheme_set: list[str] = []


def apply_color_scheme(theme: str) -> None:
    """Ask Qt for the matching palette (Qt 6.8+ can override the system scheme per app). The
    system scheme is Qt's default: nothing to do until a theme has been chosen."""
    if theme == "system" and not _scheme_set:
        return
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme({"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}.get(theme, Qt.ColorScheme.Unknown))
        _scheme_set[:] = [theme]
    _follow_palette(theme == "dark")


# a dark palette of our own where the platform ignores the scheme hint (X without a desktop theme):
# menus, the status bar, dialogs and scroll bars then turn dark with the pages
_DARK_PALETTE = {"Window": "#1b2026", "WindowText": "#e8eef5", "Base": "#14181d", "AlternateBase": "#20262d",
                 "Text": "#e8eef5", "Button": "#2a323b", "ButtonText": "#e8eef5", "BrightText": "#ffffff",
                 "Highlight": "#2f6fb0", "HighlightedText": "#ffffff", "ToolTipBase": "#242b33",
                 "ToolTipText": "#e8eef5", "PlaceholderText": "#8a96a3", "Link": "#7fb3e8", "Mid": "#38424d"}
_own_palette: list[bool] = []


def _follow_palette(dark: bool) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    if dark and app.palette().window().color().lightness() >= 128:
        palette = QPalette(app.palette())
        for role, colour in _DARK_PALETTE.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        for role in ("WindowText", "Text", "ButtonText"):
            palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor("#7d8894"))
        app.setPalette(palette)
        _own_palette[:] = [True]
    elif not dark and _own_palette:
        app.setPalette(app.style().standardPalette())
        _own_palette.clear()
