#!/usr/bin/env bash
# A single OpenSearch node on this machine, for `brief ingest --to opensearch` and
# `brief search --engine opensearch`:
#   scripts/opensearch.sh start    fetch (once), assemble and start the node; wait until it is healthy
#   scripts/opensearch.sh stop     stop it by its pid
#   scripts/opensearch.sh status   say whether it runs
# OpenSearch and the Nori plugin come from Maven Central through Maven, nothing else is downloaded:
# the integ-test distribution (no bundled JDK, no security plugin) and the plugin's classes, which are
# packed here with lucene-analysis-nori and a descriptor into an installable plugin.
# Environment: BRIEF_OPENSEARCH_HOME, the node's data, logs and pid (default target/opensearch),
# BRIEF_OPENSEARCH_PORT (9200), BRIEF_OPENSEARCH_HEAP (512m). The assembled distribution is shared by
# every node of this clone (target/opensearch-dist); several nodes run side by side with other homes
# and ports (the tests use their own). OpenSearch refuses to run as root: as root, the node runs as the
# system user `brief-opensearch`, created when missing, which owns the node's folders.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
VERSION=3.8.0
LUCENE=10.5.0
HOME_DIR="${BRIEF_OPENSEARCH_HOME:-$ROOT/target/opensearch}"
DIST="$ROOT/target/opensearch-dist"
PORT="${BRIEF_OPENSEARCH_PORT:-9200}"
HEAP="${BRIEF_OPENSEARCH_HEAP:-512m}"
NODE="$DIST/opensearch-$VERSION"
PIDFILE="$HOME_DIR/node.pid"
RUN_AS=brief-opensearch

say() { echo "opensearch: $*" >&2; }

jdk() { # the JDK 21+ the launcher would use
  local d
  for d in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    [ -n "$d" ] && [ -x "$d/bin/java" ] || continue
    local m; m="$("$d/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}')"
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then echo "$d"; return 0; fi
  done
  return 1
}

