"""The ETL on a Spark cluster: article files in, the staged tables out as Parquet.

    spark-submit etl/spark_job.py INPUT OUTPUT [--partitions N]
    python etl/spark_job.py INPUT OUTPUT [--master local[2]]      # a local master, no cluster

INPUT is any Hadoop-compatible path, folder or glob (file:, hdfs://, s3a://, gs:// ...) holding
.txt / .html / .jsonl dumps (each optionally .gz) and WARC / WET archives (.warc, .warc.gz,
.wet, .wet.gz: response records go through the HTML reader, WET conversion records through the
text reader, and the id of a record is a hash of its target URI). Each file is read whole by
Spark's binaryFile source (so keep single files well under 2 GB; crawl segments are), the lines
of a JSONL dump are spread over the tasks, every unit is decoded by
the same readers as a local build, and every article goes through the same pure
`etl.pipeline.process_document` in mapPartitions, then through `etl.storage.rows.article_rows`,
so the rows are those a local build writes.

OUTPUT gets one Parquet folder per staged table: articles, stg_agreements, stg_agreement_parties,
stg_initiatives, rejects, with the columns and types of etl/storage/sql/schema.sql plus `_path` (the
input the row came from) on the stg tables, which the loader needs to apply the local build's rule
for two inputs with the same id (the first one in path order wins, the others are rejected as
duplicate_id). build_id is 0 and loaded_at the job's start: the loader stamps its own. Load the
result with `python -m etl load-parquet OUTPUT --db tracker.duckdb`.
"""

from __future__ import annotations

import argparse
import gzip
import io
import logging
import os
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # spark-submit etl/spark_job.py puts etl/ first on the path
    sys.path.insert(0, str(ROOT))

from etl import settings  # noqa: E402
from etl.cleaning.clean import MAX_SENTENCE_CHARS  # noqa: E402
from etl.pipeline import process_or_reject  # noqa: E402
from etl.reading import decoding, formats, readers, warc  # noqa: E402
from etl.records import RawDocument, Reject  # noqa: E402
from etl.storage import rows  # noqa: E402

LOGGER = logging.getLogger(__name__)
WARC_SUFFIXES = (".warc", ".wet", ".arc")
BROKEN, TRUNCATED = -1, -2  # line numbers of the units that say a dump could not be read


# ----------------------------------------------------------------------------- reading
def local_path(uri: str) -> str:
    """file:/a/b -> /a/b (a local build names inputs by path); other schemes are kept."""
    if uri.startswith("file://"):
        return uri[len("file://"):]
    if uri.startswith("file:"):
        return uri[len("file:"):]
    return uri


def _is_warc(name: str) -> bool:
    base = name.lower().removesuffix(".gz")
    return base.endswith(WARC_SUFFIXES)


def units(path: str, data: bytes) -> Iterator[tuple[str, int, bytes]]:
    """Split one file into units of work: (path, line number, line) for each line of a JSONL
    dump, so a big dump spreads over many tasks; (path, 0, bytes) for any other file."""
    name = PurePosixPath(path).name
    if not _is_warc(name) and readers.kind_of(PurePosixPath(path))[0] == "jsonl":
        stream = io.BytesIO(data)
        fh = gzip.GzipFile(fileobj=stream) if name.lower().endswith(".gz") else stream
        try:  # the lines before a truncation are read, as a local build reads them
            for n, line in enumerate(fh, start=1):
                if line.strip():
                    yield path, n, line
        except EOFError as exc:
            yield path, TRUNCATED, (f"the dump ends in the middle of its gzip stream ({exc}); "
                                    "the lines before were read").encode()
        except (OSError, zlib.error) as exc:
            yield path, BROKEN, f"the dump could not be read to the end ({exc})".encode()
        return
    yield path, 0, data


def docs_from_unit(path: str, n: int, data: bytes, max_bytes: int = formats.DEFAULT_MAX_BYTES
                   ) -> Iterator[RawDocument | Reject]:
    """The articles of one unit: what readers.iter_documents yields for it."""
    name = PurePosixPath(path).name
    if _is_warc(name):
        stem = readers.kind_of(PurePosixPath(path))[1]  # the local build's ids, exactly
        yield from warc.read_warc(io.BytesIO(data), path=path, stem=stem, max_bytes=max_bytes)
        return
    # the readers of a local build, so that names, ids and rejects are exactly a local build's.
    fmt, stem = readers.kind_of(PurePosixPath(path))
    if n > 0:
        yield formats.read_jsonl_line(data, path, stem, n, max_bytes)
        return
    if n < 0:
        yield Reject(path, "truncated" if n == TRUNCATED else "error", data.decode(), stem)
        return
    try:
        if name.lower().endswith(".gz"):
            try:
                data = gzip.decompress(data)
            except EOFError as exc:
                raise decoding.Rejected("truncated", f"the gzip file is truncated ({exc})") \
                    from exc
        if len(data) > max_bytes:
            raise decoding.Rejected("too_large", f"the file has {len(data)} bytes, over the "
                                   f"limit of {max_bytes}")
        if fmt is None:
            return  # a local build skips unsupported files found in folders
        reader = formats.read_html if fmt == "html" else formats.read_text
        yield reader(data, path=path, doc_id=stem)
    except decoding.Rejected as exc:
        yield Reject(path, exc.reason, exc.message, stem)
    except Exception as exc:  # a bad file never stops the job
        yield Reject(path, "error", f"could not read the file: {type(exc).__name__}: {exc}", stem)


