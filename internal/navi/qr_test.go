package navi

import (
	"bytes"
	"compress/flate"
	"crypto/ecdh"
	crand "crypto/rand"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	qrcode "github.com/skip2/go-qrcode"

	"github.com/kakanai/kakanai"
)

var updateVector = flag.Bool("update-vector", false, "rewrite testdata/vector.json")

// detRand is a deterministic byte source, for fixed keys and for the cross-language test vector.
func detRand(seed byte) *rand.ChaCha8 {
	var s [32]byte
	for i := range s {
		s[i] = seed + byte(i)
	}
	return rand.NewChaCha8(s)
}

func testKey(t testing.TB) *ecdh.PrivateKey {
	t.Helper()
	k, err := GenerateKey(detRand(1))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func keys(id uint32, k *ecdh.PrivateKey) func(uint32) (*ecdh.PrivateKey, error) {
	return func(got uint32) (*ecdh.PrivateKey, error) {
		if got != id {
			return nil, nil
		}
		return k, nil
	}
}

var (
	madeAt = time.Date(2026, 4, 1, 9, 30, 0, 0, time.UTC)
	expiry = madeAt.AddDate(0, 0, 30)
)

func samplePayload() Payload {
	return Payload{
		Version: 1, Flow: "tennyu", Made: uint64(madeAt.Unix()),
		Answers: map[string]string{"from": "domestic", "moveout": "paper", "foreign": "no", "card": "yes"},
		Household: &Household{
			PostalCode: "8380141", Address: "福岡県小郡市小郡1234番地", Katagaki: "小郡ハイツ101",
			OtherAddress: "福岡県福岡市中央区天神1丁目1番1号", MovedOn: "2026-03-28",
			Persons: []Member{
				{FamilyName: "山田", GivenName: "太郎", FamilyNameKana: "やまだ", GivenNameKana: "たろう", BirthDate: "1985-04-12", Sex: 1, Relationship: "世帯主"},
				{FamilyName: "山田", GivenName: "花子", FamilyNameKana: "やまだ", GivenNameKana: "はなこ", BirthDate: "1987-01-03", Sex: 2, Relationship: "妻"},
			},
			Phone: "09012345678",
		},
	}
}

// worstHousehold is a six-person household with every field filled and long names and addresses: what the
// QR must still hold at version ≤ 25, level M (DOMAIN.md).
func worstHousehold() Payload {
	p := Payload{Version: 1, Flow: "tennyu", Made: uint64(madeAt.Unix()), Answers: map[string]string{
		"from": "domestic", "moveout": "card", "allcards": "yes", "foreign": "yes", "foreignfamily": "yes",
		"card": "yes", "family": "yes", "school": "yes", "insurance": "kokuho", "care": "both", "seal": "yes", "who": "agent",
	}}
	h := &Household{
		PostalCode: "8380141", Address: "福岡県小郡市大字三沢字長谷川二千三百四十五番地の六十七",
		Katagaki:      "サンライズマンション小郡駅前第二期東棟1203号室",
		OtherAddress:  "北海道札幌市中央区北一条西二十丁目12番34号",
		OtherKatagaki: "グランドパレス札幌大通公園前タワーレジデンス4501号室",
		MovedOn:       "2026-03-28", Phone: "090-1234-5678",
	}
	people := []Member{
		{"長谷川原", "龍之介", "はせがわら", "りゅうのすけ", "1978-11-30", 1, "世帯主", "", "HASEGAWARA RYUNOSUKE"},
		{"NGUYEN", "THI THANH HUONG", "グエン", "ティ タイン フオン", "1982-02-14", 2, "妻", "ベトナム", "NGUYEN THI THANH HUONG"},
		{"長谷川原", "美咲希", "はせがわら", "みさき", "2008-06-01", 2, "子", "", "HASEGAWARA MISAKI"},
		{"長谷川原", "健太郎", "はせがわら", "けんたろう", "2011-09-09", 1, "子", "", "HASEGAWARA KENTARO"},
		{"TRAN", "VAN MINH", "チャン", "ヴァン ミン", "1955-07-20", 1, "妻の父", "ベトナム", "TRAN VAN MINH"},
		{"長谷川原", "左衛門之丞", "はせがわら", "さえもんのじょう", "1950-01-01", 1, "父", "", "HASEGAWARA SAEMONNOJO"},
	}
	h.Persons = people
	p.Household = h
	return p
}

func TestQR_N_v_roundTrip(t *testing.T) {
	k := testKey(t)
	p := samplePayload()
	code, err := SealCode(k.PublicKey(), 7, expiry, p, crand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if code != strings.ToUpper(code) || strings.ContainsAny(code, "=") {
		t.Errorf("code is not upper-case unpadded base32: %s", code)
	}
	got, err := OpenCode(code, keys(7, k), madeAt)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, p) {
		t.Errorf("opened %+v, want %+v", *got, p)
	}
	// Keyboard-wedge readers: lower case, spaces and line breaks.
	var b strings.Builder
	for i, r := range strings.ToLower(code) {
		if i > 0 && i%8 == 0 {
			b.WriteString(" ")
		}
		if i > 0 && i%40 == 0 {
			b.WriteString("\r\n")
		}
		b.WriteRune(r)
	}
	if _, err := OpenCode(b.String(), keys(7, k), madeAt); err != nil {
		t.Errorf("spaced lower-case code: %v", err)
	}
}

func wantCodeError(t *testing.T, err error, msgPart string) {
	t.Helper()
	if kakanai.ErrorCode(err) != kakanai.EINVALID || kakanai.ErrorField(err) != "code" {
		t.Fatalf("error %v, want invalid on code", err)
	}
	if !strings.Contains(kakanai.ErrorMessage(err), msgPart) {
		t.Errorf("message %q does not say %q", kakanai.ErrorMessage(err), msgPart)
	}
}

func TestQR_N_v_refusesFlippedBytes(t *testing.T) {
	k := testKey(t)
	code, err := SealCode(k.PublicKey(), 7, expiry, samplePayload(), crand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := codeEncoding.DecodeString(code)
	if err != nil {
		t.Fatal(err)
	}
	for i := range raw {
		bad := append([]byte(nil), raw...)
		bad[i] ^= 0x01
		_, err := OpenCode(codeEncoding.EncodeToString(bad), keys(7, k), madeAt)
		if kakanai.ErrorCode(err) != kakanai.EINVALID {
			t.Fatalf("byte %d flipped: %v, want refused", i, err)
		}
	}
	// Truncated and extended codes.
	for _, bad := range [][]byte{raw[:len(raw)-1], raw[:codeHeaderLen+gcmTagLen-1], append(append([]byte(nil), raw...), 0)} {
		if _, err := OpenCode(codeEncoding.EncodeToString(bad), keys(7, k), madeAt); err == nil {
			t.Errorf("length %d opened", len(bad))
		}
	}
}

func TestQR_refusesWrongKeyExpiryAndGarbage(t *testing.T) {
	k := testKey(t)
	code, err := SealCode(k.PublicKey(), 7, expiry, samplePayload(), crand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	_, err = OpenCode(code, keys(8, k), madeAt)
	wantCodeError(t, err, "暗号鍵")

	_, err = OpenCode(code, func(uint32) (*ecdh.PrivateKey, error) {
		return nil, kakanai.Errorf(kakanai.ENOTFOUND, "retired")
	}, madeAt)
	wantCodeError(t, err, "暗号鍵")

	other, _ := GenerateKey(detRand(9))
	_, err = OpenCode(code, keys(7, other), madeAt)
	wantCodeError(t, err, "読み取れません")

	_, err = OpenCode(code, keys(7, k), expiry)
	if err != nil {
		t.Errorf("on the expiry second: %v", err)
	}
	_, err = OpenCode(code, keys(7, k), expiry.Add(time.Second))
	wantCodeError(t, err, "有効期限")

	for _, bad := range []string{"", "   ", "not a code!", "AAAA", strings.Repeat("A", 120), "https://example.jp/"} {
		_, err := OpenCode(bad, keys(7, k), madeAt)
		wantCodeError(t, err, "形式が違います")
	}

	_, err = OpenCode(code, func(uint32) (*ecdh.PrivateKey, error) { return nil, os.ErrPermission }, madeAt)
	if kakanai.ErrorCode(err) != kakanai.EINTERNAL {
		t.Errorf("key store failure: %v, want internal", err)
	}
}

func TestQR_refusesOversizedPayloads(t *testing.T) {
	k := testKey(t)
	big := samplePayload()
	big.Household.Phone = strings.Repeat("0", MaxInflated)
	code, err := SealCode(k.PublicKey(), 7, expiry, big, crand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	_, err = OpenCode(code, keys(7, k), madeAt)
	wantCodeError(t, err, "読み取れません")

	crowd := samplePayload()
	for len(crowd.Household.Persons) <= MaxPersons {
		crowd.Household.Persons = append(crowd.Household.Persons, crowd.Household.Persons[0])
	}
	code, err = SealCode(k.PublicKey(), 7, expiry, crowd, crand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	_, err = OpenCode(code, keys(7, k), madeAt)
	wantCodeError(t, err, "読み取れません")
}

func TestQR_N_t_sixPersonHouseholdFitsVersion25M(t *testing.T) {
	k := testKey(t)
	p := worstHousehold()
	plain, err := encMode.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	code, err := SealCode(k.PublicKey(), 7, expiry, p, crand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := codeEncoding.DecodeString(code)
	q, err := qrcode.New(code, qrcode.Medium)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("6-person worst case: CBOR %d bytes, code %d bytes (compressed+encrypted), %d base32 chars, QR version %d (level M)",
		len(plain), len(raw), len(code), q.VersionNumber)
	if q.VersionNumber > 25 {
		t.Errorf("QR version %d > 25", q.VersionNumber)
	}
	got, err := OpenCode(code, keys(7, k), madeAt)
	if err != nil || !reflect.DeepEqual(*got, p) {
		t.Fatalf("round trip: %v", err)
	}

	// A realistic six: romaji only for the foreign members, ordinary addresses.
	real6 := worstHousehold()
	real6.Household.Address, real6.Household.Katagaki = "福岡県小郡市小郡1234番地", "小郡ハイツ101"
	real6.Household.OtherAddress, real6.Household.OtherKatagaki = "福岡県久留米市東町1番1号", ""
	for i := range real6.Household.Persons {
		if real6.Household.Persons[i].Nationality == "" {
			real6.Household.Persons[i].RomajiName = ""
		}
	}
	r6, _ := SealCode(k.PublicKey(), 7, expiry, real6, crand.Reader)
	rq, _ := qrcode.New(r6, qrcode.Medium)
	t.Logf("6-person realistic: %d base32 chars, QR version %d", len(r6), rq.VersionNumber)

	typical, _ := SealCode(k.PublicKey(), 7, expiry, samplePayload(), crand.Reader)
	tq, _ := qrcode.New(typical, qrcode.Medium)
	t.Logf("2-person typical: %d base32 chars, QR version %d", len(typical), tq.VersionNumber)
}

// vector is the cross-language test vector: clients/citizen checks that it opens the same code (and that its
// own sealer's output opens here).
type vector struct {
	Comment      string  `json:"comment"`
	PrivateKey   string  `json:"privateKeyHex"`
	PublicKey    string  `json:"publicKey"` // as /api/citizen/{lg}/config serves it: base64url, no padding
	KeyID        uint32  `json:"keyId"`
	Now          int64   `json:"now"`
	Expiry       int64   `json:"expiry"`
	PlaintextHex string  `json:"plaintextCborHex"`
	Payload      Payload `json:"payload"`
	Code         string  `json:"code"`
}

func makeVector(t *testing.T) vector {
	k, err := GenerateKey(detRand(42))
	if err != nil {
		t.Fatal(err)
	}
	p := samplePayload()
	plain, err := encMode.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	code, err := SealCode(k.PublicKey(), 0x0102A0B0, expiry, p, detRand(43))
	if err != nil {
		t.Fatal(err)
	}
	return vector{
		Comment:    "Kakanai citizen QR v1 test vector, written by internal/navi (go test -run TestQR_vector -update-vector)",
		PrivateKey: hex.EncodeToString(k.Bytes()), PublicKey: base64.RawURLEncoding.EncodeToString(k.PublicKey().Bytes()),
		KeyID: 0x0102A0B0, Now: madeAt.Unix(), Expiry: expiry.Unix(), PlaintextHex: hex.EncodeToString(plain),
		Payload: p, Code: code,
	}
}

func TestQR_vectorStillOpens(t *testing.T) {
	path := "testdata/vector.json"
	if *updateVector {
		data, err := json.MarshalIndent(makeVector(t), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v vector
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	kb, err := hex.DecodeString(v.PrivateKey)
	if err != nil {
		t.Fatal(err)
	}
	k, err := ecdh.X25519().NewPrivateKey(kb)
	if err != nil {
		t.Fatal(err)
	}
	if pub := base64.RawURLEncoding.EncodeToString(k.PublicKey().Bytes()); pub != v.PublicKey {
		t.Errorf("public key %s, want %s", v.PublicKey, pub)
	}
	got, err := OpenCode(v.Code, keys(v.KeyID, k), time.Unix(v.Now, 0))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, v.Payload) {
		t.Errorf("opened %+v, want %+v", *got, v.Payload)
	}
	raw, _ := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(v.Code)
	if int64(raw[5])<<24|int64(raw[6])<<16|int64(raw[7])<<8|int64(raw[8]) != v.Expiry {
		t.Error("expiry in the header differs from the vector")
	}
}

func FuzzOpenCode(f *testing.F) {
	k := testKey(f)
	code, err := SealCode(k.PublicKey(), 7, expiry, samplePayload(), detRand(5))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(code)
	f.Add(strings.ToLower(code))
	f.Add(code[:len(code)/2])
	f.Add("")
	f.Add("AEAAAAAH")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := OpenCode(s, keys(7, k), madeAt)
		if err == nil && (p == nil || p.Version != 1) {
			t.Fatalf("opened without a valid payload: %+v", p)
		}
	})
}

// FuzzOpenPayload reaches the decompressor and the CBOR decoder: the fuzzed bytes are compressed and sealed
// with a valid key, so only the payload checks stand between them and the caller.
func FuzzOpenPayload(f *testing.F) {
	k := testKey(f)
	plain, err := encMode.Marshal(worstHousehold())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(plain, false)
	f.Add([]byte{0xa1, 0x01, 0x01}, false)
	f.Add([]byte{0x9f, 0x9f, 0x9f}, true)
	f.Fuzz(func(t *testing.T, data []byte, raw bool) {
		deflated := data
		if !raw {
			var b bytes.Buffer
			w, _ := flate.NewWriter(&b, flate.BestSpeed)
			w.Write(data)
			w.Close()
			deflated = b.Bytes()
		}
		code, err := sealDeflated(k.PublicKey(), 7, uint32(expiry.Unix()), deflated, detRand(3))
		if err != nil {
			t.Fatal(err)
		}
		p, err := OpenCode(code, keys(7, k), madeAt)
		switch {
		case err == nil && (p.Version != 1 || p.Flow == ""):
			t.Fatalf("accepted %+v", p)
		case err == nil && p.Household != nil && len(p.Household.Persons) > MaxPersons:
			t.Fatalf("accepted %d persons", len(p.Household.Persons))
		case err != nil && kakanai.ErrorCode(err) != kakanai.EINVALID:
			t.Fatalf("error %v", err)
		}
	})
}
