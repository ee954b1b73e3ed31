package charset

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

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
			got, enc, err := Decode([]byte(tc.in), tc.override)
			require.NoError(t, err)
			assert.Equal(t, tc.wantEnc, enc)
			assert.Contains(t, got, tc.wantHas)
		})
	}
}

func TestDecodeUnknownOverride(t *testing.T) {
	_, _, err := Decode([]byte("<p>x</p>"), "no-such-charset")
	assert.Error(t, err)
}

func FuzzDecode(f *testing.F) {
	// The golden pages of core, and a few shapes of trouble.
	pages, err := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "source.html"))
	if err != nil || len(pages) == 0 {
		f.Fatalf("no seed pages: %v", err)
	}
	for _, name := range pages {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{"\xfe\xff\x00<\x00p", "\xd6\xd0\xce\xc4<p>", "<meta charset=utf-16>\xd6\xd0", "\x00\x00\x00\x00\x00\x00\x00\x00"} {
		f.Add([]byte(s))
	}
	overrides := []string{"", "gbk", "utf-8", "big5", "utf-16le", "shift_jis", "windows-1252", "gb2312"}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, o := range overrides {
			s, name, err := Decode(raw, o)
			if err != nil {
				continue
			}
			if !utf8.ValidString(s) {
				t.Fatalf("Decode(%q) gave invalid UTF-8", o)
			}
			if name == "" {
				t.Fatalf("Decode(%q) gave no encoding name", o)
			}
		}
		// Clean UTF-8 that is neither marked nor shaped like UTF-16 comes
		// through untouched.
		if utf8.Valid(raw) {
			if _, _, bom := bomEncoding(raw); !bom {
				s, name, err := Decode(raw, "")
				if err != nil || name != "utf-8" || s != string(raw) {
					t.Fatalf("valid UTF-8 altered: name %q err %v", name, err)
				}
			}
		}
	})
}
