#!/usr/bin/env bash
# `make package-lint`: lintian on the built package (errors, warnings and info), appstreamcli on
# the metainfo (--no-net: the screenshot and homepage URLs are checked by the store, not here) and
# desktop-file-validate on the desktop entry. Exit non-zero when any of them complains.
#   lint.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
status=0
for deb in "$build"/kakiyo-desk_*_amd64.deb; do
    echo "+ lintian --info --display-info --pedantic $(basename "$deb")"
    # --fail-on: info tags are shown but only errors, warnings and pedantic tags fail the check.
    lintian --info --display-info --pedantic --fail-on error,warning,pedantic "$deb" || status=1
done
echo "+ appstreamcli validate --no-net com.kakiyo.Desk.metainfo.xml"
appstreamcli validate --no-net "$src/resources/com.kakiyo.Desk.metainfo.xml" || status=1
echo "+ desktop-file-validate kakiyo-desk.desktop"
desktop-file-validate "$src/resources/kakiyo-desk.desktop" || status=1
[ $status -eq 0 ] && echo "package-lint: clean"
exit $status
