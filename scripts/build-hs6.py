#!/usr/bin/env python3
"""Builds resources/data/trade_by_hs6.csv: the products inside each HS chapter.

Usage: scripts/build-hs6.py US_CHINA_2022_24_RDS TRADE_BY_CHAPTER_CSV > resources/data/trade_by_hs6.csv

US_CHINA_2022_24_RDS is data_raw/us_china_2022_24.rds of the public repository
nikhilm2009/us-china-tariff-disruption (commit 3d12bbe8a3c9fbf0ecec36c4050cc4f0c5fdf504):
the UN Comtrade extract, reporter USA, partner China, 2022-2024, from which
trade_by_chapter.csv was built. Every HS-6 product (aggr_level 6) with trade in
2024 becomes one row per flow with its 2024 value (fobvalue: customs value of
general imports, FAS value of exports). The program uses these values only as
the composition of each sector (which share of a chapter, or of a named part of
it, each product is); sector totals stay those of trade_by_chapter.csv.

Where the HS-6 rows of a chapter add up to markedly less than the chapter's 2024
value in trade_by_chapter.csv (below 80 percent: Comtrade withholds some
product detail, such as US exports of aircraft in chapter 88), the difference is
one more row whose code is the two-digit chapter: trade of the chapter not split
by product. Coverage rules at chapter level apply to it; rules on products do not.
"""
import csv
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rds  # noqa: E402

SOURCE = ("https://github.com/nikhilm2009/us-china-tariff-disruption/blob/"
          "3d12bbe8a3c9fbf0ecec36c4050cc4f0c5fdf504/data_raw/us_china_2022_24.rds")
GAP_THRESHOLD = 0.8
YEAR = 2024


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    frame = rds.load(sys.argv[1])
    cols = dict(zip(frame.attrs["names"], frame))
    values = defaultdict(float)  # (flow, hs6) -> USD
    for k in range(len(cols["cmd_code"])):
        if cols["aggr_level"][k] != 6 or cols["ref_year"][k] != YEAR:
            continue
        flow = {"M": "china_to_us", "X": "us_to_china"}[cols["flow_code"][k]]
        values[(flow, cols["cmd_code"][k])] += cols["fobvalue"][k]

    chapter_value = {}
    with open(sys.argv[2], newline="") as f:
        for row in csv.DictReader(f):
            if row["year"] == str(YEAR):
                chapter_value[(row["flow"], row["hs_chapter"])] = float(row["value_usd_bn"])

    rows = []
    sums = defaultdict(float)
    for (flow, hs6), usd in values.items():
        if usd <= 0:
            continue
        rows.append((flow, hs6, usd / 1e9, "stated", ""))
        sums[(flow, hs6[:2])] += usd / 1e9
    for (flow, chapter), total in sorted(chapter_value.items()):
        have = sums.get((flow, chapter), 0.0)
        if total > 0 and have < GAP_THRESHOLD * total:
            note = (f"derived: chapter {chapter} 2024 value {total:.3f} (trade_by_chapter.csv) less its HS-6 rows "
                    f"{have:.3f}; trade the extract does not split by product")
            rows.append((flow, chapter, total - have, "derived", note))

    rows.sort(key=lambda r: (r[0], r[1]))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["flow", "hs", "value_usd_bn", "basis", "note", "source_url"])
    for flow, hs, value, basis, note in rows:
        out.writerow([flow, hs, f"{value:.6f}", basis, note, SOURCE])


if __name__ == "__main__":
    main()
