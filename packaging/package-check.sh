#!/usr/bin/env bash
# `make package-check`: installs the built .deb into a minimal Debian 12 root
# (debootstrap --variant=minbase bookworm) with apt's --no-install-recommends, so only Depends
# count, and runs it there as an ordinary user (packaging/package-check-inside.sh: --version, the
# sandbox, a headless export, the demo window offscreen). Prints the whole log; exit 0 when all
# passed. Needs root (debootstrap, chroot, mount) and the network (apt in the root).
#
#   package-check.sh FILE.deb [WORK_DIR]
#
# The root is made once and kept as a tarball under ~/.cache/kakiyo-desk (KAKIYO_PACKAGE_CACHE),
# together with the .debs and package lists apt downloads in it; every run unpacks a fresh copy into WORK_DIR
# (default build/package-check), so nothing installed by an earlier run can hide a missing
# dependency. KAKIYO_DEBIAN_MIRROR overrides the mirror.
set -euo pipefail

deb=${1:?usage: package-check.sh FILE.deb [WORK_DIR]}
work=${2:-build/package-check}
here=$(cd "$(dirname "$0")" && pwd)
cache=${KAKIYO_PACKAGE_CACHE:-$HOME/.cache/kakiyo-desk}
mirror=${KAKIYO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root_tar=$cache/bookworm-minbase.tar.gz
archives=$cache/apt-archives
lists=$cache/apt-lists

[ -f "$deb" ] || { echo "package-check: $deb does not exist (run make package)" >&2; exit 1; }
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=KAKIYO_PACKAGE_CACHE,KAKIYO_DEBIAN_MIRROR,HOME "$0" "$@"
fi
deb=$(realpath "$deb")
mkdir -p "$work" "$cache" "$archives" "$lists/partial"
work=$(realpath "$work")
root=$work/root
log=$work/install.log
# Everything below goes to the terminal and to the log as it happens. tee ignores Ctrl-C and TERM
# so that the clean-up below can still write; a closed terminal must not kill the clean-up either.
exec > >(trap '' INT TERM; exec tee "$log") 2>&1
trap '' PIPE

say() { echo "package-check: $*"; }
started=$(date +%s)

# Everything mounted into the root is listed here and unmounted on every way out, so a failed
# run never leaves the host's /proc or /dev mounted below build/.
mounts=()
cleanup() {
    local rc=$?
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${mounts[i]}" 2>/dev/null || true
    done
    if [ -n "${fresh:-}" ] && [ -d "$fresh" ]; then
        for m in proc sys dev/pts dev; do umount -l "$fresh/$m" 2>/dev/null || true; done
        rm -rf "$fresh"
    fi
    if [ $rc -eq 0 ]; then
        say "PASSED in $(($(date +%s) - started)) s (log: $log)"
    else
        say "FAILED (exit $rc) after $(($(date +%s) - started)) s (log: $log)"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ ! -f "$root_tar" ]; then
    command -v debootstrap >/dev/null || { say "debootstrap missing (make package-deps)"; exit 1; }
    say "no cached root; debootstrap --variant=minbase bookworm (once; cached in $root_tar)"
    fresh=$cache/root.tmp
    rm -rf "$fresh"
    t0=$(date +%s)
    debootstrap --variant=minbase bookworm "$fresh" "$mirror" >"$work/debootstrap.log" 2>&1 || {
        tail -n 30 "$work/debootstrap.log"
        exit 1
    }
    rm -f "$fresh"/var/cache/apt/archives/*.deb
    tar -C "$fresh" -czf "$root_tar.tmp" . && mv "$root_tar.tmp" "$root_tar"
    rm -rf "$fresh"
    fresh=
    say "debootstrap took $(($(date +%s) - t0)) s"
fi

t0=$(date +%s)
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xzf "$root_tar"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
# A throw-away root: dpkg need not fsync every file (halves the install time).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/kakiyo-unsafe-io"
echo 'Acquire::Languages "none";' >"$root/etc/apt/apt.conf.d/99kakiyo-no-translations"
# Nothing installed here may start a service.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"
install -m 0755 "$here/package-check-inside.sh" "$root/usr/local/bin/package-check-inside"

mount -t proc proc "$root/proc"
mounts+=("$root/proc")
mount --bind /dev "$root/dev"
mounts+=("$root/dev")
if [ -d /dev/pts ] && mountpoint -q /dev/pts; then
    mount --bind /dev/pts "$root/dev/pts"
    mounts+=("$root/dev/pts")
fi
mount --bind "$archives" "$root/var/cache/apt/archives"
mounts+=("$root/var/cache/apt/archives")
mount --bind "$lists" "$root/var/lib/apt/lists"
mounts+=("$root/var/lib/apt/lists")
say "root ready in $(($(date +%s) - t0)) s: $root"

in_root() {
    echo "# chroot $root $*"
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

t0=$(date +%s)
name=$(basename "$deb")
echo "## install log: $name into a minimal Debian 12 root, Depends only"
status=0
in_root apt-get update -q || status=$?
[ $status -eq 0 ] && { in_root apt-get install -y --no-install-recommends "/tmp/$name" || status=$?; }
[ $status -eq 0 ] && { in_root dpkg-query -W -f '${Package} ${Version} ${Installed-Size} KiB\n' kakiyo-desk || status=$?; }
[ $status -eq 0 ] && { in_root useradd --create-home --shell /bin/bash kakiyo || status=$?; }
say "install took $(($(date +%s) - t0)) s"

if [ $status -eq 0 ]; then
    t0=$(date +%s)
    echo "## checks, run as user kakiyo (commands echoed with +)"
    echo "# chroot --userspec=kakiyo:kakiyo $root package-check-inside"
    chroot --userspec=kakiyo:kakiyo "$root" /usr/bin/env -i HOME=/home/kakiyo USER=kakiyo \
        PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
        /usr/local/bin/package-check-inside || status=$?
    say "checks took $(($(date +%s) - t0)) s"
fi
exit $status
