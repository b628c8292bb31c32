"""Links that change one parameter of a listing's query string and keep the others."""

from django.http import QueryDict


def changed_query_string(data, names, **changes):
    """
    The parameters `names` of `data` as a query string, with `changes` applied (None removes a
    parameter): the links of a listing's filters and pages, here and on the search page.
    """
    params = QueryDict(mutable=True)
    for name in names:
        raw = data.get(name, "")
        if raw:
            params[name] = raw
    for name, value in changes.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = value
    return params.urlencode()
