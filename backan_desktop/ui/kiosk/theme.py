"""Fair mode's look. Every size is a multiple of ``u`` — one hundredth of the window's shorter
side — so the same layout reads the same from 2 m on a 1366×768 laptop and a 4K screen, in
landscape or portrait. Touch targets never go below 48 px."""
from __future__ import annotations

NAVY = "#17324d"
NAVY_2 = "#1f4e79"
AMBER = "#f0b429"
INK = "#13263a"
MUTED = "#4f6a85"
PAPER = "#f4f7fa"
FOCUS = "#c2410c"        # the keyboard focus ring on light backgrounds (≥ 3:1 on white and PAPER)
MIN_TOUCH = 48
MIN_TEXT = 15            # px: nothing smaller, even on a small window
LARGE_TEXT = 1.25        # text size with the visitor's "Larger text" option on


def large_text() -> bool:
    """Whether fair mode's "Larger text" option is on (remembered in the settings)."""
    from PySide6.QtCore import QSettings
    return str(QSettings().value("kiosk/large_text", "false")).lower() == "true"


def set_large_text(on: bool) -> None:
    from PySide6.QtCore import QSettings
    QSettings().setValue("kiosk/large_text", "true" if on else "false")


def unit_for(width: int, height: int) -> float:
    """``u`` in logical pixels for a window of this size."""
    return max(4.0, min(width, height) / 100.0)


def touch(u: float, k: float = 7.0) -> int:
    return max(MIN_TOUCH, round(k * u))


