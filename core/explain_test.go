package core

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// explainCases are the golden cases and the shared seed page.
func explainCases(t *testing.T) map[string]Options {
	out := map[string]Options{}
	for _, dir := range goldenCases(t) {
		var c checks
		raw, err := os.ReadFile(filepath.Join(dir, "checks.json"))
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(raw, &c))
		out[filepath.Join(dir, "source.html")] = Options{URL: c.URL}
	}
	seed := filepath.Join("..", "..", "shared", "corpus", "seed", "seed-mirror.html")
	if _, err := os.Stat(seed); err == nil {
		out[seed] = Options{}
	}
	return out
}

// TestExplainChangesNothing holds Options.Explain to a log: the Article
// is the one Extract gives without it, its kept blocks are Article.Text,
// and every removal has a stage and a known reason id.
func TestExplainChangesNothing(t *testing.T) {
	known := reasonIDs()
	for file, opts := range explainCases(t) {
		t.Run(filepath.Base(filepath.Dir(file)), func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			plain, err := Extract(src, opts)
			require.NoError(t, err)
			opts.Explain = true
			a, err := Extract(src, opts)
			require.NoError(t, err)
			require.NotNil(t, a.Explain)
			ex := a.Explain
			a.Explain = nil
			assert.Equal(t, plain, a, "explaining changes the article")
			assert.Equal(t, a.Text, ex.keptText(), "the kept blocks are the text")
			tops := strings.Count(a.Content, "</") // an upper bound of Content's top-level elements
			for _, b := range ex.Blocks {
				if b.Fate == FateKept {
					continue
				}
				assert.Equal(t, FateRemoved, b.Fate)
				assert.NotEmpty(t, b.Stage, "%q", b.Text)
				assert.Contains(t, known, b.Reason, "%s: %q", b.Stage, b.Text)
				if b.InArticle {
					assert.LessOrEqual(t, b.At, tops)
				}
			}
			for _, s := range a.Spam {
				assert.Contains(t, known, s.ReasonID, "%s: %q", s.Kind, s.Reason)
			}
			whats := []string{}
			for _, d := range ex.Decisions {
				whats = append(whats, d.What)
			}
			assert.Subset(t, whats, []string{"title", "published", "container"})
		})
	}
}

// TestKeepRestoresABlock undoes removals by their fingerprint: the block
// is back in the text, no longer reported, and listed as restored.
func TestKeepRestoresABlock(t *testing.T) {
	for _, tc := range []struct{ name, url, want string }{
		{"visible spam", "", "百家乐"},
		{"hidden block", "", "本站另有说明"},
		{"chrome line", "", "打印本页"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(`<html><head><title>关于开展春季植树活动的通知</title></head><body>
<div id="zoom"><h1>关于开展春季植树活动的通知</h1>
<p>各乡镇人民政府，县直各单位：为持续推进国土绿化，经研究，决定在全县开展春季义务植树活动。现将有关事项通知如下。</p>
<p style="display:none">本站另有说明：请勿转载。</p>
<p>一、活动时间。三月十二日至四月十二日，各单位结合实际组织干部职工参加植树，确保完成任务。</p>
<p>打印本页</p>
<p>澳门新葡京赌场 百家乐官网 时时彩 注册送彩金</p>
<p>二、工作要求。各单位要高度重视，加强组织领导，落实管护责任，确保苗木成活。</p></div></body></html>`)
			a, err := Extract(src, Options{URL: tc.url, Explain: true})
			require.NoError(t, err)
			fp := ""
			for _, b := range a.Explain.Blocks {
				if b.Fate == FateRemoved && strings.Contains(strings.ToLower(b.Text), strings.ToLower(tc.want)) {
					fp = b.Fingerprint
				}
			}
			require.NotEmpty(t, fp, "the removed block can be restored")
			assert.NotContains(t, strings.ToLower(a.Text), strings.ToLower(tc.want))

			kept, err := Extract(src, Options{URL: tc.url, Keep: []string{"ffff", fp}})
			require.NoError(t, err)
			assert.Contains(t, strings.ToLower(kept.Text), strings.ToLower(tc.want), "the restored block is in the text")
			assert.False(t, slices.ContainsFunc(kept.Spam, func(s SpamItem) bool {
				return strings.Contains(strings.ToLower(s.Text), strings.ToLower(tc.want))
			}), "a restored block is not reported")

			again, err := Extract(src, Options{URL: tc.url, Keep: []string{fp}, Explain: true})
			require.NoError(t, err)
			require.NotEmpty(t, again.Explain.Restored)
			assert.Equal(t, fp, again.Explain.Restored[0].Fingerprint)
		})
	}
}

// TestReasonIDsAreStable keeps the ids short, unique and shaped
// <kind>.<name>, which the extension's messages are named after.
func TestReasonIDsAreStable(t *testing.T) {
	ids := reasonIDs()
	seen := map[string]bool{}
	for _, id := range ids {
		assert.Regexp(t, `^[a-z]+\.[a-z_]+$`, id)
		assert.False(t, seen[id], "%s twice", id)
		seen[id] = true
	}
}

// TestLocalesNameEveryReason holds the extension's messages to the ids:
// every reason has a message in both languages, and every kind a label
// for the ids a newer core may add.
func TestLocalesNameEveryReason(t *testing.T) {
	for _, lang := range []string{"zh_CN", "en"} {
		raw, err := os.ReadFile(filepath.Join("..", "_locales", lang, "messages.json"))
		require.NoError(t, err)
		var msgs map[string]any
		require.NoError(t, json.Unmarshal(raw, &msgs))
		for _, id := range reasonIDs() {
			kind, _, _ := strings.Cut(id, ".")
			assert.Contains(t, msgs, "reason_"+strings.ReplaceAll(id, ".", "_"), "%s: %s", lang, id)
			assert.Contains(t, msgs, "reasonKind_"+kind, "%s: %s", lang, kind)
		}
	}
}
