package graph

import (
	"encoding/json"
	"time"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/graph/model"
	"github.com/kakanai/kakanai/internal/citizen"
	"github.com/kakanai/kakanai/internal/navi"
)

func citizenSettings(s *citizen.Site, err error) (*model.CitizenSettings, error) {
	if err != nil {
		return nil, err
	}
	glossary, err := json.MarshalIndent(s.Glossary, "", "  ")
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	counters, err := json.MarshalIndent(s.Counters, "", "  ")
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	return &model.CitizenSettings{
		Color: s.Color, HasEmblem: s.HasEmblem, HasImage: s.HasImage, WelcomeJa: s.WelcomeJa, WelcomeEn: s.WelcomeEn,
		IdleMinutes: s.IdleMinutes, CodeValidDays: s.CodeValidDays, LiffID: s.LiffID, LineLoginChannelID: s.LineLoginChannelID,
		LineConfigured: s.LineConfigured, OwnGlossary: s.OwnGlossary, OwnCounters: s.OwnCount,
		GlossaryJSON: string(glossary), CountersJSON: string(counters), AppPath: s.AppPath,
	}, nil
}

func navigationFlow(f *navi.Flow, standard bool, updated *time.Time) (*model.NavigationFlow, error) {
	def, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	count, depth := flowShape(f.Questions, 1)
	return &model.NavigationFlow{
		ID: f.ID, Title: f.Title.Ja, Order: f.Order, Standard: standard, Customized: updated != nil, UpdatedAt: updated,
		QuestionCount: count, Depth: depth, Definition: string(def),
	}, nil
}

func navigationFlows(set *citizen.NavigationSet, err error) ([]*model.NavigationFlow, error) {
	if err != nil {
		return nil, err
	}
	standard := map[string]bool{}
	for _, id := range citizen.StandardFlowIDs() {
		standard[id] = true
	}
	out := make([]*model.NavigationFlow, 0, len(set.Flows))
	for i := range set.Flows {
		f := &set.Flows[i]
		var updated *time.Time
		if t, ok := set.Customized[f.ID]; ok {
			updated = &t
		}
		m, err := navigationFlow(f, standard[f.ID], updated)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

func codeImport(imp *citizen.Import, err error) (*model.CitizenCodeImport, error) {
	if err != nil {
		return nil, err
	}
	out := &model.CitizenCodeImport{
		Reception: imp.Reception, FlowID: imp.Flow.ID, FlowTitle: imp.Flow.Title.Ja, Persons: imp.Persons, MadeAt: imp.MadeAt,
		Procedures: []string{}, Bring: []string{},
	}
	for _, p := range imp.Evaluation.Result.Procedures {
		out.Procedures = append(out.Procedures, p.Title.Ja)
	}
	for _, b := range imp.Evaluation.Result.Bring {
		out.Bring = append(out.Bring, b.Text.Ja)
	}
	if imp.Notification != nil {
		if out.Notification, err = payload(imp.Notification, nil); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func pointers[T any](xs []T, err error) ([]*T, error) {
	if err != nil {
		return nil, err
	}
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out, nil
}

// flowShape counts the questions at every level and how deep they nest.
func flowShape(qs []navi.Question, level int) (count, depth int) {
	for _, q := range qs {
		count++
		depth = max(depth, level)
		for _, c := range q.Choices {
			n, d := flowShape(c.Questions, level+1)
			count += n
			depth = max(depth, d)
		}
	}
	return count, depth
}
