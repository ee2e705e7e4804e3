package graph

import (
	"strings"

	"github.com/kakanai/kakanai/graph/model"
	"github.com/kakanai/kakanai/internal/address"
)

func masterInfo(m *address.Master) (*model.AddressMasterInfo, error) {
	var b strings.Builder
	if err := m.WriteCSV(&b); err != nil {
		return nil, err
	}
	return &model.AddressMasterInfo{LgCode: m.LGCode, City: m.City, Source: m.Source, Towns: len(m.Towns), CSV: b.String()}, nil
}

// ptrs adapts a domain function returning values to gqlgen's list of pointers.
func ptrs[T any](values []T, err error) ([]*T, error) {
	if err != nil {
		return nil, err
	}
	out := make([]*T, len(values))
	for i := range values {
		out[i] = &values[i]
	}
	return out, nil
}
