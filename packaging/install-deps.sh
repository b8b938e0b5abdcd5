#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Kakiyo Desk needs.
# Idempotent and non-interactive; run as root (or through sudo). Does nothing when all are present.
#   install-deps.sh              what make build/check/demo need
#   install-deps.sh --packaging  the tools of make package/package-lint/package-check
set -euo pipefail

build_packages=(
    build-essential cmake ninja-build ccache lld pkg-config git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-l10n-tools qt6-translations-l10n qt6-tools-dev libqt6sql6-sqlite libgl-dev
    qt6-qpa-plugins fonts-dejavu-core
    gnome-keyring dbus-daemon dbus-x11 libsecret-tools
    xvfb xauth poppler-utils
)
# make package, package-lint and package-check only (the package's own files are made by the
# build: manual pages by a CMake script, raster icons by a Qt tool).
packaging_packages=(lintian debootstrap appstream desktop-file-utils)

if [ "${1:-}" = "--packaging" ]; then
    packages=("${packaging_packages[@]}")
else
    packages=("${build_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
