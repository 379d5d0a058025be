#!/usr/bin/env bash
# Pix2Midi: prints where the fields Pix2Midi reads sit in one FFmpeg release's structures, checked
# by a C compiler (offsetof/sizeof in layout.c) against that release's own public headers.
# See docs/decisions/0020-ffmpeg-layout-tables.md.
#
# usage: tools/libav-layout/layout.sh [--csharp] [--note TEXT] SOURCE
#   SOURCE is one of
#     DIR             an include root holding libavutil/, libavcodec/ and libavformat/
#                     (/usr/include/x86_64-linux-gnu with Debian's libav*-dev, or a source tree)
#     git:GITDIR:REV  FFmpeg's sources in a git repository (a bare mirror will do), at REV (a tag: n8.0)
#     deb:SUITE       Debian's libavutil-dev, libavcodec-dev and libavformat-dev of SUITE
#                     (bookworm, trixie, sid), fetched with apt-get into a temporary folder
#   --csharp   print the rows of a LibavLayout initializer instead of the table
#   --note     a line saying where the headers came from, printed first as "# TEXT"
#
# The table (without --csharp) is what tools/libav-layout/releases/*.txt hold: a new major is
#   tools/libav-layout/layout.sh --note "FFmpeg 10.0: git tag n10.0 (commit …)" git:/path/to/ffmpeg.git:n10.0 \
#     > tools/libav-layout/releases/10.0.txt
#   tools/libav-layout/layout.sh --csharp git:/path/to/ffmpeg.git:n10.0  # rows for LibavLayout.cs
# and LibavLayoutTests compares every file there with LibavLayout.Known.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
csharp=0
note=
while (($#)); do
  case $1 in
    --csharp) csharp=1; shift ;;
    --note) note=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
done
if (($# != 1)); then
  echo "usage: $0 [--csharp] [--note TEXT] DIR | git:GITDIR:REV | deb:SUITE" >&2
  exit 2
fi
source=$1
cc=${CC:-$(command -v gcc || command -v clang || echo cc)}

work=$(mktemp -d "${TMPDIR:-/tmp}/libav-layout.XXXXXX")
trap 'rm -rf "$work"' EXIT

case $source in
  git:*)
    spec=${source#git:}
    gitdir=${spec%:*}
    rev=${spec##*:}
    mkdir -p "$work/src"
    # The headers only: a mirror may lack large files it does not need.
    git --git-dir="$gitdir" archive "$rev" -- 'libavutil/*.h' 'libavcodec/*.h' 'libavformat/*.h' | tar -x -C "$work/src"
    root=$work/src
    ;;
  deb:*)
    suite=${source#deb:}
    apt=$work/apt
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$work/debs" "$work/root"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" > "$apt/sources.list"
    opts=(-o "Dir::Etc::sourcelist=$apt/sources.list" -o Dir::Etc::sourceparts=/nonexistent
          -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o APT::Sandbox::User=root)
    apt-get "${opts[@]}" -qq update >&2
    (cd "$work/debs" && apt-get "${opts[@]}" -qq download "libavutil-dev/$suite" "libavcodec-dev/$suite" "libavformat-dev/$suite" >&2)
    for deb in "$work"/debs/*.deb; do
      echo "# $(basename "$deb")" >&2
      dpkg-deb -x "$deb" "$work/root"
    done
    root=$(dirname "$(dirname "$(find "$work/root" -path '*/libavutil/frame.h' | head -n 1)")")
    ;;
  *)
    root=$source
    ;;
esac

for header in libavutil/frame.h libavcodec/avcodec.h libavformat/avformat.h; do
  if [ ! -f "$root/$header" ]; then
    echo "$0: $root has no $header" >&2
    exit 1
  fi
done

# A source tree has no configured avconfig.h: the public headers need only these two values
# (a little-endian machine that reads unaligned words fast, as every 64-bit target Pix2Midi runs on).
overlay=$work/overlay
mkdir -p "$overlay/libavutil"
if [ ! -f "$root/libavutil/avconfig.h" ]; then
  printf '#ifndef AVUTIL_AVCONFIG_H\n#define AVUTIL_AVCONFIG_H\n#define AV_HAVE_BIGENDIAN 0\n#define AV_HAVE_FAST_UNALIGNED 1\n#endif\n' > "$overlay/libavutil/avconfig.h"
fi
if [ ! -f "$root/libavutil/ffversion.h" ]; then
  printf '#ifndef AVUTIL_FFVERSION_H\n#define AVUTIL_FFVERSION_H\n#define FFMPEG_VERSION "unknown"\n#endif\n' > "$overlay/libavutil/ffversion.h"
fi

"$cc" -std=c11 -O0 -w -I "$root" -I "$overlay" "$here/layout.c" -o "$work/layout"
"$work/layout" > "$work/table"

if ((csharp)); then
  release=$(awk '$1 == "Release" {print $2}' "$work/table")
  echo "    public static readonly LibavLayout Ffmpeg${release%.x} = new()"
  echo "    {"
  awk '$1 == "Release" {printf "        Release = \"%s\",\n", $2}
       $1 == "Versions" || $1 ~ /^Constant\./ {next}
       $1 != "Release" {printf "        %s = %s,\n", $1, $2}
       $1 == "UtilMajor" {print "        Verified = true,"}' "$work/table"
  echo "    };"
else
  [ -z "$note" ] || echo "# $note"
  cat "$work/table"
fi
