package core

// How a seller is reached, read from text: a messaging id behind its
// app's name, a mobile number. The spam, injected and metadata stages all
// ask; none of them owns it.

import "github.com/govreader/govreader/core/internal/gate"

// advertHandleMarks finds whether a text may hold a contactHandle.
var advertHandleMarks = gate.NewPhrases(handleMarks)

// maxHandleBytes bounds a contactHandle match from its mark on: the
// longest app name, a label, spaces and a 32-letter id.
const maxHandleBytes = 64

// writesHandle reports whether folded text holds a contactHandle. The
// regexp reads only the text at each of handleMarks, never the whole of
// a page: share bars put 微信 and QQ on every one.
func writesHandle(folded string) bool {
	m := advertHandleMarks
	prev := 0 // where the rune before i starts: the bare @ looks at it
	for i, r := range folded {
		if m.MayStart(r) && m.StartsAt(folded, i, r) {
			end := min(len(folded), i+maxHandleBytes)
			if contactHandle.MatchString(folded[prev:end]) {
				return true
			}
		}
		prev = i
	}
	return false
}

// writesHandleIn is writesHandle of text not yet folded.
func writesHandleIn(text string) bool {
	folded, _ := foldSpam(text)
	return writesHandle(folded)
}

// privateContact reports a mobile number or a messaging id in text: how
// a seller is reached. An office gives a landline.
func privateContact(text string) bool {
	folded, compact := foldSpam(text)
	if countDigits(folded) >= 11 && (mobilePhone.MatchString(folded) || mobilePhone.MatchString(compact)) {
		return true
	}
	return advertHandleMarks.In(folded) && writesHandle(folded)
}
