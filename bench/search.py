"""
`make bench` (search part): how fast one search across the archive is at scale.

Builds its own database (SQLite under var/bench/, or the PostgreSQL database of DATABASE_URL when
it is given), loads the site, generates 100,000 sample screenings (real Cannes films, invented
events with a one-sentence note) and 300 sample interviews of about 8,000 transcript words each,
indexes everything, then times 30 representative queries in-process: the median and 95th
percentile of R runs of the search page's work (count, ranked page of 20, facets), fresh (the
index version bumped before each run, so no cached answer is used) and repeated (answers from the
cache), plus autocomplete. docs/benchmarks.md records a run.

    .venv/bin/python bench/search.py [--screenings 100000] [--interviews 300] [--runs 20] [--reuse]
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.start("search.sqlite3")

from django.db import connection

from bench import sample_archive
from oral_history.models import InterviewPage
from search.indexing import bump_index_version
from search.models import SearchDocument, SearchHotWord
from search.query import ArchiveSearch, suggest

QUERIES = [
    ("rare word", "attica"),
    ("rare name", "Cromwell"),
    ("common word: drama", "drama"),
    ("common word: film", "film"),
    ("stop word only: the", "the"),
    ("common word: comedy", "comedy"),
    ("two words", "french comedy"),
    ("two words, common", "film drama"),
    ("name with accents", "Léos Carax"),
    ("name without accents", "leos carax"),
    ("name: Godard", "Jean-Luc Godard"),
    ("name without accents: Truffaut", "Francois Truffaut"),
    ("elision", "l'occupation"),
    ("plural", "screenings"),
    ("French word", "cinéma"),
    ("transcript word", "projectionist"),
    ("transcript phrase", "salle pleine"),
    ("title word", "love"),
    ("title and note", "love drama"),
    ("no match", "zzyzx"),
    ("filtered: type", "drama&type=screening"),
    ("filtered: decade", "film&decade=1990"),
    ("filtered: year + event", "comedy&year=1999&event=talk"),
    ("filtered: has=transcript", "cinema&has=transcript"),
    ("filtered: person", "film&person=jean-luc-godard"),
    ("filter only: decade", "&decade=1980"),
    ("sorted by date", "drama&sort=-date"),
    ("page 10", "film&page=10"),
    ("words in interviews", "remember night"),
    ("long query", "the night the collective showed a western in the courtyard"),
]
AUTOCOMPLETE = ["ca", "dra", "jean", "the", "cin", "lov", "occ"]
WORDS = """
    cinema film salle projection night nuit collective collectif remember souviens public
    screen écran festival director réalisateur talk débat occupation quartier courtyard cour
    ticket billet wall mur projector projecteur friends amis programme season saison
    neighbourhood voisins bank banque building bâtiment money argent vote assembly assemblée
    archive archives memory mémoire poster affiche camera caméra reel bobine sound son
    projectionist projectionniste silence applause applaudissements coffee café door porte
""".split()  # noqa: SIM905
FILLER = """
    the a and of to in it was we that they there with for on at but so then all very
    le la les de des et un une il elle nous on était puis mais très alors donc aussi
