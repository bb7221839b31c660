#!/bin/sh
# Removes from the extracted dependency jars the native libraries that a Linux container of one architecture never
# loads: the ONNX runtime's Windows and macOS builds (with 58 MB compressed of Windows debug symbols), and the
# other systems' builds in DJL tokenizers and gRPC's shaded Netty. Each library picks its native file by OS and
# architecture at run time, so the one for this platform is all it needs.
# Usage: slim-natives.sh LIB_DIR ARCH      (ARCH: amd64 or arm64, as Docker's TARGETARCH)
set -eu

lib="$1"
case "$2" in
  amd64) onnx=linux-aarch64 djl=linux-aarch64 netty=_aarch_64 ;;
  arm64) onnx=linux-x64 djl=linux-x86_64 netty=_x86_64 ;;
  *) echo "slim-natives.sh: unsupported architecture '$2' (amd64 or arm64)" >&2; exit 1 ;;
esac

# slim JAR_GLOB REGEX: deletes the file entries matching REGEX from each jar matching JAR_GLOB (none: no-op)
slim() {
  for jar in "$lib"/$1; do
    [ -f "$jar" ] || continue
    entries="$(unzip -Z1 "$jar" | grep -E "$2" | grep -v '/$' || true)"
    [ -n "$entries" ] || continue
    # -nw: the names are exact, not wildcards
    printf '%s\n' "$entries" | xargs zip -q -nw -d "$jar"
    echo "$(basename "$jar"): removed $(printf '%s\n' "$entries" | wc -l) native entries for other platforms"
  done
}

slim 'onnxruntime-*.jar' "^ai/onnxruntime/native/(win-|osx-|$onnx/)"
slim 'tokenizers-*.jar' "^native/lib/(win-|osx-|$djl/)"
slim 'grpc-netty-shaded-*.jar' "^META-INF/native/.*(windows|osx|$netty\.so$)"
