package css

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestKeySelector(t *testing.T) {
	for _, tc := range []struct {
		sel  string
		kind byte
		name string
	}{
		{"#main .list li", 't', "li"},
		{".nav>li:hover .sub", '.', "sub"},
		{"div.ft span b", 't', "b"},
		{"ul.menu#top", '#', "top"},
		{"a[href^='http'].out", '.', "out"},
		{"p:not(.x,.y)", 't', "p"},
		{":root", 0, ""},
		{"*", 0, ""},
		{"[data-x=\"a b\"]", 0, ""},
		{".a .b:nth-child(2)", '.', "b"},
	} {
		kind, name := KeySelector(tc.sel)
		assert.Equal(t, tc.kind, kind, tc.sel)
		assert.Equal(t, tc.name, name, tc.sel)
	}
}

func TestCSSVars(t *testing.T) {
	root := (*Vars)(nil).Scope(Declarations{{Key: "--a", Val: "0"}, {Key: "--b", Val: "var(--a)"}, {Key: "--loop", Val: "var(--loop)"}})
	child := root.Scope(Declarations{{Key: "--a", Val: "1"}})
	assert.Equal(t, "0", root.Resolve("var(--a)"))
	assert.Equal(t, "1", child.Resolve("var(--a)"), "the nearest definition wins")
	assert.Equal(t, "0", root.Resolve("var(--b)"), "a property may refer to another")
	assert.Equal(t, "transparent", root.Resolve("var(--none, transparent)"), "the fallback")
	assert.Equal(t, "", root.Resolve("var(--none)"), "undefined and no fallback: invalid")
	assert.Equal(t, "", root.Resolve("var(--loop)"), "a circle ends")
	assert.Equal(t, "scale(0)", root.Resolve("scale(var(--a))"))
}

func TestTransformScale(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"", 1}, {"none", 1}, {"scale(0.01)", 0.01}, {"scale(2, 0.1)", 0.1}, {"scalex(0)", 0},
		{"rotate(45deg) scale(0.5)", 0.5}, {"matrix(0.001,0,0,0.001,0,0)", 0.001}, {"scale(50%)", 0.5},
		{"translatex(-10px)", 1}, {"matrix3d(0.01,0,0,0,0,0.01,0,0,0,0,1,0,0,0,0,1)", 0.01},
		// Rotations out of the screen's plane fold the box; in it, none.
		{"rotatey(90deg)", 0}, {"rotatex(0.25turn)", 0}, {"rotatey(60deg)", 0.5}, {"rotatex(180deg)", 1},
		{"rotate3d(0, 1, 0, 90deg)", 0}, {"rotate3d(1,0,0,1.5rad)", math.Cos(1.5)}, {"rotate3d(0,0,1,90deg)", 1},
		{"rotate(90deg)", 1}, {"rotatez(90deg)", 1}, {"rotatey(bogus)", 1}, {"rotate3d(0,0,0,90deg)", 1},
	} {
		assert.InDelta(t, tc.want, TransformScale(tc.in), 1e-9, tc.in)
	}
	assert.InDelta(t, 0.0, ScaleProperty("0"), 1e-9)
	assert.InDelta(t, 0.02, ScaleProperty("1 0.02"), 1e-9)
	assert.InDelta(t, 0.0, RotateProperty("y 90deg"), 1e-9)
	assert.InDelta(t, 0.0, RotateProperty("1 0 0 90deg"), 1e-9)
	assert.InDelta(t, 1.0, RotateProperty("90deg"), 1e-9)
}

func TestColorAlpha(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"transparent", 0}, {"rgba(0,0,0,0.01)", 0.01}, {"rgb(0 0 0 / 0.01)", 0.01}, {"hsla(0,0%,0%,0)", 0},
		{"#0000", 0}, {"#00000000", 0}, {"#333", 1}, {"red", 1}, {"rgba(0,0,0,.5)", 0.5}, {"rgb(0 0 0 / 5%)", 0.05},
	} {
		a, ok := ColorAlpha(tc.in)
		assert.True(t, ok, tc.in)
		assert.InDelta(t, tc.want, a, 1e-9, tc.in)
	}
}

