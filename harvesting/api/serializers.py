"""
The JSON of each kind of record: what its public page shows, with its stable identifier.

Every item carries `identifier` (`<kind>/<key>`, the key OAI-PMH uses, which never changes),
`oai_identifier` and `urls`, its public addresses in French and English (`harvesting.links`;
where the permanent address of the `identifiers` app will be added). An interview names its
participants as its page does (`oral_history.naming`) and carries no transcript: that is read
from the interview's own JSON export, which applies the restricted passages.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from archive.programme.models.places import VenueKind
from harvesting import kinds
from harvesting.oai import xml
from oral_history.naming import Naming

STREAMS = {(stream.kind, stream.prefix): stream for stream in kinds.STREAMS}


def stream_for(serializer):
    return STREAMS[(serializer.kind, serializer.prefix)]


@extend_schema_field(OpenApiTypes.STR)
class IdentifierField(serializers.Field):
    """`event/lc-1a2b3c`: the record's kind and key."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, record):
        stream = stream_for(self.parent)
        return f"{stream.kind}/{stream.key(record)}"


@extend_schema_field(OpenApiTypes.STR)
class OaiIdentifierField(IdentifierField):
    def to_representation(self, record):
        stream = stream_for(self.parent)
        return xml.identifier(stream.kind, stream.key(record))


@extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}})
class UrlsField(serializers.Field):
    """The record's public addresses, the French first (none for a record without a page)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, record):
        return self.context["links"].urls(stream_for(self.parent), record)


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class TagsField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, tags):
        return [tag.name for tag in tags.all()]


@extend_schema_field(OpenApiTypes.STR)
class PartialDateField(serializers.Field):
    """A partial date as the site writes it: 1990, 1990-06 or 1990-06-21 (null when unknown)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, allow_null=True, **kwargs)

    def to_representation(self, record):
        return record.partial_date.isoformat() if record.date else None


class RecordSerializer(serializers.Serializer):
    kind = ""
    prefix = ""

    identifier = IdentifierField()
    oai_identifier = OaiIdentifierField()
    urls = UrlsField()
    updated_at = serializers.DateTimeField(read_only=True)


class ReferenceSerializer(RecordSerializer):
    """A linked record, named: enough to follow the link."""

    oai_identifier = None
    urls = None
    updated_at = None
    name = serializers.CharField(source="__str__", read_only=True)


class PersonReference(ReferenceSerializer):
    kind = "person"


class FilmReference(ReferenceSerializer):
    kind = "film"


class SeriesReference(ReferenceSerializer):
    kind = "series"
    name = serializers.CharField(source="display_title", read_only=True)


class VenueReference(ReferenceSerializer):
    kind = "venue"
    name = serializers.CharField(source="display_name", read_only=True)


class FilmShownSerializer(serializers.Serializer):
    film = FilmReference(read_only=True)


class DirectorSerializer(serializers.Serializer):
    person = PersonReference(read_only=True)


class EventSerializer(RecordSerializer):
    kind = "event"
    external_id = serializers.CharField(read_only=True)
    date = PartialDateField()
    time = serializers.TimeField(read_only=True, allow_null=True)
    event_type = serializers.CharField(read_only=True)
    # The record's own texts in both languages (French first, as the archive writes them).
    title = serializers.CharField(read_only=True)
    title_en = serializers.CharField(read_only=True)
    notes = serializers.CharField(read_only=True)
    notes_en = serializers.CharField(read_only=True)
    venue = VenueReference(read_only=True, allow_null=True)
    series = SeriesReference(read_only=True, allow_null=True)
    films = FilmShownSerializer(source="film_links", many=True, read_only=True)
    tags = TagsField()
    is_sample = serializers.BooleanField(read_only=True)


class FilmSerializer(RecordSerializer):
    kind = "film"
    title = serializers.CharField(read_only=True)
    original_title = serializers.CharField(read_only=True)
    year = serializers.IntegerField(read_only=True, allow_null=True)
    countries = serializers.CharField(read_only=True)
    languages = serializers.CharField(read_only=True)
    runtime = serializers.IntegerField(read_only=True, allow_null=True)
    synopsis = serializers.CharField(read_only=True)
    wikidata_id = serializers.CharField(read_only=True)
    imdb_id = serializers.CharField(read_only=True)
    directors = DirectorSerializer(source="director_links", many=True, read_only=True)
    tags = TagsField()
    is_sample = serializers.BooleanField(read_only=True)


