"""
The leaflets in Wagtail's admin: the list with each reading's progress, the upload of scans,
and the review screen where an editor corrects, accepts, rejects or merges the suggested rows,
adds the rows the reading missed, and confirms the leaflet. Only those who may add events to
the programme see them.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.forms import modelformset_factory
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from leaflets.confirming import ConfirmError, confirm
from leaflets.forms import AddedRowForm, SuggestionForm, UploadForm
from leaflets.matching import events_on
from leaflets.models import Leaflet, LeafletPage, Suggestion
from leaflets.reading import receive
from leaflets.scans import ScanError, collect, max_pages

PERMISSION = "archive.add_screening"
PER_PAGE = 50
REFRESH_SECONDS = 3


def may_edit(user):
    return user.has_perm(PERMISSION)


class EditorOnly:
    def dispatch(self, request, *args, **kwargs):
        if not may_edit(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LeafletIndexView(EditorOnly, WagtailAdminTemplateMixin, TemplateView):
    template_name = "leaflets/admin/index.html"
    page_title = gettext_lazy("Leaflets")
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        leaflets = Leaflet.objects.select_related("image", "document")
        page = Paginator(leaflets, PER_PAGE).get_page(self.request.GET.get("p"))
        waiting = any(
            leaflet.state in (Leaflet.State.QUEUED, Leaflet.State.READING) for leaflet in page
        )
        return super().get_context_data(
            page=page, refresh=REFRESH_SECONDS if waiting else None, **kwargs
        )


class UploadView(EditorOnly, WagtailAdminTemplateMixin, FormView):
    form_class = UploadForm
    template_name = "leaflets/admin/upload.html"
    page_title = gettext_lazy("Upload leaflets")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("leaflets_index"), "label": _("Leaflets")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(max_pages=max_pages(), **kwargs)

    def form_valid(self, form):
        files = [(upload.name, upload.read()) for upload in form.cleaned_data["files"]]
        try:
            scans = collect(files)
            leaflets = receive(scans, form.cleaned_data, self.request.user)
        except ScanError as error:
            for problem in error.problems:
                form.add_error("files", problem)
            form.add_error(None, _("Nothing was saved."))
            return self.form_invalid(form)
        except ValidationError as error:
            for problem in error.messages:
                form.add_error("files", problem)
            form.add_error(None, _("Nothing was saved."))
            return self.form_invalid(form)
        messages.success(
            self.request,
            ngettext(
                "%(count)s scan received: it is being read.",
                "%(count)s scans received: they are being read.",
                len(leaflets),
            )
            % {"count": len(leaflets)},
        )
        return redirect("leaflets_index")


SuggestionFormSet = modelformset_factory(Suggestion, form=SuggestionForm, extra=0)


def event_label(screening):
    films = " / ".join(link.film.title for link in screening.film_links.all())
    time = f" {screening.time:%H:%M}" if screening.time else ""
    return f"#{screening.pk} · {screening.date:%d/%m/%Y}{time} · {films or screening}"


def numbered_forms(formset, added):
    """[(number or None for the added row, form)] in the order the screen shows them."""
    return [*enumerate(formset.forms, 1), (None, added)]


def error_list(formset, added):
    """[(message, link to its field)] of every field's error, in the screen's order."""
    summary = []
    for number, form in numbered_forms(formset, added):
        row = _("Row %(number)s") % {"number": number} if number else _("The row you add")
        for name, errors in form.errors.items():
            field = form[name] if name in form.fields else None
            for error in errors:
                where = f"{row}, {field.label}" if field else row
                message = _("%(where)s: %(error)s") % {"where": where, "error": error}
                summary.append((message, f"#{field.auto_id}" if field else None))
    return summary


def place_problems(problems, formset, added):
    """
    Put each of the confirmation's problems by its field, numbered as the screen numbers the
    rows; [(message, link to its field)] for the list at the top of the rows.
    """
    rows = {form.instance.pk: (number, form) for number, form in numbered_forms(formset, added)}
    summary = []
    for problem in problems:
        number, form = rows.get(problem.suggestion_id, (None, None))
        message = problem.message(number)
        if form is None or problem.field not in form.fields:
            summary.append((message, None))
            continue
        form.add_error(problem.field, message)
        summary.append((message, f"#{form[problem.field].auto_id}"))
    return summary


class ReviewView(EditorOnly, WagtailAdminTemplateMixin, TemplateView):
    """
    The scan beside its suggested rows, each editable, and an empty row for an event the
    reading missed; every row is saved with the others or none of them are.
    """

    template_name = "leaflets/admin/review.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        self.leaflet = get_object_or_404(
            Leaflet.objects.select_related("image", "document"), pk=kwargs["pk"]
        )
        self.pages = list(self.leaflet.pages.all())
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Review: %(title)s") % {"title": self.leaflet.scan.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("leaflets_index"), "label": _("Leaflets")},
            {"url": "", "label": self.get_page_title()},
        ]

    def suggestions(self):
        return Suggestion.objects.filter(page__leaflet=self.leaflet).select_related("page")

    def formset(self, data=None):
        suggestions = self.suggestions()
        by_day = events_on([s.date for s in suggestions if s.date])
        formset = SuggestionFormSet(data, queryset=suggestions, prefix="rows")
        for form in formset.forms:
            day = form.instance.date
            form.fields["merge_into"].choices = [
                ("", "—"),
                *((s.pk, event_label(s)) for s in by_day.get(day, ())),
            ]
        return formset

    def added_form(self, data=None):
        return AddedRowForm(data, prefix="new", pages=self.pages)

    def get_context_data(self, formset=None, added=None, problems=(), **kwargs):
        formset = self.formset() if formset is None else formset
        rows = [(number, form, form.instance) for number, form in enumerate(formset.forms, 1)]
        editable = self.leaflet.state == Leaflet.State.READ and bool(self.pages)
        return super().get_context_data(
            leaflet=self.leaflet,
            pages=self.pages,
            formset=formset,
            rows=rows,
            added=(self.added_form() if added is None else added) if editable else None,
            problems=problems,
            editable=editable,
            refresh=REFRESH_SECONDS
            if self.leaflet.state in (Leaflet.State.QUEUED, Leaflet.State.READING)
            else None,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if self.leaflet.state == Leaflet.State.CONFIRMED:
            messages.info(request, _("This leaflet was confirmed already: nothing changed."))
            return redirect("leaflets_review", pk=self.leaflet.pk)
        if self.leaflet.state != Leaflet.State.READ or not self.pages:
            raise Http404
        formset = self.formset(request.POST)
        added = self.added_form(request.POST)
        if not all([formset.is_valid(), added.is_valid()]):  # both checked, every error shown
            return self.render_to_response(
                self.get_context_data(
                    formset=formset, added=added, problems=error_list(formset, added)
                )
            )
        try:
            with transaction.atomic():
                formset.save()
                if added.has_changed():
                    added.save()
                if "confirm" in request.POST:
                    count = confirm(self.leaflet.pk)
        except ConfirmError as error:
            problems = place_problems(error.problems, formset, added)
            return self.render_to_response(
                self.get_context_data(formset=formset, added=added, problems=problems)
            )
        if "confirm" in request.POST:
            messages.success(
                request,
                _("Leaflet confirmed: %(count)s events saved in the programme.") % {"count": count},
            )
        elif added.has_changed():
            messages.success(
                request,
                _(
                    "The row you added is kept with the others; nothing is in the programme "
                    "yet. Another empty row is below it."
                ),
            )
        else:
            messages.success(
                request, _("Your corrections are kept; nothing is in the programme yet.")
            )
        return redirect("leaflets_review", pk=self.leaflet.pk)


class PagePictureView(EditorOnly, View):
    """A page as Tesseract read it, for the review screen (the files are private)."""

    def get(self, request, pk):
        page = get_object_or_404(LeafletPage, pk=pk)
        return FileResponse(page.picture.open("rb"), content_type="image/jpeg")