func TestMediaApplies(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  bool
	}{
		{"", true},
		{"screen", true},
		{"all", true},
		{"only screen", true},
		{"print", false},
		{"speech", false},
		{"not print", true},
		{"screen and (min-width: 768px)", true},
		{"(min-width:1200px)", true},
		{"(max-width: 768px)", false},
		{"screen and (max-width:1024px)", false},
		{"(min-width: 3000px)", false},
		{"print, screen and (min-width: 992px)", true},
		{"(width >= 768px)", true},
		{"(400px < width <= 1000px)", false},
		{"(orientation: landscape)", true},
		{"(orientation: portrait)", false},
		{"(prefers-color-scheme: dark)", false},
		{"(hover: hover) and (pointer: fine)", true},
		{"(min-width: 48em)", true},
		{"(max-width: 60em)", false},
		{"(some-future-feature)", false},
		{"(min-width: 768px) or (max-width: 100px)", false},
	} {
		t.Run(tc.query, func(t *testing.T) {
			assert.Equal(t, tc.want, MediaApplies(tc.query))
		})
	}
}

func TestLengthPx(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0", 0, true}, {"-9999px", -9999, true}, {" 1px ", 1, true}, {".5em", 8, true}, {"2rem", 32, true},
		{"12pt", 16, true}, {"0%", 0, true}, {"50%", 0, false}, {"1e3px", 0, false}, {"Inf", 0, false},
		{"NaN", 0, false}, {"5.", 0, false}, {"", 0, false}, {"px", 0, false}, {"+3px", 0, false}, {"0x10", 0, false},
		{"-0.05", -0.05, true}, {"auto", 0, false},
	} {
		got, ok := LengthPx(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		if ok {
			assert.InDelta(t, tc.want, got, 1e-9, tc.in)
		}
	}
}

// TestCSSNumbers pins the hand scanner to the pattern it replaced,
// -?[0-9]*\.?[0-9]+, found leftmost and at most eight times.
func TestCSSNumbers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []float64
	}{
		{"rgba(0,0,0,0)", []float64{0, 0, 0, 0}},
		{"rect(1px 2px -3px .5px)", []float64{1, 2, -3, 0.5}},
		{"rgb(1 2 3 / .01)", []float64{1, 2, 3, 0.01}},
		{"-.5px", []float64{-0.5}},
		{"1.5.3", []float64{1.5, 0.3}},
		{"--5", []float64{-5}},
		{"1.", []float64{1}},
		{"a-b.c", nil},
		{"1 2 3 4 5 6 7 8 9 10", []float64{1, 2, 3, 4, 5, 6, 7, 8}},
		{"", nil},
	} {
		assert.Equal(t, tc.want, Numbers(tc.in), tc.in)
	}
}

func TestParseColour(t *testing.T) {
	for in, want := range map[string]string{
		"ivory": "#fffff0", "IVORY": "#fffff0", "#ffe": "#ffffee", "#FFEE": "#ffffee", "#fffff0ff": "#fffff0",
		"rgb(255, 255, 240)": "#fffff0", "rgb(100% 100% 94.1%)": "#fffff0", "rgba(255,255,240,.9)": "#fffff0",
		"rgb(255 255 240 / 0)": "transparent", "hsl(48, 100%, 96%)": "#fffbeb", "hsl(48 100% 96%)": "#fffbeb",
		"hsla(0deg, 0%, 100%, 1)": "#ffffff", "hsl(240, 100%, 50%)": "#0000ff", "transparent": "transparent",
		"#0000": "transparent", "rebeccapurple": "#663399", "currentColor": "currentcolor", "var(--x)": "var(--x)",
	} {
		assert.Equal(t, want, ColorValue(in), in)
	}
	for _, bad := range []string{"#ggg", "rgb(1,2)", "hsl(10, 20, 30)", "#12345", "rgb(", "notacolour"} {
		_, _, ok := ParseColour(bad)
		assert.False(t, ok, bad)
	}
}

