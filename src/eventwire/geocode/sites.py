"""Curated conflict sites that GeoNames' populated-place files lack.

Bases, camps, gas fields and border crossings are where many attacks in Iraq, Syria,
Afghanistan and Gaza are reported, but ``cities500`` only holds populated places, so
without this table "Ain al-Asad air base" would fall back to a town tens of km away.

Coordinates are WGS84 decimal degrees. ``source`` says where each comes from and
``accuracy_km`` how far off it may be: airfields come from their published ICAO aerodrome
reference points (accurate to well under 1 km); the others are from public satellite
imagery and reference maps, and are only as good as ``accuracy_km`` says. Add an entry
only with a coordinate you can source; ``town`` is the GeoNames populated place the site
belongs to (what ``Location.place`` reports), ``admin1`` the first-level division.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Site:
    """One curated site: ``names[0]`` is the display name, the rest are aliases."""

    names: tuple[str, ...]
    lat: float
    lon: float
    town: str
    admin1: str
    country_iso3: str
    accuracy_km: float
    source: str
    kind: str = "site"


SITES: tuple[Site, ...] = (
    Site(
        names=("Ain al-Asad Air Base", "Ain al-Asad", "Ayn al-Asad", "Al Asad Air Base",
               "Al-Asad Airbase", "Ain al-Assad air base", "Qadisiyah Airbase"),
        lat=33.7856, lon=42.4412, town="Al Baghdadi", admin1="Anbar", country_iso3="IRQ",
        accuracy_km=1.0, source="ICAO ORAA aerodrome reference point",
    ),
    Site(
        names=("Al-Tanf Garrison", "al-Tanf", "At Tanf", "Tanf base", "al-Tanf garrison",
               "al-Tanf base", "Tanf"),
        lat=33.4990, lon=38.6290, town="At Tanf", admin1="Homs", country_iso3="SYR",
        accuracy_km=3.0, source="satellite imagery; garrison west of the al-Tanf crossing",
    ),
    Site(
        names=("Harir Air Base", "Harir", "Harir airbase", "Harir base"),
        lat=36.5360, lon=44.3590, town="Harir", admin1="Erbil", country_iso3="IRQ",
        accuracy_km=3.0, source="satellite imagery of the Harir airstrip",
    ),
    Site(
        names=("Erbil International Airport", "Erbil air base", "Erbil airport",
               "Erbil airbase", "Irbil airport", "Irbil air base", "Hewler airport"),
        lat=36.2376, lon=43.9632, town="Erbil", admin1="Erbil", country_iso3="IRQ",
        accuracy_km=1.0, source="ICAO ORER aerodrome reference point",
    ),
    Site(
        names=("Victory Base Complex", "Baghdad International Airport", "Baghdad airport",
               "Camp Victory", "Victory base", "Victoria base", "Camp Victoria"),
        lat=33.2625, lon=44.2346, town="Baghdad", admin1="Baghdad", country_iso3="IRQ",
        accuracy_km=2.0, source="ICAO ORBI aerodrome reference point (complex surrounds it)",
    ),
    Site(
        names=("Jurf al-Sakhar", "Jurf al-Nasr", "Jurf as Sakhr", "Jurf al-Sakr"),
        lat=32.8600, lon=44.1600, town="Jurf al-Sakhar", admin1="Babil", country_iso3="IRQ",
        accuracy_km=3.0, source="reference maps of the Jurf al-Sakhar area",
    ),
    Site(
        names=("Rmelan", "Rumeilan", "Rmeilan", "Rmelan base", "Rumeilan air base",
               "Rmeilan airbase", "Abu Hajar airport"),
        lat=36.9850, lon=41.9950, town="Rmelan", admin1="Al-Hasakah", country_iso3="SYR",
        accuracy_km=5.0, source="reference maps of Rmelan (town and nearby airstrip)",
    ),
    Site(
        names=("Conoco gas field", "Conoco", "Conoco field", "Conoco gas plant",
               "Conoco base"),
        lat=35.2700, lon=40.2600, town="Khasham", admin1="Deir ez-Zor", country_iso3="SYR",
        accuracy_km=5.0, source="satellite imagery of the gas plant east of the Euphrates",
    ),
    Site(
        names=("Green Village", "al-Omar oil field", "Omar oil field", "al-Omar",
               "Green Village base", "al-Omar base"),
        lat=34.9900, lon=40.5800, town="Dhiban", admin1="Deir ez-Zor", country_iso3="SYR",
        accuracy_km=5.0, source="satellite imagery of the al-Omar field residential area",
    ),
    Site(
        names=("al-Hol camp", "al-Hawl camp", "Hol camp", "al-Hol", "al-Hawl"),
        lat=36.3836, lon=41.1500, town="Al-Hol", admin1="Al-Hasakah", country_iso3="SYR",
        accuracy_km=2.0, source="satellite imagery; camp beside al-Hol town",
    ),
    Site(
        names=("Baghdad Green Zone", "Green Zone", "International Zone"),
        lat=33.3050, lon=44.3850, town="Baghdad", admin1="Baghdad", country_iso3="IRQ",
        accuracy_km=2.0, source="reference maps of the International Zone",
    ),
    Site(
        names=("U.S. Embassy, Baghdad", "US embassy in Baghdad", "U.S. embassy in Baghdad",
               "American embassy in Baghdad", "US Embassy Baghdad"),
        lat=33.2985, lon=44.3960, town="Baghdad", admin1="Baghdad", country_iso3="IRQ",
        accuracy_km=1.0, source="satellite imagery; compound on the Tigris, Green Zone",
    ),
    Site(
        names=("Hamid Karzai International Airport", "Kabul airport",
               "Kabul International Airport", "Hamid Karzai airport"),
        lat=34.5659, lon=69.2123, town="Kabul", admin1="Kabul", country_iso3="AFG",
        accuracy_km=1.0, source="ICAO OAKB aerodrome reference point",
    ),
    Site(
        names=("Bab al-Hawa crossing", "Bab al-Hawa", "Bab al-Hawa border crossing",
               "Cilvegozu crossing"),
        lat=36.2320, lon=36.6700, town="Sarmada", admin1="Idlib", country_iso3="SYR",
        accuracy_km=2.0, source="reference maps of the Syria-Turkey crossing",
    ),
    Site(
        names=("Rafah crossing", "Rafah border crossing", "Rafah terminal"),
        lat=31.2466, lon=34.2590, town="Rafah", admin1="Gaza Strip", country_iso3="PSE",
        accuracy_km=1.0, source="reference maps of the Gaza-Egypt terminal",
    ),
    Site(
        names=("Torkham crossing", "Torkham", "Torkham border crossing"),
        lat=34.1000, lon=71.0900, town="Torkham", admin1="Nangarhar", country_iso3="AFG",
        accuracy_km=2.0, source="reference maps of the Afghanistan-Pakistan crossing",
    ),
    Site(
        names=("Al-Qaim border crossing", "al-Qaim crossing", "Albu Kamal crossing",
               "Abu Kamal crossing", "Husaybah crossing", "Al-Qaim-Albu Kamal crossing"),
        lat=34.4200, lon=40.9700, town="Husaybah", admin1="Anbar", country_iso3="IRQ",
        accuracy_km=3.0, source="reference maps of the Iraq-Syria crossing",
    ),
)  # fmt: skip
"""The table; order matters only for display."""
