#!/usr/bin/env bash
# A soak of one SQLite registry shared by many programs at once, for minutes: the window's way
# (featuredesk_soakwindow: a kept connection, workers opening their own), featuredesk-cli writers
# and readers, a Python script writing through its sqlite3 module, and the sqlite3 shell reading
# and writing, started at random for as long as asked. Every program logs each feature it added
# once committed; at the end every logged feature must be in the registry and nothing else,
# PRAGMA integrity_check must say ok, and no program may have seen an I/O error.
#   scripts/soak-registry.sh [MINUTES=3] [FOLDER]     (exit 0: all held)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-3}
work=${2:-$(mktemp -d /tmp/featuredesk-soak.XXXXXX)}
mkdir -p "$work"
bin=${FEATUREDESK_BUILD_DIR:-$root/build}/bin

"$root/scripts/install-deps.sh" test
"$root/scripts/build.sh" featuredesk-cli featuredesk_soakwindow

registry="$work/registry.sqlite"
logs="$work/logs"
rm -rf "$registry" "$registry-wal" "$registry-shm" "$logs"
mkdir -p "$logs"
"$bin/featuredesk-cli" --registry "$registry" init >/dev/null
seconds=$((minutes * 60))
end=$((SECONDS + seconds))
echo "Soaking $registry for $minutes min; logs in $logs"

pids=()
# Two windows for the whole time.
for w in 1 2; do
  "$bin/featuredesk_soakwindow" "$registry" "$seconds" "window$w" "$logs/window$w.added" \
    >"$logs/window$w.out" 2>&1 &
  pids+=($!)
done

python_writer='
import sqlite3, sys, secrets, string
alphabet = string.digits + string.ascii_uppercase + string.ascii_lowercase
db = sqlite3.connect(sys.argv[1], timeout=120, isolation_level=None)
names = ["%s_%d" % (sys.argv[2], i) for i in range(int(sys.argv[3]))]
db.execute("BEGIN IMMEDIATE")
for name in names:
    uid = "".join(secrets.choice(alphabet) for _ in range(12))
    db.execute("INSERT INTO fd_feature (uid, name, dtype, created_by) VALUES (?, ?, ?, (SELECT MIN(id) FROM fd_user))", (uid, name, "float"))
db.execute("COMMIT")
with open(sys.argv[4], "a") as log:
    log.write("".join(n + "\n" for n in names))
assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
db.close()
'
actor=0
actor_pids=()
while [ $SECONDS -lt $end ]; do
  actor=$((actor + 1))
  name="a$actor"
  case $((RANDOM % 6)) in
  0) # featuredesk-cli writer
    ( "$bin/featuredesk-cli" --registry "$registry" features add "cli_$name" --dtype int >/dev/null \
        && echo "cli_$name" >>"$logs/$name.added" ) >"$logs/$name.out" 2>&1 & ;;
  1) # featuredesk-cli readers
    ( "$bin/featuredesk-cli" --registry "$registry" features list >/dev/null \
        && "$bin/featuredesk-cli" --registry "$registry" info --json >/dev/null ) >"$logs/$name.out" 2>&1 & ;;
  2) # a lab's Python script adding a batch in one transaction
    python3 -c "$python_writer" "$registry" "py_$name" $((RANDOM % 50 + 1)) "$logs/$name.added" \
      >"$logs/$name.out" 2>&1 & ;;
  3) # the sqlite3 shell reading
    sqlite3 -bail -cmd '.timeout 120000' "$registry" \
      'SELECT COUNT(*) FROM fd_feature; SELECT COUNT(*) FROM fd_feature_set;' >"$logs/$name.out" 2>&1 & ;;
  4) # the sqlite3 shell writing
    uid=$(head -c 64 /dev/urandom | tr -dc '0-9A-Za-z' | head -c 12)
    ( sqlite3 -bail -cmd '.timeout 120000' "$registry" \
        "INSERT INTO fd_feature (uid, name, dtype, created_by) VALUES ('$uid', 'sh_$name', 'str', (SELECT MIN(id) FROM fd_user));" \
        && echo "sh_$name" >>"$logs/$name.added" ) >"$logs/$name.out" 2>&1 & ;;
  5) # a CLI write of another kind: a feature set of what is there
    ( uids=$(sqlite3 -cmd '.timeout 120000' "$registry" "SELECT uid FROM fd_feature ORDER BY random() LIMIT 3;" | tr '\n' ' ')
      [ -z "$uids" ] || "$bin/featuredesk-cli" --registry "$registry" sets create --name "set $name" $uids >/dev/null ) \
      >"$logs/$name.out" 2>&1 & ;;
  esac
  actor_pids+=($!)
  # At most a dozen at a time.
  while [ "$(jobs -rp | wc -l)" -gt 12 ]; do sleep 0.05; done
  sleep "0.0$((RANDOM % 10))"
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
wait || true

problems=0
for out in "$logs"/*.out; do
  if grep -qiE 'disk I/O error|malformed|not a database|unable to open' "$out"; then
    echo "PROBLEM in $(basename "$out"): $(head -c 300 "$out")"
    problems=$((problems + 1))
  fi
done
[ $status -eq 0 ] || { echo "PROBLEM: a window process reported failures:"; cat "$logs"/window*.out; problems=$((problems + 1)); }

cat "$logs"/*.added 2>/dev/null | sort >"$work/expected.txt"
sqlite3 "$registry" 'SELECT name FROM fd_feature ORDER BY name;' | sort >"$work/present.txt"
lost=$(comm -23 "$work/expected.txt" "$work/present.txt" | wc -l)
extra=$(comm -13 "$work/expected.txt" "$work/present.txt" | wc -l)
integrity=$(sqlite3 "$registry" 'PRAGMA integrity_check;')
echo "actors started: $actor; features logged: $(wc -l <"$work/expected.txt"); in the registry: $(wc -l <"$work/present.txt"); lost: $lost; unlogged: $extra; integrity_check: $integrity"
cat "$logs"/window*.out | grep soakwindow || true
[ "$lost" -eq 0 ] || { echo "PROBLEM: $lost committed writes are missing"; problems=$((problems + 1)); }
[ "$extra" -eq 0 ] || { echo "PROBLEM: $extra features nobody logged (a write whose commit was not reported)"; problems=$((problems + 1)); }
[ "$integrity" = ok ] || { echo "PROBLEM: integrity_check: $integrity"; problems=$((problems + 1)); }
if [ $problems -eq 0 ]; then echo "soak passed"; else echo "soak FAILED: $problems problems"; exit 1; fi
