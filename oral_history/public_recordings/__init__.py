"""
Public versions of recordings: the sound of a recording silenced during the interview's
restricted passages, so that what the transcript withholds cannot be heard either.

- `states`: which ranges are silenced today and from each later day a passage opens, and the
  fingerprint of each version's inputs;
- `silencing`: the ffmpeg command that makes a version;
- `planning`: the rows a change calls for, made when an interview is published or a recording
  changes, and the jobs queued for them (the editor's save only enqueues);
- `tasks`: the background job, with its attempts and retries;
- `playing`: what a visitor's player plays (the original, a public version, or nothing yet);
- `views`: the public version's address, served with HTTP Range;
- `panels`, `reports`: their state and errors in the Wagtail admin.

See docs/oral-history.md.
"""
