// Command packdata rewrites the data section of a WebAssembly module that
// the Go linker wrote, joining data segments that only a short run of
// zero bytes separates. The memory the module starts with is the same
// byte for byte; only the way the section spells it changes.
//
//	go run ./wasm/internal/packdata [-gap N] FILE.wasm...
//
// Why: the linker starts a new segment at every run of more than eight
// zero bytes, so core.wasm's data section is some 68,000 segments, each
// with a header of about eight bytes (flags, an i32.const offset, an end,
// a length). The headers cost gzip more than the zeros they skip: joining
// across gaps of up to 64 bytes takes core.wasm from 2.06 MB to 1.94 MB
// gzip -9 (the file itself grows by 0.66 MB of zeros, which deflate all
// but erases). Past 64 bytes the gain stops.
//
// It checks its own work: the output is parsed again and its memory
// image and every other section compared with the input's, and the file
// is replaced only when they agree. Anything it does not recognise (a
// passive segment, a second memory, an offset that is not a constant)
// is an error, so scripts/build.sh stops rather than ship a module this
// tool misread.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// defaultGap is the longest run of zero bytes joined into a segment
// (bytes); see the package comment for how it was chosen.
const defaultGap = 64

const (
	idData      = 11
	idDataCount = 12
)

func main() {
	gap := flag.Int("gap", defaultGap, "join segments separated by at most this many zero bytes")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: packdata [-gap N] FILE.wasm...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 || *gap < 0 {
		flag.Usage()
		os.Exit(2)
	}
	for _, name := range flag.Args() {
		if err := packFile(name, *gap); err != nil {
			fmt.Fprintf(os.Stderr, "packdata: %s: %v\n", name, err)
			os.Exit(1)
		}
	}
}

func packFile(name string, gap int) error {
	in, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	out, st, err := pack(in, gap)
	if err != nil {
		return err
	}
	// Replace the file only whole: a build stopped half-way must not
	// leave a torn module behind.
	tmp, err := os.CreateTemp(filepath.Dir(name), ".packdata-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(out); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return err
	}
	fmt.Printf("packdata: %s: %d data segments -> %d, %d -> %d bytes\n", name, st.before, st.after, len(in), len(out))
	return nil
}

// section is one section of a module: its id and its contents.
type section struct {
	id   byte
	body []byte
}

// segment is an active data segment of memory 0 at a constant offset.
type segment struct {
	offset uint32
	data   []byte
}

type stats struct{ before, after int }

// pack returns the module with its data segments joined across gaps of
// at most gap zero bytes, after checking that it starts the same memory.
func pack(in []byte, gap int) ([]byte, stats, error) {
	secs, err := parseModule(in)
	if err != nil {
		return nil, stats{}, err
	}
	var out []byte
	out = append(out, in[:8]...)
	var st stats
	seen := false
	for _, s := range secs {
		body := s.body
		switch s.id {
		case idData:
			segs, err := parseData(body)
			if err != nil {
				return nil, stats{}, fmt.Errorf("data section: %w", err)
			}
			joined := join(segs, gap)
			st = stats{len(segs), len(joined)}
			body = encodeData(joined)
			seen = true
		case idDataCount:
			// Go's linker writes none (it needs one only for passive
			// segments, which it does not write either).
			return nil, stats{}, errors.New("a data count section: not written by Go's linker, not handled")
		}
		out = appendSection(out, s.id, body)
	}
	if !seen {
		return nil, stats{}, errors.New("no data section")
	}
	if err := sameModule(in, out); err != nil {
		return nil, stats{}, fmt.Errorf("self-check failed, file left as it was: %w", err)
	}
	return out, st, nil
}

// join merges each segment into the one before it when it starts at most
// gap bytes after that one ends. Segments out of order or overlapping
// are left apart (the later one wins, as at instantiation).
func join(segs []segment, gap int) []segment {
	var out []segment
	for _, s := range segs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			end := uint64(last.offset) + uint64(len(last.data))
			if uint64(s.offset) >= end && uint64(s.offset)-end <= uint64(gap) {
				// Appending in place: last.data is a copy of our own
				// (below), grown amortised, never the input's bytes.
				last.data = append(last.data, make([]byte, uint64(s.offset)-end)...)
				last.data = append(last.data, s.data...)
				continue
			}
		}
		out = append(out, segment{s.offset, append([]byte(nil), s.data...)})
	}
	return out
}

// sameModule parses both modules and compares every section but the
// data section byte for byte, and the memory images the data sections
// lay down.
func sameModule(a, b []byte) error {
	sa, err := parseModule(a)
	if err != nil {
		return err
	}
	sb, err := parseModule(b)
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if len(sa) != len(sb) {
		return fmt.Errorf("%d sections, the input has %d", len(sb), len(sa))
	}
	for i := range sa {
		if sa[i].id != sb[i].id {
			return fmt.Errorf("section %d is %d, the input's %d", i, sb[i].id, sa[i].id)
		}
		if sa[i].id != idData {
			if !bytes.Equal(sa[i].body, sb[i].body) {
				return fmt.Errorf("section %d (id %d) changed", i, sa[i].id)
			}
			continue
		}
		ia, err := image(sa[i].body)
		if err != nil {
			return err
		}
		ib, err := image(sb[i].body)
		if err != nil {
			return fmt.Errorf("output: %w", err)
		}
		if !bytes.Equal(ia, ib) {
			return errors.New("the memory image differs")
		}
	}
	return nil
}

