"""
Delivery: anonymous visitors' pages served from a shared cache, dated by a version that every
change to the archive bumps and by the next day an embargo or a restricted passage opens, with
Cache-Control, ETag and Last-Modified for browsers and a CDN, and a clear 503 page while the
database is away. It sits at the top of the layers because it listens to every domain's changes
(docs/production.md).
"""
