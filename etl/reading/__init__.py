"""Reading: input files in, one `RawDocument` (or a `Reject`) per article out.

What goes in is paths (files or folders, walked in sorted order) of .txt, .html, .jsonl dumps,
WARC/WET archives and the .gz of each; what comes out is decoded text with the container's hints
(URL, title, date, outlet) and a hash of the raw bytes, or a `Reject` with a reason code for input
that cannot become an article. This is the only stage that touches the disk; the entry point is
`etl.reading.readers.iter_documents`.
"""