class PersonSerializer(RecordSerializer):
    kind = "person"
    name = serializers.CharField(read_only=True)
    sort_name = serializers.CharField(read_only=True)
    biography = serializers.CharField(read_only=True)
    wikidata_id = serializers.CharField(read_only=True)
    imdb_id = serializers.CharField(read_only=True)
    is_sample = serializers.BooleanField(read_only=True)


class SeriesSerializer(RecordSerializer):
    kind = "series"
    title = serializers.CharField(source="display_title", read_only=True)
    description = serializers.CharField(source="display_description", read_only=True)
    start_year = serializers.IntegerField(read_only=True, allow_null=True)
    end_year = serializers.IntegerField(read_only=True, allow_null=True)


class VenueSerializer(RecordSerializer):
    kind = "venue"
    name = serializers.CharField(source="display_name", read_only=True)
    venue_kind = serializers.ChoiceField(
        source="kind",
        choices=VenueKind.choices,
        read_only=True,
        help_text="`cinema`, or `other` for a place that is not one (a wall, a gallery).",
    )
    address = serializers.CharField(read_only=True)
    description = serializers.CharField(source="display_description", read_only=True)


@extend_schema_field(
    {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "role": {"type": "string"},
                "person": {"type": "string", "nullable": True},
            },
            "required": ["name", "role", "person"],
        },
    }
)
class ParticipantsField(serializers.Field):
    """As the page names them; only a participant named in full links to their person."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, participants):
        return [
            {
                "name": named.label,
                "role": named.participant.role,
                "person": f"person/{named.participant.person_id}" if named.in_full else None,
            }
            for named in Naming(participants.all()).named
        ]


class InterviewSerializer(RecordSerializer):
    kind = "interview"
    title = serializers.CharField(read_only=True)
    summary = serializers.CharField(read_only=True)
    language = serializers.CharField(source="locale.language_code", read_only=True)
    interview_kind = serializers.CharField(source="kind", read_only=True)
    date = PartialDateField()
    place = serializers.CharField(read_only=True)
    languages = serializers.CharField(read_only=True)
    duration = serializers.FloatField(read_only=True, allow_null=True)
    access_level = serializers.CharField(read_only=True)
    embargo_until = serializers.DateField(read_only=True, allow_null=True)
    rights = serializers.CharField(read_only=True)
    participants = ParticipantsField()
    tags = TagsField()
    updated_at = serializers.DateTimeField(source="last_published_at", read_only=True)


class MediaSerializer(RecordSerializer):
    kind = "media"
    title = serializers.CharField(read_only=True)
    creator = serializers.CharField(read_only=True)
    credit = serializers.CharField(read_only=True)
    date = PartialDateField()
    rights = serializers.CharField(read_only=True)
    access_level = serializers.CharField(read_only=True)


class ImageSerializer(MediaSerializer):
    prefix = "image-"


class RecordingSerializer(MediaSerializer):
    prefix = "av-"
    media_type = serializers.CharField(source="type", read_only=True)
    duration = serializers.FloatField(read_only=True, allow_null=True)


class DocumentSerializer(MediaSerializer):
    prefix = "document-"


class PageSerializer(serializers.Serializer):
    """Any public page of the site: home, sections, history chapters, interviews, exhibitions."""

    identifier = serializers.SerializerMethodField()
    type = serializers.SerializerMethodField()
    title = serializers.CharField(read_only=True)
    language = serializers.CharField(source="locale.language_code", read_only=True)
    url = serializers.SerializerMethodField()
    translation_key = serializers.UUIDField(read_only=True)
    last_published_at = serializers.DateTimeField(read_only=True, allow_null=True)

    def get_identifier(self, page) -> str:
        return f"page/{page.pk}"

    def get_type(self, page) -> str:
        return f"{page.content_type.app_label}.{page.content_type.model}"

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_url(self, page):
        return page.get_full_url(self.context["request"])
