"""Date accuracy on MUC-4 incident dates and TempEval-3 platinum, with a dateparser baseline.

MUC-4 (``muc4/raw_files/muc34/TASK/CORPORA``): each FBIS message opens with a dateline
("SAN SALVADOR, 3 JAN 90 -- ...") and its answer key gives every incident's INCIDENT:
DATE. A template is scored when its gold is a day or a day range ("30 DEC 89",
"25 DEC 89 - 30 DEC 89", alternatives joined by "/"); "- 30 DEC 89" (on or before) golds
are counted separately (the MUC-4 guidelines write a date derived from the dateline, or
from a weekday, that way), and a gold with year "00" (the text gives no year) is left out,
as `eventwire.evaluate.muc4` does. A range gold is matched only by the same range: exact
means exact; a second figure counts a prediction that lies within a gold range (a single
day inside "on or between"), which a reader that only gives days can reach too.

The template's sentence is the first that contains one of its quoted fillers, taken by
slot (victim names, physical targets, victim descriptions, then perpetrators and
instruments), else the first sentence. Both systems date it from that sentence, read
against the dateline's date, falling back to the dateline's date when the sentence has no
date: eventwire with `find_date_mentions` and `resolve_event_date`, the baseline with
``dateparser.search.search_dates``. eventwire, like the pipeline's event frames, also
looks further when the sentence has no date: the other sentences of its paragraph, the
other sentences naming one of its fillers, then the lead; and, as the pipeline does with
an event's triggers, it prefers a date written beside one of that sentence's event words
(the extraction lexicon's triggers). So the comparison is of date reading, not of event
finding.

TempEval-3: every DATE TIMEX3 value against the document creation time (see
`measure_tempeval`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from eventwire.dates.dateline import find_dateline
from eventwire.dates.followup import is_follow_up_date
from eventwire.dates.mentions import DateMention, find_date_mentions
from eventwire.dates.patterns import MONTHS
from eventwire.dates.reporting import is_reporting_date
from eventwire.dates.resolve import (
    beside_event,
    is_historic,
    is_state_start,
    names_only_the_year,
    occurrence_words,
    resolve_event_date,
)
from eventwire.dates.timeml import find_timexes
from eventwire.models import EventDate

_MESSAGE = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})\s*(?:\(\w+\))?\s*$", re.MULTILINE)
_KEY_ID = re.compile(r"MESSAGE: ID\s+(\S+)")
_KEY_DATE = re.compile(r"INCIDENT: DATE\s+(.*)")
_FILLER = re.compile(r'"([^"\n]{3,})"')
_SLOT = re.compile(r"^\d+\.\s+([A-Z ]+: [A-Z ]+?)\s{2,}(.*)$")
# Slots whose quoted fillers place a template in its text, most specific first: the
# victims and targets name one incident, an instrument or "TERRORISTS" many.
_FILLER_SLOTS = (
    "HUM TGT: NAME",
    "PHYS TGT: ID",
    "HUM TGT: DESCRIPTION",
    "PERP: INDIVIDUAL ID",
    "PERP: ORGANIZATION ID",
    "INCIDENT: INSTRUMENT ID",
)
_DAY = re.compile(r"(\d{1,2}) ([A-Z]{3}) (\d{2})")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")


@dataclass(frozen=True, slots=True)
class Incident:
    """One MUC-4 template: its message text and the gold date readings."""

    message: str
    text: str
    golds: tuple[tuple[date, date], ...]
    """Accepted (start, end) readings; empty for "on or before" golds."""
    before: date | None
    """Set for an "on or before" gold ("- 30 DEC 89")."""
    fillers: tuple[str, ...]
    filed_after: date | None = None
    """The dated dateline of the message filed just before this one (FBIS files run in
    filing order): the publication context that anchors a dateline without a year
    ("TEGUCIGALPA, 7 FEB (REUTER) --"), as a wire item's metadata would (`dateline`)."""


def _day(match: re.Match[str]) -> date:
    year = int(match[3])
    return date(1900 + year if year >= 50 else 2000 + year, MONTHS[match[2].lower()], int(match[1]))


