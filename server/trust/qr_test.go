package trust_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"testing"

	"github.com/boombuler/barcode/qr"
)

// readQR reports whether the QR code drawn on the PDF's page is the one that
// encodes want. The page is rasterised with pdftoppm (poppler-utils, like
// pdftotext); the code's modules are the only pure black on the page (text
// is a softer ink), so their bounding box is the symbol. Each module's
// centre is sampled and compared with the symbol boombuler/barcode makes of
// want with the same settings: a different URL gives a different symbol.
func readQR(t *testing.T, pdf []byte, want string) (bool, error) {
	t.Helper()
	path, err := exec.LookPath("pdftoppm")
	if err != nil {
		t.Fatal("pdftoppm is not installed: apt-get install poppler-utils (.ci/run does)")
	}
	cmd := exec.Command(path, "-gray", "-r", "200", "-f", "1", "-l", "1", "-") // no output root: stdout
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		return false, fmt.Errorf("pdftoppm: %w", err)
	}
	img, err := readPGM(out)
	if err != nil {
		return false, err
	}
	minX, minY, maxX, maxY := img.w, img.h, -1, -1
	for y := 0; y < img.h; y++ {
		for x := 0; x < img.w; x++ {
			if img.at(x, y) < 16 {
				minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
			}
		}
	}
	if maxX < 0 {
		return false, errors.New("no QR code on the page: nothing is black")
	}
	code, err := qr.Encode(want, qr.M, qr.Auto)
	if err != nil {
		return false, err
	}
	n := code.Bounds().Dx()
	module := float64(maxX-minX+1) / float64(n)
	if h := float64(maxY-minY+1) / float64(n); h < module*0.95 || h > module*1.05 || module < 2 {
		return false, fmt.Errorf("the black area is %d×%d pixels, not a square of %d modules", maxX-minX+1, maxY-minY+1, n)
	}
	for row := 0; row < n; row++ {
		for col := 0; col < n; col++ {
			r, _, _, _ := code.At(col, row).RGBA()
			dark := img.at(minX+int((float64(col)+0.5)*module), minY+int((float64(row)+0.5)*module)) < 128
			if dark != (r == 0) {
				return false, nil
			}
		}
	}
	return true, nil
}

type pgm struct {
	w, h int
	pix  []byte
}

func (p pgm) at(x, y int) byte { return p.pix[y*p.w+x] }

// readPGM reads a binary 8-bit PGM (P5), as pdftoppm -gray writes it.
func readPGM(b []byte) (pgm, error) {
	r := bufio.NewReader(bytes.NewReader(b))
	var magic string
	var w, h, maxVal int
	if _, err := fmt.Fscan(r, &magic, &w, &h, &maxVal); err != nil || magic != "P5" || maxVal != 255 {
		return pgm{}, fmt.Errorf("not an 8-bit PGM (%q %d×%d max %d): %v", magic, w, h, maxVal, err)
	}
	if _, err := r.ReadByte(); err != nil { // the one whitespace after the header
		return pgm{}, err
	}
	pix := make([]byte, w*h)
	if _, err := io.ReadFull(r, pix); err != nil {
		return pgm{}, fmt.Errorf("PGM pixels: %w", err)
	}
	return pgm{w: w, h: h, pix: pix}, nil
}
