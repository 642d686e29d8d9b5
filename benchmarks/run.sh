#!/usr/bin/env bash
# CareerGuide performance on this machine, in one run, with public tools (wrk, nginx, curl). Prints Markdown.
# Usage: benchmarks/run.sh [BASE]
#   BASE: a commit measured beside the working tree in alternating pairs (head, base, head, base ...), so the
#   machine's drift moves both alike; the ratio head/base is what to read. Without BASE only head is measured.
#   DURATION=5 WARMUP=2 ROUNDS=3 CONNECTIONS=32 change the load.
# What it measures:
#   1. the production topology (deploy/nginx.conf: nginx's proxy_cache in front of two copies): a cached guide
#      through it beside nginx sending the same bytes from a file, and one copy killed mid-run (no request may fail);
#   2. the app alone, per core (server pinned to core 0, wrk to core 1), beside nginx sending the file;
#   3. pages the output cache does not hold (Caching:Output=false): guide, section, search, filtered list, interests;
#   4. start-up to the first 200, published as the Dockerfile publishes, shipped content and 10,000 careers;
#   5. an edit among 10,000 careers until it is served, and a burst of edits under load (no request may fail);
#   6. what a bot costs, shipped content and 10,000 careers: random 404s a second and their p99 (16 connections,
#      both cores); the processor each uncached list page takes; cached guides' p99 for everyone else while one
#      client floods the site with random 404s and uncached filter pages (the rate limiter on, then off).
#   ONLY="3 6" runs some of the sections. SAME_CONTENT=1 has both builds serve the base's content, so a ratio is
#   the code's alone (by default each build serves its own commit's content).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-}
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-2}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
ONLY=${ONLY:-1 2 3 4 5 6}
runs() { [[ " $ONLY " == *" $1 "* ]]; }
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  pkill -f "urls http://127.0.0.1:52" 2>/dev/null || true
  for pid in "$work"/*.pid; do [ -f "$pid" ] && { kill "$(cat "$pid")" 2>/dev/null || true; }; done
  if [ -n "$BASE" ]; then git worktree remove --force "$work/base-src" 2>/dev/null || true; fi
  rm -rf "$work"
  return 0
}
trap cleanup EXIT

need=()
for tool in wrk nginx curl; do command -v "$tool" >/dev/null 2>&1 || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "publishing (Release, as the Dockerfile does)…" >&2
# The Dockerfile's publish: ReadyToRun for this machine's architecture.
publish=(-c Release --arch "$(dpkg --print-architecture)" -p:PublishReadyToRun=true --nologo -v quiet)
dotnet publish src/CareerGuide.Web "${publish[@]}" -o "$work/head" >/dev/null
builds=(head)
if [ -n "$BASE" ]; then
  git worktree add --detach "$work/base-src" "$BASE" >/dev/null 2>&1
  dotnet publish "$work/base-src/src/CareerGuide.Web" "${publish[@]}" -o "$work/base" >/dev/null
  builds=(head base)
fi
bash benchmarks/generate-careers.sh 10000 "$work/c10k" >/dev/null
shipped=$PWD/content
# Each build serves the content of its own commit (the format moves with the code).
shipped_of() { if [ "$1" = base ] || [ -n "${SAME_CONTENT:-}" ]; then echo "$work/base-src/content"; else echo "$shipped"; fi; }

# start BUILD PORT CONTENT [env...]: starts a copy, waits for its first 200, prints "ms pid". PIN=core pins it.
# The base build keeps no parse cache between starts (Content:ParseCache=false), so both parse at each start.
# wrk is one client asking for more than the rate limiter lets one address have: the limit is off unless
# KEEP_LIMIT is set (section 6 measures it).
start() {
  local build=$1 port=$2 content=$3; shift 3
  local t0; t0=$(date +%s%N)
  local limit=(RateLimit__PerSecond=0); [ -n "${KEEP_LIMIT:-}" ] && limit=()
  (cd "$work/$build" && exec env ASPNETCORE_ENVIRONMENT=Production Content__Root="$content" Content__Watch=false \
    Content__ParseCache=false "${limit[@]}" "$@" ${PIN:+taskset -c "$PIN"} dotnet CareerGuide.Web.dll --urls "http://127.0.0.1:$port") \
    >"$work/$build-$port.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$work/$build-$port.pid"
  until curl -fs -o /dev/null "http://127.0.0.1:$port/careers"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/$build-$port.log" >&2; exit 1; }
    sleep 0.02
  done
  echo "$(( ($(date +%s%N) - t0) / 1000000 )) $pid"
}
stop() { kill "$1" 2>/dev/null; while kill -0 "$1" 2>/dev/null; do sleep 0.05; done; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# load URL: "requests/s p99-ms failed" after WARMUP unmeasured seconds. WRK_PIN=core pins wrk (one thread).
load() {
  local pin=() threads=2; [ -n "${WRK_PIN:-}" ] && { pin=(taskset -c "$WRK_PIN"); threads=1; }
  local script=(); [ -n "${SCRIPT:-}" ] && script=(-s "$SCRIPT")
  local from=(); [ -n "${FROM:-}" ] && from=(-H "X-Forwarded-For: $FROM")
  [ "$WARMUP" -gt 0 ] && "${pin[@]}" wrk -t"$threads" -c"$CONNECTIONS" -d"${WARMUP}s" -H 'Accept-Encoding: gzip' "${from[@]}" "${script[@]}" "$1" >/dev/null 2>&1
  "${pin[@]}" wrk -t"$threads" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "${from[@]}" "${script[@]}" "$1" >"$work/wrk.txt" 2>&1 || true
  awk -v ok="${NON2XX_OK:-0}" 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { r = $2 } /^ +99%/ { p = ms($2) } /Non-2xx/ { if (!ok) b += $NF } /Socket errors/ { gsub(",", ""); b += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %d\n", r, p, b }' "$work/wrk.txt"
}
# cost PID URL: milliseconds of processor the server spends per request (its CPU time over a wrk run / requests).
cost() {
  local tick a b n; tick=$(getconf CLK_TCK)
  wrk -t1 -c4 -d1s "$2" >/dev/null 2>&1
  a=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
  n=$(wrk -t1 -c4 -d"${DURATION}s" -H 'Accept-Encoding: gzip' "$2" | awk '/requests in/ { print $1 }')
  b=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
  awk -v a="$a" -v b="$b" -v n="$n" -v t="$tick" 'BEGIN { printf "%.2f\n", (b - a) / t * 1000 / n }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
rows=()
row() { rows+=("| $* |"); }

guide=/careers/electrician
mkdir -p "$work/www/careers" "$work/nginx"
read -r _ probe < <(start head 5201 "$shipped")
curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:5201$guide" -o "$work/www/careers/electrician.gz"
stop "$probe"
cat >"$work/nginx/static.conf" <<NGINX
worker_processes 1;
pid $work/static.pid;
error_log $work/nginx/static-error.log;
events { worker_connections 4096; }
http {
  access_log $work/nginx/static-access.log combined buffer=64k flush=5s;
  sendfile on;
  server {
    listen 127.0.0.1:5290;
    location = $guide { default_type text/html; add_header Content-Encoding gzip; alias $work/www/careers/electrician.gz; }
  }
}
NGINX
# The production topology: deploy/nginx.conf with its paths and ports moved into the work folder.
sed -e "s|/var/cache/nginx/careerguide|$work/nginx/cache|; s|/var/log/nginx/|$work/nginx/|; s|listen 80;|listen 127.0.0.1:5291;|" \
    -e "s|127.0.0.1:8081|127.0.0.1:5211|; s|127.0.0.1:8082|127.0.0.1:5212|; s|include       /etc/nginx/mime.types;||" \
    -e "s|^worker_processes auto;|worker_processes 1;\npid $work/proxy.pid;\nerror_log $work/nginx/proxy-error.log;|" \
    deploy/nginx.conf >"$work/nginx/proxy.conf"

failover_bad=0; burst_bad=0
if runs 1; then
echo "1. the production topology…" >&2
read -r _ copy1 < <(start head 5211 "$shipped")
read -r _ copy2 < <(start head 5212 "$shipped")
nginx -c "$work/nginx/static.conf"
nginx -c "$work/nginx/proxy.conf"
cached=(); static=()
for _ in $(seq "$ROUNDS"); do
  read -r a _ _ < <(load "http://127.0.0.1:5291$guide"); cached+=("$a")
  read -r b _ _ < <(load "http://127.0.0.1:5290$guide"); static+=("$b")
done
pairs=$(for i in "${!cached[@]}"; do ratio "${cached[$i]}" "${static[$i]}"; echo; done | paste -sd' ')
row "a guide through nginx's proxy_cache (two copies behind it) / nginx sending the file | $(printf '%s\n' "${cached[@]}" | median) / $(printf '%s\n' "${static[@]}" | median) requests/s | $pairs"
# Every request a different URL, so each reaches a copy; one copy is killed a third of the way in.
cat >"$work/random.lua" <<'LUA'
n = 0
request = function() n = n + 1; return wrk.format("GET", "/careers/electrician/market?r=" .. math.random(1, 1e9) .. "-" .. n) end
LUA
( sleep $(( WARMUP + DURATION / 3 + 1 )); kill -9 "$copy1" ) &
read -r rps p99 bad < <(SCRIPT="$work/random.lua" load "http://127.0.0.1:5291")
row "uncached pages through the proxy, one copy killed mid-run | $rps requests/s, p99 $p99 ms | $bad failed"
failover_bad=$bad
stop "$copy2"
nginx -c "$work/nginx/proxy.conf" -s stop

fi
if runs 2; then
echo "2. per core…" >&2
# Section 1 leaves nginx's static server running; alone (ONLY=2) there is none to stop.
if [ -f "$work/static.pid" ]; then nginx -c "$work/nginx/static.conf" -s stop; sleep 0.5; fi
taskset -c 0 nginx -c "$work/nginx/static.conf"
declare -A percore=()
port=5220
for b in "${builds[@]}"; do read -r _ pid < <(PIN=0 start "$b" $port "$(shipped_of "$b")"); eval "pc_$b=$port"; port=$((port + 1)); done
for b in "${builds[@]}"; do p="pc_$b"; WRK_PIN=1 WARMUP=8 load "http://127.0.0.1:${!p}$guide" >/dev/null; done
for _ in $(seq "$ROUNDS"); do
  for b in "${builds[@]}"; do p="pc_$b"; read -r r _ _ < <(WRK_PIN=1 load "http://127.0.0.1:${!p}$guide"); percore[$b]+="$r "; done
  read -r r _ _ < <(WRK_PIN=1 load "http://127.0.0.1:5290$guide"); percore[nginx]+="$r "
done
nginx -c "$work/nginx/static.conf" -s stop
n_med=$(printf '%s\n' ${percore[nginx]} | median)
for b in "${builds[@]}"; do
  m=$(printf '%s\n' ${percore[$b]} | median)
  row "per core: $b, cached guide / nginx sending the file | $m / $n_med requests/s | $(ratio "$m" "$n_med") of nginx"
done
pkill -f "urls http://127.0.0.1:522" || true

fi
if runs 3; then
echo "3. pages the output cache does not hold…" >&2
port=5230
for b in "${builds[@]}"; do read -r _ _ < <(start "$b" $port "$(shipped_of "$b")" Caching__Output=false); eval "un_$b=$port"; port=$((port + 1)); done
for page in "$guide" "$guide/skills" "/search?q=nurse" "/careers?group=healthcare-practitioners-and-technical&education=bachelor" "/interests?s=s4&s=s10&s=s16&answered=1"; do
  declare -A r=()
  for _ in $(seq "$ROUNDS"); do
    for b in "${builds[@]}"; do p="un_$b"; read -r x _ _ < <(load "http://127.0.0.1:${!p}$page"); r[$b]+="$x "; done
  done
  h=$(printf '%s\n' ${r[head]} | median)
  if [ -n "$BASE" ]; then
    bm=$(printf '%s\n' ${r[base]} | median)
    pairs=$(paste -d' ' <(printf '%s\n' ${r[head]}) <(printf '%s\n' ${r[base]}) | while read -r x y; do ratio "$x" "$y"; echo; done | paste -sd' ')
    row "uncached $page: head / base | $h / $bm requests/s | $pairs"
  else
    row "uncached $page | $h requests/s | -"
  fi
  unset r
done
pkill -f "urls http://127.0.0.1:523" || true

fi
if runs 4; then
echo "4. start-up…" >&2
for content in shipped "$work/c10k"; do
  name=$([ "$content" = shipped ] && echo "shipped content" || echo "10,000 careers")
  declare -A ms=() mb=()
  for _ in $(seq "$ROUNDS"); do
    for b in "${builds[@]}"; do
      read -r t pid < <(start "$b" 5240 "$([ "$content" = shipped ] && shipped_of "$b" || echo "$content")"); ms[$b]+="$t "; mb[$b]+="$(rss_mb "$pid") "; stop "$pid"
    done
  done
  for b in "${builds[@]}"; do
    row "start-up to the first 200, $name, $b | $(printf '%s\n' ${ms[$b]} | median) ms, $(printf '%s\n' ${mb[$b]} | median) MB | starts: ${ms[$b]}"
  done
  unset ms mb
done

fi
if runs 5; then
echo "5. edits among 10,000 careers…" >&2
cp -r "$work/c10k" "$work/live"
read -r _ live < <(start head 5250 "$work/live" Content__Watch=true)
sleep 2
mapfile -t files < <(find "$work/live/careers" -name '*.md' | sort | head -n 40)
edits=()
for n in 1 2 3 4 5; do
  file=${files[$((n * 7))]}; slug=$(basename "$file" .md); marker="Edited $n $RANDOM"
  t0=$(date +%s%N)
  sed -i "s/^title: .*/title: $marker/" "$file"
  until curl -fs "http://127.0.0.1:5250/careers/$slug" | grep -q "$marker"; do sleep 0.01; done
  edits+=("$(( ($(date +%s%N) - t0) / 1000000 ))")
  sleep 0.5
