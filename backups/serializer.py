"""
Django's JSON Lines serializer, with content types and permissions named by natural key (their
ids differ from one database to another), every other reference by primary key, and times to
the microsecond (Django's own JSON rounds them to the millisecond: a restored row would differ).
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Serializer as JSONLSerializer

from backups.format import BY_NATURAL_KEY


class ExactEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(JSONLSerializer):
    def serialize(self, queryset, **options):
        options.setdefault("cls", ExactEncoder)
        return super().serialize(queryset, **options)

    def handle_fk_field(self, obj, field):
        target = field.remote_field.model
        if target in BY_NATURAL_KEY:
            pk = getattr(obj, field.attname)
            if pk is None:
                self._current[field.name] = None
            elif target is ContentType:
                self._current[field.name] = list(ContentType.objects.get_for_id(pk).natural_key())
            else:
                self._current[field.name] = list(getattr(obj, field.name).natural_key())
        else:
            super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        if (
            field.remote_field.model in BY_NATURAL_KEY
            and field.remote_field.through._meta.auto_created
        ):
            related = getattr(obj, field.name).all()
            self._current[field.name] = [list(item.natural_key()) for item in related]
        else:
            super().handle_m2m_field(obj, field)
