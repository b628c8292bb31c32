"""
The programme records in Wagtail's admin: one snippet viewset per record, grouped under
"Programme archive" (https://docs.wagtail.org/en/stable/topics/snippets/customising.html).

Listings and choosers search with a plain case-insensitive match on a few fields, so that the
hundred thousand records an import creates are found at once, without a search-index rebuild.
A record's French and English texts are edited side by side, in one row (`bilingual`).
"""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from archive.exhibitions.models import Artwork
from archive.programme.admin_views import ScreeningIndexView
from archive.programme.calendar.viewsets import ClosurePeriodViewSet, CompleteProgrammeViewSet
from archive.programme.models import Film, Person, Role, Screening, Series, Venue


class SearchFilterForm(BaseFilterForm):
    """The chooser's search box, matching `search_fields` with icontains."""

    search_fields = ()
    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            condition = Q()
            for field in self.search_fields:
                condition |= Q(**{f"{field}__icontains": query})
            objects = objects.filter(condition)
            self.is_searching = True
            self.search_query = query
        return objects


class SearchableChooserViewSet(SnippetChooserViewSet):
    search_fields = ()

    def _with_search(self, view_class):
        form_class = type(
            f"{self.model.__name__}ChooserFilterForm",
            (SearchFilterForm,),
            {"search_fields": tuple(self.search_fields)},
        )
        return type(view_class.__name__, (view_class,), {"filter_form_class": form_class})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.choose_view_class = self._with_search(ChooseView)
        self.choose_results_view_class = self._with_search(ChooseResultsView)


def chooser_with_search(fields):
    return type("ChooserViewSet", (SearchableChooserViewSet,), {"search_fields": fields})


def bilingual(french, english):
    """A text's French and English fields side by side, so an editor sees what is missing."""
    return FieldRowPanel([FieldPanel(french), FieldPanel(english)])


class PersonForm(WagtailAdminModelForm):
    roles = forms.MultipleChoiceField(
        label=_("roles"),
        choices=Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("What this person has been at La Clef."),
    )


class SampleColumn(Column):
    """Says 'sample' beside records made by generate_sample_archive."""

    def get_value(self, instance):
        return _("sample") if instance.is_sample else ""


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "sort_name", "slug", SampleColumn("is_sample", label=_("Sample"))]
    list_filter = ["is_sample"]
    search_fields = ["name", "sort_name", "slug"]
    search_backend_name = None
    ordering = ["sort_name"]
    inspect_view_enabled = True
    list_export = ["name", "sort_name", "slug", "roles", "wikidata_id", "imdb_id", "source"]
    chooser_viewset_class = chooser_with_search(["name", "sort_name"])
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldRowPanel([FieldPanel("sort_name"), FieldPanel("slug")]),
            FieldPanel("roles"),
            bilingual("biography", "biography_en"),
            FieldPanel("portrait"),
            FieldRowPanel([FieldPanel("wikidata_id"), FieldPanel("imdb_id")]),
            FieldPanel("source"),
        ],
        base_form_class=PersonForm,
    )


class FilmViewSet(SnippetViewSet):
    model = Film
    icon = "media"
    menu_label = _("Films")
    list_display = ["title", "original_title", "year", SampleColumn("is_sample", label=_("Sample"))]
    list_filter = ["year", "is_sample"]
    search_fields = ["title", "original_title", "slug"]
    search_backend_name = None
    ordering = ["title"]
    inspect_view_enabled = True
    list_export = ["title", "original_title", "year", "countries", "languages", "runtime", "slug"]
    chooser_viewset_class = chooser_with_search(["title", "original_title"])
    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("original_title"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("year"), FieldPanel("runtime")]),
        MultipleChooserPanel("director_links", chooser_field_name="person", label=_("Directors")),
        FieldRowPanel([FieldPanel("countries"), FieldPanel("languages")]),
        bilingual("synopsis", "synopsis_en"),
        FieldPanel("tags"),
        FieldRowPanel([FieldPanel("wikidata_id"), FieldPanel("imdb_id")]),
        FieldPanel("source"),
    ]


