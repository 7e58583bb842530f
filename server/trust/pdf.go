package trust

import (
	"fmt"
	"math"
	"strings"

	"github.com/boombuler/barcode/qr"
	"github.com/signintech/gopdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
)

// The PDF is drawn with signintech/gopdf, a pure-Go writer that embeds
// subsets of TrueType fonts with a ToUnicode map, so every character of a
// supplier's name is drawn and can be searched and copied (pdftotext reads
// it back in the tests). The fonts are the Go fonts, which ship as Go
// packages: nothing is read from disk. The QR code's modules are drawn as
// vector squares, so it stays sharp at any zoom and in print.

// Page geometry, in points (A4).
const (
	pageW, pageH = 595.28, 841.89
	margin       = 50.0
	contentW     = pageW - 2*margin
)

type rgb struct{ r, g, b uint8 }

// stateColours are the PDF's colours for each state: the ink of the label
// and the fill of its box, the same as the verify page's.
var stateColours = map[string][2]rgb{
	"active":   {{17, 99, 41}, {218, 251, 225}},
	"expiring": {{125, 78, 0}, {255, 248, 197}},
	"expired":  {{66, 74, 83}, {234, 238, 242}},
	"revoked":  {{164, 14, 38}, {255, 235, 233}},
	"disputed": {{102, 57, 186}, {251, 239, 255}},
}

var (
	ink   = rgb{31, 35, 40}
	muted = rgb{87, 96, 106}
	red   = rgb{207, 34, 46}
)

// pdfDoc is a page being drawn, with the first error kept so the drawing
// code reads as a list of steps.
type pdfDoc struct {
	pdf *gopdf.GoPdf
	y   float64
	err error
}

// renderPDF draws the report of v on one A4 page.
func renderPDF(v view) ([]byte, error) {
	d := &pdfDoc{pdf: &gopdf.GoPdf{}, y: margin}
	d.pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	d.pdf.SetInfo(gopdf.PdfInfo{
		Title:   fmt.Sprintf("KeyBS verification report %s: %s", v.ID, v.Supplier),
		Subject: v.StateLabel + " — " + v.VerifyURL, Author: "KeyBS Trust Intelligence", Creator: "KeyBS",
	})
	for name, ttf := range map[string][]byte{"regular": goregular.TTF, "bold": gobold.TTF, "mono": gomono.TTF} {
		if err := d.pdf.AddTTFFontData(name, ttf); err != nil {
			return nil, fmt.Errorf("pdf: font %s: %w", name, err)
		}
	}
	d.pdf.AddPage()
	if v.Sandbox {
		d.watermark(v.Watermark)
		d.banner(v.Watermark)
	}
	d.header(v)
	d.state(v)
	d.facts(v)
	d.signature(v)
	d.verify(v)
	d.footer()
	if d.err != nil {
		return nil, d.err
	}
	return d.pdf.GetBytesPdfReturnErr()
}

// watermark writes text diagonally across the page, light enough to read
// the report through and drawn first so everything else lies on top.
func (d *pdfDoc) watermark(text string) {
	d.font("bold", 40)
	w := d.width(text)
	d.pdf.SetTextColor(250, 205, 208)
	d.pdf.Rotate(45, pageW/2, pageH/2)
	d.at(pageW/2-w/2, pageH/2-20, text)
	d.pdf.RotateReset()
}

func (d *pdfDoc) banner(text string) {
	d.fill(red)
	d.pdf.RectFromUpperLeftWithStyle(0, 0, pageW, 30, "F")
	d.font("bold", 13)
	d.pdf.SetTextColor(255, 255, 255)
	d.at(pageW/2-d.width(text)/2, 8, text)
	d.y = margin + 10
}

func (d *pdfDoc) header(v view) {
	d.font("bold", 20)
	d.colour(ink)
	d.at(margin, d.y, "KeyBS verification report")
	d.font("mono", 11)
	d.colour(muted)
	d.at(pageW-margin-d.width(v.ID), d.y+6, v.ID)
	d.y += 34
	d.pdf.SetStrokeColor(208, 215, 222)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(margin, d.y, pageW-margin, d.y)
	d.y += 16
}

