// Package kenall cleans rows of Japan Post's KEN_ALL postal data (and of redistributions of it such as
// jquery-jpostal-ja) into one row per postal code and 町域, the way every consumer of that file has to: the
// 「以下に掲載がない場合」 rows, 町域 split over several rows, notes in brackets, half-width kana.
//
// It is pure and used both by the generator (internal/address/gen) and by tests with rows shaped like the real
// file.
package kenall

import (
	"strings"

	"github.com/kakanai/kakanai/internal/moji/kana"
)

// Row is one row of the postal data. Office rows (事業所個別番号) have OfficeName set; their OfficeAddress holds the
// 番地 part printed after the 町域.
type Row struct {
	Zip           string // 7 digits
	Prefecture    string
	City          string // as printed by Japan Post, with 郡 where there is one (e.g. 三井郡大刀洗町)
	Town          string // 町域; "" when the postal code covers the rest of the municipality
	OfficeAddress string
	OfficeName    string
	PrefectureKana,
	CityKana,
	TownKana string // full-width katakana after Clean
	// Note keeps what Clean removed from the 町域 in brackets (e.g. 「１～１９丁目」), for display only.
	Note string
}

// notAName lists 町域 values that say "no 町域" rather than name one; the row then covers the municipality.
var notAName = []string{"以下に掲載がない場合"}

// Clean applies the usual clean-up and returns new rows in the input order, merging rows that become identical.
//
//   - 町域 split over consecutive rows with the same postal code (an opening 「（」 closed on a later row) is joined,
//     and so is its kana;
//   - 「以下に掲載がない場合」, 「○○の次に番地がくる場合」 and 「○○一円」 (when ○○ is the municipality) become "";
//   - a trailing note in brackets (「大通西（１～１９丁目）」, 「（その他）」, 「（地階・階層不明）」 is a floor note and kept
//     in Note) is cut from the 町域 and its kana; brackets inside a name, e.g. 「（高層棟）」 before a floor, are kept;
//   - half-width katakana becomes full-width.
func Clean(rows []Row) []Row {
	joined := joinSplitRows(rows)
	out := make([]Row, 0, len(joined))
	seen := make(map[Row]bool, len(joined))
	for _, r := range joined {
		r.PrefectureKana = kana.HalfToFull(r.PrefectureKana)
		r.CityKana = kana.HalfToFull(r.CityKana)
		r.TownKana = kana.HalfToFull(r.TownKana)
		r.Town, r.TownKana, r.Note = cleanTown(r.City, r.Town, r.TownKana)
		key := r
		key.Note = ""
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, r)
	}
	return out
}

func joinSplitRows(rows []Row) []Row {
	var out []Row
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		if r.OfficeName == "" && strings.Count(r.Town, "（") > strings.Count(r.Town, "）") {
			j := i + 1
			for ; j < len(rows) && rows[j].Zip == r.Zip && rows[j].OfficeName == ""; j++ {
				r.Town += rows[j].Town
				if !strings.HasSuffix(r.TownKana, rows[j].TownKana) {
					r.TownKana += rows[j].TownKana
				}
				if strings.Count(r.Town, "（") <= strings.Count(r.Town, "）") {
					break
				}
			}
			if j >= len(rows) {
				j = len(rows) - 1
			}
			i = j
		}
		out = append(out, r)
	}
	return out
}

func cleanTown(city, town, townKana string) (string, string, string) {
	for _, n := range notAName {
		if town == n {
			return "", "", ""
		}
	}
	if strings.HasSuffix(town, "の次に番地がくる場合") {
		return "", "", ""
	}
	if strings.HasSuffix(town, "一円") && town != "一円" {
		// 「○○一円」 means the whole municipality ○○; 「一円」 alone is a real 大字 (滋賀県犬上郡多賀町一円).
		base := strings.TrimSuffix(town, "一円")
		if base == city || strings.HasSuffix(city, base) {
			return "", "", ""
		}
	}
	var note string
	if strings.HasSuffix(town, "）") {
		if open := strings.LastIndex(town, "（"); open >= 0 {
			note = town[open+len("（") : len(town)-len("）")]
			town = town[:open]
			if k := strings.LastIndex(townKana, "（"); k >= 0 {
				townKana = townKana[:k]
			}
		}
	}
	if town == "" && note != "" {
		// A row that is only a note, e.g. 「（その他）」, names nothing.
		return "", "", note
	}
	return town, townKana, note
}
