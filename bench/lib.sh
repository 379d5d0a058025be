# Sourced by the benchmark scripts (after `cd` to the repository): what each needs alike.
#   bench_tool: sets $tool to $PIX2MIDI, or to the tool as installed by bench/install-tool.sh.
#   started+=("$pid"): a process stopped on the way out, by pid, Ctrl+C included;
#   stop PID [SIGNAL] stops one now and waits for it; forget PID drops it from the list.
#   wait_until SECONDS COMMAND...: polls every ${poll:-0.1} s until COMMAND succeeds.

bench_tool() {
  if [ -z "${PIX2MIDI:-}" ]; then
    PIX2MIDI=$(bench/install-tool.sh) || exit 1
  fi
  tool=$PIX2MIDI
}

started=()
cleanup() { for p in "${started[@]}"; do kill "$p" 2>/dev/null || true; done; }
forget() { local keep=() p; for p in "${started[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done; started=("${keep[@]}"); }
stop() { kill "-${2:-TERM}" "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; forget "$1"; } # pid [signal]
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_until() { # seconds command...
  local until=$((SECONDS + $1)); shift
  until "$@"; do [ $SECONDS -lt $until ] || return 1; sleep "${poll:-0.1}"; done
}
