"""
The researcher's form and the editor's two decisions.

The request form carries a honeypot: a field people never see (hidden from sight and from
assistive technology, out of the tab order, labelled "leave empty") that robots fill in. A filled
honeypot, like a rate-limited submission, stores nothing (views.py).
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from access_requests.models import AccessRequest

HONEYPOT = "website"


class AccessRequestForm(forms.ModelForm):
    agreed_to_terms = forms.BooleanField(
        label=_("I agree to the terms of use above."),
        error_messages={"required": _("Tick the box to agree to the terms of use.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = AccessRequest
        fields = ["name", "email", "institution", "intended_use", "agreed_to_terms"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "institution": _("Institution"),
            "intended_use": _("Intended use"),
        }
        help_texts = {
            "email": _("The answer and, if access is granted, your sign-in link are sent here."),
            "institution": _(
                "A university, an archive, a publisher, a production… or “independent researcher”."
            ),
            "intended_use": _(
                "What you are working on and how you mean to use the recording and transcript."
            ),
        }
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "email": {
                "required": _("Enter your e-mail address."),
                "invalid": _("Enter an e-mail address like name@example.org."),
            },
            "institution": {"required": _("Enter your institution, or “independent researcher”.")},
            "intended_use": {"required": _("Say how you mean to use the interview.")},
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "institution": forms.TextInput(attrs={"autocomplete": "organization"}),
            "intended_use": forms.Textarea(attrs={"rows": 6}),
        }

    def honeypot_filled(self):
        return bool(self.data.get(HONEYPOT, "").strip())

    def clean_email(self):
        return self.cleaned_data["email"].strip()


class ApproveForm(forms.Form):
    days = forms.IntegerField(
        label=_("Days of access"),
        min_value=1,
        max_value=3660,
        initial=lambda: settings.ACCESS_GRANT_DAYS,
        help_text=_("Counted from today, today included."),
    )


class RefuseForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the researcher in the e-mail that tells them."),
        error_messages={"required": _("Give the reason: it is sent to the researcher.")},
    )
