package graph

import (
	"image"

	"github.com/kakanai/kakanai/graph/model"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/ocr"
)

func maskProfileInput(in model.MaskProfileInput) filing.MaskProfileInput {
	out := filing.MaskProfileInput{Key: in.Key, Name: in.Name, Fields: in.Fields, Active: true}
	if in.RequiredPermission != nil {
		out.RequiredPermission = *in.RequiredPermission
	}
	if in.Active != nil {
		out.Active = *in.Active
	}
	if in.Position != nil {
		out.Position = *in.Position
	}
	return out
}

func rect(b *model.OcrBoxInput) image.Rectangle {
	if b == nil {
		return image.Rectangle{}
	}
	return image.Rect(b.X, b.Y, b.X+b.W, b.Y+b.H)
}

func sampleSpec(in model.OcrTemplateFromSampleInput) ocr.SampleSpec {
	spec := ocr.SampleSpec{ID: in.TemplateID, Name: in.Name, DocumentType: ocr.DocumentType(in.DocumentType),
		Issuers: in.Issuers, TitleBox: rect(in.TitleBox)}
	if in.PageWidthMm != nil {
		spec.PageWidthMM = *in.PageWidthMm
	}
	if in.Title != nil {
		spec.Title = *in.Title
	}
	if in.PersonSlots != nil {
		spec.PersonSlots = *in.PersonSlots
	}
	if in.PersonStride != nil {
		spec.PersonStride = image.Pt(in.PersonStride.X, in.PersonStride.Y)
	}
	for _, f := range in.Fields {
		sf := ocr.SampleField{Key: f.Key, Kind: ocr.FieldKind(f.Kind), Person: f.Person, Box: rect(f.Box)}
		if f.Label != nil {
			sf.Label = *f.Label
		}
		spec.Fields = append(spec.Fields, sf)
	}
	return spec
}
