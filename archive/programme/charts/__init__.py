"""
Charts of the programme: what each counts (`data`), drawn by pygal and made accessible
(`drawing`), their pages and downloads (`views`), and the frozen copies researchers cite
(`ChartSnapshot`, `views.snapshot`).
"""
