"""
Facet values as numbers, so that the facets of every match of a broad search are counted in
one pass over one string rather than one row per value.

Each entry keeps its facet values in one text column as codes, " 5000032c 20000007 …": eight
hexadecimal digits per value, a space before each. The first digit is the facet (its place in
FACETS), the other seven the value's `SearchFacetCode` id. The facets of a search are then one
query that joins the matches' codes into one string, `bytes.fromhex` and one numpy `bincount`,
far cheaper than splitting 'name=value' keys into a Counter (docs/benchmarks.md, session 4).
The space keeps each code whole when a value is renamed (`search.signals` replaces
" <old code>" with " <new code>").

Only the values a search can show are read back from the table: the most frequent of each facet
(with every value tied with the last of them, so that ties are broken by value as before), every
year and decade (they are shown newest first), and the selected ones.
"""

import numpy as np
from django.db.models import Q

from search.models import SearchFacetCode

FACETS = (
    "type",
    "decade",
    "year",
    "event",
    "series",
    "person",
    "venue",
    "country",
    "language",
    "tag",
    "has",
)
SORTED_BY_VALUE = ("year", "decade")
FACET_SHIFT = 28
ID_MASK = (1 << FACET_SHIFT) - 1


def encode(codes):
    """The column's text for these codes."""
    return "".join(f" {code:08x}" for code in codes)


def codes_for(pairs):
    """{(name, value): code} for these facet values, numbering the ones never seen before."""
    pairs = set(pairs)
    found = _existing(pairs)
    missing = pairs - found.keys()
    if missing:
        # Conflicts are ignored: another writer may have numbered the same value meanwhile.
        SearchFacetCode.objects.bulk_create(
            [SearchFacetCode(name=name, value=value) for name, value in missing],
            ignore_conflicts=True,
            batch_size=500,
        )
        found |= _existing(missing)
    return found


def codes_of(pairs):
    """{(name, value): code} of those of these facet values that have one."""
    return _existing({(name, value) for name, value in pairs if name in FACETS})


def _existing(pairs):
    found = {}
    values = sorted({value for _name, value in pairs})
    for start in range(0, len(values), 500):
        rows = SearchFacetCode.objects.filter(value__in=values[start : start + 500])
        for pk, name, value in rows.values_list("pk", "name", "value"):
            if (name, value) in pairs:
                found[(name, value)] = (FACETS.index(name) << FACET_SHIFT) | pk
    return found


def tally(joined, selected=None, limit=20):
    """
    Count the codes of a joined string: ({facet: [(value, count)]} for the values that can be
    shown, {facet: number of distinct values}).
    """
    codes = np.frombuffer(bytes.fromhex(joined or ""), dtype=">u4")
    if not codes.size:
        return {}, {}
    ids = (codes & ID_MASK).astype(np.intp)
    counts = np.bincount(ids)
    facet_of = np.zeros(counts.size, dtype=np.uint8)
    facet_of[ids] = codes >> FACET_SHIFT
    present = np.flatnonzero(counts)
    present_counts = counts[present]
    present_facets = facet_of[present]
    distinct, wanted = {}, []
    for index, name in enumerate(FACETS):
        in_facet = present_facets == index
        number = int(in_facet.sum())
        if not number:
            continue
        distinct[name] = number
        facet_ids, facet_counts = present[in_facet], present_counts[in_facet]
        if name not in SORTED_BY_VALUE and number > limit:
            lowest_shown = np.partition(facet_counts, number - limit)[number - limit]
            facet_ids = facet_ids[facet_counts >= lowest_shown]
        wanted.extend(facet_ids.tolist())
    rows = []
    for start in range(0, len(wanted), 5000):
        rows.extend(_named(Q(pk__in=wanted[start : start + 5000])))
    chosen = Q()
    for name, value in (selected or {}).items():
        if name in FACETS:
            chosen |= Q(name=name, value=value)
    if chosen:
        known = set(wanted)
        rows.extend(row for row in _named(chosen) if row[0] not in known)
    options = {}
    for pk, name, value in rows:
        n = int(counts[pk]) if pk < counts.size else 0
        if n:
            options.setdefault(name, []).append((value, n))
    return options, distinct


def _named(condition):
    return SearchFacetCode.objects.filter(condition).values_list("pk", "name", "value")
