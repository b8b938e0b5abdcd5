#!/bin/bash
# Runs inside the minimal Debian 12 root that packaging/package-check.sh made, as an ordinary user,
# after the .deb was installed with Depends only. Uses nothing beyond minbase (bash, coreutils,
# grep, sed): no curl, no procps. Each command is echoed with "+" before it runs.
set -euo pipefail
set -x
cd "$HOME"
export QT_QPA_PLATFORM=offscreen
demo_seconds=${KAKIYO_DEMO_SECONDS:-8}

fail() {
    set +x
    echo "CHECK FAILED: $*"
    exit 1
}

# Polls a condition (a shell command) every 0.2 s for at most $1 seconds.
wait_for() {
    local -
    { set +x; } 2>/dev/null
    local tries=$(($1 * 5))
    shift
    while ! eval "$*"; do
        tries=$((tries - 1))
        [ $tries -gt 0 ] || return 1
        sleep 0.2
    done
}

# The pid of a kakiyo-sandbox whose parent is $1 (empty when there is none), read from /proc.
sandbox_child_of() {
    local -
    { set +x; } 2>/dev/null
    local stat
    for stat in /proc/[0-9]*/stat; do
        read -r _ comm _ ppid _ <"$stat" 2>/dev/null || continue
        if [ "$comm" = "(kakiyo-sandbox)" ] && [ "$ppid" = "$1" ]; then
            basename "$(dirname "$stat")"
            return
        fi
    done
}

# 1. Files in place.
command -v kakiyo-desk kakiyo-sandbox
test -f /usr/share/man/man1/kakiyo-desk.1.gz
test -f /usr/share/man/man1/kakiyo-sandbox.1.gz
test -f /usr/share/applications/kakiyo-desk.desktop
test -f /usr/share/metainfo/com.kakiyo.Desk.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/kakiyo-desk.svg
test -f /usr/share/icons/hicolor/48x48/apps/kakiyo-desk.png

# 2. --version.
kakiyo-desk --version
test "$(kakiyo-desk --version)" = "kakiyo-desk 0.1.0" || fail "unexpected --version output"

# 3. The sandbox on its own: it opens its SQLite database through Qt's QSQLITE driver, then
#    answers an authenticated request (bash's /dev/tcp: no curl in minbase).
kakiyo-sandbox --quiet --port 0 >sandbox.out 2>sandbox.err &
sandbox=$!
wait_for 20 'grep -q port sandbox.out || ! kill -0 $sandbox 2>/dev/null' || true
kill -0 $sandbox 2>/dev/null || { cat sandbox.err; fail "kakiyo-sandbox exited at start"; }
cat sandbox.out
port=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' sandbox.out)
{ set +x; } 2>/dev/null
key=$(sed -n 's/.*"apiKey":"\([A-Za-z0-9]*\)".*/\1/p' sandbox.out)
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /v1/verify HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nAuthorization: Bearer %s\r\nConnection: close\r\n\r\n' \
    "$port" "$key" >&3
# The server keeps the connection open: read the status line, the headers and Content-Length bytes.
read -r -t 10 status <&3
echo "$status"
length=0
while read -r -t 10 header <&3; do
    header=${header%$'\r'}
    [ -z "$header" ] && break
    case ${header,,} in content-length:*) length=${header#*:} length=${length// /} ;; esac
done
body=
[ "$length" -gt 0 ] && read -r -t 10 -N "$length" body <&3
exec 3<&-
set -x
echo "$body"
[[ $status == "HTTP/1.1 200"* ]] || fail "sandbox did not answer /v1/verify with 200"
[[ $body == *'"teamId"'* ]] || fail "no teamId in the /verify answer"
kill -TERM $sandbox
wait $sandbox || fail "kakiyo-sandbox did not exit cleanly on SIGTERM"

# 4. A headless export on the demo: a CSV with a header and the seeded campaigns.
rm -f /tmp/x.csv
kakiyo-desk --demo export --table campaigns --format csv -o /tmp/x.csv
test -s /tmp/x.csv || fail "export wrote no file"
head -n 3 /tmp/x.csv
rows=$(($(wc -l </tmp/x.csv) - 1))
[ "$rows" -ge 1 ] || fail "export wrote no campaign rows"
echo "campaign rows: $rows"

# 5. The demo window offscreen: it starts its own sandbox, is still running after N seconds,
#    then ends cleanly on SIGTERM and takes its sandbox with it.
kakiyo-desk --demo >demo.log 2>&1 &
desk=$!
wait_for 30 '[ -n "$(sandbox_child_of $desk)" ] || ! kill -0 $desk 2>/dev/null' || true
child=$(sandbox_child_of $desk)
[ -n "$child" ] || { cat demo.log; fail "the demo did not start its sandbox"; }
sleep "$demo_seconds"
kill -0 $desk 2>/dev/null || { cat demo.log; fail "the demo window died within $demo_seconds s"; }
kill -TERM $desk
rc=0
wait $desk || rc=$?
cat demo.log
[ $rc -eq 0 ] || fail "the demo window exited with $rc on SIGTERM"
wait_for 10 '! kill -0 $child 2>/dev/null' || fail "the demo's sandbox outlived the window"
! grep -qi 'driver not loaded\|could not load the Qt platform plugin' demo.log \
    || fail "Qt plugin missing at run time"

set +x
echo "ALL CHECKS PASSED"
