// Package ocr reads what a resident brings to the counter — 転出証明書 (standard and legacy layouts),
// 転出証明書に準ずる証明書, 戸籍全部事項証明書, 戸籍の附票, 在留カード, 特別永住者証明書, 運転免許証 (front and back) and
// マイナンバーカード — from JPEG, PNG, TIFF or PDF, and returns the fields in the stable schema of issue 5
// (Result). It is pure domain code: no database, no HTTP; the service calls Engine.Read from a job.
//
// The pipeline (README.md in this directory has the details and the measured numbers):
//
//  1. decode (PDF pages through pdftoppm at 300 dpi);
//  2. perspective correction of photos (the document's edges), deskew (projection profile of the text);
//  3. rulings → the layout's frame; templates (定義体) are scored by their ruling signature and confirmed by
//     reading their title; cards by their title alone (text, else glyph match);
//  4. every field box is cut, cleaned, scaled to 36-pixel characters and read with psm 7 by a pool of reused
//     Tesseract clients (jpn, or eng for digits and Latin names); a value that fails its check is read again
//     from other preparations;
//  5. parsers from internal/juki (dates, 在留期間, check digits), post-correction (internal/address for
//     addresses, fixed vocabularies, 丁目/号 fixes) and glyph verification against IPAmj明朝 for names (variant
//     kanji the stock model cannot emit) and for one-character fields;
//  6. a layout without a template is read by its labels (template-free reader).
package ocr
