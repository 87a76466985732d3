"""kashif-batch on a 2-worker LocalCluster: Parquet/JSONL output equal to
kashif.analyze, error rows for bad documents, resuming, a killed worker."""

import glob
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

distributed = pytest.importorskip("distributed")

import kashif
import kashif.batch as batch
from conftest import SEEDS


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def seed_texts():
    return [Path(p).read_bytes() for p in SEEDS]


def make_folder(root, copies=1):
    """Seeds (some in a subfolder), plus invalid UTF-8, empty and 60 MB files."""
    root.mkdir()
    (root / "sub").mkdir()
    expected = {}
    for k in range(copies):
        for i, data in enumerate(seed_texts()):
            rel = f"sub/s{k}_{i}" if i % 2 else f"s{k}_{i}"
            (root / f"{rel}.txt").write_bytes(data)
            expected[rel] = data
    (root / "bad.txt").write_bytes(b"\xd9\x86\xd8\xb5 \xc3\x28")
    (root / "empty.txt").write_bytes(b"")
    with open(root / "huge.txt", "wb") as f:
        f.truncate(60_000_000)  # sparse: 60 MB on paper, nothing on disk
    return expected


def read_rows(out, table):
    files = sorted(glob.glob(os.path.join(out, table, "*.parquet")))
    return [row for f in files for row in pq.read_table(f).to_pylist()]


def spans(entities):
    return [(e["start"], e["end"], e["type"], e["text"], e["canonical"]) for e in entities]


def check_against_analyze(out, expected):
    docs = {r["id"]: r for r in read_rows(out, "documents")}
    ents = read_rows(out, "entities")
    for doc_id, data in expected.items():
        want = kashif.analyze(data)
        got = [e for e in ents if e["doc"] == doc_id]
        assert spans(got) == [(e.start, e.end, e.type, e.text, e.canonical) for e in want.entities]
        assert [json.loads(e["value"]) if e["value"] else None for e in got] == [e.value for e in want.entities]
        row = docs[doc_id]
        assert row["error"] is None and row["entities"] == len(want.entities)
        assert row["characters"] == len(want.text) and row["bytes"] == len(data)
        assert row["PERS"] == sum(e.type == "PERS" for e in want.entities)
    return docs, ents


def test_folder_to_parquet_with_error_rows_and_index(client, tmp_path):
    expected = make_folder(tmp_path / "in")
    out = str(tmp_path / "out")
    totals = batch.run(str(tmp_path / "in"), out, client=client, partition_docs=3, progress=False)
    assert totals["documents"] == len(expected) + 3 and totals["errors"] == 3
    docs, ents = check_against_analyze(out, expected)
    assert len(docs) == len(expected) + 3
    assert docs["bad"]["error"] == "invalid_utf8 at byte 5"
    assert docs["empty"]["error"] == "empty"
    assert docs["huge"]["error"].startswith("too_large: 60000000 bytes")
    # The index: per canonical PERS, how many documents name it.
    counts = {}
    for data in expected.values():
        for name in {e.canonical for e in kashif.analyze(data).entities if e.type == "PERS"}:
            counts[name] = counts.get(name, 0) + 1
    top = batch.top(out, "PERS", n=1000)
    assert {r["canonical"]: r["documents"] for r in top} == counts
    assert all(len(r["docs"]) == r["documents"] for r in top)
    printed = subprocess.run([sys.executable, "-m", "kashif.batch", "top", out, "--type", "PERS", "-n", "3"],
                             capture_output=True, text=True, check=True).stdout.splitlines()
    assert [line.split("\t")[3] for line in printed] == [r["canonical"] for r in top[:3]]


def test_a_rerun_skips_complete_partitions_and_redoes_a_missing_one(client, tmp_path):
    expected = make_folder(tmp_path / "in")
    out = str(tmp_path / "out")
    first = batch.run(str(tmp_path / "in"), out, client=client, partition_docs=2, progress=False)
    again = batch.run(str(tmp_path / "in"), out, client=client, partition_docs=2, progress=False)
    assert again["skipped"] == first["partitions"] and again["documents"] == 0
    removed = os.path.join(out, "documents", "part-00002.parquet")
    in_removed = pq.read_table(removed).num_rows
    os.remove(removed)
    redo = batch.run(str(tmp_path / "in"), out, client=client, partition_docs=2, progress=False)
    assert redo["skipped"] == first["partitions"] - 1 and redo["documents"] == in_removed == 2
    check_against_analyze(out, expected)
    with pytest.raises(ValueError, match="another input or other options"):
        batch.run(str(tmp_path / "in"), out, client=client, partition_docs=3, progress=False)


