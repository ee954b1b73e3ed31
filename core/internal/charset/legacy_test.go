package charset

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// legacyCases pair each of legacy.go's decoders with the x/text decoder
// it replaces, as charset.go used it before (transform.Bytes, then
// strings.ToValidUTF8).
var legacyCases = []struct {
	name string
	ours func([]byte) string
	ref  encoding.Encoding
}{
	{"gb18030", decodeGB18030, simplifiedchinese.GB18030},
	{"big5", decodeBig5, traditionalchinese.Big5},
	{"windows-1252", decodeWindows1252, charmap.Windows1252},
}

func refDecode(t testing.TB, enc encoding.Encoding, raw []byte) string {
	t.Helper()
	s, err := decodeWith(enc, raw)
	require.NoError(t, err)
	return s
}

// TestLegacyEveryShortSequence holds every one- and two-byte input, alone
// and before ASCII (where a broken sequence must give the next byte
// back), to x/text's output.
func TestLegacyEveryShortSequence(t *testing.T) {
	for _, tc := range legacyCases {
		t.Run(tc.name, func(t *testing.T) {
			var bad int
			for a := 0; a < 256; a++ {
				for _, tail := range []string{"", "a", "0"} {
					in := append([]byte{byte(a)}, tail...)
					if got, want := tc.ours(in), refDecode(t, tc.ref, in); got != want {
						t.Errorf("% x: got %+q, x/text %+q", in, got, want)
						bad++
					}
				}
				for b := 0; b < 256 && bad < 10; b++ {
					for _, tail := range []string{"", "z9"} {
						in := append([]byte{byte(a), byte(b)}, tail...)
						if got, want := tc.ours(in), refDecode(t, tc.ref, in); got != want {
							t.Errorf("% x: got %+q, x/text %+q", in, got, want)
							bad++
						}
					}
				}
			}
		})
	}
}

// TestGB18030EveryFourByteSequence decodes every lead byte with a digit
// second byte and the third and fourth bytes around their ranges, one
// after the other in one stream, as x/text does.
func TestGB18030EveryFourByteSequence(t *testing.T) {
	var in []byte
	for c0 := 0x80; c0 <= 0xFF; c0++ {
		for c1 := 0x30; c1 <= 0x39; c1++ {
			for c2 := 0x80; c2 <= 0xFF; c2++ {
				for c3 := 0x2F; c3 <= 0x3A; c3++ {
					in = append(in, byte(c0), byte(c1), byte(c2), byte(c3))
				}
			}
		}
	}
	got, want := decodeGB18030(in), refDecode(t, simplifiedchinese.GB18030, in)
	if got != want {
		// Find the first sequence that differs, to name it.
		for i := 0; i+4 <= len(in); i += 4 {
			seq := in[i : i+4]
			if g, w := decodeGB18030(seq), refDecode(t, simplifiedchinese.GB18030, seq); g != w {
				t.Fatalf("% x: got %+q, x/text %+q", seq, g, w)
			}
		}
		t.Fatal("the stream differs from x/text's")
	}
}

// TestLegacyRandomStreams decodes streams of random bytes, mostly not
// ASCII, whose broken sequences resynchronise wherever they may.
func TestLegacyRandomStreams(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range legacyCases {
		t.Run(tc.name, func(t *testing.T) {
			for n := 0; n < 200; n++ {
				in := make([]byte, rng.IntN(2000))
				for i := range in {
					in[i] = byte(rng.IntN(256))
					if rng.IntN(4) == 0 {
						in[i] = byte(0x30 + rng.IntN(10))
					}
				}
				require.Equal(t, refDecode(t, tc.ref, in), tc.ours(in), "% x", in)
			}
		})
	}
}

// FuzzLegacyDecoders holds the decoders to x/text's on any input.
func FuzzLegacyDecoders(f *testing.F) {
	for _, s := range []string{"", "\x81", "\x81\x30", "\x81\x30\x81", "\x81\x30\x81\x30", "\x84\x31\xa4\x39", "\xe3\x32\x9a\x35",
		"\x88\x62\x88\x64", "\xa4\xa4\xa4", "\xfe\xfe\xff", "\x80\x81\x8d\x9d", "<p>\xd6\xd0\xce\xc4</p>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, tc := range legacyCases {
			if got, want := tc.ours(in), refDecode(t, tc.ref, in); got != want {
				t.Fatalf("%s % x: got %+q, x/text %+q", tc.name, in, got, want)
			}
		}
	})
}

// TestLegacyTablesWhole checks that each embedded table holds exactly
// its runes, so that undelta's tolerance of a short table never hides one.
func TestLegacyTablesWhole(t *testing.T) {
	for _, tc := range []struct {
		name  string
		table string
		n     int
	}{{"gbk", gbkDeltas, gbkLeads * gbkTrails}, {"big5", big5Deltas, big5Leads * big5Trails}} {
		b, count := []byte(tc.table), 0
		for len(b) > 0 {
			_, k := binary.Varint(b)
			require.Positive(t, k, "%s: a broken varint", tc.name)
			b = b[k:]
			count++
		}
		assert.Equal(t, tc.n, count, tc.name)
	}
	// A truncated table decodes what it has and leaves the rest unknown.
	short := undelta(gbkDeltas[:10], gbkLeads*gbkTrails)
	assert.Equal(t, gbkTable()[:3], short[:3])
	assert.Zero(t, short[len(short)-1])
}
