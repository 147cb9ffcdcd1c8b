package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkStatusDuringBurst drops 3,000 files into a watched folder and
// calls Status every 5 ms until all are indexed: Status must never wait
// for a commit. It reports Status's p50 and max latency during the burst
// and, as the baseline in the same process, while idle.
//
//	go test -run '^$' -bench StatusDuringBurst -benchtime 1x ./watch
func BenchmarkStatusDuringBurst(b *testing.B) {
	const files = 3000
	for range b.N {
		ix := openIndex(b)
		dir := b.TempDir()
		w := startWatcher(b, ix, dir, Options{Logger: discardLogger(), MinFreeBytes: -1})
		probe := func(n int) []time.Duration {
			var d []time.Duration
			for range n {
				start := time.Now()
				w.Status()
				d = append(d, time.Since(start))
				time.Sleep(5 * time.Millisecond)
			}
			return d
		}
		idle := probe(200)
		go func() {
			for i := range files {
				p := filepath.Join(dir, fmt.Sprintf("d%d", i%10), fmt.Sprintf("f-%04d.txt", i))
				os.MkdirAll(filepath.Dir(p), 0o755)
				os.WriteFile(p, article(fmt.Sprintf("عنوان %d", i), fmt.Sprintf("قصف على البوكمال رقم %d في دير الزور.", i)), 0o644)
			}
		}()
		var busy []time.Duration
		deadline := time.Now().Add(5 * time.Minute)
		for time.Now().Before(deadline) {
			busy = append(busy, probe(20)...)
			if n, _ := ix.Count(); n == files && w.Status().Pending == 0 {
				break
			}
		}
		if n, _ := ix.Count(); n != files {
			b.Fatalf("%d of %d files indexed", n, files)
		}
		b.ReportMetric(float64(percentile(idle, 0.5).Microseconds()), "idle-p50-µs")
		b.ReportMetric(float64(percentile(idle, 1).Microseconds()), "idle-max-µs")
		b.ReportMetric(float64(percentile(busy, 0.5).Microseconds()), "burst-p50-µs")
		b.ReportMetric(float64(percentile(busy, 1).Microseconds()), "burst-max-µs")
		b.ReportMetric(float64(len(busy)), "burst-probes")
	}
}
