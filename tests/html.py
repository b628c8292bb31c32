"""Reading the site's HTML in tests: by element, attribute and text, not by its spelling."""

from bs4 import BeautifulSoup


def soup(page):
    """The parsed document of a response, or of a string of HTML."""
    if not isinstance(page, str):
        page = page.content.decode()
    return BeautifulSoup(page, "html.parser")


def text(element):
    """An element's visible text, its runs of white space made single spaces."""
    return " ".join(element.get_text().split())


def texts(root, selector):
    """The text of every element that matches the CSS selector, in document order."""
    return [text(element) for element in root.select(selector)]


def attrs(root, selector, name):
    """One attribute of every element that matches the CSS selector, in document order."""
    return [element[name] for element in root.select(selector)]


def one(root, selector):
    """The only element that matches the CSS selector (the test fails if there are none or more)."""
    found = root.select(selector)
    assert len(found) == 1, f"{len(found)} elements match {selector!r}"
    return found[0]


def last_child(element, name):
    """The element's last child if it is a `name` element (nothing after it, not even a space)."""
    if element is None or not element.contents:
        return None
    child = element.contents[-1]
    return child if child.name == name else None


def marks_ending_headings(root):
    """The words marked at the very end of a heading's link: <h3>…<a>…<mark>word</mark></a></h3>."""
    ends = (last_child(last_child(heading, "a"), "mark") for heading in root.select("h3"))
    return [mark.get_text() for mark in ends if mark is not None]


def links(page):
    """(href, text) of every link of a response, a string of HTML or a parsed element."""
    root = page if hasattr(page, "select") else soup(page)
    return [(link["href"], link.get_text()) for link in root.find_all("a", href=True)]