func FuzzParseColour(f *testing.F) {
	for _, s := range []string{"#fff", "rgb(1 2 3 / 50%)", "hsl(-30, 200%, -5%)", "rgba(,,,)", "hsl(1e400, 1%, 1%)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, a, ok := ParseColour(s)
		if ok && (a < 0 || a > 1) {
			t.Fatalf("alpha %v for %q", a, s)
		}
		_ = ColorValue(s)
	})
}

func readAll(string) bool { return true }

func TestAppendSheet(t *testing.T) {
	src := `/* comment { with braces } */ .a, #b > p:not(.x,.y) { display:none; --gap: 0 }
@media print { .p { display:none } }
@media screen and (min-width: 992px) { .wide { opacity: 0 !important } }
@media (max-width: 767px) { .narrow { display:none } }
@supports (display:grid) { .g { opacity:0 } }
@supports not (display:grid) { .old { opacity:0 } }
@font-face { font-family:x; src:url(x.woff) }
@keyframes k { from { opacity:0 } to { opacity:1 } }
.skip { font-family: serif }
.c{COLOR:Red;font-family:serif}/* unclosed`
	onlyColourAndDisplay := func(p string) bool { return p == "color" || p == "display" || p == "opacity" }
	rules := AppendSheet(nil, src, onlyColourAndDisplay)
	want := []Rule{
		{Selectors: []string{".a", "#b>p:not(.x,.y)"}, Decls: Declarations{{Key: "display", Val: "none"}, {Key: "--gap", Val: "0"}}},
		{Selectors: []string{".wide"}, Decls: Declarations{{Key: "opacity", Val: "0", Important: true}}},
		{Selectors: []string{".g"}, Decls: Declarations{{Key: "opacity", Val: "0"}}},
		{Selectors: []string{".c"}, Decls: Declarations{{Key: "color", Val: "red"}}},
	}
	assert.Equal(t, want, rules, "rules of groups that hold, the properties asked for and the custom ones")
	assert.Len(t, AppendSheet(rules, ".z{display:none}", readAll), 5, "appends")
	assert.Empty(t, AppendSheet(nil, "}}}{{{;;;@media{", readAll))
}

func TestDataSheet(t *testing.T) {
	for _, tc := range []struct {
		href, want string
		ok         bool
	}{
		{"data:text/css,.u%7Bdisplay%3Anone%7D", ".u{display:none}", true},
		{"DATA:text/css;base64,LnZ7dmlzaWJpbGl0eTpoaWRkZW59", ".v{visibility:hidden}", true},
		{"data:text/plain,.u{}", "", false},
		{"data:text/css;base64,!!!", "", false},
		{"/css/site.css", "", false},
	} {
		got, ok := DataSheet(tc.href)
		assert.Equal(t, tc.ok, ok, tc.href)
		assert.Equal(t, tc.want, got, tc.href)
	}
}

func TestSheetCascade(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p id="k" class="a b" style="color:blue;opacity:0.9">x</p><p>y</p>`))
	require.NoError(t, err)
	var ps []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "p" {
			ps = append(ps, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	require.Len(t, ps, 2)
	ix := NewSheet()
	order := 0
	for _, r := range AppendSheet(nil, `#k{display:none} .a{display:block} p.a{opacity:0.5} .a{opacity:0.1} .b{color:red!important} p:bogus(){display:none}`, readAll) {
		for _, sel := range r.Selectors {
			order++
			ix.Add(sel, order, r.Decls)
		}
	}
	assert.False(t, ix.Add("p:bogus(", 99, nil), "a selector that does not compile")
	inline := ParseDeclarations(`color:blue;opacity:0.9`)
	d, buf := ix.Cascade(ps[0], inline, nil)
	assert.Equal(t, "none", d.Get("display"), "an id rule beats a class rule")
	assert.Equal(t, "0.9", d.Get("opacity"), "inline beats rules")
	assert.Equal(t, "red", d.Get("color"), "an !important rule beats inline")
	d, _ = ix.Cascade(ps[1], nil, buf[:0])
	assert.Empty(t, d, "nothing matches the second paragraph")
}

