"""One Pipeline from a thread pool: the sequential results, and the GIL is
released while the core works."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import kashif
from conftest import SEEDS


def test_threads_sharing_a_pipeline_get_the_sequential_results():
    pipeline = kashif.Pipeline()
    texts = [Path(p).read_text(encoding="utf-8") for p in SEEDS] * 8
    expected = [pipeline.analyze(t).to_json() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: pipeline.analyze(t).to_json(), texts))
    assert got == expected


def test_the_gil_is_released_during_analysis():
    core = kashif._core.Pipeline()  # the C++ call alone: no Python runs inside it
    data = "\n".join(Path(p).read_text(encoding="utf-8") for p in SEEDS).encode() * 40  # about 1 MB
    ticks = [0]
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks[0] += 1

    counter = threading.Thread(target=count)
    counter.start()
    try:
        time.sleep(0.05)
        before = ticks[0]
        assert isinstance(core.analyze_json(data), str)
        during = ticks[0] - before
    finally:
        stop.set()
        counter.join()
    # Had the call held the GIL, the counter could not have moved at all.
    assert during > 1000
