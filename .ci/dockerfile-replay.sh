#!/usr/bin/env bash
# Replays the Dockerfile without Docker (this machine has no Docker engine): every COPY and RUN of every stage, in
# order, in one scratch folder that stands for the image's file system, honouring .dockerignore; then starts the
# ENTRYPOINT with the image's ENV and its WORKDIR, and checks the site answers. It catches what a linter cannot:
# a project the restore needs but no COPY brings, a publish that fails, an image without its content.
# The stages share the scratch folder (the build stage's /app is the final stage's /app, which is what
# `COPY --from=build /app ./` gives). Needs: dotnet, curl. Usage: bash .ci/dockerfile-replay.sh [port]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-5096}
root=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$root"; }
trap cleanup EXIT

# .dockerignore: "**/name/" (a folder of that name anywhere) and "name/" (a top-level folder) are understood.
ignored_anywhere=()
ignored_top=()
while IFS= read -r pattern || [ -n "$pattern" ]; do
  pattern=${pattern%/}
  case "$pattern" in
    "" | \#*) ;;
    \*\*/*) ignored_anywhere+=("${pattern#\*\*/}") ;;
    */* | *\** | *\?*) echo "dockerfile-replay: .dockerignore pattern '$pattern' is not understood by this script" >&2; exit 1 ;;
    *) ignored_top+=("$pattern") ;;
  esac
done < <(cat "$repo/.dockerignore" 2>/dev/null || true)

in_image() { case "$1" in /*) echo "$root$1" ;; *) echo "$root$workdir/$1" ;; esac; }

copy() { # sources... destination, Docker's way: a folder's contents go into the destination
  local args=("$@") dest source top staged
  dest=$(in_image "${args[-1]}")
  unset 'args[-1]'
  for source in "${args[@]}"; do
    top=${source%%/*}
    for name in "${ignored_top[@]}"; do [ "$top" = "$name" ] && continue 2; done
    if [ -d "$repo/$source" ]; then
      # Ignored files are left out of what is copied; what the destination has already stays.
      staged=$(mktemp -d "$root/.copy.XXXXXX")
      cp -a "$repo/$source/." "$staged/"
      for name in "${ignored_anywhere[@]}"; do find "$staged" -depth -type d -name "$name" -exec rm -rf {} +; done
      mkdir -p "$dest"
      cp -a "$staged/." "$dest/"
      rm -rf "$staged"
    elif [ -f "$repo/$source" ]; then
      [ "${dest: -1}" = "/" ] && mkdir -p "$dest"
      cp -a "$repo/$source" "$dest"
    else
      echo "dockerfile-replay: COPY source '$source' does not exist" >&2
      exit 1
    fi
  done
}

workdir=/
declare -A env=()
entrypoint=""
# One instruction per line: comments dropped, continuation lines joined.
while IFS= read -r line; do
  read -r instruction rest <<<"$line"
  case "${instruction^^}" in
    FROM) workdir=/; echo "== $line" ;;
    WORKDIR) workdir=$rest; mkdir -p "$(in_image "$workdir")" ;;
    COPY)
      if [[ $rest == --from=* ]]; then
        echo "-- $line (one file system: nothing to copy)"
        continue
      fi
      echo "-- $line"
      read -r -a parts <<<"$rest"
      copy "${parts[@]}"
      ;;
    RUN)
      echo "-- $line"
      # Absolute paths of the image (/src, /app) are paths in the scratch folder.
      command=$(sed -E "s#(^| )/(src|app)#\1$root/\2#g" <<<"$rest")
      (cd "$(in_image "$workdir")" && bash -euo pipefail -c "$command")
      ;;
    ENV)
      # KEY=value pairs, as this Dockerfile writes them.
      for pair in $rest; do env[${pair%%=*}]=${pair#*=}; done
      ;;
    ENTRYPOINT) entrypoint=$rest ;;
    ARG)
      # TARGETARCH is set by the builder (amd64, arm64); here it is this machine's.
      [ "$rest" = TARGETARCH ] && export TARGETARCH=$(dpkg --print-architecture)
      ;;
    EXPOSE | USER | LABEL) ;;
    *) echo "dockerfile-replay: instruction '$instruction' is not understood by this script" >&2; exit 1 ;;
  esac
done < <(awk '/^[[:space:]]*#/ { next } { if (sub(/\\[[:space:]]*$/, "")) { joined = joined $0; next } print joined $0; joined = "" }' "$repo/Dockerfile" | grep -v '^[[:space:]]*$')

[ -n "$entrypoint" ] || { echo "dockerfile-replay: no ENTRYPOINT" >&2; exit 1; }
# ENTRYPOINT ["dotnet", "X.dll"] as words; the image's paths moved into the scratch folder.
read -r -a command < <(sed -E 's/[][",]/ /g' <<<"$entrypoint")
exports=()
for key in "${!env[@]}"; do exports+=("$key=$(sed -E "s#^/(src|app)#$root/\1#" <<<"${env[$key]}")"); done
echo "-- start: ${command[*]} in $workdir, with ${exports[*]}"
# The image listens on ASPNETCORE_HTTP_PORTS on every interface; here the site binds loopback only.
(cd "$(in_image "$workdir")" && exec env "${exports[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" "${command[@]}") >"$root/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/readyz" && break
  kill -0 "$pid" 2>/dev/null || { cat "$root/server.log"; echo "dockerfile-replay: the app stopped" >&2; exit 1; }
  sleep 0.1
done
curl -fs -o /dev/null "http://127.0.0.1:$port/readyz" || { cat "$root/server.log"; echo "dockerfile-replay: not ready after 30 s" >&2; exit 1; }
guides=$(curl -fs "http://127.0.0.1:$port/sitemap.xml" | grep -o '<loc>[^<]*/careers/[a-z0-9-]*</loc>' | wc -l)
curl -fs -o /dev/null "http://127.0.0.1:$port/careers/registered-nurse/market"
[ "$guides" -ge 800 ] || { echo "dockerfile-replay: the image serves $guides guides; expected the shipped content" >&2; exit 1; }
echo "The image as the Dockerfile builds it serves $guides guides (/readyz ready, a section page 200)"
