#!/usr/bin/env python3
"""Builds the HS-6 membership tables of legal tariff product lists in resources/data/lists/.

Usage:
    scripts/build-lists.py [--tracker-repo DIR] [--tracker-commit SHA]
                           [--etrs-repo DIR] [--etrs-commit SHA]
                           [--mofxlsx-repo DIR] [--mofxlsx-commit SHA]
                           [--research DIR] [--trade CSV] [--out DIR]

Every input location is an argument; the defaults are the paths on the project's
research machine. A "repo" argument may be a bare git directory (files are read with
`git --git-dir=DIR show COMMIT:path`) or an ordinary checkout (files are read from
DIR/path and the commit argument is only recorded).

Inputs (all public; see resources/data/lists/README.md for what each list is):
  * Budget-Lab-Yale/tariff-rate-tracker at 8315fffd697c42559141ed5f8bf7c8fa3da47ae8:
    data/us_notes/chapter99_2026_rev_6.txt (HTSUS 2026 rev 6, chapter 99 text: the
    legal product lists of US notes 16, 20, 31, 33, 37, 38), docs/s232/annexes_text.txt
    (text of the annexes to Proclamation 11021) and resources/*.csv|txt.
  * Budget-Lab-Yale/Tariff-ETRs at ffc01053986e7d7c61e9922ed7deb16d5057ab0b:
    resources/hts_2025_basic_edition.csv (every HTS8/HTS10 line of the 2025 HTS).
  * mitsuoxv/us-tariffs-on-china at 0665b94ceb802cca8954a7e32bfab2fbfabf214c:
    data/P020180401856022545193.xlsx (China MOF annex of the 2 Apr 2018 Section 232
    retaliation, 128 China HS8 lines).
  * research files: cn_retaliation_lists1to3_hs8_bown.csv (PIIE/Bown China HS8 lines),
    s232_inclusions_2025-08-18.csv (parsed BIS annex of 90 FR 40326).
  * trade file shared/data/hs6/us_china_hs6_2022_2025.csv (for the summary only).

Output: one CSV per list with columns hs6,share,lines,lines_total,note; the file
metal_content_shares.csv; and the summary table (also written between the markers
<!-- summary:start --> and <!-- summary:end --> of resources/data/lists/README.md).

share = lines / lines_total, where lines_total is the number of HTS8 lines of the HS6
in the 2025 HTS and lines is the number of those HTS8 lines on the list; a list entry
that names a statistical (HTS10) line counts as (listed HTS10 lines / HTS10 lines of
its HTS8). Equal value per line is assumed. Standard library only.
"""
import argparse
import collections
import csv
import io
import os
import re
import subprocess
import sys
import zipfile

TRACKER_COMMIT = "8315fffd697c42559141ed5f8bf7c8fa3da47ae8"
ETRS_COMMIT = "ffc01053986e7d7c61e9922ed7deb16d5057ab0b"
MOFX_COMMIT = "0665b94ceb802cca8954a7e32bfab2fbfabf214c"


# ----------------------------------------------------------------------------------
# reading inputs

class Repo:
    def __init__(self, path, commit, name):
        self.path, self.commit, self.name = path, commit, name
        self.bare = os.path.isdir(os.path.join(path, "objects")) and not os.path.isdir(
            os.path.join(path, ".git"))

    def read(self, rel):
        if self.bare:
            out = subprocess.run(["git", "--git-dir", self.path, "show", f"{self.commit}:{rel}"],
                                 check=True, capture_output=True)
            return out.stdout
        with open(os.path.join(self.path, rel), "rb") as f:
            return f.read()

    def text(self, rel, enc="utf-8"):
        return self.read(rel).decode(enc, errors="replace")

    def cite(self, rel):
        return f"{self.name}:{rel} @ {self.commit}"


def read_csv_text(text):
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


# ----------------------------------------------------------------------------------
# HTS universe (2025 basic edition)

class HTS:
    def __init__(self, text):
        self.h8 = set()
        self.stats = collections.defaultdict(list)
        self.desc = {}
        for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))):
            if not row:
                continue
            d = row[0].replace(".", "").strip()
            if not d.isdigit() or d[:2] >= "98":
                continue
            if len(d) == 8:
                self.h8.add(d)
                self.desc.setdefault(d, row[2])
            elif len(d) == 10:
                self.h8.add(d[:8])
                self.stats[d[:8]].append(d)
        self.by_hs6 = collections.defaultdict(set)
        for h in self.h8:
            self.by_hs6[h[:6]].add(h)

    def stat_lines(self, h8):
        return self.stats.get(h8) or [h8 + "00"]

    def expand(self, code):
        """code (4, 6, 8 or 10 digits) -> (set of full HTS8, {hts8: set(hts10)}) or None."""
        if len(code) in (4, 6):
            s = {h for h in self.h8 if h.startswith(code)}
            return (s, {}) if s else None
        if len(code) == 8:
            return ({code}, {}) if code in self.h8 else None
        if len(code) == 10:
            h8 = code[:8]
            if h8 not in self.h8:
                return None
            st = self.stat_lines(h8)
            if code in st:
                if len(st) == 1:
                    return ({h8}, {})
                return (set(), {h8: {code}})
            if code.endswith("00"):
                return ({h8}, {})        # "XXXXXXXX00" not a stat line: written for the whole HTS8
            return "newstat"             # stat line created after the 2025 basic edition
        return None


def fmt_code(c):
    if len(c) == 4:
        return c
    if len(c) == 6:
        return f"{c[:4]}.{c[4:6]}"
    if len(c) == 8:
        return f"{c[:4]}.{c[4:6]}.{c[6:8]}"
    return f"{c[:4]}.{c[4:6]}.{c[6:10]}"


# ----------------------------------------------------------------------------------
# a product list at HTS8/HTS10 level

