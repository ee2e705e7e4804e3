// Package searchbench seeds synthetic 届出 and measures the typical searches of the counter (F1, K-p, R7):
// `kakanai bench search [--n 1000000]`. The people are generated from common name parts; none is real.
package searchbench

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/notification"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/store"
)

var (
	families = []struct{ kanji, kana string }{
		{"佐藤", "さとう"}, {"鈴木", "すずき"}, {"高橋", "たかはし"}, {"髙橋", "たかはし"}, {"田中", "たなか"}, {"伊藤", "いとう"},
		{"渡辺", "わたなべ"}, {"山本", "やまもと"}, {"中村", "なかむら"}, {"小林", "こばやし"}, {"加藤", "かとう"}, {"吉田", "よしだ"},
		{"山田", "やまだ"}, {"佐々木", "ささき"}, {"山口", "やまぐち"}, {"松本", "まつもと"}, {"井上", "いのうえ"}, {"木村", "きむら"},
		{"林", "はやし"}, {"斎藤", "さいとう"}, {"清水", "しみず"}, {"山崎", "やまさき"}, {"﨑山", "さきやま"}, {"森", "もり"},
		{"池田", "いけだ"}, {"橋本", "はしもと"}, {"阿部", "あべ"}, {"石川", "いしかわ"}, {"前田", "まえだ"}, {"藤田", "ふじた"},
	}
	givens = []struct{ kanji, kana string }{
		{"一郎", "いちろう"}, {"花子", "はなこ"}, {"翔太", "しょうた"}, {"陽菜", "ひな"}, {"蓮", "れん"}, {"結衣", "ゆい"},
		{"大翔", "ひろと"}, {"美咲", "みさき"}, {"健太", "けんた"}, {"さくら", "さくら"}, {"悠真", "ゆうま"}, {"葵", "あおい"},
		{"湊", "みなと"}, {"凛", "りん"}, {"誠", "まこと"}, {"恵子", "けいこ"}, {"浩", "ひろし"}, {"明美", "あけみ"},
	}
	reasons = []string{"move_in", "move_in", "move_in", "move_within", "move_within", "move_out", "move_out", "move_in_special", "head_change"}
)

// Seed inserts n synthetic 届出 (1–4 persons each) for the viewer's tenant, spread over three years, in
// batches. It bypasses the service (no validation, no sealing) because only the search columns matter here.
func Seed(ctx context.Context, client *ent.Client, tenantID, n int, progress io.Writer) error {
	ctx = store.SystemContext(ctx)
	rng := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	const batch = 500
	for done := 0; done < n; done += batch {
		size := min(batch, n-done)
		err := store.WithTx(ctx, client, func(tx *ent.Tx) error {
			ns := make([]*ent.NotificationCreate, size)
			for i := range ns {
				moved := start.AddDate(0, 0, rng.IntN(3*365))
				ns[i] = tx.Notification.Create().SetTenantID(tenantID).SetReason(reasons[rng.IntN(len(reasons))]).
					SetStatus(notification.StatusCompleted).SetMovedOn(moved.Format("2006-01-02")).SetMovedDate(moved).
					SetNewAddress("福岡県小郡市小郡" + fmt.Sprint(rng.IntN(3000)+1) + "番地").SetSourceLgCode("402036")
			}
			saved, err := tx.Notification.CreateBulk(ns...).Save(ctx)
			if err != nil {
				return err
			}
			var ps []*ent.PersonCreate
			for _, nn := range saved {
				fam := families[rng.IntN(len(families))]
				for pos := range 1 + rng.IntN(4) {
					g := givens[rng.IntN(len(givens))]
					birth := time.Date(1940+rng.IntN(84), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
					ps = append(ps, tx.Person.Create().SetTenantID(tenantID).SetNotificationID(nn.ID).SetPosition(pos).
						SetFamilyName(fam.kanji).SetGivenName(g.kanji).SetFamilyNameKana(fam.kana).SetGivenNameKana(g.kana).
						SetBirthDate(birth.Format("2006-01-02")).SetBirthDay(birth).
						SetNameKey(filing.NameKey(fam.kanji+g.kanji)).SetKanaKey(filing.KanaKey(fam.kana+g.kana)))
				}
			}
			return tx.Person.CreateBulk(ps...).Exec(ctx)
		})
		if err != nil {
			return fmt.Errorf("seeding: %w", err)
		}
		if progress != nil && (done/batch)%200 == 0 {
			fmt.Fprintf(progress, "seeded %d/%d\n", done+size, n)
		}
	}
	return nil
}

// Case is one kind of search staff run.
type Case struct {
	Name   string
	Filter func(r *rand.Rand) filing.Filter
}

// Cases are the typical searches: by name (kanji and kana start), birth date, a month of 異動日 with status.
var Cases = []Case{
	{"氏名（漢字の前方一致）", func(r *rand.Rand) filing.Filter { return filing.Filter{Name: families[r.IntN(len(families))].kanji} }},
	{"氏名（かなの前方一致）", func(r *rand.Rand) filing.Filter {
		f, g := families[r.IntN(len(families))], givens[r.IntN(len(givens))]
		return filing.Filter{Name: f.kana + g.kana[:3]}
	}},
	{"生年月日", func(r *rand.Rand) filing.Filter {
		return filing.Filter{BirthDate: time.Date(1940+r.IntN(84), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC).Format("2006-01-02")}
	}},
	{"異動日（1か月）＋状態", func(r *rand.Rand) filing.Filter {
		from := time.Date(2024, time.Month(1+r.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
		return filing.Filter{MovedFrom: from.Format("2006-01-02"), MovedTo: from.AddDate(0, 1, -1).Format("2006-01-02"), Statuses: []notification.Status{notification.StatusCompleted}}
	}},
	{"氏名＋生年月日", func(r *rand.Rand) filing.Filter {
		return filing.Filter{Name: families[r.IntN(len(families))].kanji, BirthDate: time.Date(1940+r.IntN(84), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC).Format("2006-01-02")}
	}},
}

// Result is the latency of one case.
type Result struct {
	Case          string
	P50, P95, P99 time.Duration
}

// Run performs each case `runs` times as the console's search does through GraphQL: the first page of 20,
// newest first (entgql fetches 21 to know whether there is a next page), and the count capped at
// filing.SearchCountCap.
func Run(ctx context.Context, svc *filing.Service, viewer *authz.Viewer, runs int) ([]Result, error) {
	ctx = authz.NewContext(ctx, viewer)
	rng := rand.New(rand.NewPCG(3, 4))
	first := 20
	var out []Result
	for _, c := range Cases {
		times := make([]time.Duration, 0, runs)
		for range runs {
			q, err := svc.Search(ctx, c.Filter(rng))
			if err != nil {
				return nil, err
			}
			t0 := time.Now()
			if _, err := q.Clone().Order(ent.Desc(notification.FieldUpdatedAt), ent.Desc(notification.FieldID)).Limit(first + 1).All(ctx); err != nil {
				return nil, fmt.Errorf("%s: %w", c.Name, err)
			}
			if _, err := filing.CountUpTo(ctx, q, filing.SearchCountCap); err != nil {
				return nil, fmt.Errorf("%s: %w", c.Name, err)
			}
			times = append(times, time.Since(t0))
		}
		slices.Sort(times)
		pick := func(p float64) time.Duration { return times[min(len(times)-1, int(p*float64(len(times))))] }
		out = append(out, Result{Case: c.Name, P50: pick(0.50), P95: pick(0.95), P99: pick(0.99)})
	}
	return out, nil
}
