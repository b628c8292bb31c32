from wagtail.snippets.models import register_snippet

from home.viewsets import SourceViewSet

register_snippet(SourceViewSet)