running() {
  [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null
}

healthy() {
  curl -fsS "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

assemble() {
  [ -x "$NODE/bin/opensearch" ] && [ -d "$NODE/plugins/analysis-nori" ] && [ -d "$NODE/plugins/analysis-kuromoji" ] && return 0
  command -v mvn >/dev/null || { say "Maven (mvn) is needed to fetch OpenSearch from Maven Central"; exit 3; }
  command -v unzip >/dev/null && command -v zip >/dev/null || { say "unzip and zip are needed (apt-get install unzip zip)"; exit 3; }
  local dl="$DIST/download"
  mkdir -p "$dl"
  say "fetching OpenSearch $VERSION with its Nori and Kuromoji plugins from Maven Central (about 170 MB, once)..."
  for a in org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip \
           org.opensearch.plugin:analysis-nori:$VERSION org.apache.lucene:lucene-analysis-nori:$LUCENE \
           org.opensearch.plugin:analysis-kuromoji:$VERSION org.apache.lucene:lucene-analysis-kuromoji:$LUCENE; do
    mvn -B -q dependency:copy -Dartifact="$a" -DoutputDirectory="$dl" </dev/null >"$dl/mvn.log" 2>&1 \
      || { cat "$dl/mvn.log" >&2; say "could not fetch $a"; exit 3; }
  done
  rm -rf "$NODE"
  unzip -q -o "$dl/opensearch-$VERSION.zip" -d "$DIST"
  plugin nori "Korean (nori)" org.opensearch.plugin.analysis.nori.AnalysisNoriPlugin
  plugin kuromoji "Japanese (kuromoji)" org.opensearch.plugin.analysis.kuromoji.AnalysisKuromojiPlugin
}

plugin() { # packs analysis-$1 (the plugin's classes and Lucene's module) with a descriptor, installs it
  local dl="$DIST/download" dir="$DIST/download/analysis-$1"
  rm -rf "$dir" && mkdir -p "$dir"
  cp "$dl/analysis-$1-$VERSION.jar" "$dl/lucene-analysis-$1-$LUCENE.jar" "$dir/"
  cat >"$dir/plugin-descriptor.properties" <<PROPS
description=The $2 analysis plugin: Lucene's $1 module in OpenSearch.
version=$VERSION
name=analysis-$1
classname=$3
java.version=21
opensearch.version=$VERSION
extended.plugins=
has.native.controller=false
PROPS
  (cd "$dir" && rm -f "../analysis-$1.zip" && zip -q -r "../analysis-$1.zip" .)
  OPENSEARCH_JAVA_HOME="$JDK" "$NODE/bin/opensearch-plugin" install --batch "file://$dl/analysis-$1.zip" >"$dl/plugin.log" 2>&1 \
    || { cat "$dl/plugin.log" >&2; say "could not install the $1 plugin"; exit 3; }
}

start() {
  if running; then say "already running (pid $(cat "$PIDFILE")) on 127.0.0.1:$PORT"; return 0; fi
  if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
    say "port $PORT already answers, but not as the node of $HOME_DIR (another brief's or another program's);"
    say "stop it, or pick another port (BRIEF_OPENSEARCH_PORT)"; exit 4
  fi
  JDK="$(jdk)" || { say "no JDK 21 or newer found"; exit 3; }
  assemble
  mkdir -p "$HOME_DIR/data" "$HOME_DIR/logs"
  rm -f "$PIDFILE"
  local cmd=(env OPENSEARCH_JAVA_HOME="$JDK" OPENSEARCH_PATH_CONF="$NODE/config"
    OPENSEARCH_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP"
    "$NODE/bin/opensearch" -d -p "$PIDFILE" -Ediscovery.type=single-node -Enetwork.host=127.0.0.1
    -Ehttp.port="$PORT" -Etransport.port=$((PORT + 100)) -Epath.data="$HOME_DIR/data" -Epath.logs="$HOME_DIR/logs"
    -Ecluster.routing.allocation.disk.threshold_enabled=false -Enode.name=brief)
  if [ "$(id -u)" = 0 ]; then
    id "$RUN_AS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_AS"
    chown -R "$RUN_AS" "$HOME_DIR" "$DIST"
    # the node's user must be able to reach its folder
    local d; for d in "$HOME_DIR" "$DIST"; do while [ "$d" != / ]; do d="$(dirname "$d")"; chmod o+x "$d" 2>/dev/null || true; done; done
    runuser -u "$RUN_AS" -- "${cmd[@]}" </dev/null >"$HOME_DIR/logs/start.out" 2>&1
  else
    "${cmd[@]}" </dev/null >"$HOME_DIR/logs/start.out" 2>&1
  fi
  say "starting on 127.0.0.1:$PORT (heap $HEAP)..."
  local i
  for i in $(seq 1 180); do
    if running && healthy; then say "healthy after ${i} s (pid $(cat "$PIDFILE"))"; return 0; fi
    if [ -f "$PIDFILE" ] && ! running; then break; fi
    sleep 1
  done
  say "did not become healthy; log: $HOME_DIR/logs"
  tail -20 "$HOME_DIR/logs/start.out" "$HOME_DIR/logs/"*.log 2>/dev/null >&2 || true
  stop || true
  exit 1
}

stop() {
  if ! running; then say "not running"; rm -f "$PIDFILE"; return 0; fi
  local pid; pid="$(cat "$PIDFILE")"
  kill "$pid"
  local i
  for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { say "stopped (pid $pid)"; rm -f "$PIDFILE"; return 0; }; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  say "killed (pid $pid)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running && healthy; then say "running (pid $(cat "$PIDFILE")) on 127.0.0.1:$PORT"; else say "not running"; exit 1; fi ;;
  *) echo "usage: scripts/opensearch.sh start|stop|status" >&2; exit 2 ;;
esac
