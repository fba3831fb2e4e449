"""The data check: each rule breaks a copy of the bundled package in one place and finds exactly
that place (file and row); what relates to what is read from the package, so a copy with a new
relation is checked the same way."""
import csv
import io
import json
import shutil

import pytest

from backan_desktop.core.datacheck import check_package
from backan_desktop.core.datapackage import load_package
from backan_desktop.core.importing import ImportOptions, preview_table

from pkgfactory import BUNDLED


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """A copy of the bundled package and what the check says about it unchanged."""
    folder = tmp_path_factory.mktemp("pkg") / "backan"
    shutil.copytree(BUNDLED, folder)
    return folder, {str(p) for p in check_package(load_package(folder))}


@pytest.fixture
def pkg(baseline, tmp_path):
    folder = tmp_path / "backan"
    shutil.copytree(baseline[0], folder)
    return folder


def found(folder, baseline) -> list[str]:
    """What the check finds in ``folder`` that it did not find in the unchanged copy."""
    loaded = load_package(folder)
    assert [str(p) for p in loaded.problems] == []
    return sorted(str(p) for p in check_package(loaded) if str(p) not in baseline[1])


def edit(folder, file, match: dict, **changes) -> int:
    """Change the cells of the one row matching ``match``; returns its row number (header = 1)."""
    path = folder / file
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    hits = [i for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items())]
    assert len(hits) == 1, (match, hits)
    rows[hits[0]].update(changes)
    write(path, rows)
    return hits[0] + 2


def write(path, rows, fields=None) -> None:
    out = io.StringIO()
    w = csv.DictWriter(out, fields or list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def rows_of(folder, file) -> list[dict]:
    return list(csv.DictReader(io.StringIO((folder / file).read_text(encoding="utf-8"))))


GRDP_2021 = {"indicator": "grdp_current_prices", "period": "2021", "source": "backan-gov-grdp-9585"}


def test_a_unit_other_than_the_indicators_needs_a_declared_conversion(pkg, baseline):
    row = edit(pkg, "observations.csv", GRDP_2021, unit="trn_vnd")
    assert found(pkg, baseline) == [
        f"observations.csv:{row}:7: grdp_current_prices backan 2021: unit 'trn_vnd' is not the indicator's unit "
        "'bn_vnd' and no conversion between them is declared (units: base and factor)"]
    # the package declares it: trillion = 1,000 billion
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    units = next(r for r in desc["resources"] if r["name"] == "units")
    units["schema"]["fields"] += [{"name": "base", "type": "string"}, {"name": "factor", "type": "number"}]
    (pkg / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False), encoding="utf-8")
    rows = rows_of(pkg, "units.csv")
    for r in rows:
        r["base"], r["factor"] = ("bn_vnd", "1000") if r["id"] == "trn_vnd" else ("", "")
    write(pkg / "units.csv", rows)
    assert found(pkg, baseline) == []


def test_shares_of_a_whole_add_up_to_100(pkg, baseline):
    row = edit(pkg, "observations.csv", {"indicator": "grdp_share", "period": "2021", "category": "agriculture"},
               value="38.98")
    assert found(pkg, baseline) == [
        f"observations.csv:{row}:5: grdp_share backan 2021 agriculture (backan-gov-grdp-9585): the shares "
        "agriculture + industry_construction + services add up to 106.91 %, not 100"]


def test_a_complete_split_adds_up_to_its_total(pkg, baseline):
    official = {"indicator": "population", "area": "backan", "period": "2022",
                "source": "backan-gov-2023-dan-so-chinh-thuc-2022"}
    edit(pkg, "observations.csv", {**official, "category": "male"}, value="165134")
    total = edit(pkg, "observations.csv", {**official, "category": ""})
    assert found(pkg, baseline) == [
        f"observations.csv:{total}:5: population backan 2022 (backan-gov-2023-dan-so-chinh-thuc-2022): the parts "
        "female + male add up to 324,453, not the total 324,353"]


def test_a_qualified_total_allows_for_its_rounding(pkg, baseline):
    """"nearly 530,000" visitors of whom "nearly 510,000" and "nearly 19,000": consistent."""
    edit(pkg, "observations.csv", {"indicator": "tourist_visitors", "period": "2019", "category": "international"},
         value="39000")
    assert len(found(pkg, baseline)) == 1


def test_part_indicators_add_up_to_the_whole_one(pkg, baseline):
    edit(pkg, "observations.csv", {"indicator": "imports", "period": "2021"}, value="8.5")
    row = edit(pkg, "observations.csv", {"indicator": "trade_turnover", "period": "2021"})
    assert found(pkg, baseline) == [
        f"observations.csv:{row}:5: trade_turnover backan 2021 (baomoi-che-bien-phuc-vu-xuat-khau-2021): "
        "exports + imports add up to 29.0, not 28.0"]


