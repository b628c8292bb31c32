"""
Files that other domains derive from the media library's and keep with their own checksum (the
public versions of recordings, `oral_history.public_recordings`), registered when the apps are
ready so that `verify_fixity` checks them without knowing those domains.
"""

_sources = []


def register(source):
    """`source()` yields (label, FieldFile, expected SHA-256) for each file to check."""
    _sources.append(source)


def derived_files():
    for source in _sources:
        yield from source()
