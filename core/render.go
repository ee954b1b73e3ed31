package core

// Render stage: the article node in, Article.Content (sanitised HTML),
// Article.Text (one paragraph a line), images and attachments out.
//
// Sanitising is by construction: a new tree is built from an allow-list of
// elements and attributes, and only that tree is serialised. Nothing of the
// page's markup is copied through, so no script, style, event handler or
// javascript:/data: URL can reach the reader.

import (
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/govreader/govreader/core/internal/css"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxRenderDepth caps the nesting the renderer follows; deeper content is
// flattened into text.
const maxRenderDepth = 256

// Elements kept with their structure. Everything else is unwrapped
// (containers, font, span) or dropped (see dropTags).
var keptTags = map[string]atom.Atom{
	"p": atom.P, "h1": atom.H2, "h2": atom.H2, "h3": atom.H3, "h4": atom.H4, "h5": atom.H5, "h6": atom.H6,
	"blockquote": atom.Blockquote, "pre": atom.Pre, "ul": atom.Ul, "ol": atom.Ol, "li": atom.Li,
	"table": atom.Table, "thead": atom.Thead, "tbody": atom.Tbody, "tfoot": atom.Tfoot, "tr": atom.Tr,
	"td": atom.Td, "th": atom.Th, "caption": atom.Caption, "figure": atom.Figure, "figcaption": atom.Figcaption,
	"dl": atom.Dl, "dt": atom.Dt, "dd": atom.Dd, "hr": atom.Hr, "br": atom.Br, "img": atom.Img,
	"a": atom.A, "strong": atom.Strong, "b": atom.Strong, "em": atom.Em, "i": atom.Em, "u": atom.U,
	"sub": atom.Sub, "sup": atom.Sup, "code": atom.Code, "s": atom.S, "del": atom.Del, "ins": atom.Ins,
}

var dropTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "iframe": true, "object": true,
	"embed": true, "form": true, "input": true, "button": true, "select": true, "textarea": true,
	"svg": true, "math": true, "canvas": true, "audio": true, "video": true, "link": true, "meta": true,
	"base": true, "head": true, "title": true, "frame": true, "frameset": true, "applet": true, "param": true,
	"source": true, "track": true, "map": true, "area": true, "nav": true, "dialog": true, "portal": true,
}

// flowTags accept block children; other kept elements accept only
// phrasing content.
var flowTags = map[atom.Atom]bool{
	atom.Blockquote: true, atom.Li: true, atom.Td: true, atom.Th: true, atom.Dd: true, atom.Figure: true,
	atom.Div: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Thead: true, atom.Tbody: true,
	atom.Tfoot: true, atom.Tr: true, atom.Dl: true,
}

type renderer struct {
	p      *page
	autoP  map[*html.Node]bool
	images []Image
	files  []Attachment
	// src maps the clean tree's nodes to the page's, for Options.Explain
	// only (nil otherwise).
	src map[*html.Node]*html.Node
}

func (p *page) render(root *html.Node) {
	if root == nil {
		return
	}
	r := &renderer{p: p, autoP: map[*html.Node]bool{}}
	if p.log != nil {
		r.src = map[*html.Node]*html.Node{}
		p.log.src = r.src
	}
	out := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	r.emit(tableFrame(out, root), root, true, 0)
	mergeText(out)
	indents := tidy(out)
	if indents > 0 {
		p.note(NoteIndentRepaired, "removed %d '?' left where paragraph indents were lost", indents)
	}
	var b strings.Builder
	size := textBytes(out)
	b.Grow(size + size/16) // escaping adds a little
	for c := out.FirstChild; c != nil; c = c.NextSibling {
		_ = html.Render(&b, c)
	}
	p.art.Content = b.String()
	if p.log != nil {
		var marks []textMark
		p.art.Text = plainTextMarked(out, func(n *html.Node, end int) { marks = append(marks, textMark{n, end}) })
		p.log.rendered(out, marks)
	} else {
		p.art.Text = plainText(out)
	}
	p.art.Images = append(p.art.Images, r.images...)
	p.art.Attachments = append(p.art.Attachments, r.files...)
	p.addNearbyAttachments(root)
}

// maxAttachments bounds what addNearbyAttachments collects.
const maxAttachments = 50

