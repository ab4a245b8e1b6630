#!/usr/bin/env bash
# Starts or stops a latency relay (scripts/latency-relay.py) in front of a PostgreSQL server, for
# the tests of slow and broken connections.
#   scripts/pg-relay.sh start DIR URL [RTT_MS]   prints two lines: URL with the relay's port in
#                                                place of the server's, and the relay's control
#                                                address (127.0.0.1:PORT)
#   scripts/pg-relay.sh stop DIR
# RTT_MS is the round trip the relay adds (default 0); tests change it through the control.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?folder for the relay}
root=$(cd "$(dirname "$0")/.." && pwd)

case "$action" in
start)
  url=${3:?the server URL, postgresql://USER@HOST:PORT}
  rtt=${4:-0}
  # postgresql://user@host:port[/database][?options]: the host and port are the target.
  authority=${url#*://}
  authority=${authority%%[/?]*}
  hostport=${authority##*@}
  [[ $hostport == *:* ]] || hostport="$hostport:5432"
  mkdir -p "$dir"
  rm -f "$dir/relay.out"
  python3 "$root/scripts/latency-relay.py" --listen 127.0.0.1:0 --target "$hostport" \
    --rtt "$rtt" --control 127.0.0.1:0 --pidfile "$dir/relay.pid" \
    </dev/null >"$dir/relay.out" 2>"$dir/relay.log" &
  for _ in $(seq 100); do
    [ "$(wc -l <"$dir/relay.out")" -ge 2 ] && break
    kill -0 $! 2>/dev/null || break
    sleep 0.1
  done
  if [ "$(wc -l <"$dir/relay.out")" -lt 2 ]; then
    echo "the latency relay did not start" >&2; cat "$dir/relay.log" >&2; exit 1
  fi
  { read -r port; read -r control; } <"$dir/relay.out"
  echo "${url/"$hostport"/127.0.0.1:$port}"
  echo "127.0.0.1:$control"
  ;;
stop)
  if [ -f "$dir/relay.pid" ]; then
    pid=$(cat "$dir/relay.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start DIR URL [RTT_MS] | stop DIR" >&2; exit 2 ;;
esac
