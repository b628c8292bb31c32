"""
Admin uploads: an OHMS XML file becomes an interview; a transcript or an index file is attached
to an interview. The same code as the management commands; errors name the line and change
nothing.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_required

from base.access import AccessLevel
from oral_history.importing import OralHistoryImportError, attach_transcript, import_ohms
from oral_history.models import InterviewPage

MAX_UPLOAD = 20 * 1024 * 1024


class OhmsUploadForm(forms.Form):
    file = forms.FileField(label=_("OHMS XML file"), help_text=_("Versions 4 to 6."))
    language = forms.ChoiceField(
        label=_("Publish in"), choices=[("fr", "Français"), ("en", "English")]
    )
    access_level = forms.ChoiceField(label=_("Access"), choices=AccessLevel.choices)
    embargo_until = forms.DateField(
        label=_("Embargoed until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        if data.get("access_level") == AccessLevel.EMBARGOED and not data.get("embargo_until"):
            self.add_error("embargo_until", _("An embargo needs the date it ends."))
        return data


class TranscriptUploadForm(forms.Form):
    interview = forms.ModelChoiceField(
        label=_("Interview"), queryset=InterviewPage.objects.order_by("title")
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_("WebVTT (.vtt), SubRip (.srt), timestamped text (.txt), OHMS XML."),
    )
    is_index = forms.BooleanField(
        label=_("This file is the interview's index, not its transcript"), required=False
    )


def _read(upload):
    if upload.size > MAX_UPLOAD:
        raise OralHistoryImportError(_("The file is larger than 20 MB."))
    return upload.read()


@permission_required("wagtailadmin.access_admin")
def upload(request):
    ohms_form = OhmsUploadForm(prefix="ohms")
    transcript_form = TranscriptUploadForm(prefix="transcript")
    if request.method == "POST":
        if "ohms-file" in request.FILES:
            ohms_form = OhmsUploadForm(request.POST, request.FILES, prefix="ohms")
            if ohms_form.is_valid():
                data = ohms_form.cleaned_data
                try:
                    page = import_ohms(
                        _read(data["file"]),
                        language=data["language"],
                        access=data["access_level"],
                        embargo_until=data["embargo_until"],
                    )
                except OralHistoryImportError as error:
                    ohms_form.add_error("file", str(error))
                else:
                    messages.success(request, _("Imported “%(title)s”.") % {"title": page.title})
                    return redirect("wagtailadmin_pages:edit", page.pk)
        else:
            transcript_form = TranscriptUploadForm(request.POST, request.FILES, prefix="transcript")
            if transcript_form.is_valid():
                data = transcript_form.cleaned_data
                page = data["interview"]
                try:
                    attach_transcript(
                        page, data["file"].name, _read(data["file"]), index=data["is_index"]
                    )
                except OralHistoryImportError as error:
                    transcript_form.add_error("file", str(error))
                else:
                    messages.success(request, _("Attached to “%(title)s”.") % {"title": page.title})
                    return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "oral_history/admin/upload.html",
        {"ohms_form": ohms_form, "transcript_form": transcript_form},
    )
