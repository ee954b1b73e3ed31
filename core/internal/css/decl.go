package css

// Declarations: a block read from a style attribute or a sheet's rule,
// and the custom properties in scope at an element, with var() resolved.

import "strings"

// ParseDeclarations reads a declaration block as a style attribute
// holds it: properties and values lower-cased, !important set apart.
func ParseDeclarations(decl string) Declarations {
	if !strings.Contains(decl, ":") {
		return nil // most elements have no style: no allocation for them
	}
	out := make(Declarations, 0, strings.Count(decl, ";")+1)
	for decl != "" {
		part := decl
		if i := strings.IndexByte(decl, ';'); i >= 0 {
			part, decl = decl[:i], decl[i+1:]
		} else {
			decl = ""
		}
		k, v, ok := strings.Cut(part, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.ToLower(strings.TrimSpace(v))
		trimmed := strings.TrimSuffix(v, "!important")
		out = append(out, Declaration{Key: k, Val: strings.TrimSpace(trimmed), Important: len(trimmed) < len(v)})
	}
	return out
}

// Declarations is a parsed CSS declaration block. A slice, not a map: a
// style attribute holds a handful of properties, and one is parsed for
// every styled element of the page.
type Declarations []Declaration

// Declaration is one property of a block.
type Declaration struct {
	Key, Val  string // the property, lower-cased; its value, lower-cased, without !important
	Important bool
}

// Lookup returns the last value set for key, as the cascade would.
//
// It and Get are not inlined: the visibility stage asks for dozens of
// properties by name, and a copy of the loop at every call cost 12 kB of
// core.wasm's gzip budget for a call's worth of time.
//
//go:noinline
func (d Declarations) Lookup(key string) (string, bool) {
	for i := len(d) - 1; i >= 0; i-- {
		if d[i].Key == key {
			return d[i].Val, true
		}
	}
	return "", false
}

// Get is Lookup's value, "" when the block does not set it.
//
//go:noinline
func (d Declarations) Get(key string) string {
	v, _ := d.Lookup(key)
	return v
}

// Vars are the custom properties in scope at an element: its own,
// then its ancestors'. The nil *Vars is the empty scope above the root.
type Vars struct {
	decls  Declarations
	parent *Vars
}

// Lookup returns the value of the custom property name in scope.
func (v *Vars) Lookup(name string) (string, bool) {
	for s := v; s != nil; s = s.parent {
		if val, ok := s.decls.Lookup(name); ok {
			return val, true
		}
	}
	return "", false
}

// Scope returns the custom properties in scope below an element whose
// Declarations are d: the parent's, plus those d defines.
func (v *Vars) Scope(d Declarations) *Vars {
	var own Declarations
	for _, e := range d {
		if strings.HasPrefix(e.Key, "--") {
			own = append(own, e)
		}
	}
	if own == nil {
		return v
	}
	return &Vars{decls: own, parent: v}
}

// maxVarDepth bounds var() substitution: a custom property may refer to
// another, and a page may make them refer in a circle.
const maxVarDepth = 8

// Resolve substitutes var() references in a value: the custom property
// in scope, else the reference's fallback, else "" (the property is
// then invalid and does nothing).
func (v *Vars) Resolve(val string) string {
	for depth := 0; depth < maxVarDepth && strings.Contains(val, "var("); depth++ {
		i := strings.Index(val, "var(")
		end, level := -1, 0
		for j := i + 4; j < len(val); j++ {
			if val[j] == '(' {
				level++
			} else if val[j] == ')' {
				if level == 0 {
					end = j
					break
				}
				level--
			}
		}
		if end < 0 {
			return ""
		}
		name, fallback, hasFallback := strings.Cut(val[i+4:end], ",")
		sub, ok := v.Lookup(strings.TrimSpace(name))
		if !ok {
			if !hasFallback {
				return ""
			}
			sub = fallback
		}
		val = val[:i] + strings.TrimSpace(sub) + val[end+1:]
	}
	if strings.Contains(val, "var(") {
		return ""
	}
	return strings.TrimSpace(val)
}

// Resolved returns d with its var() references substituted.
func (v *Vars) Resolved(d Declarations) Declarations {
	var out Declarations
	for i, e := range d {
		if !strings.Contains(e.Val, "var(") {
			continue
		}
		if out == nil {
			out = append(Declarations(nil), d...)
		}
		out[i].Val = v.Resolve(e.Val)
	}
	if out == nil {
		return d
	}
	return out
}
