"""
The programme as a calendar (year → month → day) that says what it does not know: each day's
status (`days`), the pages at each level (`views`), and the closure periods and complete-programme
marks edited in the admin (`viewsets`).
"""
