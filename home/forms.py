from wagtail.admin.forms import WagtailAdminPageForm

from home.models.sources import Source


class ChapterPageForm(WagtailAdminPageForm):
    """Offers, for the chapter and each of its events, only the sources in the page's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page and self.parent_page.locale_id)
        if not locale_id:
            return
        sources = Source.objects.filter(locale_id=locale_id)
        self.fields["sources"].queryset = sources
        events = self.formsets.get("events")
        if events is not None:
            events.form = _with_sources(events.form, sources)


def _with_sources(form_class, sources):
    """The event form class, offering `sources` only (used for new rows as well as saved ones)."""

    class EventForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["sources"].queryset = sources

    return EventForm
