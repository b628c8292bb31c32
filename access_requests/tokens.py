"""
The sign-in link's token: the grant's id, signed with the site's key and a salt of its own, so
that no other signed value of the site can stand in for it. It carries no expiry of its own: the
grant decides, on each use, whether it is still in force (not revoked, today within its days), so
that revoking a grant or reaching its last day ends the link too.
"""

from django.core import signing

from base.models import AccessGrant

SALT = "access_requests.sign-in"


def make_token(grant):
    return signing.dumps({"grant": grant.pk}, salt=SALT)


def grant_for(token):
    """The grant a token names, or None for a token that is forged, damaged or names nothing."""
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("grant"), int):
        return None
    return AccessGrant.objects.select_related("user", "page").filter(pk=data["grant"]).first()
