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
		os.Exit(1)
	}
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
