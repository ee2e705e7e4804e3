package ocr

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	kakanai "github.com/kakanai/kakanai"
)

// A Template (定義体) says where each field of one layout is printed. Templates are data: JSON, versioned, per
// document type and issuing municipality, owned by one tenant or by the library shared across tenants (B2).
// Positions are millimetres in the layout's reference frame, so that a scan at any resolution registers to it.
type Template struct {
	ID           string       `json:"id"`                 // stable name, e.g. "moveout-standard"
	Version      int          `json:"version"`            // bumped on every change; results name "id@version"
	DocumentType DocumentType `json:"documentType"`       // what the layout is
	Name         string       `json:"name"`               // description for the console, Japanese
	Tenant       string       `json:"tenant,omitempty"`   // owning tenant; "" = shared library
	Issuers      []string     `json:"issuers,omitempty"`  // 全国地方公共団体コード of municipalities known to print it
	Media        Media        `json:"media"`              // page or card
	Side         string       `json:"side,omitempty"`     // "front" or "back" for cards
	Frame        Frame        `json:"frame"`              // the reference frame the boxes are relative to
	Title        TitleDef     `json:"title"`              // the printed title, read to confirm the type
	Lines        LineSig      `json:"lines"`              // positions of the long rulings, to tell layouts apart
	Fields       []FieldDef   `json:"fields"`             // the fields, person slot 0 for repeated ones
	Persons      *PersonSlots `json:"persons,omitempty"`  // how person blocks repeat
	Source       string       `json:"source,omitempty"`   // where the layout comes from (generator, sample image, …)
	Verified     bool         `json:"verified,omitempty"` // checked against a real certificate of the issuer
}

// Media is the physical kind of document.
type Media string

const (
	MediaPage Media = "page" // A4/B5 certificates
	MediaCard Media = "card" // ID-1 cards (85.6 × 54 mm)
)

// Frame is the reference rectangle. Kind "table": the bounding box of the long horizontal rulings (found on any
// scan; survives margins and shifts); "page": the page edges; "card": the card edges after perspective
// correction. X, Y give the frame's top-left on the page (mm), PageW/PageH the page size.
type Frame struct {
	Kind string `json:"kind"`
	// AlignRows refines a card's vertical placement from its text rows (for cards whose scans are cropped
	// differently, such as the 在留カード).
	AlignRows bool    `json:"alignRows,omitempty"`
	X         float64 `json:"x"`
	Y         float64 `json:"y"`
	W         float64 `json:"w"`
	H         float64 `json:"h"`
	PageW     float64 `json:"pageW"`
	PageH     float64 `json:"pageH"`
}

// Rect is a box in millimetres relative to the frame's top-left.
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// TitleDef is the title text and where it is printed.
type TitleDef struct {
	Text string `json:"text"`
	Box  Rect   `json:"box"`
}

// LineSig lists the y of long horizontal rulings and the x of long vertical ones, in frame millimetres.
type LineSig struct {
	H []float64 `json:"h"`
	V []float64 `json:"v"`
}

// PersonSlots says that person blocks repeat Slots times, each shifted by (DX, DY) mm from the previous.
type PersonSlots struct {
	Slots int     `json:"slots"`
	DX    float64 `json:"dx"`
	DY    float64 `json:"dy"`
}

// FieldKind selects the recogniser, the parser and the post-correction of a field.
type FieldKind string

const (
	KindName            FieldKind = "name"            // a Japanese name; variant kanji verified against IPAmj明朝
	KindKana            FieldKind = "kana"            // フリガナ
	KindRoman           FieldKind = "roman"           // a name in capital Latin letters
	KindDate            FieldKind = "date"            // any date juki.ParseDate reads → YYYY-MM-DD
	KindAddress         FieldKind = "address"         // an address; 丁目/番地 fixes, full-width digits
	KindDigits          FieldKind = "digits"          // 住民票コード, 個人番号, 免許証番号 (check digits decide)
	KindCardNumber      FieldKind = "cardNumber"      // AB12345678CD
	KindSex             FieldKind = "sex"             // 男/女
	KindRelationship    FieldKind = "relationship"    // 続柄
	KindNationality     FieldKind = "nationality"     // 国籍・地域
	KindResidenceStatus FieldKind = "residenceStatus" // 在留資格
	KindWorkRestriction FieldKind = "workRestriction" // 就労制限の有無
	KindPeriod          FieldKind = "period"          // 在留期間 as printed, 5年 → 0500000
	KindCardPeriod      FieldKind = "cardPeriod"      // 4年3月（2018年10月20日） → periodOfStay and periodExpiry
	KindExpiry          FieldKind = "expiry"          // 2018年10月20日まで有効 → date
	KindDateParts       FieldKind = "dateParts"       // year, month and day read from the boxes in Parts
	KindNote            FieldKind = "note"            // a 備考 line: 令和5年4月1日 住所 … (運転免許証 back)
	KindIssuer          FieldKind = "issuer"          // 福岡県久留米市長 → issuerLgCode
	KindText            FieldKind = "text"            // free text
)

