"""Reference points of large countries: where a country-level reading is placed.

Without polygons the builder places a country at the centre of its towns' box, which is
fine for small countries but hundreds of km from the usual reference point for large or
oddly shaped ones (Canada's towns hug the southern border; Chile is a ribbon). Geoparsing
gold standards and most consumers use GeoNames' country feature coordinates (rounded
interior points, largely the CIA World Factbook's), so for countries larger than about
250 000 km2 this table gives those points. Source: GeoNames country features
(geonames.org, CC BY 4.0), WGS84 decimal degrees (lat, lon).
"""

from __future__ import annotations

COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AF": (33.0, 66.0), "AO": (-12.5, 18.5), "AR": (-34.0, -64.0), "AU": (-25.0, 135.0),
    "BO": (-17.0, -65.0), "BR": (-10.0, -55.0), "BW": (-22.0, 24.0), "CA": (60.10867, -113.64258),
    "CD": (-2.5, 23.5), "CF": (7.0, 21.0), "CG": (-1.0, 15.5), "CI": (8.0, -5.5),
    "CL": (-30.0, -71.0), "CM": (6.0, 12.5), "CN": (35.0, 105.0), "CO": (4.0, -73.25),
    "DE": (51.5, 10.5), "DZ": (28.0, 3.0), "EG": (27.0, 30.0), "EH": (24.5, -13.0),
    "ES": (40.0, -4.0), "ET": (9.0, 39.5), "FI": (64.0, 26.0), "FR": (46.0, 2.0),
    "GB": (54.75844, -2.69531), "GL": (72.0, -40.0), "ID": (-5.0, 120.0), "IN": (22.0, 79.0),
    "IQ": (33.0, 44.0), "IR": (32.0, 53.0), "IT": (42.83333, 12.83333), "JP": (35.68536, 139.75309),
    "KE": (1.0, 38.0), "KZ": (48.0, 68.0), "LY": (28.0, 17.0), "MA": (32.0, -5.0),
    "MG": (-20.0, 47.0), "ML": (17.0, -4.0), "MM": (21.0, 96.0), "MN": (46.0, 105.0),
    "MR": (20.0, -12.0), "MX": (23.0, -102.0), "MY": (2.5, 112.5), "MZ": (-18.25, 35.0),
    "NA": (-22.0, 17.0), "NE": (18.0, 9.0), "NG": (10.0, 8.0), "NO": (62.0, 10.0),
    "NZ": (-42.0, 174.0), "PE": (-10.0, -76.0), "PG": (-6.0, 147.0), "PH": (13.0, 122.0),
    "PK": (30.0, 70.0), "PL": (52.0, 20.0), "PY": (-22.0, -58.0), "SA": (25.0, 45.0),
    "SD": (16.0, 30.0), "SE": (62.0, 15.0), "SO": (6.0, 48.0), "SS": (7.5, 30.0),
    "SY": (35.0, 38.0), "TD": (15.0, 19.0), "TH": (15.5, 101.0), "TM": (39.75, 59.66667),
    "TR": (39.05901, 34.91155), "TZ": (-6.0, 35.0), "UA": (49.0, 32.0), "US": (39.76, -98.5),
    "UZ": (41.66667, 63.83333), "VE": (8.0, -66.0), "VN": (16.16667, 107.83333),
    "YE": (15.5, 47.5), "ZA": (-29.0, 24.0), "ZM": (-14.33333, 27.5), "ZW": (-19.0, 29.75),
    "RU": (60.0, 100.0),
}  # fmt: skip
"""ISO alpha-2 -> (lat, lon) of the country's GeoNames feature."""

ADMIN1_POINTS: dict[str, tuple[float, float]] = {
    # Canada's provinces and territories: their towns hug the southern edge.
    "CA.01": (52.28333, -117.46903), "CA.02": (53.99983, -125.0032),
    "CA.03": (55.00019, -97.00049), "CA.04": (46.50008, -66.75018),
    "CA.05": (52.0, -56.0), "CA.07": (45.00015, -62.99865), "CA.08": (49.25014, -84.49983),
    "CA.09": (46.25, -63.0), "CA.10": (52.00017, -71.99907), "CA.11": (54.0001, -106.00099),
    "CA.12": (63.5, -135.5), "CA.13": (64.83, -124.85), "CA.14": (66.03478, -100.07813),
    # Australia's states and territories.
    "AU.01": (-35.5, 149.0), "AU.02": (-33.0, 146.0), "AU.03": (-20.0, 134.0),
    "AU.04": (-20.0, 145.0), "AU.05": (-30.0, 135.0), "AU.06": (-42.0, 147.0),
    "AU.07": (-37.0, 144.0), "AU.08": (-25.0, 122.0),
}  # fmt: skip
"""GeoNames admin1 code -> (lat, lon) of the division's GeoNames feature, for the large
divisions whose towns' box centre is far from it (same source as above)."""
