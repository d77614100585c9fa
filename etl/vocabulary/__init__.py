"""Vocabulary: the regular expressions and word lists of the stages, and the rule files.

Stages hold logic; the words they look for live here, as named token groups with a comment
each, composed from the word lists of `rules/*.toml` (edit those, not the code): `cleaning` for
the reading and cleaning stages, `common` and `initiatives` for extraction.
"""