// FieldKinds lists every kind a template may use.
func FieldKinds() []FieldKind {
	return []FieldKind{KindName, KindKana, KindRoman, KindDate, KindAddress, KindDigits, KindCardNumber, KindSex,
		KindRelationship, KindNationality, KindResidenceStatus, KindWorkRestriction, KindPeriod, KindCardPeriod,
		KindExpiry, KindDateParts, KindNote, KindIssuer, KindText}
}

// FieldDef is one field of a template. Key is an output key, or an internal one starting with "_" (the issuer,
// 備考 lines). Person is -1 for document-level fields, else the slot (0 for repeated fields).
type FieldDef struct {
	Key    string    `json:"key"`
	Kind   FieldKind `json:"kind"`
	Box    Rect      `json:"box"`
	Person int       `json:"person"`
	Label  string    `json:"label,omitempty"` // the printed label, for the console and the template-free reader
	Font   string    `json:"font,omitempty"`  // "mincho" or "gothic", a hint for glyph verification
	// Parts are the boxes of the year (4 digits), month and day of a KindDateParts field, for dates whose digits
	// are printed into a pre-printed 年(　　年)　月　日 line (運転免許証 有効期限).
	Parts []Rect `json:"parts,omitempty"`
}

// Ref returns "id@version".
func (t *Template) Ref() string { return fmt.Sprintf("%s@%d", t.ID, t.Version) }

// Validate checks what the reader relies on.
func (t *Template) Validate() error {
	switch {
	case t.ID == "" || strings.ContainsAny(t.ID, "@/ "):
		return kakanai.Invalid("id", "定義体のIDは空白・@・/を含まない文字列で指定してください")
	case t.Version < 1:
		return kakanai.Invalid("version", "定義体の版は1以上で指定してください")
	case t.Media != MediaPage && t.Media != MediaCard:
		return kakanai.Invalid("media", "媒体は page または card で指定してください")
	case t.Frame.W <= 0 || t.Frame.H <= 0:
		return kakanai.Invalid("frame", "基準枠の大きさを指定してください")
	case len(t.Fields) == 0:
		return kakanai.Invalid("fields", "項目を1つ以上指定してください")
	}
	known := false
	for _, d := range DocumentTypes() {
		known = known || d == t.DocumentType
	}
	if !known {
		return kakanai.Invalid("documentType", "書類の種類が不明です")
	}
	keys := map[string]bool{}
	for _, k := range Keys() {
		keys[k] = true
	}
	for i, f := range t.Fields {
		if !keys[f.Key] && !strings.HasPrefix(f.Key, "_") {
			return kakanai.Invalid(fmt.Sprintf("fields.%d.key", i), "項目名 %q は出力項目にありません", f.Key)
		}
		if !slices.Contains(FieldKinds(), f.Kind) {
			return kakanai.Invalid(fmt.Sprintf("fields.%d.kind", i), "項目 %s の種類 %q は使えません", f.Key, f.Kind)
		}
		if f.Box.W <= 0 || f.Box.H <= 0 {
			return kakanai.Invalid(fmt.Sprintf("fields.%d.box", i), "項目 %s の枠の大きさを指定してください", f.Key)
		}
	}
	return nil
}

// ParseTemplate reads and validates one template.
func ParseTemplate(b []byte) (*Template, error) {
	var t Template
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, kakanai.Invalid("template", "定義体のJSONを読み取れません: %v", err)
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return &t, nil
}

// Library holds templates: a shared library plus each tenant's own. A tenant sees its own templates and the
// shared ones; its own replace a shared template of the same ID.
type Library struct {
	mu      sync.RWMutex
	byOwner map[string]map[string][]*Template // tenant ("" shared) → id → versions ascending
	issuers map[string]Municipality           // lgCode → municipality (seed data)
}

// NewLibrary returns an empty library.
func NewLibrary() *Library {
	return &Library{byOwner: map[string]map[string][]*Template{}, issuers: map[string]Municipality{}}
}

