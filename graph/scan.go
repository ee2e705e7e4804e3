package graph

import (
	"sort"

	"github.com/kakanai/kakanai/ent/schema/types"
	"github.com/kakanai/kakanai/graph/model"
	"github.com/kakanai/kakanai/internal/ocr"
)

func ocrFields(m map[string]ocr.Field) []*model.OcrField {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*model.OcrField, 0, len(keys))
	for _, k := range keys {
		f := m[k]
		out = append(out, &model.OcrField{Key: k, Value: f.Value, Confidence: f.Confidence,
			Box: &model.OcrBox{Page: f.Box.Page, X: f.Box.X, Y: f.Box.Y, W: f.Box.W, H: f.Box.H}})
	}
	return out
}

func ocrResult(r *ocr.Result) *model.OcrResult {
	out := &model.OcrResult{
		DocumentType: string(r.DocumentType), DocumentTypeLabel: r.DocumentType.Label(), IssuerLgCode: r.IssuerLgCode, IssuerConfidence: r.IssuerConfidence,
		Template: r.Template, Fields: ocrFields(r.Fields), Warnings: r.Warnings,
	}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	for _, p := range r.Persons {
		out.Persons = append(out.Persons, &model.OcrPerson{Fields: ocrFields(p)})
	}
	return out
}

func itemSources(m map[string]types.FieldSource) []*model.ItemSource {
	out := make([]*model.ItemSource, 0, len(m))
	for path, s := range m {
		out = append(out, &model.ItemSource{Path: path, DocumentID: s.DocumentID, Key: s.Key, Confidence: s.Confidence,
			Box: &model.OcrBox{Page: s.Page, X: s.X, Y: s.Y, W: s.W, H: s.H}})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}
