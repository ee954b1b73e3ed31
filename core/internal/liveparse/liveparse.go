// Package liveparse is the parse stage's fast path for live pages: the
// extension's serialisation of the browser's DOM in, the same tree
// x/net/html would build out, or a refusal.
package liveparse

// The fast path for live pages: the extension's serialisation of
// the browser's DOM in, the same tree x/net/html would build out, or a
// refusal.
//
// A browser serialises its DOM in a narrow, regular form: lower-case tag
// names (svg's in their own case), every element but the void ones
// closed, attribute values in double quotes, only &amp; &lt; &gt; &quot;
// &nbsp; escaped. Read in that form, a document is only nesting, and
// Parse builds the tree directly, without the HTML5 tree-construction
// algorithm that makes up most of the parsing time in WebAssembly.
// Wherever that algorithm would do more than nest what it reads (an
// implied or misnested end tag, foster parenting in tables, MathML or
// HTML inside svg, templates, a script that opens a comment …), Parse
// declines and the page goes to x/net/html.
// FuzzParse checks that whenever Parse accepts a text, its tree is
// x/net/html's.

import (
	"cmp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// liveMaxDepth is x/net/html's nesting limit; deeper pages take the slow
// path, which flattens them.
const liveMaxDepth = 512

// liveParser holds the state of one Parse call.
type liveParser struct {
	s     string
	i     int
	stack []*html.Node // open elements, html first
	forms int          // open <form> elements
}

// Parse returns the document tree of s, or false where s is not a
// browser's serialisation that nesting alone reads right.
func Parse(s string) (*html.Node, bool) {
	p := &liveParser{s: s}
	doc := &html.Node{Type: html.DocumentNode}
	if strings.HasPrefix(s, "<!") && len(s) > 9 && strings.EqualFold(s[2:9], "doctype") {
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return nil, false
		}
		// The doctype is one node, but its reading (names, public and
		// system ids, quirks) has rules of its own: x/net/html reads it.
		d, err := html.Parse(strings.NewReader(s[:end+1]))
		if err != nil || d.FirstChild == nil || d.FirstChild.Type != html.DoctypeNode {
			return nil, false
		}
		dt := d.FirstChild
		d.RemoveChild(dt)
		doc.AppendChild(dt)
		p.i = end + 1
	}
	// Before <html>, white space is dropped and comments belong to the
	// document.
	for p.skipSpace(); strings.HasPrefix(p.s[p.i:], "<!--"); p.skipSpace() {
		if !p.comment(doc) {
			return nil, false
		}
	}
	root, ok := p.startTag("html", false)
	if !ok {
		return nil, false
	}
	doc.AppendChild(root)
	p.stack = append(p.stack, root)
	p.skipSpace() // before <head> too
	if !p.head(root) || !p.between(root) {
		return nil, false
	}
	body, ok := p.startTag("body", false)
	if !ok {
		return nil, false
	}
	root.AppendChild(body)
	p.stack = append(p.stack, body)
	if !p.body() {
		return nil, false
	}
	// After </body>, only comments (children of <html>), </html> and
	// comments of the document: anything else the parser would move into
	// the body.
	for !strings.HasPrefix(p.s[p.i:], "</html>") {
		if !strings.HasPrefix(p.s[p.i:], "<!--") || !p.comment(root) {
			return nil, false
		}
	}
	for p.i += len("</html>"); p.i < len(p.s); {
		if !strings.HasPrefix(p.s[p.i:], "<!--") || !p.comment(doc) {
			return nil, false
		}
	}
	return doc, true
}

