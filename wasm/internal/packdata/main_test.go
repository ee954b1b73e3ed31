package main

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// module builds a module of the given sections.
func module(secs ...section) []byte {
	out := []byte("\x00asm\x01\x00\x00\x00")
	for _, s := range secs {
		out = appendSection(out, s.id, s.body)
	}
	return out
}

// memorySection is a memory of one page, for modules that have data.
var memorySection = section{5, []byte{1, 0, 1}}

func TestJoin(t *testing.T) {
	segs := []segment{
		{0, []byte("ab")},
		{10, []byte("cd")},  // 8 zero bytes after "ab": joined
		{20, []byte("e")},   // 8 after "cd": joined
		{100, []byte("f")},  // 79 after: apart
		{50, []byte("g")},   // before the previous one: apart
		{51, []byte("h")},   // right after "g": joined
		{300, []byte("ij")}, // apart
	}
	// The self-check compares against the input: join must never write
	// into the input's bytes.
	backing := []byte("ab________cd")
	segs[0].data, segs[1].data = backing[0:2], backing[10:12]
	got := join(segs, 8)
	assert.Equal(t, "ab________cd", string(backing), "join wrote into its input")
	assert.Equal(t, []segment{
		{0, []byte("ab\x00\x00\x00\x00\x00\x00\x00\x00cd\x00\x00\x00\x00\x00\x00\x00\x00e")},
		{100, []byte("f")},
		{50, []byte("gh")},
		{300, []byte("ij")},
	}, got)
	assert.Len(t, join(segs, 7), 6, "gaps of eight stay apart at 7; only g and h, which touch, join")
}

func TestPackKeepsTheMemoryImage(t *testing.T) {
	segs := []segment{{16, []byte("hello")}, {40, []byte("world")}, {0x10000 - 3, []byte("end")}, {30, []byte("over")}}
	in := module(section{1, []byte{0}}, memorySection, section{idData, encodeData(segs)}, section{0, []byte("\x04name")})
	out, st, err := pack(in, 64)
	require.NoError(t, err)
	assert.Equal(t, stats{4, 3}, st)
	secs, err := parseModule(out)
	require.NoError(t, err)
	require.Len(t, secs, 4)
	want, err := image(encodeData(segs))
	require.NoError(t, err)
	got, err := image(secs[2].body)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Equal(t, "world", string(got[40:45]))
	assert.Equal(t, "over", string(got[30:34]), "a later segment still overwrites an earlier one")
	assert.NoError(t, sameModule(in, out))
}

func TestPackRefusesWhatGoDoesNotWrite(t *testing.T) {
	data := func(seg ...byte) section {
		return section{idData, append([]byte{1}, seg...)}
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want string
	}{
		{"not wasm", []byte("\x7fELF\x02\x01\x01\x00"), "not a WebAssembly module"},
		{"no data", module(memorySection), "no data section"},
		{"passive segment", module(memorySection, data(1, 1, 'x')), "passive"},
		{"global offset", module(memorySection, data(0, 0x23, 0, 0x0B, 1, 'x')), "not an i32.const"},
		{"long offset expression", module(memorySection, data(0, 0x41, 0, 0x41, 0, 0x0B, 1, 'x')), "longer than one constant"},
		{"data count section", module(memorySection, section{idDataCount, []byte{1}}, data(0, 0x41, 0, 0x0B, 1, 'x')), "data count"},
		{"truncated segment", module(memorySection, data(0, 0x41, 0, 0x0B, 5, 'x')), "unexpected end"},
		{"truncated section", []byte("\x00asm\x01\x00\x00\x00\x0b\x10\x01"), "unexpected end"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := pack(tc.in, 64)
			assert.ErrorContains(t, err, tc.want)
		})
	}
}

func TestSameModuleCatchesADifference(t *testing.T) {
	a := module(memorySection, section{idData, encodeData([]segment{{0, []byte("ab")}})})
	b := module(memorySection, section{idData, encodeData([]segment{{0, []byte("ac")}})})
	assert.ErrorContains(t, sameModule(a, b), "memory image differs")
	c := module(section{5, []byte{1, 0, 2}}, section{idData, encodeData([]segment{{0, []byte("ab")}})})
	assert.ErrorContains(t, sameModule(a, c), "changed")
}

func TestLEB(t *testing.T) {
	for _, v := range []int32{0, 1, -1, 63, 64, -64, -65, 0x10000, 1<<31 - 1, -1 << 31} {
		r := reader{b: appendS32(nil, v)}
		got, err := r.s32()
		require.NoError(t, err)
		assert.Equal(t, v, got)
		assert.True(t, r.done())
	}
	r := reader{b: binary.AppendUvarint(nil, 1<<32)}
	_, err := r.u32()
	assert.Error(t, err)
}

// TestPackedGoProgramRuns builds a Go program for js/wasm whose result
// depends on its data (a table, strings, a map built at init), packs it
// and runs it under Node with Go's own wasm_exec.js: it must print the
// same as the unpacked module.
func TestPackedGoProgramRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a WebAssembly module")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	dir := t.TempDir()
	src := `package main

import (
	"fmt"
	"sort"
	"strings"
)

var table = [...]uint16{3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11}

var words = map[string]int{"发布时间": 1, "来源": 2, "索引号": 3}

func main() {
	sum := 0
	for i, v := range table {
		sum += i * int(v)
	}
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(sum, strings.Join(keys, ","), fmt.Sprintf("%x", 0xdeadbeef))
}
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module p\n\ngo 1.22\n"), 0o644))
	wasm := filepath.Join(dir, "p.wasm")
	build := exec.Command("go", "build", "-ldflags=-s -w", "-o", wasm, ".")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=")
	outb, err := build.CombinedOutput()
	require.NoError(t, err, "%s", outb)

	run := func() string {
		cmd := exec.Command(node, filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec_node.js"), wasm)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		return string(out)
	}
	want := run()
	require.Equal(t, "548 发布时间,来源,索引号 deadbeef\n", want)
	require.NoError(t, packFile(wasm, defaultGap))
	in, err := os.ReadFile(wasm)
	require.NoError(t, err)
	secs, err := parseModule(in)
	require.NoError(t, err)
	for _, s := range secs {
		if s.id == idData {
			segs, err := parseData(s.body)
			require.NoError(t, err)
			assert.Less(t, len(segs), 100, "the segments were joined")
		}
	}
	assert.Equal(t, want, run())
}
