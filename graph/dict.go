package graph

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
