"""
The site's section pages by name ("archive", "media"…), for links across domains.

A record of one domain often links to a record of another (a photograph to the people in it, an
exhibition to its artists): each domain registers its section page's model here when the apps are
ready, and the others find the section of a language by name without importing that domain.
"""

_models = {}


def register(name, page_model):
    _models[name] = page_model


def section_page(name, locale_id):
    """The live section page `name` of this locale, or None."""
    model = _models.get(name)
    if model is None:
        return None
    return model.objects.live().filter(locale_id=locale_id).first()
