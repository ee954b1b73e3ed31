// Command stagecycles measures how core's files depend on each other:
// file A depends on file B when A uses a package-level name (function,
// method, type, variable, constant, field of a package type) that B
// declares. It prints every strongly connected set of more than one file
// (a cycle: whoever edits one of them can break the others) and the
// edges that close it, and exits 1 when there is any.
//
//	cd scripts/stagecycles && go run . ../../core
//
// Test files are left out; so are the package's leaves in internal/,
// which are other packages and cannot form cycles with core.
//
// It then sorts the files into three kinds: the callers (extract.go,
// whose run() calls the stages, and sanitize.go, a check tests run), the stages (stageFiles below), and the
// infrastructure every stage may use (page.go, the shared helpers, the
// contract, the removal log, the rule tables). It prints the cycles among
// stage files alone and every dependency of an infrastructure file on a
// stage file or on a caller: with none of those, a cycle between
// stages can only run through stage files, so the count of stage cycles
// is the whole story for them.
package main

import (
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"golang.org/x/tools/go/packages"
)

func main() {
	dir := "../../core"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo, Dir: dir}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		fmt.Fprintln(os.Stderr, "stagecycles: cannot load", dir, err)
		if len(pkgs) == 1 {
			for _, e := range pkgs[0].Errors {
				fmt.Fprintln(os.Stderr, " ", e)
			}
		}
		os.Exit(2)
	}
	pkg := pkgs[0]
	fileOf := func(pos ast.Node) string { return filepath.Base(pkg.Fset.Position(pos.Pos()).Filename) }
	// declared maps each package-level object (and each method and
	// field of a package type) to the file that declares it.
	declared := map[types.Object]string{}
	for _, f := range pkg.Syntax {
		name := fileOf(f)
		for id, obj := range pkg.TypesInfo.Defs {
			if obj == nil || pkg.Fset.File(id.Pos()) != pkg.Fset.File(f.Pos()) {
				continue
			}
			if packageLevel(obj, pkg.Types) {
				declared[obj] = name
			}
		}
	}
	edges := map[string]map[string][]string{} // from → to → names used
	for id, obj := range pkg.TypesInfo.Uses {
		to, ok := declared[obj]
		if !ok {
			continue
		}
		from := filepath.Base(pkg.Fset.Position(id.Pos()).Filename)
		if from == to {
			continue
		}
		if edges[from] == nil {
			edges[from] = map[string][]string{}
		}
		if !slices.Contains(edges[from][to], obj.Name()) {
			edges[from][to] = append(edges[from][to], obj.Name())
		}
	}
	var files []string
	for _, f := range pkg.Syntax {
		files = append(files, fileOf(f))
	}
	sort.Strings(files)
	cycles := scc(files, edges)
	defer report(files, edges)
	fmt.Printf("files: %d, dependencies between files: %d, cycles: %d\n", len(files), countEdges(edges), len(cycles))
	for _, c := range cycles {
		fmt.Printf("cycle of %d files: %v\n", len(c), c)
		in := map[string]bool{}
		for _, f := range c {
			in[f] = true
		}
		for _, from := range c {
			for _, to := range sortedKeys(edges[from]) {
				if in[to] {
					names := edges[from][to]
					sort.Strings(names)
					fmt.Printf("  %s -> %s: %v\n", from, to, clip(names, 6))
				}
			}
		}
	}
	if len(cycles) > 0 {
		exitCode = 1
	}
}

// exitCode is set by main and report; the deferred report exits with it.
var exitCode int

// callers are the files that call stages and that nothing in core calls
// back: the pipeline, whose run() calls the stages in order, and the
// fixed-point check of the renderer that tests run.
var callers = map[string]bool{"extract.go": true, "sanitize.go": true}

// stageFiles are the files of the pipeline's stages, one stage's files
// on a line. Every other file of core is infrastructure (or the pipeline).
var stageFiles = map[string]string{
	"parse.go":      "parse",
	"visibility.go": "visibility", "style.go": "visibility", "rendering.go": "visibility", "covered.go": "visibility", "line.go": "visibility", "generated.go": "visibility", "bidi.go": "visibility",
	"spam.go":     "spam",
	"repair.go":   "repair",
	"metadata.go": "metadata", "infoline.go": "metadata", "title.go": "metadata",
	"locate.go": "locate", "anchor.go": "locate", "items.go": "locate", "kind.go": "locate",
	"injected.go": "injected", "injected_context.go": "injected", "paragraphs.go": "injected",
	"chrome.go": "chrome",
	"echo.go":   "echo",
	"render.go": "render",
	"judge.go":  "judge", "provenance.go": "judge",
}

