package fonts

import "golang.org/x/image/font/sfnt"

// sfntBuffer wraps the scratch buffer sfnt's look-ups need.
type sfntBuffer struct{ b sfnt.Buffer }
