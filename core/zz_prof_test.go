package core

import (
	"os"
	"testing"
)

func BenchmarkOnePageTmp(b *testing.B) {
	raw, _ := os.ReadFile(os.Getenv("PAGE"))
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		Extract(raw, Options{})
	}
}
