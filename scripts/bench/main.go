// Command bench times core.Extract beside go-readability on the same pages,
// in the same process, interleaved, so that both see the same machine load.
// It prints each engine's median milliseconds per page and the ratio
// govreader/go-readability (issue 2: the ratio must be at most 1).
//
//	go run . -pages ../../../shared/corpus/gov/pages -rounds 7
//
// Each page's time is the median of its rounds; the engine's figure is the
// median of those over the pages. The order of the two engines alternates
// by round and page, and one untimed warm-up round comes first. govreader
// is timed as the CLI works (Extract, then the Article as JSON);
// go-readability as ../shared/peers/peers.go calls it (FromReader, then the
// text rendered).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"
	"unsafe"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/govreader/govreader/core"
)

const pageURL = "http://www.example.gov.cn/art/1.html"

type engine struct {
	name string
	run  func([]byte) error
}

func main() {
	dir := flag.String("pages", "../shared/corpus/gov/pages", "directory of .html pages")
	rounds := flag.Int("rounds", 7, "timed rounds over every page")
	verbose := flag.Bool("v", false, "print every page's medians")
	clock := flag.String("clock", "wall", "what a page's time is: wall (what a user waits), thread (this thread's CPU time, steadier on a loaded machine) or process (the CPU time of every thread: the whole work, goroutines and garbage collection included)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the timed rounds to this file")
	flag.Parse()

	files, err := filepath.Glob(filepath.Join(*dir, "*.html"))
	if err != nil || len(files) == 0 {
		fmt.Fprintf(os.Stderr, "bench: no .html pages in %s\n", *dir)
		os.Exit(2)
	}
	pages := make([][]byte, len(files))
	for i, f := range files {
		if pages[i], err = os.ReadFile(f); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(2)
		}
	}
	base, _ := url.Parse(pageURL)
	engines := []engine{
		{"govreader", func(b []byte) error {
			a, err := core.Extract(b, core.Options{URL: pageURL})
			if err != nil {
				return err
			}
			_, err = json.Marshal(a)
			return err
		}},
		{"go-readability", func(b []byte) error {
			art, err := readability.FromReader(bytes.NewReader(b), base)
			if err != nil {
				return err
			}
			var sb strings.Builder
			if art.Node != nil {
				return art.RenderText(&sb)
			}
			return nil
		}},
	}

	// times[e][p] holds engine e's timings of page p, in milliseconds.
	times := make([][][]float64, len(engines))
	for e := range engines {
		times[e] = make([][]float64, len(pages))
	}
	failures := make([]int, len(engines))
	now := wallNanos
	if *clock == "thread" {
		// The thread's CPU clock only counts this goroutine's work while it
		// stays on this thread.
		runtime.LockOSThread()
		now = threadNanos
	} else if *clock == "process" {
		// go-readability sniffs the charset in goroutines of its own, which
		// the wall clock hides when a core is idle and the thread clock
		// leaves out; this clock counts them, and both engines' collector.
		now = processNanos
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(2)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(2)
		}
		defer pprof.StopCPUProfile()
	}
	for round := -1; round < *rounds; round++ {
		for p, page := range pages {
			for k := range engines {
				e := (k + round + p + 2) % len(engines) // alternate who goes first
				runtime.GC()                            // neither engine pays for the other's garbage
				t0 := now()
				err := engines[e].run(page)
				ms := float64(now()-t0) / 1e6
				if round < 0 {
					if err != nil {
						failures[e]++
					}
					continue
				}
				times[e][p] = append(times[e][p], ms)
			}
		}
	}

	medians := make([]float64, len(engines))
	for e := range engines {
		perPage := make([]float64, len(pages))
		for p := range pages {
			perPage[p] = median(times[e][p])
		}
		medians[e] = median(perPage)
		if *verbose {
			for p, f := range files {
				fmt.Printf("%-16s %-12s %8.2f ms\n", engines[e].name, filepath.Base(f), perPage[p])
			}
		}
	}
	fmt.Printf("pages: %d, rounds: %d (+1 warm-up), %s %s/%s, GOMAXPROCS %d\n",
		len(pages), *rounds, runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	for e, eng := range engines {
		fmt.Printf("%-15s median %7.2f ms/page  (errors on %d pages)\n", eng.name, medians[e], failures[e])
	}
	fmt.Printf("ratio govreader/go-readability: %.3f\n", medians[0]/medians[1])
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func wallNanos() int64 { return time.Now().UnixNano() }

// threadNanos is the CPU time of the calling thread: what the work cost,
// whatever else the machine runs.
func threadNanos() int64 { return cpuClock(3) } // CLOCK_THREAD_CPUTIME_ID

// processNanos is the CPU time of every thread of the process.
func processNanos() int64 { return cpuClock(2) } // CLOCK_PROCESS_CPUTIME_ID

func cpuClock(id uintptr) int64 {
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, id, uintptr(unsafe.Pointer(&ts)), 0)
	return ts.Nano()
}
