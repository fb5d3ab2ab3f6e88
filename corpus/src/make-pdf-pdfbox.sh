#!/usr/bin/env bash
# Rebuilds corpus/fki-global-brief-16-hwp.pdf: the reference text typeset glyph by glyph with PDFBox
# in the manner of a Hangul word processor (src/test/java/brief/corpus/PdfBoxTypesetter.java).
# Deterministic: the same reference text gives the same bytes.
# Run from anywhere: ./corpus/src/make-pdf-pdfbox.sh   (installs fonts-nanum with apt-get when missing; needs root then)
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"

pdf=corpus/fki-global-brief-16-hwp.pdf
expected_pages=4

if [ ! -f /usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-nanum
fi

# the JDK and Maven options ./brief uses (a JDK 21+; quiet Guava warning on JDK 24+)
JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/*-2[1-9]-* 2>/dev/null | head -1)}"
export JAVA_HOME
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn -q -B test-compile
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$cp"
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$cp")" brief.corpus.PdfBoxTypesetter \
  corpus/src/fki-global-brief-16.txt "$pdf"

pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')" || pages=""
if [ -n "$pages" ] && [ "$pages" != "$expected_pages" ]; then
  echo "make-pdf-pdfbox.sh: $pdf has $pages pages, expected $expected_pages" >&2
  exit 1
fi
