#!/bin/sh
# Install the Debian packages named (each also the program's name) when their program is missing,
# or stop with a message saying what to install. Used by `make run` and `make test`.
missing=""
for program in "$@"; do
    command -v "$program" >/dev/null 2>&1 || missing="$missing $program"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing$missing"
    apt-get update -qq && apt-get install -y -qq $missing >/dev/null && exit 0
fi
echo "Missing:$missing. Install them first (Debian/Ubuntu: sudo apt-get install$missing)." >&2
exit 1
