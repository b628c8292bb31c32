from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OralHistoryConfig(AppConfig):
    name = "oral_history"
    verbose_name = _("Oral history")