""".split()  # noqa: SIM905


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenings", type=int, default=100_000)
    parser.add_argument("--interviews", type=int, default=300)
    parser.add_argument("--words", type=int, default=8000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--reuse", action="store_true", help="keep the previous run's database")
    args = parser.parse_args()
    if not args.reuse:
        environment.start_afresh()

    generation = sample_archive.ensure(args.screenings)
    if generation:
        print(f"generated and indexed {args.screenings:,} screenings in {generation:.1f} s")
    sample_interviews = InterviewPage.objects.filter(title__startswith="Sample interview")
    if sample_interviews.count() < args.interviews:
        started = time.perf_counter()
        make_interviews(args.interviews, args.words)
        print(
            f"made and indexed {args.interviews} interviews of about {args.words:,} words in "
            f"{time.perf_counter() - started:.1f} s"
        )
    documents = SearchDocument.objects.count()
    print(f"{connection.vendor}: {documents:,} search documents")
    # A deployed archive's common words have been searched before: each query once, untimed,
    # so that the words found often enough are hot (search/hot_words.py) before the timings.
    started = time.perf_counter()
    for _label, query in QUERIES:
        ArchiveSearch(parse(query), language="fr").total  # noqa: B018 - counting is the point
    hot = ", ".join(SearchHotWord.objects.order_by("word").values_list("word", flat=True))
    print(f"hot words: {hot or 'none'} ({time.perf_counter() - started:.1f} s)")
    if connection.vendor == "postgresql":
        # What autovacuum does within minutes of a word's postings being written: counting them
        # then reads their index alone.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE search_searchhotposting")

    def timed(function):
        start = time.perf_counter()
        function()
        return (time.perf_counter() - start) * 1000

    def full(params, fresh=True):
        """The search page's work; `fresh`: as if the index had just changed (no cached answer)."""
        if fresh:
            bump_index_version()
        search = ArchiveSearch(params, language="fr")
        return lambda: (search.total, search.results, search.facet_counts)

    print(f"\n{'query':40} {'fresh':>22} {'repeated (cached)':>22} {'matches':>9}")
    print(f"{'':40} {'median':>10} {'p95':>11} {'median':>10} {'p95':>11}")
    worst = 0.0
    for label, query in QUERIES:
        params = parse(query)
        with_facets = sorted(timed(full(params)) for _ in range(args.runs))
        without = sorted(timed(full(params, fresh=False)) for _ in range(args.runs))
        total = ArchiveSearch(params, language="fr").total
        worst = max(worst, percentile(with_facets))
        print(
            f"{label:40} {statistics.median(with_facets):8.1f}ms {percentile(with_facets):9.1f}ms "
            f"{statistics.median(without):8.1f}ms {percentile(without):9.1f}ms {total:9,}"
        )
    for prefix in AUTOCOMPLETE:
        times = sorted(
            timed(lambda prefix=prefix: suggest(prefix, language="fr")) for _ in range(args.runs)
        )
        worst = max(worst, percentile(times))
        print(
            f"{'autocomplete ' + repr(prefix):40} "
            f"{statistics.median(times):8.1f}ms {percentile(times):9.1f}ms"
        )
    print(f"\nworst 95th percentile: {worst:.1f} ms")


def parse(query):
    """'film&page=10' -> {'q': 'film', 'page': '10'}"""
    q, _sep, rest = query.partition("&")
    params = {"q": q}
    for pair in filter(None, rest.split("&")):
        key, value = pair.split("=")
        params[key] = value
    return params


def percentile(times, share=0.95):
    return times[max(0, int(len(times) * share) - 1)]


def make_interviews(count, words):
    """Sample interviews under the French oral-history page, with generated transcripts."""
    from django.db import transaction
    from wagtail.models import Locale

    from oral_history.models import InterviewPage, OralHistoryIndexPage, TranscriptCue
    from search.signals import schedule

    rng = random.Random(2019)  # noqa: S311 (a reproducible sample, not a secret)
    parent = OralHistoryIndexPage.objects.get(locale=Locale.objects.get(language_code="fr"))
    vocabulary = WORDS + FILLER * 4
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    existing = InterviewPage.objects.filter(title__startswith="Sample interview").count()
    for number in range(existing, count):
        with transaction.atomic():
            page = parent.add_child(
                instance=InterviewPage(
                    title=f"Sample interview {number + 1}",
                    slug=f"sample-interview-{number + 1}",
                    summary="Sample data: a generated transcript for benchmarks.",
                )
            )
            cues, spoken, clock = [], 0, 0.0
            while spoken < words:
                length = rng.randint(8, 25)
                text = " ".join(rng.choices(vocabulary, weights, k=length))
                cues.append(
                    TranscriptCue(
                        interview=page,
                        position=len(cues),
                        start=clock,
                        end=clock + length / 2.5,
                        speaker=rng.choice(["Narrator", "Interviewer"]),
                        text=text.capitalize() + ".",
                    )
                )
                spoken += length
                clock += length / 2.5
            TranscriptCue.objects.bulk_create(cues)
            schedule("oral_history.interview", [page.pk])


if __name__ == "__main__":
    main()
