"""Gold readers: each export format becomes gold events with the documented field mappings,
and a bad gold file is an InputError that says what to fix (never a traceback)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.evaluate import read_gold
from eventwire.evaluate.gold import GoldCount

MUC_TEXT = """TST9-MUC4-0001

   SAN SALVADOR, 12 MAR 90 (RADIO VENCEREMOS) -- [TEXT] URBAN GUERRILLAS OF THE
FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] YESTERDAY DYNAMITED A POWER
PYLON IN SOYAPANGO. TWO GUARDS WERE KILLED. THE FMLN CLAIMED THE ATTACK.


TST9-MUC4-0002

   LIMA, 14 MAR 90 (EFE) -- [TEXT] THE PERUVIAN CONGRESS TODAY DEBATED THE BUDGET.
"""

MUC_KEY = """;;; a hand-written key in the MUC-4 layout
0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  11 MAR 90
3.  INCIDENT: LOCATION              EL SALVADOR: SAN SALVADOR (DEPARTMENT): SOYAPANGO (CITY)
4.  INCIDENT: TYPE                  BOMBING
5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED
6.  INCIDENT: INSTRUMENT ID         "DYNAMITE"
7.  INCIDENT: INSTRUMENT TYPE       DYNAMITE: "DYNAMITE"
8.  PERP: INCIDENT CATEGORY         TERRORIST ACT
9.  PERP: INDIVIDUAL ID             "URBAN GUERRILLAS"
10. PERP: ORGANIZATION ID           "FARABUNDO MARTI NATIONAL LIBERATION FRONT" / "FMLN"
11. PERP: ORGANIZATION CONFIDENCE   CLAIMED OR ADMITTED: "FMLN"
12. PHYS TGT: ID                    "POWER PYLON"
13. PHYS TGT: TYPE                  ENERGY: "POWER PYLON"
14. PHYS TGT: NUMBER                1: "POWER PYLON"
15. PHYS TGT: FOREIGN NATION        -
16. PHYS TGT: EFFECT OF INCIDENT    DESTROYED: "POWER PYLON"
17. PHYS TGT: TOTAL NUMBER          -
18. HUM TGT: NAME                   -
19. HUM TGT: DESCRIPTION            "GUARDS"
20. HUM TGT: TYPE                   SECURITY GUARD: "GUARDS"
21. HUM TGT: NUMBER                 2: "GUARDS"
22. HUM TGT: FOREIGN NATION         -
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "GUARDS"
24. HUM TGT: TOTAL NUMBER           -

0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               2 (OPTIONAL)
2.  INCIDENT: DATE                  11 MAR 90
4.  INCIDENT: TYPE                  ATTACK