func TestDynamic(t *testing.T) {
	for sel, want := range map[string]bool{
		"li:hover .sub": true, "a::before": true, "#menu:target": true, "input:checked+div": true,
		"li:first-child": false, "p:not(.x)": false, ".nav li": false,
	} {
		assert.Equal(t, want, Dynamic(sel), sel)
	}
}

// FuzzAppendSheet: any text reads as a sheet, without a panic, into
// rules with selectors and declarations, trimmed and lower-cased.
func FuzzAppendSheet(f *testing.F) {
	for _, s := range []string{".a{display:none}", "@media screen{.b{opacity:0!important}}", "a{--x:var(--y)}", "@media (min-width:1px{", "}{;:", "@supports not (x){p{color:red}}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range AppendSheet(nil, s, readAll) {
			if len(r.Selectors) == 0 || len(r.Decls) == 0 {
				t.Fatalf("empty rule %+v from %q", r, s)
			}
			for _, sel := range r.Selectors {
				if sel == "" || sel != strings.TrimSpace(sel) {
					t.Fatalf("selector %q from %q", sel, s)
				}
			}
			for _, d := range r.Decls {
				if d.Val != strings.ToLower(d.Val) {
					t.Fatalf("value %q not lower-cased from %q", d.Val, s)
				}
			}
		}
	})
}

// FuzzResolve: var() substitution ends, even over circles, and leaves no
// reference behind.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"var(--a)", "var(--loop, 1px)", "calc(var(--a) + var(--b,var(--c)))", "var(", "var(--a,"} {
		f.Add(s, "var(--b)", "var(--a)")
	}
	f.Fuzz(func(t *testing.T, val, a, b string) {
		v := (*Vars)(nil).Scope(Declarations{{Key: "--a", Val: a}, {Key: "--b", Val: b}, {Key: "--loop", Val: "var(--loop)"}})
		if got := v.Resolve(val); strings.Contains(got, "var(") {
			t.Fatalf("Resolve(%q) = %q", val, got)
		}
	})
}

func TestUnquoteCSS(t *testing.T) {
	for in, want := range map[string]string{
		`plain`:          "plain",
		`\4e2d\6587`:     "中文",
		`\4e2d 文`:        "中文",
		`a\"b`:           `a"b`,
		`\110000x`:       "\ufffdx",
		`trailing\`:      `trailing\`,
		`\000041\000042`: "AB",
	} {
		assert.Equal(t, want, unquoteCSS(in), in)
	}
}

func FuzzGeneratedContent(f *testing.F) {
	f.Add(`.a::before{content:"\4e2d x"} @media screen{.b:after{content:'y' attr(title)}}`)
	f.Add(`a::before{content:"`)
	f.Fuzz(func(t *testing.T, src string) {
		for _, g := range GeneratedContent(src) {
			require.NotEmpty(t, g.Host)
			require.NotEmpty(t, g.Text)
		}
	})
}

func TestGeneratedContent(t *testing.T) {
	got := GeneratedContent(`.a::before,.b{content:"x\4e2d"} @media print{.p::after{content:"no"}} .c > ::after{content:"y" attr(title) 'z'} .d:after{content:""} .e::before{content:"  "}`)
	assert.Equal(t, []Generated{{Host: ".a", Text: "x中"}, {Host: ".c>*", Text: "yz"}, {Host: ".e", Text: "  "}}, got)
}
