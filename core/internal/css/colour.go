package css

// CSS colours, read as a browser reads them: the visibility stage compares
// the colour of text with the colour painted behind it, and an attacker
// writes a colour in whichever of CSS's forms a filter does not read
// (ivory, hsl(48 100% 96%), #ffe, rgb(100% 100% 94%)).

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ColorValue normalises a CSS colour for comparison: every form of one
// colour gives the same #rrggbb, a fully transparent one "transparent".
// A value that is no colour CSS defines comes back as written, without
// spaces (var(), currentColor …), so that equal values still compare
// equal.
func ColorValue(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	if rgb, alpha, ok := ParseColour(v); ok {
		if alpha == 0 {
			return "transparent"
		}
		return fmt.Sprintf("#%02x%02x%02x", rgb[0], rgb[1], rgb[2])
	}
	return strings.ToLower(strings.ReplaceAll(v, " ", ""))
}

// ParseColour reads a CSS colour: a name, transparent, #rgb, #rgba,
// #rrggbb, #rrggbbaa, rgb()/rgba() and hsl()/hsla() in the comma and the
// space syntax, with numbers or percentages. alpha is between 0 and 1.
func ParseColour(v string) (rgb [3]uint8, alpha float64, ok bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "transparent" {
		return rgb, 0, true
	}
	if h, found := namedColours[v]; found {
		return [3]uint8{uint8(h >> 16), uint8(h >> 8), uint8(h)}, 1, true
	}
	if hex, found := strings.CutPrefix(v, "#"); found {
		return parseHexColour(hex)
	}
	name, args, found := strings.Cut(v, "(")
	args, closed := strings.CutSuffix(strings.TrimSpace(args), ")")
	if !found || !closed {
		return rgb, 0, false
	}
	var parts []string
	alpha = 1
	if body, a, slash := strings.Cut(args, "/"); slash {
		parts = strings.Fields(strings.ReplaceAll(body, ",", " "))
		parts = append(parts, strings.TrimSpace(a))
	} else {
		parts = strings.Fields(strings.ReplaceAll(args, ",", " "))
	}
	if len(parts) == 4 {
		f, ok := Factor(parts[3])
		if !ok {
			return rgb, 0, false
		}
		alpha = min(max(f, 0), 1)
		parts = parts[:3]
	}
	if len(parts) != 3 {
		return rgb, 0, false
	}
	switch name {
	case "rgb", "rgba":
		for i, p := range parts {
			x, ok := channel(p)
			if !ok {
				return rgb, 0, false
			}
			rgb[i] = x
		}
		return rgb, alpha, true
	case "hsl", "hsla":
		h, err := strconv.ParseFloat(strings.TrimSuffix(parts[0], "deg"), 64)
		s, okS := Factor(parts[1])
		l, okL := Factor(parts[2])
		if err != nil || !okS || !okL || !strings.HasSuffix(parts[1], "%") || !strings.HasSuffix(parts[2], "%") {
			return rgb, 0, false
		}
		return hslToRGB(h, min(max(s, 0), 1), min(max(l, 0), 1)), alpha, true
	}
	return rgb, 0, false
}

// channel reads one rgb() channel: 0–255 or a percentage.
func channel(p string) (uint8, bool) {
	if pct, ok := strings.CutSuffix(p, "%"); ok {
		f, ok := Number(pct)
		return uint8(math.Round(min(max(f, 0), 100) * 2.55)), ok
	}
	f, ok := Number(p)
	return uint8(math.Round(min(max(f, 0), 255))), ok
}

func parseHexColour(hex string) (rgb [3]uint8, alpha float64, ok bool) {
	n, err := strconv.ParseUint(hex, 16, 32)
	if err != nil {
		return rgb, 0, false
	}
	alpha = 1
	switch len(hex) {
	case 3, 4:
		if len(hex) == 4 {
			alpha = float64(n&0xf) / 15
			n >>= 4
		}
		for i := range rgb {
			d := uint8(n>>(4*(2-i))) & 0xf
			rgb[i] = d<<4 | d
		}
	case 6, 8:
		if len(hex) == 8 {
			alpha = float64(n&0xff) / 255
			n >>= 8
		}
		for i := range rgb {
			rgb[i] = uint8(n >> (8 * (2 - i)))
		}
	default:
		return rgb, 0, false
	}
	return rgb, alpha, true
}

// hslToRGB converts as CSS Color 4 does.
func hslToRGB(h, s, l float64) [3]uint8 {
	h = math.Mod(math.Mod(h, 360)+360, 360)
	f := func(n float64) uint8 {
		k := math.Mod(n+h/30, 12)
		a := s * min(l, 1-l)
		return uint8(math.Round(255 * (l - a*max(-1, min(k-3, 9-k, 1)))))
	}
	return [3]uint8{f(0), f(8), f(4)}
}