def test_relations_are_data_a_new_split_is_checked(pkg, baseline):
    """No indicator is named in the code: declaring a split in the data makes the check apply it."""
    rows = rows_of(pkg, "indicators.csv")
    for r in rows:
        if r["id"] == "ocop_product_score":
            r["parts"] = "sum"
    write(pkg / "indicators.csv", rows)
    rows = rows_of(pkg, "categories.csv")
    for r in rows:
        if r["id"] == "mien_dong_tai_hoan":
            r["group"] = "one_product"
    write(pkg / "categories.csv", rows)
    score = next(r for r in rows_of(pkg, "observations.csv") if r["indicator"] == "ocop_product_score")
    obs = rows_of(pkg, "observations.csv")
    obs.append({**score, "category": "", "value": "90", "preferred": "", "note_vi": "", "note_en": ""})
    write(pkg / "observations.csv", obs)
    problems = found(pkg, baseline)
    assert len(problems) == 1 and f"observations.csv:{len(obs) + 1}:5: ocop_product_score" in problems[0]
    assert "add up to 91.14, not the total 90.00" in problems[0]


def test_a_secondary_copy_is_never_official(pkg, baseline):
    row = edit(pkg, "observations.csv", {"indicator": "population", "period": "2004"}, status="official")
    assert found(pkg, baseline) == [
        f"observations.csv:{row}:8: population backan 2004: marked official, but its source 'en-academic-463744' "
        "is a secondary copy (use 'unverified')"]


def test_every_figure_and_every_listed_thing_has_its_words(pkg, baseline):
    row = edit(pkg, "observations.csv", {"indicator": "imports", "period": "2021"}, quote="")
    fact = edit(pkg, "facts.csv", {"id": "merger-effective"}, quote=" ")
    cites = [r for r in rows_of(pkg, "product_citations.csv") if r["product"] != "mo-vang"]
    write(pkg / "product_citations.csv", cites)
    mo_vang = next(i for i, r in enumerate(rows_of(pkg, "products.csv")) if r["id"] == "mo-vang") + 2
    assert found(pkg, baseline) == [
        f"facts.csv:{fact}:9: no quote: every figure needs the words it was read from",
        f"observations.csv:{row}:13: no quote: every figure needs the words it was read from",
        f"products.csv:{mo_vang}:1: 'mo-vang' has no quote: no citation gives the words it was read from"]


def test_a_listing_names_each_thing_once(pkg, baseline):
    rows = rows_of(pkg, "products.csv")
    rows.append({**rows[0], "id": "mien-dong-tai-hoan-2"})
    rows[-1]["name_vi"] = rows[0]["name_vi"].upper()          # the same name, however it is written
    write(pkg / "products.csv", rows)
    cites = rows_of(pkg, "product_citations.csv")
    write(pkg / "product_citations.csv", cites + [{**cites[0], "product": "mien-dong-tai-hoan-2"}])
    assert found(pkg, baseline) == [
        f"products.csv:{len(rows) + 1}:2: '{rows[0]['name_vi'].upper()}' is listed twice (as on row 2): one row per "
        "real thing, its sources in a citations table"]


def test_sources_give_a_page_address_and_a_date(pkg, baseline):
    rows = rows_of(pkg, "sources.csv")
    dated = next(i for i, r in enumerate(rows) if r["date"] and i > 3)
    rows[dated].update(date="", accessed="")
    rows[1].update(url="")
    rows[2].update(url="https://ngoisao.vn/")
    rows[3].update(url="https://example.vn/tin-tuc/bai-viet-bi-cat…")
    write(pkg / "sources.csv", rows)
    url, date = list(rows[0]).index("url") + 1, list(rows[0]).index("date") + 1
    assert found(pkg, baseline) == [
        f"sources.csv:3:{url}: source '{rows[1]['id']}' has no URL",
        f"sources.csv:4:{url}: source '{rows[2]['id']}': 'https://ngoisao.vn/' is not the address of a page (a bare "
        "domain or cut short)",
        f"sources.csv:5:{url}: source '{rows[3]['id']}': 'https://example.vn/tin-tuc/bai-viet-bi-cat…' is not the "
        "address of a page (a bare domain or cut short)",
        f"sources.csv:{dated + 2}:{date}: source '{rows[dated]['id']}' has no date: give the page's date, or when it is undated the "
        "date it was read (accessed)"]