func (p *liveParser) skipSpace() {
	for p.i < len(p.s) && isHTMLSpace(p.s[p.i]) {
		p.i++
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// startTag reads <name …> where name must be want (any name if want is
// ""), and returns the element, not yet inserted. In svg (inSVG, or the
// <svg> element itself) names are read as the tokenizer reads them there:
// lower-cased, then adjusted as parseForeignContent adjusts them.
func (p *liveParser) startTag(want string, inSVG bool) (*html.Node, bool) {
	s := p.s[p.i:]
	if len(s) < 2 || s[0] != '<' {
		return nil, false
	}
	j := 1
	upper := false // in the name
	for j < len(s) && s[j] != ' ' && s[j] != '>' {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			if !inSVG {
				return nil, false // a browser writes HTML names in lower case
			}
			upper = true
		} else if c == '/' || c == '<' || c == 0 || isHTMLSpace(c) || c == '"' || c == '\'' || c == '=' {
			return nil, false
		}
		j++
	}
	name := s[1:j]
	if upper {
		name = asciiLower(name)
	}
	if name == "" || want != "" && name != want || name[0] < 'a' || name[0] > 'z' {
		return nil, false
	}
	if inSVG {
		if adj, ok := svgTagNames[name]; ok {
			name = adj
		}
	}
	foreign := inSVG || name == "svg"
	n := &html.Node{Type: html.ElementNode, DataAtom: atom.Lookup([]byte(name))}
	if n.DataAtom != 0 {
		n.Data = n.DataAtom.String()
	} else {
		n.Data = name
	}
	for j < len(s) && s[j] == ' ' {
		// One attribute: name="value".
		k := j + 1
		upper = false
		for k < len(s) && s[k] != '=' && s[k] != ' ' && s[k] != '>' {
			c := s[k]
			if c >= 'A' && c <= 'Z' {
				if !foreign {
					return nil, false
				}
				upper = true // viewBox, as a browser writes svg's names
			} else if c == '/' || c == '<' || c == 0 || isHTMLSpace(c) || c == '"' || c == '\'' {
				return nil, false
			}
			k++
		}
		key := s[j+1 : k]
		if key == "" || k+1 >= len(s) || s[k] != '=' || s[k+1] != '"' {
			return nil, false
		}
		if upper {
			key = asciiLower(key)
		}
		end := strings.IndexByte(s[k+2:], '"')
		if end < 0 {
			return nil, false
		}
		val, ok := unescapeLive(s[k+2 : k+2+end])
		if !ok {
			return nil, false
		}
		for _, a := range n.Attr {
			if a.Key == key {
				return nil, false // the parser keeps the first; a serialiser never repeats one
			}
		}
		n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
		j = k + 2 + end + 1
	}
	if j >= len(s) || s[j] != '>' {
		return nil, false
	}
	if foreign {
		// After the duplicate check, which the tokenizer makes on the
		// lower-cased names.
		adjustSVGAttrs(n.Attr)
	}
	p.i += j + 1
	return n, true
}

// asciiLower lower-cases as the tokenizer does: ASCII letters only.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// unescapeLive decodes the references a serialiser writes; false for any
// other use of &, whose reading has rules of its own.
func unescapeLive(s string) (string, bool) {
	if strings.IndexByte(s, 0) >= 0 || strings.IndexByte(s, '\r') >= 0 {
		return "", false // the tokenizer replaces both
	}
	if strings.IndexByte(s, '&') < 0 {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String(), true
		}
		b.WriteString(s[:i])
		s = s[i:]
		switch {
		case strings.HasPrefix(s, "&amp;"):
			b.WriteByte('&')
			s = s[5:]
		case strings.HasPrefix(s, "&lt;"):
			b.WriteByte('<')
			s = s[4:]
		case strings.HasPrefix(s, "&gt;"):
			b.WriteByte('>')
			s = s[4:]
		case strings.HasPrefix(s, "&quot;"):
			b.WriteByte('"')
			s = s[6:]
		case strings.HasPrefix(s, "&nbsp;"):
			b.WriteString("\u00a0")
			s = s[6:]
		default:
			return "", false
		}
	}
}

// foreignEndTag reads the end tag of the current svg element, name: an
// end tag that parseForeignContent matches to it (ignoring case, as it
// does) and pops.
func (p *liveParser) foreignEndTag(name string) bool {
	s := p.s[p.i:]
	end := strings.IndexByte(s, '>')
	if end < 3 || !('a' <= s[2] && s[2] <= 'z' || 'A' <= s[2] && s[2] <= 'Z') {
		return false // no tag name: the tokenizer reads a bogus comment
	}
	tag := s[2:end]
	if strings.ContainsAny(tag, " \t\n\f\r/\x00") || !strings.EqualFold(tag, name) {
		return false // another element, which the parser looks for down the stack
	}
	p.i += end + 1
	return true
}

// endTag reads </name>.
func (p *liveParser) endTag(name string) bool {
	s := p.s[p.i:]
	if len(s) < len(name)+3 || s[1] != '/' || s[2:2+len(name)] != name || s[2+len(name)] != '>' {
		return false
	}
	p.i += len(name) + 3
	return true
}

