"""Writes data/backan/datapackage.json — the schema of the bundled data package.

Kept as a script so that the schema is reviewed as code; run it after changing a table's columns:
    .venv/bin/python packaging/tools/make_descriptor.py
"""
import json
from pathlib import Path

PERIOD = r"^\d{4}(-\d{4}|-H[12]|-Q[1-4]|-(0[1-9]|1[0-2])|-(1[01]|[1-9])M|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$"
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
ID = r"^[a-z0-9][a-z0-9_.-]*$"
SECTIONS = ["overview", "economy", "agriculture", "trade-promotion", "trade", "investment"]


def f(name, type_="string", title=None, title_en=None, required=False, **constraints):
    d = {"name": name, "type": type_}
    if title:
        d["title"] = title
    if title_en:
        d["title_en"] = title_en
    c = dict(constraints)
    if required:
        c["required"] = True
    if c:
        d["constraints"] = c
    return d


def fk(field, resource, target="id"):
    return {"fields": [field], "reference": {"resource": resource, "fields": [target]}}


SRC = f("source", title="Nguồn", title_en="Source", required=True)
QUOTE = f("quote", title="Trích dẫn nguồn", title_en="Quote from the source")

resources = [
    {
        "name": "observations", "path": "observations.csv", "role": "observations",
        "title": "Tất cả số liệu thống kê", "title_en": "All statistical figures",
        "description": "Mỗi dòng là một số liệu: chỉ tiêu, địa bàn, kỳ, phân tổ, giá trị, đơn vị, tình trạng và nguồn. Các nguồn khác nhau cho cùng một kỳ được giữ như các phiên bản riêng.",
        "description_en": "One row per figure: indicator, area, period, breakdown, value, unit, status and source. Where sources disagree each value is kept as its own vintage.",
        "schema": {
            "fields": [
                f("indicator", title="Chỉ tiêu", title_en="Indicator", required=True),
                f("area", title="Địa bàn", title_en="Area", required=True),
                f("period", title="Kỳ", title_en="Period", required=True, pattern=PERIOD),
                f("category", title="Phân tổ", title_en="Breakdown"),
                f("value", "number", title="Giá trị", title_en="Value", required=True),
                f("qualifier", title="Mức độ", title_en="Qualifier", enum=["over", "nearly", "about"]),
                f("unit", title="Đơn vị", title_en="Unit", required=True),
                f("status", title="Tình trạng", title_en="Status", required=True,
                  enum=["official", "preliminary", "estimate", "target"]),
                SRC,
                f("preferred", "boolean", title="Phiên bản dùng", title_en="Preferred vintage"),
                f("note_vi", title="Ghi chú", title_en="Note (Vietnamese)"),
                f("note_en", title="Ghi chú (tiếng Anh)", title_en="Note"),
                QUOTE,
            ],
            "primaryKey": ["indicator", "area", "period", "category", "source"],
            "foreignKeys": [fk("indicator", "indicators"), fk("area", "areas"), fk("category", "categories"),
                            fk("unit", "units"), fk("source", "sources")],
        },
    },
    {
        "name": "indicators", "path": "indicators.csv", "role": "indicators",
        "title": "Danh mục chỉ tiêu", "title_en": "Indicator catalogue",
        "description": "Mã, lĩnh vực, tên tiếng Việt và tiếng Anh, đơn vị và mô tả của từng chỉ tiêu.",
        "description_en": "Id, section, Vietnamese and English title, unit and description of each indicator.",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("section", title="Lĩnh vực", title_en="Section", required=True, enum=SECTIONS),
                f("title_vi", title="Tên chỉ tiêu", title_en="Title (Vietnamese)", required=True),
                f("title_en", title="Tên tiếng Anh", title_en="Title", required=True),
                f("unit", title="Đơn vị", title_en="Unit", required=True),
                f("description_vi", title="Mô tả", title_en="Description (Vietnamese)"),
                f("description_en", title="Mô tả (tiếng Anh)", title_en="Description"),
            ],
            "primaryKey": ["id"],
            "foreignKeys": [fk("unit", "units")],
        },
    },
    {
        "name": "sources", "path": "sources.csv", "role": "sources",
        "title": "Nguồn số liệu", "title_en": "Sources",
        "description": "Trang công khai mà mỗi số liệu được lấy từ đó: đơn vị đăng, tiêu đề, địa chỉ, ngày.",
        "description_en": "The public page each figure was taken from: publisher, title, address and date.",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("publisher", title="Đơn vị đăng", title_en="Publisher", required=True),
                f("title", title="Tiêu đề", title_en="Title", required=True),
                f("url", title="Địa chỉ", title_en="URL"),
                f("date", title="Ngày", title_en="Date", pattern=DATE),
                f("language", title="Ngôn ngữ", title_en="Language"),
            ],
            "primaryKey": ["id"],
        },
    },
    {
        "name": "units", "path": "units.csv", "role": "units",
        "title": "Đơn vị tính", "title_en": "Units",
        "description": "Cách viết số kèm đơn vị trong tiếng Việt và tiếng Anh ({value} là con số).",
        "description_en": "How a number is written with its unit in Vietnamese and English ({value} is the number).",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("label_vi", title="Đơn vị", title_en="Unit (Vietnamese)", required=True),
                f("label_en", title="Đơn vị (tiếng Anh)", title_en="Unit", required=True),
                f("pattern_vi", title="Mẫu tiếng Việt", title_en="Vietnamese pattern", required=True, pattern=r".*\{value\}.*"),
                f("pattern_en", title="Mẫu tiếng Anh", title_en="English pattern", required=True, pattern=r".*\{value\}.*"),
            ],
            "primaryKey": ["id"],
        },
    },
    {
        "name": "categories", "path": "categories.csv", "role": "categories",
        "title": "Phân tổ", "title_en": "Breakdowns",
        "description": "Nhãn tiếng Việt và tiếng Anh của các phân tổ (khu vực kinh tế, thành thị/nông thôn, hạng sao…).",
        "description_en": "Vietnamese and English labels of breakdowns (economic sectors, urban/rural, star ratings…).",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("label_vi", title="Nhãn", title_en="Label (Vietnamese)", required=True),
                f("label_en", title="Nhãn tiếng Anh", title_en="Label", required=True),
            ],
            "primaryKey": ["id"],
        },
    },
    {
        "name": "areas", "path": "areas.csv", "role": "areas",
        "title": "Địa bàn", "title_en": "Areas",
        "description": "Tỉnh, huyện, thành phố và các địa danh được nhắc đến.",
        "description_en": "The province, its districts and city, and other places mentioned.",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("name_vi", title="Tên", title_en="Name (Vietnamese)", required=True),
                f("name_en", title="Tên tiếng Anh", title_en="Name", required=True),
                f("level", title="Cấp", title_en="Level", required=True,
                  enum=["country", "region", "province", "city", "district", "place"]),
                f("parent", title="Thuộc", title_en="Parent"),
                f("note_vi", title="Ghi chú", title_en="Note (Vietnamese)"),
                f("note_en", title="Ghi chú (tiếng Anh)", title_en="Note"),
            ],
            "primaryKey": ["id"],
            "foreignKeys": [fk("parent", "areas")],
        },
    },
    {
        "name": "projects", "path": "projects.csv", "role": "table", "section": "investment",
        "title": "Dự án đầu tư", "title_en": "Investment projects",
        "description": "Các dự án đầu tư, hạ tầng và dự án có vốn nước ngoài được nêu trong các nguồn.",
        "description_en": "Investment, infrastructure and foreign-invested projects named in the sources.",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("name_vi", title="Tên dự án", title_en="Project (Vietnamese)", required=True),
                f("name_en", title="Tên tiếng Anh", title_en="Project", required=True),
                f("investor", title="Nhà đầu tư", title_en="Investor"),
                f("area", title="Địa bàn", title_en="Area"),
                f("sector_vi", title="Lĩnh vực", title_en="Sector (Vietnamese)"),
                f("sector_en", title="Lĩnh vực (tiếng Anh)", title_en="Sector"),
                f("capital", "number", title="Vốn đầu tư", title_en="Capital"),
                f("capital_unit", title="Đơn vị vốn", title_en="Capital unit"),
                f("year", "year", title="Năm", title_en="Year"),
                f("status_vi", title="Tình trạng", title_en="Status (Vietnamese)"),
                f("status_en", title="Tình trạng (tiếng Anh)", title_en="Status"),
                SRC, QUOTE,
            ],
            "primaryKey": ["id"],
            "foreignKeys": [fk("area", "areas"), fk("capital_unit", "units"), fk("source", "sources")],
        },
    },
    {
        "name": "events", "path": "events.csv", "role": "table", "section": "trade-promotion",
        "title": "Sự kiện xúc tiến thương mại", "title_en": "Trade-promotion events",
        "description": "Hội chợ, tuần lễ giới thiệu sản phẩm và ngày hội có sự tham gia của Bắc Kạn.",
        "description_en": "Fairs, product weeks and festivals with Bắc Kạn taking part.",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("name_vi", title="Sự kiện", title_en="Event (Vietnamese)", required=True),
                f("name_en", title="Tên tiếng Anh", title_en="Event", required=True),
                f("start", title="Bắt đầu", title_en="Start", pattern=DATE),
                f("end", title="Kết thúc", title_en="End", pattern=DATE),
                f("place_vi", title="Địa điểm", title_en="Place (Vietnamese)"),
                f("place_en", title="Địa điểm (tiếng Anh)", title_en="Place"),
                f("area", title="Địa bàn", title_en="Area"),
                f("booths", "integer", title="Số gian hàng", title_en="Booths", minimum=0),
                f("booths_backan", "integer", title="Gian hàng Bắc Kạn", title_en="Bắc Kạn booths", minimum=0),
                SRC, QUOTE,
            ],
            "primaryKey": ["id"],
            "foreignKeys": [fk("area", "areas"), fk("source", "sources")],
        },
    },
    {
        "name": "products", "path": "products.csv", "role": "table", "section": "agriculture",
        "title": "Sản phẩm OCOP và sản phẩm chủ lực", "title_en": "OCOP and key products",
        "description": "Sản phẩm OCOP, sản phẩm có chỉ dẫn địa lý và sản phẩm xuất khẩu được nêu trong các nguồn.",
        "description_en": "OCOP products, products with geographical indications and exported products named in the sources.",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("name_vi", title="Sản phẩm", title_en="Product (Vietnamese)", required=True),
                f("name_en", title="Tên tiếng Anh", title_en="Product", required=True),
                f("producer", title="Chủ thể sản xuất", title_en="Producer"),
                f("area", title="Địa bàn", title_en="Area"),
                f("stars", "integer", title="Hạng sao OCOP", title_en="OCOP stars", minimum=1, maximum=5),
                f("certification_vi", title="Chứng nhận", title_en="Certification (Vietnamese)"),
                f("certification_en", title="Chứng nhận (tiếng Anh)", title_en="Certification"),
                f("year", "year", title="Năm", title_en="Year"),
                f("markets_vi", title="Thị trường", title_en="Markets (Vietnamese)"),
                f("markets_en", title="Thị trường (tiếng Anh)", title_en="Markets"),
                SRC, QUOTE,
            ],
            "primaryKey": ["id"],
            "foreignKeys": [fk("area", "areas"), fk("source", "sources")],
        },
    },
    {
        "name": "industrial_zones", "path": "industrial_zones.csv", "role": "table", "section": "investment",
        "title": "Khu công nghiệp và cụm công nghiệp", "title_en": "Industrial zone and clusters",
        "description": "Khu công nghiệp Thanh Bình và các cụm công nghiệp: diện tích, vốn, quyết định.",
        "description_en": "Thanh Bình industrial zone and the industrial clusters: area, investment, decisions.",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("name_vi", title="Tên", title_en="Name (Vietnamese)", required=True),
                f("name_en", title="Tên tiếng Anh", title_en="Name", required=True),
                f("kind", title="Loại", title_en="Kind", required=True, enum=["industrial_zone", "industrial_cluster"]),
                f("area", title="Địa bàn", title_en="Area"),
                f("area_ha", "number", title="Diện tích (ha)", title_en="Area (ha)", minimum=0),
                f("investment", "number", title="Vốn đầu tư", title_en="Investment", minimum=0),
                f("investment_unit", title="Đơn vị vốn", title_en="Investment unit"),
                f("developer", title="Chủ đầu tư", title_en="Developer"),
                f("decision", title="Quyết định", title_en="Decision"),
                f("year", "year", title="Năm", title_en="Year"),
                f("status_vi", title="Tình trạng", title_en="Status (Vietnamese)"),
                f("status_en", title="Tình trạng (tiếng Anh)", title_en="Status"),
                SRC, QUOTE,
            ],
            "primaryKey": ["id"],
            "foreignKeys": [fk("area", "areas"), fk("investment_unit", "units"), fk("source", "sources")],
        },
    },
    {
        "name": "facts", "path": "facts.csv", "role": "table", "section": "overview",
        "title": "Thông tin chung", "title_en": "Facts",
        "description": "Mốc lịch sử, sáp nhập năm 2025, đơn vị hành chính và các thông tin không phải số liệu.",
        "description_en": "History, the 2025 merger, administrative units and other non-numeric facts.",
        "schema": {
            "fields": [
                f("id", title="Mã", title_en="Id", required=True, unique=True, pattern=ID),
                f("section", title="Lĩnh vực", title_en="Section", required=True, enum=SECTIONS),
                f("label_vi", title="Nội dung", title_en="Item (Vietnamese)", required=True),
                f("label_en", title="Nội dung (tiếng Anh)", title_en="Item", required=True),
                f("value_vi", title="Thông tin", title_en="Fact (Vietnamese)", required=True),
                f("value_en", title="Thông tin (tiếng Anh)", title_en="Fact", required=True),
                f("date", title="Ngày", title_en="Date", pattern=DATE),
                SRC, QUOTE,
            ],
            "primaryKey": ["id"],
            "foreignKeys": [fk("source", "sources")],
        },
    },
]

