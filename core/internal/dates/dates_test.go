package dates

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseDate(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"iso date", "2024-06-13", "2024-06-13"},
		{"date and minutes", "2024-06-13 10:17", "2024-06-13T10:17+08:00"},
		{"date and seconds", "发布时间：2024-06-25 10:03:27", "2024-06-25T10:03:27+08:00"},
		{"slashes", "日期：2021/09/06", "2021-09-06"},
		{"dots", "2024.06.13", "2024-06-13"},
		{"chinese units", "2019年10月08日", "2019-10-08"},
		{"chinese units with time", "2024年12月07日 08时01分", "2024-12-07T08:01+08:00"},
		{"chinese units with seconds", "2024年12月07日08时01分09秒", "2024-12-07T08:01:09+08:00"},
		{"single digits", "2024年3月1日", "2024-03-01"},
		{"iso with T", "2024-06-13T10:17", "2024-06-13T10:17+08:00"},
		{"iso with +08:00", "2024-06-13T10:17:00+08:00", "2024-06-13T10:17:00+08:00"},
		{"iso Z converts to China time", "2024-06-13T02:17:00Z", "2024-06-13T10:17:00+08:00"},
		{"iso Z across midnight", "2024-06-12T20:30Z", "2024-06-13T04:30+08:00"},
		{"other offset", "2024-06-13T10:17:00+0100", "2024-06-13T17:17:00+08:00"},
		{"gov.cn firstpublishedtime", "2024-06-13-10:17:35", "2024-06-13T10:17:35+08:00"},
		{"fraction of second", "2024-06-13 10:17:35.0", "2024-06-13T10:17:35+08:00"},
		{"full-width digits", "２０２４年６月１３日", "2024-06-13"},
		{"full-width colon", "2024-06-13 10：17", "2024-06-13T10:17+08:00"},
		{"chinese numerals", "二〇二四年六月十三日", "2024-06-13"},
		{"chinese numerals two-digit day", "二〇二〇年十二月二十九日", "2020-12-29"},
		{"hour only keeps the date", "2024年12月07日 08时", "2024-12-07"},
		{"first date wins", "2024-03-07 至 2024-04-26", "2024-03-07"},
		{"range does not become a time", "2024年3月7日-4月26日", "2024-03-07"},
		{"rfc1123", "Thu, 13 Jun 2024 10:17:00 +0800", "2024-06-13T10:17:00+08:00"},
		{"impossible day", "2024-02-30", ""},
		{"impossible month", "2024-13-01", ""},
		{"bad time keeps the date", "2024-06-13 25:61", "2024-06-13"},
		{"too early", "1900-01-01", ""},
		{"no date", "浏览次数：123", ""},
		{"empty", "", ""},
		{"phone number", "0746-8379670", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, Parse(c.in))
		})
	}
}

func TestFirstDate(t *testing.T) {
	assert.Equal(t, "2023-11-14", First("", "暂无", "2023年11月14日", "2024-02-29 16:00:26"))
	assert.Equal(t, "", First("", "无"))
}

func TestHanNumber(t *testing.T) {
	for in, want := range map[string]int{"二〇二四": 2024, "二○二一": 2021, "十": 10, "十二": 12, "二十": 20, "二十三": 23, "三十一": 31, "七": 7, "甲": 0} {
		assert.Equal(t, want, hanNumber(in), in)
	}
}

var isoShape = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?\+08:00)?$`)

// FuzzParseDate checks that any input gives either nothing or a well-formed
// ISO 8601 date in China time, and never panics.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2024-06-13", "2024年12月07日 08时01分", "2021/09/06", "2024-06-13T02:17:00Z",
		"2024-06-13-10:17:35", "二〇二四年六月十三日", "Thu, 13 Jun 2024 10:17:00 +0800",
		"２０２４年６月１３日", "2024-02-30", "发布时间：2024-06-25 10:03:27 来源：本网",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Parse(s)
		if got != "" && !isoShape.MatchString(got) {
			t.Fatalf("parseDate(%q) = %q, not ISO 8601 in +08:00", s, got)
		}
	})
}

// unanchoredDates is dateExpr as an ordinary regexp, which dateRe must
// answer exactly like.
var unanchoredDates = regexp.MustCompile(Expr)

func FuzzDateFinderAgrees(f *testing.F) {
	for _, s := range []string{
		"发布时间：2024-06-13 10:17 来源：2023年5月1日", "12024-06-13", "2019.1.2 2020/3/4 2021年5月6日08时01分",
		"2024-06-13T10:17:35+08:00 2024-06-13-10:17:35Z", "19992000-01-01", "2020-1", "20200-01-01 1990/12/31",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, unanchoredDates.FindAllStringSubmatchIndex(s, 4), Re.FindAllStringSubmatchIndex(s, 4), "%q", s)
		assert.Equal(t, unanchoredDates.FindAllStringSubmatch(s, -1), Re.FindAllStringSubmatch(s, -1), "%q", s)
		assert.Equal(t, unanchoredDates.FindStringIndex(s), Re.FindStringIndex(s), "%q", s)
		assert.Equal(t, unanchoredDates.MatchString(s), Re.MatchString(s), "%q", s)
	})
}
