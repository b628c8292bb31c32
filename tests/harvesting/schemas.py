"""
The OAI-PMH response schema with oai_dc inside it, loaded offline.

`OAI-PMH.xsd` imports `oai_dc.xsd`, which imports the Dublin Core elements from dublincore.org,
which imports xml.xsd from w3.org: an lxml resolver answers those two addresses with the local
equivalents in tests/fixtures/oai/ (see its README), and the network is never asked.
"""

from functools import cache

from lxml import etree

from tests.paths import FIXTURES

SCHEMAS = FIXTURES / "oai"
LOCAL = {
    "http://dublincore.org/schemas/xmls/simpledc20021212.xsd": SCHEMAS / "simpledc20021212.xsd",
    "http://www.w3.org/2001/xml.xsd": SCHEMAS / "xml.xsd",
}


class OfflineResolver(etree.Resolver):
    def resolve(self, url, public_id, context):
        for address, path in LOCAL.items():
            if url == address or url.endswith(path.name):
                return self.resolve_filename(str(path), context)
        return None


@cache
def oai_schema():
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(OfflineResolver())
    document = etree.parse(str(SCHEMAS / "OAI-PMH.xsd"), parser)
    return etree.XMLSchema(document)


def valid(content):
    """The parsed response, after asserting that it is valid OAI-PMH with valid oai_dc records."""
    document = etree.fromstring(content)
    schema = oai_schema()
    assert schema.validate(document), schema.error_log
    return document
