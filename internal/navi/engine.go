package navi

// Evaluation is the state of a flow for a set of answers. The rules are shared with the TypeScript client
// (README.md); both must give the same result for the same answers.
type Evaluation struct {
	// Visible lists the questions shown, depth first: each top-level question, then the questions of its chosen
	// choice, recursively. The pointers point into the flow.
	Visible  []*Question `json:"-"`
	Answered int         `json:"answered"` // visible questions with a valid answer
	Total    int         `json:"total"`    // visible questions
	Progress int         `json:"progress"` // floor(100 * Answered / Total); 100 when all are answered (N-l)
	Complete bool        `json:"complete"`
	Result   Result      `json:"result"`
}

// Result is what the resident needs: procedures and things to bring as the flow defines them, the ids of the
// counters to visit, and the notes, each in first-seen order.
type Result struct {
	Procedures []Procedure `json:"procedures"`
	Bring      []BringItem `json:"bring"`
	Counters   []string    `json:"counters"`
	Notes      []L         `json:"notes"`
}

// Evaluate applies answers (question id → choice id) to the flow. Answers to questions that are not visible,
// and answers naming no choice of their question, are ignored.
func Evaluate(f *Flow, answers map[string]string) Evaluation {
	e := Evaluation{Result: Result{Procedures: []Procedure{}, Bring: []BringItem{}, Counters: []string{}, Notes: []L{}}}
	var adds []*Adds
	if f.Always != nil {
		adds = append(adds, f.Always)
	}
	var walk func(qs []Question)
	walk = func(qs []Question) {
		for i := range qs {
			q := &qs[i]
			e.Visible = append(e.Visible, q)
			c := chosen(q, answers)
			if c == nil {
				continue
			}
			e.Answered++
			if c.Adds != nil {
				adds = append(adds, c.Adds)
			}
			walk(c.Questions)
		}
	}
	walk(f.Questions)
	e.Total = len(e.Visible)
	e.Complete = e.Answered == e.Total
	if e.Complete {
		e.Progress = 100
	} else {
		e.Progress = 100 * e.Answered / e.Total
	}

	procedures := make(map[string]*Procedure, len(f.Procedures))
	for i := range f.Procedures {
		procedures[f.Procedures[i].ID] = &f.Procedures[i]
	}
	bring := make(map[string]*BringItem, len(f.Bring))
	for i := range f.Bring {
		bring[f.Bring[i].ID] = &f.Bring[i]
	}
	seen := map[string]bool{}
	once := func(kind, id string) bool {
		k := kind + "\x00" + id
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	r := &e.Result
	for _, a := range adds {
		for _, id := range a.Procedures {
			if p, ok := procedures[id]; ok && once("p", id) {
				r.Procedures = append(r.Procedures, *p)
			}
		}
		for _, id := range a.Bring {
			if b, ok := bring[id]; ok && once("b", id) {
				r.Bring = append(r.Bring, *b)
			}
		}
		for _, id := range a.Counters {
			if once("c", id) {
				r.Counters = append(r.Counters, id)
			}
		}
		r.Notes = append(r.Notes, a.Notes...)
	}
	for _, p := range r.Procedures {
		if p.Counter != "" && once("c", p.Counter) {
			r.Counters = append(r.Counters, p.Counter)
		}
	}
	return e
}

// chosen returns the choice the answers name for q, or nil.
func chosen(q *Question, answers map[string]string) *Choice {
	id, ok := answers[q.ID]
	if !ok {
		return nil
	}
	for i := range q.Choices {
		if q.Choices[i].ID == id {
			return &q.Choices[i]
		}
	}
	return nil
}

// Question returns the question with the id anywhere in the flow, or nil.
func (f *Flow) Question(id string) *Question {
	var find func(qs []Question) *Question
	find = func(qs []Question) *Question {
		for i := range qs {
			if qs[i].ID == id {
				return &qs[i]
			}
			for j := range qs[i].Choices {
				if q := find(qs[i].Choices[j].Questions); q != nil {
					return q
				}
			}
		}
		return nil
	}
	return find(f.Questions)
}
