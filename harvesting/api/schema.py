"""The OpenAPI description is of the read API alone, not of Wagtail's admin API beside it."""


def only_the_read_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: keep the endpoints under /api/v1/."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