class USList:
    def __init__(self, hts, name):
        self.hts, self.name = hts, name
        self.full = set()                                   # HTS8 fully on the list
        self.part = collections.defaultdict(set)            # HTS8 -> listed HTS10
        self.weight = {}                                     # HTS8 -> extra factor (semis)
        self.prov = collections.defaultdict(list)            # HS6 -> provisions as listed
        self.flags = collections.defaultdict(set)            # HS6 -> note flags
        self.missing = []                                    # codes not in the 2025 HTS
        self.newstat = []                                    # HTS10 newer than the 2025 HTS

    def add(self, code, label=None, flag=None):
        code = code.replace(".", "")
        if code[:2] in ("98", "99"):
            return False                                    # chapter 98/99 provisions
        r = self.hts.expand(code)
        if r is None:
            self.missing.append(code)
            return False
        if r == "newstat":
            # statistical line created after the 2025 basic edition: count it as one more
            # statistical line of its HTS8 (fraction capped at 1)
            self.part[code[:8]].add(code)
            self.prov[code[:6]].append(label or fmt_code(code))
            self.flags[code[:6]].add("HTS10")
            self.flags[code[:6]].add("stat line(s) newer than the 2025 HTS counted as one extra line each: " + fmt_code(code))
            self.newstat.append(code)
            return True
        full, part = r
        self.full |= full
        for h8, s in part.items():
            self.part[h8] |= s
        hs6s = {h[:6] for h in full} | {h[:6] for h in part}
        for hs6 in hs6s:
            self.prov[hs6].append(label or fmt_code(code))
            if len(code) == 10 and len(self.hts.stats.get(code[:8], [])) > 1 and part:
                self.flags[hs6].add("HTS10")
            if flag:
                self.flags[hs6].add(flag)
        return True

    def add_except(self, h8, excluded10, label):
        """HTS8 on the list except the named statistical lines."""
        if h8 not in self.hts.h8:
            self.missing.append(h8)
            return
        st = self.hts.stat_lines(h8)
        keep = [s for s in st if s not in excluded10]
        if len(keep) == len(st):
            self.full.add(h8)
        elif keep:
            self.part[h8] |= set(keep)
        self.prov[h8[:6]].append(label)
        self.flags[h8[:6]].add("HTS10")

    def remove(self, code):
        code = code.replace(".", "")
        r = self.hts.expand(code)
        if r is None:
            return
        full, part = r
        self.full -= full
        for h8 in full:
            self.part.pop(h8, None)
        for h8, s in part.items():
            if h8 in self.full:
                self.full.discard(h8)
                self.part[h8] = set(self.hts.stat_lines(h8)) - s
            else:
                self.part[h8] -= s

    def fraction(self, h8):
        if h8 in self.full:
            f = 1.0
        elif self.part.get(h8):
            f = min(1.0, len(self.part[h8]) / len(self.hts.stat_lines(h8)))
        else:
            return 0.0
        return f * self.weight.get(h8, 1.0)

    def hts8_fractions(self):
        out = {}
        for h8 in set(self.full) | set(self.part):
            f = self.fraction(h8)
            if f > 0:
                out[h8] = f
        return out

    def rows(self, extra_note=None):
        by6 = collections.defaultdict(float)
        for h8, f in self.hts8_fractions().items():
            by6[h8[:6]] += f
        rows = []
        for hs6 in sorted(by6):
            lines = by6[hs6]
            total = len(self.hts.by_hs6[hs6])
            notes = []
            provs = sorted(dict.fromkeys(self.prov.get(hs6, [])))
            if provs:
                shown = provs[:12]
                more = f" (+{len(provs) - 12} more)" if len(provs) > 12 else ""
                notes.append("listed: " + " ".join(shown) + more)
            fl = self.flags.get(hs6, set())
            if "HTS10" in fl:
                notes.append("HTS10 lines counted as fractions of their HTS8 (no value split)")
            for x in sorted(fl - {"HTS10"}):
                notes.append(x)
            if extra_note and hs6 in extra_note:
                notes.append(extra_note[hs6])
            rows.append((hs6, lines / total, lines, total, "; ".join(notes)))
        return rows


def fmt_num(x):
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.4f}".rstrip("0")


