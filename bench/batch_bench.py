"""kashif-batch throughput beside the native CLI, on an archive made from
../shared/data/legal (Saudi and Qatari legislation) and the seed corpus.

    build/pyenv/bin/python bench/batch_bench.py [--archive build/bench-archive] [--workers 1,2]

Writes the archive once (a folder of .txt, one file per document; never into
the repository: build/ is ignored), then times on the same files:
  - the native CLI, one process (`kashif analyze --format jsonl`, 500 files a call);
  - kashif-batch on a LocalCluster of 1 and of 2 worker processes (Parquet out),
    from the first task submitted to the index written (the cluster's start apart).
Wall-clock rates move with the machine's load; CPU seconds (the CLI's, the
workers') much less, and they are what a cluster bills. Prints one JSON
object; asserts nothing. Exits 77 when ../shared is absent.
"""

import argparse
import glob
import gzip
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEGAL = os.path.join(os.path.dirname(ROOT), "shared", "data", "legal")
ARABIC = re.compile("[\u0600-\u06ff]")


def documents():
    """(id, text) for every document of the archive (ids: collection/line number)."""
    with gzip.open(os.path.join(LEGAL, "saudi-laws.jsonl.gz"), "rt", encoding="utf-8") as f:
        for k, line in enumerate(f):
            yield f"sa/{k:05d}", json.loads(line)["text"]
    with gzip.open(os.path.join(LEGAL, "qatar-laws.jsonl.gz"), "rt", encoding="utf-8") as f:
        for k, line in enumerate(f):
            r = json.loads(line)
            arabic = [p["content"] for p in r.get("provisions", []) if ARABIC.search(p.get("content") or "")]
            if arabic:
                yield f"qa/{k:05d}", "\n\n".join([r.get("title", "")] + arabic)
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            yield "seeds/" + os.path.basename(path)[:-4], f.read()


def make_archive(folder):
    marker = os.path.join(folder, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(folder, ignore_errors=True)
        for doc_id, text in documents():
            path = os.path.join(folder, "txt", doc_id + ".txt")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        open(marker, "w").close()
    files = sorted(glob.glob(os.path.join(folder, "txt", "**", "*.txt"), recursive=True))
    return files, sum(os.path.getsize(p) for p in files)


def worker_cpu_s():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def rate(docs, nbytes, seconds):
    return {"seconds": round(seconds, 2), "docs_per_s": round(docs / seconds, 1),
            "mb_per_s": round(nbytes / 1e6 / seconds, 2)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", default=os.path.join(ROOT, "build", "bench-archive"))
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "native", "kashif"))
    args = parser.parse_args()
    if not os.path.isdir(LEGAL):
        print(f"batch_bench: {LEGAL} is absent", file=sys.stderr)
        return 77
    from kashif import batch

    files, nbytes = make_archive(args.archive)
    report = {"archive": {"documents": len(files), "mb": round(nbytes / 1e6, 1)}, "cpus": os.cpu_count()}

    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    for k in range(0, len(files), 500):
        subprocess.run([args.cli, "analyze", "--format", "jsonl", *files[k:k + 500]],
                       stdout=subprocess.DEVNULL, check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report["native_cli_1_process"] = {
        **rate(len(files), nbytes, wall),
        "cpu_s": round(after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime, 2)}

    from distributed import Client, LocalCluster

    for n in [int(w) for w in args.workers.split(",")]:
        out = os.path.join(args.archive, f"out-{n}")
        shutil.rmtree(out, ignore_errors=True)
        start = time.monotonic()
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            started = time.monotonic() - start
            before = client.run(worker_cpu_s)
            totals = batch.run(os.path.join(args.archive, "txt"), out, client=client, progress=False)
            after = client.run(worker_cpu_s)
        report[f"kashif_batch_{n}_workers"] = {
            **rate(totals["documents"], totals["bytes"], totals["seconds"]),
            "cluster_start_s": round(started, 2),
            "worker_cpu_s": round(sum(after[w] - before.get(w, 0) for w in after), 2),
            "errors": totals["errors"], "index_entries": totals["index_entries"]}
    load = os.getloadavg()[0]
    report["load_average_1min_at_end"] = round(load, 2)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
