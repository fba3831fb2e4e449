"""Fixed wording of sheets and of data-derived labels, in Vietnamese and English.

Sheets are built in the core (also headless, and for bilingual output two languages at once), so
their wording lives here rather than in Qt's translation catalogue, which covers the UI chrome.
"""
from __future__ import annotations

from .vocab import LANGS

TEXTS: dict[str, tuple[str, str]] = {
    "province": ("Tỉnh Bắc Kạn (cũ)", "Former Bắc Kạn province"),
    "province_short": ("Bắc Kạn", "Bắc Kạn"),
    "merger_note": (
        "Ngày 01/7/2025, tỉnh Bắc Kạn hợp nhất vào tỉnh Thái Nguyên (Nghị quyết 202/2025/QH15). "
        "Các số liệu mô tả tỉnh Bắc Kạn cũ.",
        "On 1 July 2025 Bắc Kạn province was merged into Thái Nguyên province (Resolution 202/2025/QH15). "
        "The figures describe the former province.",
    ),
    "merger_short": ("Nay thuộc tỉnh Thái Nguyên (từ\u00a001/7/2025)",      # no break inside the date
                     "Part of Thái Nguyên province since\u00a01\u00a0July\u00a02025"),
    "data_as_of": ("Số liệu đến", "Data as of"),
    "source": ("Nguồn", "Source"),
    "sources": ("Nguồn số liệu", "Sources"),
    "notes": ("Ghi chú", "Notes"),
    "figures": ("Các số liệu", "All figures"),
    "more_figures": ("Các số liệu khác", "More figures"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "breakdown": ("Phân tổ", "Breakdown"),
    "period": ("Kỳ", "Period"),
    "value": ("Giá trị", "Value"),
    "status": ("Tình trạng", "Status"),
    "ref": ("Nguồn", "Source"),
    "total": ("Tổng số", "Total"),
    "vs": ("so với", "vs"),
    "computed_change": ("tính từ hai số liệu trên", "calculated from the two figures"),
    "stated_change": ("{change} (theo nguồn)", "{change} (as the source states)"),
    "stated_change_note": ("mức thay đổi do nguồn công bố, không phải tính toán", "the change the source states, not calculated"),
    "earlier": ("{period}: {value}{change} {refs}", "{period}: {value}{change} {refs}"),
    "other_vintage": ("Nguồn khác: {values}", "Other source(s): {values}"),
    "vintage_row": ("phiên bản khác", "other vintage"),
    "shown_vintage": ("đang dùng", "shown"),
    "series_break": ("Chuỗi bị gián đoạn: một số số liệu đo theo cách khác (chuẩn, phạm vi hoặc nguồn khác), "
                     "không so sánh trực tiếp với các số còn lại.",
                     "Series break: some figures are measured another way (another standard, coverage or source) "
                     "and are not directly comparable with the others."),
    "status_legend": ("ᵉ ước tính · ᵖ sơ bộ · ᵗ kế hoạch/mục tiêu · ᵘ chưa kiểm chứng (chỉ có ở bản sao thứ cấp) · "
                      "ⁿ chưa rõ tình trạng (tệp nhập không ghi); số liệu không đánh dấu là số chính thức.",
                      "ᵉ estimate · ᵖ preliminary · ᵗ plan target · ᵘ unverified (only a secondary copy gives it) · "
                      "ⁿ status not stated (an imported file that does not say); unmarked figures are official."),
    # charts: axis titles, the cut value axis, series of one kind of period
    "axis_year": ("Năm", "Year"),
    "axis_time": ("Thời gian", "Time"),
    "axis_not_zero": ("Trục giá trị không bắt đầu từ 0", "Value axis does not start at 0"),
    "kind_year": ("Số liệu cả năm", "Whole-year figures"),
    "kind_half": ("Số liệu 6 tháng", "Half-year figures"),
    "kind_quarter": ("Số liệu quý", "Quarterly figures"),
    "kind_month": ("Số liệu tháng", "Monthly figures"),
    "kind_months": ("Số liệu {n} tháng đầu năm", "First {n} months of the year"),
    "kind_date": ("Số liệu tại một ngày", "Figures at a date"),
    "kind_range": ("Số liệu cả giai đoạn", "Figures for a span of years"),
    "unit_unknown": ("đơn vị không ghi", "unit not stated"),
    # a chart's takeaway, computed from its figures (core.sheets.charts.takeaway)
    "take_change": ("Từ {first} ({p0}) đến {last} ({p1})", "From {first} ({p0}) to {last} ({p1})"),
    "take_times": ("(gấp {r} lần)", "({r}×)"),
    "take_largest": ("Lớn nhất: {name} — {value}", "Largest: {name} — {value}"),
    "parts_short": ("{periods}: các phần cộng lại {total}, không đủ {whole}{why}; nguồn không nêu tỷ trọng phần còn lại.",
                    "{periods}: the parts add up to {total}, not {whole}{why}; the sources give no share for the rest."),
    "take_largest_in": ("{period}: {name} lớn nhất — {value}", "{period}: {name} the largest — {value}"),
    # chart legends: how a mark shows a figure's status
    "key_solid": ("chính thức", "official"),
    "key_hatched": ("ước tính/sơ bộ", "estimate/preliminary"),
    "key_outline": ("kế hoạch/mục tiêu", "plan target"),
    "other_units": ("Không vẽ các dòng tính bằng đơn vị khác ({units}); xem bảng.",
                    "Rows in other units ({units}) are not drawn; see the table."),
    "page": ("Trang {n}/{total}", "Page {n} of {total}"),
    "continued": ("(tiếp theo)", "(continued)"),
    "continues": ("còn tiếp…", "continued…"),
    "no_data": ("Chưa có số liệu cho mục này.", "No figures for this section yet."),
    "rows": ("{n} dòng", "{n} rows"),
    "rows_shown": ("Bảng có {n} dòng; tờ in này liệt kê {k} dòng đầu. Toàn bộ bảng: Bộ dữ liệu → Xuất bảng (CSV/XLSX).",
                   "The table has {n} rows; this sheet lists the first {k}. The whole table: Datasets → Export table (CSV/XLSX)."),
    "rows_front": ("Bảng có {n} dòng; tờ này liệt kê {k} dòng đầu. Toàn bộ bảng: phụ lục của tờ này, "
                   "hoặc Bộ dữ liệu → Xuất bảng (CSV/XLSX).",
                   "The table has {n} rows; this sheet lists the first {k}. The whole table: this sheet's appendix, "
                   "or Datasets → Export table (CSV/XLSX)."),
    "columns_appendix": ("Các cột chỉ có ở phụ lục: {columns}.", "Columns listed only in the appendix: {columns}."),
    "rows_cut": ("Liệt kê {k}/{n} dòng; toàn bộ bảng ở phần phụ lục.",
                 "{k} of {n} rows listed; the whole table is in the appendix."),
    "key_figures": ("Các chỉ tiêu khác (số liệu mới nhất)", "Other key figures (latest)"),
    "appendix": ("Phụ lục", "Appendix"),
    "appendix_title": ("Phụ lục: toàn bộ số liệu và các phiên bản", "Appendix: all figures and vintages"),
    "appendix_intro": ("Phụ lục liệt kê mọi số liệu, kể cả các phiên bản khác nhau của cùng một số liệu, và các bảng "
                       "mà tờ chính rút gọn.",
                       "This appendix lists every figure, including every vintage of the same figure, and the tables "
                       "the sheet shortened."),
    "appendix_sources": ("Nguồn [1]–[{n}] được liệt kê ở tờ chính; các nguồn phụ lục bổ sung được liệt kê cuối phụ lục.",
                         "Sources [1]–[{n}] are listed on the sheet; the sources this appendix adds are listed at its end."),
    "appendix_booklet_sources": ("Số nguồn trong phụ lục này chỉ đến danh mục nguồn ở cuối phụ lục.",
                                 "Source numbers in this appendix refer to the list at its end."),
    "dataset": ("Bộ dữ liệu", "Dataset"),
    "columns": ("Cột", "Columns"),
    "footer": ("Tài liệu do ứng dụng backan-desktop tạo; nguồn của các số liệu được ghi trên tờ.",
               "Produced by backan-desktop; the sources of its figures are given on the sheet."),
    "accessed_none": ("không ghi ngày", "undated"),
    "accessed_on": ("truy cập {date}", "accessed {date}"),
    # --- downloads (core.downloads): the "About" sheet / README of a figures or table export ---
    "about": ("Giới thiệu", "About"), "data": ("Số liệu", "Figures"),
    "all_rows": ("Tất cả các dòng: {n} ({what})", "All rows: {n} ({what})"),
    "displayed_rows": ("Các dòng đang hiển thị: {n} ({what})", "Displayed rows: {n} ({what})"),
    "of_section": ("mọi số liệu của mục, kể cả mọi phiên bản", "every figure of the section, every vintage included"),
    "of_indicator": ("mọi số liệu của chỉ tiêu, kể cả mọi phiên bản: trang “{sheet}”",
                     "every figure of the indicator, every vintage included: sheet “{sheet}”"),
    "of_chart": ("các điểm biểu đồ thể hiện: trang “{sheet}”", "the points the chart shows: sheet “{sheet}”"),
    "of_table": ("toàn bộ bảng, đều có trong tệp này", "the whole table, every row in this file"),
    "in_window": ("hiện trong cửa sổ lúc xuất, với bộ lọc “{filter}”",
                  "shown in the window when exported, with the filter “{filter}”"),
    "displayed": ("Đang hiển thị", "Displayed"),
    "made": ("Tạo ngày {date} bằng backan-desktop", "Made on {date} with backan-desktop"),
    "units": ("Đơn vị", "Units"), "statuses": ("Tình trạng số liệu", "Status of a figure"),
    "licence": ("Giấy phép", "Licence"), "cite": ("Cách trích dẫn", "How to cite"),
    "licence_text": ("Tập hợp số liệu: Creative Commons Ghi công 4.0 (CC BY 4.0); từng số liệu thuộc về đơn vị công bố "
                     "(xem danh sách nguồn).",
                     "Compilation: Creative Commons Attribution 4.0 (CC BY 4.0); each figure remains its publisher's "
                     "(see the sources)."),
    "cite_text": ("{title}. Số liệu đến {date}. Tập hợp bằng backan-desktop từ các nguồn liệt kê dưới đây.",
                  "{title}. Data as of {date}. Compiled with backan-desktop from the sources listed below."),
    "yes": ("có", "yes"),
    # --- share page (sheets to visitors' phones) ---
    "share_title": ("Số liệu kinh tế tỉnh Bắc Kạn (cũ) — mang về máy của bạn",
                    "Economy of the former Bắc Kạn province — take it home"),
    "share_intro": ("Chọn một tờ số liệu để tải về (PDF), hoặc bảng số liệu của từng mục (CSV, XLSX).",
                    "Pick a fact sheet to download (PDF), or a section's figures as a table (CSV, XLSX)."),
    "share_booklet": ("Toàn bộ các tờ số liệu (một tệp PDF)", "All fact sheets (one PDF)"),
    "share_sheet_vi": ("Tiếng Việt", "Vietnamese"),
    "share_sheet_en": ("Tiếng Anh", "English"),
    "share_sheet_bilingual": ("Song ngữ", "Bilingual"),
    "share_data": ("Bảng số liệu", "Figures as a table"),
    "share_offline": ("Trang này do máy tính tại gian hàng phục vụ qua mạng nội bộ; không cần Internet.",
                      "This page is served by the booth's computer over the local network; no Internet needed."),

    "imported_file": ("Tệp nhập: {file}", "Imported file: {file}"),
    # an imported dataset's sheet: where its figures come from (core.sheets.datasets)
    "imported_origin": ("Số liệu từ tệp của người dùng {file}, nhập vào ứng dụng ngày {date}; không phải số liệu "
                        "do ứng dụng cung cấp.",
                        "Figures from the user's file {file}, imported on {date}; not figures supplied with the app."),
    "imported_source": ("Nguồn theo người nhập: {source}.", "Source as stated by the importer: {source}."),
    "imported_status": ("Tình trạng số liệu: {status}.", "Status of the figures: {status}."),
    "contents": ("Mục lục", "Contents"),
    "qr_caption": ("Quét mã để mở nguồn chính của trang này:", "Scan to open this sheet's main source:"),
    "handout_title": ("Số liệu kinh tế tỉnh Bắc Kạn (cũ)", "Economic fact sheets — former Bắc Kạn province"),
    "handout_sub": ("Bộ tài liệu phát tay", "Handout set"),
    # --- the locator map and the regional choropleth (qt.map_painter) ---
    "map_title": ("Vị trí tỉnh Bắc Kạn (cũ)", "Where the former Bắc Kạn province lies"),
    "map_former": ("Tỉnh Bắc Kạn (cũ)", "Former Bắc Kạn province"),
    "map_new": ("Tỉnh Thái Nguyên mới (từ 01/7/2025)", "New Thái Nguyên province (since 1 July 2025)"),
    "map_borders": ("Ranh giới 63 tỉnh trước 01/7/2025", "Borders of the 63 provinces before 1 July 2025"),
    "map_distance": ("Hà Nội cách TP. Bắc Kạn {km} km đường chim bay",
                     "Hà Nội is {km} km from Bắc Kạn city in a straight line"),
    "map_no_data": ("Không có số liệu", "No data"),
    "map_not_in_set": ("Ngoài vùng so sánh", "Not compared"),
    "map_unavailable": ("Không vẽ được bản đồ: {problem}", "The map cannot be drawn: {problem}"),
    # --- periods and numbers ---
    # how the numbers of an imported file's columns were read (importing.readings)
    "reading_point": ("dấu thập phân là dấu chấm",
                      "decimal point"),
    "reading_comma": ("dấu thập phân là dấu phẩy",
                      "decimal comma"),
    "reading_short_point": ("dấu chấm thập phân",
                            "decimal point"),
    "reading_short_comma": ("dấu phẩy thập phân",
                            "decimal comma"),
    "reading_head": ("Số trong cột {cols}: {style}",
                     "Numbers in {cols}: {style}"),
    "reading_plain": ("Số trong cột {cols}: không có dấu thập phân hay dấu phân cách hàng nghìn (hai cách đọc cho cùng một số)",
                      "Numbers in {cols}: no decimal or thousands marks (both readings give the same numbers)"),
    "reading_none": ("Số trong cột {cols}: không giá trị nào đọc được thành số",
                     "Numbers in {cols}: no value reads as a number"),
    "reading_value": (", '{example}' đọc là {value}",
                      ", '{example}' read as {value}"),
    "reading_chosen": (" — theo lựa chọn của bạn",
                       " — as you chose"),
    "reading_only": (" — chỉ cách đọc này khớp mọi giá trị (vd. '{example}')",
                     " — only that reading fits every value (e.g. '{example}')"),
    "reading_fewer": (" — đọc được nhiều giá trị hơn cách đọc kia; các ô còn lại được liệt kê là lỗi",
                      " — it reads more of the values than a {other} would; the others are listed as problems"),
    "reading_both": (" — mọi giá trị đều khớp cả hai cách đọc; ",
                     " — every value fits both readings; "),
    "reading_columns": ("các cột khác của tệp ({detail}) dùng {style}",
                        "the file's other columns ({detail}) use a {style}"),
    "reading_header_vi": ("tiêu đề bảng bằng tiếng Việt",
                          "the headings are in Vietnamese"),
    "reading_header_en": ("tiêu đề bảng bằng tiếng Anh",
                          "the headings are in English"),
    "reading_encoding": ("tệp được lưu bằng bảng mã {detail} (tiếng Việt)",
                         "the file is saved as {detail} (Vietnamese)"),
    "reading_default": ("tệp không cho biết gì thêm nên đọc theo kiểu Việt Nam",
                        "nothing else in the file tells them apart, so they are read the Vietnamese way"),
    "reading_more": ("{first} … {last} ({n} cột)",
                     "{first} … {last} ({n} columns)"),
    # what an import would change (importing.changes)
    "import_replaces": ("thay thế bộ dữ liệu đã nhập trước với cùng mã", "replaces the dataset already imported under this id"),
    "import_counts": ("{rows} dòng; {new} chỉ tiêu mới; {changed} giá trị thay đổi; {removed} dòng bị bỏ",
                      "{rows} rows; {new} new series; {changed} changed values; {removed} rows removed"),
    "import_new_series": ("  chỉ tiêu mới: {name}", "  new series: {name}"),
    "import_changed": ("  thay đổi: {indicator} · {area} · {period}: {old:g} → {new:g}",
                       "  changed: {indicator} · {area} · {period}: {old:g} → {new:g}"),

    # --- section content and data labels ---
    # the update template (core.template): sheet names and the instructions sheet
    "template_sheet": ("Số liệu", "Figures"),
    "template_help_sheet": ("Hướng dẫn", "Instructions"),
    "template_help_value": ("Điền giá trị vào cột 'value' (để trống nếu chưa có số liệu); dùng dấu phẩy hoặc dấu chấm "
                            "thập phân như trong tài liệu gốc.",
                            "Fill the 'value' column (leave it empty where there is no figure yet); decimals as in the "
                            "source document."),
    "template_help_status": ("Cột 'status': official (chính thức), preliminary (sơ bộ), estimate (ước tính), target "
                             "(kế hoạch), unverified (chỉ có ở bản sao thứ cấp, chưa kiểm chứng), not_stated (chưa rõ — "
                             "cũng là tình trạng của ô để trống).",
                             "'status': official, preliminary, estimate, target, unverified (only a secondary copy "
                             "gives it), or not_stated (also what an empty cell means)."),
    "template_help_source": ("Ghi nguồn (tên văn bản, đơn vị ban hành, ngày) vào cột 'source'. Không sửa cột 'indicator'.",
                             "Put the source (document, publisher, date) in 'source'. Do not change the 'indicator' column."),
    "template_help_import": ("Nhập lại tệp bằng Tệp → Nhập… hoặc: backan-desktop import <tệp>.xlsx --id cap-nhat-<năm>",
                             "Import the file back with File → Import… or: backan-desktop import <file>.xlsx --id update-<year>"),

    # --- window and fair mode ---
    "language_name": ("Tiếng Việt", "English"),     # read in its own language: t("language_name", code)
    "ocop_stars": ("OCOP {stars} sao", "{stars}-star OCOP"),
    # Bắc Kạn in context (core.context): the region, Viet Nam, ranks and medians
    "compare_title": ("So sánh trong vùng", "Compare with the region"),
    "compare_intro": ("Số liệu của Bắc Kạn đặt cạnh 14 tỉnh vùng Trung du và miền núi phía Bắc (trước ngày 1/7/2025) "
                      "và cả nước. Thứ hạng và trung vị của vùng chỉ được tính khi có số liệu công bố của đủ 14 tỉnh "
                      "trong cùng một năm; nếu không, ghi thứ hạng đã được công bố.",
                      "Bắc Kạn's figures next to the 14 provinces of the Northern Midlands and Mountains region "
                      "(before 1 July 2025) and Viet Nam. A regional rank and median are computed only when all 14 "
                      "provinces have a published figure for the same year; otherwise the published rank is cited."),
    "ctx_rank_region": ("thứ {rank}/{n} trong vùng", "rank {rank} of {n} in the region"),
    "ctx_rank_region_published": ("thứ {rank}/{n} trong vùng (số đã công bố)", "rank {rank} of {n} in the region (as published)"),
    "ctx_rank_nation_published": ("thứ {rank} cả nước (số đã công bố)", "rank {rank} nationally (as published)"),
    "ctx_median": ("Trung vị vùng", "Regional median"),
    "ctx_no_figure": ("chưa có số liệu", "no figure"),
    "ctx_complete": ("Thứ hạng và trung vị tính từ số liệu của đủ {n} tỉnh trong vùng, năm {period}.",
                     "Rank and median computed from the figures of all {n} provinces of the region, {period}."),
    "ctx_incomplete": ("Năm {period} chỉ tìm thấy số liệu công bố của {k}/{n} tỉnh, nên không tính thứ hạng và "
                       "trung vị của vùng. Chưa tìm thấy: {missing}.",
                       "For {period}, published figures were found for only {k} of {n} provinces, so no regional "
                       "rank or median is computed. Not found: {missing}."),
    "ctx_profile_title": ("Chỉ số thành phần PCI {period} (thang 10)", "PCI sub-indices {period} (out of 10)"),
    "ctx_profile_top": ("{name} (đứng đầu vùng)", "{name} (top of the region)"),
    "ctx_profile_best_found": ("{name} (thứ hạng PCI cao nhất trong các tỉnh tìm được)",
                               "{name} (best PCI rank of the provinces found)"),
    "ctx_block_title": ("Đặt trong bối cảnh: vùng và cả nước", "In context: the region and Viet Nam"),
    "ctx_region": ("vùng: {text}", "region: {text}"),
    "ctx_missing": ("vùng: có số liệu của {k}/{n} tỉnh (thiếu {names}), nên không tự xếp hạng",
                    "region: {k} of {n} provinces found (none found for {names}), so none ranked here"),
    "ctx_found_only": ("vùng: chỉ có số liệu của {names} ({k}/{n} tỉnh), nên không tự xếp hạng",
                       "region: figures only for {names} ({k} of {n}), so none ranked here"),
    "ctx_published_used": ("Thứ hạng ghi theo số đã công bố: không năm nào có số liệu của đủ {n} tỉnh để tự tính.",
                           "Ranks are as published: no year has figures for all {n} provinces to rank them here."),
    "ctx_ranked_title": ("{title}, {period}: các tỉnh trong vùng", "{title}, {period}: the region's provinces"),
    "ctx_over_time": ("{title}: Bắc Kạn và cả nước qua các năm", "{title}: Bắc Kạn and Viet Nam over time"),
    "ctx_area": ("Tỉnh, cả nước", "Province, country"),
    "ctx_lower_better": ("số nhỏ hơn là tốt hơn", "lower is better"),
    "ctx_profile_complete": ("Trung vị tính từ đủ {n} tỉnh.", "Median computed from all {n} provinces."),
    "ctx_profile_incomplete": ("Năm {period} chỉ tìm thấy điểm chỉ số thành phần của {k}/{n} tỉnh: không tính trung vị vùng.",
                               "For {period}, sub-index scores were found for only {k} of {n} provinces: no regional median."),
    "ctx_profile_no_home": ("Chưa tìm thấy điểm chỉ số thành phần của {name} năm {period} trong nguồn công khai.",
                            "{name}'s sub-index scores for {period} were not found in public sources."),
    "template_file": ("mau-cap-nhat-so-lieu.xlsx", "update-template.xlsx"),

}

SOURCE_KIND = {
    "statistics_office": ("cơ quan thống kê", "statistics office"),
    "government": ("cơ quan nhà nước", "government"),
    "press": ("báo chí", "press"),
    "research": ("nghiên cứu", "research"),
    "secondary_copy": ("bản sao thứ cấp", "secondary copy"),
}

STATUS = {
    "official": ("chính thức", "official"),
    "preliminary": ("sơ bộ", "preliminary"),
    "unverified": ("chưa kiểm chứng", "unverified"),
    "estimate": ("ước tính", "estimate"),
    "target": ("kế hoạch/mục tiêu", "plan target"),
    "not_stated": ("chưa rõ tình trạng", "status not stated"),
}



def in_lang(pair: tuple[str, str], lang: str) -> str:
    """The member of a (Vietnamese, English) pair for ``lang``: the one way the core picks a
    language, for this catalogue and for bilingual fields of the data (``title_vi``/``title_en``)."""
    return pair[LANGS.index(lang)]


def t(key: str, lang: str, **kwargs) -> str:
    """The sheet wording ``key`` in ``lang``, with ``kwargs`` filled in."""
    text = in_lang(TEXTS[key], lang)
    return text.format(**kwargs) if kwargs else text


def source_kind_label(kind: str, lang: str) -> str:
    pair = SOURCE_KIND.get(kind)
    return in_lang(pair, lang) if pair else kind


def status_label(status: str, lang: str) -> str:
    pair = STATUS.get(status)
    return in_lang(pair, lang) if pair else status
