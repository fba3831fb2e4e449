"""The project's vocabularies, one list each: every module that needs one imports it from here.

Only identifiers live here; what a user reads for each (in Vietnamese or English) is in
:mod:`backan_desktop.core.texts`.
"""
from __future__ import annotations

# Languages of the UI and of the sheets, in the order they are offered; "vi" is the default.
LANGS = ("vi", "en")
DEFAULT_LANG = "vi"

# Sections of the province's profile (the window's pages, the sheets, fair mode), in reading order.
SECTIONS = ("overview", "economy", "agriculture", "trade-promotion", "trade", "investment")

# What a figure is, best first: the order in which figures of the same period are preferred.
# "unverified": given only by a secondary copy (a Wikipedia mirror, a forum, a download site), so
# never shown as official and never preferred over a figure from a better source.
# "not_stated": a figure imported from a user's file that says nothing of its status (nor did the
# user): never taken for official, and the last choice among a period's figures.
STATUSES = ("official", "preliminary", "estimate", "target", "unverified", "not_stated")
STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}
# marks printed after a figure that is not official (explained by the sheets' status legend)
STATUS_MARK = {"official": "", "preliminary": "ᵖ", "estimate": "ᵉ", "target": "ᵗ", "unverified": "ᵘ",
               "not_stated": "ⁿ"}
# words a spreadsheet's status cell may hold for each status (matched lower-cased)
STATUS_WORDS = {"chính thức": "official", "chinh thuc": "official", "sơ bộ": "preliminary", "so bo": "preliminary",
                "ước tính": "estimate", "uoc tinh": "estimate", "ước": "estimate", "kế hoạch": "target",
                "ke hoach": "target", "mục tiêu": "target", "plan": "target", "provisional": "preliminary",
                "not stated": "not_stated", "chưa rõ": "not_stated", "chua ro": "not_stated"}

# What kind of publisher a source is, most authoritative first: the order in which figures of the
# same period and status are preferred (a secondary copy only when nothing else gives the figure).
SOURCE_KINDS = ("statistics_office", "government", "press", "research", "secondary_copy")
SOURCE_KIND_RANK = {kind: rank for rank, kind in enumerate(SOURCE_KINDS)}
