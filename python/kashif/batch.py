"""A whole archive through Kashif on Dask distributed.

    kashif-batch run ARCHIVE --out DIR [--scheduler tcp://HOST:PORT] [--workers 2]
    kashif-batch top --type PERS [DIR]

ARCHIVE is a folder of ``.txt`` files (id: the path under the folder without
``.txt``), a JSONL file of ``{"id", "text"}`` records, or a Parquet file or
folder of them with a text column (``--text-column``, ``--id-column``).

The input is cut into partitions by a deterministic plan (a few hundred
documents or a few tens of MB each), and each partition is one Dask task
that writes its own files under DIR:

    entities/part-NNNNN.parquet    one row per entity: doc, start, end, type, text, canonical, value (JSON)
    documents/part-NNNNN.parquet   one row per document: id, bytes, characters, entities, one count per type, error
    index/bucket-NN.parquet        canonical entity -> documents, mentions, doc ids (the cross-document index)

``--format jsonl`` writes ``.jsonl`` files instead. A partition's documents
file is renamed into place last, so it marks the partition complete: a rerun
skips complete partitions, and a task that a dying worker left half done is
run again by Dask elsewhere and replaces its own files, so no document is
lost or written twice. A document that cannot be analysed (invalid UTF-8,
empty, over ``--max-doc-mb``) is a documents row with ``error`` set.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import sys
import time
import uuid
import zlib
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from . import ENTITY_TYPES, KashifError, Pipeline, _shared_pipeline

__all__ = ["run", "top", "main"]

MANIFEST = "manifest.json"
DEFAULT_PARTITION_DOCS = 500
DEFAULT_PARTITION_MB = 32
DEFAULT_MAX_DOC_MB = 16
DEFAULT_INDEX_BUCKETS = 16

# --- the plan: which documents each partition holds ---------------------------


def _input_kind(path: str) -> str:
    if os.path.isdir(path):
        has_txt = any(True for _ in _txt_files(path))
        if not has_txt and glob.glob(os.path.join(path, "**", "*.parquet"), recursive=True):
            return "parquet"
        return "txt"
    if path.endswith(".parquet"):
        return "parquet"
    return "jsonl"


def _txt_files(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".txt"):
                yield os.path.join(root, name)


def _plan(source: str, kind: str, partition_docs: int, partition_bytes: int,
          text_column: str, id_column: Optional[str]) -> List[Dict[str, Any]]:
    """Partitions as small dicts a worker can read its documents from. The
    same input and limits always give the same plan (resuming depends on it)."""
    parts: List[Dict[str, Any]] = []
    if kind == "txt":
        batch: List[Tuple[str, int]] = []
        size = 0
        for path in sorted(_txt_files(source)):
            n = os.path.getsize(path)
            if batch and (len(batch) >= partition_docs or size + n > partition_bytes):
                parts.append({"kind": "txt", "root": source, "files": batch, "docs": len(batch), "bytes": size})
                batch, size = [], 0
            batch.append((os.path.relpath(path, source), n))
            size += n
        if batch:
            parts.append({"kind": "txt", "root": source, "files": batch, "docs": len(batch), "bytes": size})
    elif kind == "jsonl":
        total = os.path.getsize(source)
        for start in range(0, max(total, 1), partition_bytes):
            parts.append({"kind": "jsonl", "path": source, "start": start,
                          "end": min(start + partition_bytes, total), "docs": None,
                          "bytes": min(partition_bytes, total - start)})
    else:
        import pyarrow.parquet as pq

        files = [source] if os.path.isfile(source) else sorted(
            glob.glob(os.path.join(source, "**", "*.parquet"), recursive=True))
        for path in files:
            rows = pq.ParquetFile(path).metadata.num_rows
            for first in range(0, rows, partition_docs):
                last = min(first + partition_docs, rows)
                parts.append({"kind": "parquet", "path": path, "first": first, "last": last,
                              "text_column": text_column, "id_column": id_column,
                              "docs": last - first, "bytes": None})
    for k, p in enumerate(parts):
        p["name"] = f"part-{k:05d}"
    return parts


# --- on a worker: read a partition's documents --------------------------------

Doc = Tuple[str, Any, Optional[str]]  # id, text (bytes or str) or None, error


def _read_txt(part: Dict[str, Any], max_bytes: int) -> Iterator[Doc]:
    for rel, size in part["files"]:
        doc_id = rel[:-4] if rel.endswith(".txt") else rel
        if size > max_bytes:
            yield doc_id, None, f"too_large: {size} bytes (limit {max_bytes})"
            continue
        try:
            with open(os.path.join(part["root"], rel), "rb") as f:
                yield doc_id, f.read(), None
        except OSError as e:
            yield doc_id, None, f"unreadable: {e.strerror}"


def _read_jsonl(part: Dict[str, Any], max_bytes: int) -> Iterator[Doc]:
    # A partition owns the lines that start in [start, end).
    with open(part["path"], "rb") as f:
        pos = part["start"]
        if pos > 0:
            f.seek(pos - 1)
            f.readline()  # the rest of a line that started before `start`
            pos = f.tell()
        while pos < part["end"]:
            line = f.readline()
            if not line:
                break
            offset, pos = pos, pos + len(line)
            if not line.strip():
                continue
            fallback_id = f"@{offset}"
            if len(line) > max_bytes * 2 + 1024:  # escapes may double a text's size
                yield fallback_id, None, f"too_large: a {len(line)}-byte line"
                continue
            try:
                record = json.loads(line)
            except ValueError as e:  # invalid UTF-8 in the file is a ValueError too
                yield fallback_id, None, f"bad_record: {e}"
                continue
            if not isinstance(record, dict):
                yield fallback_id, None, "bad_record: not a JSON object"
                continue
            doc_id = str(record.get("id", fallback_id))
            text = record.get("text")
            if not isinstance(text, str):
                yield doc_id, None, "bad_record: no text"
                continue
            yield doc_id, text, None


def _read_parquet(part: Dict[str, Any], max_bytes: int) -> Iterator[Doc]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(part["path"])
    columns = [part["text_column"]] + ([part["id_column"]] if part["id_column"] else [])
    row = 0
    stem = os.path.splitext(os.path.basename(part["path"]))[0]
    for g in range(pf.metadata.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        if row + n <= part["first"] or row >= part["last"]:
            row += n
            continue
        table = pf.read_row_group(g, columns=columns)
        lo, hi = max(part["first"] - row, 0), min(part["last"] - row, n)
        texts = table.column(part["text_column"]).slice(lo, hi - lo).to_pylist()
        ids = (table.column(part["id_column"]).slice(lo, hi - lo).to_pylist()
               if part["id_column"] else [f"{stem}:{row + lo + i}" for i in range(hi - lo)])
        for doc_id, text in zip(ids, texts):
            if text is None:
                yield str(doc_id), None, "bad_record: no text"
            else:
                yield str(doc_id), text, None
        row += n


_READERS = {"txt": _read_txt, "jsonl": _read_jsonl, "parquet": _read_parquet}

# --- on a worker: analyse and write -------------------------------------------

def _worker_pipeline() -> Pipeline:
    """One Pipeline per worker process, shared by its threads (it is thread-safe)."""
    return _shared_pipeline()


def _bucket(type_: str, canonical: str, buckets: int) -> int:
    return zlib.crc32(f"{type_}\t{canonical}".encode("utf-8")) % buckets


def _write(rows: Dict[str, list], schema, path: str, fmt: str) -> None:
    """Writes rows (column -> values) to `path` through a temporary name and
    a rename, so a reader (or a rerun) never sees half a file."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table(rows, schema=schema), tmp)
    else:
        names = list(rows)
        with open(tmp, "w", encoding="utf-8") as f:
            for values in zip(*(rows[n] for n in names)):
                f.write(json.dumps(dict(zip(names, values)), ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def _schemas():
    import pyarrow as pa

    entities = pa.schema([("doc", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                          ("type", pa.string()), ("text", pa.string()), ("canonical", pa.string()),
                          ("value", pa.string())])
    documents = pa.schema([("id", pa.string()), ("bytes", pa.int64()), ("characters", pa.int64()),
                           ("entities", pa.int64())]
                          + [(t, pa.int64()) for t in ENTITY_TYPES] + [("error", pa.string())])
    index = pa.schema([("type", pa.string()), ("canonical", pa.string()), ("doc", pa.string()),
                       ("mentions", pa.int64())])
    return entities, documents, index


def _analyze_partition(part: Dict[str, Any], out: str, options: Dict[str, Any]) -> Dict[str, Any]:
    """Analyses one partition and writes its files; returns its counts."""
    pipeline = _worker_pipeline()
    fmt, ext = options["format"], ".parquet" if options["format"] == "parquet" else ".jsonl"
    ent_schema, doc_schema, index_schema = _schemas()
    ents: Dict[str, list] = {n: [] for n in ent_schema.names}
    docs: Dict[str, list] = {n: [] for n in doc_schema.names}
    buckets = options["index_buckets"]
    index: List[Dict[str, list]] = [{n: [] for n in index_schema.names} for _ in range(buckets)]
    total_bytes = errors = 0
    for doc_id, text, error in _READERS[part["kind"]](part, options["max_doc_bytes"]):
        counts = dict.fromkeys(ENTITY_TYPES, 0)
        size = characters = 0
        entities: list = []
        if error is None:
            data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
            size = len(data)
            if size > options["max_doc_bytes"]:
                error = f"too_large: {size} bytes (limit {options['max_doc_bytes']})"
            elif not data.strip():
                error = "empty"
            else:
                try:
                    record = json.loads(pipeline.analyze_json(data, options["types"], options["model"]))
                    entities = record["entities"]
                    characters = len(data.decode("utf-8"))
                except KashifError as e:
                    error = f"{e.code} at byte {e.byte_offset}"
        mentions: Dict[Tuple[str, str], int] = {}
        for e in entities:
            ents["doc"].append(doc_id)
            for key in ("start", "end", "type", "text", "canonical"):
                ents[key].append(e[key])
            ents["value"].append(json.dumps(e["value"], ensure_ascii=False) if "value" in e else None)
            counts[e["type"]] += 1
            mentions[(e["type"], e["canonical"])] = mentions.get((e["type"], e["canonical"]), 0) + 1
        for (type_, canonical), n in mentions.items():
            b = index[_bucket(type_, canonical, buckets)]
            b["type"].append(type_)
            b["canonical"].append(canonical)
            b["doc"].append(doc_id)
            b["mentions"].append(n)
        for key, value in (("id", doc_id), ("bytes", size), ("characters", characters),
                           ("entities", len(entities)), ("error", error)):
            docs[key].append(value)
        for t in ENTITY_TYPES:
            docs[t].append(counts[t])
        total_bytes += size
        errors += error is not None
    name = part["name"]
    _write(ents, ent_schema, os.path.join(out, "entities", name + ext), fmt)
    for k, rows in enumerate(index):
        if rows["doc"]:
            _write(rows, index_schema, os.path.join(out, "index", "parts", f"bucket-{k:02d}", name + ".parquet"), "parquet")
    # Last: the partition's completion mark.
    _write(docs, doc_schema, os.path.join(out, "documents", name + ext), fmt)
    return {"name": name, "docs": len(docs["id"]), "bytes": total_bytes, "errors": errors}


def _reduce_index_bucket(out: str, k: int) -> int:
    """Merges one bucket's per-partition rows into index/bucket-NN.parquet:
    type, canonical, documents, mentions, docs (the document ids, sorted)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = os.path.join(out, "index", "parts", f"bucket-{k:02d}")
    files = sorted(glob.glob(os.path.join(folder, "*.parquet")))
    target = os.path.join(out, "index", f"bucket-{k:02d}.parquet")
    schema = pa.schema([("type", pa.string()), ("canonical", pa.string()), ("documents", pa.int64()),
                        ("mentions", pa.int64()), ("docs", pa.list_(pa.string()))])
    if not files:
        _write({n: [] for n in schema.names}, schema, target, "parquet")
        return 0
    table = pa.concat_tables(pq.read_table(f) for f in files)
    grouped = table.group_by(["type", "canonical"]).aggregate(
        [("doc", "count"), ("mentions", "sum"), ("doc", "list")])
    docs = [sorted(d) for d in grouped.column("doc_list").to_pylist()]
    rows = {"type": grouped.column("type"), "canonical": grouped.column("canonical"),
            "documents": grouped.column("doc_count"), "mentions": grouped.column("mentions_sum"),
            "docs": docs}
    os.makedirs(os.path.dirname(target), exist_ok=True)
    tmp = f"{target}.{uuid.uuid4().hex}.tmp"
    pq.write_table(pa.table(rows, schema=schema), tmp)
    os.replace(tmp, target)
    return grouped.num_rows


# --- the driver ----------------------------------------------------------------


def _manifest(source: str, kind: str, plan: List[Dict[str, Any]], options: Dict[str, Any]) -> Dict[str, Any]:
    digest = hashlib.sha256(json.dumps([{k: v for k, v in p.items()} for p in plan],
                                       sort_keys=True).encode()).hexdigest()
    return {"input": os.path.abspath(source), "kind": kind, "partitions": len(plan), "plan_sha256": digest,
            "options": {k: options[k] for k in sorted(options)}}


class _Progress:
    """tqdm over finished partitions: documents/s and the ETA when the number
    of documents is known up front (folders, Parquet), else MB of input."""

    def __init__(self, plan: List[Dict[str, Any]], skipped: List[Dict[str, Any]], enabled: bool) -> None:
        self.by_docs = all(p["docs"] is not None for p in plan)
        self.docs = 0
        self.start = time.monotonic()
        self.bar = None
        if enabled:
            from tqdm import tqdm

            if self.by_docs:
                self.bar = tqdm(total=sum(p["docs"] for p in plan), unit="doc", desc="kashif-batch",
                                initial=sum(p["docs"] for p in skipped), file=sys.stderr)
            else:
                self.bar = tqdm(total=sum(p["bytes"] for p in plan), unit="B", unit_scale=True,
                                desc="kashif-batch", initial=sum(p["bytes"] for p in skipped), file=sys.stderr)

    def update(self, part: Dict[str, Any], result: Dict[str, Any]) -> None:
        self.docs += result["docs"]
        if self.bar is not None:
            self.bar.update(result["docs"] if self.by_docs else part["bytes"])
            if not self.by_docs:
                self.bar.set_postfix_str(f"{self.docs / max(time.monotonic() - self.start, 1e-9):.1f} doc/s")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run(
    source: str,
    out: str,
    *,
    scheduler: Optional[str] = None,
    client: Any = None,
    workers: int = 2,
    threads_per_worker: int = 1,
    output_format: str = "parquet",
    types: Optional[List[str]] = None,
    model: bool = True,
    text_column: str = "text",
    id_column: Optional[str] = "id",
    partition_docs: int = DEFAULT_PARTITION_DOCS,
    partition_mb: float = DEFAULT_PARTITION_MB,
    max_doc_mb: float = DEFAULT_MAX_DOC_MB,
    index_buckets: int = DEFAULT_INDEX_BUCKETS,
    progress: bool = True,
    on_partition: Optional[Callable[[Dict[str, Any]], None]] = None,
) -> Dict[str, Any]:
    """Analyses every document of `source` into `out` on Dask distributed.

    The cluster: `client` (a ``distributed.Client``) if given, else the
    scheduler at `scheduler` (``tcp://HOST:PORT``), else a LocalCluster of
    `workers` processes. Returns counts: ``{"partitions", "skipped",
    "documents", "errors", "bytes", "seconds", "index_entries"}`` (documents
    and bytes count this run's partitions only). `on_partition` is called
    with each finished partition's counts, in the order they finish."""
    from distributed import Client, LocalCluster, as_completed

    kind = _input_kind(source)
    if kind == "parquet" and id_column == "id":
        import pyarrow.parquet as pq

        first = source if os.path.isfile(source) else sorted(
            glob.glob(os.path.join(source, "**", "*.parquet"), recursive=True))[0]
        if "id" not in pq.ParquetFile(first).schema_arrow.names:
            id_column = None  # rows are named file:row
    options = {"format": output_format, "types": list(types) if types else None, "model": model,
               "max_doc_bytes": int(max_doc_mb * 1e6), "index_buckets": index_buckets}
    plan = _plan(source, kind, partition_docs, int(partition_mb * 1e6), text_column, id_column)
    manifest = _manifest(source, kind, plan, options)
    os.makedirs(out, exist_ok=True)
    manifest_path = os.path.join(out, MANIFEST)
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            old = json.load(f)
        if old != manifest:
            raise ValueError(f"{out} holds the output of another input or other options "
                             f"({manifest_path}); use a new folder")
    else:
        with open(manifest_path, "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1)
    ext = ".parquet" if output_format == "parquet" else ".jsonl"
    done = {p["name"] for p in plan if os.path.exists(os.path.join(out, "documents", p["name"] + ext))}
    todo = [p for p in plan if p["name"] not in done]
    skipped = [p for p in plan if p["name"] in done]

    cluster = None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=threads_per_worker,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
        own_client = True
    else:
        own_client = False
    start = time.monotonic()
    totals = {"partitions": len(plan), "skipped": len(skipped), "documents": 0, "errors": 0, "bytes": 0}
    bar = _Progress(plan, skipped, progress)
    try:
        futures = {client.submit(_analyze_partition, p, os.path.abspath(out), options,
                                 key=f"kashif-{p['name']}-{manifest['plan_sha256'][:12]}", pure=False): p
                   for p in todo}
        for future in as_completed(list(futures)):
            result = future.result()
            # Released once read, so a worker lost later does not make Dask
            # recompute (and rewrite) a partition that is already on disk.
            part = futures.pop(future)
            future.release()
            for k in ("documents", "errors", "bytes"):
                totals[k] += result["docs" if k == "documents" else k]
            bar.update(part, result)
            if on_partition is not None:
                on_partition(result)
        reduced = client.map(_reduce_index_bucket, [os.path.abspath(out)] * index_buckets,
                             range(index_buckets), pure=False)
        totals["index_entries"] = sum(client.gather(reduced))
    finally:
        bar.close()
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
    totals["seconds"] = time.monotonic() - start
    return totals


def top(out: str, type_: Optional[str] = None, n: int = 20) -> List[Dict[str, Any]]:
    """The `n` entities of `type_` (all types if None) found in the most
    documents: ``{"type", "canonical", "documents", "mentions", "docs"}``."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    rows: List[Dict[str, Any]] = []
    for path in sorted(glob.glob(os.path.join(out, "index", "bucket-*.parquet"))):
        table = pq.read_table(path)
        if type_:
            table = table.filter(pc.equal(table.column("type"), type_))
        if table.num_rows:
            order = pc.sort_indices(table, [("documents", "descending"), ("mentions", "descending")])
            rows.extend(table.take(order.slice(0, n)).to_pylist())
    rows.sort(key=lambda r: (-r["documents"], -r["mentions"], r["type"], r["canonical"]))
    return rows[:n]


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="kashif-batch", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="analyse an archive into Parquet (or JSONL) files")
    r.add_argument("source", metavar="ARCHIVE", help="a folder of .txt, a .jsonl file, or Parquet")
    r.add_argument("--out", default="kashif-out", help="output folder (default kashif-out)")
    r.add_argument("--scheduler", help="a running Dask scheduler, tcp://HOST:PORT (default: a LocalCluster)")
    r.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    r.add_argument("--threads-per-worker", type=int, default=1)
    r.add_argument("--format", choices=["parquet", "jsonl"], default="parquet")
    r.add_argument("--types", help="comma-separated entity types (default: all)")
    r.add_argument("--no-model", action="store_true", help="the rule recognisers alone")
    r.add_argument("--text-column", default="text")
    r.add_argument("--id-column", default="id")
    r.add_argument("--partition-docs", type=int, default=DEFAULT_PARTITION_DOCS)
    r.add_argument("--partition-mb", type=float, default=DEFAULT_PARTITION_MB)
    r.add_argument("--max-doc-mb", type=float, default=DEFAULT_MAX_DOC_MB,
                   help="larger documents become error rows (default 16)")
    r.add_argument("--no-progress", action="store_true")
    t = sub.add_parser("top", help="the most frequent entities of the cross-document index")
    t.add_argument("out", nargs="?", default="kashif-out", metavar="DIR")
    t.add_argument("--type", help="PERS, ORG, GPE, ...")
    t.add_argument("-n", type=int, default=20)
    args = parser.parse_args(argv)
    if args.command == "run":
        totals = run(args.source, args.out, scheduler=args.scheduler, workers=args.workers,
                     threads_per_worker=args.threads_per_worker, output_format=args.format,
                     types=args.types.split(",") if args.types else None, model=not args.no_model,
                     text_column=args.text_column, id_column=args.id_column,
                     partition_docs=args.partition_docs, partition_mb=args.partition_mb,
                     max_doc_mb=args.max_doc_mb, progress=not args.no_progress)
        secs = max(totals["seconds"], 1e-9)
        print(json.dumps({**totals, "seconds": round(secs, 2), "docs_per_s": round(totals["documents"] / secs, 1),
                          "mb_per_s": round(totals["bytes"] / 1e6 / secs, 3)}))
        return 0
    for row in top(args.out, args.type, args.n):
        print(f"{row['documents']}\t{row['mentions']}\t{row['type']}\t{row['canonical']}")
    return 0


if __name__ == "__main__":
    # As kashif.batch, not __main__: Dask then sends tasks as references to
    # this module's functions, which workers import, not pickled by value.
    from kashif.batch import main as _main

    sys.exit(_main())
