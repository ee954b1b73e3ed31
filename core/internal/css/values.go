package css

// CSS numbers, lengths and functions, read as a static browser reads
// them on a desktop screen, for the questions a reader's eye asks: how
// large, how far, how opaque.

import (
	"math"
	"strconv"
	"strings"
)

// Numbers lists the numbers in a CSS value, units dropped: the first
// eight runs of the form -?[0-9]*\.?[0-9]+, scanned by hand because a
// regexp costs more than the colours it reads on every styled element.
func Numbers(v string) []float64 {
	var out []float64
	for i, found := 0, 0; i < len(v) && found < 8; {
		start := i
		if v[i] == '-' {
			i++
		}
		intEnd := i
		for intEnd < len(v) && isDigit(v[intEnd]) {
			intEnd++
		}
		end := intEnd
		if end+1 < len(v) && v[end] == '.' && isDigit(v[end+1]) {
			end += 2
			for end < len(v) && isDigit(v[end]) {
				end++
			}
		}
		if end == i {
			// No digits here. A '-' or '.' not followed by a number is
			// skipped alone, so "-.5" and "x.5" still find ".5".
			i = start + 1
			continue
		}
		found++
		if f, err := strconv.ParseFloat(v[start:end], 64); err == nil {
			out = append(out, f)
		}
		i = end
	}
	return out
}

// isNumber accepts what a length's number may be here: an optional
// minus, digits with at most one point, ending in a digit. ParseFloat
// alone would also take exponents, Inf, NaN and hex.
func isNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return false
	}
	point := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' && !point:
			point = true
		case c < '0' || c > '9':
			return false
		}
	}
	return true
}

