"""The admin's forms: the upload of scans with their metadata, and one suggested row."""

from django import forms
from django.utils.translation import gettext_lazy as _

from base.access import AccessLevel
from base.dates import DatePrecision
from leaflets.models import Suggestion


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


class SuggestionForm(forms.ModelForm):
    """
    One suggested row, as the editor corrects it; the review view offers the events of the
    row's day as the ones it may be merged into.
    """

    merge_into = forms.TypedChoiceField(
        label=_("Existing event"), required=False, coerce=int, empty_value=None
    )

    class Meta:
        model = Suggestion
        fields = [
            "decision",
            "date",
            "time",
            "title",
            "director",
            "country",
            "film_year",
            "guests",
            "venue",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["merge_into"] = self.instance.merge_into_id

    def save(self, commit=True):
        self.instance.merge_into_id = self.cleaned_data.get("merge_into")
        return super().save(commit)
