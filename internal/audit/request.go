package audit

import (
	"context"
	"sort"
	"strconv"
	"sync"
)

type requestKey struct{}

type request struct {
	clientAddr, requestID string
	reads                 *reads
}

// WithRequest attaches the client's address and the request id to the context, and starts collecting the
// personal-data reads of the request (see NoteRead and FlushReads).
func WithRequest(ctx context.Context, clientAddr, requestID string) context.Context {
	return context.WithValue(ctx, requestKey{}, &request{clientAddr: clientAddr, requestID: requestID, reads: &reads{}})
}

func requestInfo(ctx context.Context) (clientAddr, requestID string) {
	if r, ok := ctx.Value(requestKey{}).(*request); ok {
		return r.clientAddr, r.requestID
	}
	return "", ""
}

// RequestID returns the id of the request in ctx, for logs and error responses.
func RequestID(ctx context.Context) string {
	_, id := requestInfo(ctx)
	return id
}

type reads struct {
	mu     sync.Mutex
	byType map[string]map[int]struct{}
}

// NoteRead remembers that the request read personal data of these objects. The reads are written as one record
// per object type when the request ends, instead of one record per row.
func NoteRead(ctx context.Context, objectType string, ids ...int) {
	r, ok := ctx.Value(requestKey{}).(*request)
	if !ok || len(ids) == 0 {
		return
	}
	r.reads.mu.Lock()
	defer r.reads.mu.Unlock()
	if r.reads.byType == nil {
		r.reads.byType = map[string]map[int]struct{}{}
	}
	set := r.reads.byType[objectType]
	if set == nil {
		set = map[int]struct{}{}
		r.reads.byType[objectType] = set
	}
	for _, id := range ids {
		set[id] = struct{}{}
	}
}

// FlushReads records the personal-data reads collected for the request.
func (l *Log) FlushReads(ctx context.Context) error {
	r, ok := ctx.Value(requestKey{}).(*request)
	if !ok {
		return nil
	}
	r.reads.mu.Lock()
	byType := r.reads.byType
	r.reads.byType = nil
	r.reads.mu.Unlock()
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		ids := make([]int, 0, len(byType[t]))
		for id := range byType[t] {
			ids = append(ids, id)
		}
		sort.Ints(ids)
		strs := make([]string, len(ids))
		for i, id := range ids {
			strs[i] = strconv.Itoa(id)
		}
		if err := l.Record(ctx, Event{Operation: "read", ObjectType: t, ObjectIDs: strs}); err != nil {
			return err
		}
	}
	return nil
}
