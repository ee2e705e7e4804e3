// Package console embeds the built staff console (npm run build writes dist/) so that the binary serves it.
package console

import "embed"

// Dist holds dist/; it contains only .gitkeep until the console is built.
//
//go:embed all:dist
var Dist embed.FS
