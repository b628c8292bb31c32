"""The OAI-PMH envelope, headers and oai_dc records, written with lxml."""

import re
from datetime import UTC

from lxml import etree

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OAI_SCHEMA = f"{OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
DC_SCHEMA = f"{OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
IDENTIFIER_PREFIX = "oai:laclef-archive:"
# Characters XML 1.0 cannot hold (an imported spreadsheet may carry them): left out.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def datestamp(value):
    """The repository's granularity: seconds, in UTC."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def identifier(kind, key):
    return f"{IDENTIFIER_PREFIX}{kind}/{key}"


def sub(parent, tag, text=None, **attributes):
    element = etree.SubElement(parent, f"{{{OAI}}}{tag}", **attributes)
    if text is not None:
        element.text = FORBIDDEN.sub("", str(text))
    return element


def envelope(now, base_url, arguments):
    """The response's root, its date and its `request` element (with `arguments` as attributes)."""
    root = etree.Element(f"{{{OAI}}}OAI-PMH", nsmap={None: OAI, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", OAI_SCHEMA)
    sub(root, "responseDate", datestamp(now))
    sub(root, "request", base_url, **arguments)
    return root


def header(parent, item):
    attributes = {"status": "deleted"} if item.deleted else {}
    element = sub(parent, "header", **attributes)
    sub(element, "identifier", identifier(item.kind, item.key))
    sub(element, "datestamp", datestamp(item.datestamp))
    sub(element, "setSpec", item.kind)
    return element


def dublin_core(parent, elements):
    container = etree.SubElement(parent, f"{{{OAI_DC}}}dc", nsmap={"oai_dc": OAI_DC, "dc": DC})
    container.set(f"{{{XSI}}}schemaLocation", DC_SCHEMA)
    for name, text, language in elements:
        element = etree.SubElement(container, f"{{{DC}}}{name}")
        element.text = FORBIDDEN.sub("", text)
        if language:
            element.set(XML_LANG, language)
    return container


def record(parent, item, elements):
    """A record: its header and, unless deleted, its metadata."""
    element = sub(parent, "record")
    header(element, item)
    if not item.deleted:
        dublin_core(sub(element, "metadata"), elements)
    return element


def serialize(root):
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
