#!/usr/bin/env bash
# with-keyring.sh <command> [args...]
#
# Runs a command against a real, private Secret Service: its own D-Bus session
# (dbus-run-session), HOME and XDG_{DATA,CONFIG,CACHE,RUNTIME}_DIR in a fresh temporary folder,
# desktop variables cleared (so QtKeychain picks libsecret, not KWallet), and a throw-away login
# keyring unlocked by gnome-keyring-daemon in the same process tree. Without the unlock a fresh
# HOME has no login collection and every write fails.
#
# Before the command runs, secret-tool stores, looks up and clears a probe item; if that fails
# the script exits non-zero (a keychain test must fail, never skip, when the keyring is missing).
# Works as root with no display. The temporary folder is removed afterwards. Exit status: the
# command's, or 2 on a setup failure.
set -uo pipefail

if [ "${KAKIYO_KEYRING_INNER:-}" = 1 ]; then
    # --- inside the private D-Bus session ---------------------------------------------------
    unset KAKIYO_KEYRING_INNER
    # A throw-away password, read from stdin: never on a command line.
    password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    if ! out="$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets)"; then
        echo "with-keyring: gnome-keyring-daemon --unlock failed" >&2
        exit 2
    fi
    unset password
    # It prints NAME=value lines (GNOME_KEYRING_CONTROL, SSH_AUTH_SOCK, ...) when it has any.
    while IFS= read -r line; do
        case "$line" in
            [A-Z_]*=*) export "${line?}" ;;
        esac
    done <<<"$out"

    # The daemon forks before it claims its bus name; wait for the name so the first client
    # does not D-Bus-activate a second, separate daemon.
    for _ in $(seq 1 200); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q 'boolean true' && break
        sleep 0.05
    done

    probe="probe-$$-$RANDOM"
    if ! printf '%s' "$probe" | secret-tool store --label="kakiyo keyring probe" kakiyo-probe "$probe" \
        || [ "$(secret-tool lookup kakiyo-probe "$probe")" != "$probe" ] \
        || ! secret-tool clear kakiyo-probe "$probe"; then
        echo "with-keyring: the private Secret Service does not work (secret-tool store/lookup/clear failed)" >&2
        exit 2
    fi
    "$@"
    exit $?
fi

# --- outside: prepare the folder and the environment, then enter a private session ----------
if [ $# -lt 1 ]; then
    echo "usage: $0 <command> [args...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring: $tool not found (packages: dbus-daemon gnome-keyring libsecret-tools)" >&2
        exit 2
    fi
done

root="$(mktemp -d "${TMPDIR:-/tmp}/kakiyo-keyring.XXXXXX")" || exit 2
cleanup() {
    # The keyring daemon leaves when its bus goes away; give it a moment before removing its files.
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        rm -rf "$root" 2>/dev/null && [ ! -e "$root" ] && return
        sleep 0.2
    done
    echo "with-keyring: could not remove $root" >&2
}
trap cleanup EXIT
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
chmod 700 "$root" "$root/runtime"

export HOME="$root/home"
export XDG_DATA_HOME="$root/data"
export XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache"
export XDG_RUNTIME_DIR="$root/runtime"
unset XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP XDG_SESSION_TYPE DESKTOP_SESSION \
    KDE_FULL_SESSION KDE_SESSION_VERSION KDE_SESSION_UID \
    GNOME_DESKTOP_SESSION_ID GNOME_KEYRING_CONTROL GNOME_KEYRING_PID GNOME_SETUP_DISPLAY \
    DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep '^GNOME_' || true)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
# The session runs in a process group of its own so that, if this script is stopped (a CTest
# timeout, Ctrl+C), the test, the bus and the keyring daemon are all stopped with it.
KAKIYO_KEYRING_INNER=1 setsid dbus-run-session -- bash "$here" "$@" </dev/null &
session=$!
trap 'kill -TERM -- -"$session" 2>/dev/null' TERM INT HUP
while :; do
    wait "$session"
    status=$?
    # wait returns early (status > 128) when a trapped signal arrives; wait for the real end.
    kill -0 "$session" 2>/dev/null || break
done
exit "$status"
