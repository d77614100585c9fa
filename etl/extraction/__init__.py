"""Extraction: a `CleanDocument` in, its `Agreement`s and `Initiative`s out (pure: no I/O).

Places are found with the gazetteer of every administrative division (`gazetteer`), dates
resolved against the publication date (`dates`), organisations normalised to their official
names (`orgs`); signings are read from the sentences that report them (`agreements`) and
programmes from the names the article gives them (`initiatives`). The entry point is
`etl.extraction.article.extract`, which also works out what the article is about (its own place,
its abbreviations, the date relative expressions refer to). Words and patterns live in
`etl.vocabulary`, never here.
"""
