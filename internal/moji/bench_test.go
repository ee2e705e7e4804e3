package moji_test

import (
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kakanai/kakanai/internal/address"
	"github.com/kakanai/kakanai/internal/address/holiday"
	"github.com/kakanai/kakanai/internal/moji"
)

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
		if _, err := moji.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadNames(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, err := moji.Load()
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer() // only the names
		d.NameReadings("高橋", moji.Surname, 1)
		b.StopTimer()
	}
}

func BenchmarkSearchKanjiReading(b *testing.B) {
	d := moji.Default()
	rs := []string{"たか", "やま", "こう", "ひろ", "taka"}
	p99(b, func(i int) { _, _ = d.SearchKanji(moji.KanjiQuery{Reading: rs[i%len(rs)]}) })
}

func BenchmarkSearchKanjiRadicalStrokes(b *testing.B) {
	d := moji.Default()
	p99(b, func(i int) { _, _ = d.SearchKanji(moji.KanjiQuery{Radical: "氵", Strokes: 9 + i%5}) })
}

func BenchmarkSearchKanjiComponents(b *testing.B) {
	d := moji.Default()
	p99(b, func(i int) { _, _ = d.SearchKanji(moji.KanjiQuery{Components: []string{"木", "口"}}) })
}

func BenchmarkConvert(b *testing.B) {
	d := moji.Default()
	in := []string{"髙橋", "山﨑", "葛\U000E0100飾区", "𠮷田", "渡邉"}
	p99(b, func(i int) { _, _ = d.Convert(in[i%len(in)], moji.ConvertOptions{Target: moji.TargetJISX0208}) })
}

func BenchmarkResolveSequence(b *testing.B) {
	d := moji.Default()
	p99(b, func(i int) { d.ResolveSequence("葛\U000E0100") })
}

func BenchmarkMatchKey(b *testing.B) {
	d := moji.Default()
	p99(b, func(i int) { d.MatchKey("髙橋 﨑") })
}

func BenchmarkNameReadings(b *testing.B) {
	d := moji.Default()
	ns := []string{"高橋", "髙橋", "翔太", "佐藤", "小郡"}
	p99(b, func(i int) { d.NameReadings(ns[i%len(ns)], moji.AnyPart, 10) })
}

// BenchmarkEverythingLoaded reports the memory with the address dictionary, the character dictionary, the name
// readings and the holidays all loaded (rss-MB from /proc/self/status, heap-MB after a GC).
func BenchmarkEverythingLoaded(b *testing.B) {
	for i := 0; i < b.N; i++ {
		start := time.Now()
		address.Default()
		d := moji.Default()
		d.NameReadings("高橋", moji.Surname, 1)
		holiday.IsHoliday(time.Now())
		b.ReportMetric(float64(time.Since(start).Milliseconds()), "first-load-ms")
	}
	runtime.GC()
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	b.ReportMetric(rssMB(), "rss-MB")
}

func rssMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			kb, _ := strconv.Atoi(f[1])
			return float64(kb) / 1024
		}
	}
	return 0
}
