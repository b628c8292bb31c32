#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster listening on 127.0.0.1, then removes it.
# Uses Debian's `postgresql` package; as root, the cluster runs as the `postgres` user.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL server not found: install Debian's 'postgresql' package." >&2
    exit 1
fi

port=${TEST_POSTGRES_PORT:-54329}
workdir=$(mktemp -d /tmp/laclef-postgres.XXXXXX)
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres: "$workdir"

stop() {
    as_owner "$bindir/pg_ctl" -D "$workdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$workdir"
}
trap stop EXIT

as_owner "$bindir/initdb" -D "$workdir/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_owner "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w -o \
    "-p $port -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" \
    start >/dev/null
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

DATABASE_URL="postgres://postgres@127.0.0.1:$port/laclef" "$@"