func (d *pdfDoc) state(v view) {
	c := stateColours[v.State]
	lines := d.wrap("regular", 11, v.StateWords, contentW-40)
	if !v.SignatureValid {
		lines = append(lines, d.wrap("bold", 11, "The signature of this report does not verify against KeyBS's published keys. Do not rely on it.", contentW-40)...)
	}
	h := 44 + float64(len(lines))*15
	d.fill(c[1])
	d.pdf.RectFromUpperLeftWithStyle(margin, d.y, contentW, h, "F")
	d.fill(c[0])
	d.pdf.RectFromUpperLeftWithStyle(margin, d.y, 8, h, "F")
	d.font("bold", 20)
	d.colour(c[0])
	d.at(margin+24, d.y+12, v.StateLabel)
	d.font("regular", 11)
	d.colour(ink)
	for i, l := range lines {
		d.at(margin+24, d.y+38+float64(i)*15, l)
	}
	d.y += h + 22
}

func (d *pdfDoc) facts(v view) {
	d.heading("Supplier")
	d.rows("regular", 11, [][2]string{
		{"Supplier", v.Supplier},
		{"Country", v.Country + " (" + v.CountryCode + ")"},
		{"Trust score", fmt.Sprintf("%d / 100", v.TrustScore)},
		{"Risk band", v.RiskBand},
		{"Signed", v.SignedAt},
		{"Valid until", v.ValidUntil},
		{"State", v.StateLabel},
	})
}

func (d *pdfDoc) signature(v view) {
	d.heading("Signature")
	d.font("bold", 10.5)
	if v.SignatureValid {
		d.colour(rgb{17, 99, 41})
		d.line("Ed25519 signature verified against KeyBS's published key (" + v.CheckedAt + ").")
	} else {
		d.colour(stateColours["revoked"][0])
		d.line("The signature did not verify (" + v.CheckedAt + "). Do not rely on this report.")
	}
	d.y += 4
	d.stacked("mono", 8.5, [][2]string{{"Digest (SHA-256)", v.Digest}, {"Key id", v.KeyID}, {"Signature", v.Signature}})
}

// verify explains how to check the report without us, beside a QR code of
// the live verify page.
func (d *pdfDoc) verify(v view) {
	d.heading("Verify it yourself")
	top := d.y
	textW := contentW - 140
	steps := []string{
		"1. Fetch the signed report: " + v.JSONURL + ". Its \"canonical\" member is the exact RFC 8785 JSON that was signed.",
		"2. Its SHA-256 must equal the digest above.",
		"3. Fetch the JWK set: " + v.JWKSURL + " and take the key whose kid is the key id above.",
		"4. Check the Ed25519 signature (base64url) over the canonical text's UTF-8 bytes with that key.",
		"The live state of this report: " + v.VerifyURL,
	}
	d.font("regular", 9.5)
	d.colour(ink)
	for _, s := range steps {
		for _, l := range d.wrap("regular", 9.5, s, textW) {
			d.line(l)
		}
		d.y += 3
	}
	d.qr(v.VerifyURL, pageW-margin-120, top, 120)
	d.font("regular", 8)
	d.colour(muted)
	caption := "Scan for the live state"
	d.at(pageW-margin-60-d.width(caption)/2, top+124, caption)
	d.y = math.Max(d.y, top+140)
}

func (d *pdfDoc) footer() {
	d.font("regular", 8.5)
	d.colour(muted)
	d.at(margin, pageH-margin, "Issued by KeyBS Trust Intelligence. This document shows only the report's public facts; its live state is at the verify URL.")
}

// qr draws a QR code of text as vector squares in a size × size square
// (quiet zone included) with its upper-left corner at x, y.
func (d *pdfDoc) qr(text string, x, y, size float64) {
	code, err := qr.Encode(text, qr.M, qr.Auto)
	if err != nil {
		d.fail(fmt.Errorf("pdf: QR code: %w", err))
		return
	}
	n := code.Bounds().Dx()
	module := size / float64(n+8) // four modules of quiet zone on each side
	d.fill(rgb{0, 0, 0})
	for row := 0; row < n; row++ {
		for col := 0; col < n; {
			if r, _, _, _ := code.At(col, row).RGBA(); r != 0 {
				col++
				continue
			}
			run := col
			for run < n {
				if r, _, _, _ := code.At(run, row).RGBA(); r != 0 {
					break
				}
				run++
			}
			// A hair of overlap hides the seams viewers draw between squares.
			d.pdf.RectFromUpperLeftWithStyle(x+float64(col+4)*module, y+float64(row+4)*module, float64(run-col)*module+0.05, module+0.05, "F")
			col = run
		}
	}
}

