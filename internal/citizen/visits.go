package citizen

import (
	"context"
	"slices"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/accesscount"
	"github.com/kakanai/kakanai/internal/address"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/moji"
	"github.com/kakanai/kakanai/internal/moji/kana"
	"github.com/kakanai/kakanai/internal/store"
)

// Channels a navigation can be opened from (N-z): the browser, LINE, a link on the city's website (?ch=site) and
// the QR code on a poster (?ch=poster).
var Channels = []string{"web", "line", "site", "poster", "other"}

// RecordVisit counts one start of a navigation (N-z). Only the day, the life event and the channel are kept.
func (s *Service) RecordVisit(ctx context.Context, lgCode, event, channel string) error {
	ctx, t, err := s.residentContext(ctx, lgCode)
	if err != nil {
		return err
	}
	if !slices.Contains(Channels, channel) {
		return kakanai.Invalid("channel", "channel は %s のいずれかです。", strings.Join(Channels, ", "))
	}
	site, err := s.site(ctx)
	if err != nil {
		return err
	}
	set, err := s.navigation(ctx, site)
	if err != nil {
		return err
	}
	if set.Flow(event) == nil {
		return kakanai.Invalid("event", "この手続きナビ（%s）はありません。", event)
	}
	day := juki.TodayInJapan(s.Now()).ISO()
	err = s.client.AccessCount.Create().SetTenantID(t.ID).SetDay(day).SetEvent(event).SetChannel(channel).SetCount(1).
		OnConflictColumns(accesscount.FieldTenantID, accesscount.FieldDay, accesscount.FieldEvent, accesscount.FieldChannel).
		Update(func(u *ent.AccessCountUpsert) { u.AddCount(1) }).Exec(ctx)
	return store.Err(err, "アクセス数")
}

// AccessCount is one row of the access report.
type AccessCount struct {
	Day     string
	Event   string
	Channel string
	Count   int
}

// AccessCounts returns the counts of the days from..to (YYYY-MM-DD, both included), by day, event and channel.
func (s *Service) AccessCounts(ctx context.Context, from, to string) ([]AccessCount, error) {
	if _, err := authz.Require(ctx, authz.PermReportRead); err != nil {
		return nil, err
	}
	f, err := juki.ParseDate(from)
	if err != nil {
		return nil, kakanai.Invalid("from", "開始日を正しい日付で入力してください。")
	}
	t, err := juki.ParseDate(to)
	if err != nil {
		return nil, kakanai.Invalid("to", "終了日を正しい日付で入力してください。")
	}
	if t.ISO() < f.ISO() {
		return nil, kakanai.Invalid("to", "終了日は開始日以降の日付にしてください。")
	}
	rows, err := s.client.AccessCount.Query().
		Where(accesscount.DayGTE(f.ISO()), accesscount.DayLTE(t.ISO())).
		Order(ent.Asc(accesscount.FieldDay), ent.Asc(accesscount.FieldEvent), ent.Asc(accesscount.FieldChannel)).
		Limit(10000).All(ctx)
	if err != nil {
		return nil, store.Err(err, "アクセス数")
	}
	out := make([]AccessCount, len(rows))
	for i, r := range rows {
		out[i] = AccessCount{Day: r.Day, Event: r.Event, Channel: r.Channel, Count: r.Count}
	}
	return out, nil
}

// PostalEntry is one 町域 of a postal code, with whether it lies in the tenant's city (N-o, N-y).
type PostalEntry struct {
	PostalCode string `json:"postalCode"`
	Prefecture string `json:"prefecture"`
	City       string `json:"city"`
	Town       string `json:"town"`
	LgCode     string `json:"lgCode"`
	InCity     bool   `json:"inCity"`
}

// Postal looks a postal code up for the resident's address entry. The code is not stored or logged.
func (s *Service) Postal(ctx context.Context, lgCode, code string) ([]PostalEntry, error) {
	_, t, err := s.residentContext(ctx, lgCode)
	if err != nil {
		return nil, err
	}
	dict := address.Default()
	entries, err := dict.LookupPostalCode(code)
	if err != nil {
		return nil, err
	}
	city, _ := dict.Municipality(t.LgCode)
	out := make([]PostalEntry, 0, len(entries))
	for _, e := range entries {
		if e.OfficeName != "" {
			continue // a company's own code says nothing about where a household lives
		}
		in := e.LGCode == t.LgCode || (city.FullName != "" && e.Prefecture == city.Prefecture && strings.HasPrefix(e.City, city.FullName))
		out = append(out, PostalEntry{PostalCode: e.PostalCode, Prefecture: e.Prefecture, City: e.City, Town: e.Town, LgCode: e.LGCode, InCity: in})
	}
	if len(out) == 0 {
		return nil, kakanai.Errorf(kakanai.ENOTFOUND, "この郵便番号は住所の郵便番号ではありません。")
	}
	return out, nil
}

// Kana returns the likely readings of a name part in hiragana, for the resident's ふりがな where the browser
// saw no IME composition (N-n).
func Kana(text, part string) []string {
	p := moji.AnyPart
	switch part {
	case "family":
		p = moji.Surname
	case "given":
		p = moji.GivenName
	}
	text = strings.TrimSpace(text)
	if text == "" || len([]rune(text)) > 20 {
		return []string{}
	}
	out := []string{}
	for _, r := range moji.NameReadings(text, p, 5) {
		out = append(out, kana.ToHiragana(r.Reading))
	}
	return out
}
