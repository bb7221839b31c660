# Sourced by the load benchmarks: wrk (the Debian package, installed with apt-get when missing) and the advice mix
# of bench/load/advice.lua driven through it.

need_wrk() {
  command -v wrk >/dev/null && return 0
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >&2
  elif sudo -n true 2>/dev/null; then sudo apt-get install -y -q wrk >&2
  else echo "wrk is missing: install it (sudo apt-get install wrk) and run again" >&2; exit 2; fi
}

# wrk's threads for $1 connections: one per connection, at most two.
wrk_threads() { echo $(( $1 < 2 ? $1 : 2 )); }

# $1 = base URL, $2 = users file (bench/load/prepare.py), $3 = duration (e.g. 60s), $4 = connections; wrk's output.
wrk_advice_mix() {
  wrk -t"$(wrk_threads "$4")" -c"$4" -d"$3" --timeout 30s --latency -s "$root/bench/load/advice.lua" "$1" -- "$2"
}
