package ocr

import "testing"

// TestOddAddressEnding_A3: an address ends after its number with 号, 番, 階, 室 or 棟 or with the number itself;
// another kanji there, or a hiragana, is a misread 号 (３０８是, １０呈 and ３０７ぢ had been accepted at 0.92).
func TestOddAddressEnding_A3(t *testing.T) {
	for in, want := range map[string]string{
		"福岡県小郡市大板井１９７４番地メゾン城南３０８是":      "福岡県小郡市大板井１９７４番地メゾン城南３０８号",
		"東京都千代田区丸の内１丁目８番１０呈":            "東京都千代田区丸の内１丁目８番１０号",
		"福岡県福岡市博多区住吉４丁目９番１８号グリーンヒル３０７ぢ": "福岡県福岡市博多区住吉４丁目９番１８号グリーンヒル３０７号",
		"福岡県久留米市野中町１０５０番地１０":            "",
		"福岡県福岡市博多区住吉４丁目９番１８号":           "",
		"福岡県福岡市中央区天神２丁目３番":              "",
		"福岡県小郡市小郡３８３番地サンハイツ４階":          "",
		"福岡県小郡市小郡３８３番地サンハイツ":            "",
	} {
		got, odd := oddAddressEnding(in)
		if odd != (want != "") || (odd && got != want) {
			t.Errorf("oddAddressEnding(%q) = %q, %v; want %q", in, got, odd, want)
		}
	}
}