def _readings(value: str) -> tuple[tuple[tuple[date, date], ...], date | None]:
    golds: list[tuple[date, date]] = []
    before = None
    for raw in value.split("/"):
        alt = raw.strip(" ()")
        if any(m[3] == "00" for m in _DAY.finditer(alt)):
            continue  # year "00": the text gives no year, so the key defines no date
        days = [_day(m) for m in _DAY.finditer(alt)]
        if alt.startswith("-") and days:
            before = days[0]
        elif len(days) == 1:
            golds.append((days[0], days[0]))
        elif len(days) == 2:
            golds.append((days[0], days[1]))
    return tuple(golds), (before if not golds else None)


def muc4_messages(folder: Path) -> dict[str, str]:
    """Message id -> text (dateline first) of every MUC-3/4 text file under ``folder``."""
    texts: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "key" not in path.name and "muc" in path.name.lower():
            if path.name.endswith("mixed-case"):
                continue
            raw = path.read_text(encoding="latin-1")
            marks = list(_MESSAGE.finditer(raw))
            for mark, nxt in zip(marks, [*marks[1:], None], strict=True):
                texts[mark[1]] = raw[mark.end() : nxt.start() if nxt else len(raw)].strip("\n")
    return texts


def _fillers(block: str) -> tuple[str, ...]:
    """The quoted fillers of a key block, by `_FILLER_SLOTS` priority, each once.

    Quotes are paired within a line (a slot's value may run over several lines), so a
    slot without a quoted filler never pairs the quotes of its neighbours.
    """
    by_slot: dict[str, list[str]] = {}
    slot = ""
    for line in block.splitlines():
        head = _SLOT.match(line)
        if head:
            slot, value = head[1], head[2]
        elif line.startswith(" "):
            value = line
        else:
            continue
        by_slot.setdefault(slot, []).extend(f.strip() for f in _FILLER.findall(value))
    ordered = [f for name in _FILLER_SLOTS for f in by_slot.get(name, []) if f]
    # Later sentences name a victim by surname ("LOPEZ ... WAS KIDNAPPED ON 2 AUGUST").
    surnames = [
        words[-1]
        for f in by_slot.get("HUM TGT: NAME", [])
        if len(words := f.split()) >= 2 and len(words[-1]) >= 4 and words[-1].isalpha()
    ]
    return tuple(dict.fromkeys([*ordered, *surnames]))


def filing_context(texts: dict[str, str]) -> dict[str, date]:
    """Message id -> the dated dateline of the nearest message before it (in corpus
    order) whose dateline gives a year: the filing context of ``texts``."""
    context: dict[str, date] = {}
    last: date | None = None
    for ident, text in texts.items():
        if last is not None:
            context[ident] = last
        _, own = find_dateline(text)
        last = own.start_date if own is not None and own.start_date is not None else last
    return context


def dateline(incident: Incident) -> DateMention | None:
    """The dated mention of the incident's dateline. A dateline without a year ("7 FEB")
    takes the year that puts its day nearest to `Incident.filed_after`: the message was
    filed among its neighbours, within days of them, on whichever side of a new year."""
    _, found = find_dateline(incident.text)
    if (found is not None and found.start_date is not None) or incident.filed_after is None:
        return found
    near = incident.filed_after
    _, found = find_dateline(incident.text, near)
    if found is None or found.start_date is None:
        return found
    day = found.start_date
    years = [y for y in (near.year - 1, near.year, near.year + 1) if _has_day(y, day)]
    nearest = min((day.replace(year=y) for y in years), key=lambda d: abs((d - near).days))
    return replace(found, start_date=nearest, end_date=nearest)


def _has_day(year: int, day: date) -> bool:
    """True when ``year`` has the month-day of ``day`` (not so a 29 February)."""
    return not (day.month == 2 and day.day == 29) or calendar.isleap(year)


