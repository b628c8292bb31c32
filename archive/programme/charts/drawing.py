"""
Charts drawn by pygal (https://www.pygal.org), server-side, then made accessible with lxml.

pygal's SVG has what a screen reader should not meet, and lacks what it needs: a script setting
up its JavaScript tooltips (not used here), <desc> elements holding each bar's coordinates for
them, a random id and a dated comment (the same numbers would not give the same file). So every
script, title, desc and comment is removed, the id is made the chart's own, and the root gets a
<title> and a <desc> (a sentence that says what the chart shows and its largest value), with
role="img" and aria-labelledby naming both. The numbers are also in the HTML table beside it.
"""

import hashlib
import json

import pygal
from django.core.cache import cache
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from lxml import etree
from pygal.style import Style

SVG = "http://www.w3.org/2000/svg"
# Colours a reader can tell apart on white (contrast at least 3:1 with the background); the
# legend and the table name each series, so colour is never the only way to know it.
STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1a1a1a",
    foreground_strong="#1a1a1a",
    foreground_subtle="#595959",
    colors=(
        "#9e1b2c",
        "#1f5fa8",
        "#2e7d32",
        "#8a4f00",
        "#6a3d9a",
        "#00707a",
        "#b0306d",
        "#4d4d4d",
        "#7a6a00",
    ),
    font_family="system-ui, sans-serif",
    label_font_size=15,
    major_label_font_size=15,
    legend_font_size=15,
    value_font_size=14,
    opacity="1",
    opacity_hover="1",
)
COMMON = {
    "style": STYLE,
    "disable_xml_declaration": True,
    "js": [],
    "show_legend": False,
    "print_values": False,
    "truncate_label": 42,
    "truncate_legend": 30,
    "width": 640,
    "height": 400,
}


def decade_label(decade):
    return _("%(decade)ss") % {"decade": decade}


def label(value):
    """A row's first value as shown: "not given" for an empty country or language."""
    return str(value) if value not in ("", None) else _("not given")


def display_rows(chart, rows):
    """The rows as the table shows them: decades named, empty values said."""
    if chart.drawing in ("stacked", "percent"):
        return [[decade_label(row[0]), *[label(value) for value in row[1:]]] for row in rows]
    return [[label(row[0]), *row[1:]] for row in rows]


def _plot(chart, rows):
    if chart.drawing == "ranking":
        plot = pygal.HorizontalBar(**{**COMMON, "height": max(260, 34 * len(rows) + 80)})
        shown = list(reversed(rows))
        plot.x_labels = [label(row[0]) for row in shown]
        plot.add(str(chart.unit), [row[1] for row in shown])
        return plot
    if chart.drawing == "stacked":
        decades = sorted({row[0] for row in rows})
        totals = {}
        for _decade, country, number in rows:
            totals[country] = totals.get(country, 0) + number
        leading = sorted(totals, key=lambda c: (-totals[c], c))[: len(STYLE.colors) - 1]
        plot = pygal.StackedBar(**{**COMMON, "show_legend": True, "legend_at_bottom": True})
        plot.x_labels = [decade_label(decade) for decade in decades]
        series = {country: dict.fromkeys(decades, 0) for country in [*leading, None]}
        for decade, country, number in rows:
            series[country if country in leading else None][decade] += number
        for country, values in series.items():
            if country is None and not any(values.values()):
                continue
            name = label(country) if country is not None else _("other countries")
            plot.add(name, [values[decade] for decade in decades])
        return plot
    plot = pygal.Bar(**COMMON, x_label_rotation=0)
    if chart.drawing == "percent":
        plot.x_labels = [decade_label(row[0]) for row in rows]
        plot.add(str(chart.unit), [row[3] for row in rows])
        plot.range = (0, 100)
    else:
        plot.x_labels = [str(row[0]) for row in rows]
        plot.x_labels_major_every = 10 if len(rows) > 20 else 1
        plot.show_minor_x_labels = len(rows) <= 20
        plot.add(str(chart.unit), [row[1] for row in rows])
    return plot


def description(chart, rows):
    """One sentence for the SVG's <desc>: what is counted, over what, and the largest value."""
    if not rows:
        return _("%(title)s: no event matches these filters.") % {"title": chart.title}
    value_index = 3 if chart.drawing == "percent" else -1
    top = max(rows, key=lambda row: row[value_index])
    shown = display_rows(chart, [top])[0]
    return _(
        "%(title)s, %(count)s rows (the table below the chart gives them all). "
        "The largest: %(label)s, %(value)s %(unit)s."
    ) % {
        "title": chart.title,
        "count": number_format(len(rows)),
        "label": " · ".join(
            str(value) for value in shown[: 2 if chart.drawing == "stacked" else 1]
        ),
        "value": number_format(top[value_index]),
        "unit": chart.unit,
    }


def _whole_numbers(plot, rows, chart):
    """Counts of a few have whole-number axis labels (pygal would write 0.1, 0.2...)."""
    if chart.drawing in ("bars", "ranking") and rows:
        largest = max(row[1] for row in rows)
        if largest <= 10:
            plot.y_labels = list(range(largest + 1))


DRAWING_CACHE_SECONDS = 60 * 60 * 24


def draw(chart, rows, element_id):
    """
    The chart's accessible SVG, as text, its root's id `element_id`. pygal takes longer to draw
    than the page takes to render, so a drawing is cached by what it shows: the same rows, chart,
    language and id give the same SVG (a snapshot's, too).
    """
    digest = hashlib.sha256(json.dumps(rows).encode()).hexdigest()
    key = f"archive:chart-svg:{chart.key}:{get_language()}:{element_id}:{digest}"
    svg = cache.get(key)
    if svg is None:
        svg = _draw(chart, rows, element_id)
        cache.set(key, svg, DRAWING_CACHE_SECONDS)
    return svg


def _draw(chart, rows, element_id):
    plot = _plot(chart, rows)
    _whole_numbers(plot, rows, chart)
    if not rows:
        plot.add(str(chart.unit), [])
    plot.no_data_text = _("No data")
    svg = plot.render(is_unicode=True)
    random_id = svg.split('id="', 1)[1].split('"', 1)[0]
    root = etree.fromstring(svg.replace(random_id, element_id).encode())
    for element in root.xpath("//svg:script | //svg:title | //svg:desc", namespaces={"svg": SVG}):
        element.getparent().remove(element)
    for comment in root.xpath("//comment()"):
        comment.getparent().remove(comment)
    title = etree.Element(f"{{{SVG}}}title", id=f"{element_id}-title")
    title.text = str(chart.title)
    desc = etree.Element(f"{{{SVG}}}desc", id=f"{element_id}-desc")
    desc.text = description(chart, rows)
    root.insert(0, desc)
    root.insert(0, title)
    root.set("role", "img")
    root.set("aria-labelledby", f"{element_id}-title {element_id}-desc")
    return etree.tostring(root, encoding="unicode")
