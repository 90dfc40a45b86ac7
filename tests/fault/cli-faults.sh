#!/bin/bash
# Fault injection for tariffsim-cli: every write either completes or fails with
# exit status 1 and a message naming the path and the reason, and the file that
# was there keeps its bytes.
#
#   cli-faults.sh CLI SHIM
#
# CLI is tariffsim-cli; SHIM is the LD_PRELOAD library (enospc.cpp) that fills the
# disk under a folder. When run as root and a tmpfs can be mounted, the full disk
# and a read-only file system are also made real.
set -u
cli=$1 shim=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/tariffsim-faults.XXXXXX")
mounts=()
cleanup() {
    for m in "${mounts[@]}"; do umount "$m" 2>/dev/null; done
    chmod -R u+rwx "$work" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

# expect_refusal NAME CODE PATTERN -- COMMAND...: the command exits CODE and its
# standard error matches PATTERN (grep -E).
expect_refusal() {
    local name=$1 code=$2 pattern=$3
    shift 4
    "$@" >"$work/out" 2>"$work/err"
    local rc=$?
    if [ "$rc" -ne "$code" ]; then
        fail "$name: exit $rc, expected $code; stderr: $(cat "$work/err")"
    elif ! grep -qE -- "$pattern" "$work/err"; then
        fail "$name: stderr does not match '$pattern': $(cat "$work/err")"
    else
        pass "$name"
    fi
}

# unchanged NAME FILE COPY: FILE still has COPY's bytes and no temporary file is left beside it.
unchanged() {
    local name=$1 file=$2 copy=$3
    if ! cmp -s "$file" "$copy"; then
        fail "$name: $file changed"
    elif ls -A "$(dirname "$file")" | grep -q '\.tmp$'; then
        fail "$name: a temporary file was left in $(dirname "$file")"
    else
        pass "$name: $file unchanged"
    fi
}

# --- A full disk (the LD_PRELOAD shim) -------------------------------------------
full=$work/full
mkdir -p "$full" "$work/copies"
"$cli" scenario --preset as-enacted --title "Original" --out "$full/s.tariffsim.json" >/dev/null || fail "set-up scenario"
"$cli" export --chart tariffs --out "$full/t.csv" >/dev/null || fail "set-up csv"
"$cli" export --chart tariffs --out "$full/t.png" --size 640x360 >/dev/null || fail "set-up png"
"$cli" briefing --out "$full/b.pdf" >/dev/null || fail "set-up pdf"
cp "$full"/* "$work/copies/"

with_full_disk() { LD_PRELOAD=$shim TARIFFSIM_FAULT_ENOSPC_DIR=$full TARIFFSIM_FAULT_ENOSPC_AFTER=${AFTER:-0} "$@"; }
for after in 0 100; do
    AFTER=$after
    expect_refusal "scenario --out on a full disk (after $after bytes)" 1 \
        "cannot write $full/s.tariffsim.json: No space left on device" -- \
        with_full_disk "$cli" scenario --preset geneva-snapback --out "$full/s.tariffsim.json"
    unchanged "scenario --out on a full disk" "$full/s.tariffsim.json" "$work/copies/s.tariffsim.json"
    expect_refusal "export csv on a full disk (after $after bytes)" 1 "$full/t.csv: No space left on device" -- \
        with_full_disk "$cli" export --chart volumes --format csv --out "$full/t.csv"
    unchanged "export csv on a full disk" "$full/t.csv" "$work/copies/t.csv"
    expect_refusal "export png on a full disk (after $after bytes)" 1 "$full/t.png: No space left on device" -- \
        with_full_disk "$cli" export --chart volumes --out "$full/t.png"
    unchanged "export png on a full disk" "$full/t.png" "$work/copies/t.png"
    expect_refusal "briefing on a full disk (after $after bytes)" 1 "$full/b.pdf: No space left on device" -- \
        with_full_disk "$cli" briefing --preset geneva-snapback --out "$full/b.pdf"
    unchanged "briefing on a full disk" "$full/b.pdf" "$work/copies/b.pdf"
done
grep -q '^wrote' "$work/out" && fail "a failed write printed 'wrote'"

# --- Standard output that cannot be written --------------------------------------
if [ -w /dev/full ]; then
    for args in "project" "scenario --out -" "export --chart volumes --format csv --out -" \
        "briefing --out -" "rates --date 2025-05-14" "presets"; do
        # shellcheck disable=SC2086
        "$cli" $args >/dev/full 2>"$work/err"
        rc=$?
        if [ $rc -ne 1 ] || ! grep -q "cannot write to standard output: No space left on device" "$work/err"; then
            fail "$args > /dev/full: exit $rc, stderr: $(cat "$work/err")"
        else
            pass "$args > /dev/full exits 1 naming standard output"
        fi
    done
    "$cli" validate "$full/s.tariffsim.json" >/dev/full 2>"$work/err"
    rc=$?
    [ $rc -eq 1 ] && grep -q "standard output" "$work/err" && pass "validate > /dev/full" \
        || fail "validate > /dev/full: exit $rc"
fi

# --- Outputs that are not regular files, and outputs that are inputs -------------
mkfifo "$work/pipe.csv"
expect_refusal "--out onto a FIFO" 1 "pipe.csv: is a FIFO \(named pipe\); only a regular file can be replaced" -- \
    timeout 20 "$cli" export --chart tariffs --out "$work/pipe.csv"
[ -p "$work/pipe.csv" ] && pass "the FIFO is still a FIFO" || fail "the FIFO was replaced"
mkdir "$work/folder.csv"
expect_refusal "--out onto a folder" 1 "folder.csv: is a folder" -- \
    "$cli" export --chart tariffs --out "$work/folder.csv"
if [ "$(id -u)" -eq 0 ] && [ -c /dev/full ]; then
    expect_refusal "--out /dev/full, as root" 2 "does not end in .png, .svg, .pdf or .csv" -- \
        "$cli" export --chart tariffs --out /dev/full
    "$cli" scenario --out /dev/full >/dev/null 2>"$work/err"
    [ -c /dev/full ] && pass "/dev/full is still a device" || fail "/dev/full was replaced"
    grep -q "is a device" "$work/err" && pass "scenario --out /dev/full refused" \
        || fail "scenario --out /dev/full: $(cat "$work/err")"
fi
cp "$full/s.tariffsim.json" "$work/s.tariffsim.json"
cp "$work/s.tariffsim.json" "$work/copies/same.json"
expect_refusal "scenario --out over its own --scenario" 1 "is the input file" -- \
    "$cli" scenario --scenario "$work/s.tariffsim.json" --out "$work/s.tariffsim.json"
unchanged "the input" "$work/s.tariffsim.json" "$work/copies/same.json"
ln "$work/s.tariffsim.json" "$work/hardlink.tariffsim.json"
expect_refusal "scenario --out over a hard link of its input" 1 "is the input file" -- \
    "$cli" scenario --scenario "$work/s.tariffsim.json" --out "$work/hardlink.tariffsim.json"
unchanged "the input behind the link" "$work/s.tariffsim.json" "$work/copies/same.json"

# --- A read-only folder (permissions bind only a user other than root) -----------
if [ "$(id -u)" -ne 0 ]; then
    mkdir "$work/ro"
    cp "$work/copies/t.csv" "$work/ro/t.csv"
    chmod 555 "$work/ro"
    expect_refusal "export into a read-only folder" 1 "ro/t.csv: permission denied \(the folder is not writable\)" -- \
        "$cli" export --chart tariffs --out "$work/ro/t.csv"
    unchanged "read-only folder" "$work/ro/t.csv" "$work/copies/t.csv"
fi

# --- As root: a real full disk and a read-only file system (tmpfs) ---------------
if [ "$(id -u)" -eq 0 ] && mkdir "$work/tmpfs" && mount -t tmpfs -o size=256k tmpfs "$work/tmpfs" 2>/dev/null; then
    mounts+=("$work/tmpfs")
    cp "$work/copies/s.tariffsim.json" "$work/tmpfs/s.tariffsim.json"
    dd if=/dev/zero of="$work/tmpfs/filler" bs=4k 2>/dev/null
    expect_refusal "scenario --out on a full tmpfs" 1 "No space left on device" -- \
        "$cli" scenario --preset geneva-snapback --out "$work/tmpfs/s.tariffsim.json"
    unchanged "full tmpfs" "$work/tmpfs/s.tariffsim.json" "$work/copies/s.tariffsim.json"
    expect_refusal "briefing on a full tmpfs" 1 "No space left on device" -- \
        "$cli" briefing --out "$work/tmpfs/b.pdf"
    [ -e "$work/tmpfs/b.pdf" ] && fail "a partial briefing was left" || pass "no partial briefing left"
    umount "$work/tmpfs" && mounts=()
    if mount -t tmpfs -o size=256k tmpfs "$work/tmpfs" 2>/dev/null; then
        mounts+=("$work/tmpfs")
        cp "$work/copies/t.csv" "$work/tmpfs/t.csv"
        mount -o remount,ro "$work/tmpfs"
        expect_refusal "export onto a read-only file system" 1 "t.csv: the file system is read-only" -- \
            "$cli" export --chart tariffs --out "$work/tmpfs/t.csv"
        unchanged "read-only file system" "$work/tmpfs/t.csv" "$work/copies/t.csv"
    fi
else
    echo "note: not root, or no tmpfs here: the full disk is the LD_PRELOAD shim only"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures fault-injection check(s) failed" >&2
    exit 1
fi
echo "every fault-injection check passed"