// Add validates t and stores it; adding an existing id@version replaces it.
func (l *Library) Add(t *Template) error {
	if err := t.Validate(); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	owner := l.byOwner[t.Tenant]
	if owner == nil {
		owner = map[string][]*Template{}
		l.byOwner[t.Tenant] = owner
	}
	vs := owner[t.ID]
	for i, v := range vs {
		if v.Version == t.Version {
			vs[i] = t
			return nil
		}
	}
	vs = append(vs, t)
	sort.Slice(vs, func(a, b int) bool { return vs[a].Version < vs[b].Version })
	owner[t.ID] = vs
	return nil
}

// SetTenant replaces all of a tenant's own templates with ts, so that one withdrawn elsewhere disappears here too.
func (l *Library) SetTenant(tenant string, ts []*Template) error {
	if tenant == "" {
		return fmt.Errorf("ocr: SetTenant needs a tenant; the shared library is not replaced")
	}
	owner := map[string][]*Template{}
	for _, t := range ts {
		if err := t.Validate(); err != nil {
			return err
		}
		owner[t.ID] = append(owner[t.ID], t)
	}
	for _, vs := range owner {
		sort.Slice(vs, func(a, b int) bool { return vs[a].Version < vs[b].Version })
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.byOwner[tenant] = owner
	return nil
}

// Get returns version v of template id as the tenant sees it (v = 0: the latest).
func (l *Library) Get(tenant, id string, v int) (*Template, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	for _, owner := range []string{tenant, ""} {
		vs := l.byOwner[owner][id]
		if len(vs) == 0 {
			continue
		}
		if v == 0 {
			return vs[len(vs)-1], true
		}
		for _, t := range vs {
			if t.Version == v {
				return t, true
			}
		}
	}
	return nil, false
}

// Lookup resolves "id@version" or "id".
func (l *Library) Lookup(tenant, ref string) (*Template, bool) {
	id, v := ref, 0
	if i := strings.LastIndexByte(ref, '@'); i >= 0 {
		id = ref[:i]
		fmt.Sscanf(ref[i+1:], "%d", &v)
	}
	return l.Get(tenant, id, v)
}

// Candidates returns the latest version of every template the tenant sees, for one media ("" = all), sorted by
// ID for determinism.
func (l *Library) Candidates(tenant string, media Media) []*Template {
	l.mu.RLock()
	defer l.mu.RUnlock()
	seen := map[string]*Template{}
	for _, owner := range []string{"", tenant} { // the tenant's own last, so they win
		if owner == "" && tenant == "" && len(seen) > 0 {
			break
		}
		for id, vs := range l.byOwner[owner] {
			if len(vs) > 0 && (media == "" || vs[0].Media == media) {
				seen[id] = vs[len(vs)-1]
			}
		}
	}
	out := make([]*Template, 0, len(seen))
	for _, t := range seen {
		out = append(out, t)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out
}

// ForIssuer returns the templates of a document type that the issuing municipality is known to print, as the
// tenant sees them.
func (l *Library) ForIssuer(tenant string, doc DocumentType, lgCode string) []*Template {
	var out []*Template
	for _, t := range l.Candidates(tenant, "") {
		if t.DocumentType != doc {
			continue
		}
		for _, c := range t.Issuers {
			if c == lgCode {
				out = append(out, t)
				break
			}
		}
	}
	if m, ok := l.Municipality(lgCode); ok {
		if ref := m.Templates[string(doc)]; ref != "" {
			if t, ok := l.Lookup(tenant, ref); ok && !containsTemplate(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

func containsTemplate(ts []*Template, t *Template) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// Load reads every *.json template under dir of fsys into the library.
func (l *Library) Load(fsys fs.FS, dir string) error {
	if _, err := fs.Stat(fsys, dir); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || path.Ext(p) != ".json" {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		t, err := ParseTemplate(b)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		return l.Add(t)
	})
}

// Templates returns every stored template (all owners, all versions).
func (l *Library) Templates() []*Template {
	l.mu.RLock()
	defer l.mu.RUnlock()
	var out []*Template
	for _, owner := range l.byOwner {
		for _, vs := range owner {
			out = append(out, vs...)
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].ID != out[b].ID {
			return out[a].ID < out[b].ID
		}
		if out[a].Tenant != out[b].Tenant {
			return out[a].Tenant < out[b].Tenant
		}
		return out[a].Version < out[b].Version
	})
	return out
}
