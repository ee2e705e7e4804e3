// Package types holds the Go types of JSON columns, apart from the schema so that the generated code can
// import them without importing the schema (and its privacy rules).
package types

// FieldSource says where an item of a 届出 was read: which source document, where on it, how sure.
type FieldSource struct {
	DocumentID int     `json:"documentId"`
	Key        string  `json:"key"`
	Page       int     `json:"page"`
	X          int     `json:"x"`
	Y          int     `json:"y"`
	W          int     `json:"w"`
	H          int     `json:"h"`
	Confidence float64 `json:"confidence"`
}