// report prints the cycles among stage files only, the cycles between
// stages (a stage's files taken as one), and the dependencies of
// infrastructure on stages; any of them sets exit status 1.
func report(files []string, edges map[string]map[string][]string) {
	var stages []string
	infra := 0
	for _, f := range files {
		if _, ok := stageFiles[f]; ok {
			stages = append(stages, f)
		} else if !callers[f] {
			infra++
		}
	}
	only := map[string]map[string][]string{}
	grouped := map[string]map[string][]string{}
	var upward []string
	for from, tos := range edges {
		for to, names := range tos {
			_, fromStage := stageFiles[from]
			_, toStage := stageFiles[to]
			switch {
			case fromStage && toStage:
				if only[from] == nil {
					only[from] = map[string][]string{}
				}
				only[from][to] = names
				a, b := stageFiles[from], stageFiles[to]
				if a != b {
					if grouped[a] == nil {
						grouped[a] = map[string][]string{}
					}
					grouped[a][b] = append(grouped[a][b], names...)
				}
			case !fromStage && !callers[from] && (toStage || callers[to]):
				sort.Strings(names)
				upward = append(upward, fmt.Sprintf("  %s -> %s: %v", from, to, clip(names, 6)))
			}
		}
	}
	sort.Strings(upward)
	stageCycles := scc(stages, only)
	var stageNames []string
	for _, s := range stageFiles {
		if !slices.Contains(stageNames, s) {
			stageNames = append(stageNames, s)
		}
	}
	sort.Strings(stageNames)
	groupCycles := scc(stageNames, grouped)
	fmt.Printf("stage files: %d (in %d stages), infrastructure files: %d, callers of stages: %d (extract.go's run() and sanitize.go)\n", len(stages), len(stageNames), infra, len(callers))
	fmt.Printf("cycles among stage files only: %d\n", len(stageCycles))
	for _, c := range stageCycles {
		fmt.Printf("  stage-file cycle of %d files: %v\n", len(c), c)
	}
	fmt.Printf("cycles between stages (a stage's files as one): %d\n", len(groupCycles))
	for _, c := range groupCycles {
		fmt.Printf("  stage cycle: %v\n", c)
	}
	fmt.Printf("infrastructure files that depend on a stage or a caller: %d\n", len(upward))
	for _, u := range upward {
		fmt.Println(u)
	}
	if len(stageCycles) > 0 || len(groupCycles) > 0 || len(upward) > 0 {
		exitCode = 1
	}
	os.Exit(exitCode)
}

// packageLevel reports objects whose home is a file of the package: its
// top-level names, and the methods and fields of its named types.
func packageLevel(obj types.Object, pkg *types.Package) bool {
	if obj.Pkg() != pkg {
		return false
	}
	if obj.Parent() == pkg.Scope() {
		return true
	}
	switch o := obj.(type) {
	case *types.Func:
		return o.Type().(*types.Signature).Recv() != nil
	case *types.Var:
		return o.IsField()
	}
	return false
}

// scc returns the strongly connected sets of more than one file
// (Tarjan's algorithm), each sorted.
func scc(files []string, edges map[string]map[string][]string) [][]string {
	index := map[string]int{}
	low := map[string]int{}
	onStack := map[string]bool{}
	var stack []string
	var out [][]string
	next := 0
	var visit func(v string)
	visit = func(v string) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range sortedKeys(edges[v]) {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []string
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			if len(comp) > 1 {
				sort.Strings(comp)
				out = append(out, comp)
			}
		}
	}
	for _, f := range files {
		if _, seen := index[f]; !seen {
			visit(f)
		}
	}
	return out
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func countEdges(e map[string]map[string][]string) int {
	n := 0
	for _, m := range e {
		n += len(m)
	}
	return n
}

func clip(s []string, n int) []string {
	if len(s) <= n {
		return s
	}
	return append(slices.Clip(s[:n]), fmt.Sprintf("…%d more", len(s)-n))
}