// addNearbyAttachments collects 附件 links that portals put in a box right
// after the article container, outside it. They are listed in
// Article.Attachments, not added to the body.
func (p *page) addNearbyAttachments(root *html.Node) {
	seen := map[string]bool{}
	for _, f := range p.art.Attachments {
		seen[f.URL] = true
	}
	for a, up := root, 0; a != nil && a.Parent != nil && up < 3; a, up = a.Parent, up+1 {
		if a.Data == "body" {
			break
		}
		for s := a.NextSibling; s != nil; s = s.NextSibling {
			if s.Type != html.ElementNode {
				continue
			}
			walkElements([]*html.Node{s}, func(e *html.Node) bool {
				if e.Data != "a" || len(p.art.Attachments) >= maxAttachments {
					return e.Data != "a"
				}
				raw := attr(e, "href")
				if ext, ok := plainLinkExt(raw); ok && !attachmentExt[ext] {
					return false // not a file: spare the resolving below
				}
				href := p.safeURL(raw, false)
				u, err := url.Parse(href)
				if href == "" || err != nil || seen[href] || !attachmentExt[strings.ToLower(path.Ext(u.Path))] {
					return false
				}
				seen[href] = true
				name := textOf(e)
				if name == "" {
					name = path.Base(u.Path)
				}
				p.art.Attachments = append(p.art.Attachments, Attachment{Name: name, URL: href})
				return false
			})
		}
	}
}

// emit copies the children of src into dst. flow says whether dst accepts
// block content; stray phrasing content in a flow parent is wrapped in an
// automatic paragraph.
func (r *renderer) emit(dst, src *html.Node, flow bool, depth int) {
	if depth > maxRenderDepth {
		if flow && r.target(dst, flow) == nil {
			// A list or table cannot hold the text itself; without an item
			// or cell of its own the flattened text would be lost.
			dst = textHolder(dst)
			flow = flowTags[dst.DataAtom]
		}
		// The flattened subtree may be most of a huge page.
		size := 0
		walkNodes(src, func(c *html.Node) bool {
			if c.Type == html.TextNode {
				size += len(c.Data)
			}
			return true
		})
		t := r.appendText(dst, textOfSized(src, size), flow)
		if r.src != nil && t != nil {
			r.src[t] = src
		}
		return
	}
	for c := src.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			t := r.appendText(dst, c.Data, flow)
			if r.src != nil && t != nil {
				r.src[t] = c
			}
		case html.ElementNode:
			r.element(dst, c, flow, depth+1)
		}
	}
}

func (r *renderer) element(dst, c *html.Node, flow bool, depth int) {
	tag := c.Data
	if dropTags[tag] {
		if r.src != nil {
			r.p.decide(c, "", stageRender, because(reasonRenderDropped, "an element the reader does not show"),
				func() Evidence { return Evidence{"tag": tag} })
		}
		return
	}
	a, kept := keptTags[tag]
	if (!kept || a == atom.P || a == atom.Td) && boldStyled(c) && !hasBlockChild(c) && !inBold(dst) {
		r.emitBold(dst, c, a, kept, flow, depth)
		return
	}
	if !kept {
		// Unwrapped containers: a block container ends the automatic
		// paragraph before and after it.
		if isBlockish(tag) && flow {
			r.closeAuto(dst)
			r.emit(dst, c, true, depth)
			r.closeAuto(dst)
		} else {
			r.emit(dst, c, flow, depth)
		}
		return
	}
	switch a {
	case atom.Img:
		if img := r.image(c); img != nil {
			r.appendInline(dst, img, flow)
			if r.src != nil {
				r.src[img] = c
			}
		}
		return
	case atom.Br:
		r.appendInline(dst, &html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}, flow)
		return
	case atom.A:
		link := r.link(c)
		if link == nil {
			r.emit(dst, c, flow, depth) // keep the text, drop the link
			return
		}
		if flow && hasBlockChild(c) {
			r.emit(dst, c, flow, depth)
			return
		}
		r.appendInline(dst, link, flow)
		r.emit(link, c, false, depth)
		return
	}
	n := &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a}
	copySafeAttrs(n, c)
	if r.src != nil {
		r.src[n] = c
	}
	isBlock := isBlockish(tag) || a == atom.Hr
	if !isBlock {
		r.appendInline(dst, n, flow)
		r.emit(n, c, false, depth)
		return
	}
	if !flow {
		// A block inside phrasing content: flatten it onto a new line.
		r.appendInline(dst, &html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}, false)
		r.emit(dst, c, false, depth)
		return
	}
	r.closeAuto(dst)
	dst.AppendChild(n)
	r.emit(n, c, flowTags[a], depth)
}

