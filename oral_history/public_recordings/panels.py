"""The state of an interview's public versions, on its edit screen (the "Access" tab)."""

from wagtail.admin.panels import Panel


class PublicRecordingsPanel(Panel):
    """Read-only: each version, its silenced ranges, its state, progress, attempts and error."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "oral_history/admin/public_recordings_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["versions"] = (
                list(instance.public_recordings.select_related("media")) if instance.pk else []
            )
            return context
