package line

import "time"

// Retries wait milliseconds in tests, not seconds.
func init() { pushWaits = []time.Duration{5 * time.Millisecond, 10 * time.Millisecond} }
