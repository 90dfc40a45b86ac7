#!/bin/sh
# The same input gives the same PDF bytes, run after run (a second apart, and with
# another hash seed in the environment), and SOURCE_DATE_EPOCH sets the creation date.
#
#   reproducible-pdf.sh CLI
set -eu
cli=$1
dir=$(mktemp -d "${TMPDIR:-/tmp}/tariffsim-pdf.XXXXXX")
trap 'rm -rf "$dir"' EXIT
for args in "briefing --out" "export --chart volumes --out"; do
    # shellcheck disable=SC2086
    "$cli" $args "$dir/a.pdf" >/dev/null
    sleep 1.1
    # shellcheck disable=SC2086
    QT_HASH_SEED=12345 "$cli" $args "$dir/b.pdf" >/dev/null
    cmp "$dir/a.pdf" "$dir/b.pdf" || { echo "FAIL: $args gave different bytes" >&2; exit 1; }
    echo "ok: $args: the same bytes twice"
done
# 1700000000 s after the epoch is 2023-11-14 22:13:20 UTC.
SOURCE_DATE_EPOCH=1700000000 "$cli" briefing --out "$dir/c.pdf" >/dev/null
grep -aq '/CreationDate (D:20231114221320' "$dir/c.pdf" || { echo "FAIL: SOURCE_DATE_EPOCH not used" >&2; exit 1; }
echo "ok: SOURCE_DATE_EPOCH sets the creation date"
