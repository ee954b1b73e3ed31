//go:build !(js && wasm)

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/govreader/govreader/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const root = "../../.."

// TestContractIsGenerated fails when a Go change was not carried to the
// extension: extension/contract.js must be what the generator writes now.
func TestContractIsGenerated(t *testing.T) {
	want, err := generate(root)
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(root, output))
	require.NoError(t, err)
	if line, w, g := firstDiff(string(want), string(got)); line > 0 {
		t.Errorf("extension/contract.js is stale: run go generate ./core\nline %d is\n\t%s\nbut the generator writes\n\t%s", line, g, w)
	}
}

// firstDiff returns the first line (from 1) where a and b differ, and
// that line of each; 0 when they are equal.
func firstDiff(a, b string) (int, string, string) {
	if a == b {
		return 0, "", ""
	}
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y || i >= len(al) || i >= len(bl) {
			return i + 1, x, y
		}
	}
	return 0, "", ""
}

type sample struct{ A string }
type selfMarshaling struct{}

func (selfMarshaling) MarshalJSON() ([]byte, error) { return []byte(`1`), nil }

func TestJSType(t *testing.T) {
	for _, tc := range []struct {
		t         reflect.Type
		omitEmpty bool
		want      string
		reached   bool
		err       bool
	}{
		{t: reflect.TypeFor[string](), want: "string"},
		{t: reflect.TypeFor[float64](), want: "number"},
		{t: reflect.TypeFor[uint8](), want: "number"},
		{t: reflect.TypeFor[bool](), want: "boolean"},
		{t: reflect.TypeFor[any](), want: "unknown"},
		{t: reflect.TypeFor[time.Time](), want: "string"},
		{t: reflect.TypeFor[[]string](), want: "string[]"},
		{t: reflect.TypeFor[map[string][]int](), want: "Record<string, number[]>"},
		{t: reflect.TypeFor[*string](), want: "string|null"},
		{t: reflect.TypeFor[*string](), omitEmpty: true, want: "string"},
		{t: reflect.TypeFor[[]*bool](), want: "(boolean|null)[]"},
		{t: reflect.TypeFor[sample](), want: "sample", reached: true},
		{t: reflect.TypeFor[[]sample](), want: "sample[]", reached: true},
		{t: reflect.TypeFor[core.Evidence](), want: "Evidence", reached: true},
		{t: reflect.TypeFor[[]byte](), err: true},
		{t: reflect.TypeFor[map[int]string](), err: true},
		{t: reflect.TypeFor[chan int](), err: true},
		{t: reflect.TypeFor[selfMarshaling](), err: true},
		{t: reflect.TypeFor[error](), err: true},
	} {
		t.Run(tc.t.String(), func(t *testing.T) {
			var reached []reflect.Type
			got, err := jsType(tc.t, &reached, tc.omitEmpty)
			if tc.err {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.reached, len(reached) > 0)
		})
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		names      []string
		prefix     string
		firstSnake string
	}{
		{[]string{"VerdictClean", "VerdictSpamRemoved"}, "Verdict", "VERDICT_CLEAN"},
		{[]string{"NoteNoArticle", "NoteOnlyPromotion"}, "Note", "NOTE_NO_ARTICLE"},
		{[]string{"HiddenHintAttr"}, "HiddenHint", "HIDDEN_HINT_ATTR"}, // a lone constant keeps its own name (writeConsts)
		{[]string{"OriginalURL", "OriginalHTML"}, "Original", "ORIGINAL_URL"},
		{[]string{"Kind", "KindList"}, "", "KIND"},
		{[]string{"TrustCopy", "CodeEmpty"}, "", "TRUST_COPY"},
	} {
		assert.Equal(t, tc.prefix, commonPrefix(tc.names), "%v", tc.names)
		assert.Equal(t, tc.firstSnake, snake(tc.names[0]))
	}
	assert.Equal(t, `'it\'s "so"\n'`, jsString("it's \"so\"\n"))
}

func TestEnumOf(t *testing.T) {
	groups := []constGroup{
		{prefix: "Verdict", typedef: "Verdict", names: []string{"VerdictClean", "VerdictTampered"}},
		{prefix: "Spam", typedef: "Spam", names: []string{"SpamHidden", "SpamText"}},
		{names: []string{"HiddenHintAttr"}}, // a lone constant is no type
	}
	for _, tc := range []struct {
		field, own, typeDoc, want string
	}{
		{"Verdict", "Verdict sums it up: VerdictClean or VerdictTampered.", "", "Verdict"},
		{"Kind", "", "SpamItem is one removal. Kind is one of the Spam* constants.", "Spam"},
		{"Text", "", "SpamItem is one removal. Kind is one of the Spam* constants.", ""},
		{"Mixed", "VerdictClean, or a SpamText.", "", ""},
		{"Verdicts", "See VerdictCleanly.", "", ""},
		{"Attr", "Set to HiddenHintAttr.", "", ""},
	} {
		assert.Equal(t, tc.want, enumOf(tc.field, tc.own, tc.typeDoc, groups), tc.field)
	}
}

// TestNoNullWhereTheContractSaysList holds core to what the contract
// promises: a slice that is not omitempty is typed as a list, never
// null, so no Article of the golden cases (explained, so that every
// nested type is reached) may hold null there.
func TestNoNullWhereTheContractSaysList(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join(root, "core", "testdata", "*", "source.html"))
	require.NoError(t, err)
	require.NotEmpty(t, cases)
	cases = append(cases, "") // an empty body: the least an Article can be
	for _, file := range cases {
		src := []byte(`<html><body></body></html>`)
		if file != "" {
			src, err = os.ReadFile(file)
			require.NoError(t, err)
		}
		a, err := core.Extract(src, core.Options{URL: "https://www.example.gov.cn/a.html", Explain: true})
		require.NoError(t, err, file)
		raw, err := json.Marshal(a)
		require.NoError(t, err)
		var v any
		require.NoError(t, json.Unmarshal(raw, &v))
		for _, path := range nullLists(reflect.TypeFor[core.Article](), v, "article") {
			t.Errorf("%s: %s is null, the contract says a list", file, path)
		}
	}
}

func TestNullListsFindsNull(t *testing.T) {
	type inner struct {
		Tags []string `json:"tags"`
		More []string `json:"more,omitempty"`
	}
	type outer struct {
		Items []inner `json:"items"`
	}
	var v any
	require.NoError(t, json.Unmarshal([]byte(`{"items":[{"tags":["a"]},{"tags":null,"more":null}]}`), &v))
	assert.Equal(t, []string{"x.items[1].tags"}, nullLists(reflect.TypeFor[outer](), v, "x"))
}

// nullLists returns the paths under v, a value of Go type t decoded from
// JSON, where a slice that is not omitempty is null.
func nullLists(t reflect.Type, v any, path string) []string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var out []string
	switch t.Kind() {
	case reflect.Struct:
		obj, _ := v.(map[string]any)
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, omit, skip := jsonName(f)
			if skip || !f.IsExported() {
				continue
			}
			fv, present := obj[name]
			if f.Type.Kind() == reflect.Slice && !omit && present && fv == nil {
				out = append(out, path+"."+name)
			}
			out = append(out, nullLists(f.Type, fv, path+"."+name)...)
		}
	case reflect.Slice:
		list, _ := v.([]any)
		for i, e := range list {
			out = append(out, nullLists(t.Elem(), e, path+"["+itoa(i)+"]")...)
		}
	}
	return out
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }
