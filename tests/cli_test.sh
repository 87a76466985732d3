#!/usr/bin/env bash
# The CLI's contract: JSONL the official scorer accepts, clear errors, exit codes.
# usage: tests/cli_test.sh path/to/kashif
set -u
kashif=$1
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() {  # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}

"$kashif" analyze --format jsonl "$root"/corpus/*.txt >"$tmp/out.jsonl" 2>"$tmp/err"
check "analyze exits 0 on the corpus" test $? -eq 0
check "one line per document" test "$(wc -l <"$tmp/out.jsonl")" -eq "$(ls "$root"/corpus/*.txt | wc -l)"
if [ -f "$root/../shared/eval/score.py" ]; then
  check "the official scorer accepts the output" \
    python3 "$root/../shared/eval/score.py" --gold "$root/corpus/seeds.gold.jsonl" \
      --pred "$tmp/out.jsonl" --docs "$root/corpus" --json >/dev/null
fi
check "doc ids are file names without .txt" grep -q '"doc":"000_dc7821b101e0e6be"' "$tmp/out.jsonl"

printf 'abc \xff def' >"$tmp/bad.txt"
"$kashif" analyze "$tmp/bad.txt" >/dev/null 2>"$tmp/err"
check "invalid UTF-8 exits 1" test $? -eq 1
check "the message names the file and byte offset" grep -q "bad.txt: invalid UTF-8 at byte offset 4" "$tmp/err"

"$kashif" analyze "$tmp/missing.txt" >/dev/null 2>"$tmp/err"
check "a missing file exits 1" test $? -eq 1
check "the message names the missing file" grep -q "missing.txt: cannot read" "$tmp/err"

echo "زار الوفد القاهرة" | "$kashif" analyze - >"$tmp/stdin.jsonl"
check "stdin is read with -" grep -q '"doc":"stdin"' "$tmp/stdin.jsonl"

echo "سجل صامويل إيتو هدفين في القاهرة" >"$tmp/model.txt"
"$kashif" analyze "$tmp/model.txt" >"$tmp/model.jsonl"
"$kashif" analyze --no-model "$tmp/model.txt" >"$tmp/rules.jsonl"
check "the model finds a footballer no rule names" grep -q '"text":"صامويل إيتو","type":"PERS"' "$tmp/model.jsonl"
check "--no-model leaves him out" test "$(grep -c 'صامويل' "$tmp/rules.jsonl")" -eq 0
check "--no-model keeps the rules' place" grep -q '"text":"القاهرة","type":"GPE"' "$tmp/rules.jsonl"

seed="$root/corpus/000_dc7821b101e0e6be.txt"
"$kashif" analyze --format html "$seed" "$tmp/missing.txt" >"$tmp/page.html" 2>/dev/null
check "html exits 1 when one file is missing" test $? -eq 1
"$kashif" analyze --format html "$seed" >"$tmp/page.html" 2>"$tmp/err"
check "html exits 0" test $? -eq 0
"$kashif" analyze --types '' "$seed" >"$tmp/none.jsonl"
check "an empty --types selects no types" grep -q '"entities":\[\],"table":\[\]' "$tmp/none.jsonl"
check "html is one right-to-left page" grep -q '<html lang="ar" dir="rtl">' "$tmp/page.html"
check "html marks the seed's entities" grep -q '<mark id="d0-e0" class="t-[A-Z]*" title="' "$tmp/page.html"
check "html marks the seed's GPE الكويت" grep -q 'class="t-GPE" title="[^"]* · دولة أو مدينة[^"]*">[^<]*الكويت</mark>' "$tmp/page.html"
check "html has no script" bash -c "! grep -qi '<script' '$tmp/page.html'"
check "html has the entity table" grep -q '<table class="entities">' "$tmp/page.html"

"$kashif" analyze --format xml x >/dev/null 2>&1
check "a bad option exits 2" test $? -eq 2

"$kashif" tokens "$root/corpus/000_dc7821b101e0e6be.txt" >"$tmp/tokens.tsv"
check "tokens lists offsets and proclitics" grep -qP '^\d+\t\d+\tproclitic\t' "$tmp/tokens.tsv"

printf 'وقال\tO\nالأمين\tO\nالعام\tO\nبان\tB-PERS\nكي\tI-PERS\nمون\tI-PERS\nفي\tO\nنيويورك\tB-LOC\n\nزار\tO\nالقاهرة\tB-LOC\n' >"$tmp/in.conll"
"$kashif" tag "$tmp/in.conll" >"$tmp/tagged.conll" 2>"$tmp/err"
check "tag exits 0" test $? -eq 0
check "tag keeps every token and sentence break" \
  test "$(cut -f1 "$tmp/tagged.conll")" = "$(cut -f1 "$tmp/in.conll")"
check "tag writes IOB2 tags" grep -qP '^القاهرة\tB-LOC$' "$tmp/tagged.conll"
"$kashif" tag --model "$root/core/model/tagger.bin" "$tmp/in.conll" >"$tmp/tagged2.conll"
check "tag --model with the committed model tags the same" cmp -s "$tmp/tagged.conll" "$tmp/tagged2.conll"
head -c 100 "$root/core/model/tagger.bin" >"$tmp/short.bin"
"$kashif" tag --model "$tmp/short.bin" "$tmp/in.conll" >/dev/null 2>"$tmp/err"
check "a damaged model exits 1" test $? -eq 1
check "the message says the model is damaged" grep -q "tagger model" "$tmp/err"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
