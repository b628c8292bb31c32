"""
The interview's edit form in the Wagtail admin.

The page's consent rule (`InterviewPage.clean`, `oral_history.consent`) judges the page with its
participants; in the form, until it is saved, the participants are those of the participants'
formset, not yet the page's. The form hands the page the participants as submitted before the
page is validated, so that the rule judges what is being saved: widening a narrator's consent
and the interview's access in the same edit is allowed, narrowing one without the other is
refused with the message under the access field.
"""

from wagtail.admin.forms import WagtailAdminPageForm


def submitted_participants(formset):
    """The participants a bound formset would save (valid, neither deleted nor left blank)."""
    if formset is None or not formset.is_bound:
        return None
    formset.is_valid()  # validates each form, so that its instance holds what was submitted
    kept = []
    for form in formset.forms:
        if not form.is_valid() or form.cleaned_data.get("DELETE"):
            continue
        if form.empty_permitted and not form.has_changed():
            continue
        kept.append(form.instance)
    return kept


class InterviewPageForm(WagtailAdminPageForm):
    def _post_clean(self):
        self.instance.participants_under_review = submitted_participants(
            self.formsets.get("participants")
        )
        super()._post_clean()
