"""Corrections: the analysts' corrections in, an article's corrected rows out.

What a reviewer's correction is and how it changes the rows the extraction produced; pure (no
database: the store and the builds' review step are etl/storage/correction_store.py and
etl/storage/review.py).
- `model`: keys that survive rebuilds, the vocabulary (actions, reject reasons), the checks a
  save runs, the changes the page and the CLI build;
- `apply`: corrections applied to one article's rows (`correct_article`), shared by every build
  and the gold export;
- `gold`: a reviewed article as a gold record (score.py's schema);
- `reviewers`: reviewers and their scrypt password hashes.
"""