// comment reads <!--…--> into parent.
func (p *liveParser) comment(parent *html.Node) bool {
	s := p.s[p.i+4:]
	end := strings.Index(s, "-->")
	if end < 0 {
		return false
	}
	data := s[:end]
	// Where the tokenizer ends or starts a comment differently.
	if strings.HasPrefix(data, ">") || strings.HasPrefix(data, "->") || strings.Contains(data, "--!>") ||
		strings.Contains(data, "<!--") || strings.HasSuffix(data, "<!-") || strings.IndexByte(data, 0) >= 0 || strings.IndexByte(data, '\r') >= 0 {
		return false
	}
	if strings.IndexByte(data, '&') >= 0 {
		// x/net/html decodes references in comments (a browser does not).
		data = html.UnescapeString(data)
	}
	parent.AppendChild(&html.Node{Type: html.CommentNode, Data: data})
	p.i += 4 + end + 3
	return true
}

// text reads the text up to the next '<' into parent; in tables only
// white space, which the parser keeps in place, is accepted.
func (p *liveParser) text(parent *html.Node) bool {
	s := p.s[p.i:]
	end := strings.IndexByte(s, '<')
	if end < 0 {
		return false
	}
	t, ok := unescapeLive(s[:end])
	if !ok {
		return false
	}
	p.i += end
	if t == "" {
		return true
	}
	if parent.Namespace == "" && tableContext(parent) && strings.Trim(t, " \t\n\f") != "" {
		return false // foster parenting
	}
	if last := parent.LastChild; last != nil && last.Type == html.TextNode {
		last.Data += t
	} else {
		parent.AppendChild(&html.Node{Type: html.TextNode, Data: t})
	}
	return true
}

// head reads <head>…</head>: only the elements that belong there.
func (p *liveParser) head(root *html.Node) bool {
	head, ok := p.startTag("head", false)
	if !ok {
		return false
	}
	root.AppendChild(head)
	for {
		s := p.s[p.i:]
		switch {
		case strings.HasPrefix(s, "</head>"):
			p.i += len("</head>")
			return true
		case strings.HasPrefix(s, "<!--"):
			if !p.comment(head) {
				return false
			}
		case strings.HasPrefix(s, "<"):
			n, ok := p.startTag("", false)
			if !ok {
				return false
			}
			switch n.DataAtom {
			case atom.Meta, atom.Link, atom.Base, atom.Basefont, atom.Bgsound:
				head.AppendChild(n)
			case atom.Title, atom.Style, atom.Script, atom.Noscript, atom.Noframes:
				head.AppendChild(n)
				if !p.rawContent(n) {
					return false
				}
			default:
				return false // it would end the head and start the body
			}
		default:
			// Only white space stays in the head.
			end := strings.IndexByte(s, '<')
			if end < 0 || strings.Trim(s[:end], " \t\n\f") != "" || !p.text(head) {
				return false
			}
		}
	}
}

// between reads what lies between </head> and <body>: white space and
// comments, children of <html>.
func (p *liveParser) between(root *html.Node) bool {
	for {
		s := p.s[p.i:]
		switch {
		case strings.HasPrefix(s, "<body"):
			return true
		case strings.HasPrefix(s, "<!--"):
			if !p.comment(root) {
				return false
			}
		default:
			end := strings.IndexByte(s, '<')
			if end <= 0 || strings.Trim(s[:end], " \t\n\f") != "" || !p.text(root) {
				return false
			}
		}
	}
}

// rawContent reads the text of a raw-text or RCDATA element and its end
// tag.
func (p *liveParser) rawContent(n *html.Node) bool {
	s := p.s[p.i:]
	closing := "</" + n.Data
	// The text ends at the first end tag of its element in any case (a
	// script's, through the tokenizer's escaped states); that tag must be
	// written exactly </name>.
	var end int
	if n.DataAtom == atom.Script {
		end = scriptEnd(s)
	} else {
		end = rawEnd(s, n.Data)
	}
	if end < 0 || !strings.HasPrefix(s[end:], closing+">") {
		return false // unended, or </SCRIPT> or </script foo>
	}
	data := s[:end]
	if strings.IndexByte(data, 0) >= 0 || strings.IndexByte(data, '\r') >= 0 {
		return false
	}
	switch n.DataAtom {
	case atom.Title, atom.Textarea:
		var ok bool
		if data, ok = unescapeLive(data); !ok {
			return false
		}
		if n.DataAtom == atom.Textarea {
			data = strings.TrimPrefix(data, "\n")
		}
	}
	if data != "" {
		n.AppendChild(&html.Node{Type: html.TextNode, Data: data})
	}
	p.i += end + len(closing) + 1
	return true
}

