#!/usr/bin/env bash
# The window's stalls as a user sees them, measured from outside (issue 22): runs DB Browser for
# SQLite or FeatureDesk under Xvfb on one SQLite registry, drives it with xdotool through the same
# actions (open the file, the artifact table, sort by a column, type a filter, Ctrl+End) while
# ../shared/tools/stallmeter.py pings the window (_NET_WM_PING every 20 ms), and gives the
# longest and the 99th-percentile answer time per action. See BENCHMARKS.md.
#
#   scripts/bench/x11-stalls.sh dbbrowser|featuredesk REGISTRY.sqlite [OUT_DIR]
#
# Needs xvfb, xdotool, python3-xlib, imagemagick (screenshots) and, for dbbrowser, sqlitebrowser
# (apt-get install -y sqlitebrowser xdotool python3-xlib xvfb); none is a build dependency.
# The click positions below were read off screenshots of a 1600x1000 screen with a fresh
# configuration (taken again by this script in OUT_DIR, one per action): a program whose layout
# differs (another version, another font) needs them read again. The filter word is typed with
# 120 ms between letters.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
program=${1:?dbbrowser or featuredesk}
registry=$(realpath "${2:?an SQLite registry}")
out=${3:-$root/build/bench/x11-stalls}
display=${FEATUREDESK_BENCH_DISPLAY:-:57}
stallmeter=${FEATUREDESK_STALLMETER:-$root/../shared/tools/stallmeter.py}
word=${FEATUREDESK_BENCH_FILTER:-sample-05}
settle=${FEATUREDESK_BENCH_SETTLE:-8} # seconds given to each action before the next
python=/usr/bin/python3 # Debian's, which has python3-xlib
mkdir -p "$out"

work=$(mktemp -d -t featuredesk-bench-x11.XXXXXX)
xvfb_pid=""
app_pid=""
meter_pid=""
cleanup() {
  for pid in "$meter_pid" "$app_pid" "$xvfb_pid"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
export DISPLAY=$display
# A configuration of our own: the default layout, no recent files, nothing of the user's.
export HOME=$work/home XDG_CONFIG_HOME=$work/config
mkdir -p "$HOME" "$XDG_CONFIG_HOME"

marks=$work/marks
mark() { # mark NAME: an action starts now
  echo "$1 $(date +%s.%N)" >>"$marks"
}
shot() {
  import -window root "$out/$program-$1.png" 2>/dev/null || true
}
click() { xdotool mousemove "$1" "$2" click 1; }
type_slowly() { xdotool type --delay 120 "$1"; }

case "$program" in
dbbrowser)
  name="DB Browser for SQLite"
  sqlitebrowser >"$work/app.log" 2>&1 &
  app_pid=$!
  ;;
featuredesk)
  name="FeatureDesk"
  # Opened empty: the registry is opened through the menu below, as in DB Browser.
  QT_QPA_PLATFORM=xcb FEATUREDESK_REGISTRY="$work/empty.sqlite" \
    "$root/build/bin/featuredesk" >"$work/app.log" 2>&1 &
  app_pid=$!
  ;;
*)
  echo "dbbrowser or featuredesk, not $program" >&2
  exit 2
  ;;
esac

window=""
for _ in $(seq 1 60); do
  window=$(xdotool search --onlyvisible --name "$name" 2>/dev/null | head -n 1 || true)
  [ -n "$window" ] && break
  sleep 0.5
done
[ -n "$window" ] || { echo "no window named like $name" >&2; cat "$work/app.log" >&2; exit 1; }
xdotool windowmove "$window" 0 0 windowsize "$window" 1600 1000
sleep 3
shot start

seconds=$((12 + 6 * settle))
"$python" "$stallmeter" "$display" "$name" "$seconds" "$work/stalls.json" >"$work/meter.out" &
meter_pid=$!
sleep 2
xdotool windowfocus --sync "$window" 2>/dev/null || true

case "$program" in
dbbrowser)
  mark open # Ctrl+O, the file's path, Enter
  xdotool key ctrl+o
  sleep 1.5
  xdotool type --delay 20 "$registry"
  xdotool key Return
  sleep "$settle"
  shot open
  mark browse # the Browse Data tab: fd_artifact, the first table
  click 208 79
  sleep "$settle"
  click 230 201 # a cell, then End: the last column (key_name) comes into view
  xdotool key End
  sleep 1
  shot browse
  mark sort # a click on key_name's header
  click 951 151
  sleep "$settle"
  shot sort
  mark filter # key_name's filter box
  click 945 174
  type_slowly "$word"
  sleep "$settle"
  shot filter
  mark sort_filtered # the header again: the other way, on the filtered rows
  click 951 151
  sleep "$settle"
  shot sort_filtered
  mark ctrl_end
  click 951 201
  xdotool key ctrl+End
  sleep "$settle"
  shot ctrl_end
  ;;
featuredesk)
  mark open # Ctrl+O, the file's path, Enter; the Artifacts view
  xdotool key ctrl+o
  sleep 1.5
  xdotool type --delay 20 "$registry"
  xdotool key Return
  sleep "$settle"
  shot open
  mark browse # the Artifacts tab
  click 313 35
  sleep "$settle"
  shot browse
  mark sort # a click on Size's header
  click 420 94
  sleep "$settle"
  shot sort
  mark filter # the filter box
  click 461 67
  type_slowly "$word"
  sleep "$settle"
  shot filter
  mark sort_filtered # the header again: the other way, on the filtered rows
  click 420 94
  sleep "$settle"
  shot sort_filtered
  mark ctrl_end
  click 346 113
  xdotool key ctrl+End
  sleep "$settle"
  shot ctrl_end
  ;;
esac
mark end
wait "$meter_pid" || true
meter_pid=""
cat "$work/meter.out"

"$python" - "$work/stalls.json" "$marks" "$program" "$out/$program.json" <<'PY'
import json, sys
stalls = json.load(open(sys.argv[1]))
marks = [line.split() for line in open(sys.argv[2])]
marks = [(name, float(at)) for name, at in marks]
start = stalls["started_at"]
# Each ping by the time it was sent: its answer time minus how long it took.
pings = [(start + t - ms / 1000, ms) for t, ms in stalls["series"]]
rows = []
for (name, begin), (_, end) in zip(marks, marks[1:]):
    late = sorted(ms for sent, ms in pings if begin <= sent < end)
    if not late:
        rows.append({"action": name, "pings": 0})
        continue
    p99 = late[max(0, -(-99 * len(late) // 100) - 1)]
    rows.append({"action": name, "pings": len(late), "longest_ms": late[-1], "p99_ms": p99})
print(f"{sys.argv[3]}: longest / p99 answer to _NET_WM_PING per action, ms")
for row in rows:
    if row["pings"]:
        print(f'  {row["action"]:<16}{row["longest_ms"]:>10.1f}{row["p99_ms"]:>10.1f}'
              f'{row["pings"]:>7} pings')
    else:
        print(f'  {row["action"]:<16}   no pings')
json.dump({"program": sys.argv[3], "summary": stalls["summary"], "actions": rows},
          open(sys.argv[4], "w"), indent=1)
PY
echo "Results: $out/$program.json and $out/$program-*.png"
