#!/usr/bin/env bash
# `make package-lint`: lintian on the built package (info tags shown; errors, warnings and pedantic
# tags fail), then on the package's own files: appstreamcli validate-tree (--no-net: the homepage
# and screenshot URLs are placeholders until the repository is public) and desktop-file-validate.
#   lint.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
status=0
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
for deb in "$build"/kakiyo-desk_*_amd64.deb; do
    echo "+ lintian --info --display-info --pedantic --fail-on error,warning,pedantic $(basename "$deb")"
    lintian --info --display-info --pedantic --fail-on error,warning,pedantic "$deb" || status=1
    dpkg-deb -x "$deb" "$tree"
done
echo "+ appstreamcli validate-tree --no-net (the package's files)"
appstreamcli validate-tree --no-net "$tree" || status=1
echo "+ desktop-file-validate usr/share/applications/kakiyo-desk.desktop"
desktop-file-validate "$tree/usr/share/applications/kakiyo-desk.desktop" || status=1
[ $status -eq 0 ] && echo "package-lint: clean"
exit $status
