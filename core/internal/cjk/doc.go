// Package cjk holds the character-level helpers Chinese text needs and
// that know nothing of web pages: NFKC with a fast path for the runes
// Chinese prose is made of, Han and ideograph tests, the decoding of Han
// characters from their bytes in hot loops, and a bit set of the Basic
// Multilingual Plane.
package cjk
