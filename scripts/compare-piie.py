#!/usr/bin/env python3
"""PIIE's product-level Section 301 tariffs on other trade weights (docs/data.md).

Usage: scripts/compare-piie.py SHARED_HS6_DIR [LISTS_DIR]

SHARED_HS6_DIR holds us_china_hs6_2022_2025.csv (HS-6 US imports from China, the
mean of 2022-2024 and 2025, with the additional US tariff of each product in
2019 and 2020 from Bown (2021), the data behind PIIE's chart) and
us_china_hs6_2015_2021.csv (the same imports by year). Prints the trade-weighted
mean of Bown's product tariffs on each set of weights, over the products both
files hold. MFN is not in these tariffs: add it to compare with a total.

With LISTS_DIR (resources/data/lists), also this program's Section 301 rate of
each product on 14 Feb 2020 (after Phase One) on the same products and weights:
25% on the share of the product on Lists 1-3 (with the goods the four-year
review later moved, us_s301_prereview_25.csv) and 7.5% on its List 4A share
(with us_s301_prereview_4a.csv), each share capped at 1.
"""
import csv
import os
import sys


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def mean(weights, tariffs):
    num = den = 0.0
    for hs6, w in weights.items():
        t = tariffs.get(hs6)
        if t is not None and w and w > 0:
            num += w * t
            den += w
    return num / den, den / 1e9


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    folder = sys.argv[1]
    with open(os.path.join(folder, "us_china_hs6_2022_2025.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(folder, "us_china_hs6_2015_2021.csv"), newline="") as f:
        history = list(csv.DictReader(f))
    tariffs = {year: {r["hs6"]: number(r["us_tariff_" + year]) for r in rows} for year in ("2019", "2020")}
    weights = {
        "2017 imports": {r["hs6"]: number(r["imports"]) for r in history if r["year"] == "2017"},
        "2022-2024 mean imports": {r["hs6"]: number(r["base_imports"]) for r in rows},
        "2025 imports": {r["hs6"]: number(r["v25_imports"]) for r in rows},
    }
    print("tariffs,weights,mean_additional_tariff_pct,weighted_imports_usd_bn")
    for year, t in tariffs.items():
        for name, w in weights.items():
            value, total = mean(w, t)
            print(f"Bown {year},{name},{value:.2f},{total:.1f}")
    if len(sys.argv) > 2:
        def share(name):
            out = {}
            with open(os.path.join(sys.argv[2], name), newline="") as f:
                for r in csv.DictReader(f):
                    out[r["hs6"]] = out.get(r["hs6"], 0.0) + float(r["share"])
            return out
        lists = [share(f"us_s301_{n}.csv") for n in ("list1", "list2", "list3", "prereview_25")]
        l4a = [share(f"us_s301_{n}.csv") for n in ("list4a", "prereview_4a")]
        ours = {}
        for hs6, t in tariffs["2020"].items():
            if t is None:
                continue  # the same products as Bown's
            ours[hs6] = 25.0 * min(1.0, sum(l.get(hs6, 0.0) for l in lists)) + 7.5 * min(1.0, sum(l.get(hs6, 0.0) for l in l4a))
        for name, w in weights.items():
            value, total = mean(w, ours)
            print(f"this program's lists 2020-02-14,{name},{value:.2f},{total:.1f}")


if __name__ == "__main__":
    main()
