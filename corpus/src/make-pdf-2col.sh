#!/usr/bin/env bash
# Rebuilds corpus/fki-global-brief-16-2col.pdf: headless Chromium, CSS two-column flow.
# make-2col-html.py writes corpus/src/fki-global-brief-16-2col.html from the reference text,
# Chromium paginates it with style-2col.css, exiftool dates it 2025.
# Run from anywhere: ./corpus/src/make-pdf-2col.sh   (installs its tools with apt-get when missing; needs root then)
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"

html=corpus/src/fki-global-brief-16-2col.html
pdf=corpus/fki-global-brief-16-2col.pdf
title='전기차부터 반도체까지, 가속화하는 일본-대만 산업협력'
published='2025:05:15 09:00:00+09:00'   # the brief's publication year; the day is a stand-in
expected_pages=2

need=()
command -v python3  >/dev/null || need+=(python3)
command -v chromium >/dev/null || need+=(chromium)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
command -v exiftool >/dev/null || need+=(libimage-exiftool-perl)
command -v pdfinfo  >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi

PYTHONDONTWRITEBYTECODE=1 python3 corpus/src/make-2col-html.py

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

# --no-pdf-header-footer: otherwise Chromium stamps a date and the file URL on every page
# (the page numbers come from the style sheet's @page margin box instead).
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --disable-background-networking --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$profile" --print-to-pdf="$pdf" "$html" 2>/dev/null

# Chromium dates the PDF today; give it the brief's own metadata instead.
exiftool -q -overwrite_original \
  -PDF:Title="$title" -PDF:Author=FKI -PDF:Subject='FKI Global Brief Vol. 16' \
  -PDF:CreateDate="$published" -PDF:ModifyDate="$published" \
  -XMP-dc:Title="$title" -XMP-dc:Creator=FKI \
  -XMP-xmp:CreateDate="$published" -XMP-xmp:ModifyDate="$published" \
  "$pdf"

pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
if [ "$pages" != "$expected_pages" ]; then
  echo "make-pdf-2col.sh: $pdf has $pages pages, expected $expected_pages (the layout changed)" >&2
  exit 1
fi
pdfinfo "$pdf" | grep -E '^(Title|Author|Producer|CreationDate|ModDate|Pages|Page size):'