// namedColours are CSS's named colours.
var namedColours = map[string]uint32{
	"aliceblue": 0xf0f8ff, "antiquewhite": 0xfaebd7, "aqua": 0x00ffff,
	"aquamarine": 0x7fffd4, "azure": 0xf0ffff, "beige": 0xf5f5dc, "bisque": 0xffe4c4,
	"black": 0x000000, "blanchedalmond": 0xffebcd, "blue": 0x0000ff, "blueviolet": 0x8a2be2,
	"brown": 0xa52a2a, "burlywood": 0xdeb887, "cadetblue": 0x5f9ea0, "chartreuse": 0x7fff00,
	"chocolate": 0xd2691e, "coral": 0xff7f50, "cornflowerblue": 0x6495ed,
	"cornsilk": 0xfff8dc, "crimson": 0xdc143c, "cyan": 0x00ffff, "darkblue": 0x00008b,
	"darkcyan": 0x008b8b, "darkgoldenrod": 0xb8860b, "darkgray": 0xa9a9a9,
	"darkgreen": 0x006400, "darkgrey": 0xa9a9a9, "darkkhaki": 0xbdb76b,
	"darkmagenta": 0x8b008b, "darkolivegreen": 0x556b2f, "darkorange": 0xff8c00,
	"darkorchid": 0x9932cc, "darkred": 0x8b0000, "darksalmon": 0xe9967a,
	"darkseagreen": 0x8fbc8f, "darkslateblue": 0x483d8b, "darkslategray": 0x2f4f4f,
	"darkslategrey": 0x2f4f4f, "darkturquoise": 0x00ced1, "darkviolet": 0x9400d3,
	"deeppink": 0xff1493, "deepskyblue": 0x00bfff, "dimgray": 0x696969, "dimgrey": 0x696969,
	"dodgerblue": 0x1e90ff, "firebrick": 0xb22222, "floralwhite": 0xfffaf0,
	"forestgreen": 0x228b22, "fuchsia": 0xff00ff, "gainsboro": 0xdcdcdc,
	"ghostwhite": 0xf8f8ff, "gold": 0xffd700, "goldenrod": 0xdaa520, "gray": 0x808080,
	"green": 0x008000, "greenyellow": 0xadff2f, "grey": 0x808080, "honeydew": 0xf0fff0,
	"hotpink": 0xff69b4, "indianred": 0xcd5c5c, "indigo": 0x4b0082, "ivory": 0xfffff0,
	"khaki": 0xf0e68c, "lavender": 0xe6e6fa, "lavenderblush": 0xfff0f5,
	"lawngreen": 0x7cfc00, "lemonchiffon": 0xfffacd, "lightblue": 0xadd8e6,
	"lightcoral": 0xf08080, "lightcyan": 0xe0ffff, "lightgoldenrodyellow": 0xfafad2,
	"lightgray": 0xd3d3d3, "lightgreen": 0x90ee90, "lightgrey": 0xd3d3d3,
	"lightpink": 0xffb6c1, "lightsalmon": 0xffa07a, "lightseagreen": 0x20b2aa,
	"lightskyblue": 0x87cefa, "lightslategray": 0x778899, "lightslategrey": 0x778899,
	"lightsteelblue": 0xb0c4de, "lightyellow": 0xffffe0, "lime": 0x00ff00,
	"limegreen": 0x32cd32, "linen": 0xfaf0e6, "magenta": 0xff00ff, "maroon": 0x800000,
	"mediumaquamarine": 0x66cdaa, "mediumblue": 0x0000cd, "mediumorchid": 0xba55d3,
	"mediumpurple": 0x9370db, "mediumseagreen": 0x3cb371, "mediumslateblue": 0x7b68ee,
	"mediumspringgreen": 0x00fa9a, "mediumturquoise": 0x48d1cc, "mediumvioletred": 0xc71585,
	"midnightblue": 0x191970, "mintcream": 0xf5fffa, "mistyrose": 0xffe4e1,
	"moccasin": 0xffe4b5, "navajowhite": 0xffdead, "navy": 0x000080, "oldlace": 0xfdf5e6,
	"olive": 0x808000, "olivedrab": 0x6b8e23, "orange": 0xffa500, "orangered": 0xff4500,
	"orchid": 0xda70d6, "palegoldenrod": 0xeee8aa, "palegreen": 0x98fb98,
	"paleturquoise": 0xafeeee, "palevioletred": 0xdb7093, "papayawhip": 0xffefd5,
	"peachpuff": 0xffdab9, "peru": 0xcd853f, "pink": 0xffc0cb, "plum": 0xdda0dd,
	"powderblue": 0xb0e0e6, "purple": 0x800080, "rebeccapurple": 0x663399, "red": 0xff0000,
	"rosybrown": 0xbc8f8f, "royalblue": 0x4169e1, "saddlebrown": 0x8b4513,
	"salmon": 0xfa8072, "sandybrown": 0xf4a460, "seagreen": 0x2e8b57, "seashell": 0xfff5ee,
	"sienna": 0xa0522d, "silver": 0xc0c0c0, "skyblue": 0x87ceeb, "slateblue": 0x6a5acd,
	"slategray": 0x708090, "slategrey": 0x708090, "snow": 0xfffafa, "springgreen": 0x00ff7f,
	"steelblue": 0x4682b4, "tan": 0xd2b48c, "teal": 0x008080, "thistle": 0xd8bfd8,
	"tomato": 0xff6347, "turquoise": 0x40e0d0, "violet": 0xee82ee, "wheat": 0xf5deb3,
	"white": 0xffffff, "whitesmoke": 0xf5f5f5, "yellow": 0xffff00, "yellowgreen": 0x9acd32,
}

