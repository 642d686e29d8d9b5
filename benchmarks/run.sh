#!/usr/bin/env bash
# CareerGuide performance, measured side by side on this machine in one run, with public tools:
# wrk for load, nginx as the static-file yardstick and as a load balancer. Prints one Markdown table.
# Usage: benchmarks/run.sh            (DURATION=8 WARMUP=3 ROUNDS=3 CONNECTIONS=32 THREADS=2 to change the load)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-8}
WARMUP=${WARMUP:-3}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}" $(cat "$work"/pid-* "$work/nginx.pid" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
  return 0
}
trap cleanup EXIT

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
systemctl stop nginx >/dev/null 2>&1 || true

echo "building (Release)…" >&2
dotnet publish src/CareerGuide.Web --configuration Release --output "$work/app" --nologo -v quiet
bash benchmarks/generate-careers.sh 1000 "$work/content-1k" >/dev/null
bash benchmarks/generate-careers.sh 10000 "$work/content-10k" >/dev/null

# start PORT CONTENT [extra env...]: starts the server and prints "milliseconds-to-first-200 pid".
start() {
  local port=$1 content=$2; shift 2
  local t0; t0=$(date +%s%N)
  env ASPNETCORE_ENVIRONMENT=Production Content__Root="$content" Content__Watch=false "$@" \
    Serilog__MinimumLevel__Default=Warning dotnet "$work/app/CareerGuide.Web.dll" --urls "http://127.0.0.1:$port" >"$work/server-$port.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$work/pid-$port"  # start runs in a subshell: the file is how cleanup learns of it
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server-$port.log" >&2; exit 1; }
    sleep 0.02
  done
  echo "$(( ($(date +%s%N) - t0) / 1000000 )) $pid"
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# load URL: wrk with gzip, prints "requests/s p50_ms p99_ms failures". A short unmeasured run first
# (WARMUP seconds) lets the JIT finish compiling the hot path, so the figure is the steady state.
load() {
  if [ "$WARMUP" -gt 0 ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H 'Accept-Encoding: gzip' "$1" >/dev/null 2>&1 || true
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "$1" >"$work/wrk.txt" 2>&1 || true
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad += $NF }
    /Socket errors/ { gsub(",", ""); bad += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }' "$work/wrk.txt"
}

guide=/careers/machine-learning-engineer
imported=/careers/registered-nurse
section=$guide/skills
bundled_guides=$(find content/careers -name '*.md' | wc -l)
search="/search?q=python+statistics"
rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 |"); }

echo "measuring start-up and memory…" >&2
read -r start_bundled cached_pid < <(start 5101 "$PWD/content")
for u in / $guide $section "$search"; do curl -s -o /dev/null "http://127.0.0.1:5101$u"; done
rss_bundled=$(rss_mb "$cached_pid")
read -r start_1k pid_1k < <(start 5104 "$work/content-1k")
rss_1k=$(rss_mb "$pid_1k"); kill "$pid_1k"
read -r start_10k pid_10k < <(start 5105 "$work/content-10k" Caching__Output=false)
rss_10k=$(rss_mb "$pid_10k")

echo "load tests: ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION}s each…" >&2
read -r _ uncached_pid < <(start 5102 "$PWD/content" Caching__Output=false)
for name in "whole guide:$guide" "imported guide:$imported" "section page:$section" "search:$search" "home page:/" "careers list:/careers"; do
  label=${name%%:*}; path=${name#*:}
  read -r rps p50 p99 bad < <(load "http://127.0.0.1:5101$path")
  row "CareerGuide, $label, output cache on" "$rps" "$p50" "$p99" "$bad"
  if [ "$label" = "whole guide" ]; then ours_p99=$p99; fi
  read -r rps p50 p99 bad < <(load "http://127.0.0.1:5102$path")
  row "CareerGuide, $label, output cache off" "$rps" "$p50" "$p99" "$bad"
  if [ "$label" = "whole guide" ]; then ours_uncached=$rps; fi
done
# One search at a time over the shipped content: what a student waits for.
read -r rps p50 p99 bad < <(CONNECTIONS=1 THREADS=1 load "http://127.0.0.1:5102/search?q=nurse")
row "search over the shipped content, 1 connection (no output cache)" "$rps" "$p50" "$p99" "$bad"
search_bundled_p50=$p50

# nginx serves the very bytes our server sends for the guide (gzip, same level), from disk.
mkdir -p "$work/www"
curl -s "http://127.0.0.1:5101$guide" -o "$work/www/guide.html"
curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:5101$guide" -o "$work/www/guide.html.gz"
chmod -R a+rX "$work/www"
cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:5103;
    root $work/www;
    default_type text/html;
    gzip_static on;
  }
  upstream careerguide {
    server 127.0.0.1:5111 max_fails=1 fail_timeout=30s;
    server 127.0.0.1:5112 max_fails=1 fail_timeout=30s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:5110;
    location / {
      proxy_pass http://careerguide;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_connect_timeout 1s;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
NGINX
read -r _ copy1 < <(start 5111 "$PWD/content")
read -r _ copy2 < <(start 5112 "$PWD/content")
nginx -c "$work/nginx.conf" -p "$work" &
pids+=("$!")
until curl -fs -o /dev/null http://127.0.0.1:5103/guide.html; do sleep 0.05; done
read -r rps p50 p99 bad < <(load "http://127.0.0.1:5103/guide.html")
row "nginx, the same guide bytes from disk" "$rps" "$p50" "$p99" "$bad"

# The ratio to nginx moves with the machine's noise (nginx alone has measured 39,000 to 50,000 requests/s
# in different runs), so it is taken from ROUNDS back-to-back pairs, ours then nginx's, and the median
# pair's ratio is the one judged.
echo "ratio to nginx: ${ROUNDS} alternating rounds…" >&2
ratios=()
for _ in $(seq "$ROUNDS"); do
  read -r ours _ < <(load "http://127.0.0.1:5101$guide")
  read -r theirs _ < <(load "http://127.0.0.1:5103/guide.html")
  ratios+=("$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')")
done

echo "scale-out: two copies behind nginx, one killed mid-run…" >&2
( sleep $(( WARMUP + DURATION / 3 + 1 )); kill -9 "$copy1" ) &
read -r rps p50 p99 bad < <(load "http://127.0.0.1:5110$section")
row "two copies behind nginx, one killed mid-run (section page)" "$rps" "$p50" "$p99" "$bad"
failover_bad=$bad

read -r rps p50 p99 bad < <(load "http://127.0.0.1:5105/search?q=welding+harbor")
row "search over 10,000 careers (no output cache)" "$rps" "$p50" "$p99" "$bad"
# Latency of one search at a time: what a single student waits, without queueing behind 31 others.
read -r rps p50 p99 bad < <(CONNECTIONS=1 THREADS=1 load "http://127.0.0.1:5105/search?q=welding+harbor")
row "search over 10,000 careers, 1 connection (no output cache)" "$rps" "$p50" "$p99" "$bad"
search10k_p50=$p50

ratio=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { print r[int((NR + 1) / 2)] }')
# met 1|0 REASON: "yes", or "no" with why (what profiling showed; docs/performance.md has the detail).
met() { if [ "$1" = 1 ]; then echo yes; else echo "no: $2"; fi; }
cat <<TABLE

Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); $(date -u +%Y-%m-%d). wrk: ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} s after a ${WARMUP} s warm-up, Accept-Encoding: gzip.

| load | requests/s | p50 ms | p99 ms | failed |
|---|---:|---:|---:|---:|
$(printf '%s\n' "${rows[@]}")

| start-up and memory | first 200 after start | resident memory after load |
|---|---:|---:|
| shipped content (${bundled_guides} guides, 1 article) | ${start_bundled} ms | ${rss_bundled} MB |
| 1,000 generated careers | ${start_1k} ms | ${rss_1k} MB |
| 10,000 generated careers | ${start_10k} ms | ${rss_10k} MB |

| target | measured | met |
|---|---|---|
| cached guide ≥ 70% of nginx's requests/s | ${ratio} of nginx (median of ${ratios[*]}) | $(met "$(awk -v r="$ratio" 'BEGIN { print (r >= 0.70) }')" "each cached hit still runs Kestrel's request parsing and the ASP.NET pipeline, about a third of our CPU per hit in a perf profile; nginx sends the file with sendfile") |
| cached guide p99 < 10 ms at ${CONNECTIONS} connections | ${ours_p99} ms | $(met "$(awk -v p="$ours_p99" 'BEGIN { print (p < 10) }')" "queueing: wrk and the server share the same cores") |
| uncached guide render ≥ 2,000 requests/s | ${ours_uncached} | $(met "$(awk -v r="$ours_uncached" 'BEGIN { print (r >= 2000) }')" "every request renders 56 KB of HTML through Razor and gzips it; gzip alone is about a quarter of the CPU in a perf profile") |
| 10,000 careers load < 5 s and < 400 MB | ${start_10k} ms, ${rss_10k} MB | $(met "$(awk -v t="$start_10k" -v m="$rss_10k" 'BEGIN { print (t < 5000 && m < 400) }')" "YamlDotNet allocates about 65 KB to read each 1.2 KB front matter, and the first load runs while the code is still being compiled") |
| start-up with the shipped content (${bundled_guides} guides) < 1.5 s and < 200 MB | ${start_bundled} ms, ${rss_bundled} MB | $(met "$(awk -v t="$start_bundled" -v m="$rss_bundled" 'BEGIN { print (t < 1500 && m < 200) }')" "parsing every guide's front matter with YamlDotNet while the code is still being compiled") |
| search over the shipped content p50 < 5 ms (1 connection) | ${search_bundled_p50} ms | $(met "$(awk -v p="$search_bundled_p50" 'BEGIN { print (p < 5) }')" "see docs/performance.md") |
| search over 10,000 careers p50 < 5 ms (1 connection) | ${search10k_p50} ms | $(met "$(awk -v p="$search10k_p50" 'BEGIN { print (p < 5) }')" "scoring every matching section; see docs/performance.md") |
| zero failed requests when a copy dies behind nginx | ${failover_bad} failed | $(met "$( [ "$failover_bad" -eq 0 ] && echo 1 || echo 0 )" "nginx did not retry the other copy; see $work/nginx-error.log") |
TABLE
exit 0
