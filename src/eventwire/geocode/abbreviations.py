"""Abbreviated place names news copy uses: AP-style US states ("Ga.", "W.Va."), Canadian
provinces ("Ont.", "B.C.") and a few cities ("D.C.", "L.A.").

GeoNames keeps none of these as alternate names, yet US local news writes "Athens, Ga."
in nearly every dateline. Only spellings with a full stop are listed (and two-letter postal
codes only with their dots, "N.Y."), because bare "Ind", "Pa" or "La" are also words and
names elsewhere. Keys are the spelling with spaces removed, compared case-insensitively.
"""

from __future__ import annotations

US_STATES: dict[str, str] = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California",
    "cal.": "California", "colo.": "Colorado", "conn.": "Connecticut", "del.": "Delaware",
    "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois", "ind.": "Indiana",
    "kan.": "Kansas", "kans.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana",
    "md.": "Maryland", "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota",
    "miss.": "Mississippi", "mo.": "Missouri", "mont.": "Montana", "neb.": "Nebraska",
    "nebr.": "Nebraska", "nev.": "Nevada", "n.h.": "New Hampshire", "n.j.": "New Jersey",
    "n.m.": "New Mexico", "n.mex.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina",
    "n.d.": "North Dakota", "n.dak.": "North Dakota", "okla.": "Oklahoma", "ore.": "Oregon",
    "pa.": "Pennsylvania", "penn.": "Pennsylvania", "r.i.": "Rhode Island",
    "s.c.": "South Carolina", "s.d.": "South Dakota", "s.dak.": "South Dakota",
    "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont", "va.": "Virginia",
    "wash.": "Washington", "w.va.": "West Virginia", "wis.": "Wisconsin",
    "wisc.": "Wisconsin", "wyo.": "Wyoming",
}  # fmt: skip
"""AP-style abbreviation -> the state's name as the gazetteer knows it (admin1 of US)."""

CA_PROVINCES: dict[str, str] = {
    "alta.": "Alberta", "b.c.": "British Columbia", "man.": "Manitoba",
    "n.b.": "New Brunswick", "nfld.": "Newfoundland and Labrador", "n.s.": "Nova Scotia",
    "ont.": "Ontario", "p.e.i.": "Prince Edward Island", "que.": "Quebec",
    "sask.": "Saskatchewan",
}  # fmt: skip
"""Canadian Press abbreviations of the provinces."""

CITIES: dict[str, tuple[str, str]] = {
    "d.c.": ("Washington", "US"), "l.a.": ("Los Angeles", "US"),
    "n.y.c.": ("New York City", "US"), "nyc": ("New York City", "US"),
}  # fmt: skip
"""Abbreviation -> (city name, ISO alpha-2 country)."""


def abbreviation_key(name: str) -> str:
    """The key the tables above use: lower case, no spaces ("W. Va." -> "w.va.")."""
    return "".join(name.split()).casefold()