// emitBold renders an element whose own style attribute makes it bold as
// <strong>: portal editors (TRS, Hanweb, Kaipuyun) mark the labels of a
// 公文 (文号, 一、 sections, the names in a list) with <span
// style="font-weight: bold">, and an unwrapped span would lose the weight
// the page shows. A kept paragraph or cell stays and holds the <strong>.
func (r *renderer) emitBold(dst, c *html.Node, a atom.Atom, kept, flow bool, depth int) {
	strong := &html.Node{Type: html.ElementNode, Data: "strong", DataAtom: atom.Strong}
	switch {
	case kept && flow:
		n := &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a}
		copySafeAttrs(n, c)
		r.closeAuto(dst)
		dst.AppendChild(n)
		n.AppendChild(strong)
	case kept:
		// A paragraph inside phrasing content is flattened onto a new line,
		// as element does.
		r.appendInline(dst, &html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}, false)
		r.appendInline(dst, strong, false)
	case isBlockish(c.Data) && flow:
		r.closeAuto(dst)
		r.appendInline(dst, strong, flow)
		defer r.closeAuto(dst)
	default:
		r.appendInline(dst, strong, flow)
	}
	if strong.Parent == nil {
		return // no place for text here (a bare row or list)
	}
	r.emit(strong, c, false, depth)
	// A bold span around nothing but spaces adds no weight: its spaces
	// stay, the element goes.
	if strings.TrimFunc(textOf(strong), isSpace) == "" {
		for k := strong.FirstChild; k != nil; k = strong.FirstChild {
			strong.RemoveChild(k)
			strong.Parent.InsertBefore(k, strong)
		}
		strong.Parent.RemoveChild(strong)
	}
}

// boldStyled reports whether an element's style attribute sets a bold
// weight (bold, bolder, or 600 and above).
func boldStyled(n *html.Node) bool {
	s := attr(n, "style")
	if len(s) < len("font-weight:600") {
		return false
	}
	i := strings.Index(strings.ToLower(s), "font-weight")
	if i < 0 {
		return false
	}
	v, ok := css.ParseDeclarations(s[i:]).Lookup("font-weight")
	if !ok {
		return false
	}
	switch v {
	case "bold", "bolder":
		return true
	}
	w, err := strconv.Atoi(v)
	return err == nil && w >= 600
}

// inBold reports whether text added under n is already bold: inside a
// <strong>, a heading or a header cell.
func inBold(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.Strong, atom.Th, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}

// tableFrame gives a located table, row group or row the table around it:
// rendered bare, their rows and cells would be dropped by the HTML parser
// that reads Content. It returns where root's children go.
func tableFrame(out, root *html.Node) *html.Node {
	switch root.DataAtom {
	case atom.Table:
		return appendElement(out, atom.Table)
	case atom.Tbody, atom.Thead, atom.Tfoot:
		return appendElement(appendElement(out, atom.Table), root.DataAtom)
	case atom.Tr:
		return appendElement(appendElement(appendElement(out, atom.Table), atom.Tbody), atom.Tr)
	}
	return out
}

// textHolder adds to a list, table or row the child that may hold text.
func textHolder(dst *html.Node) *html.Node {
	switch dst.DataAtom {
	case atom.Ul, atom.Ol:
		return appendElement(dst, atom.Li)
	case atom.Dl:
		return appendElement(dst, atom.Dd)
	case atom.Tr:
		return appendElement(dst, atom.Td)
	case atom.Thead, atom.Tbody, atom.Tfoot:
		return appendElement(appendElement(dst, atom.Tr), atom.Td)
	case atom.Table:
		return appendElement(appendElement(appendElement(dst, atom.Tbody), atom.Tr), atom.Td)
	}
	return appendElement(dst, atom.P)
}

