module github.com/govreader/govreader/scripts/bench

go 1.26.8

require (
	codeberg.org/readeck/go-readability/v2 v2.1.3
	github.com/govreader/govreader v0.0.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/itlightning/dateparse v0.2.1 // indirect
	github.com/tdewolff/parse/v2 v2.8.20 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

replace github.com/govreader/govreader => ../..
