"""Vocabulary: every regular expression and word list the stages use, and the rule files.

Stages hold logic; the words they look for live here, as named token groups with a comment
each, composed from the word lists of `rules/*.toml` (edit those, not the code). `common` holds
what every module here builds on: the one rules loader, the one alternation builder, the one Han
character range; `numerals` is the one Chinese-numeral parser. The other modules are named for
the stage or module that reads them (`reading`, `cleaning`, `dates`, `places`, `orgs`,
`signing`, `initiatives`, `article`). No module outside this package builds a regular expression
(tests/test_architecture.py).
"""

from etl.vocabulary.charset_memo import install as _install_charset_memo

_install_charset_memo()  # before any module here compiles a pattern
