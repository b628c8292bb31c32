from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinkedDataConfig(AppConfig):
    """
    What machines read of the site: schema.org JSON-LD in every page and IIIF Presentation 3
    manifests of the recordings. At the top of the layers, beside the project, because it
    describes every domain and none of them needs it.
    """

    name = "linked_data"
    verbose_name = _("Linked data")
