package address_test

import (
	"sort"
	"testing"
	"time"

	"github.com/kakanai/kakanai/internal/address"
)

// p99 runs op b.N times and reports the 99th percentile latency besides the mean, after one warm-up round over
// the inputs (the first use of a municipality builds its 町域 index; that cost is in the load figures).
func p99(b *testing.B, op func(i int)) {
	b.Helper()
	for i := 0; i < 16; i++ {
		op(i)
	}
	d := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		op(i)
		d = append(d, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	b.ReportMetric(float64(d[len(d)*99/100].Nanoseconds()), "p99-ns")
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := address.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

var zips = []string{"8380141", "8380198", "1000001", "0600042", "4300946", "9071801", "8120011", "3330801"}

func BenchmarkLookupPostalCode(b *testing.B) {
	d := address.Default()
	p99(b, func(i int) { _, _ = d.LookupPostalCode(zips[i%len(zips)]) })
}

func BenchmarkSearchKanaInitials(b *testing.B) {
	d := address.Default()
	qs := []address.Query{address.ParseInitials("ふ,お,お"), address.ParseInitials("と,し,あ"), address.ParseInitials("ほ,さ,き")}
	p99(b, func(i int) { d.Search(qs[i%len(qs)]) })
}

func BenchmarkSearchKanjiPrefix(b *testing.B) {
	d := address.Default()
	p99(b, func(i int) { d.Search(address.Query{Prefecture: "福岡", City: "小郡", Town: "三国"}) })
}

func BenchmarkTowns(b *testing.B) {
	d := address.Default()
	p99(b, func(i int) { _, _ = d.Towns("402168") })
}

var addrs = []string{"福岡県小郡市三国が丘３－１２－５ コーポ101", "福岡県小郡市大板井１３６", "北海道札幌市北区北二十九条西２丁目１－１",
	"東京都千代田区丸の内一丁目9番1号", "福岡県久留米市城南町１５－３"}

func BenchmarkNormalize(b *testing.B) {
	d := address.Default()
	p99(b, func(i int) { _, _ = d.Normalize(addrs[i%len(addrs)]) })
}

func BenchmarkIsInCity(b *testing.B) {
	d := address.Default()
	m, _ := d.DefaultMaster("402168")
	p99(b, func(i int) { d.IsInCity(m, addrs[i%len(addrs)]) })
}