0.  MESSAGE: ID                     TST9-MUC4-0002
1.  MESSAGE: TEMPLATE               *
"""


def _muc(tmp_path: Path) -> Path:
    (tmp_path / "tst9-muc4").write_text(MUC_TEXT, encoding="latin-1")
    (tmp_path / "key-tst9.v1").write_text(MUC_KEY, encoding="latin-1")
    return tmp_path


def test_muc4_template_becomes_gold_event_with_mapped_fields(tmp_path: Path) -> None:
    relevant, irrelevant = read_gold(_muc(tmp_path), "muc4")
    assert relevant.published == "1990-03-12"
    assert relevant.text.startswith("SAN SALVADOR, 12 MAR 90")
    [event] = relevant.events  # the OPTIONAL template is left out
    assert event.event_types == frozenset({"Explosions/Remote violence"})
    assert event.gtd_attack_types == frozenset({"Bombing/Explosion"})
    assert event.gtd_weapon_types == frozenset({"Explosives"})
    assert event.gtd_target_types is not None and "Utilities" in event.gtd_target_types
    assert event.date_range == (dt.date(1990, 3, 11), dt.date(1990, 3, 11))
    assert (event.country, event.admin1) == ("El Salvador", "San Salvador")
    assert event.killed == GoldCount(2, 2, 2)
    assert event.injured is None
    assert event.claimed is True
    assert event.perpetrators is not None and any("fmln" in p for p in event.perpetrators)
    assert irrelevant.events == () and irrelevant.relevant is False


def test_muc4_locates_gold_places_through_the_given_lookup(tmp_path: Path) -> None:
    def locate(place: str, country: str) -> tuple[float, float] | None:
        return (13.71, -89.14) if (place, country) == ("Soyapango", "El Salvador") else None

    relevant, _ = read_gold(_muc(tmp_path), "muc4", locate=locate)
    assert (relevant.events[0].lat, relevant.events[0].lon) == (13.71, -89.14)


def test_muc4_text_without_key_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "tst9-muc4").write_text(MUC_TEXT, encoding="latin-1")
    with pytest.raises(InputError, match="no answer key for TST9-MUC4-0001"):
        read_gold(tmp_path, "muc4")


def test_muc4_folder_without_texts_says_which_files_it_wants(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="CORPORA directory"):
        read_gold(tmp_path, "muc4")


UCDP_CSV = """id,type_of_violence,side_a,side_b,source_date,source_headline,where_prec,adm_1,\
latitude,longitude,country,date_start,date_end,low,best,high
,,#group+name+first,#group+name+second,,#description,,#adm1+name,#geo+lat,#geo+lon,,,,,,
7,1,Government of Iraq,IS,2015-03-03,Over 50 militants killed near Sinjar,1,\
Nīnawá province,36.32,41.87,Iraq,2015-03-01,2015-03-02,50,50,60
8,3,IS,Civilians,2016-05-11;2016-05-12,Car bomb kills 12 in Baghdad market;Toll rises,4,\
Baghdad province,33.3,44.4,Iraq,2016-05-11,2016-05-11,12,14,14
9,1,Government of Iraq,IS,,,1,,33.3,44.4,Iraq,2016-05-11,2016-05-11,1,1,1
"""


def test_ucdp_rows_with_a_headline_become_gold(tmp_path: Path) -> None:
    path = tmp_path / "ged.csv"
    path.write_text(UCDP_CSV, encoding="utf-8")
    first, second = read_gold(path, "ucdp")  # HXL row and headline-less row skipped
    assert first.published == "2015-03-03"
    [event] = first.events
    assert event.date_range == (dt.date(2015, 3, 1), dt.date(2015, 3, 2))
    assert (event.lat, event.admin1, event.killed) == (
        36.32,
        "Nīnawá province",
        GoldCount(50, 50, 60),
    )
    assert event.event_types == frozenset({"Battles", "Explosions/Remote violence"})
    assert second.text == "Car bomb kills 12 in Baghdad market\n\nToll rises"
    [bombing] = second.events
    assert bombing.lat is None  # where_prec 4: admin1 only
    assert bombing.admin1 == "Baghdad province"
    assert bombing.perpetrators is not None and "islamic state" in bombing.perpetrators[0]
    assert bombing.targets is not None and "civilians" in bombing.targets[0]
    assert read_gold(path, "ucdp", limit=1) == [first]


def test_acled_export_reads_notes_and_needs_published_flag_for_dates(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,"
        "latitude,longitude,geo_precision,fatalities,notes\n"
        "IRQ1,08 December 2023,Explosions/Remote violence,Shelling/artillery/missile attack,"
        "Islamic Resistance in Iraq,Military Forces of the United States (2021-),Iraq,Baghdad,"
        '33.3,44.4,1,0,"On 8 December 2023, rockets hit the US embassy in Baghdad."\n',
        encoding="utf-8",
    )
    [item] = read_gold(path, "acled")
    assert item.published is None
    assert item.text.startswith("On 8 December 2023")
    [event] = item.events
    assert event.sub_event_types == frozenset({"Shelling/artillery/missile attack"})
    assert event.killed == GoldCount(0)
    assert event.targets is not None and "american" in event.targets[0]
    [dated] = read_gold(path, "acled", published_from_data=True)
    assert dated.published == "2023-12-08"


def test_gtd_export_reads_summary_without_its_date_stamp(tmp_path: Path) -> None:
    path = tmp_path / "gtd.csv"
    path.write_text(
        "eventid,iyear,imonth,iday,country_txt,provstate,latitude,longitude,specificity,"
        "summary,attacktype1_txt,weaptype1_txt,targtype1_txt,gname,target1,nkill,nwound,claimed\n"
        '2015001,2015,1,0,Iraq,Kirkuk,35.4,44.4,1,"01/00/2015: A bomb exploded in Kirkuk.",'
        "Bombing/Explosion,Explosives,Police,Unknown,checkpoint,3,,-9\n",
        encoding="latin-1",
    )
    [item] = read_gold(path, "gtd")
    assert item.text == "A bomb exploded in Kirkuk."
    [event] = item.events
    assert event.date_range is None  # day 0: month only
    assert event.perpetrators is None  # "Unknown" defines nothing
    assert (event.killed, event.injured, event.claimed) == (GoldCount(3), None, None)
    assert event.gtd_target_types == frozenset({"Police"})


def test_wrong_format_names_the_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "ged.csv"
    path.write_text(UCDP_CSV, encoding="utf-8")
    with pytest.raises(InputError, match=r"not a GTD CSV export: columns summary, iyear"):
        read_gold(path, "gtd")


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_gold(tmp_path / "absent.csv", "ucdp")


def test_jsonl_expected_facts_become_gold_events(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    lines = [
        {
            "id": "a",
            "text": "Two rockets hit the embassy on Friday.",
            "published": "2023-12-09",
            "expected": {
                "acled.event_type": "Explosions/Remote violence",
                "date.start": "2023-12-08",
                "location.within_km": {"lat": 33.3, "lon": 44.4, "km": 20},
                "casualties.killed.best": 0,
                "claim.status": "unclaimed",
                "actors": [{"role": "perpetrator", "name_contains_any": ["militia"]}],
            },
        },
        {"text": "Shares rose on Monday.", "expected": None},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    event_text, no_event = read_gold(path, "jsonl")
    [event] = event_text.events
    assert event.date_range == (dt.date(2023, 12, 8), dt.date(2023, 12, 8))
    assert (event.lat, event.killed, event.claimed) == (33.3, GoldCount(0), False)
    assert event.perpetrators == (("militia",),)
    assert no_event.id == "line-2" and no_event.relevant is False


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ('{"expected": {}}', "each line needs"),
        ('{"text": "x", "expected": 3}', '"expected" must be'),
        ('{"text": "x", "expected": {"date.start": "yesterday"}}', "wrong shape"),
    ],
)
def test_bad_jsonl_lines_are_input_errors_with_their_line(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"line 1: .*{message}"):
        read_gold(path, "jsonl")


def test_ucdp_catalogue_entries_are_not_report_text(tmp_path: Path) -> None:
    path = tmp_path / "ged.csv"
    path.write_text(
        UCDP_CSV.replace(
            "Car bomb kills 12 in Baghdad market;Toll rises",
            '"Programme summary of Al-Iraqiyah TV 1700 gmt 19 Jun;September 5th, 2015: Anah"',
        ),
        encoding="utf-8",
    )
    assert [item.id for item in read_gold(path, "ucdp")] == ["ucdp-7"]


def test_muc4_one_target_dead_and_injured_pairs_numbers_by_order(tmp_path: Path) -> None:
    key = MUC_KEY.replace(
        '21. HUM TGT: NUMBER                 2: "GUARDS"',
        '21. HUM TGT: NUMBER                 23 -: "GUARDS"\n'
        '                                    1000: "GUARDS"',
    ).replace(
        '23. HUM TGT: EFFECT OF INCIDENT     DEATH: "GUARDS"',
        '23. HUM TGT: EFFECT OF INCIDENT     DEATH: "GUARDS"\n'
        '                                    INJURY: "GUARDS"',
    )
    (tmp_path / "tst9-muc4").write_text(MUC_TEXT, encoding="latin-1")
    (tmp_path / "key-tst9.v1").write_text(key, encoding="latin-1")
    [event] = read_gold(tmp_path, "muc4")[0].events
    assert (event.killed, event.injured) == (GoldCount(23, 23, 23), GoldCount(1000, 1000, 1000))
