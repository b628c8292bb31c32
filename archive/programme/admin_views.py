"""
The programme import in Wagtail's admin: upload a CSV, read the check report (a dry run), then
confirm to import the same file. The uploaded file waits in a private temporary folder between
the two steps, named by a random token kept in the editor's session.
"""

import secrets
import tempfile
import time
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from archive.programme.importing import ImportFileError, ProgrammeImporter

UPLOAD_DIR = Path(tempfile.gettempdir()) / "laclef-programme-imports"
SESSION_KEY = "archive_import_token"


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Programme file (CSV)"),
        help_text=_(
            "UTF-8 CSV, comma or semicolon separated, with a header row. "
            "The file is checked first; nothing is saved until you confirm."
        ),
    )


def _stored_path(token):
    if not token or not token.isalnum():
        return None
    path = UPLOAD_DIR / f"{token}.csv"
    return path if path.exists() else None


class ImportProgrammeView(WagtailAdminTemplateMixin, FormView):
    form_class = ImportForm
    template_name = "archive/admin/import_programme.html"
    page_title = _("Import a programme")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("archive.add_screening"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm(request)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        UPLOAD_DIR.mkdir(mode=0o700, exist_ok=True)
        remove_stale_uploads()
        token = secrets.token_hex(16)
        path = UPLOAD_DIR / f"{token}.csv"
        with path.open("wb") as destination:
            for chunk in form.cleaned_data["file"].chunks():
                destination.write(chunk)
        report, problem = self._run(path, dry_run=True)
        if report is not None and report.ok:
            self.request.session[SESSION_KEY] = token
        else:
            path.unlink(missing_ok=True)
        return self.render_to_response(
            self.get_context_data(form=form, report=report, problem=problem, token=token)
        )

    def confirm(self, request):
        token = request.POST.get("token", "")
        path = _stored_path(token) if token == request.session.get(SESSION_KEY) else None
        if path is None:
            messages.error(request, _("That upload has expired: please upload the file again."))
            return redirect("archive_import")
        report, problem = self._run(path, dry_run=False)
        path.unlink(missing_ok=True)
        request.session.pop(SESSION_KEY, None)
        if report is None or not report.ok:
            return self.render_to_response(
                self.get_context_data(form=self.get_form_class()(), report=report, problem=problem)
            )
        messages.success(request, report.summary())
        return redirect(reverse("wagtailsnippets_archive_screening:list"))

    @staticmethod
    def _run(path, *, dry_run):
        try:
            return ProgrammeImporter(path).run(dry_run=dry_run), None
        except ImportFileError as error:
            return None, str(error)


def remove_stale_uploads(max_age=24 * 60 * 60):
    """Uploads checked but never confirmed are removed after a day."""
    limit = time.time() - max_age
    for path in UPLOAD_DIR.glob("*.csv"):
        if path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)