class ScreeningViewSet(SnippetViewSet):
    """No drafts: a screening is public once saved, so the listing never filters on 'live'."""

    model = Screening
    icon = "date"
    index_view_class = ScreeningIndexView
    menu_label = _("Screenings")
    list_display = [
        "date",
        "date_precision",
        "title",
        "event_type",
        "series",
        "venue",
        "external_id",
        SampleColumn("is_sample", label=_("Sample")),
    ]
    list_filter = ["event_type", "date_precision", "series", "venue", "year", "is_sample"]
    search_fields = ["external_id", "title", "title_en", "notes", "notes_en", "source"]
    search_backend_name = None
    ordering = ["-date", "-id"]
    inspect_view_enabled = True
    # The precision beside the date, as on the edit form (its mixin would list it first).
    inspect_view_fields = [
        "id",
        "latest_revision",
        "source",
        "is_sample",
        "external_id",
        "date",
        "date_precision",
        "date_end",
        "date_end_precision",
        "time",
        "year",
        "event_type",
        "title",
        "title_en",
        "series",
        "venue",
        "notes",
        "notes_en",
        "films",
        "guests",
        "tags",
    ]
    list_per_page = 50
    chooser_viewset_class = chooser_with_search(["external_id", "title", "title_en", "notes"])
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
                FieldRowPanel([FieldPanel("date_end"), FieldPanel("date_end_precision")]),
                FieldRowPanel([FieldPanel("time"), FieldPanel("event_type")]),
            ],
            heading=_("When and what"),
        ),
        bilingual("title", "title_en"),
        MultipleChooserPanel("film_links", chooser_field_name="film", label=_("Films shown")),
        FieldRowPanel([FieldPanel("series"), FieldPanel("venue")]),
        MultipleChooserPanel("guest_links", chooser_field_name="person", label=_("Guests")),
        bilingual("notes", "notes_en"),
        FieldPanel("tags"),
        FieldPanel("source"),
        MultipleChooserPanel("image_links", chooser_field_name="image", label=_("Images")),
        MultipleChooserPanel("document_links", chooser_field_name="document", label=_("Documents")),
        MultipleChooserPanel("recording_links", chooser_field_name="media", label=_("Recordings")),
        FieldPanel("external_id"),
    ]


class SeriesViewSet(SnippetViewSet):
    model = Series
    icon = "list-ul"
    menu_label = _("Series")
    list_display = ["title", "title_en", "start_year", "end_year", "is_archive_grouping"]
    search_fields = ["title", "title_en"]
    search_backend_name = None
    inspect_view_enabled = True
    chooser_viewset_class = chooser_with_search(["title", "title_en"])
    panels = [
        bilingual("title", "title_en"),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("is_archive_grouping")]),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        bilingual("description", "description_en"),
        FieldPanel("source"),
    ]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "name_en", "kind", "address"]
    list_filter = ["kind"]
    search_fields = ["name", "name_en", "address"]
    search_backend_name = None
    inspect_view_enabled = True
    chooser_viewset_class = chooser_with_search(["name", "name_en"])
    panels = [
        bilingual("name", "name_en"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("address"), FieldPanel("slug")]),
        bilingual("description", "description_en"),
        FieldPanel("source"),
    ]


class ProgrammeArchiveGroup(SnippetViewSetGroup):
    menu_label = _("Programme archive")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        ScreeningViewSet,
        FilmViewSet,
        PersonViewSet,
        SeriesViewSet,
        VenueViewSet,
        ClosurePeriodViewSet,
        CompleteProgrammeViewSet,
    )


class ArtworkViewSet(SnippetViewSet):
    """The works shown in exhibitions, which editors describe: the sources name none."""

    model = Artwork
    icon = "image"
    menu_label = _("Artworks")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["title", "artist", "year", "exhibition"]
    list_filter = ["exhibition", "artist"]
    search_fields = ["title", "medium", "notes"]
    search_backend_name = None
    inspect_view_enabled = True