for r in resources:
    r.update({"type": "table", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8"})
    order = ["name", "path", "type", "format", "mediatype", "encoding", "role", "section", "title", "title_en",
             "description", "description_en", "schema"]
    r_sorted = {k: r[k] for k in order if k in r}
    r.clear()
    r.update(r_sorted)

package = {
    "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
    "name": "backan-economy",
    "title": "Kinh tế tỉnh Bắc Kạn (cũ) — số liệu có nguồn",
    "title_en": "Economy of the former Bắc Kạn province — sourced figures",
    "description": "Số liệu về kinh tế, nông nghiệp, hợp tác xã và OCOP, xúc tiến thương mại, xuất nhập khẩu và đầu tư của tỉnh Bắc Kạn. Ngày 01/7/2025 tỉnh Bắc Kạn hợp nhất vào tỉnh Thái Nguyên (Nghị quyết 202/2025/QH15): các số liệu mô tả tỉnh Bắc Kạn cũ.",
    "description_en": "Figures on the economy, agriculture, cooperatives and OCOP, trade promotion, import–export and investment of Bắc Kạn province. On 1 July 2025 Bắc Kạn was merged into Thái Nguyên province (Resolution 202/2025/QH15): the figures describe the former province.",
    "version": "2026.1.0",
    "created": "2026-11-25",
    "licenses": [{"name": "CC-BY-4.0", "title": "Compilation: Creative Commons Attribution 4.0; figures remain the publishers' (see sources)"}],
    "sources": [{"title": "Cổng thông tin điện tử tỉnh Bắc Kạn — Bắc Kạn tích cực tham gia tiến trình hội nhập kinh tế quốc tế (2021)"}],
    "sections": [
        {"id": "overview", "title": "Tổng quan", "title_en": "Overview",
         "description": "Những chỉ tiêu chính của tỉnh Bắc Kạn (cũ) theo bài viết về hội nhập kinh tế quốc tế năm 2021 của Cổng thông tin điện tử tỉnh và các nguồn công khai khác. Mỗi số liệu ghi rõ nguồn, ngày và tình trạng.",
         "description_en": "The main figures of the former Bắc Kạn province, from the provincial portal's 2021 article on international economic integration and other public sources. Each figure states its source, date and status."},
        {"id": "economy", "title": "Kinh tế", "title_en": "Economy",
         "description": "Quy mô, tốc độ tăng trưởng và cơ cấu tổng sản phẩm trên địa bàn (GRDP), GRDP bình quân đầu người, năng suất lao động, thu ngân sách, công nghiệp và du lịch. Các số ước tính được cập nhật khi có số liệu chính thức; khi các nguồn khác nhau, các phiên bản được ghi cạnh nhau.",
         "description_en": "Size, growth and structure of gross regional domestic product (GRDP), GRDP per capita, labour productivity, budget revenue, industry and tourism. Estimates are revised when official statistics appear; where sources differ, the versions are shown side by side."},
        {"id": "agriculture", "title": "Nông nghiệp và hợp tác xã", "title_en": "Agriculture & cooperatives",
         "description": "Rừng, cây trồng, hợp tác xã và sản phẩm OCOP (Chương trình mỗi xã một sản phẩm) – những lợi thế của một tỉnh miền núi có tỷ lệ che phủ rừng cao.",
         "description_en": "Forests, crops, cooperatives and OCOP products (the One Commune One Product programme) — the strengths of a mountainous province with high forest cover."},
        {"id": "trade-promotion", "title": "Xúc tiến thương mại", "title_en": "Trade promotion",
         "description": "Hội chợ, triển lãm và tuần lễ giới thiệu sản phẩm mà tỉnh hỗ trợ doanh nghiệp, hợp tác xã tham gia hoặc tổ chức, trong và ngoài tỉnh.",
         "description_en": "Fairs, exhibitions and product weeks at which the province supported its firms and cooperatives, or which it organised, in and outside the province."},
        {"id": "trade", "title": "Xuất nhập khẩu", "title_en": "Import–export",
         "description": "Kim ngạch xuất nhập khẩu của tỉnh và các mặt hàng chủ yếu. Số liệu hải quan chỉ tính xuất khẩu và không cộng gộp với tổng kim ngạch của tỉnh.",
         "description_en": "The province's import–export turnover and main goods. Customs figures count exports only and are not added to the provincial totals."},
        {"id": "investment", "title": "Đầu tư", "title_en": "Investment",
         "description": "Dự án đầu tư đã thu hút, khu công nghiệp Thanh Bình, các cụm công nghiệp và hạ tầng giao thông.",
         "description_en": "Investment projects attracted, Thanh Bình industrial zone, the industrial clusters and transport infrastructure."},
    ],
    "resources": resources,
}

out = Path(__file__).resolve().parents[2] / "data" / "backan" / "datapackage.json"
out.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("wrote", out)
