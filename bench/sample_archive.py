"""
The benchmarks' archive of N generated events: migrated, loaded and generated once, then reused
by the next benchmark that asks for no more (`--reuse`). Imported after `environment.start`.
"""

import io
import time

from django.core.management import call_command

from archive.programme.models import Screening

QUIET = {"stdout": io.StringIO(), "stderr": io.StringIO()}


def ensure(screenings):
    """
    Migrate, then load the site and generate `screenings` events unless the database holds
    that many already; the seconds the generation took (0 when the archive was reused).
    """
    call_command("migrate", verbosity=0, **QUIET)
    if Screening.objects.count() >= screenings:
        return 0.0
    call_command("load_la_clef", **QUIET)
    started = time.perf_counter()
    call_command("generate_sample_archive", screenings=screenings, **QUIET)
    return time.perf_counter() - started
