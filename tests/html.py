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