def docs_from_bytes(path: str, data: bytes) -> Iterator[RawDocument | Reject]:
    """Every article of one file's bytes."""
    for p, n, chunk in units(path, data):
        yield from docs_from_unit(p, n, chunk)


# ----------------------------------------------------------------------------- processing
def _converters(table: str) -> list[tuple[str, Any]]:
    """(column, coerce) per column: Spark's schema check wants float for DOUBLE, int for INTEGER."""
    out = []
    for col, typ in rows.SCHEMA[table].items():
        conv = float if typ == "DOUBLE" else int if typ in ("INTEGER", "BIGINT") else None
        out.append((col, conv))
    return out


def process_units(work: Iterable[tuple[str, int, bytes]], loaded_at: datetime,
                  max_sentence_chars: int = MAX_SENTENCE_CHARS) -> Iterator[tuple[str, tuple]]:
    """(table, row tuple in schema order [+ _path]) for every row the units contribute."""
    convs = {t: _converters(t) for t in rows.ROW_TABLES}

    def as_tuple(table: str, row: dict, path: str | None) -> tuple:
        vals = tuple(row[c] if row[c] is None or f is None else f(row[c])
                     for c, f in convs[table])
        return vals if path is None else (*vals, path)

    for path, n, data in work:
        for item in docs_from_unit(path, n, data):
            result = item if isinstance(item, Reject) else process_or_reject(
                item, max_sentence_chars=max_sentence_chars)
            if isinstance(result, Reject):
                yield "rejects", as_tuple("rejects", rows.reject_row(result, 0, loaded_at), None)
                continue
            for table, trows in rows.article_rows(result, 0, loaded_at).items():
                src = None if table == "articles" else result.raw.path
                for r in trows:
                    yield table, as_tuple(table, r, src)


def spark_schema(table: str) -> Any:
    from pyspark.sql import types as T

    simple = {"VARCHAR": T.StringType(), "INTEGER": T.IntegerType(), "BIGINT": T.LongType(),
              "DOUBLE": T.DoubleType(), "BOOLEAN": T.BooleanType(), "DATE": T.DateType(),
              "TIMESTAMP": T.TimestampNTZType(), "VARCHAR[]": T.ArrayType(T.StringType())}
    fields = [T.StructField(c, simple[t], True) for c, t in rows.SCHEMA[table].items()]
    if table not in ("articles", "rejects"):
        fields.append(T.StructField(rows.PATH_COLUMN, T.StringType(), True))
    return T.StructType(fields)


def run(spark: Any, input_path: str, output: str, partitions: int | None = None) -> dict:
    """Read, process and write every table; returns {table: rows written}."""
    from pyspark import StorageLevel

    loaded_at = datetime.now().replace(microsecond=0)
    cap = settings.get_int("max_sentence_chars")  # read on the driver, as a local build does
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
             .load(input_path).select("path", "content").rdd)
    # Units (a JSONL line, or a whole file) are spread over the tasks: one big dump is not one
    # task. The shuffle moves raw bytes only, before the expensive per-article work.
    work = files.flatMap(lambda row: units(local_path(row[0]), bytes(row[1]))) \
        .repartition(partitions or 4 * spark.sparkContext.defaultParallelism)
    staged = work.mapPartitions(lambda it: process_units(it, loaded_at, cap)) \
        .persist(StorageLevel.MEMORY_AND_DISK)
    counts = {}
    try:
        for table in rows.ROW_TABLES:
            part = staged.filter(lambda kv, t=table: kv[0] == t).map(lambda kv: kv[1])
            df = spark.createDataFrame(part, spark_schema(table))
            df.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{table}")
            counts[table] = spark.read.parquet(f"{output.rstrip('/')}/{table}").count()
    finally:
        staged.unpersist()
    return counts


def session(master: str | None, app: str = "kx-tracker-etl") -> Any:
    from pyspark.sql import SparkSession

    # Python workers must import `etl` (and read its data files) from the checkout; on a
    # cluster, ship it instead (see bench/README.md: --archives + spark.executorEnv.PYTHONPATH).
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    b = SparkSession.builder.appName(app).config("spark.sql.session.timeZone", "UTC") \
        .config("spark.ui.showConsoleProgress", "false")
    if master:
        b = b.master(master)
    elif "SPARK_ENV_LOADED" not in os.environ and not os.environ.get("MASTER"):
        master = "local[*]"  # `python etl/spark_job.py` without spark-submit
        b = b.master(master)
    if master and master.startswith("local") and "SPARK_ENV_LOADED" not in os.environ:
        # Local mode runs everything in the driver's JVM, whose default heap (1 GB) is too small
        # to hold a big input file; spark-submit users set --driver-memory themselves.
        b = b.config("spark.driver.memory", os.environ.get("SPARK_DRIVER_MEMORY", "4g"))
    return b.getOrCreate()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="file, folder or glob on any Hadoop-compatible file system")
    ap.add_argument("output", help="folder for the Parquet tables")
    ap.add_argument("--master", help="e.g. local[2] (default: spark-submit's, else local[*])")
    ap.add_argument("--partitions", type=int,
                    help="tasks for the per-article work (default: 4 per core)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    spark = session(args.master)
    try:
        counts = run(spark, args.input, args.output, args.partitions)
    finally:
        spark.stop()
    secs = time.perf_counter() - t0  # includes the JVM's start and stop
    sys.stdout.write(" ".join(f"{t}={n}" for t, n in counts.items()) + f" -> {args.output} "
                     f"in {secs:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
