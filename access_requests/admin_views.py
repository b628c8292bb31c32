"""
The editor's page for one request: what the researcher wrote, and the two decisions, "Approve"
for a number of days (from today) and "Refuse" with a reason; for an approved request in force,
"Revoke". It stands at the viewset's "edit" address, so that the listing's links lead to it.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from access_requests import decisions
from access_requests.forms import ApproveForm, RefuseForm
from access_requests.models import AccessRequest


class DecideView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    model = AccessRequest
    permission_required = "change"
    template_name = "access_requests/admin/decide.html"
    page_title = gettext_lazy("Access request")
    header_icon = "key"
    index_url_name = None
    edit_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(
            AccessRequest.objects.select_related("page", "decided_by", "grant"), pk=kwargs["pk"]
        )
        self.approve_form = ApproveForm(prefix="approve")
        self.refuse_form = RefuseForm(prefix="refuse")

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Access requests")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    @cached_property
    def interview(self):
        return decisions.page_in(self.object.page, self.object.language)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "access_request": self.object,
                "interview": self.interview,
                "approve_form": self.approve_form,
                "refuse_form": self.refuse_form,
                "index_url": reverse(self.index_url_name),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        access_request = self.object
        if action == "revoke" and access_request.status == AccessRequest.Status.APPROVED:
            decisions.revoke(access_request, editor=request.user)
            messages.success(request, _("Access revoked: the link no longer works."))
            return redirect(self.index_url_name)
        if not access_request.is_pending:
            messages.error(request, _("This request has already been decided."))
            return redirect(self.edit_url_name, access_request.pk)
        if action == "approve":
            self.approve_form = ApproveForm(request.POST, prefix="approve")
            if self.approve_form.is_valid():
                return self._approve(request, self.approve_form.cleaned_data["days"])
        elif action == "refuse":
            self.refuse_form = RefuseForm(request.POST, prefix="refuse")
            if self.refuse_form.is_valid():
                return self._refuse(request, self.refuse_form.cleaned_data["reason"])
        return self.render_to_response(self.get_context_data(), status=400)

    def _approve(self, request, days):
        approval = decisions.approve(
            self.object, days=days, editor=request.user, build_url=request.build_absolute_uri
        )
        values = {"date": date_format(approval.grant.ends_on), "link": approval.sign_in_url}
        if approval.mailed:
            message = _("Access granted until %(date)s; the researcher was sent a sign-in link.")
            messages.success(request, message % values)
        else:
            message = _(
                "Access granted until %(date)s, but the e-mail could not be sent. "
                "Send the researcher this sign-in link yourself: %(link)s"
            )
            messages.error(request, message % values)
        return redirect(self.index_url_name)

    def _refuse(self, request, reason):
        if decisions.refuse(self.object, reason=reason, editor=request.user):
            messages.success(request, _("Request refused; the researcher was told why."))
        else:
            messages.error(request, _("The request was refused, but the e-mail could not be sent."))
        return redirect(self.index_url_name)
