"""Cleaning: a `RawDocument` in, a `CleanDocument` out (pure: no files, no database).

The text is repaired (layout, mojibake, markup, pinyin annotations, Traditional -> Simplified,
punctuation) with a map back to every original character (`repair`), split into the article and
the site's chrome (`boilerplate`), and described (`metadata`: title, publication time, outlet,
author, script, hashes). The entry point is `etl.cleaning.clean.clean_document`.
"""
