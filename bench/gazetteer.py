"""The real administrative divisions, for the benchmark generators (not used by the ETL).

Prefers the project's gazetteer (etl/data/regions.csv) and falls back to cpca's adcodes.csv with
the two-row patch of docs/TOOLING.md §3 (莱芜市 merged into 济南, 那曲地区 -> 那曲市), which
gives the 333 current prefecture-level units with coordinates. Only the 31 mainland provincial
units sign agreements in the synthetic corpus; Hong Kong, Macau and Taiwan appear in footer lists.
"""

from __future__ import annotations

import csv
import importlib.resources
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REGIONS_CSV = ROOT / "etl" / "data" / "regions.csv"

# Province code -> (short name, licence-plate/ICP abbreviation).
PROVINCE_SHORT: dict[str, tuple[str, str]] = {
    "11": ("北京", "京"), "12": ("天津", "津"), "13": ("河北", "冀"), "14": ("山西", "晋"),
    "15": ("内蒙古", "蒙"), "21": ("辽宁", "辽"), "22": ("吉林", "吉"), "23": ("黑龙江", "黑"),
    "31": ("上海", "沪"), "32": ("江苏", "苏"), "33": ("浙江", "浙"), "34": ("安徽", "皖"),
    "35": ("福建", "闽"), "36": ("江西", "赣"), "37": ("山东", "鲁"), "41": ("河南", "豫"),
    "42": ("湖北", "鄂"), "43": ("湖南", "湘"), "44": ("广东", "粤"), "45": ("广西", "桂"),
    "46": ("海南", "琼"), "50": ("重庆", "渝"), "51": ("四川", "川"), "52": ("贵州", "黔"),
    "53": ("云南", "滇"), "54": ("西藏", "藏"), "61": ("陕西", "陕"), "62": ("甘肃", "甘"),
    "63": ("青海", "青"), "64": ("宁夏", "宁"), "65": ("新疆", "新"), "71": ("台湾", "台"),
    "81": ("香港", "港"), "82": ("澳门", "澳"),
}
MUNICIPALITIES = ("11", "12", "31", "50")
NOT_SIGNING = ("71", "81", "82")


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str  # full name: 湖北省, 宜昌市, 夷陵区
    level: str  # province | prefecture | county
    province: str  # full name of the province-level unit
    prefecture: str | None = None  # county rows: the prefecture (or municipality) it belongs to
    longitude: float | None = None
    latitude: float | None = None

    @property
    def short(self) -> str:
        """The bare name used in running text (宜昌, 湖北); full name when there is none."""
        if self.level == "province":
            return PROVINCE_SHORT[self.adcode[:2]][0]
        if self.level == "prefecture" and self.name.endswith("市") and len(self.name) > 2:
            return self.name[:-1]
        return self.name

    @property
    def qualified(self) -> str:
        """County rows written with their parent (宜昌市夷陵区), as the gold files do."""
        return f"{self.prefecture}{self.name}" if self.level == "county" else self.name


@dataclass(frozen=True)
class Gazetteer:
    provinces: tuple[Region, ...]  # the 31 mainland units that sign agreements
    all_provinces: tuple[Region, ...]  # all 34, for footer lists
    prefectures: tuple[Region, ...]
    counties: tuple[Region, ...]  # counties/districts whose parent is a prefecture or municipality
    source: str

    def prefectures_of(self, province_code: str) -> list[Region]:
        return [r for r in self.prefectures if r.adcode[:2] == province_code[:2]]

    def counties_of(self, parent: Region) -> list[Region]:
        return [c for c in self.counties if c.prefecture == parent.name
                and c.adcode[:2] == parent.adcode[:2]]


def _float(v: str | None) -> float | None:
    return float(v) if v else None


def _from_regions_csv(path: Path) -> list[Region]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        parent = r.get("prefecture") or None
        if r["level"] == "county" and not parent and r["adcode"][:2] in MUNICIPALITIES:
            parent = r["province"]  # 北京市朝阳区: districts of a municipality
        out.append(Region(r["adcode"][:6], r["name"], r["level"], r["province"], parent,
                          _float(r.get("longitude")), _float(r.get("latitude"))))
    return out


def _from_cpca() -> list[Region]:
    res = importlib.resources.files("cpca.resources").joinpath("adcodes.csv")
    with res.open(encoding="utf-8") as f:
        rows = {r["adcode"][:6]: r for r in csv.DictReader(f)}
    rows.pop("371200", None)  # 莱芜市, merged into 济南 (2019)
    old = rows.pop("542400", None)  # 那曲地区 -> 那曲市 (2017)
    if old:
        rows["540600"] = {**old, "adcode": "540600000000", "name": "那曲市"}
    names = {code: r["name"] for code, r in rows.items()}
    out: list[Region] = []
    for code, r in sorted(rows.items()):
        pcode = code[:2] + "0000"
        if pcode not in names or r["name"] in ("市辖区", "县", "省直辖县级行政区划",
                                                 "自治区直辖县级行政区划"):
            continue
        lng, lat = _float(r["longitude"]), _float(r["latitude"])
        province = names[pcode]
        if code.endswith("0000"):
            out.append(Region(code, r["name"], "province", province, None, lng, lat))
        elif code.endswith("00") and code[:2] not in MUNICIPALITIES and code[2:4] != "90":
            out.append(Region(code, r["name"], "prefecture", province, None, lng, lat))
        elif not code.endswith("00"):
            if code[:2] in MUNICIPALITIES:
                parent = province
            else:
                parent = names.get(code[:4] + "00", "")
            if parent and code[2:4] != "90":
                out.append(Region(code, r["name"], "county", province, parent, lng, lat))
    return out


def load_gazetteer(prefer: str = "auto") -> Gazetteer:
    """prefer: auto (regions.csv when present, else cpca) | regions | cpca."""
    if prefer == "regions" or (prefer == "auto" and REGIONS_CSV.exists()):
        regions, source = _from_regions_csv(REGIONS_CSV), "etl/data/regions.csv"
    else:
        regions, source = _from_cpca(), "cpca 0.5.5 adcodes.csv (patched)"
    regions.sort(key=lambda r: r.adcode)
    provs = tuple(r for r in regions if r.level == "province")
    prefs = tuple(r for r in regions if r.level == "prefecture")
    pref_names = {p.name for p in prefs} | {p.name for p in provs
                                             if p.adcode[:2] in MUNICIPALITIES}
    counties = tuple(r for r in regions if r.level == "county" and r.prefecture in pref_names)
    return Gazetteer(tuple(p for p in provs if p.adcode[:2] not in NOT_SIGNING), provs, prefs,
                     counties, source)
