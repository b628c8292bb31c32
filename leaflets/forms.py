"""
The admin's forms: the upload of scans with their metadata, one suggested row, and a row the
reading missed that the editor adds on the review screen.
"""

from django import forms
from django.db.models import Max
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from base.access import AccessLevel
from base.dates import DatePrecision
from leaflets.matching import find_existing
from leaflets.models import Suggestion
from leaflets.ocr import lines_of
from leaflets.parsing import Row

ROW_FIELDS = ["date", "time", "title", "director", "country", "film_year", "guests", "venue"]
ROW_WIDGETS = {
    "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    "time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
}
LINE_LENGTH = 60


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """One file or many from the same field, as a list."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ".jpg,.jpeg,.png,.tif,.tiff,.pdf,.zip"})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        clean_one = super().clean
        if isinstance(data, list | tuple):
            return [clean_one(item, initial) for item in data]
        return [clean_one(data, initial)]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Scans"),
        help_text=_(
            "One or several JPEG, PNG, TIFF or PDF files, or a ZIP of them. Each becomes an "
            "archive image or document with the details below, and is read in the background."
        ),
    )
    date = forms.DateField(
        label=_("Date of the leaflets"),
        required=False,
        help_text=_(
            "For a monthly leaflet, the first day of its month, e.g. 1995-03-01. The days it "
            "lists take their year from it."
        ),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_precision = forms.ChoiceField(
        label=_("Precision of the date"),
        choices=DatePrecision.choices,
        initial=DatePrecision.MONTH,
    )
    access_level = forms.ChoiceField(
        label=_("Access"),
        choices=AccessLevel.choices,
        initial=AccessLevel.PUBLIC,
        help_text=_(
            "Who may see the scans and search their text. Closed scans are shown to editors only."
        ),
    )
    embargo_until = forms.DateField(
        label=_("Embargoed until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    creator = forms.CharField(label=_("Creator"), required=False, max_length=255)
    credit = forms.CharField(label=_("Credit"), required=False, max_length=255)
    rights = forms.CharField(
        label=_("Rights statement"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean(self):
        data = super().clean()
        if data.get("access_level") == AccessLevel.EMBARGOED and not data.get("embargo_until"):
            self.add_error("embargo_until", _("An embargo needs the date it ends."))
        return data


class ErrorsDescribed:
    """
    A field with an error points to its message (`aria-describedby`), which the review
    template renders with the id `<field id>-error`, so that a screen reader reads it with the
    field.
    """

    def add_error(self, field, error):
        super().add_error(field, error)
        for name in self._errors:
            if name in self.fields:
                bound = self[name]
                described = [f"{bound.auto_id}-error"]
                if bound.help_text:
                    described.append(f"{bound.auto_id}-helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)


class SuggestionForm(ErrorsDescribed, forms.ModelForm):
    """
    One suggested row, as the editor corrects it; the review view offers the events of the
    row's day as the ones it may be merged into.
    """

    merge_into = forms.TypedChoiceField(
        label=_("Existing event"), required=False, coerce=int, empty_value=None
    )

    class Meta:
        model = Suggestion
        fields = ["decision", *ROW_FIELDS]
        widgets = ROW_WIDGETS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["merge_into"] = self.instance.merge_into_id

    def save(self, commit=True):
        self.instance.merge_into_id = self.cleaned_data.get("merge_into")
        return super().save(commit)


def _line_choices(page_lines):
    """The lines read on each page, grouped by page, as "page:index" choices."""
    choices = [("", "—")]
    for number, lines in page_lines.items():
        if lines:
            labelled = [
                (f"{number}:{index}", f"{index + 1}. {Truncator(line.text).chars(LINE_LENGTH)}")
                for index, line in enumerate(lines)
            ]
            choices.append((_("Page %(number)s") % {"number": number}, labelled))
    return choices


def _line_key(value):
    number, index = value.split(":")
    return int(number), int(index)


class AddedRowForm(ErrorsDescribed, forms.ModelForm):
    """
    A row the reading missed, typed in by the editor on the review screen (left empty, it adds
    nothing). It needs a date and a title, as an accepted row does when the leaflet is
    confirmed. It may name the lines of the scan it is printed on, from one to another as
    Tesseract read them: they give it its region and its text. Saved, it is a suggested row
    like the others, after the other rows of its page (the last page without lines), and is
    proposed for merging when it is an event the archive has, as the reading's rows are.
    """

    first_line = forms.ChoiceField(
        label=_("From the line"),
        required=False,
        help_text=_("Optional: the lines of the scan this event is printed on."),
    )
    last_line = forms.ChoiceField(label=_("To the line"), required=False)

    class Meta:
        model = Suggestion
        fields = ROW_FIELDS
        widgets = ROW_WIDGETS

    def __init__(self, *args, pages=(), **kwargs):
        kwargs.setdefault("empty_permitted", True)
        kwargs.setdefault("use_required_attribute", False)
        super().__init__(*args, **kwargs)
        self.pages = {page.number: page for page in pages}
        self.page_lines = {number: lines_of(page.words) for number, page in self.pages.items()}
        for name in ("first_line", "last_line"):
            self.fields[name].choices = _line_choices(self.page_lines)
        self.fields["date"].required = True
        self.fields["title"].required = True
        self.lines_read = (None, [])

    def clean(self):
        data = super().clean()
        first, last = data.get("first_line"), data.get("last_line")
        if last and not first:
            self.add_error("first_line", _("Choose the first line too, or neither."))
        elif first:
            number, start = _line_key(first)
            last_number, end = _line_key(last) if last else (number, start)
            if last_number != number:
                self.add_error("last_line", _("The last line must be on the first line's page."))
            elif end < start:
                self.add_error("last_line", _("The last line comes before the first."))
            else:
                self.lines_read = (number, self.page_lines[number][start : end + 1])
        return data

    def save(self, commit=True):
        suggestion = self.instance
        number, lines = self.lines_read
        page = self.pages[number] if number else self.pages[max(self.pages)]
        suggestion.page = page
        suggestion.added_in_review = True
        suggestion.confidence = 1.0
        last = Suggestion.objects.filter(page__leaflet_id=page.leaflet_id).aggregate(Max("order"))
        suggestion.order = (last["order__max"] or 0) + 1
        if lines:
            region = Row(lines=lines).region  # the lines' boxes together, as a read row's
            suggestion.left, suggestion.top, suggestion.right, suggestion.bottom = region
            suggestion.source_text = "\n".join(line.text for line in lines)
        row = Row(date=suggestion.date, title=suggestion.title, film_year=suggestion.film_year)
        existing = find_existing([row]).get(0)
        if existing is not None:
            suggestion.decision = Suggestion.Decision.MERGE
            suggestion.merge_into = existing
        return super().save(commit)
