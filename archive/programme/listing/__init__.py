"""
The programme listing's insides, one module for each thing it does:

- `filters`: the query parameters' form, `ProgrammeFilter` (the matching events and the counts
  beside each option) and the `?q=` text search (`matching_screenings`);
- `facets`: the options shown beside each filter, and their names;
- `counting`: the statements that count the options;
- `rows`: what a row of the programme table shows of an event;
- `cache`: the version that dates the cached counts, bumped by any change to the programme;
- `statistics`: PostgreSQL's planner statistics after a bulk write.
"""
