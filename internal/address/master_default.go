package address

// defaultChome lists the 丁目 of the 町 that the postal data names without them, per city. [推定]: the postal data
// (KEN_ALL) gives one code to 三国が丘 and does not say how many 丁目 it has, and no source in shared/DATA.md lists
// 町丁目; these counts are from general knowledge of the towns and must be confirmed against the city's own
// 住所マスタ. Because of that, a master built from them (Source "default") only warns about an unknown 丁目; a
// master imported from the city's CSV decides.
var defaultChome = map[string]map[string][]int{
	"402168": { // 福岡県小郡市
		"三国が丘": seq(1, 7),
		"希みが丘": seq(1, 6),
		"美鈴が丘": seq(1, 6),
		"美鈴の杜": seq(1, 6),
		"祇園":   seq(1, 2),
	},
}

func seq(from, to int) []int {
	out := make([]int, 0, to-from+1)
	for n := from; n <= to; n++ {
		out = append(out, n)
	}
	return out
}
