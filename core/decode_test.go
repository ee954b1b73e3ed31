package core

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	const text = "<p>政府信息公开，发布机构：市数据局。</p>"
	gbk, err := simplifiedchinese.GB18030.NewEncoder().String(text)
	require.NoError(t, err)
	u16le, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String("<html>" + text)
	require.NoError(t, err)
	u16be, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().String("<html>" + text)
	require.NoError(t, err)
	big5, err := traditionalchinese.Big5.NewEncoder().String("<p>政府資訊公開，發布機構：市資料局。</p>")
	require.NoError(t, err)
	latin1, err := charmap.Windows1252.NewEncoder().String("<p>Café déjà vu — naïve</p>")
	require.NoError(t, err)

	for _, tc := range []struct {
		name, in, override, wantEnc, wantHas string
	}{
		{"utf8 plain", text, "", "utf-8", "发布机构"},
		{"utf8 bom", "\xEF\xBB\xBF" + text, "", "utf-8", "发布机构"},
		{"gbk undeclared", gbk, "", "gb18030", "发布机构"},
		{"gbk declared gb2312", `<meta charset="gb2312">` + gbk, "", "gb18030", "发布机构"},
		{"gbk declared http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=GBK">` + gbk, "", "gb18030", "发布机构"},
		{"gbk falsely declared utf-8", `<meta charset="utf-8">` + gbk, "", "gb18030", "发布机构"},
		{"utf8 falsely declared gb2312", `<meta charset="gb2312">` + text, "", "utf-8", "发布机构"},
		{"utf16le bom", "\xFF\xFE" + u16le, "", "utf-16le", "发布机构"},
		{"utf16be bom", "\xFE\xFF" + u16be, "", "utf-16be", "发布机构"},
		{"utf16le no bom", u16le, "", "utf-16le", "发布机构"},
		{"utf16be no bom", u16be, "", "utf-16be", "发布机构"},
		{"override gbk", gbk, "gbk", "gb18030", "发布机构"},
		{"ascii", "<p>hello</p>", "", "utf-8", "hello"},
		{"big5 declared", `<meta charset="big5">` + big5, "", "big5", "發布機構"},
		{"latin1 declared", `<meta http-equiv="content-type" content="text/html; charset=ISO-8859-1">` + latin1, "", "windows-1252", "Café déjà vu"},
		{"override big5", big5, "Big5", "big5", "資訊公開"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := decode([]byte(tc.in), tc.override)
			require.NoError(t, err)
			assert.Equal(t, tc.wantEnc, enc)
			assert.Contains(t, got, tc.wantHas)
		})
	}
}

func TestDecodeUnknownOverride(t *testing.T) {
	_, _, err := decode([]byte("<p>x</p>"), "no-such-charset")
	assert.Error(t, err)
}

func TestExtractRejectsBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		opts Options
		want error
	}{
		{"empty", nil, Options{}, ErrEmptyInput},
		{"blank", []byte(" \n\t "), Options{}, ErrEmptyInput},
		{"too large", []byte("<p>0123456789</p>"), Options{MaxInputBytes: 8}, ErrTooLarge},
		{"plain text", []byte("just a sentence without markup"), Options{}, ErrNotHTML},
		{"binary", []byte{0x00, 0x01, 0x02, 0x03, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1f, 0x8b, 0x08, 0x00}, Options{}, ErrNotHTML},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(tc.in, tc.opts)
			assert.ErrorIs(t, err, tc.want)
		})
	}
}

// TestArticleOutlivesInput: the decoded text shares the caller's bytes
// (sharedText), so nothing in the Article may point into them. The
// input is overwritten after Extract and the Article must not change.
func TestArticleOutlivesInput(t *testing.T) {
	for _, dir := range goldenCases(t) {
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		require.NoError(t, err)
		for _, charset := range []string{"", "utf-8"} {
			buf := bytes.Clone(src)
			a, err := Extract(buf, Options{URL: "http://www.example.gov.cn/art/1.html", Charset: charset})
			require.NoError(t, err)
			before, err := json.Marshal(a)
			require.NoError(t, err)
			for i := range buf {
				buf[i] = 'x'
			}
			after, err := json.Marshal(a)
			require.NoError(t, err)
			require.Equal(t, string(before), string(after), "%s: the Article changed with its input", filepath.Base(dir))
		}
	}
}
