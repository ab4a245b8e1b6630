# Sourced by the benchmark scripts (bash): what they share.

# bench_install PACKAGE...: installs those Debian packages (the caller names only the missing
# ones), as scripts/install-deps.sh does; nothing when none is named.
bench_install() {
  [ $# -gt 0 ] || return 0
  echo "Installing missing packages: $*"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@"
}

# bench_workdir: a temporary folder in $work, removed at exit with the throw-away PostgreSQL
# server of bench_pg (if one was started). A script with more to stop at exit defines
# bench_cleanup_more before it calls this.
bench_workdir() {
  work=$(mktemp -d /tmp/featuredesk-bench.XXXXXX)
  chmod 755 "$work" # the throw-away PostgreSQL server runs as postgres when we are root
  pgdir=""
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}
bench_cleanup() {
  if declare -F bench_cleanup_more >/dev/null; then bench_cleanup_more; fi
  if [ -n "$pgdir" ]; then "$root/scripts/pg-server.sh" stop "$pgdir" || true; fi
  rm -rf "$work"
}

# bench_pg: sets pg_url to $FEATUREDESK_BENCH_PG, else to a throw-away server it starts in $work
# (stopped at exit); empty, and said, when neither is there.
bench_pg() {
  pg_url=${FEATUREDESK_BENCH_PG:-}
  if [ -n "$pg_url" ]; then return 0; fi
  if pg_url=$("$root/scripts/pg-server.sh" start "$work/pg" 2>"$work/pg-start.log"); then
    pgdir=$work/pg
  else
    pg_url=""
    echo "== PostgreSQL skipped: no FEATUREDESK_BENCH_PG and no throw-away server:" >&2
    cat "$work/pg-start.log" >&2
  fi
}