// endTagAt reports, at s[i:] (just after a "</"), the name of a raw-text
// element in ASCII lower or upper case and a character that ends it, as
// the tokenizer's readRawEndTag reads an end tag.
func endTagAt(s string, i int, name string) bool {
	if len(s)-i <= len(name) {
		return false
	}
	for k := 0; k < len(name); k++ {
		if c := s[i+k]; c != name[k] && c != name[k]-('a'-'A') {
			return false
		}
	}
	switch s[i+len(name)] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true
	}
	return false
}

// rawEnd is where the text of a raw-text or RCDATA element named name ends
// in s: the start of its first end tag, or -1.
func rawEnd(s, name string) int {
	for i := 0; ; {
		k := strings.Index(s[i:], "</")
		if k < 0 {
			return -1
		}
		i += k
		if endTagAt(s, i+2, name) {
			return i
		}
		i += 2
	}
}

// scriptEnd is rawEnd for a script. Inside <!-- … --> a <script> opens a
// level where </script> does not end the element; this follows
// x/net/html's readScript state by state, quirks included (inside the
// escape, a < that starts no tag falls back to plain script data).
func scriptEnd(s string) int {
	const (
		plain = iota
		escaped
		doubleEscaped
	)
	// dashes counts the - just read in the escaped states: after two, a >
	// closes the escape.
	state, dashes := plain, 0
	for i := 0; i < len(s); {
		if state == plain {
			k := strings.IndexByte(s[i:], '<')
			if k < 0 || i+k+1 >= len(s) {
				return -1
			}
			i += k + 1
			switch {
			case s[i] == '/':
				if endTagAt(s, i+1, "script") {
					return i - 1
				}
				i++
			case strings.HasPrefix(s[i:], "!--"):
				state, dashes, i = escaped, 2, i+3
			}
			continue
		}
		c := s[i]
		i++
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 {
				state = plain
				continue
			}
		case '<':
			if i >= len(s) {
				return -1
			}
			switch d := s[i]; {
			case d == '/' && endTagAt(s, i+1, "script"):
				if state == escaped {
					return i - 1
				}
				state, i = escaped, i+1+len("script>")
			case d == '/':
				i++
			case state == escaped && ('a' <= d && d <= 'z' || 'A' <= d && d <= 'Z'):
				if endTagAt(s, i, "script") { // <script, opening the double escape
					state, i = doubleEscaped, i+len("script")+1
				}
			case state == escaped:
				state = plain
			}
		}
		dashes = 0
	}
	return -1
}

