"""Shapes, encodings and number formats that real spreadsheets use, imported without hand editing."""
import codecs
from pathlib import Path

import pytest

from backan_desktop.core.importing import ImportOptions, Mapping, preview_table
from backan_desktop.core.periods import normalise_period


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters with separate tone marks."""
    import unicodedata
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            out += unicodedata.normalize("NFC", d[:2]).encode("cp1258") + d[2:].encode("cp1258") \
                if len(d) > 2 else d.encode("cp1258")
    return out


def write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    if encoding == "utf-8-sig":
        p.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    elif encoding == "windows-1258":
        p.write_bytes(cp1258(text))
    else:
        p.write_bytes(text.encode(encoding))
    return p


def tidy(preview):
    assert preview.problems == [], [str(p) for p in preview.problems]
    return {(r.indicator, r.area, r.period, r.category): r.value for r in preview.rows.itertuples()}


YEARBOOK = ("Biểu 05. Tổng sản phẩm trên địa bàn theo giá hiện hành\n"
            "Đơn vị tính: Tỷ đồng\n\n"
            "Chỉ tiêu;2019;2020;2021;Sơ bộ 2022\n"
            "TỔNG SỐ;11.259;12.829;13.745;15.014\n"
            "Chia theo khu vực kinh tế;;;;\n"
            "Nông, lâm nghiệp và thủy sản;3.210,5;3.601,2;-;..\n\n"
            "Ghi chú: Số liệu năm 2022 là số sơ bộ.\n")


def test_yearbook_with_title_rows_groups_and_notes(tmp_path):
    p = preview_table(write(tmp_path, "bieu05.csv", YEARBOOK), ImportOptions(mapping=Mapping(unit="tỷ đồng")))
    assert p.shape == "yearbook"
    rows = tidy(p)
    assert rows[("TỔNG SỐ", "", "2020", "")] == 12829
    assert rows[("TỔNG SỐ", "", "2022", "")] == 15014
    assert rows[("Nông, lâm nghiệp và thủy sản", "", "2019", "")] == 3210.5
    assert ("Nông, lâm nghiệp và thủy sản", "", "2021", "") not in rows       # '-' is missing, not zero
    statuses = dict(zip(p.rows["period"], p.rows["status"]))
    assert statuses["2022"] == "preliminary"
    assert any("sơ bộ" in n for n in p.notes)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "windows-1258", "windows-1252"])
def test_encodings_are_detected(tmp_path, encoding):
    text = "năm,giá trị,chỉ tiêu\n2020,\"12,7\",Kim ngạch XNK\n2021,28,Kim ngạch XNK\n"
    if encoding == "windows-1252":
        text = text.replace("năm", "nam").replace("giá trị", "valeur").replace("chỉ tiêu", "indicator").replace("Kim ngạch XNK", "Café exports")
        text = text.replace("valeur", "value")
    p = preview_table(write(tmp_path, "t.csv", text, encoding), ImportOptions())
    rows = tidy(p)
    assert p.shape == "long"
    assert 12.7 in rows.values() and 28 in rows.values()
    assert any(k[0] in ("Kim ngạch XNK", "Café exports") for k in rows)


def test_long_tidy_with_area_unit_status_source(tmp_path):
    text = ("indicator,area,period,value,unit,status,source\n"
            "GRDP growth,Bắc Kạn,2023,\"6,33\",%,official,Cục Thống kê\n"
            "GRDP growth,Bắc Kạn,2024,\"6,35\",%,estimate,Cục Thống kê\n")
    rows = tidy(p := preview_table(write(tmp_path, "g.csv", text), ImportOptions()))
    assert rows[("GRDP growth", "Bắc Kạn", "2024", "")] == 6.35
    assert set(p.rows["status"]) == {"official", "estimate"}
    assert list(p.rows["decimals"]) == [2, 2]


def test_vietnamese_headers_of_status_unit_and_source_are_recognised(tmp_path):
    """'Tình trạng' starts like 'tỉnh' (an area), 'Đơn vị tính' ends like it, 'Nguồn số liệu' ends
    like 'số liệu' (the values): each is still the column it names."""
    text = ("Năm,Giá trị,Chỉ tiêu,Đơn vị tính,Tình trạng,Nguồn số liệu\n"
            "2023,\"6,33\",Tăng trưởng GRDP,%,chính thức,Cục Thống kê\n"
            "2024,\"6,35\",Tăng trưởng GRDP,%,ước tính,Cục Thống kê\n")
    p = preview_table(write(tmp_path, "vn.csv", text), ImportOptions())
    rows = tidy(p)
    assert p.shape == "long" and rows[("Tăng trưởng GRDP", "", "2024", "")] == 6.35
    assert list(p.rows["status"]) == ["official", "estimate"] and set(p.rows["unit"]) == {"%"}
    assert set(p.rows["source"]) == {"Cục Thống kê"}


def test_wide_period_and_measures(tmp_path):
    text = "Năm;Xuất khẩu;Nhập khẩu\n2021;20,5;7,5\n2022;24;11\n"
    rows = tidy(p := preview_table(write(tmp_path, "xnk.csv", text), ImportOptions(mapping=Mapping(unit="triệu USD"))))
    assert p.shape == "wide"
    assert rows[("Xuất khẩu", "", "2021", "")] == 20.5
    assert rows[("Nhập khẩu", "", "2022", "")] == 11


def test_wide_with_entity_column(tmp_path):
    text = "Huyện,Năm,Dân số,Diện tích\nChợ Đồn,2022,51.203,911\nPác Nặm,2022,34.551,473\n"
    rows = tidy(preview_table(write(tmp_path, "huyen.csv", text), ImportOptions()))
    assert rows[("Dân số", "Chợ Đồn", "2022", "")] == 51203
    assert rows[("Diện tích", "Pác Nặm", "2022", "")] == 473


def test_mapping_options_for_unrecognised_headers(tmp_path):
    text = "Kỳ báo cáo|Số|Tên\n6 tháng đầu năm 2021|12,56|Kim ngạch\n2020|12,7|Kim ngạch\n"
    path = write(tmp_path, "odd.txt", text)
    p = preview_table(path, ImportOptions(mapping=Mapping(period_col="Kỳ báo cáo", value_col="Số", indicator_col="Tên")))
    rows = tidy(p)
    assert rows[("Kim ngạch", "", "2021-H1", "")] == 12.56


def test_unrecognisable_shape_asks_for_a_mapping(tmp_path):
    p = preview_table(write(tmp_path, "x.csv", "a,b\nfoo,bar\nbaz,qux\n"), ImportOptions())
    assert p.problems and "--period-col" in p.problems[0].message


@pytest.mark.parametrize("text,period", [("2020", "2020"), (2020.0, "2020"), ("2016 – 2020", "2016-2020"),
                                         ("6 tháng đầu năm 2021", "2021-H1"), ("H1 2021", "2021-H1"),
                                         ("Sơ bộ 2022", "2022"), ("2022*", "2022"), ("5 tháng 2023", "2023-5M"),
                                         ("Quý 3/2024", "2024-Q3"), ("07/2025", "2025-07"), ("01/07/2025", "2025-07-01"),
                                         ("Năm 2019", "2019"), ("abc", None)])
def test_periods_as_spreadsheets_write_them(text, period):
    assert normalise_period(text) == period


def test_xlsx_yearbook_sheet_with_numbers_and_dates(tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 1"
    ws.append(["Dân số trung bình phân theo huyện"])
    ws.append([])
    ws.append(["Huyện", "Đơn vị", 2021, 2022, "Sơ bộ 2023"])
    ws.append(["Chợ Đồn", "người", 50950, 51203, 51500.0])
    ws.append(["Ba Bể", "người", 49700, 49934, None])
    ws.append(["Nguồn: Cục Thống kê"])
    wb.create_sheet("Khác").append(["x"])
    path = tmp_path / "danso.xlsx"
    wb.save(path)
    p = preview_table(path, ImportOptions(sheet="Biểu 1"))
    rows = tidy(p)
    assert p.shape == "yearbook" and p.sheet == "Biểu 1"
    assert rows[("Chợ Đồn", "", "2022", "")] == 51203
    assert set(p.rows["unit"]) == {"người"}
    assert ("Ba Bể", "", "2023", "") not in rows
    assert any("Cục Thống kê" in n for n in p.notes)


def test_xlsx_numbers_small_enough_to_print_with_an_exponent_are_read(tmp_path):
    """Excel keeps 0.0000001 as a float whose repr is '1e-07': read, shown with 6 decimals at most."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["Chỉ tiêu", 2021, 2022])
    ws.append(["Tỷ lệ", 1e-07, 0.125])
    path = tmp_path / "nho.xlsx"
    wb.save(path)
    p = preview_table(path, ImportOptions())
    assert p.problems == []
    assert p.rows[["value", "decimals"]].values.tolist() == [[1e-07, 6], [0.125, 3]]