def read_muc4(folder: Path) -> Iterator[Incident]:
    """Templates with a date, from every key file under ``folder`` and its texts."""
    texts = muc4_messages(folder)
    filed = filing_context(texts)
    for path in sorted(folder.rglob("key-*")):
        for block in path.read_text(encoding="latin-1").split("\n\n"):
            ident, value = _KEY_ID.search(block), _KEY_DATE.search(block)
            if not ident or not value or ident[1] not in texts:
                continue
            golds, before = _readings(value[1].strip())
            if not golds and before is None:
                continue
            fillers = _fillers(block)
            yield Incident(ident[1], texts[ident[1]], golds, before, fillers, filed.get(ident[1]))


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text`` (a simple splitter: FBIS prose is plain)."""
    spans, pos = [], 0
    for gap in _SENTENCE.finditer(text):
        spans.append((pos, gap.start()))
        pos = gap.end()
    spans.append((pos, len(text)))
    return spans


def incident_sentence(incident: Incident) -> tuple[str, int]:
    """(sentence, offset) of the template: the first naming one of its fillers."""
    body = incident.text
    flat = [(s, e, " ".join(body[s:e].split())) for s, e in sentences(body)]
    for filler in incident.fillers:
        for start, end, sentence in flat:
            if filler in sentence:
                return body[start:end], start
    start, end, _ = flat[0]
    return body[start:end], start


def _apart(text: str, start: int, end: int) -> bool:
    """True when a paragraph break lies between ``start`` and ``end``."""
    return "\n\n" in text[start:end] or "\n   " in text[start:end]


def _dated(
    text: str,
    start: int,
    end: int,
    anchor: date | None,
    after: int,
    *,
    own: bool = False,
    follow_ups: bool = True,
) -> list[DateMention]:
    """Dated mentions of one sentence that can date an event: not "since ..." (but "held
    since 16 December", `is_state_start`), not a
    plan after the dateline, not the dateline itself, and not a period that ended long
    before unless the sentence is the incident's ``own`` and the mention names a day or a
    month (a sentence naming the victim "on 16 November" dates it however long ago; "in
    1976" there is still background). Without ``follow_ups``, the dates of what followed
    an event ("the body was found today", `is_follow_up_date`) are left out too, unless
    written beside an event word."""
    found = [
        m
        for m in find_date_mentions(text[start:end], anchor, start)
        if m.start_date is not None
        and (anchor is None or m.start_date <= anchor)
        and not names_only_the_year(m, anchor)
        and m.start >= after
        and not is_reporting_date(text, m)
        and m.qualifier not in ("until", "till", "by")
        and (m.qualifier != "since" or is_state_start(m))
        and ((own and m.precision in ("day", "month")) or not is_historic(m, anchor))
    ]
    if follow_ups:
        return found
    triggers = event_words(text, start, end)
    return [m for m in found if not is_follow_up_date(text, m) or beside_event(m, triggers, text)]


def _filler_at(text: str, start: int, end: int, fillers: tuple[str, ...]) -> int | None:
    """Offset of the first of ``fillers`` (by slot) written in ``text[start:end]``."""
    for filler in fillers:
        words = r"\s+".join(re.escape(w) for w in filler.split())
        found = re.search(rf"(?<!\w){words}(?!\w)", text[start:end])
        if found:
            return start + found.start()
    return None


def event_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the event words of ``text[start:end]`` (the extraction lexicon's
    triggers, as the pipeline's event frames know their triggers, and the words that say
    an incident happened, `occurrence_words`, as the pipeline dates its events by)."""
    from eventwire.extract.lexicon import TRIGGER_PATTERNS

    return [
        (found.start(), found.end())
        for trigger in TRIGGER_PATTERNS
        for found in trigger.pattern.finditer(text, start, end)
    ] + occurrence_words(text, start, end)


_ANOTHER = re.compile(r"\b(?i:similar|another|earlier|previous|prior)\s+(?:[\w-]+\s+)?$")


def _another_incident(text: str, word_start: int) -> bool:
    """True when the event word at ``word_start`` is told as another incident than the
    one at hand ("Ayacucho was the site of a similar explosion on 3 July"): another
    sentence naming the same dance hall then dates that one, not this."""
    return _ANOTHER.search(text, max(0, word_start - 30), word_start) is not None


def _naming_first(text: str, spans: list[tuple[int, int]], fillers: tuple[str, ...]) -> list[int]:
    """The sentences that name the template's first written filler (by slot: a victim's
    name before a description), which place the incident itself, not just its kind."""
    flat = [" ".join(text[s:e].split()) for s, e in spans]
    for filler in fillers:
        found = [i for i, sentence in enumerate(flat) if filler in sentence]
        if found:
            return found
    return []


def eventwire_date(incident: Incident) -> tuple[date, date] | None:
    """The incident's (start, end) as eventwire reads its sentence: first passing over the
    dates of its aftermath (a body found, a funeral), which date it only when nothing else
    does."""
    found = _incident_date(incident, follow_ups=False)
    return found if found is not None else _incident_date(incident, follow_ups=True)


def _incident_date(incident: Incident, *, follow_ups: bool) -> tuple[date, date] | None:
    """The incident's (start, end) from its sentences (see `_dated` for ``follow_ups``);
    None when no sentence dates it."""
    text = incident.text
    opening = dateline(incident)
    anchor = opening.start_date if opening else None
    after = opening.end if opening else 0
    _, offset = incident_sentence(incident)
    spans = sentences(text)
    here = next(i for i, (s, e) in enumerate(spans) if s <= offset < e or s >= offset)
    flat = [" ".join(text[s:e].split()) for s, e in spans]
    rank = {
        i: min(k for k, f in enumerate(incident.fillers) if f in sentence)
        for i, sentence in enumerate(flat)
        if any(f in sentence for f in incident.fillers)
    }
    naming = sorted(rank, key=lambda i: (rank[i], abs(i - here)))

    def dated(i: int) -> list[DateMention]:
        own = i == here or i in naming
        return _dated(text, *spans[i], anchor, after, own=own, follow_ups=follow_ups)

    # First a sentence that names the incident (the template's, then any other naming one
    # of its fillers) and writes a date beside an event word: the incident told with its
    # date ("Senator Estrada Velez was kidnapped on 27 March") beats a lead's "authorities
    # reported today that ...". Else the template's sentence, the closest dated sentence of
    # its paragraph (earlier ones first), the other naming sentences, then the lead (wire
    # copy dates the main event up front).
    order = [
        i
        for i in [here, *range(here - 1, -1, -1), *range(here + 1, len(spans))]
        if i == here or not _apart(text, spans[min(i, here)][1], spans[max(i, here)][0])
    ]
    first = [
        i
        for i in _naming_first(text, spans, incident.fillers)
        if i != here
        and not any(_another_incident(text, w) for w, _ in event_words(text, *spans[i]))
    ]
    order = list(dict.fromkeys([here, *first, *order, *naming, 0]))
    for i in dict.fromkeys([here, *_naming_first(text, spans, incident.fillers)]):
        mentions = dated(i)
        triggers = event_words(text, *spans[i])
        own_kind = [t for t in triggers if i == here or not _another_incident(text, t[0])]
        if any(beside_event(m, own_kind, text) for m in mentions):
            near = _filler_at(text, *spans[i], incident.fillers)
            result = resolve_event_date(mentions, anchor, near, triggers, text)
            return _refined(result, (dated(j) for j in order if j != i))
    mentions = []
    near = None
    for i in order:
        mentions = dated(i)
        if mentions:
            start, end = spans[i]
            near = _filler_at(text, start, end, incident.fillers)
            break
    if not mentions and not follow_ups:
        return None
    triggers = event_words(text, *spans[i]) if mentions else []
    result = resolve_event_date(mentions, anchor, near, triggers, text)
    return _refined(result, (dated(j) for j in order if j != i and mentions))


def _refined(result: EventDate, others: Iterable[list[DateMention]]) -> tuple[date, date] | None:
    """(start, end) of ``result``; for a week or a month ("almost 2 months ago", "this
    month"), the first single day inside it that ``others`` (the dated mentions of the
    incident's other sentences, nearest first) write ("kidnapped the businessman last 9
    August"): as the pipeline takes the finest of its event's dates."""
    if result.start is None:
        return None
    end = result.end or result.start
    if result.precision in ("week", "month"):
        for mentions in others:
            for m in mentions:
                inside = m.start_date is not None and result.start <= m.start_date <= end
                if inside and m.precision == "day" and not m.is_range:
                    return m.start_date, m.start_date  # type: ignore[return-value]
    return result.start, end


def dateparser_date(incident: Incident) -> tuple[date, date] | None:
    """The baseline: dateparser's first date in the sentence, else the dateline's date."""
    from dateparser.search import search_dates

    opening = dateline(incident)
    anchor = opening.start_date if opening else None
    sentence, _ = incident_sentence(incident)
    base = datetime.combine(anchor, datetime.min.time()) if anchor else None
    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base} if base else {}
    found = search_dates(sentence, languages=["en"], settings=settings) or []
    for _text, when in found:
        return when.date(), when.date()
    return (anchor, anchor) if anchor else None


@dataclass(slots=True)
class DateScore:
    """Exact matches on dated templates, and "on or before" golds respected."""

    exact: int = 0
    within: int = 0
    """Predictions that lie inside a gold reading (exact ones included)."""
    total: int = 0
    before_ok: int = 0
    before_total: int = 0

    @property
    def accuracy(self) -> float:
        return self.exact / self.total if self.total else 0.0


def score_incident(
    predicted: tuple[date, date] | None, incident: Incident, score: DateScore
) -> None:
    """Add one template's outcome to ``score``."""
    if incident.before is not None:
        score.before_total += 1
        score.before_ok += predicted is not None and predicted[1] <= incident.before
        return
    score.total += 1
    score.exact += predicted in incident.golds
    score.within += predicted is not None and any(
        start <= predicted[0] and predicted[1] <= end for start, end in incident.golds
    )


def measure_muc4(
    folder: Path, limit: int | None = None, *, baseline: bool = True
) -> tuple[DateScore, DateScore]:
    """(eventwire, dateparser) scores over the first ``limit`` templates (the second
    stays empty without ``baseline``)."""
    ours, base = DateScore(), DateScore()
    for count, incident in enumerate(read_muc4(folder)):
        if limit is not None and count >= limit:
            break
        score_incident(eventwire_date(incident), incident, ours)
        if baseline:
            score_incident(dateparser_date(incident), incident, base)
    return ours, base


def muc4_folder(data: Path) -> Path:
    """The MUC-4 corpora folder inside the shared data folder."""
    return data / "muc4" / "raw_files" / "muc34" / "TASK" / "CORPORA"


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> tuple[date, str, list[tuple[int, int, str]]]:
    """(creation date, plain TEXT, [(start, end, value)] of its DATE TIMEX3s)."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', raw)
    if dct is None:
        raise ValueError(f"{path}: no document creation time")
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    text: list[str] = []
    length, pos = 0, 0
    gold: list[tuple[int, int, str]] = []
    opened: tuple[int, str] | None = None
    for tag in _TAG.finditer(body):
        chunk = body[pos : tag.start()]
        text.append(chunk)
        length += len(chunk)
        pos = tag.end()
        attrs = dict(_ATTR.findall(tag[3]))
        if tag[2] == "TIMEX3" and not tag[1] and attrs.get("type") == "DATE":
            opened = (length, attrs.get("value", ""))
        elif tag[2] == "TIMEX3" and tag[1] and opened is not None:
            gold.append((opened[0], length, opened[1]))
            opened = None
    text.append(body[pos:])
    plain = "".join(text).replace("&amp;", "&")  # entities are rare; offsets before them hold
    return date.fromisoformat(dct[1]), plain, gold


def _dateparser_value(text: str, anchor: date) -> str | None:
    """dateparser's reading of a gold span, as a TimeML value by its period."""
    from dateparser.date import DateDataParser

    base = datetime.combine(anchor, datetime.min.time())
    parser = DateDataParser(
        languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    )
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if data.period == "month":
        return f"{d.year}-{d.month:02d}"
    if data.period == "year":
        return str(d.year)
    return str(d.isoformat())


def measure_tempeval(
    folder: Path, *, baseline: bool = True
) -> tuple[tuple[int, int], tuple[int, int]]:
    """((eventwire correct, total), (dateparser correct, total)) over ``folder``'s .tml.

    eventwire must find the expression itself (`find_timexes`: the first expression
    overlapping the gold span must have the gold value); the baseline is handed the gold
    span's text, so it only normalises.
    """
    ours = base = total = 0
    for path in sorted(folder.glob("*.tml")):
        published, text, gold = read_timeml(path)
        timexes = find_timexes(text, published)
        for start, end, value in gold:
            total += 1
            hit = next((t for t in timexes if t.start < end and start < t.end), None)
            ours += hit is not None and hit.value == value
            base += baseline and _dateparser_value(text[start:end], published) == value
    return (ours, total), (base, total)
