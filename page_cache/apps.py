from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "page_cache"
    verbose_name = "Page cache"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from page_cache import cdn, receivers

        receivers.connect()
        cdn.connect()
