"""The per-article pipeline, top to bottom: clean -> nlp -> extract -> geocode -> dates.

Everything here is a function of one document and the loaded resources (spaCy model and
gazetteer), so the same `Pipeline.process` runs in-process, in a process pool or on a Dask
worker unchanged. Resources load once, in `Pipeline.load`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any, NamedTuple

from eventwire.clean import clean_document
from eventwire.dates import DateMention, find_date_mentions, find_dateline
from eventwire.dates.followup import telling_dates
from eventwire.dates.reporting import is_reporting_date
from eventwire.extract.assemble import ArticleContext, assemble
from eventwire.extract.frames import segment
from eventwire.extract.lexicon import TRIGGER_PATTERNS
from eventwire.extract.places import find_places
from eventwire.extract.triggers import (
    VIOLENT_TACTICS,
    TriggerHit,
    find_triggers,
    is_apolitical_report,
    is_figurative_report,
)
from eventwire.geocode.mentions import PlaceMention
from eventwire.geocode.resolve import Geocoder
from eventwire.models import Article, ArticleResult, Document, Event, Rejected
from eventwire.nlp.loader import load_spacy
from eventwire.nlp.sentences import Sentence, parse_spans, sentences_from_docs, span_texts
from eventwire.nlp.truecase import Truecaser, needs_truecasing
from eventwire.settings import Settings


@dataclass
class Pipeline:
    """Loaded resources plus the per-article flow. Build with `Pipeline.load()`."""

    settings: Settings
    nlp: Any
    geocoder: Geocoder
    truecaser: Truecaser | None = None

    @classmethod
    def load(cls, settings: Settings | None = None) -> Pipeline:
        """Load the spaCy model and the gazetteer (built once into the cache directory)."""
        settings = settings or Settings()
        nlp = load_spacy(settings)
        geocoder = Geocoder.load(settings)
        truecaser = Truecaser.from_nlp(nlp, partial(_is_major_place, geocoder))
        return cls(settings=settings, nlp=nlp, geocoder=geocoder, truecaser=truecaser)

    def _parse_texts(self, article: Article, spans: list[tuple[int, int]]) -> list[str]:
        """What spaCy reads: the spans, truecased when the report is in capitals."""
        if self.truecaser is not None and needs_truecasing(article.text):
            article = article.model_copy(update={"text": self.truecaser.truecase(article.text)})
        return span_texts(article, spans)

    def process(self, document: Document) -> ArticleResult:
        """Events of one document, or the reason it was rejected."""
        return next(self.process_many([document]))

    def process_many(self, documents: Iterable[Document | Rejected]) -> Iterator[ArticleResult]:
        """Process documents in order; rejected inputs pass through as rejected results.

        Documents are cleaned one by one but parsed in batches: spaCy's cost per call is high,
        so the paragraphs of several articles go through one ``nlp.pipe``.
        """
        batch: list[Article | Rejected] = []
        for document in documents:
            if isinstance(document, Rejected):
                batch.append(document)
            else:
                batch.append(
                    clean_document(
                        document,
                        max_chars=self.settings.max_document_chars,
                        language=getattr(self.nlp, "lang", "en"),
                    )
                )
            if len(batch) >= self.settings.batch_size:
                yield from self._process_batch(batch)
                batch = []
        yield from self._process_batch(batch)

    def _process_batch(self, batch: list[Article | Rejected]) -> Iterator[ArticleResult]:
        to_parse = [a for a in batch if isinstance(a, Article) and mentions_any_trigger(a.text)]
        datelines = {a.id: find_article_dateline(a) for a in to_parse}
        spans = {a.id: parse_spans(a, datelines[a.id].end) for a in to_parse}
        texts = [(text, a.id) for a in to_parse for text in self._parse_texts(a, spans[a.id])]
        docs_by_article: dict[str, list[Any]] = {a.id: [] for a in to_parse}
        for doc, article_id in self.nlp.pipe(texts, as_tuples=True, batch_size=64):
            docs_by_article[article_id].append(doc)
        for item in batch:
            if isinstance(item, Rejected):
                yield ArticleResult(article_id=item.id, rejected=item)
            elif item.id in docs_by_article:
                events = self._events_from_docs(
                    item, docs_by_article[item.id], spans[item.id], datelines[item.id]
                )
                yield ArticleResult(article_id=item.id, events=events, article=item)
            else:
                yield ArticleResult(article_id=item.id, events=[], article=item)

    def extract_events(self, article: Article) -> list[Event]:
        """Event records of a cleaned article (an empty list when it reports none)."""
        if not mentions_any_trigger(article.text):
            return []
        dateline = find_article_dateline(article)
        spans = parse_spans(article, dateline.end)
        docs = list(self.nlp.pipe(self._parse_texts(article, spans)))
        return self._events_from_docs(article, docs, spans, dateline)

    def _events_from_docs(
        self, article: Article, docs: list[Any], spans: list[tuple[int, int]], dateline: Dateline
    ) -> list[Event]:
        sentences = sentences_from_docs(article, docs, spans)
        hits_by_sentence = _triggers(sentences, article.text)
        if not any(hits_by_sentence):
            return []
        published = article.published
        dates_by_sentence = [
            telling_dates(
                [
                    m
                    for m in find_date_mentions(s.text, published, offset=s.start)
                    if not dateline.covers(m.start) and not is_reporting_date(article.text, m)
                ],
                [(hit.start, hit.end) for hit in hits],
                article.text,
            )
            for s, hits in zip(sentences, hits_by_sentence, strict=True)
        ]
        frames = segment(sentences, hits_by_sentence, dates_by_sentence, published)
        context = self._context(article, sentences, frames_sentence_ids(frames), dateline)
        events: list[Event] = []
        earlier_place = None
        for ordinal, frame in enumerate(frames):
            event = assemble(frame, context, self.geocoder, ordinal, earlier_place=earlier_place)
            if not event.background:
                earlier_place = event.location
            events.append(event)
        return events

    def _context(
        self,
        article: Article,
        sentences: list[Sentence],
        event_sentences: set[int],
        dateline: Dateline,
    ) -> ArticleContext:
        gazetteer = self.geocoder.gazetteer
        places = {
            s.index: [
                m
                for m in find_places(
                    s,
                    in_event_sentence=s.index in event_sentences,
                    is_known_place=gazetteer.is_known_place,
                )
                if m.start >= dateline.end  # headline places are not where it happened
            ]
            for s in sentences
        }
        dateline_place = None
        if dateline.place:
            start = article.text.find(dateline.place)
            dateline_place = PlaceMention(
                text=dateline.place,
                start=start,
                end=start + len(dateline.place),
                in_event_sentence=False,
                relation="dateline",
            )
        return ArticleContext(
            article,
            places,
            dateline_place,
            dateline.date,
            dateline.end,
            countries_named=self._countries_named(sentences),
        )

    def _countries_named(self, sentences: list[Sentence]) -> frozenset[str]:
        """Countries the article names outright or by adjective ("Colombian", "Syria")."""
        gazetteer = self.geocoder.gazetteer
        found: set[str] = set()
        for sentence in sentences:
            for entity in sentence.span.ents:
                if entity.label_ not in ("NORP", "GPE"):
                    continue
                country = gazetteer.country_for_demonym(entity.text) or next(
                    (
                        c.entry
                        for c in gazetteer.candidates(entity.text)
                        if c.exact and c.entry.feature == "country"
                    ),
                    None,
                )
                if country is not None:
                    found.add(country.country_iso2)
        return frozenset(found)


class Dateline(NamedTuple):
    """The wire dateline ("BAGHDAD, Dec 8 (Reuters) -"): place text, date, where it ends."""

    place: str | None
    date: DateMention | None
    end: int
    start: int = 0
    """Where the dateline begins: a headline before it is not part of it."""

    def covers(self, offset: int) -> bool:
        """True when ``offset`` lies inside the dateline itself."""
        return self.start <= offset < self.end


def find_article_dateline(article: Article) -> Dateline:
    place, date = find_dateline(article.text, article.published)
    begin = article.text.find(place) if place else -1
    end = begin + len(place) if place else 0
    if date is not None:
        end = max(end, date.end)
        begin = date.start if begin < 0 else min(begin, date.start)
    if place or date:
        agency = _AGENCY_AFTER.match(article.text, end)
        end = agency.end() if agency else end
    return Dateline(place, date, end, max(begin, 0))


_AGENCY_AFTER = re.compile(r"\s*(?:\([^)\n]{1,40}\))?")


def _is_major_place(geocoder: Geocoder, name: str) -> bool:
    """A country, a region or a city of 100,000 people: a name even when it is a word."""
    return any(
        candidate.exact
        and (
            candidate.entry.feature in ("country", "admin1")
            or candidate.entry.population >= 100_000
        )
        for candidate in geocoder.gazetteer.candidates(name)
    )


def mentions_any_trigger(text: str) -> bool:
    """Cheap pre-filter: a text with no trigger word at all is not parsed."""
    return any(trigger.pattern.search(text) for trigger in TRIGGER_PATTERNS)


def frames_sentence_ids(frames: Iterable[Any]) -> set[int]:
    return {s.index for frame in frames if not frame.background for s in frame.trigger_sentences}


def _triggers(sentences: list[Sentence], article_text: str) -> list[list[TriggerHit]]:
    hits_by_sentence: list[list[TriggerHit]] = []
    violent = False
    figurative = is_figurative_report(article_text)
    apolitical = is_apolitical_report(article_text, sentences[0].text if sentences else "")
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1].text if index + 1 < len(sentences) else ""
        hits = find_triggers(
            sentence,
            in_violent_report=violent,
            figurative_report=figurative,
            apolitical_report=apolitical,
            next_text=following,
        )
        violent = (
            violent
            or any(h.tactic in VIOLENT_TACTICS and h.strong for h in hits)
            or any(h.tactic in VIOLENT_TACTICS for h in hits)
        )
        hits_by_sentence.append(hits)
    return hits_by_sentence
