#!/usr/bin/env bash
# Packs pix2midi as a user installs it (README: dotnet pack, then dotnet tool install; the package
# is native on Linux and macOS, decision 0014), installs it into $BENCH_DIR/tool, and prints
# the command to run it. The benchmark scripts time this form unless PIX2MIDI names another.
# Usage: bench/install-tool.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/pix2midi-bench}
mkdir -p "$work"
rm -rf "$work/tool" "$work/tool-packages"
# Its own artifacts folder, so the pack never mixes with the build in src/ or the tests'.
if ! out=$(dotnet pack src/Pix2Midi.Cli -c Release -o "$work/tool-packages" --artifacts-path "$work/tool-build" -nologo 2>&1); then
  grep -E ': error ' <<<"$out" | sort -u >&2
  echo "bench: dotnet pack failed" >&2
  exit 1
fi
if ! out=$(dotnet tool install Pix2Midi --tool-path "$work/tool" --add-source "$work/tool-packages" 2>&1); then
  echo "$out" >&2
  echo "bench: dotnet tool install failed" >&2
  exit 1
fi
echo "$work/tool/pix2midi"