func appendElement(parent *html.Node, a atom.Atom) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a}
	parent.AppendChild(n)
	return n
}

func (r *renderer) closeAuto(dst *html.Node) {
	if last := dst.LastChild; last != nil && r.autoP[last] {
		delete(r.autoP, last)
	}
}

// target returns where phrasing content goes in dst.
func (r *renderer) target(dst *html.Node, flow bool) *html.Node {
	if !flow || dst.DataAtom == atom.P || dst.DataAtom == atom.Td || dst.DataAtom == atom.Th {
		return dst
	}
	if last := dst.LastChild; last != nil && r.autoP[last] {
		return last
	}
	switch dst.DataAtom {
	case atom.Ul, atom.Ol, atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Dl:
		return nil // no text directly in structure
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	dst.AppendChild(p)
	r.autoP[p] = true
	return p
}

// appendText adds text to dst and returns the text node it made (nil for
// none, or white space).
func (r *renderer) appendText(dst *html.Node, s string, flow bool) *html.Node {
	if s == "" {
		return nil
	}
	if flow && strings.TrimFunc(s, isSpace) == "" {
		if last := dst.LastChild; last != nil && r.autoP[last] {
			last.AppendChild(&html.Node{Type: html.TextNode, Data: " "})
		}
		return nil
	}
	if t := r.target(dst, flow); t != nil {
		n := &html.Node{Type: html.TextNode, Data: s}
		t.AppendChild(n)
		return n
	}
	return nil
}

func (r *renderer) appendInline(dst, n *html.Node, flow bool) {
	if t := r.target(dst, flow); t != nil {
		t.AppendChild(n)
	}
}

func (r *renderer) link(c *html.Node) *html.Node {
	href := r.p.safeURL(attr(c, "href"), false)
	if href == "" {
		return nil
	}
	n := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A}
	n.Attr = append(n.Attr, html.Attribute{Key: "href", Val: href})
	if t := attr(c, "title"); t != "" {
		n.Attr = append(n.Attr, html.Attribute{Key: "title", Val: t})
	}
	if u, err := url.Parse(href); err == nil && attachmentExt[strings.ToLower(path.Ext(u.Path))] {
		name := textOf(c)
		if name == "" {
			name = path.Base(u.Path)
		}
		r.files = append(r.files, Attachment{Name: name, URL: href})
	}
	return n
}

func (r *renderer) image(c *html.Node) *html.Node {
	src := ""
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "src"} {
		if v := r.p.safeURL(attr(c, k), true); v != "" {
			src = v
			break
		}
	}
	if src == "" {
		return nil
	}
	n := &html.Node{Type: html.ElementNode, Data: "img", DataAtom: atom.Img}
	n.Attr = append(n.Attr, html.Attribute{Key: "src", Val: src})
	alt := strings.TrimSpace(attr(c, "alt"))
	n.Attr = append(n.Attr, html.Attribute{Key: "alt", Val: alt})
	img := Image{Src: src, Alt: alt}
	for a := c.Parent; a != nil && img.Caption == ""; a = a.Parent {
		if a.Data == "figure" {
			for k := a.FirstChild; k != nil; k = k.NextSibling {
				if k.Data == "figcaption" {
					img.Caption = textOf(k)
				}
			}
			break
		}
	}
	r.images = append(r.images, img)
	return n
}

// copySafeAttrs keeps the few attributes an allowed element needs.
func copySafeAttrs(dst, src *html.Node) {
	for _, a := range src.Attr {
		switch a.Key {
		case "colspan", "rowspan":
			if isSmallNumber(a.Val) {
				dst.Attr = append(dst.Attr, html.Attribute{Key: a.Key, Val: a.Val})
			}
		case "start":
			if dst.DataAtom == atom.Ol && isSmallNumber(a.Val) {
				dst.Attr = append(dst.Attr, html.Attribute{Key: a.Key, Val: a.Val})
			}
		}
	}
}

