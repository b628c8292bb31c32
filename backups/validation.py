"""
Everything `import_archive` checks before it writes anything: the bag is complete and intact
(BagIt's own validation of every SHA-256), of the format version this code reads, made from the
same schema, every line a whole JSON row of the model its file names, the counts those of the
manifest, every reference resolvable (to a row of the bag, or to a content type or permission
of this site; a reference the database does not constrain, such as a log entry's page that was
deleted since, may stay dangling as it was), and every file a row names present in the bag.

Only primary keys are kept in memory while the rows stream by, never the rows themselves.
"""

import json
from collections import defaultdict
from pathlib import Path

import bagit
from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import ForeignKey
from tqdm import tqdm

from backups.exporting import schema
from backups.files import storage_alias
from backups.format import (
    BY_NATURAL_KEY,
    FILES,
    FIXITY,
    FORMAT_VERSION,
    FORMAT_VERSION_TAG,
    MANIFEST,
    file_fields,
)

MAX_LISTED = 20


class InvalidBag(Exception):
    """The bag cannot be restored; `problems` says why, one line each."""

    def __init__(self, problems):
        self.problems = list(problems)
        listed = self.problems[:MAX_LISTED]
        more = len(self.problems) - len(listed)
        super().__init__("\n".join(listed + ([f"… and {more} more."] if more > 0 else [])))