def test_one_publisher_has_one_kind_unless_declared(pkg, baseline):
    rows = rows_of(pkg, "sources.csv")
    portal = [i for i, r in enumerate(rows) if "://backan.gov.vn" in r["url"]]
    assert len(portal) > 3 and {rows[i]["kind"] for i in portal} == {"government"}
    rows[portal[1]].update(kind="statistics_office")        # the portal relays the statistics office: still the portal
    write(pkg / "sources.csv", rows)
    kind = list(rows[0]).index("kind") + 1
    name = rows[portal[1]]["publisher"]                     # named as written, once for its host and its name
    others = [r for r in rows if r["publisher"] == name and r is not rows[portal[1]]]
    assert len(others) >= len(portal) - 1
    problem = (f"sources.csv:{portal[1] + 2}:{kind}: source '{rows[portal[1]]['id']}' is recorded as "
               f"'statistics_office', but {len(others)} other source(s) of {name} as 'government': one "
               "publisher has one kind")
    assert found(pkg, baseline) == [problem]
    declared = rows_of(pkg, "discrepancies.csv")
    write(pkg / "discrepancies.csv", declared + [{**{k: "" for k in declared[0]}, "check": "kind",
                                                  "source": rows[portal[1]]["id"], "kind": "several_publishers",
                                                  "note_vi": "lý do", "note_en": "the reason"}])
    assert found(pkg, baseline) == []


def test_a_ratio_is_the_quotient_of_its_two_levels(pkg, baseline):
    row = edit(pkg, "observations.csv", {"indicator": "grdp_ratio_vs_2021", "period": "2025"}, value="1.7")
    assert found(pkg, baseline) == [
        f"observations.csv:{row}:5: grdp_ratio_vs_2021 backan 2025 (backan-gov-grdp-9585): the ratio 1.7 is not "
        "grdp_current_prices 2025 divided by grdp_current_prices 2021 (that gives 1.53 to 1.53)"]


def test_an_average_is_a_mean_of_the_figures_of_its_years(pkg, baseline):
    declared = rows_of(pkg, "discrepancies.csv")
    write(pkg / "discrepancies.csv", [r for r in declared if r["period"] != "2021-2022"])
    row = next(i + 2 for i, r in enumerate(rows_of(pkg, "observations.csv"))
               if (r["indicator"], r["period"]) == ("grdp_growth_avg", "2021-2022"))
    problem = (f"observations.csv:{row}:5: grdp_growth_avg backan 2021-2022 (vietnamplus-fr-2023-208501): the average "
               "5.02 is no mean of the figures of grdp_growth for those years (they give 4.799 to 5.210)")
    assert found(pkg, baseline) == [problem]
    # the statistics office's 4.41 and 5.88 compound to 5.14: that average passes
    edit(pkg, "observations.csv", {"indicator": "grdp_growth_avg", "period": "2021-2022"}, value="5.14")
    assert found(pkg, baseline) == []


def test_a_declared_discrepancy_is_known_and_a_stale_one_is_a_problem(pkg, baseline):
    declared = rows_of(pkg, "discrepancies.csv")
    typo = next(r for r in declared if r["indicator"] == "population")
    write(pkg / "discrepancies.csv", [r for r in declared if r is not typo])
    assert found(pkg, baseline) == [
        "observations.csv:43:5: population backan 2021 (backan-gov-2023-dan-so-so-bo-2022): the parts female + male "
        "add up to 303,712, not the total 323,712"]
    write(pkg / "discrepancies.csv", declared + [{**typo, "period": "2022", "source": "backan-gov-2023-dan-so-chinh-thuc-2022"}])
    assert found(pkg, baseline) == [
        f"discrepancies.csv:{len(declared) + 2}:1: the declared discrepancy (sum: population backan 2022 "
        "backan-gov-2023-dan-so-chinh-thuc-2022) is not found in the data: correct or remove the row"]


def test_an_import_warns_of_mixed_units_with_file_and_row(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text("indicator,area,period,value,unit\nrice,backan,2020,10,tonnes\nrice,backan,2021,12,tonnes\n"
                    "rice,backan,2022,13000,kg\n", encoding="utf-8")
    preview = preview_table(path, ImportOptions())
    assert preview.problems == []                      # a warning: the import is not refused
    assert [str(p) for p in preview.summary.warnings] == [
        "mixed.csv:4:0: rice backan 2022: unit 'kg' is not the indicator's unit 'tonnes' and no conversion between "
        "them is declared (units: base and factor)"]
    assert preview.summary.lines("en")[-1] == ("warning: mixed.csv:4:0: rice backan 2022: unit 'kg' is not the "
                                               "indicator's unit 'tonnes' and no conversion between them is declared "
                                               "(units: base and factor)")