def test_jsonl_in_jsonl_out_across_byte_ranges(client, tmp_path):
    texts = [t.decode() for t in seed_texts()]
    lines = [json.dumps({"id": f"d{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) for i in range(12)]
    lines.insert(3, "{not json")
    lines.insert(6, json.dumps({"id": "lone", "text": "نص \ud800"}))
    lines.insert(9, json.dumps({"id": "notext"}))
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = str(tmp_path / "out")
    # 10 KB ranges: most records straddle a boundary and belong to the range they start in.
    batch.run(str(source), out, client=client, output_format="jsonl", partition_mb=0.01, progress=False)
    docs = [json.loads(l) for f in sorted(glob.glob(os.path.join(out, "documents", "*.jsonl"))) for l in Path(f).read_text(encoding="utf-8").splitlines()]
    bad_offset = sum(len(l.encode()) + 1 for l in lines[:3])  # a record without an id is named @offset
    assert sorted(d["id"] for d in docs) == sorted([f"d{i}" for i in range(12)] + ["lone", "notext", f"@{bad_offset}"])
    errors = {d["id"]: d["error"] for d in docs if d["error"]}
    assert errors["lone"].startswith("invalid_utf8") and errors["notext"] == "bad_record: no text"
    assert errors[f"@{bad_offset}"].startswith("bad_record") and len(errors) == 3
    ents = [json.loads(l) for f in sorted(glob.glob(os.path.join(out, "entities", "*.jsonl"))) for l in Path(f).read_text(encoding="utf-8").splitlines()]
    want = kashif.analyze(texts[5 % len(texts)])
    assert spans([e for e in ents if e["doc"] == "d5"]) == [(e.start, e.end, e.type, e.text, e.canonical) for e in want.entities]


def test_parquet_with_a_text_column(client, tmp_path):
    import pyarrow as pa

    texts = [t.decode() for t in seed_texts()]
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"body": texts * 3}), path, row_group_size=4)
    out = str(tmp_path / "out")
    # Through the command line, to the running scheduler by its address.
    printed = subprocess.run(
        [sys.executable, "-m", "kashif.batch", "run", str(path), "--out", out, "--text-column", "body",
         "--partition-docs", "5", "--scheduler", client.scheduler.address, "--no-progress"],
        capture_output=True, text=True, check=True).stdout
    summary = json.loads(printed)
    assert summary["partitions"] == 3 and summary["documents"] == 15 and summary["docs_per_s"] > 0
    expected = {f"in:{i}": (texts * 3)[i].encode() for i in range(15)}
    docs, _ = check_against_analyze(out, expected)
    assert len(docs) == 15


def test_killing_a_worker_mid_run_loses_and_duplicates_nothing(tmp_path):
    expected = make_folder(tmp_path / "in", copies=8)  # 40 seeds + 3 bad, in partitions of 1
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    killed = {}

    def kill_a_busy_worker(result):
        if killed:
            return
        processing = {w: keys for w, keys in client.processing().items() if keys}
        if not processing:
            return
        worker = sorted(processing)[0]
        pid = client.run(os.getpid, workers=[worker])[worker]
        os.kill(pid, signal.SIGKILL)
        killed.update(worker=worker, keys=list(processing[worker]))

    try:
        out = str(tmp_path / "out")
        totals = batch.run(str(tmp_path / "in"), out, client=client, partition_docs=1, progress=False,
                           on_partition=kill_a_busy_worker)
    finally:
        client.close()
        cluster.close()
    assert killed and killed["keys"], "no worker was busy when the first partition finished"
    assert totals["documents"] == len(expected) + 3
    ids = [r["id"] for r in read_rows(out, "documents")]
    assert len(ids) == len(set(ids)) == len(expected) + 3
    check_against_analyze(out, expected)