done
row "an edit among 10,000 careers until served | median $(printf '%s\n' "${edits[@]}" | median) ms | edits: ${edits[*]}"
( for n in $(seq 1 20); do sed -i "s/^title: .*/title: Burst $n/" "${files[$n]}"; sleep 0.4; done ) &
burst=$!
read -r rps p99 burst_bad < <(WARMUP=0 DURATION=9 load "http://127.0.0.1:5250/careers/$(basename "${files[0]}" .md)")
wait "$burst"
row "a guide among 10,000 careers during 20 edits, 400 ms apart | $rps requests/s, p99 $p99 ms | $burst_bad failed"
stop "$live"

fi
if runs 6; then
echo "6. what a bot costs…" >&2
# Random 404s, as bots send them; then uncached list pages and random 404s from one client, mixed.
cat >"$work/flood.lua" <<LUA
dofile("$PWD/benchmarks/random-404.lua")
local careers = request
wrk.headers["X-Forwarded-For"] = "203.0.113.9"
n = 0
request = function()
  n = n + 1
  if n % 2 == 0 then return wrk.format("GET", "/careers?salary=50k-100k&sort=growth&r=" .. math.random(1, 1e9) .. "-" .. n) end
  return careers()
end
LUA
for content in shipped "$work/c10k"; do
  name=$([ "$content" = shipped ] && echo "shipped content" || echo "10,000 careers")
  port=5260
  for b in "${builds[@]}"; do
    read -r _ pid < <(start "$b" $port "$([ "$content" = shipped ] && shipped_of "$b" || echo "$content")" Caching__Output=false RateLimit__PerSecond=0)
    eval "bot_$b=$port; botpid_$b=$pid"; port=$((port + 1))
  done
  declare -A r=() p=()
  for _ in $(seq "$ROUNDS"); do
    for b in "${builds[@]}"; do
      q="bot_$b"; read -r x y _ < <(NON2XX_OK=1 CONNECTIONS=16 SCRIPT="$PWD/benchmarks/random-404.lua" load "http://127.0.0.1:${!q}")
      r[$b]+="$x "; p[$b]+="$y "
    done
  done
  for b in "${builds[@]}"; do
    row "random 404s, $name, $b (16 connections, both cores) | $(printf '%s\n' ${r[$b]} | median) requests/s, p99 $(printf '%s\n' ${p[$b]} | median) ms | rounds: ${r[$b]}"
  done
  unset r p
  group=/groups/healthcare-practitioners-and-technical
  [ "$content" = shipped ] || group=/careers?page=150
  for page in "/careers" "/careers?education=bachelor&interest=social&sort=salary&page=2" "$group" \
      "/compare?careers=registered-nurse,electrician,accountant-and-auditor" "/interests?s=s4&s=s10&s=s16&answered=1"; do
    declare -A c=()
    for _ in $(seq "$ROUNDS"); do
      for b in "${builds[@]}"; do q="bot_$b"; pp="botpid_$b"; c[$b]+="$(cost "${!pp}" "http://127.0.0.1:${!q}$page") "; done
    done
    figures=$(for b in "${builds[@]}"; do printf '%s\n' ${c[$b]} | median; done | paste -sd/)
    row "processor per uncached $page, $name: $(IFS=/; echo "${builds[*]}") | $figures ms | rounds: $(for b in "${builds[@]}"; do echo -n "$b ${c[$b]}"; done)"
    unset c
  done
  for b in "${builds[@]}"; do pp="botpid_$b"; stop "${!pp}"; done
