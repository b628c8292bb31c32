"""
Researchers ask for a restricted interview: the public form, the requests editors decide in the
admin, the e-mails, and the sign-in link that lets a researcher in for the days granted.

It sits above `base` (which owns the grant and decides access) and below the domains: it knows
pages only as Wagtail pages with an access level (`base.access.AccessControlled`), so that any
registered or embargoed page can be asked for, and the interview template links to its form by
the URL's name.
"""