func (d *pdfDoc) heading(text string) {
	d.font("bold", 13)
	d.colour(ink)
	d.at(margin, d.y, text)
	d.y += 22
}

// rows writes label/value pairs, the value wrapped in its column.
func (d *pdfDoc) rows(family string, size float64, rows [][2]string) {
	const labelW = 120.0
	for _, row := range rows {
		d.font("regular", 10)
		d.colour(muted)
		d.at(margin, d.y+1, row[0])
		d.colour(ink)
		lines := d.wrap(family, size, row[1], contentW-labelW)
		d.font(family, size)
		for i, l := range lines {
			d.at(margin+labelW, d.y+float64(i)*(size+4), l)
		}
		d.y += math.Max(16, float64(len(lines))*(size+4)+4)
	}
	d.y += 12
}

// stacked writes label/value pairs with each value under its label, across
// the whole width: long hashes then stay on one line.
func (d *pdfDoc) stacked(family string, size float64, rows [][2]string) {
	for _, row := range rows {
		d.font("regular", 10)
		d.colour(muted)
		d.at(margin, d.y, row[0])
		d.y += 14
		d.colour(ink)
		for _, l := range d.wrap(family, size, row[1], contentW) {
			d.font(family, size)
			d.at(margin, d.y, l)
			d.y += size + 4
		}
		d.y += 4
	}
	d.y += 8
}

// line writes text at the left margin in the current font and moves down.
func (d *pdfDoc) line(text string) {
	d.at(margin, d.y, text)
	d.y += 14
}

// at writes text with its upper-left corner at x, y, drawing a character
// the font lacks as "?" rather than as nothing.
func (d *pdfDoc) at(x, y float64, text string) {
	if d.err != nil {
		return
	}
	d.pdf.SetXY(x, y)
	if err := d.pdf.Cell(nil, d.drawable(text)); err != nil {
		d.fail(fmt.Errorf("pdf: text: %w", err))
	}
}

func (d *pdfDoc) drawable(text string) string {
	return strings.Map(func(r rune) rune {
		if ok, err := d.pdf.IsCurrFontContainGlyph(r); err != nil || !ok {
			return '?'
		}
		return r
	}, text)
}

// wrap splits text into lines no wider than width in the given font,
// between words where it can and anywhere in a long word (a digest).
func (d *pdfDoc) wrap(family string, size float64, text string, width float64) []string {
	d.font(family, size)
	var lines []string
	line := ""
	for _, word := range strings.Fields(d.drawable(text)) {
		next := strings.TrimSpace(line + " " + word)
		if d.width(next) <= width {
			line = next
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		for d.width(word) > width {
			cut := len([]rune(word))
			for cut > 1 && d.width(string([]rune(word)[:cut])) > width {
				cut--
			}
			lines = append(lines, string([]rune(word)[:cut]))
			word = string([]rune(word)[cut:])
		}
		line = word
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

func (d *pdfDoc) width(text string) float64 {
	w, err := d.pdf.MeasureTextWidth(text)
	if err != nil {
		d.fail(fmt.Errorf("pdf: measure text: %w", err))
	}
	return w
}

func (d *pdfDoc) font(family string, size float64) {
	if err := d.pdf.SetFont(family, "", size); err != nil {
		d.fail(fmt.Errorf("pdf: font %s: %w", family, err))
	}
}

func (d *pdfDoc) colour(c rgb) { d.pdf.SetTextColor(c.r, c.g, c.b) }
func (d *pdfDoc) fill(c rgb)   { d.pdf.SetFillColor(c.r, c.g, c.b) }

func (d *pdfDoc) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}
