"""
The admin's report of every public version (Reports > Public recordings): its state, progress,
attempts and last error, filtered by state, and "Try again" for a failed one.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_required

from oral_history.models import PublicRecording
from oral_history.public_recordings.tasks import make_public_recording

State = PublicRecording.State
PER_PAGE = 50


@permission_required("wagtailadmin.access_admin")
def report(request):
    state = request.GET.get("state", "")
    versions = PublicRecording.objects.select_related("interview", "media").order_by(
        "-updated_at", "-pk"
    )
    if state in State.values:
        versions = versions.filter(state=state)
    else:
        state = ""
    page = Paginator(versions, PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "oral_history/admin/public_recordings_report.html",
        {"page": page, "states": State.choices, "state": state},
    )


@permission_required("wagtailadmin.access_admin")
@require_POST
def retry(request, pk):
    version = get_object_or_404(PublicRecording, pk=pk, state=State.FAILED)
    PublicRecording.objects.filter(pk=version.pk).update(state=State.PENDING, attempts=0)
    make_public_recording.enqueue(version.pk)
    messages.success(request, _("The public version is queued again."))
    return redirect("oral_history_public_recordings")