// image is the memory the data section lays down, from address 0 to the
// end of its last byte.
func image(body []byte) ([]byte, error) {
	segs, err := parseData(body)
	if err != nil {
		return nil, err
	}
	var size uint64
	for _, s := range segs {
		size = max(size, uint64(s.offset)+uint64(len(s.data)))
	}
	if size > 1<<32 {
		return nil, errors.New("data past 4 GiB")
	}
	mem := make([]byte, size)
	for _, s := range segs {
		copy(mem[s.offset:], s.data)
	}
	return mem, nil
}

// parseModule splits a module into its sections.
func parseModule(b []byte) ([]section, error) {
	if len(b) < 8 || !bytes.Equal(b[:8], []byte("\x00asm\x01\x00\x00\x00")) {
		return nil, errors.New("not a WebAssembly module (version 1)")
	}
	r := reader{b: b, i: 8}
	var out []section
	for !r.done() {
		id, err := r.byte()
		if err != nil {
			return nil, err
		}
		body, err := r.bytes()
		if err != nil {
			return nil, fmt.Errorf("section %d: %w", id, err)
		}
		out = append(out, section{id, body})
	}
	return out, nil
}

// parseData reads a data section made only of active segments of memory
// 0 whose offset is an i32.const, as Go's linker writes it.
func parseData(body []byte) ([]segment, error) {
	r := reader{b: body}
	n, err := r.u32()
	if err != nil {
		return nil, err
	}
	segs := make([]segment, 0, min(int(n), len(body)))
	for k := uint32(0); k < n; k++ {
		flags, err := r.u32()
		if err != nil {
			return nil, err
		}
		if flags != 0 {
			return nil, fmt.Errorf("segment %d: flags %d (passive or another memory): not handled", k, flags)
		}
		if op, err := r.byte(); err != nil || op != 0x41 {
			return nil, fmt.Errorf("segment %d: offset is not an i32.const", k)
		}
		off, err := r.s32()
		if err != nil {
			return nil, fmt.Errorf("segment %d: %w", k, err)
		}
		if end, err := r.byte(); err != nil || end != 0x0B {
			return nil, fmt.Errorf("segment %d: offset expression longer than one constant", k)
		}
		data, err := r.bytes()
		if err != nil {
			return nil, fmt.Errorf("segment %d: %w", k, err)
		}
		segs = append(segs, segment{uint32(off), data})
	}
	if !r.done() {
		return nil, errors.New("bytes after the last segment")
	}
	return segs, nil
}

func encodeData(segs []segment) []byte {
	out := binary.AppendUvarint(nil, uint64(len(segs)))
	for _, s := range segs {
		out = append(out, 0, 0x41)
		out = appendS32(out, int32(s.offset))
		out = append(out, 0x0B)
		out = binary.AppendUvarint(out, uint64(len(s.data)))
		out = append(out, s.data...)
	}
	return out
}

func appendSection(out []byte, id byte, body []byte) []byte {
	out = append(out, id)
	out = binary.AppendUvarint(out, uint64(len(body)))
	return append(out, body...)
}

// appendS32 writes v as a signed LEB128, as i32.const takes it.
func appendS32(out []byte, v int32) []byte {
	for {
		c := byte(v & 0x7F)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(out, c)
		}
		out = append(out, c|0x80)
	}
}

// reader reads the LEB128 numbers and byte vectors of the binary format.
type reader struct {
	b []byte
	i int
}

var errShort = errors.New("unexpected end of module")

func (r *reader) done() bool { return r.i >= len(r.b) }

func (r *reader) byte() (byte, error) {
	if r.i >= len(r.b) {
		return 0, errShort
	}
	r.i++
	return r.b[r.i-1], nil
}

func (r *reader) u32() (uint32, error) {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= uint64(c&0x7F) << shift
		if c&0x80 == 0 {
			if v > 1<<32-1 {
				return 0, errors.New("u32 out of range")
			}
			return uint32(v), nil
		}
	}
	return 0, errors.New("u32 too long")
}

func (r *reader) s32() (int32, error) {
	var v int64
	for shift := 0; shift < 35; shift += 7 {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= int64(c&0x7F) << shift
		if c&0x80 == 0 {
			if c&0x40 != 0 {
				v |= -1 << (shift + 7)
			}
			if v < -1<<31 || v > 1<<31-1 {
				return 0, errors.New("i32 out of range")
			}
			return int32(v), nil
		}
	}
	return 0, errors.New("i32 too long")
}

// bytes reads a length-prefixed vector of bytes.
func (r *reader) bytes() ([]byte, error) {
	n, err := r.u32()
	if err != nil {
		return nil, err
	}
	if uint64(r.i)+uint64(n) > uint64(len(r.b)) {
		return nil, errShort
	}
	r.i += int(n)
	return r.b[r.i-int(n) : r.i], nil
}
