#!/usr/bin/env python3
"""Builds resources/data/trade_by_chapter_history.csv: US-China trade by HS chapter, 2015-2021.

Usage: scripts/build-history.py US_CHINA_RDS TRADE_BY_CHAPTER_CSV > resources/data/trade_by_chapter_history.csv

US_CHINA_RDS is data_raw/us_china.rds of the public repository
nikhilm2009/us-china-tariff-disruption (commit 3d12bbe8a3c9fbf0ecec36c4050cc4f0c5fdf504):
the UN Comtrade extract, reporter USA, partner China, 2015-2021, HS-6 rows
(aggr_level 6) summed by chapter, primary value (imports: CIF value, about 4%
above Census customs value; exports: FOB). These years serve as trade weights
of the averages (`tariffsim-cli rates --weights 2017`), for comparison with
averages published on pre-war weights; only the shares of chapters matter there.
Chapter descriptions come from trade_by_chapter.csv.
"""
import csv
import math
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rds  # noqa: E402

SOURCE = ("https://github.com/nikhilm2009/us-china-tariff-disruption/blob/"
          "3d12bbe8a3c9fbf0ecec36c4050cc4f0c5fdf504/data_raw/us_china.rds")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    frame = rds.load(sys.argv[1])
    cols = dict(zip(frame.attrs["names"], frame))
    values = defaultdict(float)
    for k in range(len(cols["cmd_code"])):
        if cols["aggr_level"][k] != 6:
            continue
        v = cols["primary_value"][k]
        if v is None or (isinstance(v, float) and math.isnan(v)):
            continue
        flow = {"M": "china_to_us", "X": "us_to_china"}[cols["flow_code"][k]]
        values[(cols["ref_year"][k], flow, cols["cmd_code"][k][:2])] += v / 1e9
    names = {}
    with open(sys.argv[2], newline="") as f:
        for row in csv.DictReader(f):
            names[(row["flow"], row["hs_chapter"])] = row["description"]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["year", "flow", "hs_chapter", "description", "value_usd_bn", "reporter", "source_url"])
    for (year, flow, chapter), value in sorted(values.items()):
        if (flow, chapter) not in names:
            continue  # chapters without 2022-2024 trade have no sector
        reporter = ("USA (UN Comtrade, primary value: CIF for imports, FOB for exports; derived: HS-6 rows summed "
                    "by chapter)")
        out.writerow([year, flow, chapter, names[(flow, chapter)], f"{value:.4f}", reporter, SOURCE])
    # Chapters with 2022-2024 trade but none in a year get an explicit zero.
    years = sorted({y for y, _, _ in values})
    for (flow, chapter) in sorted(names):
        for year in years:
            if (year, flow, chapter) not in values:
                out.writerow([year, flow, chapter, names[(flow, chapter)], "0.0000",
                              "USA (UN Comtrade; no trade recorded in the extract)", SOURCE])


if __name__ == "__main__":
    main()
