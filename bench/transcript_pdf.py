"""
How long typesetting a transcript's PDF takes (`archive.media.transcript_pdf.typeset`), for a
short talk, an hour's interview and a long one, French text in DejaVu; and how long a copy read
from the cache takes, which is what every view but the first costs for what anyone may read.
No database is used.

    .venv/bin/python bench/transcript_pdf.py [--runs 5]
"""

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.start("transcript_pdf.sqlite3")

from django.core.cache import cache
from pypdf import PdfReader

from archive.media.transcript_pdf import Line, Transcript, pdf, typeset

WORDS = (
    "Pendant l'occupation, on projetait chaque soir un film à prix libre : « Attica », puis un "
    "débat avec la cinéaste ; la salle était pleine, même en semaine !"
)


def transcript(lines):
    return Transcript(
        title="Mémoires de la cabine",
        language="fr",
        details=(("Narratrice", "Agnès Varda"), ("Date", "3 mai 2019"), ("Droits", "Réservés")),
        lines=tuple(
            Line(clock=f"0:{n // 60:02d}:{n % 60:02d}", speaker="VARDA", text=WORDS)
            for n in range(lines)
        ),
        reference="Varda, Agnès. 2019. « Mémoires de la cabine ». Entretien.",
        permanent_url="https://archive.example/id/interview/OH-2019-001",
    )


def median_ms(function, runs):
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    print(f"{'lines':>6} {'pages':>6} {'size':>9} {'typeset':>10} {'from cache':>11}")
    for lines in (30, 600, 2000):
        document = transcript(lines)
        content = typeset(document)
        pages = len(PdfReader(io.BytesIO(content)).pages)
        typeset_ms = median_ms(lambda document=document: typeset(document), runs)
        cache.clear()
        pdf(document, shareable=True)
        cached_ms = median_ms(lambda document=document: pdf(document, shareable=True), runs)
        print(
            f"{lines:>6} {pages:>6} {len(content) / 1024:>7.1f} KB {typeset_ms:>7.1f} ms "
            f"{cached_ms:>8.2f} ms"
        )


if __name__ == "__main__":
    main()
