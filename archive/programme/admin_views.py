"""
The programme import in Wagtail's admin: upload a spreadsheet, read what will change (a dry run:
each event's fields before and after, conflicts, new and unchanged rows, errors by row and
column), then confirm to apply exactly that. The uploaded file waits in a private temporary
folder between the two steps, named by a random token kept in the editor's session with the
file's SHA-256 and the plan's fingerprint (`ImportReport.digest`): a confirmation whose file or
archive no longer gives the same plan saves nothing and shows the new one.

The page also offers, in French and in English, a template file and the columns' documentation,
rendered from templates rather than read from the code repository.
"""

import hashlib
import secrets
import tempfile
import time
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import IndexView

from archive.programme.exporting import export_response
from archive.programme.format import COLUMNS
from archive.programme.import_guide import column_guide, empty_cell_rule, template_csv
from archive.programme.importing import ImportFileError, PlanChanged, ProgrammeImporter
from archive.programme.spreadsheets import XLSX_SUFFIX, SpreadsheetError, xlsx_to_csv

UPLOAD_DIR = Path(tempfile.gettempdir()) / "laclef-programme-imports"
SESSION_KEY = "archive_import"
# The changed events listed on the check page; the others are counted, and applied alike.
SHOWN_CHANGES = 500
GUIDE_LANGUAGES = ("fr", "en")


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Programme file (CSV or XLSX)"),
        help_text=gettext_lazy(
            "UTF-8 CSV (comma or semicolon separated) or an XLSX workbook, with a header row. "
            "The file is checked first; nothing is saved until you confirm."
        ),
    )


def _stored_path(token):
    if not token or not token.isalnum():
        return None
    path = UPLOAD_DIR / f"{token}.csv"
    return path if path.exists() else None


def file_digest(path):
    with path.open("rb") as stored:
        return hashlib.file_digest(stored, "sha256").hexdigest()


class CanImportMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("archive.add_screening"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ImportProgrammeView(CanImportMixin, WagtailAdminTemplateMixin, FormView):
    form_class = ImportForm
    template_name = "archive/admin/import_programme.html"
    page_title = gettext_lazy("Import a programme")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            guide_languages=[
                (code, translation.get_language_info(code)) for code in GUIDE_LANGUAGES
            ],
            shown_changes=SHOWN_CHANGES,
            empty_cell_rule=empty_cell_rule(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm(request)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        UPLOAD_DIR.mkdir(mode=0o700, exist_ok=True)
        remove_stale_uploads()
        token = secrets.token_hex(16)
        path = UPLOAD_DIR / f"{token}.csv"
        upload = form.cleaned_data["file"]
        try:
            if upload.name.lower().endswith(XLSX_SUFFIX):
                xlsx_to_csv(upload, path)
            else:
                with path.open("wb") as destination:
                    for chunk in upload.chunks():
                        destination.write(chunk)
        except SpreadsheetError as error:
            path.unlink(missing_ok=True)
            return self.render_to_response(self.get_context_data(form=form, problem=str(error)))
        return self.check(path, token, form)

    def check(self, path, token, form, *, warning=None):
        """The dry run's report; a valid file waits for the confirmation."""
        report, problem = self._run(path, dry_run=True)
        context = {"form": form, "report": report, "problem": problem, "warning": warning}
        if report is not None and report.ok:
            sha256 = file_digest(path)
            self.request.session[SESSION_KEY] = {
                "token": token,
                "sha256": sha256,
                "plan": report.digest,
            }
            context.update(token=token, sha256=sha256, plan=report.digest)
        else:
            path.unlink(missing_ok=True)
        return self.render_to_response(self.get_context_data(**context))

    def confirm(self, request):
        waiting = request.session.get(SESSION_KEY) or {}
        token = request.POST.get("token", "")
        path = _stored_path(token) if token == waiting.get("token") else None
        if path is None:
            messages.error(request, _("That upload has expired: please upload the file again."))
            return redirect("archive_import")
        form = self.get_form_class()()
        posted = (request.POST.get("sha256"), request.POST.get("plan"))
        if posted != (waiting["sha256"], waiting["plan"]) or file_digest(path) != posted[0]:
            path.unlink(missing_ok=True)
            request.session.pop(SESSION_KEY, None)
            messages.error(
                request,
                _(
                    "The file is not the one that was checked: nothing was saved. "
                    "Please upload it again."
                ),
            )
            return redirect("archive_import")
        try:
            report, problem = self._run(
                path,
                dry_run=False,
                overwrite=request.POST.getlist("overwrite"),
                expected_plan=waiting["plan"],
            )
        except PlanChanged:
            return self.check(
                path,
                token,
                form,
                warning=_(
                    "The archive changed since this file was checked (someone saved an event "
                    "or imported a file): nothing was saved. Here is what the import would do "
                    "now; read it and confirm again."
                ),
            )
        path.unlink(missing_ok=True)
        request.session.pop(SESSION_KEY, None)
        if report is None or not report.ok:
            return self.render_to_response(
                self.get_context_data(form=form, report=report, problem=problem)
            )
        messages.success(request, report.summary())
        return redirect(reverse("wagtailsnippets_archive_screening:list"))

    @staticmethod
    def _run(path, **options):
        try:
            return ProgrammeImporter(path).run(**options), None
        except ImportFileError as error:
            return None, str(error)


class ImportGuideView(CanImportMixin, View):
    """The columns' documentation (an HTML page) or the template file, in one language."""

    def get(self, request, language, document):
        if language not in GUIDE_LANGUAGES or document not in ("template", "columns"):
            raise Http404
        with translation.override(language):
            if document == "template":
                response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
                name = _("programme-template") + ".csv"
            else:
                html = render_to_string(
                    "archive/admin/import_columns.html",
                    {
                        "columns": column_guide(),
                        "language": language,
                        "empty_cell_rule": empty_cell_rule(),
                    },
                )
                response = HttpResponse(html)
                name = _("programme-columns") + ".html"
        if document == "template" or "download" in request.GET:
            response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Content-Language"] = language
        return response


class ScreeningIndexView(IndexView):
    """
    The admin's list of screenings, whose XLSX and CSV downloads are the filtered events in the
    import format (with the time of the export), to be edited and imported back as an update.
    """

    list_export = COLUMNS

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return export_response(queryset, spreadsheet_format, filename="la-clef-programme-admin")


def remove_stale_uploads(max_age=24 * 60 * 60):
    """Uploads checked but never confirmed are removed after a day."""
    limit = time.time() - max_age
    for path in UPLOAD_DIR.glob("*.csv"):
        if path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)