// RGB reads a colour as ColorValue writes it (#rrggbb) into red, green
// and blue between 0 and 1.
func RGB(c string) ([3]float64, bool) {
	var out [3]float64
	if len(c) != 7 || c[0] != '#' {
		return out, false
	}
	for i := range out {
		v, err := strconv.ParseUint(c[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return out, false
		}
		out[i] = float64(v) / 255
	}
	return out, true
}

// Contrast is the WCAG contrast ratio of two colours.
func Contrast(a, b [3]float64) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c [3]float64) float64 {
	var l [3]float64
	for i, v := range c {
		if v <= 0.03928 {
			l[i] = v / 12.92
		} else {
			l[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

// BackgroundColour is the colour a declaration block paints its box
// with: background-color, or the colour among the background
// shorthand's values; "" when it sets none.
func BackgroundColour(d Declarations) string {
	if c := d.Get("background-color"); c != "" {
		return c
	}
	b := d.Get("background")
	if b == "" {
		return ""
	}
	if _, _, ok := ParseColour(b); ok {
		return b
	}
	for _, tok := range valueTokens(b) {
		if _, _, ok := ParseColour(tok); ok {
			return tok
		}
	}
	if strings.Contains(b, "(") {
		return b // an image: a paint whose colour is unknown
	}
	return ""
}

// valueTokens splits a value at the spaces outside parentheses.
func valueTokens(v string) []string {
	var out []string
	depth, start := 0, -1
	for i, r := range v {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case r == ' ' && depth == 0:
			if start >= 0 {
				out = append(out, v[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, v[start:])
	}
	return out
}

// ColorAlpha reads the alpha of a colour: transparent, rgba()/hsla(),
// the slash syntax rgb(0 0 0 / 0.01), and #rgba / #rrggbbaa.
func ColorAlpha(v string) (float64, bool) {
	v = strings.TrimSpace(v)
	switch {
	case v == "transparent":
		return 0, true
	case strings.HasPrefix(v, "#") && (len(v) == 5 || len(v) == 9):
		h := v[len(v)-1:]
		if len(v) == 9 {
			h = v[7:]
		}
		a, err := strconv.ParseUint(h, 16, 8)
		if err != nil {
			return 0, false
		}
		if len(v) == 5 {
			return float64(a) / 15, true
		}
		return float64(a) / 255, true
	case strings.Contains(v, "("):
		name, args, _ := strings.Cut(v, "(")
		args = strings.TrimSuffix(strings.TrimSpace(args), ")")
		var alpha string
		if _, a, ok := strings.Cut(args, "/"); ok {
			alpha = a
		} else if parts := strings.Split(args, ","); len(parts) == 4 && (name == "rgba" || name == "hsla") {
			alpha = parts[3]
		}
		if alpha == "" {
			return 1, true
		}
		return Factor(strings.TrimSpace(alpha))
	}
	return 1, true
}

// Blend is the colour a source paints over a backdrop under a
// mix-blend-mode of the separable, lightening or darkening kinds
// (screen, lighten, color-dodge; multiply, darken, color-burn), by the
// Compositing spec's formulas; ok is false for other modes, whose
// colour is not read. Screen over white is white whatever the source:
// text drawn so takes its backdrop's colour.
func Blend(mode string, backdrop, source [3]float64) (out [3]float64, ok bool) {
	var f func(b, s float64) float64
	switch strings.ToLower(strings.TrimSpace(mode)) {
	case "screen":
		f = func(b, s float64) float64 { return b + s - b*s }
	case "lighten":
		f = math.Max
	case "color-dodge":
		f = func(b, s float64) float64 {
			switch {
			case b == 0:
				return 0
			case s >= 1:
				return 1
			}
			return math.Min(1, b/(1-s))
		}
	case "multiply":
		f = func(b, s float64) float64 { return b * s }
	case "darken":
		f = math.Min
	case "color-burn":
		f = func(b, s float64) float64 {
			switch {
			case b >= 1:
				return 1
			case s == 0:
				return 0
			}
			return 1 - math.Min(1, (1-b)/s)
		}
	default:
		return source, false
	}
	for i := range out {
		out[i] = f(backdrop[i], source[i])
	}
	return out, true
}