done
# Everyone else's cached guide while one client floods: head with its rate limiter (the default), head without,
# and the base. Forwarded headers are trusted, so each client is known by its X-Forwarded-For.
variants=("head:" "head-nolimit:RateLimit__PerSecond=0")
[ -n "$BASE" ] && variants+=("base:")
port=5270
for v in "${variants[@]}"; do
  b=${v%%:*}; b=${b%-nolimit}; extra=${v#*:}
  read -r _ _ < <(KEEP_LIMIT=1 start "$b" $port "$work/c10k" ASPNETCORE_FORWARDEDHEADERS_ENABLED=true $extra)
  port=$((port + 1))
done
declare -A m=()
for _ in $(seq "$ROUNDS"); do
  port=5270
  for v in "${variants[@]}"; do
    FROM=198.51.100.7 WARMUP=1 DURATION=2 load "http://127.0.0.1:$port/careers/alpine-advisor-00084" >/dev/null
    ( NON2XX_OK=1 WARMUP=0 DURATION=$((DURATION + 2)) CONNECTIONS=16 SCRIPT="$work/flood.lua" load "http://127.0.0.1:$port" >"$work/flood.txt" ) &
    flood=$!
    sleep 1
    read -r _ y bad < <(FROM=198.51.100.7 WARMUP=0 CONNECTIONS=8 load "http://127.0.0.1:$port/careers/alpine-advisor-00084")
    wait "$flood"
    m[${v%%:*}]+="$y "
    [ "$bad" -eq 0 ] || burst_bad=$((burst_bad + bad))
    port=$((port + 1))
  done
done
for v in "${variants[@]}"; do
  row "a cached guide's p99 for others while one client floods (random 404s and filter pages, 10,000 careers), ${v%%:*} | $(printf '%s\n' ${m[${v%%:*}]} | median) ms | rounds: ${m[${v%%:*}]}"
done
pkill -f "urls http://127.0.0.1:527" || true
fi

echo
echo "Measured $(date -u +%Y-%m-%d) at $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' (working tree)')${BASE:+ against $BASE}${SAME_CONTENT:+, both serving the base commit content}; $(nproc) cores; ${DURATION}s runs, ${CONNECTIONS} connections, ${ROUNDS} rounds."
echo
echo "| what | figures | pairs or notes |"
echo "|---|---|---|"
printf '%s\n' "${rows[@]}"
[ "$failover_bad" -eq 0 ] && [ "$burst_bad" -eq 0 ] || { echo "FAIL: requests failed (failover $failover_bad, burst $burst_bad)" >&2; exit 1; }
