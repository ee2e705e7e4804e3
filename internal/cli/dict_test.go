package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func runDict(t *testing.T, args ...string) []byte {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := dictCommand(context.Background(), args, &out, &errOut); err != nil {
		t.Fatalf("dict %v: %v (%s)", args, err, errOut.String())
	}
	return out.Bytes()
}

func TestDict_N_o_postal(t *testing.T) {
	var got []struct{ Prefecture, City, Town, TownKana string }
	if err := json.Unmarshal(runDict(t, "postal", "8380141"), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Prefecture != "福岡県" || got[0].City != "小郡市" || got[0].Town != "小郡" || got[0].TownKana != "オゴオリ" {
		t.Errorf("%+v", got)
	}
}

func TestDict_K_j_townsByKana(t *testing.T) {
	var got []struct{ Address string }
	if err := json.Unmarshal(runDict(t, "towns", "--kana", "ふ,お,お"), &got); err != nil {
		t.Fatal(err)
	}
	for _, p := range got {
		if p.Address == "福岡県小郡市小郡" {
			return
		}
	}
	t.Errorf("福岡県小郡市小郡 not among %d results", len(got))
}

func TestDict_A7_kanjiByReading(t *testing.T) {
	var got []struct {
		Char string
		MJ   []struct{ MJ string }
	}
	if err := json.Unmarshal(runDict(t, "kanji", "--reading", "たか"), &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range got {
		if k.Char == "髙" && len(k.MJ) > 0 && k.MJ[0].MJ == "MJ028902" {
			return
		}
	}
	t.Error("髙 with MJ028902 missing")
}

func TestDict_A7_kanjiByRadicalAndStrokes(t *testing.T) {
	var got []struct {
		Char             string
		Radical, Strokes int
	}
	if err := json.Unmarshal(runDict(t, "kanji", "--radical", "高", "--strokes", "20"), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 {
		t.Fatal("no kanji under 高 with 20 strokes")
	}
	for _, k := range got {
		if k.Radical != 189 || k.Strokes != 20 {
			t.Errorf("%+v", k)
		}
	}
}

func TestDict_I1_convert(t *testing.T) {
	var got struct{ Output string }
	if err := json.Unmarshal(runDict(t, "convert", "--to", "jisx0208", "髙橋"), &got); err != nil {
		t.Fatal(err)
	}
	if got.Output != "高橋" {
		t.Errorf("jisx0208: %q", got.Output)
	}
	if err := json.Unmarshal(runDict(t, "convert", "--to", "jisx0213", "山﨑"), &got); err != nil {
		t.Fatal(err)
	}
	if got.Output != "山﨑" {
		t.Errorf("jisx0213: %q", got.Output)
	}
}

func TestDict_N_y_incity(t *testing.T) {
	var got struct{ InCity bool }
	if err := json.Unmarshal(runDict(t, "incity", "402168", "福岡県小郡市大板井１３６"), &got); err != nil || !got.InCity {
		t.Errorf("大板井: %+v %v", got, err)
	}
	if err := json.Unmarshal(runDict(t, "incity", "402168", "福岡県小郡市小郡１２３"), &got); err != nil || !got.InCity {
		t.Errorf("小郡: %+v %v", got, err)
	}
	if err := json.Unmarshal(runDict(t, "incity", "402168", "福岡県久留米市城南町１５－３"), &got); err != nil || got.InCity {
		t.Errorf("久留米市: %+v %v", got, err)
	}
}

func TestDict_H1_resolveAdobeJapan1(t *testing.T) {
	if out := runDict(t, "resolve", "葛\U000E0100"); !strings.Contains(string(out), `"mj": "MJ022335"`) {
		t.Errorf("%s", out)
	}
}

func TestDict_errors(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := dictCommand(context.Background(), []string{"postal", "12"}, &out, &errOut); err == nil {
		t.Error("short postal code accepted")
	}
	if err := dictCommand(context.Background(), []string{"nope"}, &out, &errOut); err == nil {
		t.Error("unknown subcommand accepted")
	}
}