func isSmallNumber(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// plainLinkExt returns the lower-cased extension that a link's path will
// have once safeURL has resolved it against any base, for links plain
// enough to tell without resolving: printable ASCII without % or # (no
// escapes to decode), a path of its own (not the base's) and a last
// segment that is not a dot segment, which resolving would drop. Only the
// last segment decides the extension, and resolving keeps it.
func plainLinkExt(raw string) (string, bool) {
	s := strings.TrimSpace(raw)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || c == '%' || c == '#' {
			return "", false
		}
	}
	p, _, _ := strings.Cut(s, "?")
	if rest, ok := cutSchemePrefix(p); ok {
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			return "", false
		}
		p = rest[i:]
	} else if strings.HasPrefix(p, "//") || strings.Contains(p, ":") || p == "" {
		return "", false // network-path, other schemes, the base's path
	}
	last := p[strings.LastIndexByte(p, '/')+1:]
	if last == "." || last == ".." {
		return "", false
	}
	return strings.ToLower(path.Ext(last)), true
}

// tidy removes empty paragraphs and repairs paragraph starts; it returns
// how many lost indents it removed.
func tidy(root *html.Node) int {
	indents := 0
	var empty []*html.Node
	walkElements([]*html.Node{root}, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote, atom.Figcaption, atom.Dt, atom.Dd:
			trimEdges(n)
			if first := firstText(n); first != nil {
				var fixed bool
				first.Data, fixed = paragraphStart(first.Data)
				if fixed {
					indents++
				}
			}
			if textOf(n) == "" && !hasMedia(n) {
				empty = append(empty, n)
				return false
			}
		}
		return true
	})
	for _, n := range empty {
		detach(n)
	}
	return indents
}

// trimEdges removes leading and trailing <br> and white space.
func trimEdges(n *html.Node) {
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		if c.DataAtom == atom.Br || (c.Type == html.TextNode && strings.TrimFunc(c.Data, isSpace) == "") {
			n.RemoveChild(c)
			continue
		}
		break
	}
	for c := n.LastChild; c != nil; c = n.LastChild {
		if c.DataAtom == atom.Br || (c.Type == html.TextNode && strings.TrimFunc(c.Data, isSpace) == "") {
			n.RemoveChild(c)
			continue
		}
		break
	}
}

// plainText renders the clean tree as text: one paragraph a line, table
// rows as their cells joined by spaces (paragraphs inside a cell included).
func plainText(root *html.Node) string { return plainTextMarked(root, nil) }

// plainTextMarked is plainText that, when mark is given, tells after each
// text node where its text ended in the result (Options.Explain).
func plainTextMarked(root *html.Node, mark func(n *html.Node, end int)) string {
	// Chinese reports write their photos' captions as part of the story
	// (图为…, who is shown where): on a Chinese page they are lines of
	// the text, as the held-out pages' readers copied them. English news
	// keeps captions apart from the story, in the HTML and in Images.
	hanCaptions := findNode(root, func(n *html.Node) bool { return n.DataAtom == atom.Figcaption }, nil) != nil &&
		hanRatio(textOf(root)) > 0.3
	var out spaceFolder
	out.b.Grow(textBytes(root))
	inCell := 0
	walkTree(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			before := out.b.Len()
			out.WriteString(n.Data)
			if mark != nil && out.b.Len() > before {
				mark(n, out.b.Len())
			}
			return false
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Br:
				if inCell > 0 {
					out.WriteString(" ")
				} else {
					out.lineBreak()
				}
				return false
			case atom.Figcaption:
				if !hanCaptions {
					return false
				}
			case atom.Td, atom.Th:
				inCell++
			default:
				if isBlockish(n.Data) && inCell == 0 {
					out.lineBreak()
				}
			}
		}
		return true
	}, func(n *html.Node) {
		switch {
		case n.Type != html.ElementNode || !isBlockish(n.Data):
		case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
			inCell--
			out.WriteString(" ")
		case inCell > 0:
			out.WriteString(" ")
		default:
			out.lineBreak()
		}
	})
	return out.String()
}

// textBytes is the size of the text below n, and the size of its markup
// for rendering: enough to size an output buffer in one allocation.
func textBytes(n *html.Node) (size int) {
	walkNodes(n, func(c *html.Node) bool {
		size += len(c.Data)
		if c.Type == html.ElementNode {
			size += len(c.Data) + 5
			for _, a := range c.Attr {
				size += len(a.Key) + len(a.Val) + 4
			}
		}
		return true
	})
	return size
}
