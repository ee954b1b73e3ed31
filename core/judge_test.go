package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJudgeVerdict(t *testing.T) {
	cases := []struct {
		name  string
		kinds []string
		want  string
	}{
		{"nothing", nil, VerdictClean},
		{"hidden links", []string{SpamHidden, SpamLinkFarm}, VerdictSpamRemoved},
		{"hijacked title", []string{SpamHidden, SpamTitle}, VerdictTampered},
		{"injected block", []string{SpamInjected}, VerdictTampered},
		{"suspect block", []string{SpamSuspect}, VerdictTampered},
		{"mirror copy", []string{SpamMirrorCopy}, VerdictTampered},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := &page{art: &Article{}}
			for _, k := range tc.kinds {
				p.report(k, "x", because("test.reason", "y"), true, nil)
			}
			p.judge(identity{})
			assert.Equal(t, tc.want, p.art.Verdict)
		})
	}
}
