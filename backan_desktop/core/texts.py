"""Fixed wording of sheets and of data-derived labels, in Vietnamese and English.

Sheets are built in the core (also headless, and for bilingual output two languages at once), so
their wording lives here rather than in Qt's translation catalogue, which covers the UI chrome.
"""
from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "province": ("Tỉnh Bắc Kạn (cũ)", "Former Bắc Kạn province"),
    "province_short": ("Bắc Kạn", "Bắc Kạn"),
    "merger_note": (
        "Ngày 01/7/2025, tỉnh Bắc Kạn hợp nhất vào tỉnh Thái Nguyên (Nghị quyết 202/2025/QH15). "
        "Các số liệu mô tả tỉnh Bắc Kạn cũ.",
        "On 1 July 2025 Bắc Kạn province was merged into Thái Nguyên province (Resolution 202/2025/QH15). "
        "The figures describe the former province.",
    ),
    "merger_short": ("Nay thuộc tỉnh Thái Nguyên (từ 01/7/2025)", "Part of Thái Nguyên province since 1 July 2025"),
    "data_as_of": ("Số liệu đến", "Data as of"),
    "source": ("Nguồn", "Source"),
    "sources": ("Nguồn số liệu", "Sources"),
    "notes": ("Ghi chú", "Notes"),
    "figures": ("Các số liệu", "All figures"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "breakdown": ("Phân tổ", "Breakdown"),
    "period": ("Kỳ", "Period"),
    "value": ("Giá trị", "Value"),
    "status": ("Tình trạng", "Status"),
    "ref": ("Nguồn", "Source"),
    "total": ("Tổng số", "Total"),
    "vs": ("so với", "vs"),
    "computed_change": ("tính từ hai số liệu trên", "calculated from the two figures"),
    "other_vintage": ("Nguồn khác: {values}", "Other source(s): {values}"),
    "vintage_row": ("phiên bản khác", "other vintage"),
    "shown_vintage": ("đang dùng", "shown"),
    "status_legend": ("ᵉ ước tính · ᵖ sơ bộ · ᵗ kế hoạch/mục tiêu; số liệu không đánh dấu là số chính thức.",
                      "ᵉ estimate · ᵖ preliminary · ᵗ plan target; unmarked figures are official."),
    "page": ("Trang {n}/{total}", "Page {n} of {total}"),
    "continued": ("(tiếp theo)", "(continued)"),
    "continues": ("còn tiếp…", "continued…"),
    "no_data": ("Chưa có số liệu cho mục này.", "No figures for this section yet."),
    "rows": ("{n} dòng", "{n} rows"),
    "rows_shown": ("Bảng có {n} dòng; tờ in này liệt kê {k} dòng đầu. Toàn bộ bảng: Bộ dữ liệu → Xuất bảng (CSV/XLSX).",
                   "The table has {n} rows; this sheet lists the first {k}. The whole table: Datasets → Export table (CSV/XLSX)."),
    "dataset": ("Bộ dữ liệu", "Dataset"),
    "columns": ("Cột", "Columns"),
    "footer": ("Tài liệu do ứng dụng backan-desktop tạo từ các nguồn công khai.",
               "Produced by backan-desktop from public sources."),
    "accessed_none": ("không ghi ngày", "undated"),
    "imported_file": ("Tệp nhập: {file}", "Imported file: {file}"),
    "contents": ("Mục lục", "Contents"),
    "qr_caption": ("Quét mã để mở nguồn chính của trang này:", "Scan to open this sheet's main source:"),
    "handout_title": ("Số liệu kinh tế tỉnh Bắc Kạn (cũ)", "Economic fact sheets — former Bắc Kạn province"),
    "handout_sub": ("Bộ tài liệu phát tay", "Handout set"),
}

STATUS = {
    "official": ("chính thức", "official"),
    "preliminary": ("sơ bộ", "preliminary"),
    "estimate": ("ước tính", "estimate"),
    "target": ("kế hoạch/mục tiêu", "plan target"),
}

# Marks printed after a figure that is not official; explained by "status_legend".
STATUS_MARK = {"official": "", "preliminary": "ᵖ", "estimate": "ᵉ", "target": "ᵗ"}


def t(key: str, lang: str, **kwargs) -> str:
    vi, en = TEXTS[key]
    text = vi if lang == "vi" else en
    return text.format(**kwargs) if kwargs else text


def status_label(status: str, lang: str) -> str:
    pair = STATUS.get(status)
    return (pair[0] if lang == "vi" else pair[1]) if pair else status
