#!/usr/bin/env bash
# Rebuilds corpus/fki-global-brief-16-lo.pdf: LibreOffice Writer, two-column layout.
# make-fodt.py writes corpus/src/fki-global-brief-16-lo.fodt from the reference text,
# headless LibreOffice converts it to PDF, exiftool dates it 2025.
# Run from anywhere: ./corpus/src/make-pdf-lo.sh   (installs its tools with apt-get when missing; needs root then)
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"

fodt=corpus/src/fki-global-brief-16-lo.fodt
pdf=corpus/fki-global-brief-16-lo.pdf
title='전기차부터 반도체까지, 가속화하는 일본-대만 산업협력'
published='2025:05:15 09:00:00+09:00'   # the brief's publication year; the day is a stand-in
expected_pages=3

need=()
command -v python3 >/dev/null || need+=(python3)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
[ -f /usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf ] || need+=(fonts-nanum)
command -v exiftool >/dev/null || need+=(libimage-exiftool-perl)
command -v pdfinfo  >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi

PYTHONDONTWRITEBYTECODE=1 python3 corpus/src/make-fodt.py

# A throw-away LibreOffice profile: no interference with a running office or the user's settings.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
  --convert-to pdf:writer_pdf_Export --outdir "$work" "$fodt" >/dev/null 2>&1
mv "$work/fki-global-brief-16-lo.pdf" "$pdf"

# LibreOffice dates the PDF at export time; give it the brief's own date (Title and Author
# already come from the .fodt meta, set them again so that XMP agrees).
exiftool -q -overwrite_original \
  -PDF:Title="$title" -PDF:Author=FKI -PDF:Subject='FKI Global Brief Vol. 16' \
  -PDF:CreateDate="$published" -PDF:ModifyDate="$published" \
  -XMP-dc:Title="$title" -XMP-dc:Creator=FKI \
  -XMP-xmp:CreateDate="$published" -XMP-xmp:ModifyDate="$published" \
  "$pdf"

pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
if [ "$pages" != "$expected_pages" ]; then
  echo "make-pdf-lo.sh: $pdf has $pages pages, expected $expected_pages (the layout changed)" >&2
  exit 1
fi
pdfinfo "$pdf" | grep -E '^(Title|Author|Producer|CreationDate|ModDate|Pages|Page size):'
