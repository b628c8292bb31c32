"""
The one owner of the `?t=` contract: an interview's address at a moment of its recording is its
page's address with `?t=<whole seconds>`, and the page starts the player there.

Built here for the search's passage results and the player's time links, read here by the
interview page; the player's script (`interview-player.js`) writes the same parameter when a
visitor copies a link to the moment they are hearing.
"""

PARAMETER = "t"


def query_at(seconds):
    """'?t=65' for 65.4 seconds: the query string of a moment, relative to the page it is on."""
    return f"?{PARAMETER}={int(seconds)}"


def url_at(url, seconds):
    """The address `url` (an interview page's) at a moment of its recording."""
    return f"{url}{query_at(seconds)}"


def seconds_in(query):
    """The moment a request's query (`request.GET`) asks for, in whole seconds, or None."""
    try:
        return max(0, int(float(query.get(PARAMETER, ""))))
    except ValueError:
        return None
