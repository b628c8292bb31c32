"""
Backup and restore of the whole archive as a BagIt bag (docs/backup.md): every record and page
in JSON Lines, every file with its SHA-256, the fixity found at export. It reads every domain,
so it sits at the top of the layers, beside the project's settings.
"""
