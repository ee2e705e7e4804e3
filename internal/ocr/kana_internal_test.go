package ocr

import (
	"testing"

	"github.com/kakanai/kakanai/internal/moji"
)

// TestCheckKana_A1: a フリガナ is judged against the dictionary readings of its name, part by part; a name whose
// 氏 and 名 ran together is judged at the split the dictionary knows (ゴトウ マコユミ for 後藤真由美 had passed).
func TestCheckKana_A1(t *testing.T) {
	e := &Engine{opts: Options{Names: NewNameReadings(moji.Default())}}
	for _, c := range []struct {
		name, kana string
		want       kanaVerdict
	}{
		{"後藤　真由美", "ゴトウ　マユミ", kanaFits},
		{"後藤　真由美", "ゴトウ　マコユミ", kanaMisread},
		{"後藤真由美", "ゴトウ　マユミ", kanaFits},
		{"後藤真由美", "ゴトウ　マコユミ", kanaMisread},
		{"後藤真由美", "サトウ　ハナコ", nameOrKanaMisread},
		{"後藤真由美", "ゴトウマユミ", kanaFits}, // the フリガナ not in two parts either: not judged
	} {
		if got := e.checkKana(c.name, c.kana); got != c.want {
			t.Errorf("checkKana(%s, %s) = %d, want %d", c.name, c.kana, got, c.want)
		}
	}
}
