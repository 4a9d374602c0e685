"""World regions as ACLED and GTD name them, by ISO3 country code.

ACLED's ``region`` and GTD's ``region_txt`` are fixed vocabularies; exports fill them from
the event's country so that files load into tools built for those data sets. Countries
not listed get an empty region rather than a guess.
"""

from __future__ import annotations

_ACLED: dict[str, str] = {
    "Western Africa": "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO",
    "Middle Africa": "AGO CMR CAF TCD COG COD GNQ GAB STP",
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MWI MUS MOZ RWA SYC SOM SSD TZA UGA ZMB ZWE",
    "Southern Africa": "BWA SWZ LSO NAM ZAF",
    "Northern Africa": "DZA EGY LBY MAR SDN TUN ESH",
    "Middle East": "BHR CYP IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM",
    "South Asia": "AFG BGD BTN IND MDV NPL PAK LKA",
    "Southeast Asia": "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM",
    "East Asia": "CHN HKG JPN MNG PRK KOR TWN MAC",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Europe": "ALB AND AUT BLR BEL BIH BGR HRV CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA "
    "XKX LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP "
    "SWE CHE UKR GBR",
    "North America": "CAN USA GRL",
    "Central America": "BLZ CRI SLV GTM HND MEX NIC PAN",
    "South America": "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN",
    "Caribbean": "ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO PRI",
    "Oceania": "AUS FJI KIR MHL FSM NRU NZL PLW PNG WSM SLB TON TUV VUT",
}
_GTD_FROM_ACLED = {
    "Western Africa": "Sub-Saharan Africa",
    "Middle Africa": "Sub-Saharan Africa",
    "Eastern Africa": "Sub-Saharan Africa",
    "Southern Africa": "Sub-Saharan Africa",
    "Northern Africa": "Middle East & North Africa",
    "Middle East": "Middle East & North Africa",
    "South Asia": "South Asia",
    "Southeast Asia": "Southeast Asia",
    "East Asia": "East Asia",
    "Caucasus and Central Asia": "Central Asia",
    "Europe": "Western Europe",
    "North America": "North America",
    "Central America": "Central America & Caribbean",
    "Caribbean": "Central America & Caribbean",
    "South America": "South America",
    "Oceania": "Australasia & Oceania",
}
_EASTERN_EUROPE = (
    "ALB BLR BIH BGR HRV CZE EST HUN XKX LVA LTU MKD MDA MNE POL ROU RUS SRB SVK SVN UKR"
)
_GTD_EASTERN_EUROPE = frozenset(_EASTERN_EUROPE.split())
_GTD_EXCEPTIONS = {"SDN": "Sub-Saharan Africa", "CYP": "Western Europe"}
_BY_ISO3 = {iso3: region for region, codes in _ACLED.items() for iso3 in codes.split()}


def acled_region(iso3: str | None) -> str:
    """ACLED's region name for a country ("" when unknown)."""
    return _BY_ISO3.get((iso3 or "").upper(), "")


def gtd_region(iso3: str | None) -> str:
    """GTD's ``region_txt`` for a country ("" when unknown)."""
    code = (iso3 or "").upper()
    if code in _GTD_EXCEPTIONS:
        return _GTD_EXCEPTIONS[code]
    if code in _GTD_EASTERN_EUROPE:
        return "Eastern Europe"
    return _GTD_FROM_ACLED.get(_BY_ISO3.get(code, ""), "")
