"""python -m kashif analyze prints what the native CLI prints, byte for byte."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kashif
from conftest import SEEDS, run_cli


def py_cli(*args):
    return subprocess.run([sys.executable, "-m", "kashif", *args], capture_output=True)


@pytest.mark.parametrize("options", [[], ["--format", "json"], ["--types", "PERS,LAW"], ["--types", ""],
                                     ["--no-model"]])
def test_seeds_match_the_cli(cli, options):
    native = run_cli(cli, "analyze", *options, *SEEDS)
    python = py_cli("analyze", *options, *SEEDS)
    assert native.returncode == python.returncode == 0
    assert python.stdout == native.stdout


def test_devset_matches_the_cli(cli, devset_docs):
    native = run_cli(cli, "analyze", "--format", "jsonl", *devset_docs)
    python = py_cli("analyze", "--format", "jsonl", *devset_docs)
    assert python.stdout == native.stdout and native.returncode == 0
    assert python.stdout.count(b"\n") == len(devset_docs)


def test_the_api_gives_the_clis_spans_on_the_devset(cli, devset_docs):
    native = run_cli(cli, "analyze", "--format", "jsonl", *devset_docs).stdout.decode().splitlines()
    pipeline = kashif.Pipeline()
    for path, line in zip(devset_docs, native):
        doc = pipeline.analyze(Path(path).read_bytes())
        want = [(e["start"], e["end"], e["type"], e["text"], e["canonical"], e.get("value"))
                for e in json.loads(line)["entities"]]
        assert [(e.start, e.end, e.type, e.text, e.canonical, e.value) for e in doc.entities] == want, path


def test_bad_files_exit_1_with_the_clis_message(cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xd9\x86\xd8\xb5 \xc3\x28")
    missing = tmp_path / "missing.txt"
    native = run_cli(cli, "analyze", str(bad), SEEDS[0], str(missing))
    python = py_cli("analyze", str(bad), SEEDS[0], str(missing))
    assert native.returncode == python.returncode == 1
    assert python.stdout == native.stdout  # the good file is still analysed
    assert python.stderr.decode().splitlines()[0] == native.stderr.decode().splitlines()[0] == \
        f"kashif: {bad}: invalid UTF-8 at byte offset 5"
    assert f"kashif: {missing}: cannot read: No such file or directory" in python.stderr.decode()


def test_stdin_and_usage_errors(cli):
    data = Path(SEEDS[3]).read_bytes()
    native = subprocess.run([cli, "analyze", "-"], input=data, capture_output=True)
    python = subprocess.run([sys.executable, "-m", "kashif", "analyze", "-"], input=data, capture_output=True)
    assert python.stdout == native.stdout
    assert py_cli("analyze").returncode == 2
    assert py_cli("analyze", "--types", "NOPE", SEEDS[0]).returncode == 2
