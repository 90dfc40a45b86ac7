#!/bin/sh
# Installs the build into a fresh prefix (cmake --install) and checks what a
# desktop sees there: the programs, the desktop entry, the AppStream metainfo,
# the file type and its association, the icons and the manual pages.
#
#   check-install.sh BUILD_DIR PREFIX APP_ID
set -eu
build=$1 prefix=$2 id=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null

for exe in tariffsim tariffsim-cli; do
    [ -x "$prefix/bin/$exe" ] || fail "bin/$exe is not installed"
done
"$prefix/bin/tariffsim-cli" --version | grep -q '^tariffsim-cli [0-9]' || fail "installed tariffsim-cli --version"
"$prefix/bin/tariffsim-cli" rates --date 2025-05-14 | grep -q '^2025-05-14,us_on_china,' \
    || fail "installed tariffsim-cli rates"

share=$prefix/share
desktop=$share/applications/$id.desktop
metainfo=$share/metainfo/$id.metainfo.xml
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"
appstreamcli validate-tree --no-net "$prefix" || fail "appstreamcli validate-tree $prefix"

# Opening a scenario from a file manager: the file type is known by its name, and
# the desktop entry takes a file for it.
XDG_DATA_DIRS="$share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" update-mime-database "$share/mime" || fail "update-mime-database"
grep -q "^application/x-tariffsim-scenario+json:\*\.tariffsim\.json$" "$share/mime/globs" \
    || fail "*.tariffsim.json is not in the MIME globs"
update-desktop-database "$share/applications" || fail "update-desktop-database"
grep -q "^application/x-tariffsim-scenario+json=$id.desktop;" "$share/applications/mimeinfo.cache" \
    || fail "the desktop entry does not open the scenario type"
grep -q '^Exec=tariffsim %f$' "$desktop" || fail "Exec does not pass the file"
grep -q "^Icon=$id$" "$desktop" || fail "Icon is not the application id"

# Icons: the SVG and every PNG size at its own size (width and height from IHDR).
[ -s "$share/icons/hicolor/scalable/apps/$id.svg" ] || fail "scalable icon missing"
for size in 16 22 24 32 48 64 128 256 512; do
    png=$share/icons/hicolor/${size}x${size}/apps/$id.png
    [ -s "$png" ] || fail "$png missing"
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims, expected ${size}x${size}"
done

# Manual pages: compressed, with a title line naming the program.
for page in tariffsim tariffsim-cli; do
    gz=$share/man/man1/$page.1.gz
    gzip -t "$gz" || fail "$gz is not a gzip file"
    gzip -dc "$gz" | head -1 | grep -qi "^\.TH $page 1 " || fail "$gz has no .TH line"
done
# Every option the CLI documents in --help is in its manual page.
opts=$("$prefix/bin/tariffsim-cli" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
for o in $opts; do
    roff=$(printf '%s' "$o" | sed 's/-/\\-/g')
    gzip -dc "$share/man/man1/tariffsim-cli.1.gz" | grep -qF -- "$roff" || fail "tariffsim-cli.1 does not mention $o"
done

[ -s "$share/doc/tariffsim/copyright" ] || fail "copyright missing"
gzip -t "$share/doc/tariffsim/changelog.gz" || fail "changelog.gz"
echo "install tree at $prefix: programs, desktop entry, metainfo, file type, icons and manual pages check out"
