#!/bin/sh
# Starts the built app (dist/src/main.js) with V8's heap sized to the memory the process may use,
# so that it stays within a small container: V8 otherwise sizes its heap from the machine's memory
# and collects lazily, growing far beyond what the app keeps alive.
# - With a memory limit (cgroup v2 memory.max, or v1 memory.limit_in_bytes): old space three
#   quarters of what is left after 128 MB for Node itself, the modules and native memory; at
#   least 64 MB.
# - Without one: 88 MB, which keeps the process under 200 MB resident at 1,000 workspaces (where
#   it holds about 67 MB of live objects after the load).
# - A young generation of 4 MB semi-spaces while the old space is at most 256 MB.
# NODE_OPTIONS with --max-old-space-size (or --max-semi-space-size) overrides the choice.
# `exec` replaces the shell: node is the process that gets the signals (PID 1 in a container).
set -eu

here=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)

limit_mb() {
  for f in /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes; do
    [ -r "$f" ] || continue
    v=$(cat "$f" 2>/dev/null || true)
    case "$v" in '' | *[!0-9]*) continue ;; esac
    mb=$((v / 1048576))
    # cgroup v1 writes "no limit" as a number near 2^63.
    if [ "$mb" -lt 1048576 ]; then
      echo "$mb"
      return
    fi
  done
}

options=${NODE_OPTIONS:-}
flags=''
old=88
limit=$(limit_mb)
if [ -n "$limit" ]; then
  old=$(((limit - 128) * 3 / 4))
  [ "$old" -ge 64 ] || old=64
fi
case "$options" in
  *--max-old-space-size*) ;;
  *) flags="--max-old-space-size=$old" ;;
esac
case "$options" in
  *--max-semi-space-size*) ;;
  *) [ "$old" -gt 256 ] || flags="$flags --max-semi-space-size=4" ;;
esac

# glibc gives every thread that allocates its own arena; two are plenty for one event loop.
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export MALLOC_ARENA_MAX

# shellcheck disable=SC2086 # the flags are words on purpose
exec node $flags "$here/dist/src/main.js" "$@"
