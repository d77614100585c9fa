"""Vocabulary: the regular expressions and word lists of the stages, and the rule files.

Stages hold logic; the words they look for live here, as named token groups with a comment
each, composed from the word lists of `rules/*.toml` (edit those, not the code). `common` holds
what every vocabulary module builds on: the one rules loader, the one alternation builder, the
one Han character range. The other modules are named for the stage or module that reads them.
"""