// LengthPx reads a CSS length; em and rem count as 16px, which is all the
// precision "is it off-screen or tiny" needs.
func LengthPx(v string) (float64, bool) {
	v = strings.TrimSpace(v)
	num := v
	unit := ""
	for _, u := range []string{"rem", "px", "pt", "em", "%", "vw", "vh"} {
		if strings.HasSuffix(v, u) {
			num, unit = v[:len(v)-len(u)], u
			break
		}
	}
	if !isNumber(num) {
		return 0, false
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	switch unit {
	case "em", "rem":
		f *= 16
	case "pt":
		f *= 4.0 / 3
	case "%", "vw", "vh":
		if f != 0 {
			return 0, false
		}
	}
	return f, true
}

// Factor reads a number or a percentage as a factor (0.3, 30%).
func Factor(v string) (float64, bool) {
	if v == "" {
		return 0, false
	}
	if pct, ok := strings.CutSuffix(v, "%"); ok {
		f, ok := Number(pct)
		return f / 100, ok
	}
	return Number(v)
}

// Number reads a plain number (isNumber's form).
func Number(v string) (float64, bool) {
	v = strings.TrimSpace(v)
	if !isNumber(v) {
		return 0, false
	}
	f, err := strconv.ParseFloat(v, 64)
	return f, err == nil
}

// FilterOpacity reads the opacity() functions of a filter.
func FilterOpacity(f string) (float64, bool) {
	found, out := false, 1.0
	for _, arg := range filterArgs(f, "opacity(") {
		if v, ok := Factor(arg); ok {
			out, found = out*v, true
		}
	}
	return out, found
}

// filterArgs lists the arguments, trimmed, of every call of fn ("name(")
// in a filter value.
func filterArgs(f, fn string) []string {
	var out []string
	for {
		i := strings.Index(f, fn)
		if i < 0 {
			return out
		}
		arg, rest, _ := strings.Cut(f[i+len(fn):], ")")
		out = append(out, strings.TrimSpace(arg))
		f = rest
	}
}

// FilterInvert reads the amount of a filter's invert() (1 when given no
// argument), the first one only.
func FilterInvert(f string) (float64, bool) {
	for _, arg := range filterArgs(f, "invert(") {
		if arg == "" {
			return 1, true
		}
		x, ok := Factor(arg)
		return min(max(x, 0), 1), ok
	}
	return 0, false
}

// Functions splits a transform list into its functions and their
// arguments: "scale(0.5) translatex(-10px)" → scale [0.5], translatex
// [-10px].
func Functions(v string, fn func(name string, args []string)) {
	for v != "" {
		open := strings.IndexByte(v, '(')
		if open < 0 {
			return
		}
		end := strings.IndexByte(v[open:], ')')
		if end < 0 {
			return
		}
		name := strings.TrimSpace(v[:open])
		args := strings.FieldsFunc(v[open+1:open+end], func(r rune) bool { return r == ',' || r == ' ' })
		fn(name, args)
		v = v[open+end+1:]
	}
}

// TransformScale is the factor a transform draws the smaller side of a
// box at: scale(), scaleX/Y(), scale3d(), the matrices' column lengths,
// and the rotations out of the screen's plane (rotationScale).
func TransformScale(t string) float64 {
	out := 1.0
	if t == "" || t == "none" {
		return out
	}
	Functions(t, func(name string, args []string) {
		if strings.HasPrefix(name, "rotate") {
			out *= rotationScale(name, args)
			return
		}
		var f []float64
		for _, a := range args {
			v, ok := Factor(a)
			if !ok {
				return
			}
			f = append(f, v)
		}
		switch {
		case name == "scale" || name == "scale3d":
			out *= minAbs(f, 2)
		case name == "scalex" || name == "scaley":
			out *= minAbs(f, 1)
		case name == "matrix" && len(f) == 6:
			out *= math.Min(math.Hypot(f[0], f[1]), math.Hypot(f[2], f[3]))
		case name == "matrix3d" && len(f) == 16:
			out *= math.Min(math.Hypot(f[0], f[1]), math.Hypot(f[4], f[5]))
		}
	})
	return out
}

// ScaleProperty reads the scale property: one factor, or one per axis.
func ScaleProperty(v string) float64 {
	if v == "" || v == "none" {
		return 1
	}
	var f []float64
	for _, a := range strings.Fields(v) {
		x, ok := Factor(a)
		if !ok {
			return 1
		}
		f = append(f, x)
	}
	return minAbs(f, 2)
}

// minAbs is the smallest magnitude of the first n factors (a single
// factor applies to both axes); 1 for none.
func minAbs(f []float64, n int) float64 {
	if len(f) == 0 {
		return 1
	}
	out := math.Inf(1)
	for i := 0; i < n && i < len(f); i++ {
		out = math.Min(out, math.Abs(f[i]))
	}
	return out
}

// fontSizeKeywords are the absolute font-size keywords in px.
var fontSizeKeywords = map[string]float64{
	"xx-small": 9, "x-small": 10, "small": 13, "medium": 16, "large": 18, "x-large": 24, "xx-large": 32, "xxx-large": 48,
}

// FontSizePx computes a font size: em and % against the parent's, rem
// against the root's.
func FontSizePx(v string, parentPx, remPx float64) (float64, bool) {
	if px, ok := fontSizeKeywords[v]; ok {
		return px, true
	}
	switch v {
	case "smaller":
		return parentPx / 1.2, true
	case "larger":
		return parentPx * 1.2, true
	}
	return LengthIn(v, parentPx, remPx)
}

// LengthIn reads a length with em and % relative to fontPx and rem to
// remPx; viewport units against the desktop screen.
func LengthIn(v string, fontPx, remPx float64) (float64, bool) {
	v = strings.TrimSpace(v)
	for _, u := range [...]struct {
		unit string
		px   float64
	}{{"rem", remPx}, {"em", fontPx}, {"%", fontPx / 100}, {"vw", desktopWidthPx / 100}, {"vh", desktopHeightPx / 100}} {
		if num, ok := strings.CutSuffix(v, u.unit); ok {
			f, ok := Number(num)
			return f * u.px, ok
		}
	}
	return LengthPx(v)
}

// LineHeightPx reads a line height; "normal" and anything unknown count
// as the browsers' 1.2 times the font size.
func LineHeightPx(v string, fontPx, remPx float64) float64 {
	if f, ok := Number(v); ok && f > 0 {
		return f * fontPx // a bare factor
	}
	if px, ok := LengthIn(v, fontPx, remPx); ok && px > 0 {
		return px
	}
	return 1.2 * fontPx
}

// GradientArgs lists the arguments of every gradient function in a CSS
// value, split at their top-level commas.
func GradientArgs(v string) []string {
	var out []string
	for {
		i := strings.Index(v, "gradient(")
		if i < 0 {
			return out
		}
		v = v[i+len("gradient("):]
		depth, start := 0, 0
		for j := 0; j < len(v); j++ {
			switch v[j] {
			case '(':
				depth++
			case ')':
				if depth == 0 {
					out = append(out, strings.TrimSpace(v[start:j]))
					v = v[j+1:]
					j = len(v) // done with this gradient
					start = -1
					continue
				}
				depth--
			case ',':
				if depth == 0 {
					out = append(out, strings.TrimSpace(v[start:j]))
					start = j + 1
				}
			}
		}
		if start >= 0 {
			return append(out, strings.TrimSpace(v[start:]))
		}
	}
}

// GradientGeometry reports a gradient argument's first word that sets its
// direction or shape, not a colour stop.
func GradientGeometry(w string) bool {
	switch w {
	case "to", "at", "circle", "ellipse", "closest-side", "closest-corner", "farthest-side", "farthest-corner", "from", "in":
		return true
	}
	for _, u := range [...]string{"deg", "grad", "rad", "turn"} {
		if strings.HasSuffix(w, u) && isNumber(strings.TrimSuffix(w, u)) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// rotationScale is the factor a rotation draws the smaller side of a box
// at, seen from the front: 1 for a rotation in the screen's plane
// (rotate(), rotateZ()); |cos a| for rotateX(a) and rotateY(a), which
// fold the box about an axis in the screen's plane (at 90deg it is
// edge-on and has no area, with or without perspective); for
// rotate3d(x, y, z, a) the smaller singular value of the part of the
// rotation the screen shows. A value it cannot read is 1.
func rotationScale(name string, args []string) float64 {
	switch name {
	case "rotatex", "rotatey":
		if len(args) != 1 {
			return 1
		}
		a, ok := AngleRad(args[0])
		if !ok {
			return 1
		}
		return edgeOn(math.Abs(math.Cos(a)))
	case "rotate3d":
		if len(args) != 4 {
			return 1
		}
		var v [3]float64
		for i := range v {
			f, ok := Number(args[i])
			if !ok {
				return 1
			}
			v[i] = f
		}
		a, ok := AngleRad(args[3])
		n := math.Sqrt(v[0]*v[0] + v[1]*v[1] + v[2]*v[2])
		if !ok || n == 0 {
			return 1
		}
		x, y, z := v[0]/n, v[1]/n, v[2]/n
		c, s := math.Cos(a), math.Sin(a)
		// The top-left 2×2 of the rotation matrix: what is drawn of the
		// box's two sides on the screen.
		m00, m01 := c+x*x*(1-c), x*y*(1-c)-z*s
		m10, m11 := y*x*(1-c)+z*s, c+y*y*(1-c)
		sum := m00*m00 + m01*m01 + m10*m10 + m11*m11
		det := m00*m11 - m01*m10
		return edgeOn(math.Sqrt(math.Max(0, (sum-math.Sqrt(math.Max(0, sum*sum-4*det*det)))/2)))
	}
	return 1 // rotate(), rotateZ(): in the screen's plane
}

// edgeOn rounds the float noise of cos(90deg) to the 0 it is.
func edgeOn(f float64) float64 {
	if f < 1e-9 {
		return 0
	}
	return f
}

// RotateProperty is the factor the rotate property draws the smaller side
// of a box at: "x 90deg", "y 90deg" and "1 0 0 90deg" fold it as
// rotateX(), rotateY() and rotate3d() do; an angle alone turns it in the
// screen's plane.
func RotateProperty(v string) float64 {
	f := strings.Fields(v)
	switch len(f) {
	case 2:
		switch f[0] {
		case "x":
			return rotationScale("rotatex", f[1:])
		case "y":
			return rotationScale("rotatey", f[1:])
		}
	case 4:
		return rotationScale("rotate3d", f)
	}
	return 1
}

// AngleRad reads a CSS angle (deg, rad, grad, turn) in radians; a bare 0
// is an angle too.
func AngleRad(v string) (float64, bool) {
	v = strings.TrimSpace(v)
	for _, u := range [...]struct {
		unit string
		rad  float64
	}{{"deg", math.Pi / 180}, {"grad", math.Pi / 200}, {"rad", 1}, {"turn", 2 * math.Pi}} {
		if num, ok := strings.CutSuffix(v, u.unit); ok {
			f, ok := Number(num)
			return f * u.rad, ok
		}
	}
	if v == "0" {
		return 0, true
	}
	return 0, false
}
