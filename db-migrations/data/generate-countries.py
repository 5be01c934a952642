#!/usr/bin/env python3
"""Generate countries.csv (ISO 3166-1) from Debian's iso-codes package.

Source: /usr/share/iso-codes/json/iso_3166-1.json (codes, English names) and the
French gettext catalogue /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo.

Names: English is `common_name` where iso-codes has one (e.g. "Bolivia" rather than
"Bolivia, Plurinational State of", "South Korea" rather than "Korea, Republic of"),
otherwise `name`. French is the catalogue's translation of that same English string.
Where the catalogue has no entry for it, the English string is kept: the catalogue
omits names spelt the same in French ("Canada", "Iran", "Laos"). The one known gap
where that gives a non-French name is patched in FR_MISSING below ("Syria" -> "Syrie");
an entry there is used only while the catalogue still lacks that string.

Output: UTF-8, '\n' line endings, header line, minimal quoting, sorted by alpha-2
code. Deterministic: running it twice gives byte-identical files.

Usage: python3 db-migrations/data/generate-countries.py [output.csv]
(default output: countries.csv next to this script)
"""
import csv
import gettext
import io
import json
import os
import sys
import unicodedata

JSON_PATH = "/usr/share/iso-codes/json/iso_3166-1.json"
MO_PATH = "/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"
HEADER = ["code", "alpha3", "numeric_code", "name_fr", "name_en"]

# French names missing from the iso-codes catalogue (keyed by the English string).
FR_MISSING = {
    "Syria": "Syrie",  # catalogue only has "Syrian Arab Republic"
}


class _Missing(gettext.NullTranslations):
    """Fallback that signals a missing translation with None."""

    def gettext(self, message):
        return None


def clean(text):
    return unicodedata.normalize("NFC", text.strip())


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "countries.csv")

    with open(JSON_PATH, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    with open(MO_PATH, "rb") as f:
        fr = gettext.GNUTranslations(f)
    fr.add_fallback(_Missing())

    rows = []
    used_overrides = set()
    for e in entries:
        name_en = e.get("common_name") or e["name"]
        name_fr = fr.gettext(name_en)
        if name_fr is None:
            name_fr = FR_MISSING.get(name_en, name_en)
            used_overrides.add(name_en)
        rows.append([clean(e["alpha_2"]), clean(e["alpha_3"]), clean(e["numeric"]),
                     clean(name_fr), clean(name_en)])
    rows.sort(key=lambda r: r[0])

    # Sanity checks: fail loudly rather than write a bad file.
    codes = [r[0] for r in rows]
    assert len(set(codes)) == len(codes), "duplicate alpha-2 codes"
    assert len({r[1] for r in rows}) == len(rows), "duplicate alpha-3 codes"
    for r in rows:
        assert len(r[0]) == 2 and len(r[1]) == 3, r
        assert len(r[2]) == 3 and r[2].isdigit(), r
        assert r[3] and r[4] and len(r[3]) <= 100 and len(r[4]) <= 100, r
        # Liquibase's CSV reader treats backslash as an escape character.
        assert not any("\\" in v for v in r), r

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    writer.writerows(rows)
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    for unused in sorted(set(FR_MISSING) - used_overrides):
        print(f"note: FR_MISSING[{unused!r}] is no longer needed", file=sys.stderr)
    print(f"wrote {len(rows)} countries to {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