// body reads the body's content up to and including </body>.
func (p *liveParser) body() bool {
	for {
		cur := p.stack[len(p.stack)-1]
		s := p.s[p.i:]
		switch {
		case s == "":
			return false
		case strings.HasPrefix(s, "<!--"):
			if !p.comment(cur) {
				return false
			}
		case strings.HasPrefix(s, "</"):
			if cur.Namespace != "" {
				if !p.foreignEndTag(cur.Data) {
					return false
				}
				p.stack = p.stack[:len(p.stack)-1]
				continue
			}
			if !p.endTag(cur.Data) {
				return false // misnested or implied: the parser's business
			}
			if cur.DataAtom == atom.Body {
				return true
			}
			if cur.DataAtom == atom.Form {
				p.forms--
			}
			p.stack = p.stack[:len(p.stack)-1]
		case s[0] == '<' && cur.Namespace != "":
			n, ok := p.startTag("", true)
			if !ok || !fitsSVG(n, cur) || len(p.stack) >= liveMaxDepth {
				return false
			}
			// None of the HTML rules below: parseForeignContent only
			// inserts, and the tokenizer reads what follows as data, not
			// raw text, whatever the name.
			n.Namespace = cur.Namespace
			cur.AppendChild(n)
			p.stack = append(p.stack, n)
		case s[0] == '<':
			n, ok := p.startTag("", false)
			if !ok || !p.fits(n, cur) {
				return false
			}
			cur.AppendChild(n)
			if n.DataAtom == atom.Svg {
				if len(p.stack) >= liveMaxDepth {
					return false
				}
				n.Namespace = "svg"
				p.stack = append(p.stack, n)
				continue
			}
			switch n.DataAtom {
			case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S, atom.Small,
				atom.Strike, atom.Strong, atom.Tt, atom.U:
				// x/net/html sorts a formatting element's attributes, to
				// compare it with its kin in the list of active ones.
				slices.SortFunc(n.Attr, func(a, b html.Attribute) int {
					return cmp.Or(cmp.Compare(a.Namespace, b.Namespace), cmp.Compare(a.Key, b.Key), cmp.Compare(a.Val, b.Val))
				})
			}
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Noembed, atom.Noframes, atom.Xmp, atom.Title, atom.Textarea:
				if !p.rawContent(n) {
					return false
				}
				continue
			case atom.Area, atom.Br, atom.Embed, atom.Img, atom.Input, atom.Wbr, atom.Hr, atom.Meta, atom.Link, atom.Base,
				atom.Basefont, atom.Bgsound, atom.Param, atom.Source, atom.Track, atom.Col:
				continue // void
			case atom.Form:
				p.forms++
			}
			if len(p.stack) >= liveMaxDepth {
				return false
			}
			p.stack = append(p.stack, n)
			if (n.DataAtom == atom.Pre || n.DataAtom == atom.Listing) && strings.HasPrefix(p.s[p.i:], "\n") {
				p.i++ // the parser drops a newline right after the tag
			}
		default:
			if !p.text(cur) {
				return false
			}
		}
	}
}

// fits reports whether inserting n as the last child of cur is all the
// parser would do with that start tag.
func (p *liveParser) fits(n, cur *html.Node) bool {
	a := n.DataAtom
	switch a {
	case atom.Html, atom.Head, atom.Body, atom.Frameset, atom.Frame, atom.Template, atom.Math,
		atom.Plaintext, atom.Image, atom.Keygen, atom.Menuitem:
		return false
	}
	if n.Data == "isindex" {
		return false
	}
	// Tables take only their own parts; anything else is fostered out.
	switch cur.DataAtom {
	case atom.Table:
		return a == atom.Caption || a == atom.Colgroup || a == atom.Tbody || a == atom.Thead || a == atom.Tfoot ||
			a == atom.Script || a == atom.Style
	case atom.Tbody, atom.Thead, atom.Tfoot:
		return a == atom.Tr || a == atom.Script || a == atom.Style
	case atom.Tr:
		return a == atom.Td || a == atom.Th || a == atom.Script || a == atom.Style
	case atom.Colgroup:
		return a == atom.Col
	case atom.Select:
		return a == atom.Option || a == atom.Optgroup
	case atom.Optgroup:
		return a == atom.Option
	case atom.Option:
		// x/net/html, like a browser since the customizable select, reads
		// an option's content as the body's; another option closes it.
		if a == atom.Option || a == atom.Optgroup {
			return false
		}
	}
	switch a {
	case atom.Td, atom.Th, atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.Colgroup, atom.Col:
		return false // outside their table context the parser drops them
	case atom.Option, atom.Optgroup, atom.Select:
		if p.inScope(atom.Select, nil) {
			return false
		}
	case atom.Rb, atom.Rtc, atom.Rp, atom.Rt:
		if cur.DataAtom != atom.Ruby && !(cur.DataAtom == atom.Rtc && (a == atom.Rp || a == atom.Rt)) {
			return false
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		switch cur.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return false
		}
	case atom.Form:
		if p.forms > 0 {
			return false
		}
	case atom.Button:
		if p.inScope(atom.Button, defaultScope) {
			return false
		}
	case atom.A, atom.Nobr:
		// A second one while the first is active is misnesting.
		for i := len(p.stack) - 1; i >= 0 && !isMarker(p.stack[i].DataAtom); i-- {
			if p.stack[i].DataAtom == a {
				return false
			}
		}
	case atom.Li, atom.Dd, atom.Dt:
		// The parser closes an open item above the nearest special element.
		for i := len(p.stack) - 1; i >= 0; i-- {
			e := p.stack[i].DataAtom
			if e == a || a != atom.Li && (e == atom.Dd || e == atom.Dt) {
				return false
			}
			if isSpecial(e) && e != atom.Address && e != atom.Div && e != atom.P {
				break
			}
		}
	}
	switch a {
	case atom.Input, atom.Hr, atom.Textarea, atom.Table, atom.Button, atom.Datalist:
		// In a select, these close it or an option, or have rules of
		// their own.
		if p.inScope(atom.Select, nil) {
			return false
		}
	}
	if closesP(a) && p.inScope(atom.P, buttonScope) {
		return false
	}
	return true
}

