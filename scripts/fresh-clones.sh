#!/usr/bin/env bash
# Clones this repository N times into new folders, back to back, and runs
# the README's test command (npm install && npm test) in each, as a person
# with a fresh checkout would; then prints one line per clone and a tally.
# The clones' npm caches and home folders are their own, so nothing here
# touches your ~/.npm, and each clone is removed afterwards.
#
#   bash scripts/fresh-clones.sh [N]      (default 10)
set -uo pipefail
n="${1:-10}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/medsec-clones-XXXXXX")"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
for i in $(seq 1 "$n"); do
  # A new path every time: npm keys its npx cache by the folder's path.
  dir="$work/clone-$i-$RANDOM"
  git clone --quiet "$here" "$dir" || { echo "clone $i: git clone failed"; failed=$((failed + 1)); continue; }
  start=$(date +%s)
  log="$work/clone-$i.log"
  (cd "$dir" && HOME="$work/home-$i" npm_config_cache="$work/cache" npm install --no-audit --no-fund && HOME="$work/home-$i" npm_config_cache="$work/cache" npm test) >"$log" 2>&1
  rc=$?
  secs=$(($(date +%s) - start))
  tests="$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' | tail -1 | sed -E 's/^ +Tests +//')"
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    echo "clone $i: passed in ${secs}s ($tests)"
  else
    failed=$((failed + 1))
    echo "clone $i: FAILED (exit $rc) in ${secs}s ($tests); log kept at $here/fresh-clone-$i.log"
    cp "$log" "$here/fresh-clone-$i.log"
  fi
  rm -rf "$dir"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
