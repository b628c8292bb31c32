"""
What ranking a very common word needs, kept per document as the index is written
(`search/hot_words.py` explains why and how it is read).
"""

from django.db import models


class SearchHotWord(models.Model):
    """A word found in so many documents that its matches are ranked from `SearchHotPosting`."""

    word = models.CharField(max_length=100, primary_key=True)

    def __str__(self):
        return self.word


class SearchHotPosting(models.Model):
    """
    One document whose body, not its title, has a hot word (title matches are ranked apart).
    SQLite reads the word's frequency and the document's length (bm25's inputs), PostgreSQL the
    `ts_rank_cd` of the document for the word; each engine has an index in its order
    (migration 0010). The document's entry columns that a search by the word alone checks and
    counts are copied here, so that its matches are read from this table only.
    """

    word = models.CharField(max_length=100)
    document = models.IntegerField(help_text="The SearchEntry's id.")
    frequency = models.PositiveIntegerField(default=0, help_text="SQLite: the word's count.")
    length = models.PositiveIntegerField(default=0, help_text="SQLite: words in the document.")
    score = models.FloatField(default=0, help_text="PostgreSQL: ts_rank_cd(vector, word, 1).")
    locale = models.CharField(max_length=8, blank=True)
    audience = models.CharField(max_length=10, blank=True)
    available_from = models.DateField(null=True, blank=True)
    facet_codes = models.TextField(blank=True)

    class Meta:
        # Two more indexes per engine (migration 0010): the ranking's, and a word's rows with
        # the columns a count reads, so that counting them reads that index alone.
        indexes = [models.Index(fields=["document"], name="search_hot_document")]

    def __str__(self):
        return f"{self.word} in {self.document}"
