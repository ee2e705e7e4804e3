// Package citizen embeds the built citizen app (npm run build writes dist/) so that the binary serves it at /citizen/.
package citizen

import "embed"

// Dist holds dist/; it contains only .gitkeep until the app is built.
//
//go:embed all:dist
var Dist embed.FS
