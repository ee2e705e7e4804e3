// Package forms turns a layout definition and the items of a 届出 into the paper form: a PDF in IPAmj明朝 for
// printing and the archive (K-e, E1, H1) and an SVG for the console, where every item is clickable to its input
// (K-d). Layouts are data (K-k, G1): a JSON document that a municipality can replace with its own form. Masked
// copies (K-u) black out chosen items and leave their text out of the file.
//
// The package is pure: no database, no HTTP. Items are addressed by the JSON paths of juki.Notification
// (newAddress.line, persons.0.familyName …), the same paths validation issues point at.
//
// One layout drives both outputs through one plan of pages (plan.go): text is measured with the font's own
// advance widths, wrapped and shrunk once, then drawn by the PDF writer and the SVG writer alike, so the console
// shows exactly what the printer prints.
package forms
