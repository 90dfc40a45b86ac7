#!/usr/bin/env python3
"""Derives the product lists measures.json refers to from the legal lists.

Usage: scripts/build-list-variants.py [LISTS_DIR [HS6_TRADE_CSV]]
       (defaults resources/data/lists and ../shared/data/hs6/us_china_hs6_2022_2025.csv)

Run after scripts/build-lists.py. Each derived file has the columns of the
others (hs6,share,lines,lines_total,note) and says in `note` how it was made:

- us_232_derivatives_from_2025_03_12.csv, ..._2025_06_23.csv, ..._2025_08_18.csv:
  the Section 232 steel and aluminium derivatives outside chapters 72, 73 and 76
  in force from each date, the union of the lists added by then (the lines of
  the three lists are distinct, so the shares add, capped at 1).
- us_232_annex_1a_steel.csv, _aluminum.csv, _copper.csv: Annex I-A of
  Proclamation 11021 split by chapter (72 and 73 steel, 76 aluminium, 74 copper).
- us_ieepa_informational_exempt.csv: the chapter 49 and 97 rows of
  us_ieepa_annex2_exempt.csv, printed matter and works of art: the
  informational materials 50 USC 1702(b) keeps out of every IEEPA duty,
  the fentanyl duty included.
- us_s301_prereview_25.csv and us_s301_prereview_4a.csv: the goods of the
  four-year-review lists as they stood on Lists 1-4A before the review. The HTS
  of 2026 prints them under the review's headings (9903.91.xx) and no longer in
  US note 20, so the list files miss them before 27 Sep 2024. Their earlier rate
  comes from Bown (2021)'s product-level US tariffs on China in 2020 (PIIE; the
  us_tariff_2020 column of the HS-6 trade file): a rate of 25% or more is the
  25% of Lists 1-3 (share = rate / 25, at most 1, less what note 20 still lists),
  7.5% is List 4A.
- cn_ret_list1_after_autos.csv, cn_ret_list2_after_autos.csv and
  cn_ret_list3_*_after_autos.csv: China's retaliation lists from 1 Jan 2019, when
  the auto lines were suspended: each share times (1 - the suspended share).
"""
import csv
import os
import sys


def read(folder, name):
    with open(os.path.join(folder, name), newline="") as f:
        return {row["hs6"]: row for row in csv.DictReader(f)}


def write(folder, name, rows):
    with open(os.path.join(folder, name), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["hs6", "share", "lines", "lines_total", "note"])
        for hs6 in sorted(rows):
            share, lines, total, note = rows[hs6]
            if share > 0:
                out.writerow([hs6, f"{share:.6g}", lines, total, note])


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "resources", "data",
                                                                "lists")
    steps = [("2025_03_12", "us_232_derivatives_2025_03.csv"), ("2025_06_23", "us_232_derivatives_2025_06.csv"),
             ("2025_08_18", "us_232_derivatives_2025_08.csv")]
    union = {}
    for date, name in steps:
        for hs6, row in read(folder, name).items():
            share, lines, total, note = union.get(hs6, (0.0, 0.0, row["lines_total"], ""))
            union[hs6] = (min(1.0, share + float(row["share"])), lines + float(row["lines"]), row["lines_total"],
                          (note + "; " if note else "") + name + ": " + row["note"])
        write(folder, f"us_232_derivatives_from_{date}.csv",
              {h: (s, f"{l:g}", t, "derived: union of the derivative lists in force from " + date.replace("_", "-")
                   + " (shares added, at most 1): " + n)
               for h, (s, l, t, n) in union.items()})

    annex = read(folder, "us_232_annex_1a.csv")
    for metal, chapters in (("steel", ("72", "73")), ("aluminum", ("76",)), ("copper", ("74",))):
        write(folder, f"us_232_annex_1a_{metal}.csv",
              {h: (float(r["share"]), r["lines"], r["lines_total"],
                   f"derived: the chapter {'/'.join(chapters)} rows of us_232_annex_1a.csv; " + r["note"])
               for h, r in annex.items() if h[:2] in chapters})

    trade = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data",
                                                                "hs6", "us_china_hs6_2022_2025.csv")
    bown = {}
    with open(trade, newline="") as f:
        for row in csv.DictReader(f):
            if row["us_tariff_2020"] not in ("", "NA"):
                bown[row["hs6"]] = float(row["us_tariff_2020"])
    listed = {}
    for name in ("us_s301_list1.csv", "us_s301_list2.csv", "us_s301_list3.csv"):
        for h, r in read(folder, name).items():
            listed[h] = listed.get(h, 0.0) + float(r["share"])
    in4a = read(folder, "us_s301_list4a.csv")
    review = set()
    for name in sorted(os.listdir(folder)):
        if name.startswith("us_s301_review_"):
            review |= set(read(folder, name))
    pre25, pre4a = {}, {}
    for h in sorted(review):
        rate = bown.get(h)
        if rate is None:
            continue
        src = f"derived: Bown (2021) US tariff on China in 2020 for HS {h}: {rate:g}%"
        if rate >= 24.99 or rate > 10:
            share = min(1.0, rate / 25.0) - listed.get(h, 0.0)
            if share > 1e-9:
                pre25[h] = (share, "", "", src + f"; {min(1.0, rate / 25.0):g} at 25% less {listed.get(h, 0.0):g} still in note 20")
        elif abs(rate - 7.5) < 0.01 and h not in in4a:
            pre4a[h] = (1.0, "", "", src + " (List 4A)")
    write(folder, "us_s301_prereview_25.csv", pre25)
    write(folder, "us_s301_prereview_4a.csv", pre4a)

    exempt = read(folder, "us_ieepa_annex2_exempt.csv")
    write(folder, "us_ieepa_informational_exempt.csv",
          {h: (float(r["share"]), r["lines"], r["lines_total"],
               "derived: the chapter 49/97 rows of us_ieepa_annex2_exempt.csv; " + r["note"])
           for h, r in exempt.items() if h[:2] in ("49", "97")})

    suspended = read(folder, "cn_ret_autos_suspended.csv")
    for name in ("cn_ret_list1.csv", "cn_ret_list2.csv", "cn_ret_list3_25.csv", "cn_ret_list3_20.csv",
                 "cn_ret_list3_10.csv", "cn_ret_list3_5.csv"):
        rows = {}
        for hs6, r in read(folder, name).items():
            off = float(suspended[hs6]["share"]) if hs6 in suspended else 0.0
            note = r["note"] if off == 0 else (f"derived: {float(r['share']):g} x (1 - {off:g} suspended auto lines "
                                               "from 1 Jan 2019); " + r["note"])
            rows[hs6] = (float(r["share"]) * (1.0 - off), r["lines"], r["lines_total"], note)
        write(folder, name.replace(".csv", "_after_autos.csv"), rows)


if __name__ == "__main__":
    main()
