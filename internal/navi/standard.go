package navi

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"sync"

	"gopkg.in/yaml.v3"
)

// The standard templates (N-aa): what a municipality starts from and edits into its own copy. The counters'
// places and hours are placeholders in the common 市役所 style, not any real municipality's.
//
//go:embed standard/*.yaml
var standardFS embed.FS

var standard = sync.OnceValues(func() (standardSet, error) {
	var s standardSet
	if err := readYAML("standard/glossary.yaml", &s.glossary); err != nil {
		return s, err
	}
	if err := readYAML("standard/counters.yaml", &s.counters); err != nil {
		return s, err
	}
	names, err := fs.Glob(standardFS, "standard/flow-*.yaml")
	if err != nil {
		return s, err
	}
	for _, name := range names {
		data, err := standardFS.ReadFile(name)
		if err != nil {
			return s, err
		}
		f, err := ParseFlow(data)
		if err != nil {
			return s, fmt.Errorf("%s: %w", name, err)
		}
		s.flows = append(s.flows, *f)
	}
	sort.SliceStable(s.flows, func(i, j int) bool { return s.flows[i].Order < s.flows[j].Order })
	return s, nil
})

type standardSet struct {
	flows    []Flow
	glossary []Term
	counters []Counter
}

func readYAML(name string, v any) error {
	data, err := standardFS.ReadFile(name)
	if err != nil {
		return err
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// Standard returns fresh copies of the standard flows (in display order), glossary and counters; a caller may
// change them freely. The embedded files are checked by the tests, so a parse failure here is a build defect.
func Standard() ([]Flow, []Term, []Counter) {
	s, err := standard()
	if err != nil {
		panic("navi: standard templates: " + err.Error())
	}
	flows := make([]Flow, len(s.flows))
	for i := range s.flows {
		flows[i] = cloneFlow(&s.flows[i])
	}
	return flows, append([]Term(nil), s.glossary...), append([]Counter(nil), s.counters...)
}

// cloneFlow deep-copies a flow by an encoding round trip: a flow is plain data, and this cannot miss a nested
// slice the way a hand-written copy could.
func cloneFlow(f *Flow) Flow {
	data, err := json.Marshal(f)
	if err != nil {
		panic(err)
	}
	var c Flow
	if err := json.Unmarshal(data, &c); err != nil {
		panic(err)
	}
	return c
}