def write_rows(path, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hs6", "share", "lines", "lines_total", "note"])
        for hs6, share, lines, total, note in rows:
            if share <= 0:
                continue
            w.writerow([hs6, f"{min(share, 1.0):.6f}".rstrip("0").rstrip(".") if share < 1 else "1",
                        fmt_num(lines), fmt_num(total), note])


# ----------------------------------------------------------------------------------
# chapter 99 text (HTSUS 2026 rev 6)

CODE_TOK = re.compile(r"(?<![\d.])(\d{4}\.\d{2}\.\d{2}(?:\.?\d{2})?|\d{4}\.\d{2}|\d{4})(?![\d.])")
HEADER = ("Harmonized Tariff Schedule", "Annotated for Statistical", "U.S. Notes (con.)",
          "99 - III", "XXII")


class Ch99:
    def __init__(self, text):
        self.lines = text.split("\n")

    def find(self, pattern, start=0):
        rx = re.compile(pattern)
        for i in range(start, len(self.lines)):
            if rx.search(self.lines[i]):
                return i
        raise ValueError(f"pattern not found in chapter 99 text: {pattern}")

    def block(self, start_pat, end_pat, after=0):
        a = self.find(start_pat, after)
        b = self.find(end_pat, a + 1)
        return self.lines[a:b]

    @staticmethod
    def codes(block, headings=False, table_only=False):
        """HTS codes in a block; 4- and 6-digit codes only from pure code-table lines."""
        out = []
        for line in block:
            line = line.replace("U.S. Notes (con.)", " ")
            if any(h in line for h in HEADER):
                continue
            toks = line.split()
            is_table = bool(toks) and all(CODE_TOK.fullmatch(t) for t in toks)
            if table_only and not is_table:
                continue
            for m in CODE_TOK.finditer(line):
                t = m.group(1)
                d = t.replace(".", "")
                if len(d) in (4, 6) and not (headings and is_table):
                    continue
                if d[:2] in ("98", "99"):
                    continue
                out.append(d)
        return list(dict.fromkeys(out))


def except_items(block):
    """Numbered items 'N. ... provided for in [subheading] XXXX.XX.XX, except for ... stat numbers'."""
    text = " ".join(l.strip() for l in block if not any(h in l for h in HEADER))
    items = re.split(r"(?:(?<=\s)|^)\d{1,2}\.\s+(?=[A-Z])", text)
    out = []
    for it in items:
        m = re.search(r"provided for (?:in )?(?:\[subheading\] |subheading )?(\d{4}\.\d{2}\.\d{2})(?!\d)", it)
        if not m:
            continue
        h8 = m.group(1).replace(".", "")
        rest = it[m.end():]
        ex = {x.replace(".", "") for x in re.findall(r"\d{4}\.\d{2}\.\d{4}", rest)}
        ex = {x for x in ex if x[:8] == h8}
        out.append((h8, ex, m.group(1)))
    return out


# ----------------------------------------------------------------------------------
# Proclamation 11021 annexes (text of the annex PDF)

ANNEX_CODE = re.compile(r"^\d{4}(?:\.\d{2}(?:\.\d{2}(?:\.?\d{2})?)?)?$")


def annex_sections(text):
    lines = [l.replace("\f", "") for l in text.split("\n")]
    idx = {}
    for i, l in enumerate(lines):
        m = re.match(r"Annex (I-A|I-B|III|II|IV)\b", l)
        if m and m.group(1) not in idx:
            idx[m.group(1)] = i
    order = ["I-A", "I-B", "II", "III", "IV"]

    def codes(seg):
        out, partial = [], None
        for line in seg:
            words = line.split()
            if partial and words and re.match(r"^\d+(\.\d+)*$", words[0]):
                cand = partial + words[0]
                if ANNEX_CODE.match(cand):
                    out.append(cand.replace(".", ""))
                    words = words[1:]
            partial = None
            while words and not ANNEX_CODE.match(words[0]) and words[0] in (
                    "Steel", "Aluminum", "Copper", "Derivatives", "Articles"):
                words = words[1:]
            if not words:
                continue
            cs = [w for w in words if ANNEX_CODE.match(w)]
            if len(cs) >= max(1, 0.5 * len(words)):
                out.extend(c.replace(".", "") for c in cs)
                last = words[-1]
                if not ANNEX_CODE.match(last) and re.match(r"^\d{4}\.[\d.]*$", last):
                    partial = last
        return [c for c in dict.fromkeys(out) if c[:2] not in ("98", "99")]

    res = {}
    for k, nxt in zip(order, order[1:] + [None]):
        a = idx[k]
        b = idx[nxt] if nxt else len(lines)
        res[k] = codes(lines[a:b])
    return res


# ----------------------------------------------------------------------------------
# small xlsx reader (shared strings + first sheet)

def xlsx_rows(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    ss = z.read("xl/sharedStrings.xml").decode("utf-8")
    strs = ["".join(re.findall(r"<t[^>]*>(.*?)</t>", s, re.S)) for s in re.findall(r"<si>(.*?)</si>", ss, re.S)]
    x = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    rows = []
    for r in re.findall(r"<row[^>]*>(.*?)</row>", x, re.S):
        row = {}
        for col, attrs, inner in re.findall(r'<c r="([A-Z]+)\d+"([^>]*?)(?:/>|>(.*?)</c>)', r, re.S):
            v = re.search(r"<v>(.*?)</v>", inner or "")
            if v:
                v = v.group(1)
                if 't="s"' in attrs:
                    v = strs[int(v)]
                row[col] = v
        rows.append(row)
    return rows


# ----------------------------------------------------------------------------------
# China-side lists (China HS8 codes; China's full HS8 schedule is not available)

class CNList:
    known = collections.defaultdict(set)     # HS6 -> China HS8 lines seen in any China list file

    def __init__(self, name, hs6_universe):
        self.name = name
        self.u = hs6_universe
        self.lines = collections.defaultdict(set)
        self.note = collections.defaultdict(list)
        self.estimate = {}

    def add8(self, code8, note=None):
        hs6 = code8[:6]
        self.lines[hs6].add(code8)
        CNList.known[hs6].add(code8)
        if note:
            self.note[hs6].append(note)

    def add_heading(self, prefix, note):
        for hs6 in sorted(h for h in self.u if h.startswith(prefix)):
            self.estimate[hs6] = note

    def rows(self):
        rows = []
        for hs6 in sorted(set(self.lines) | set(self.estimate)):
            if hs6 in self.lines:
                n = len(self.lines[hs6])
                tot = len(CNList.known[hs6])
                codes = sorted(self.lines[hs6])
                note = "China HS8 listed: " + " ".join(codes[:12]) + (
                    f" (+{len(codes) - 12} more)" if len(codes) > 12 else "")
                if n < tot:
                    note += f"; lines_total = the {tot} China HS8 lines of this HS6 found in any China list file (lower bound: China's full HS8 schedule not available)"
                extra = sorted(set(self.note.get(hs6, [])))
                if extra:
                    note += "; " + "; ".join(extra)
                rows.append((hs6, n / tot, n, tot, note))
            else:
                rows.append((hs6, 1.0, 1, 1, self.estimate[hs6]))
        return rows


# ----------------------------------------------------------------------------------

LEGACY_4B = {
    # List 4B (note 20(u), suspended since Dec 2019) still prints pre-2022 codes.
    # Mapped to their HS2022 successors in the 2025 HTS; the rest are left out (README).
    "85171200": (["85171300", "85171400"], "8517.12.00 (HS2017 cellular phones) mapped to 8517.13.00/8517.14.00"),
    "85395000": (["85395200"], "8539.50.00 (HS2017 LED lamps) mapped to 8539.52.00 (LED modules 8539.51 came from other headings)"),
    "85198140": (["85198141"], "8519.81.40 mapped to 8519.81.41"),
    "85195000": (["8519814105"], "8519.50.00 (answering machines) mapped to stat line 8519.81.4105"),
    "44201000": (["44201100", "44201900"], "4420.10.00 mapped to 4420.11.00/4420.19.00"),
    "44199010": (["44199011"], "4419.90.10 mapped to 4419.90.11"),
    "94049080": (["94044010", "94049081"], "9404.90.80 mapped to 9404.40.10/9404.90.81 (HS2022 split; approximate)"),
    "94049085": (["94044090"], "9404.90.85 mapped to 9404.40.90 (approximate)"),
    "94049095": (["94049096"], "9404.90.95 mapped to 9404.90.96 (approximate)"),
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tracker-repo", default="/work/.mirror/Budget-Lab-Yale+tariff-rate-tracker/repo")
    ap.add_argument("--tracker-commit", default=TRACKER_COMMIT)
    ap.add_argument("--etrs-repo", default="/work/.mirror/Budget-Lab-Yale+Tariff-ETRs/repo")
    ap.add_argument("--etrs-commit", default=ETRS_COMMIT)
    ap.add_argument("--mofxlsx-repo", default="/work/.mirror/mitsuoxv+us-tariffs-on-china/repo")
    ap.add_argument("--mofxlsx-commit", default=MOFX_COMMIT)
    ap.add_argument("--research", default="/work/research")
    ap.add_argument("--trade", default="/work/shared/data/hs6/us_china_hs6_2022_2025.csv")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "resources", "data", "lists"))
    args = ap.parse_args()

    tr = Repo(args.tracker_repo, args.tracker_commit, "Budget-Lab-Yale/tariff-rate-tracker")
    et = Repo(args.etrs_repo, args.etrs_commit, "Budget-Lab-Yale/Tariff-ETRs")
    mx = Repo(args.mofxlsx_repo, args.mofxlsx_commit, "mitsuoxv/us-tariffs-on-china")
    os.makedirs(args.out, exist_ok=True)

    hts = HTS(et.text("resources/hts_2025_basic_edition.csv"))
    ch = Ch99(tr.read("data/us_notes/chapter99_2026_rev_6.txt").decode("latin-1"))
    res = lambda name: tr.text("resources/" + name)
    checks = []          # (ok, message) self-checks printed at the end
    outputs = {}         # file name -> rows
    side = {}            # file name -> "US" | "CN"

    deferred = []

    def emit(fname, lst, extra_note=None):
        if isinstance(lst, CNList):
            deferred.append((fname, lst))        # China shares need every China list loaded
            side[fname] = "CN"
            outputs[fname] = None
            return lst
        rows = lst.rows(extra_note)
        outputs[fname] = rows
        side[fname] = "US" if isinstance(lst, USList) else "CN"
        if isinstance(lst, USList) and lst.missing:
            checks.append((None, f"{fname}: codes not in the 2025 HTS (left out): "
                                 + " ".join(fmt_code(c) for c in dict.fromkeys(lst.missing))))
        if isinstance(lst, USList) and lst.newstat:
            checks.append((None, f"{fname}: {len(lst.newstat)} stat lines newer than the 2025 HTS counted as extra lines: "
                                 + " ".join(fmt_code(c) for c in lst.newstat[:15]) + (" ..." if len(lst.newstat) > 15 else "")))
        return lst

    # ---------------- Section 301 Lists 1-4B (note 20) -------------------------------
    n20 = ch.find(r"^20\. \(a\)")
    blocks = {
        "1": ch.block(r"^\(b\) Heading 9903\.88\.01 applies", r"^\(c\) For the purposes of heading 9903\.88\.02", n20),
        "2": ch.block(r"^\(d\) Heading 9903\.88\.02 applies", r"^\(e\) For the purposes of heading 9903\.88\.03", n20),
        "3": ch.block(r"^\(f\) Heading 9903\.88\.03 applies", r"^\(g\) For the purposes of heading 9903\.88\.04", n20),
        "3addl": ch.block(r"^\(g\) For the purposes of heading 9903\.88\.04", r"^\(h\) The U\.S\. Trade Representative", n20),
        "4A": ch.block(r"^\(s\) Heading 9903\.88\.15 applies", r"^\(t\) For the purposes of heading 9903\.88\.16", n20),
        "4B": ch.block(r"^\(u\) Heading 9903\.88\.16 applies", r"^\(v\) The U\.S\. Trade Representative", n20),
    }
    tracker301 = collections.defaultdict(set)
    for r in read_csv_text(res("s301_product_lists.csv")):
        tracker301[r["list"]].add(r["hts8"])

    def split_ii(block, pat):
        i = next(k for k, l in enumerate(block) if re.search(pat, l))
        return block[:i], block[i:]

    s301 = {}
    for key in ("1", "2", "3"):
        lst = USList(hts, f"301 list {key}")
        for c in Ch99.codes(blocks[key]):
            if len(c) == 8:
                lst.add(c)
        s301[key] = lst
    for c in except_items(blocks["3addl"]):
        s301["3"].add_except(c[0], c[1], c[2] + " except stat " + " ".join(fmt_code(x) for x in sorted(c[1])) + " (9903.88.04)")
    for key, pat in (("4A", r"^\(ii\) the following products of China"), ("4B", r"^ii\) the following products of China")):
        lst = USList(hts, f"301 list {key}")
        part_i, part_ii = split_ii(blocks[key], pat)
        items = except_items(part_ii)
        partial = {h for h, _, _ in items}
        for c in Ch99.codes(part_i):
            if len(c) != 8 or c in partial:
                continue
            if key == "4B" and c in LEGACY_4B:
                targets, why = LEGACY_4B[c]
                for t in targets:
                    lst.add(t, flag=why)
                continue
            lst.add(c)
        for h8, ex, lab in items:
            lst.add_except(h8, ex, lab + " except stat " + " ".join(fmt_code(x) for x in sorted(ex)))
        n_i = len([c for c in Ch99.codes(part_i) if len(c) == 8 and c not in partial])
        checks.append((None, f"301 list {key}: {n_i} HTS8 in part (i), {len(items)} partial items in part (ii)"))
        s301[key] = lst
    for key, tk in (("1", "1"), ("2", "2"), ("3", "3"), ("4A", "4A"), ("4B", "4B")):
        mine = set(s301[key].full) | set(s301[key].part)
        t = tracker301[tk]
        checks.append((None, f"301 list {key}: {len(mine)} HTS8 from HTS rev 6 note 20; tracker s301_product_lists.csv has "
                             f"{len(t)} ({len(t - mine)} not on this list in note 20, e.g. "
                             + " ".join(sorted(t - mine)[:6]) + ")"))
    emit("us_s301_list1.csv", s301["1"])
    emit("us_s301_list2.csv", s301["2"])
    emit("us_s301_list3.csv", s301["3"])
    emit("us_s301_list4a.csv", s301["4A"])
    emit("us_s301_list4b.csv", s301["4B"])

    # ---------------- Section 301 four-year review (note 31) --------------------------
    n31 = ch.find(r"^31\. \(a\)")
    b31 = Ch99.codes(ch.block(r"^\(b\) Heading 9903\.91\.01 applies", r"^\(c\) Heading 9903\.91\.02 applies", n31))
    c31 = Ch99.codes(ch.block(r"^\(c\) Heading 9903\.91\.02 applies", r"^\(d\) Heading 9903\.91\.03 applies", n31))
    d31 = Ch99.codes(ch.block(r"^\(d\) Heading 9903\.91\.03 applies", r"^\(e\) Heading 9903\.91\.04 applies", n31))
    f31 = Ch99.codes(ch.block(r"^\s*\(i\) Heading 9903\.91\.05 applies", r"^\s*\(ii\) The additional rate of duty under heading 9903\.91\.05", n31))
    g31 = Ch99.codes(ch.block(r"^\(g\) Heading 9903\.91\.06 applies", r"^\(h\) Heading 9903\.91\.07 applies", n31))
    h31 = Ch99.codes(ch.block(r"^\(h\) Heading 9903\.91\.07 applies", r"^\(i\) Heading 9903\.91\.08 applies", n31))
    i31 = Ch99.codes(ch.block(r"^\(i\) Heading 9903\.91\.08 applies", r"^\(j\) Heading 9903\.91\.11 applies", n31))
    j31 = Ch99.codes(ch.block(r"^\(j\) Heading 9903\.91\.11 applies", r"^\(k\)", n31))

    def mk(name, codes, flag=None):
        lst = USList(hts, name)
        for c in codes:
            lst.add(c, flag=flag)
        return lst

    checks.append((len([c for c in b31 if len(c) == 8]) == 348, f"note 31(b) has {len(b31)} HTS8 (USTR: numbers (5)-(352) = 348)"))
    emit("us_s301_review_evs.csv", mk("evs", [c for c in d31 if c.startswith("87")]))
    emit("us_s301_review_syringes.csv", mk("syringes", [c for c in d31 if c.startswith("9018")],
                                            "enteral syringes 9018.31.0080 exempt until 1 Jan 2026 (9903.91.10)"))
    emit("us_s301_review_solar.csv", mk("solar", c31))
    emit("us_s301_review_semis.csv", mk("semis", f31))
    emit("us_s301_review_steel_minerals.csv", mk("steel", [c for c in b31 if c != "85079040"]))
    emit("us_s301_review_ev_batteries.csv", mk("evbat", ["8507600010"],
                                                "8507.60.0010 from the 89 FR 76581 table (deleted from note 31(b) in rev 6; covered by 9903.91.06 from 2026)"))
    emit("us_s301_review_battery_parts.csv", mk("batparts", ["85079040"]))
    masks = [c for c in h31 if c.startswith("630790")]
    emit("us_s301_review_masks.csv", mk("masks", [c for c in masks if c != "6307909870"],
                                         "respirators and non-disposable masks: 25% from 27 Sep 2024 (9903.91.01), 50% from 1 Jan 2026 (9903.91.07)"))
    emit("us_s301_review_masks_disposable.csv", mk("masks2", ["6307909870"],
                                                    "disposable textile face masks: 25% 1 Jan-31 Dec 2025 (9903.91.04), 50% from 1 Jan 2026 (9903.91.07)"))
    emit("us_s301_review_cranes.csv", mk("cranes", ["84261900"],
                                          "whole HTS8 8426.19.00; the duty covers only ship-to-shore gantry cranes (9903.92.10), a subset"))
    emit("us_s301_review_tungsten.csv", mk("tungsten", j31))
    emit("us_s301_review_gloves.csv", mk("gloves", i31))
    emit("us_s301_review_graphite_magnets.csv", mk("graphite", [c for c in g31 if not c.startswith("8507")]))
    emit("us_s301_review_li_batteries_2026.csv", mk("li2026", [c for c in g31 if c.startswith("8507")]))

    # ---------------- Section 232 steel / aluminium 2018 and 2020 ---------------------
    def hs6_range(lo, hi):
        return sorted(h for h in hts.by_hs6 if lo <= h <= hi)

    steel18 = USList(hts, "steel 2018")
    for lo, hi in (("720610", "721650"), ("721699", "730110"), ("730210", "730210"),
                   ("730240", "730290"), ("730410", "730690")):
        for h6 in hs6_range(lo, hi):
            steel18.add(h6)
    # check against note 16(c)(iii) "Articles of steel" of rev 6
    n16 = ch.find(r"^16\. \(a\)")
    iii = ch.block(r"\(iii\) Articles of steel:", r"\(iv\) Derivative steel articles", n16)
    chk = USList(hts, "chk")
    for c in Ch99.codes(iii, headings=True):
        # the PDF text interleaves the (iv) column; keep the steel-article provisions only
        if c[:2] == "72" or c[:4] in ("7304", "7305", "7306") or c in ("73011000", "730210", "73024000", "730290"):
            chk.add(c)
    checks.append((set(chk.full) == set(steel18.full),
                   f"steel 2018 HS6 ranges = note 16(c)(iii) articles of steel ({len(steel18.full)} vs {len(chk.full)} HTS8)"))
    emit("us_232_steel_2018.csv", steel18)

    alu18 = USList(hts, "aluminum 2018")
    for h in ("7601", "7604", "7605", "7606", "7607", "7608", "7609"):
        alu18.add(h)
    for c in ("7616995160", "7616995170"):
        alu18.add(c)
    emit("us_232_aluminum_2018.csv", alu18)

    der20 = USList(hts, "derivatives 2020")
    der20.add("73170030", flag="steel (Annex II of Proc. 9980)")
    for s in hts.stat_lines("73170055"):
        if "7317005503" <= s <= "7317005580":
            der20.add(s, label="7317.00.55 stat .03-.80", flag="steel; 2020 stat range .03-.80 applied to 2025 stat lines (approximate)")
    der20.add("7317006560", flag="steel (Annex II of Proc. 9980)")
    for c in ("76141050", "76149020", "76149040", "76149050"):
        der20.add(c, flag="aluminium (Annex I of Proc. 9980)")
    for c in ("87081030", "87082921"):
        der20.add(c, flag="bumper/body stampings: steel and aluminium")
    t20 = {r["hts_prefix"] for r in read_csv_text(res("s232_derivative_products.csv")) if r["ch99_code"] == "9903.85.04"}
    checks.append((t20 == {"76141050", "76149020", "76149040", "76149050", "87081030", "87082921"},
                   "2020 aluminium derivatives = tracker rows under 9903.85.04"))
    emit("us_232_derivatives_2020.csv", der20)

    # ---------------- Proclamation 11021 annexes (6 Apr 2026) -------------------------
    ann = annex_sections(tr.read("docs/s232/annexes_text.txt").decode("latin-1"))
    note16 = ann["IV"]      # Annex IV = the new HTS note 16 text
    u3 = set(ann["I-A"]) | set(ann["I-B"]) | set(ann["III"])
    norm = lambda s: {c[:8] if c.endswith("00") and len(c) == 10 else c for c in s}
    checks.append((norm(u3) == norm(note16),
                   f"Annex I-A+I-B+III codes ({len(u3)}) = codes of the new note 16(c) in Annex IV ({len(note16)})"))
    tann = collections.defaultdict(set)
    for r in read_csv_text(res("s232_annex_products.csv")):
        tann[r["annex"]].add(r["hts_prefix"])
    for k, tk in (("I-A", "1a"), ("I-B", "1b"), ("II", "2"), ("III", "3")):
        mine = set(ann[k])
        bad = sorted(c for c in tann[tk] - mine if len(c) <= 6)
        checks.append((None, f"Annex {k}: {len(mine)} provisions parsed from the annex text; tracker s232_annex_products.csv "
                             f"has {len(tann[tk])}; tracker entries not in the annex tables: {len(tann[tk] - mine)}"
                             + (" (spurious heading/HS6 entries: " + " ".join(bad) + ")" if bad else "")))
    annex_lists = {}
    for k, fname in (("I-A", "us_232_annex_1a.csv"), ("I-B", "us_232_annex_1b.csv"),
                     ("II", "us_232_annex_2.csv"), ("III", "us_232_annex_3.csv")):
        lst = USList(hts, k)
        for c in ann[k]:
            if k == "II" and c in ann["I-B"]:
                # listed in Annex II (aluminium) and in Annex I-B (steel): the 25% I-B duty applies
                checks.append((None, f"Annex II entry {fmt_code(c)} is also in Annex I-B (steel); left out of us_232_annex_2.csv"))
                continue
            lst.add(c)
        annex_lists[k] = lst
        emit(fname, lst)

    # ---------------- 2025 metals: ch.73 / ch.76 and derivatives ----------------------
    inc = read_csv_text(open(os.path.join(args.research, "s232_inclusions_2025-08-18.csv")).read())
    aug = {r["hts_code"].replace(".", ""): r for r in inc}
    june = ["84181000", "84183000", "84184000", "84221100", "84501100", "84502000",
            "84512100", "84512900", "85098020", "85166040", "9403999020"]

    def in_aug(c):
        return any(c.startswith(a) for a in aug)

    both = set(ann["I-A"]) | set(ann["I-B"]) | set(ann["III"]) | set(ann["II"])
    ch73 = USList(hts, "ch73 2025")
    for h6 in (hs6_range("730110", "730110") + hs6_range("730210", "730210") + hs6_range("730240", "730290")
               + hs6_range("730410", "730690")):
        ch73.add(h6, flag="2018 steel article")
    for c in sorted(both):
        if c.startswith("73") and not in_aug(c):
            ch73.add(c)
    ch73_not = sorted(h for h in hts.h8 if h.startswith("73") and ch73.fraction(h) == 0)
    checks.append((None, "ch.73 HTS8 lines NOT in the reconstructed 12 Mar 2025 scope: " + " ".join(fmt_code(c) for c in ch73_not)))
    emit("us_232_steel_ch73_2025.csv", ch73)

    ch76 = USList(hts, "ch76 2025")
    for h in ("7601", "7604", "7605", "7606", "7607", "7608", "7609"):
        ch76.add(h)
    for c in sorted(both):
        if c.startswith("76") and not in_aug(c):
            ch76.add(c)
    ch76_not = sorted(h for h in hts.h8 if h.startswith("76") and ch76.fraction(h) == 0)
    checks.append((None, "ch.76 HTS8 lines NOT in the reconstructed 12 Mar 2025 scope: " + " ".join(fmt_code(c) for c in ch76_not)))
    emit("us_232_aluminum_ch76_2025.csv", ch76)

    dprod = read_csv_text(res("s232_derivative_products.csv"))
    d03 = USList(hts, "derivatives 2025-03")
    for r in dprod:
        if r["effective_date"] and r["effective_date"] > "2025-03-12":
            continue
        c = r["hts_prefix"]
        if c[:2] in ("72", "73", "76"):
            continue
        fl = "aluminium (" + r["ch99_code"] + (", 2020 derivative" if r["ch99_code"] == "9903.85.04" else "") + ")"
        d03.add(c, flag=fl)
    steel12 = ["84264900", "84313100", "84314200", "84314910", "84314990", "84321000", "84329000",
               "85042100", "85042200", "85043200", "94062000", "94069001"]
    for c in steel12:
        d03.add(c, flag="steel, reconstructed: in the Proc. 11021 steel lists, not among the 23 Jun or 18 Aug 2025 additions (12 items, as reported for Proc. 10896 Annex I)")
    for c in ("87081030", "87082921"):
        d03.add(c, flag="steel (2020 derivative)")
    emit("us_232_derivatives_2025_03.csv", d03)

    d06 = USList(hts, "derivatives 2025-06")
    for c in june:
        d06.add(c, flag="steel derivative from 23 Jun 2025 (90 FR 25208)")
    emit("us_232_derivatives_2025_06.csv", d06)

    d08 = USList(hts, "derivatives 2025-08")
    for c, r in aug.items():
        if c[:2] in ("72", "73", "76"):
            continue
        metals = [m for m, k in (("steel", "steel_list"), ("aluminium", "aluminum_list")) if r.get(k) == "1"]
        d08.add(c, label=r["hts_code"], flag="/".join(metals) if metals else None)
    emit("us_232_derivatives_2025_08.csv", d08)

    # ---------------- copper ----------------------------------------------------------
    cu = USList(hts, "copper")
    for r in read_csv_text(res("s232_copper_products.csv")):
        cu.add(r["hts10"])
    emit("us_232_copper.csv", cu)

    # ---------------- autos, MHD, buses (notes 33, 38) --------------------------------
    n33 = ch.find(r"^33\. \(a\)")
    veh = Ch99.codes(ch.block(r"^\(b\) The rates of duty set forth in headings 9903\.94\.01", r"^\(c\) Heading 9903\.94\.02 applies", n33))
    emit("us_232_autos_vehicles.csv", mk("vehicles", veh))
    parts_blk = ch.block(r"^\(g\) Subject to a manufacturer's import adjustment offset", r"^\(h\) Heading 9903\.94\.06 applies", n33)
    parts = [c for c in Ch99.codes(parts_blk, headings=True) if c not in ("10925",)]
    tparts = [l.strip() for l in res("s232_auto_parts.txt").split("\n") if l.strip()]
    checks.append((set(parts) == set(tparts), f"auto parts: note 33(g) rev 6 ({len(parts)}) = tracker s232_auto_parts.txt ({len(tparts)})"))
    ap_ = USList(hts, "auto parts")
    for c in parts:
        fl = None
        if c in ("8471",):
            fl = "whole heading 8471 is printed in note 33(g) but the duty reaches only automobile parts; other goods enter under 9903.94.06 - most 8471 trade (computers) is NOT covered"
        elif c in ("850760", "850710", "8707", "850132", "850133", "850134", "850140", "850151", "850152", "852721", "852729", "853710", "853720"):
            fl = "provision listed whole; duty only on parts of passenger vehicles/light trucks (non-auto goods: 9903.94.06)"
        ap_.add(c, flag=fl)
    emit("us_232_auto_parts.csv", ap_)

    n38 = ch.find(r"\(b\) The rate of duty set forth in heading 9903\.74\.01 applies")
    mhdv = Ch99.codes(ch.block(r"\(b\) The rate of duty set forth in heading 9903\.74\.01", r"\(c\) Heading 9903\.74\.02 applies", n38 - 1))
    bus = Ch99.codes(ch.block(r"\(c\) Heading 9903\.74\.02 applies", r"^\(d\) Heading 9903\.74\.03", n38))
    mparts = Ch99.codes(ch.block(r"^\(i\) The rates of duty set forth in heading 9903\.74\.08", r"^\(j\)", n38))
    tm = [l.strip() for l in res("s232_mhd_parts.txt").split("\n") if l.strip()]
    checks.append((set(mparts) == set(tm), f"MHD parts: note 38(i) rev 6 ({len(mparts)}) vs tracker s232_mhd_parts.txt ({len(tm)}); "
                                           f"only in note: {sorted(set(mparts) - set(tm))}; only in tracker: {sorted(set(tm) - set(mparts))}"))
    emit("us_232_mhd_vehicles.csv", mk("mhdv", mhdv))
    emit("us_232_buses.csv", mk("buses", bus))
    emit("us_232_mhd_parts.csv", mk("mhd parts", mparts))

    # ---------------- wood (note 37) --------------------------------------------------
    n37 = ch.find(r"^\(a\) Heading 9903\.76\.01 provides")
    soft = Ch99.codes(ch.block(r"^\(b\) The rates of duty set forth in heading 9903\.76\.01", r"^\(c\) Heading 9903\.76\.02", n37))
    uph = Ch99.codes(ch.block(r"^\(d\) The rates of duty set forth in headings 9903\.76\.02", r"^\(e\) Except", n37))
    cab = Ch99.codes(ch.block(r"^\(f\) Except for as provided by 9903\.76\.04", r"^\(g\) Heading 9903\.76\.04", n37))
    emit("us_232_wood_softwood.csv", mk("softwood", soft, "4403.99.01 and 4406.91.00 also hold non-coniferous wood; duty only on softwood"))
    emit("us_232_wood_upholstered.csv", mk("upholstered", uph))
    emit("us_232_wood_cabinets.csv", mk("cabinets", cab, "9903.76.04: no duty on goods in these lines that are not wooden cabinets/vanities"))

    # ---------------- semiconductors (note 39) ----------------------------------------
    qs = {r["hts10"]: float(r["qualifying_share"]) for r in read_csv_text(res("semi_qualifying_shares.csv"))}
    semi = USList(hts, "semis")
    for r in read_csv_text(res("s232_semi_products.csv")):
        semi.add(r["hts10"])
    scope_rows = {r[0]: r for r in semi.rows()}
    # weight each listed stat line by its qualifying share
    semi_q = USList(hts, "semis q")
    for code, q in qs.items():
        if q > 0:
            semi_q.add(code, flag=f"qualifying_share={q:g} (tracker interim binary calibration: only 8471.80.4000, GPU/AI cards, counted, as an upper bound)")
    extra = {h: f"legal scope (all listed HTS10 lines) would be share {scope_rows[h][1]:.4f}" for h in scope_rows}
    rows = semi_q.rows(extra)
    for h, r in scope_rows.items():
        if h not in {x[0] for x in rows}:
            rows.append((h, 0.0, 0, r[3], ""))
    outputs["us_232_semiconductors.csv"] = sorted(rows)
    side["us_232_semiconductors.csv"] = "US"

    # ---------------- drones ----------------------------------------------------------
    emit("us_232_drones.csv", mk("drones", ["8806"],
                                 "Annex I-III HTS lines of the 13 Aug 2026 UAS proclamation not found (PDF annexes); all of 8806 assumed: 25% for UAS <=25 kg (Annex II), 100% for >25 kg, thermal-imaging UAS and docking stations (Annex I), from 3 Sep 2026"))

    # ---------------- exemption lists -------------------------------------------------
    # Annex II as consolidated in US note 2(v)(iii)(a) (1,082 provisions, the 11 Apr 2025
    # electronics included), and the Section 122 exemptions of note 2(aa)(ii), read from the
    # legal text: the tracker's own exemption files also hold goods exempt for other reasons
    # (Section 232 goods, country carve-outs), which the program handles as layers.
    ie = USList(hts, "ieepa annex II")
    for code in ch.codes(ch.block(r"^\(iii\)\s*$", r"^\s*\(b\) As provided in heading 9903\.02\.78", ch.find(r"^\(v\) \(i\)")),
                         table_only=True):
        ie.add(code)
    emit("us_ieepa_annex2_exempt.csv", ie)
    s122 = USList(hts, "s122")
    for code in ch.codes(ch.block(r"^\(ii\) As provided in heading 9903\.03\.03", r"^\(iii\) As provided in heading 9903\.03\.04"),
                         table_only=True):
        s122.add(code)
    emit("us_s122_exempt.csv", s122)

    # ---------------- Section 201 -----------------------------------------------------
    s201 = read_csv_text(res("s201_solar_products.csv"))
    emit("us_201_solar.csv", mk("solar201", [r["hts10"] for r in s201 if r["hts10"].startswith("854143")]))
    emit("us_201_solar_cells.csv", mk("cells201", [r["hts10"] for r in s201 if r["hts10"].startswith("854142")],
                                      "cells pay only above the TRQ (2.5 GW, 5 GW from 2022, 12.5 GW from Aug 2024)"))
    emit("us_201_washers.csv", mk("washers", ["84501100", "84502000", "84509020", "84509060"]))

    # ---------------- metal content shares --------------------------------------------
    bea = collections.defaultdict(list)
    for r in read_csv_text(res("metal_content_shares_bea_hs10.csv")):
        bea[r["hs10"][:6]].append(r)
    bea10 = {}
    for rs in bea.values():
        for r in rs:
            bea10[r["hs10"]] = r
    listed10 = collections.defaultdict(set)
    for lst in (der20, d03, d06, d08, cu):
        for h8, f in lst.hts8_fractions().items():
            st = lst.part.get(h8) if h8 not in lst.full else None
            for s in (st or hts.stat_lines(h8)):
                listed10[h8[:6]].add(s)
    with open(os.path.join(args.out, "metal_content_shares.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hs6", "steel_share", "aluminum_share", "copper_share", "note"])
        for hs6 in sorted(listed10):
            rs = [bea10[s] for s in sorted(listed10[hs6]) if s in bea10]
            how = "mean over the listed HTS10 lines"
            if not rs:
                rs = bea.get(hs6, [])
                how = "listed HTS10 lines not in the BEA file; mean over all HTS10 lines of the HS6"
            if not rs:
                w.writerow([hs6, "", "", "", "no BEA share for this HS6"])
                continue
            m = lambda k: sum(float(r[k]) for r in rs) / len(rs)
            w.writerow([hs6, f"{m('steel_share'):.5f}", f"{m('aluminum_share'):.5f}", f"{m('copper_share'):.5f}",
                        f"{how} ({len(rs)} lines, equal weights; BEA detail input-output shares, tracker metal_content_shares_bea_hs10.csv)"])

    # ---------------- China side ------------------------------------------------------
    u6 = set(hts.by_hs6)
    bown = read_csv_text(open(os.path.join(args.research, "cn_retaliation_lists1to3_hs8_bown.csv")).read())
    L = {k: CNList(k, u6) for k in ("L1", "L2", "L3_25", "L3_20", "L3_10", "L3_5", "AUTO")}
    l3_rate = {"25.0": "L3_25", "20.0": "L3_20", "10.0": "L3_10", "5.0": "L3_5"}
    for r in bown:
        c = r["hs8"]
        auto = r["auto_suspended_from_2019_01_01"] == "1"
        n = "includes auto line(s) suspended from 1 Jan 2019" if auto else None
        if r["cn_list"] in ("L1", "L2"):
            L[r["cn_list"]].add8(c, n)
        else:
            rate = r["rate_2019_06_01"]
            if auto:
                # all suspended List 3 lines were 5% lines in 2018 (annex 3/4 of 2018 No. 6)
                key = "L3_5" if r["rate_2018_09_24"] == "5" else "L3_25"
            else:
                key = l3_rate[rate]
            L[key].add8(c, n)
        if auto:
            L["AUTO"].add8(c, f"on {r['cn_list']}")
    for k, fn in (("L1", "cn_ret_list1.csv"), ("L2", "cn_ret_list2.csv"), ("L3_25", "cn_ret_list3_25.csv"),
                  ("L3_20", "cn_ret_list3_20.csv"), ("L3_10", "cn_ret_list3_10.csv"), ("L3_5", "cn_ret_list3_5.csv"),
                  ("AUTO", "cn_ret_autos_suspended.csv")):
        emit(fn, L[k])

    mof = xlsx_rows(mx.read("data/P020180401856022545193.xlsx"))
    c25, c15 = CNList("232-25", u6), CNList("232-15", u6)
    n232 = 0
    for row in mof:
        code, rate = row.get("B", ""), row.get("D", "")
        if re.fullmatch(r"\d{8}", code or ""):
            n232 += 1
            (c25 if rate == "25" else c15).add8(code)
    checks.append((n232 == 128, f"China 232 retaliation annex (MOF xlsx): {n232} HS8 lines (128 announced)"))
    emit("cn_232_retaliation_25.csv", c25)
    emit("cn_232_retaliation_15.csv", c15)

    coal = CNList("coal", u6)
    for c in ("27011100", "27011210", "27011290", "27011900", "27012000", "27021000", "27022000", "27111100"):
        coal.add8(c)
    emit("cn_2025_02_coal_lng.csv", coal)
    crude = CNList("crude", u6)
    crude.add8("27090000", "crude oil (annex 2 line 1)")
    crude.add8("84193310", "annex 2 line 2 (freeze/spray dryers for agricultural products); the other 70 annex 2 lines (agricultural machinery, large-displacement cars, pickups) not found")
    emit("cn_2025_02_crude_machinery_cars.csv", crude)

    est = "ESTIMATE: whole HS6 assumed from the category name in 税委会公告2025年第2号 (annex PDF not found)"
    m15 = CNList("mar15", u6)
    for p, what in (("020711", "chicken"), ("020712", "chicken"), ("020713", "chicken"), ("020714", "chicken"),
                    ("1001", "wheat"), ("1005", "corn"), ("5201", "cotton")):
        m15.add_heading(p, f"{est}: {what}")
    emit("cn_2025_03_15pct.csv", m15)
    m10 = CNList("mar10", u6)
    for p, what in (("1007", "sorghum"), ("1201", "soybeans"), ("0203", "pork"), ("0201", "beef"), ("0202", "beef"),
                    ("03", "aquatic products"), ("0401", "dairy"), ("0402", "dairy"), ("0403", "dairy"), ("0404", "dairy"),
                    ("0405", "dairy"), ("0406", "dairy"), ("07", "vegetables")):
        m10.add_heading(p, f"{est}: {what}")
    for h4 in ("0803", "0804", "0805", "0806", "0807", "0808", "0809", "0810", "0811", "0812", "0813"):
        m10.add_heading(h4, f"{est}: fruit (nuts 0801/0802 not assumed)")
    emit("cn_2025_03_10pct.csv", m10)

    for fname, lst in deferred:
        outputs[fname] = lst.rows()

    # ---------------- write files and summary -----------------------------------------
    for fname, rows in outputs.items():
        write_rows(os.path.join(args.out, fname), rows)

    trade = {r["hs6"]: r for r in csv.DictReader(open(args.trade))}
    summary = []
    for fname in outputs:
        rows = [r for r in outputs[fname] if r[1] > 0]
        col = "base_imports" if side[fname] == "US" else "base_exports"
        val = sum(min(r[1], 1.0) * float(trade[r[0]][col]) for r in rows if r[0] in trade
                  and trade[r[0]][col] not in ("", "NA"))
        intrade = sum(1 for r in rows if r[0] in trade)
        summary.append((fname, len(rows), intrade, col, val / 1e9))
    lines = ["| file | HS6 rows | of which in trade file | weighted by | USD bn (2022-24 mean, share-weighted) |",
             "| --- | ---: | ---: | --- | ---: |"]
    for fname, n, nt, col, v in summary:
        lines.append(f"| {fname} | {n} | {nt} | {col} | {v:.2f} |")
    table = "\n".join(lines)
    print(table)
    print()
    for ok, msg in checks:
        print(("CHECK OK   " if ok else "CHECK FAIL " if ok is False else "NOTE       ") + msg)
    b4 = {r[0]: r for r in outputs["us_s301_list4b.csv"]}
    print("NOTE       851713 (smartphones) on List 4B:", "yes, share %.3f" % b4["851713"][1] if "851713" in b4 else "no")

    readme = os.path.join(args.out, "README.md")
    if os.path.exists(readme):
        txt = open(readme).read()
        new = re.sub(r"<!-- summary:start -->.*?<!-- summary:end -->",
                     lambda m: "<!-- summary:start -->\n" + table + "\n<!-- summary:end -->", txt, flags=re.S)
        if new != txt:
            open(readme, "w").write(new)


if __name__ == "__main__":
    main()
