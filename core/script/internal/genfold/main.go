// Command genfold writes extension/script-fold.txt, the character table
// the library's search folds traditional script to simplified with (see
// script.FoldTable).
//
//	go generate ./core/script
//
// fold_test.go fails when the file is stale.
package main

import (
	"fmt"
	"os"

	"github.com/govreader/govreader/core/script"
)

func main() {
	t, err := script.FoldTable()
	if err == nil {
		err = os.WriteFile(script.FoldFile, []byte(t), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genfold:", err)
		os.Exit(1)
	}
}