// inScope reports a target element open above the nearest boundary
// element of the scope (nil: any open one).
func (p *liveParser) inScope(target atom.Atom, boundary func(atom.Atom) bool) bool {
	for i := len(p.stack) - 1; i >= 0; i-- {
		e := p.stack[i].DataAtom
		if e == target {
			return true
		}
		if boundary != nil && boundary(e) {
			return false
		}
	}
	return false
}

func defaultScope(a atom.Atom) bool {
	switch a {
	case atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th, atom.Marquee, atom.Object, atom.Template:
		return true
	}
	return false
}

func buttonScope(a atom.Atom) bool { return a == atom.Button || defaultScope(a) }

func isMarker(a atom.Atom) bool {
	switch a {
	case atom.Applet, atom.Caption, atom.Marquee, atom.Object, atom.Td, atom.Th, atom.Template:
		return true
	}
	return false
}

func tableContext(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Colgroup:
		return true
	}
	return false
}

// closesP lists the start tags that close an open <p> in button scope.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details, atom.Dialog, atom.Dir,
		atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup,
		atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Search, atom.Section, atom.Summary, atom.Ul,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Listing, atom.Form, atom.Li, atom.Dd,
		atom.Dt, atom.Plaintext, atom.Table, atom.Hr, atom.Xmp:
		return true
	}
	return false
}

// isSpecial is the HTML standard's "special" category.
func isSpecial(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base, atom.Basefont, atom.Bgsound,
		atom.Blockquote, atom.Body, atom.Br, atom.Button, atom.Caption, atom.Center, atom.Col, atom.Colgroup,
		atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Embed, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Form, atom.Frame, atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Iframe, atom.Img,
		atom.Input, atom.Keygen, atom.Li, atom.Link, atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta,
		atom.Nav, atom.Noembed, atom.Noframes, atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param,
		atom.Plaintext, atom.Pre, atom.Script, atom.Search, atom.Section, atom.Select, atom.Source, atom.Style,
		atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Template, atom.Textarea, atom.Tfoot, atom.Th,
		atom.Thead, atom.Title, atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp:
		return true
	}
	return false
}

// Inline svg. Inside <svg>, parseForeignContent inserts every start tag
// as an svg element, except those that break out of foreign content, and
// the tokenizer reads what follows as data even after <style> or <title>.
// Parse reads svg with those rules and declines the rest: breakouts,
// <math>, HTML inside the integration points (foreignObject, desc,
// title), and names a browser might serialise as void.

// fitsSVG reports whether parseForeignContent only inserts n as the last
// child of cur, an svg element.
func fitsSVG(n, cur *html.Node) bool {
	switch cur.Data {
	case "foreignObject", "desc", "title":
		return false // HTML integration points: their start tags are HTML's
	}
	switch n.Data {
	// The breakout list of foreign.go, and <font> (a breakout with
	// color, face or size).
	case "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
		"h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
		"ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u",
		"ul", "var", "font",
		// MathML has tables of its own.
		"math",
		// HTML's void names, which a serialiser might write without an
		// end tag in svg too.
		"area", "base", "basefont", "bgsound", "col", "frame", "input", "keygen", "link", "param", "source",
		"track", "wbr":
		return false
	}
	return true
}

