"""Offline map outlines for the dashboard (see dashboard_lib/maps/README.md).

``china_geojson()`` has one feature per province named as in echarts' china.json (河南, 新疆,
香港); register it under the exact name ``"china"`` so ECharts draws the 南海诸岛 inset:
``st_pyecharts(chart, map=Map("china", china_geojson()))``.
``province_geojson("410000")`` has the prefecture-level features of a province, named by
``regions.map_name`` (信阳市, 济源市; districts for the municipalities: 朝阳区).
Both are plain GeoJSON (usable by plotly too); the returned dicts are cached: don't mutate them.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

MAPS_DIR = Path(__file__).resolve().parent / "maps"
_ADCODE = re.compile(r"\d{2}0000")


@lru_cache(maxsize=1)
def china_geojson() -> dict[str, Any]:
    """Provinces of China (34 features, short names)."""
    return json.loads((MAPS_DIR / "china.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=40)
def province_geojson(province_adcode: str) -> dict[str, Any]:
    """Prefecture-level features of one province; KeyError for an unknown adcode."""
    path = MAPS_DIR / "provinces" / f"{province_adcode}.json"
    if not _ADCODE.fullmatch(province_adcode) or not path.exists():
        raise KeyError(province_adcode)
    return json.loads(path.read_text(encoding="utf-8"))


def feature_names(gj: dict[str, Any]) -> list[str]:
    """The ``properties.name`` of every feature, in file order."""
    return [f["properties"]["name"] for f in gj["features"]]
