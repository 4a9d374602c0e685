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
    # Bases and airfields beyond the list: reported attacks on them recur.
    Site(
        names=("Tower 22", "Tower 22 base", "Tower 22 outpost"),
        lat=33.3200, lon=38.6900, town="Ar Ruwayshid", admin1="Mafraq", country_iso3="JOR",
        accuracy_km=5.0, source="reference maps; outpost at the Jordan-Syria-Iraq border",
    ),
    Site(
        names=("Camp Taji", "Taji base", "Taji military base", "Taji air base"),
        lat=33.5250, lon=44.2560, town="Taji", admin1="Baghdad", country_iso3="IRQ",
        accuracy_km=3.0, source="reference maps of the Taji military complex",
    ),
    Site(
        names=("Balad Air Base", "Balad airbase", "Joint Base Balad", "Balad base"),
        lat=33.9402, lon=44.3616, town="Balad", admin1="Salah ad Din", country_iso3="IRQ",
        accuracy_km=1.0, source="ICAO ORBD aerodrome reference point",
    ),
    Site(
        names=("K1 Air Base", "K-1 base", "K1 base", "K1 military base"),
        lat=35.5200, lon=44.3200, town="Kirkuk", admin1="Kirkuk", country_iso3="IRQ",
        accuracy_km=5.0, source="reference maps; base north-west of Kirkuk",
    ),
    Site(
        names=("Union III", "Union III base", "Union 3 base"),
        lat=33.3150, lon=44.3950, town="Baghdad", admin1="Baghdad", country_iso3="IRQ",
        accuracy_km=2.0, source="reference maps of the Green Zone compound",
    ),
    Site(
        names=("Camp Lemonnier", "Lemonnier base"),
        lat=11.5473, lon=43.1595, town="Djibouti", admin1="Djibouti", country_iso3="DJI",
        accuracy_km=2.0, source="beside the ICAO HDAM aerodrome reference point",
    ),
    Site(
        names=("Bagram Airfield", "Bagram air base", "Bagram airbase", "Bagram base"),
        lat=34.9461, lon=69.2650, town="Bagram", admin1="Parwan", country_iso3="AFG",
        accuracy_km=1.0, source="ICAO OAIX aerodrome reference point",
    ),
    Site(
        names=("Kandahar Airfield", "Kandahar air base", "Kandahar airport"),
        lat=31.5058, lon=65.8478, town="Kandahar", admin1="Kandahar", country_iso3="AFG",
        accuracy_km=1.0, source="ICAO OAKN aerodrome reference point",
    ),
    Site(
        names=("Shayrat Airbase", "Shayrat air base", "al-Shayrat airbase", "Shayrat airfield"),
        lat=34.4904, lon=36.9090, town="Homs", admin1="Homs", country_iso3="SYR",
        accuracy_km=2.0, source="ICAO OS65 aerodrome reference point",
    ),
    Site(
        names=("Hmeimim Air Base", "Hmeimim airbase", "Khmeimim air base", "Hmeimim"),
        lat=35.4011, lon=35.9487, town="Jableh", admin1="Latakia", country_iso3="SYR",
        accuracy_km=1.0, source="ICAO OSLK aerodrome reference point",
    ),
    Site(
        names=("Tiyas Airbase", "T-4 airbase", "T4 airbase", "Tiyas air base", "T-4 air base"),
        lat=34.5225, lon=37.6297, town="Palmyra", admin1="Homs", country_iso3="SYR",
        accuracy_km=2.0, source="ICAO OS70 aerodrome reference point",
    ),
    Site(
        names=("Mezzeh Airbase", "Mezzeh military airport", "Mezzeh air base"),
        lat=33.4775, lon=36.2233, town="Damascus", admin1="Damascus", country_iso3="SYR",
        accuracy_km=1.0, source="ICAO OSDZ aerodrome reference point",
    ),
    # Border crossings.
    Site(
        names=("Kerem Shalom crossing", "Kerem Shalom", "Kerem Shalom border crossing"),
        lat=31.2285, lon=34.2836, town="Rafah", admin1="Gaza Strip", country_iso3="PSE",
        accuracy_km=2.0, source="reference maps; Gaza-Israel-Egypt goods crossing",
    ),
    Site(
        names=("Erez crossing", "Erez border crossing", "Beit Hanoun crossing"),
        lat=31.5583, lon=34.5364, town="Beit Hanun", admin1="Gaza Strip", country_iso3="PSE",
        accuracy_km=1.0, source="reference maps; northern Gaza-Israel crossing",
    ),
    Site(
        names=("Allenby Bridge", "King Hussein Bridge", "Allenby crossing"),
        lat=31.8733, lon=35.5420, town="Jericho", admin1="West Bank", country_iso3="PSE",
        accuracy_km=1.0, source="reference maps; Jordan River crossing east of Jericho",
    ),
    Site(
        names=("Nasib crossing", "Nassib crossing", "Nasib border crossing", "Jaber crossing"),
        lat=32.5500, lon=36.2000, town="Nasib", admin1="Daraa", country_iso3="SYR",
        accuracy_km=3.0, source="reference maps; Syria-Jordan crossing",
    ),
    Site(
        names=("Bab al-Salama crossing", "Bab al-Salameh crossing", "Bab al-Salama"),
        lat=36.6400, lon=37.0700, town="Azaz", admin1="Aleppo", country_iso3="SYR",
        accuracy_km=3.0, source="reference maps; Syria-Turkey crossing north of Azaz",
    ),
    Site(
        names=("Semalka crossing", "Fishkhabur crossing", "Faysh Khabur crossing"),
        lat=37.0800, lon=42.3800, town="Al-Malikiyah", admin1="Al-Hasakah", country_iso3="SYR",
        accuracy_km=3.0, source="reference maps; Syria-Iraq Tigris crossing",
    ),
    Site(
        names=("Ibrahim Khalil crossing", "Ibrahim Khalil border crossing", "Habur crossing"),
        lat=37.1400, lon=42.5800, town="Zakho", admin1="Duhok", country_iso3="IRQ",
        accuracy_km=3.0, source="reference maps; Iraq-Turkey crossing at Zakho",
    ),
    Site(
        names=("Spin Boldak crossing", "Chaman crossing", "Chaman border crossing"),
        lat=30.9600, lon=66.4300, town="Spin Boldak", admin1="Kandahar", country_iso3="AFG",
        accuracy_km=5.0, source="reference maps; Afghanistan-Pakistan crossing",
    ),
    # Camps.
    Site(
        names=("Rukban camp", "al-Rukban camp", "Rukban"),
        lat=33.3000, lon=38.7000, town="At Tanf", admin1="Homs", country_iso3="SYR",
        accuracy_km=5.0, source="reference maps; camp on the Syria-Jordan berm",
    ),
    Site(
        names=("Roj camp", "al-Roj camp"),
        lat=36.9900, lon=42.1100, town="Al-Malikiyah", admin1="Al-Hasakah", country_iso3="SYR",
        accuracy_km=10.0, source="reference maps; camp near al-Malikiyah (Derik)",
    ),
    Site(
        names=("Zaatari camp", "Zaatari refugee camp", "Za'atari camp"),
        lat=32.2950, lon=36.3230, town="Mafraq", admin1="Mafraq", country_iso3="JOR",
        accuracy_km=2.0, source="reference maps of the camp east of Mafraq",
    ),
    Site(
        names=("Jabalia camp", "Jabalia refugee camp", "Jabaliya camp"),
        lat=31.5320, lon=34.4950, town="Jabalia", admin1="Gaza Strip", country_iso3="PSE",
        accuracy_km=1.0, source="reference maps of northern Gaza",
    ),
    Site(
        names=("Nuseirat camp", "Nuseirat refugee camp", "Nuseirat"),
        lat=31.4480, lon=34.3930, town="Nuseirat", admin1="Gaza Strip", country_iso3="PSE",
        accuracy_km=1.0, source="reference maps of central Gaza",
    ),
    Site(
        names=("Beach camp", "Shati camp", "al-Shati camp", "Shati refugee camp"),
        lat=31.5300, lon=34.4450, town="Gaza", admin1="Gaza Strip", country_iso3="PSE",
        accuracy_km=1.0, source="reference maps of Gaza City's coast",
    ),
    Site(
        names=("Jenin camp", "Jenin refugee camp"),
        lat=32.4620, lon=35.2890, town="Jenin", admin1="West Bank", country_iso3="PSE",
        accuracy_km=1.0, source="reference maps; camp west of Jenin's centre",
    ),
    Site(
        names=("Ain al-Hilweh", "Ain al-Hilweh camp", "Ein el-Hilweh camp"),
        lat=33.5420, lon=35.3830, town="Sidon", admin1="South Governorate", country_iso3="LBN",
        accuracy_km=1.0, source="reference maps; camp south-east of Sidon",
    ),
    # Seats of government news names for the government itself ("the Kremlin said"):
    # where a place is meant, it is this building, not a town of the same name.
    Site(
        names=("White House", "the White House", "West Wing"),
        lat=38.8977, lon=-77.0365, town="Washington", admin1="District of Columbia",
        country_iso3="USA", accuracy_km=0.5, source="reference maps (1600 Pennsylvania Ave)",
        kind="government",
    ),
    Site(
        names=("Pentagon", "the Pentagon"),
        lat=38.8719, lon=-77.0563, town="Arlington", admin1="Virginia", country_iso3="USA",
        accuracy_km=0.5, source="reference maps of the Pentagon building", kind="government",
    ),
    Site(
        names=("Kremlin", "the Kremlin", "Moscow Kremlin"),
        lat=55.7520, lon=37.6175, town="Moscow", admin1="Moscow", country_iso3="RUS",
        accuracy_km=0.5, source="reference maps of the Moscow Kremlin", kind="government",
    ),
    Site(
        names=("Downing Street", "10 Downing Street", "Number 10 Downing Street"),
        lat=51.5034, lon=-0.1276, town="London", admin1="England", country_iso3="GBR",
        accuracy_km=0.5, source="reference maps of 10 Downing Street", kind="government",
    ),
    # Hub airports news names by their own name alone ("flights out of Heathrow"), where
    # the bare name is also a small town elsewhere (Heathrow, Florida) or nothing at all.
    Site(
        names=("Heathrow Airport", "Heathrow", "London Heathrow", "Heathrow airport"),
        lat=51.4706, lon=-0.4619, town="London", admin1="England", country_iso3="GBR",
        accuracy_km=1.0, source="ICAO EGLL aerodrome reference point", kind="airport",
    ),
    Site(
        names=("Gatwick Airport", "Gatwick", "London Gatwick"),
        lat=51.1481, lon=-0.1903, town="Crawley", admin1="England", country_iso3="GBR",
        accuracy_km=1.0, source="ICAO EGKK aerodrome reference point", kind="airport",
    ),
    Site(
        names=("Stansted Airport", "Stansted", "London Stansted"),
        lat=51.8850, lon=0.2350, town="Stansted Mountfitchet", admin1="England",
        country_iso3="GBR", accuracy_km=1.0, source="ICAO EGSS aerodrome reference point",
        kind="airport",
    ),
    Site(
        names=("Amsterdam Airport Schiphol", "Schiphol", "Schiphol Airport"),
        lat=52.3086, lon=4.7639, town="Amsterdam", admin1="North Holland", country_iso3="NLD",
        accuracy_km=1.0, source="ICAO EHAM aerodrome reference point", kind="airport",
    ),
    Site(
        names=("Charles de Gaulle Airport", "Charles de Gaulle", "Roissy-Charles de Gaulle",
               "Paris-Charles de Gaulle"),
        lat=49.0097, lon=2.5478, town="Roissy-en-France", admin1="Ile-de-France",
        country_iso3="FRA", accuracy_km=1.0, source="ICAO LFPG aerodrome reference point",
        kind="airport",
    ),
    Site(
        names=("O'Hare International Airport", "O'Hare", "O'Hare Airport", "OHare"),
        lat=41.9786, lon=-87.9048, town="Chicago", admin1="Illinois", country_iso3="USA",
        accuracy_km=1.0, source="ICAO KORD aerodrome reference point", kind="airport",
    ),
    Site(
        names=("John F. Kennedy International Airport", "JFK Airport", "JFK International",
               "Kennedy Airport", "Kennedy International Airport"),
        lat=40.6398, lon=-73.7789, town="New York City", admin1="New York",
        country_iso3="USA", accuracy_km=1.0, source="ICAO KJFK aerodrome reference point",
        kind="airport",
    ),
    Site(
        names=("LaGuardia Airport", "LaGuardia", "La Guardia Airport"),
        lat=40.7772, lon=-73.8726, town="New York City", admin1="New York",
        country_iso3="USA", accuracy_km=1.0, source="ICAO KLGA aerodrome reference point",
        kind="airport",
    ),
    Site(
        names=("Washington Dulles International Airport", "Dulles Airport", "Dulles"),
        lat=38.9445, lon=-77.4558, town="Dulles", admin1="Virginia", country_iso3="USA",
        accuracy_km=1.0, source="ICAO KIAD aerodrome reference point", kind="airport",
    ),
    Site(
        names=("Singapore Changi Airport", "Changi Airport", "Changi"),
        lat=1.3502, lon=103.9940, town="Singapore", admin1="Singapore", country_iso3="SGP",
        accuracy_km=1.0, source="ICAO WSSS aerodrome reference point", kind="airport",
    ),
    Site(
        names=("Narita International Airport", "Narita Airport"),
        lat=35.7647, lon=140.3864, town="Narita", admin1="Chiba", country_iso3="JPN",
        accuracy_km=1.0, source="ICAO RJAA aerodrome reference point", kind="airport",
    ),
    Site(
        names=("Haneda Airport", "Haneda", "Tokyo International Airport"),
        lat=35.5523, lon=139.7797, town="Tokyo", admin1="Tokyo", country_iso3="JPN",
        accuracy_km=1.0, source="ICAO RJTT aerodrome reference point", kind="airport",
    ),
)  # fmt: skip
"""The table; order matters only for display."""
