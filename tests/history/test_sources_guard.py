"""
The site's text does not copy its sources (issue 19, item 6).

The three source documents (../shared/seeds/*.txt, beside the project) are cut into runs of
twelve words; so is every string of the site's seed content: `home/content/` and the `seeds`
module of every app (the archive app's three domains included). A run of twelve words or more
that a string shares with a source, compared without case or punctuation, is a copy, unless:

- it lies inside a pair of quotation marks (“…”, «…», "…") in a string that also names the
  source it quotes (its title or its publisher, see ATTRIBUTIONS);
- it is the text of a quotation block (a dict with "text", "attribution" and "source") whose
  source is that document;
- it is a source record's own title, which the pages show as a citation (<cite>);
- it is a list of names ("David Lynch, Alain Guiraudie, …"): fewer than a third of its words are
  ordinary words (lower case or figures). A name has no other wording; the words around it do.

Without ../shared/seeds the test is skipped with the reason (and so fails in CI, where a skip
counts as a failure: tests/conftest.py).
"""

import html
import importlib
import pkgutil
import re
from dataclasses import dataclass
from importlib.util import find_spec
from types import ModuleType

import pytest
from django.apps import apps

from home.content.history import SOURCES
from tests.paths import SHARED_SEEDS

WORDS = 12

# How a string names each source (the keys of home.content.history.SOURCES).
ATTRIBUTIONS = {
    "encyclopedia": re.compile(r"encyclop", re.IGNORECASE),
    "film-independent": re.compile(
        r"film independent|fundraising page|page de collecte", re.IGNORECASE
    ),
    "madmoizelle-2024": re.compile(r"madmoizelle", re.IGNORECASE),
}
QUOTATION = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")


def words(text):
    """(position in text, word) for each word: letters or figures, apostrophes splitting."""
    return [(match.start(), match.group()) for match in re.finditer(r"\w+", text)]


def plain(markup):
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


@dataclass
class Document:
    name: str
    key: str
    runs: set


def read_documents():
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"{SHARED_SEEDS} is not here (the source documents sit beside the project).")
    documents = []
    for path in sorted(SHARED_SEEDS.glob("*.txt")):
        # Words the page broke across a line ("real es- tate") are joined again.
        text = re.sub(r"(\w)- (\w)", r"\1\2", path.read_text())
        tokens = [word.lower() for _, word in words(text)]
        runs = {tuple(tokens[i : i + WORDS]) for i in range(len(tokens) - WORDS + 1)}
        documents.append(Document(path.name, _source_key(tokens), runs))
    return documents


def _source_key(tokens):
    """The key of the site's Source record whose title the document opens with."""
    for source in SOURCES:
        title = [word.lower() for _, word in words(source["title"])]
        if tokens[: len(title)] == title:
            return source["key"]
    return None


# --------------------------------------------------------------------------- the site's strings


@dataclass
class Passage:
    where: str
    text: str
    quoted_from: str | None = None  # a quotation block's source key


def content_modules():
    """home/content/* and every app's seeds module, with the seeds modules these gather."""
    found = {}
    for package in ("home.content",):
        for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
            name = f"{package}.{info.name}"
            found[name] = importlib.import_module(name)
    for app in apps.get_app_configs():
        name = f"{app.name}.seeds"
        if find_spec(app.name) and find_spec(name):
            module = importlib.import_module(name)
            found[name] = module
            for value in vars(module).values():
                if isinstance(value, ModuleType) and value.__name__.endswith(".seeds"):
                    found[value.__name__] = value
    return found


def passages():
    seen = set()
    for module_name, module in sorted(content_modules().items()):
        for name, value in vars(module).items():
            if name.startswith("__") or not isinstance(value, str | list | tuple | dict):
                continue
            for passage in _walk(value, f"{module_name}.{name}"):
                if passage.text not in seen:
                    seen.add(passage.text)
                    yield passage


def _walk(value, where, quoted_from=None):
    if isinstance(value, str):
        yield Passage(where, plain(value), quoted_from)
    elif isinstance(value, dict):
        is_quote = {"text", "attribution", "source"} <= set(value) and value["attribution"]
        is_source = {"key", "title", "publisher"} <= set(value)
        for key, item in value.items():
            if is_source and key == "title":
                continue
            source = value["source"] if is_quote and key == "text" else quoted_from
            yield from _walk(item, f"{where}[{key!r}]", source)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _walk(item, f"{where}[{index}]", quoted_from)


# ----------------------------------------------------------------------------------- the guard


@dataclass
class Copy:
    where: str
    words: str
    document: str


def copies(passage, documents):
    """The runs of WORDS words or more the passage shares with a document, not allowed."""
    tokens = words(passage.text)
    lowered = [word.lower() for _, word in tokens]
    found = []
    for document in documents:
        if passage.quoted_from and passage.quoted_from == document.key:
            continue
        start = 0
        while start <= len(tokens) - WORDS:
            if tuple(lowered[start : start + WORDS]) not in document.runs:
                start += 1
                continue
            end = start + WORDS
            while end < len(tokens) and tuple(lowered[end - WORDS + 1 : end + 1]) in document.runs:
                end += 1
            run = tokens[start:end]
            if not _allowed(passage.text, run, document):
                found.append(Copy(passage.where, " ".join(w for _, w in run), document.name))
            start = end
    return found


def _allowed(text, run, document):
    first, last = run[0][0], run[-1][0]
    for quotation in QUOTATION.finditer(text):
        if quotation.start() < first and last < quotation.end():
            attribution = ATTRIBUTIONS.get(document.key)
            return bool(attribution and attribution.search(text))
    ordinary = sum(1 for _, word in run if not word[0].isupper())
    return ordinary * 3 < len(run)


def test_the_site_copies_no_run_of_twelve_words_from_a_source():
    documents = read_documents()
    assert len(documents) == 3 and all(document.key for document in documents)
    found = [copy for passage in passages() for copy in copies(passage, documents)]
    report = "\n".join(f"{c.where}: “{c.words}” ({c.document})" for c in found)
    assert not found, f"{len(found)} runs copied from a source:\n{report}"


# -------------------------------------------------------------------- the guard's own behaviour

SENTENCE = (
    "On 1 March 2022, the Compagnies Républicaines de Sécurité raided the cinema and evicted "
    "the collective, ending the occupation after three years."
)


@pytest.mark.parametrize(
    ("passage", "is_copy"),
    [
        (Passage("copied", f"<p>{SENTENCE}</p>"), True),
        (Passage("copied, lower case, no commas", SENTENCE.lower().replace(",", "")), True),
        (Passage("quoted, named", f"The encyclopedia article writes: “{SENTENCE}”"), False),
        (Passage("quoted, not named", f"It is written: “{SENTENCE}”"), True),
        (Passage("quotation block", SENTENCE, quoted_from="encyclopedia"), False),
        (Passage("block of another source", SENTENCE, quoted_from="madmoizelle-2024"), True),
        (
            Passage(
                "eleven words", "the Compagnies Républicaines de Sécurité raided the cinema and"
            ),
            False,
        ),
        (
            Passage(
                "names",
                "Artists in exhibition included David Lynch, Alain Guiraudie, Philippe Katerine, "
                "Orlan, Pierre Huyghe and Zineb Sedira.",
            ),
            False,
        ),
    ],
    ids=lambda value: value.where if isinstance(value, Passage) else str(value),
)
def test_the_guard_finds_copies_and_allows_quotations(passage, is_copy):
    assert bool(copies(passage, read_documents())) is is_copy