def kiosk_style(u: float, text_scale: float | None = None) -> str:
    """The style sheet for unit ``u``; text sizes times ``text_scale`` (default: the "Larger text"
    option's)."""
    if text_scale is None:
        text_scale = LARGE_TEXT if large_text() else 1.0

    def px(k: float, floor: int = MIN_TEXT) -> str:
        return f"{max(round(floor * text_scale), round(k * u * text_scale))}px"

    def sp(k: float) -> str:          # spacing/padding (no text floor)
        return f"{max(1, round(k * u))}px"

    t = touch(u)
    return f"""
#kioskRoot {{ background: {PAPER}; }}
QLabel {{ color: {INK}; font-size: {px(2.4)}; }}

#topBar {{ background: {NAVY}; }}
#brand {{ color: white; font-size: {px(2.6)}; font-weight: 600; }}
#brandSub {{ color: #b9cde2; font-size: {px(1.8)}; }}
#langButton {{ color: white; background: transparent; border: {sp(0.25)} solid #6f8fb0;
    border-radius: {sp(0.8)}; font-size: {px(2.2)}; font-weight: 600;
    padding: 0 {sp(2)}; min-height: {t}px; min-width: {touch(u, 11)}px; }}
#langButton:checked {{ background: {AMBER}; color: {NAVY}; border-color: {AMBER}; }}
#lockButton {{ background: transparent; border: {sp(0.25)} solid #6f8fb0; border-radius: {sp(0.8)};
    min-height: {t}px; min-width: {t}px; }}
#lockButton:pressed, #langButton:pressed {{ background: #2d5580; }}

#mergerBand {{ background: #fff6dd; border-top: {sp(0.2)} solid #ecd08a; }}
#mergerText {{ color: #5a4300; font-size: {px(1.8)}; }}

#loadingText {{ color: {MUTED}; font-size: {px(3)}; }}

/* attract loop */
#slide {{ background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 {NAVY}, stop:1 {NAVY_2}); }}
#slideEyebrow {{ color: {AMBER}; font-size: {px(2.2)}; font-weight: 600; letter-spacing: {sp(0.15)}; }}
#slideHeading {{ color: white; font-size: {px(5)}; font-weight: 600; }}
#slideKpi {{ background: rgba(255,255,255,0.08); border-left: {sp(0.7)} solid {AMBER}; border-radius: {sp(0.6)}; }}
#slideKpi QLabel#kpiLabel {{ color: #d4e2f0; font-size: {px(2.3)}; }}
#slideKpi QLabel#kpiValue {{ color: white; font-size: {px(5.4)}; font-weight: 700; }}
#slideKpi QLabel#kpiPeriod {{ color: #a9c1d9; font-size: {px(2.1)}; }}
#slideKpi QLabel#kpiChange {{ color: #9be3b4; font-size: {px(2.1)}; font-weight: 600; }}
#chartCard {{ background: white; border-radius: {sp(1)}; }}
#chartTitle {{ color: {INK}; font-size: {px(2.6)}; font-weight: 600; }}
#chartNote {{ color: {MUTED}; font-size: {px(1.8)}; }}
#chartCaption {{ color: {INK}; font-size: {px(1.9)}; }}
#bulletCard {{ background: rgba(255,255,255,0.06); border-radius: {sp(1)}; }}
#bulletText {{ color: white; font-size: {px(2.8)}; font-weight: 600; }}
#bulletDetail {{ color: #c4d6e8; font-size: {px(2.3)}; }}
#bulletMark {{ color: {AMBER}; font-size: {px(2.8)}; font-weight: 700; }}
#statement {{ background: {AMBER}; color: {NAVY}; font-size: {px(2.7)}; font-weight: 600;
    border-radius: {sp(1)}; padding: {sp(1.6)} {sp(2)}; }}
#slideSource {{ color: #a9c1d9; font-size: {px(1.8)}; }}
#attractBar {{ background: {NAVY}; }}
#touchHint {{ color: white; font-size: {px(2.6)}; font-weight: 600; }}

/* home */
#homeTitle {{ color: {INK}; font-size: {px(4.6)}; font-weight: 600; }}
#homeSub {{ color: {MUTED}; font-size: {px(2.6)}; }}
#sectionButton {{ background: white; border: {sp(0.2)} solid #d3dde8; border-radius: {sp(1.2)};
    min-height: {touch(u, 16)}px; }}
#sectionButton:pressed {{ background: #e6eef7; }}
#sectionTitle {{ color: {INK}; font-size: {px(3.2)}; font-weight: 700; }}
#sectionValue {{ color: {NAVY_2}; font-size: {px(4.2)}; font-weight: 700; }}
#sectionMoreValue {{ color: {NAVY_2}; font-size: {px(3)}; font-weight: 700; }}
#sectionLabel {{ color: {MUTED}; font-size: {px(2)}; }}
#sectionMore {{ color: {NAVY_2}; font-size: {px(2.2)}; font-weight: 600; }}

/* buttons */
#primaryButton, #secondaryButton, #navButton {{ font-size: {px(2.4)}; font-weight: 600; min-height: {t}px;
    padding: 0 {sp(2.4)}; border-radius: {sp(0.8)}; }}
#primaryButton {{ background: {NAVY_2}; color: white; border: none; }}
#primaryButton:pressed {{ background: {NAVY}; }}
#primaryButton:disabled {{ background: #8aa2bb; }}
#secondaryButton, #navButton {{ background: white; color: {NAVY_2}; border: {sp(0.25)} solid {NAVY_2}; }}
#secondaryButton:pressed, #navButton:pressed {{ background: #e6eef7; }}
#navButton:disabled {{ color: #9aabbd; border-color: #c6d2de; }}
#actionBar {{ background: white; border-top: {sp(0.2)} solid #d3dde8; }}
#primaryButton:focus, #secondaryButton:focus, #navButton:focus, #sectionButton:focus, #pinKey:focus {{
    border: {sp(0.5)} solid {FOCUS}; }}
#langButton:focus, #lockButton:focus {{ border: {sp(0.5)} solid {AMBER}; }}

/* a section in detail */
#detailEyebrow {{ color: {MUTED}; font-size: {px(1.9)}; font-weight: 600; letter-spacing: {sp(0.12)}; }}
#detailTitle {{ color: {INK}; font-size: {px(4.4)}; font-weight: 600; }}
#detailMeta, #pageLabel {{ color: {MUTED}; font-size: {px(2)}; }}
#tileKpi {{ background: white; border: {sp(0.15)} solid #d9e1ea; border-left: {sp(0.7)} solid {NAVY_2};
    border-radius: {sp(0.8)}; }}
#tileKpi QLabel#kpiLabel {{ color: #3d4b59; font-size: {px(2.2)}; }}
#tileKpi QLabel#kpiValue {{ color: {INK}; font-size: {px(4.2)}; font-weight: 700; }}
#tileKpi QLabel#kpiPeriod {{ color: #33404d; font-size: {px(1.9)}; }}
#tileKpi QLabel#kpiChange {{ color: #1c6b3a; font-size: {px(1.9)}; font-weight: 600; }}
#tileKpi QLabel#kpiNote {{ color: #8a5a00; font-size: {px(1.7)}; }}
#tileKpi QLabel#kpiEarlier {{ color: {MUTED}; font-size: {px(1.7)}; }}
#tileKpi QLabel#kpiSource {{ color: {MUTED}; font-size: {px(1.7)}; }}
#detailChartCard {{ background: white; border: {sp(0.15)} solid #d9e1ea; border-radius: {sp(1)}; }}
#listCard {{ background: white; border: {sp(0.15)} solid #d9e1ea; border-radius: {sp(1)}; }}
#listText {{ color: {INK}; font-size: {px(2.4)}; font-weight: 600; }}
#listDetail {{ color: #3d4b59; font-size: {px(2)}; }}
#listMark {{ color: {NAVY_2}; font-size: {px(2.4)}; font-weight: 700; }}
#legend {{ color: {MUTED}; font-size: {px(1.8)}; }}

/* messages and staff panels */
#toast {{ border-radius: {sp(1)}; padding: {sp(1.6)} {sp(2.4)}; font-size: {px(2.6)}; font-weight: 600; color: white; }}
#toast[kind="ok"] {{ background: #1c6b3a; }}
#toast[kind="error"] {{ background: #a4262c; }}
#toast[kind="busy"], #toast[kind="info"] {{ background: {NAVY}; }}
#overlayCard {{ background: white; border-radius: {sp(1.4)}; }}
#overlayTitle {{ color: {INK}; font-size: {px(3.4)}; font-weight: 600; }}
#overlayText {{ color: #3d4b59; font-size: {px(2.2)}; }}
#overlayError {{ color: #a4262c; font-size: {px(2.2)}; font-weight: 600; }}
#pinDots {{ color: {INK}; font-size: {px(7)}; letter-spacing: {sp(1.2)}; }}
#pinKey {{ background: {PAPER}; color: {INK}; border: {sp(0.2)} solid #c6d2de; border-radius: {sp(0.8)};
    font-size: {px(3.4)}; font-weight: 600; min-height: {touch(u, 8)}px; min-width: {touch(u, 10)}px; }}
#pinKey:pressed {{ background: #dde6f0; }}
#settingsPanel QLabel {{ font-size: {px(2.1)}; }}
#settingsPanel QLabel#overlayTitle {{ font-size: {px(3.4)}; }}
#settingsPanel QLabel#fieldHint {{ color: {MUTED}; font-size: {px(1.8)}; }}
#settingsPanel QCheckBox {{ font-size: {px(2.1)}; min-height: {MIN_TOUCH}px; spacing: {sp(1)}; }}
#settingsPanel QCheckBox::indicator {{ width: {max(24, round(3.2 * u))}px; height: {max(24, round(3.2 * u))}px; }}
#settingsPanel QComboBox, #settingsPanel QLineEdit {{ font-size: {px(2.1)};
    min-height: {t}px; padding: 0 {sp(1)}; }}
#settingsPanel QComboBox::drop-down {{ width: {t}px; }}
#settingsPanel QLabel#formLabel {{ min-height: {t}px; }}
#settingsPanel QLabel#stepperValue {{ font-size: {px(2.4)}; font-weight: 600; }}
#settingsPanel QPushButton#pinKey:disabled {{ color: #9aabbd; }}
#settingsPanel QPushButton#pinKey {{ min-height: {t}px; min-width: {t}px; font-size: {px(2.6)}; }}
"""
