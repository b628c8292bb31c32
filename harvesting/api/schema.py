"""
The OpenAPI description is of the read API alone, not of Wagtail's admin API beside it, and says
every answer an operation may give: 400 for a parameter it refuses (a filter, `lang`, `limit`),
404 for a record that is not public or a cursor it did not issue.
"""

ERROR = {
    "type": "object",
    "description": "What was refused: `detail`, or each refused parameter with its messages.",
    "additionalProperties": True,
}
ANSWERS = {
    "400": "A parameter was refused.",
    "404": "No such public record, or a cursor this API did not issue.",
}


def only_the_read_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: keep the endpoints under /api/v1/."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]


def error_answers(result, **kwargs):
    """drf-spectacular postprocessing hook: every operation's 400 and 404."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR
    reference = {"$ref": "#/components/schemas/Error"}
    for operations in result["paths"].values():
        for operation in operations.values():
            for code, description in ANSWERS.items():
                operation["responses"].setdefault(
                    code,
                    {
                        "description": description,
                        "content": {"application/json": {"schema": reference}},
                    },
                )
    return result