def validate(folder, progress=True):
    """The bag's manifest (data/manifest.json) once every check has passed; InvalidBag if not."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidBag([f"{folder} is not a folder."])
    try:
        bag = bagit.Bag(str(folder))
    except bagit.BagError as error:
        raise InvalidBag([f"{folder} is not a BagIt bag: {error}"]) from error
    # Payload-Oxum (the files' count and bytes) would stop the check at "one file fewer";
    # without it BagIt names every missing, unexpected or changed file. The tag manifest still
    # checks bag-info.txt itself.
    bag.info.pop("Payload-Oxum", None)
    try:
        bag.validate(processes=1)
    except bagit.BagValidationError as error:
        details = [str(detail) for detail in error.details] or [str(error)]
        raise InvalidBag(
            [f"The bag is damaged or incomplete: {line}" for line in details]
        ) from error
    version = bag.info.get(FORMAT_VERSION_TAG)
    if version != FORMAT_VERSION:
        raise InvalidBag(
            [f"{FORMAT_VERSION_TAG} is {version!r}; this site reads format {FORMAT_VERSION!r}."]
        )
    data = folder / "data"
    manifest = read_manifest(data)
    Checker(data, manifest, progress).run()
    return manifest


def read_manifest(data):
    try:
        manifest = json.loads((data / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InvalidBag([f"data/{MANIFEST} cannot be read: {error}"]) from error
    problems = []
    if manifest.get("format_version") != FORMAT_VERSION:
        problems.append(f"data/{MANIFEST} is of format {manifest.get('format_version')!r}.")
    here = schema()
    theirs = manifest.get("schema", {})
    differing = sorted(app for app in set(here) | set(theirs) if here.get(app) != theirs.get(app))
    for app in differing:
        problems.append(
            f"The bag was made at migration {app} {theirs.get(app) or '(none)'}, this site is at "
            f"{here.get(app) or '(none)'}: migrate one of them to the other first."
        )
    for entry in manifest.get("models", []):
        try:
            apps.get_model(entry["model"])
        except (LookupError, KeyError, ValueError):
            problems.append(
                f"The bag holds rows of {entry.get('model')!r}, a model this site lacks."
            )
    if problems:
        raise InvalidBag(problems)
    return manifest


class Checker:
    def __init__(self, data, manifest, progress):
        self.data, self.manifest, self.progress = data, manifest, progress
        self.problems = []
        self.keys = defaultdict(set)  # model label → primary keys in the bag
        self.references = defaultdict(set)  # (from label, field, to label) → keys referred to
        self.natural = {}  # natural key → found on this site
        self.missing_at_export = set()

    def run(self):
        self.read_fixity()
        total = sum(entry["count"] for entry in self.manifest["models"])
        with tqdm(total=total, desc="checking", unit="row", disable=not self.progress) as bar:
            for entry in self.manifest["models"]:
                self.read_records(entry, bar)
        self.check_references()
        if self.problems:
            raise InvalidBag(self.problems)

    def read_fixity(self):
        try:
            with (self.data / FIXITY).open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, start=1):
                    row = self.parse(f"data/{FIXITY}", number, line)
                    if row and row.get("status") == "missing":
                        self.missing_at_export.add((row["storage"], row["name"]))
        except OSError as error:
            self.problems.append(f"data/{FIXITY} cannot be read: {error}")

    def parse(self, where, number, line):
        try:
            row = json.loads(line)
        except ValueError as error:
            self.problems.append(f"{where} line {number} is not a whole JSON row ({error}).")
            return None
        if not isinstance(row, dict):
            self.problems.append(f"{where} line {number} is not a JSON object.")
            return None
        return row

    def read_records(self, entry, bar):
        model = apps.get_model(entry["model"])
        label = model._meta.label
        where = f"data/{entry['file']}"
        path = self.data / entry["file"]
        if not path.is_file():
            self.problems.append(f"{where} is missing.")
            return
        relations = [
            field
            for field in model._meta.local_fields
            if isinstance(field, ForeignKey)
            and not field.remote_field.parent_link
            and (field.db_constraint or field.remote_field.model in BY_NATURAL_KEY)
        ]
        many = [
            field
            for field in model._meta.local_many_to_many
            if field.remote_field.through._meta.auto_created
        ]
        files = file_fields(model)
        parents = [parent._meta.label for parent in model._meta.parents]
        count = 0
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                bar.update(1)
                row = self.parse(where, number, line)
                if row is None:
                    continue
                count += 1
                if row.get("model") != label.lower() or "pk" not in row:
                    self.problems.append(f"{where} line {number} is not a row of {label}.")
                    continue
                pk, fields = row["pk"], row.get("fields", {})
                self.keys[label].add(pk)
                for parent in parents:
                    self.references[(label, "(parent)", parent)].add(pk)
                for field in relations:
                    self.refer(label, field, fields.get(field.name))
                for field in many:
                    for value in fields.get(field.name) or ():
                        self.refer(label, field, value)
                for field in files:
                    self.check_file(where, number, field, fields.get(field.name))
        if count != entry["count"]:
            self.problems.append(f"{where} has {count} rows; the manifest says {entry['count']}.")

    def refer(self, label, field, value):
        if value is None:
            return
        target = field.remote_field.model
        if target in BY_NATURAL_KEY:
            key = (target._meta.label, tuple(value) if isinstance(value, list) else value)
            if key not in self.natural:
                self.natural[key] = self.resolves(target, value)
            if not self.natural[key]:
                self.problems.append(
                    f"{label}.{field.name} names {target._meta.label} {value!r}, "
                    "which this site does not have."
                )
            return
        target_field = field.target_field
        if not target_field.primary_key:
            self.problems.append(
                f"{label}.{field.name} refers to {target._meta.label}.{target_field.name}, "
                "which this format does not restore."
            )
            return
        self.references[(label, field.name, target._meta.concrete_model._meta.label)].add(value)

    @staticmethod
    def resolves(target, value):
        if not isinstance(value, list):
            return False
        try:
            target._default_manager.get_by_natural_key(*value)
        except (ObjectDoesNotExist, TypeError, ValueError):
            return False
        return True

    def check_file(self, where, number, field, name):
        if not name:
            return
        alias = storage_alias(field.storage, name)
        if (alias, name) in self.missing_at_export:
            return
        if not (self.data / FILES / alias / name).is_file():
            self.problems.append(
                f"{where} line {number}: its file {alias}/{name} is not in the bag."
            )

    def check_references(self):
        for (label, field, target), wanted in self.references.items():
            absent = wanted - self.keys.get(target, set())
            if absent:
                example = sorted(absent, key=str)[0]
                self.problems.append(
                    f"{label}.{field} refers to {len(absent)} row(s) of {target} that the bag "
                    f"does not hold (e.g. {example!r})."
                )
