#!/usr/bin/env python3
"""Writes fki-global-brief-16-lo.fodt (flat ODF text) from the reference text.

Used by make-pdf-lo.sh; standard library only. The document is laid out for
LibreOffice Writer: A4, NanumMyeongjo, a running header and a "- n -" footer,
the title in a one-column section, body text in two-column sections, and each
table (with its caption and source notes) in a full-width section between them.
The figure stays inside its column: caption, a text-free SVG placeholder, note.

Block roles come from reftext.py.
"""
import base64
import sys
from xml.sax.saxutils import escape

from reftext import HERE, TITLE, load

OUT = HERE / "fki-global-brief-16-lo.fodt"

RUNNING_HEAD = "FKI Global Brief Vol.16 | 일본-대만 산업협력"
CREATED = "2025-05-15T09:00:00"

# Relative column widths per table, in reading order, and whether the first
# column holds row headers (drawn like header cells).
TABLE_COLUMNS = [([12, 36, 52], False), ([22, 39, 39], True), ([16, 42, 42], True)]
BODY_WIDTH_CM = 17.0


FIGURE_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="600" height="360" viewBox="0 0 600 360">
<rect x="0" y="0" width="600" height="360" fill="#f4f4f0" stroke="#a0a090"/>
<g fill="#3c4a5c">
<rect x="120" y="40" width="400" height="26"/><rect x="120" y="90" width="330" height="26"/>
<rect x="120" y="140" width="260" height="26"/><rect x="120" y="190" width="190" height="26"/>
<rect x="120" y="240" width="150" height="26"/><rect x="120" y="290" width="90" height="26"/>
</g>
<g fill="#c8a050">
<rect x="40" y="44" width="60" height="18"/><rect x="40" y="94" width="60" height="18"/>
<rect x="40" y="144" width="60" height="18"/><rect x="40" y="194" width="60" height="18"/>
<rect x="40" y="244" width="60" height="18"/><rect x="40" y="294" width="60" height="18"/>
</g>
<line x1="115" y1="30" x2="115" y2="330" stroke="#222" stroke-width="2"/>
</svg>
"""


def t(s):
    return escape(s)


def table_xml(n, rows, widths, row_headers):
    cols = "".join(f'<table:table-column table:style-name="T{n}.C{j}"/>' for j in range(len(widths)))
    head, body = rows[0], rows[1:]

    def row(cells, header):
        out = []
        for j, c in enumerate(cells):
            is_head = header or (row_headers and j == 0)
            cell_style = "CellHead" if is_head else "CellBody"
            para = "Table_20_Heading" if is_head else "Table_20_Contents"
            out.append(f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">'
                       f'<text:p text:style-name="{para}">{t(c)}</text:p></table:table-cell>')
        return "<table:table-row>" + "".join(out) + "</table:table-row>"

    for r in rows:
        if len(r) != len(widths):
            sys.exit(f"make-fodt.py: table {n} row has {len(r)} cells, expected {len(widths)}: {r}")
    return (f'<table:table table:name="Table{n}" table:style-name="T{n}">{cols}'
            f'<table:table-header-rows>{row(head, True)}</table:table-header-rows>'
            + "".join(row(r, False) for r in body) + "</table:table>")


def table_styles():
    out = []
    for n, (widths, _) in enumerate(TABLE_COLUMNS, 1):
        total = sum(widths)
        out.append(f'<style:style style:name="T{n}" style:family="table">'
                   f'<style:table-properties style:width="{BODY_WIDTH_CM}cm" table:align="margins" '
                   f'fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" style:may-break-between-rows="true"/></style:style>')
        for j, w in enumerate(widths):
            out.append(f'<style:style style:name="T{n}.C{j}" style:family="table-column">'
                       f'<style:table-column-properties style:column-width="{BODY_WIDTH_CM * w / total:.3f}cm" '
                       f'style:rel-width="{w * 100}*"/></style:style>')
    return "\n".join(out)


def body_xml(bs, roles):
    parts = []
    state = None          # which kind of section is open: "full" or "cols"
    sec = 0

    def open_section(kind):
        nonlocal state, sec
        if state == kind:
            return
        if state:
            parts.append("</text:section>")
        sec += 1
        style = "SectCols" if kind == "cols" else "SectFull"
        parts.append(f'<text:section text:style-name="{style}" text:name="Section{sec}">')
        state = kind

    ntable = 0
    for i, (b, r) in enumerate(zip(bs, roles)):
        prev = roles[i - 1] if i else None
        if r == "title":
            open_section("full")
            parts.append(f'<text:p text:style-name="Title">{t(b)}</text:p>')
        elif r == "table-caption":
            open_section("full")
            parts.append(f'<text:p text:style-name="TableCaption">{t(b)}</text:p>')
        elif r == "table":
            widths, row_headers = TABLE_COLUMNS[ntable]
            ntable += 1
            rows = [line.split("\t") for line in b.split("\n")]
            parts.append(table_xml(ntable, rows, widths, row_headers))
        elif r == "note" and state == "full" and prev in ("table", "note"):
            parts.append(f'<text:p text:style-name="Note">{t(b)}</text:p>')
        elif r == "note":
            open_section("cols")
            parts.append(f'<text:p text:style-name="Note">{t(b)}</text:p>')
        elif r == "figure-caption":
            open_section("cols")
            svg = base64.b64encode(FIGURE_SVG.encode()).decode()
            parts.append(f'<text:p text:style-name="FigureCaption">{t(b)}</text:p>')
            parts.append('<text:p text:style-name="Figure"><draw:frame draw:style-name="FigFrame" '
                         'draw:name="Figure1" text:anchor-type="as-char" svg:width="7.9cm" svg:height="4.74cm" '
                         'draw:z-index="0"><draw:image draw:mime-type="image/svg+xml">'
                         f'<office:binary-data>{svg}</office:binary-data></draw:image>'
                         '<svg:desc>bar-chart placeholder, no text</svg:desc></draw:frame></text:p>')
        elif r == "heading":
            open_section("cols")
            parts.append(f'<text:h text:style-name="Heading" text:outline-level="2">{t(b)}</text:h>')
        else:
            open_section("cols")
            parts.append(f'<text:p text:style-name="Body">{t(b)}</text:p>')
    if state:
        parts.append("</text:section>")
    return "\n".join(parts)


FONT = ('style:font-name="NanumMyeongjo" style:font-name-asian="NanumMyeongjo" '
        'style:font-name-complex="NanumMyeongjo"')


def size(pt):
    return f'fo:font-size="{pt}pt" style:font-size-asian="{pt}pt" style:font-size-complex="{pt}pt"'


BOLD = 'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'


def document(body):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>{t(TITLE)}</dc:title>
 <dc:subject>FKI Global Brief Vol. 16</dc:subject>
 <meta:initial-creator>FKI</meta:initial-creator>
 <dc:creator>FKI</dc:creator>
 <meta:creation-date>{CREATED}</meta:creation-date>
 <dc:date>{CREATED}</dc:date>
 <dc:language>ko-KR</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="NanumMyeongjo" svg:font-family="NanumMyeongjo" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:line-break="strict" style:text-autospace="none"
   style:punctuation-wrap="simple" style:writing-mode="lr-tb"/>
  <style:text-properties {FONT} {size(10)} fo:language="en" fo:country="US"
   style:language-asian="ko" style:country-asian="KR" style:language-complex="ko" style:country-complex="KR"
   fo:hyphenate="false" fo:color="#1a1a1a"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:display-name="Brief Body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:text-align="justify" style:justify-single-word="false" fo:line-height="155%"
   fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:text-indent="0.35cm" fo:orphans="2" fo:widows="2"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:text-align="start" fo:margin-top="0.2cm" fo:margin-bottom="0.5cm"
   fo:padding-top="0.3cm" fo:padding-bottom="0.3cm" fo:border-top="0.1cm solid #5a2a1a" fo:border-bottom="0.03cm solid #5a2a1a"
   fo:border-left="none" fo:border-right="none" fo:line-height="130%"/>
  <style:text-properties {size(19)} {BOLD} fo:color="#5a2a1a"/>
 </style:style>
 <style:style style:name="Heading" style:display-name="Brief Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"
   fo:padding-left="0.2cm" fo:border-left="0.12cm solid #5a2a1a" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"
   fo:line-height="130%"/>
  <style:text-properties {size(11.5)} {BOLD} fo:color="#5a2a1a"/>
 </style:style>
 <style:style style:name="TableCaption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
  <style:text-properties {size(9.5)} {BOLD}/>
 </style:style>
 <style:style style:name="FigureCaption" style:family="paragraph" style:parent-style-name="TableCaption" style:class="extra"/>
 <style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
 </style:style>
 <style:style style:name="Note" style:display-name="Source Note" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="start" fo:margin-top="0.05cm" fo:margin-bottom="0.2cm" fo:line-height="130%"/>
  <style:text-properties {size(7.8)} fo:color="#555555"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center" fo:line-height="125%"/>
  <style:text-properties {size(8.6)}/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties {BOLD}/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="end" fo:padding-bottom="0.08cm" fo:border-bottom="0.02cm solid #5a2a1a"
   fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
  <style:text-properties {size(8)} fo:color="#5a2a1a"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties {size(9)}/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="SectCols" style:family="section">
  <style:section-properties text:dont-balance-text-columns="false" style:editable="false">
   <style:columns fo:column-count="2" fo:column-gap="0.7cm">
    <style:column-sep style:width="0.02cm" style:color="#b0a090" style:height="100%" style:vertical-align="top"/>
    <style:column style:rel-width="32767*" fo:start-indent="0cm" fo:end-indent="0.35cm"/>
    <style:column style:rel-width="32768*" fo:start-indent="0.35cm" fo:end-indent="0cm"/>
   </style:columns>
  </style:section-properties>
 </style:style>
 <style:style style:name="SectFull" style:family="section">
  <style:section-properties text:dont-balance-text-columns="false" style:editable="false">
   <style:columns fo:column-count="1" fo:column-gap="0cm"/>
  </style:section-properties>
 </style:style>
 <style:style style:name="CellHead" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle" fo:background-color="#efe8dc" fo:padding="0.1cm"
   fo:border="0.02cm solid #8a7a6a"/>
 </style:style>
 <style:style style:name="CellBody" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle" fo:padding="0.1cm" fo:border="0.02cm solid #8a7a6a"/>
 </style:style>
 <style:style style:name="FigFrame" style:family="graphic">
  <style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none"/>
 </style:style>
{table_styles()}
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
   fo:margin-top="1.3cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{t(RUNNING_HEAD)}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
{body}
</office:text>
</office:body>
</office:document>
"""


def main():
    bs, roles = load()
    OUT.write_text(document(body_xml(bs, roles)), encoding="utf-8")
    print(f"wrote {OUT.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