// svgTagNames is the HTML standard's table of svg element names the
// parser restores from the tokenizer's lower case (svgTagNameAdjustments
// in x/net/html).
var svgTagNames = map[string]string{
	"altglyph": "altGlyph", "altglyphdef": "altGlyphDef", "altglyphitem": "altGlyphItem",
	"animatecolor": "animateColor", "animatemotion": "animateMotion", "animatetransform": "animateTransform",
	"clippath": "clipPath", "feblend": "feBlend", "fecolormatrix": "feColorMatrix",
	"fecomponenttransfer": "feComponentTransfer", "fecomposite": "feComposite",
	"feconvolvematrix": "feConvolveMatrix", "fediffuselighting": "feDiffuseLighting",
	"fedisplacementmap": "feDisplacementMap", "fedistantlight": "feDistantLight", "feflood": "feFlood",
	"fefunca": "feFuncA", "fefuncb": "feFuncB", "fefuncg": "feFuncG", "fefuncr": "feFuncR",
	"fegaussianblur": "feGaussianBlur", "feimage": "feImage", "femerge": "feMerge", "femergenode": "feMergeNode",
	"femorphology": "feMorphology", "feoffset": "feOffset", "fepointlight": "fePointLight",
	"fespecularlighting": "feSpecularLighting", "fespotlight": "feSpotLight", "fetile": "feTile",
	"feturbulence": "feTurbulence", "foreignobject": "foreignObject", "glyphref": "glyphRef",
	"lineargradient": "linearGradient", "radialgradient": "radialGradient", "textpath": "textPath",
}

// svgAttrNames is the standard's table of svg attribute names restored
// from lower case (svgAttributeAdjustments in x/net/html).
var svgAttrNames = map[string]string{
	"attributename": "attributeName", "attributetype": "attributeType", "basefrequency": "baseFrequency",
	"baseprofile": "baseProfile", "calcmode": "calcMode", "clippathunits": "clipPathUnits",
	"diffuseconstant": "diffuseConstant", "edgemode": "edgeMode", "filterunits": "filterUnits",
	"glyphref": "glyphRef", "gradienttransform": "gradientTransform", "gradientunits": "gradientUnits",
	"kernelmatrix": "kernelMatrix", "kernelunitlength": "kernelUnitLength", "keypoints": "keyPoints",
	"keysplines": "keySplines", "keytimes": "keyTimes", "lengthadjust": "lengthAdjust",
	"limitingconeangle": "limitingConeAngle", "markerheight": "markerHeight", "markerunits": "markerUnits",
	"markerwidth": "markerWidth", "maskcontentunits": "maskContentUnits", "maskunits": "maskUnits",
	"numoctaves": "numOctaves", "pathlength": "pathLength", "patterncontentunits": "patternContentUnits",
	"patterntransform": "patternTransform", "patternunits": "patternUnits", "pointsatx": "pointsAtX",
	"pointsaty": "pointsAtY", "pointsatz": "pointsAtZ", "preservealpha": "preserveAlpha",
	"preserveaspectratio": "preserveAspectRatio", "primitiveunits": "primitiveUnits", "refx": "refX",
	"refy": "refY", "repeatcount": "repeatCount", "repeatdur": "repeatDur",
	"requiredextensions": "requiredExtensions", "requiredfeatures": "requiredFeatures",
	"specularconstant": "specularConstant", "specularexponent": "specularExponent",
	"spreadmethod": "spreadMethod", "startoffset": "startOffset", "stddeviation": "stdDeviation",
	"stitchtiles": "stitchTiles", "surfacescale": "surfaceScale", "systemlanguage": "systemLanguage",
	"tablevalues": "tableValues", "targetx": "targetX", "targety": "targetY", "textlength": "textLength",
	"viewbox": "viewBox", "viewtarget": "viewTarget", "xchannelselector": "xChannelSelector",
	"ychannelselector": "yChannelSelector", "zoomandpan": "zoomAndPan",
}

// adjustSVGAttrs renames svg attributes as the parser does: the svg
// table, then the foreign attributes, whose prefix becomes the
// Namespace (adjustForeignAttributes in x/net/html).
func adjustSVGAttrs(attrs []html.Attribute) {
	for i := range attrs {
		a := &attrs[i]
		if adj, ok := svgAttrNames[a.Key]; ok {
			a.Key = adj
			continue
		}
		switch a.Key {
		case "xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show", "xlink:title", "xlink:type",
			"xml:lang", "xml:space", "xmlns:xlink":
			colon := strings.IndexByte(a.Key, ':')
			a.Namespace, a.Key = a.Key[:colon], a.Key[colon+1:]
		}
	}
}
