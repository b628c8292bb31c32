"""
Writing the search index: replacing the documents of some records, or rebuilding everything.

Saving a record reindexes it when the transaction commits (`search/signals.py`), so a request
that saves pays for its own records only; an import reindexes its events in batches of
`BATCH_SIZE` with bulk inserts, and nothing is recomputed across the whole index.
"""

from django.db import connection, transaction

from search import facet_codes, hot_words, registry
from search.engines import elasticsearch_engine, get_engine
from search.models.documents import (
    SearchDocument,
    SearchEntry,
    SearchFacet,
    SearchFacetLabel,
    SearchIndexVersion,
)

BATCH_SIZE = 2000
# Facets whose values are records (slugs) and need their names; the others are shown as they are.
LABELLED_FACETS = {"person", "series", "venue", "tag"}
# Facets filtered on a column of the entry (`search/query.py`): no `SearchFacet` rows.
COLUMN_FACETS = {"year", "decade"}


def kinds():
    """Every kind of indexed record, in the order a rebuild writes them (`search.registry`)."""
    return registry.kinds()


def kind_of(label):
    return registry.kind_of(label)


def facet_pairs(document):
    """Its facet values as (name, value) pairs, its type first, each once."""
    pairs = [("type", document.type)]
    pairs.extend((name, value[:255]) for name, value, *_ in document.facets)
    return list(dict.fromkeys(pairs))


def index_version():
    """A number that changes whenever the index is written (see `VersionRow`)."""
    return SearchIndexVersion.current()


def bump_index_version():
    SearchIndexVersion.bump()


def write(documents, replace=()):
    """
    Replace the documents of the sources in `replace` with `documents`, in one transaction. The
    index version is bumped first, inside it: its row stays locked until the commit, so that
    writers (and a word becoming hot, `search/hot_words.py`) follow one another.
    """
    engine = get_engine()
    elasticsearch = elasticsearch_engine()
    deleted = []
    with transaction.atomic(), connection.cursor() as cursor:
        bump_index_version()
        replace = list(replace)
        for start in range(0, len(replace), 500):
            old = list(
                SearchDocument.objects.filter(source__in=replace[start : start + 500]).values_list(
                    "pk", flat=True
                )
            )
            if old:
                deleted.extend(old)
                engine.delete(cursor, old)
                hot_words.delete_postings(old)
                SearchFacet.objects.filter(document_id__in=old)._raw_delete(connection.alias)
                SearchEntry.objects.filter(pk__in=old)._raw_delete(connection.alias)
                SearchDocument.objects.filter(pk__in=old)._raw_delete(connection.alias)
        rows = [
            SearchDocument(
                type=d.type,
                source=d.source,
                object_id=int(d.source.split(":")[1]),
                locale=d.locale,
                title=d.title[:500],
                title_en=d.title_en[:500],
                title_language=d.title_language,
                context=d.context[:500],
                body=d.body,
                url=d.url,
                date=d.date,
                date_precision=d.date_precision,
                year=d.year,
                start=d.start,
                speaker=d.speaker[:100],
                timings=d.timings,
                audience=d.audience,
                available_from=d.available_from,
            )
            for d in documents
        ]
        SearchDocument.objects.bulk_create(rows, batch_size=500)
        pairs = [facet_pairs(document) for document in documents]
        codes = facet_codes.codes_for(pair for document_pairs in pairs for pair in document_pairs)
        SearchEntry.objects.bulk_create(
            [
                SearchEntry(
                    id=row.pk,
                    type=row.type,
                    object_id=row.object_id,
                    locale=row.locale,
                    audience=row.audience,
                    available_from=row.available_from,
                    date=row.date,
                    year=row.year,
                    facet_codes=facet_codes.encode(codes[pair] for pair in document_pairs),
                )
                for row, document_pairs in zip(rows, pairs, strict=True)
            ],
            batch_size=1000,
        )
        write_facets(
            cursor,
            {
                (row.pk, name, value[:255]): None
                for row, document in zip(rows, documents, strict=True)
                for name, value, _label, _label_en in document.facets
                if name not in COLUMN_FACETS
            },
        )
        labels = {
            (name, value[:255]): (label[:255], label_en[:255])
            for document in documents
            for name, value, label, label_en in document.facets
            if name in LABELLED_FACETS
        }
        SearchFacetLabel.objects.bulk_create(
            [
                SearchFacetLabel(name=name, value=value, label=label, label_en=label_en)
                for (name, value), (label, label_en) in labels.items()
            ],
            update_conflicts=True,
            unique_fields=["name", "value"],
            update_fields=["label", "label_en"],
            batch_size=500,
        )
        analysed = [
            (row.pk, *document.analysed()) for row, document in zip(rows, documents, strict=True)
        ]
        engine.write(cursor, analysed)
        hot_words.write_postings(cursor, analysed)
        if elasticsearch is not None:
            # A failure here rolls the database back too, so that the two never disagree.
            elasticsearch.delete(deleted)
            elasticsearch.write(
                [(row.pk, document) for row, document in zip(rows, documents, strict=True)]
            )


def write_facets(cursor, facets):
    """
    Insert the (document id, name, value) rows of `facets` as plain parameters: an import writes
    several for each event, and building them as model instances for `bulk_create` cost a large
    share of the import's time (docs/benchmarks.md).
    """
    table = SearchFacet._meta.db_table
    cursor.executemany(
        f"INSERT INTO {table} (document_id, name, value) VALUES (%s, %s, %s)",  # noqa: S608
        list(facets),
    )


def reindex(label, pks):
    """Rewrite the documents of these records of one kind (deleted records lose theirs)."""
    kind = kind_of(label)
    pks = list(pks)
    for start in range(0, len(pks), BATCH_SIZE):
        batch = pks[start : start + BATCH_SIZE]
        records = kind.queryset().filter(pk__in=batch)
        write(kind.build(records), replace=[kind.source(pk) for pk in batch])


def rebuild(progress=None):
    """Empty the index and write every record again; returns the number of documents."""
    engine = get_engine()
    elasticsearch = elasticsearch_engine()
    with transaction.atomic():
        with connection.cursor() as cursor:
            engine.clear(cursor)
        hot_words.delete_postings()  # the words stay hot: the writes below list them again
        if elasticsearch is not None:
            elasticsearch.clear()
        SearchFacet.objects.all()._raw_delete(connection.alias)
        SearchEntry.objects.all()._raw_delete(connection.alias)
        SearchDocument.objects.all()._raw_delete(connection.alias)
        for kind in kinds():
            pks = list(kind.queryset().order_by("pk").values_list("pk", flat=True))
            for start in range(0, len(pks), BATCH_SIZE):
                batch = pks[start : start + BATCH_SIZE]
                write(kind.build(kind.queryset().filter(pk__in=batch)))
                if progress:
                    progress(kind.label, min(start + BATCH_SIZE, len(pks)), len(pks))
    if elasticsearch is not None:
        elasticsearch.refresh()
    # The planner's statistics describe the old index until autovacuum comes by: a rebuilt
    # index searched at once would be planned from them.
    with connection.cursor() as cursor:
        engine.analyze(cursor, SearchEntry._meta.db_table, SearchFacet._meta.db_table)
    return SearchDocument.objects.count()
