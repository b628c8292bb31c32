"""The leaflet review screen as the leaflet tests use it: read it, and post it back changed."""

from tests.html import soup


def review(client, leaflet):
    return soup(client.get(f"/admin/leaflets/{leaflet.pk}/"))


def formset_data(page, **changes):
    """The review form as the browser would send it, with `changes` {"rows-0-title": …}."""
    data = {}
    for field in page.select("form input[name], form select[name], form textarea[name]"):
        name = field["name"]
        if field.name == "select":
            chosen = field.select_one("option[selected]")
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    data.update(changes)
    return data
