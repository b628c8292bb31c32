"""Shared by the JSON-LD and the manifests: a description states only the facts it has."""


def compact(data):
    """The dict without its empty values, so that an absent fact is absent, not null."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}
