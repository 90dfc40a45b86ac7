#!/usr/bin/env python3
"""Builds resources/data/events.csv from the dated rows of the shared dataset.

Usage: scripts/build-events.py SHARED_DATA_DIR > resources/data/events.csv

Every row of tariff_events.csv and events_2026.csv becomes one timeline event
(a 2026 row that repeats a tariff_events.csv row on the same date and measure is
kept once). Two columns are added: `kind` (what sort of event it is, read off the
row's own wording) and `label` (a short name for the timeline). The source column
is carried over unchanged.
"""
import csv
import sys

# (date, actor, start of the measure's text) -> short timeline label
LABELS = {
    ("2018-07-06", "US", "Section 301 List 1"): "Section 301 List 1",
    ("2019-09-01", "US", "Section 301 List 4A"): "List 4A",
    ("2020-02-14", "US", "Phase One"): "Phase One",
    ("2025-02-04", "US", "IEEPA"): "Fentanyl duty",
    ("2025-04-05", "US", "'Reciprocal'"): "Liberation Day",
    ("2025-04-10", "US", "Reciprocal raised"): "145% peak",
    ("2025-05-14", "US", "Geneva"): "Geneva truce",
    ("2025-08-11", "US", "Truce extension"): "Truce extended",
    ("2025-10-30", "US", "Busan"): "Busan meeting",
    ("2025-11-10", "US", "Reciprocal suspension"): "One-year extension",
    ("2026-02-20", "US (Supreme Court)", "Learning"): "Supreme Court ruling",
    ("2026-02-24", "US", "Section 122"): "Section 122 surcharge",
    ("2026-05-14", "US/China", "Trump state visit"): "Beijing summit",
    ("2025-06-09", "US/China", "US-China trade talks"): "London talks",
    ("2025-04-04", "China", "Rare earth"): "Rare-earth licensing",
}


def kind_of(row):
    # The source rows flag unverified or non-binding items in capitals
    # ("THREAT ONLY", "SCHEDULED", "ANNOUNCEMENT ONLY"); match those words case-sensitively
    # so that e.g. "Announcement No.4" (a legal instrument) stays a tariff.
    raw = row["measure"] + " " + row["note"]
    text = raw.upper()
    actor = row["actor"]
    if "THREAT" in raw:
        return "threat"
    if "SCHEDULED" in raw:
        return "scheduled"
    if "London" in raw:
        return "talks"
    if "COURT" in actor.upper():
        return "ruling"
    if "ANNOUNCEMENT" in raw or "Announced increase" in raw:
        return "announcement"
    if "LOWER CONFIDENCE" in raw:
        return "statement"
    if "RARE EARTH" in text or "EXPORT CONTROL" in text or "NOT A TARIFF" in text:
        return "export_control"
    if "SUSPENDED" in row["measure"].upper() and row["rate_pct"] in ("0", ""):
        return "suspension"
    if "TRUCE" in text or "GENEVA" in text or "SUSPENSION EXTENDED" in text:
        return "truce"
    if row["rate_pct"] == "":
        return "statement"
    return "tariff"


def main():
    base = sys.argv[1]
    rows = list(csv.DictReader(open(f"{base}/tariff_events.csv", newline="")))
    seen = {(r["date"], r["actor"], r["rate_pct"]) for r in rows}
    for r in csv.DictReader(open(f"{base}/events_2026.csv", newline="")):
        if (r["date"], r["actor"], r["rate_pct"]) in seen and r["rate_pct"] != "":
            continue
        rows.append(r)
    # The London round of talks is dated by the AP report that announced it.
    rows.append({"date": "2025-06-09", "actor": "US/China", "measure": "US-China trade talks open in London",
                 "target": "Bilateral trade", "rate_pct": "", "rate_kind": "",
                 "note": "Talks 'due to start in London' on Jun 9 2025 (AP); no tariff change",
                 "source_url": "https://www.newindianexpress.com/business/2025/Jun/09/china-says-its-exports-to-the-us-fell-35-in-may-as-trade-talks-are-due-to-start-in-london"})
    rows.sort(key=lambda r: (r["date"], r["actor"]))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["date", "actor", "kind", "label", "measure", "target", "rate_pct",
                  "rate_kind", "note", "source_url"])
    used = set()
    for r in rows:
        label = ""
        for (date, actor, prefix), name in LABELS.items():
            if (date, actor) == (r["date"], r["actor"]) and r["measure"].startswith(prefix) \
                    and name not in used:
                label = name
                used.add(name)
                break
        out.writerow([r["date"], r["actor"], kind_of(r), label, r["measure"], r["target"],
                      r["rate_pct"], r["rate_kind"], r["note"], r["source_url"]])

if __name__ == "__main__":
    main()
