package script

import (
	"strings"
	"unicode/utf8"
)

//go:generate go run ./internal/genfold

// FoldFile is where the fold table is written, from this folder.
const FoldFile = "../../extension/script-fold.txt"

// foldRanges are the blocks the fold table is built from: the CJK
// ideographs (unified, extension A, compatibility) and the supplementary
// extensions, where OpenCC maps some rare characters.
var foldRanges = [][2]rune{{0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xf900, 0xfaff}, {0x20000, 0x3134f}}

// FoldTable returns the table the library's search folds text with, one
// character at a time: each character of the CJK blocks that the t2s
// converter turns, on its own, into one other character, as pairs (the
// traditional character, then the simplified one), concatenated. The
// phrase-aware converter is too slow to run over a whole library (about
// 70,000 characters a second in WebAssembly, against millions for a
// table), and for matching, one fixed mapping on both sides is what
// counts. The extension reads it from FoldFile, without script.wasm.
func FoldTable() (string, error) {
	c, err := New(ToSimplified)
	if err != nil {
		return "", err
	}
	var pairs strings.Builder
	for _, rg := range foldRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			out := c.Convert(string(r))
			to, size := utf8.DecodeRuneInString(out)
			if size == len(out) && to != r && to != utf8.RuneError {
				pairs.WriteRune(r)
				pairs.WriteRune(to)
			}
		}
	}
	return pairs.String() + "\n", nil
}
