package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHasSpamWords(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"a headline", "永州市召开全市农村公路建设推进会", false},
		{"a notice with its number", "关于印发《2025年政务公开工作要点》的通知（永政办发〔2025〕12号）", false},
		{"empty", "", false},
		{"strong words", "澳门葡京娱乐城", true},
		{"a hijacked title as a whole", "澳门葡京娱乐城_网上赌博平台_胶州市司法局胶莱司法所组织开展法治文化剪纸活动", true},
		{"weak words alone", "某某娱乐官网", true},
		{"full-width forms fold", "ＡＶ在线观看", true},
		{"a genuine story with a weak word still waits for Extract", "全市开展打击网络赌博专项行动", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, HasSpamWords(tc.text), tc.text)
		})
	}
}
