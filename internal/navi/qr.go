package navi

import (
	"bytes"
	"compress/flate"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode"

	"github.com/fxamacker/cbor/v2"

	"github.com/kakanai/kakanai"
)

// Payload is the plaintext of the QR code (N-t, N-u): the flow, the answers and, optionally, the household's
// 4情報. The integer keys keep the CBOR small; the browser writes the same map.
type Payload struct {
	Version   uint              `cbor:"1,keyasint,omitempty" json:"version"`
	Flow      string            `cbor:"2,keyasint,omitempty" json:"flow"`
	Made      uint64            `cbor:"3,keyasint,omitempty" json:"made"` // unix seconds
	Answers   map[string]string `cbor:"4,keyasint,omitempty" json:"answers,omitempty"`
	Household *Household        `cbor:"5,keyasint,omitempty" json:"household,omitempty"`
}

// Household is what the resident entered for the 届出 draft.
type Household struct {
	PostalCode    string   `cbor:"1,keyasint,omitempty" json:"postalCode,omitempty"`    // 7 digits
	Address       string   `cbor:"2,keyasint,omitempty" json:"address,omitempty"`       // the address in the city: new (転入, 転居) or current (転出, others)
	Katagaki      string   `cbor:"3,keyasint,omitempty" json:"katagaki,omitempty"`      // 方書
	OtherAddress  string   `cbor:"4,keyasint,omitempty" json:"otherAddress,omitempty"`  // 従前の住所 (転入, 転居) or 転出先 (転出)
	OtherKatagaki string   `cbor:"5,keyasint,omitempty" json:"otherKatagaki,omitempty"` // its 方書
	MovedOn       string   `cbor:"6,keyasint,omitempty" json:"movedOn,omitempty"`       // YYYY-MM-DD: 異動日, or 転出予定日 for 転出
	Persons       []Member `cbor:"7,keyasint,omitempty" json:"persons,omitempty"`
	Phone         string   `cbor:"8,keyasint,omitempty" json:"phone,omitempty"`
}

// Member is one person of the household.
type Member struct {
	FamilyName     string `cbor:"1,keyasint,omitempty" json:"familyName,omitempty"`
	GivenName      string `cbor:"2,keyasint,omitempty" json:"givenName,omitempty"`
	FamilyNameKana string `cbor:"3,keyasint,omitempty" json:"familyNameKana,omitempty"` // hiragana
	GivenNameKana  string `cbor:"4,keyasint,omitempty" json:"givenNameKana,omitempty"`  // hiragana
	BirthDate      string `cbor:"5,keyasint,omitempty" json:"birthDate,omitempty"`      // YYYY-MM-DD
	Sex            uint   `cbor:"6,keyasint,omitempty" json:"sex,omitempty"`            // ISO 5218: 1 男, 2 女
	Relationship   string `cbor:"7,keyasint,omitempty" json:"relationship,omitempty"`   // 世帯主, 妻, 子 …
	Nationality    string `cbor:"8,keyasint,omitempty" json:"nationality,omitempty"`    // empty = 日本
	RomajiName     string `cbor:"9,keyasint,omitempty" json:"romajiName,omitempty"`
}

// Code format v1 (README.md): version, key id, expiry, ephemeral X25519 public key, nonce, AES-256-GCM.
const (
	codeVersion   = 0x01
	codeHeaderLen = 1 + 4 + 4 + 32 + 12
	gcmTagLen     = 16
	payloadV1     = 1
	hkdfInfo      = "kakanai citizen qr v1"
	// MaxInflated caps the decompressed payload: a six-person household is under 1 KiB, so anything near
	// 64 KiB is an attack on the counter's reader, not a household.
	MaxInflated = 64 << 10
	// MaxPersons caps the household; the form has room for far fewer, and the QR for about six.
	MaxPersons = 20
)

var codeEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

var (
	encMode cbor.EncMode
	decMode cbor.DecMode
)

func init() {
	var err error
	// Sorted keys make the Go output stable (the answers map); the decoder accepts any order.
	encMode, err = cbor.EncOptions{Sort: cbor.SortCoreDeterministic}.EncMode()
	if err != nil {
		panic(err)
	}
	decMode, err = cbor.DecOptions{
		MaxNestedLevels:  8,
		MaxArrayElements: MaxPersons,
		MaxMapPairs:      256,
		DupMapKey:        cbor.DupMapKeyEnforcedAPF,
	}.DecMode()
	if err != nil {
		panic(err)
	}
}

// Messages of OpenCode. They name no personal data: the counter shows them to staff and may log them.
const (
	msgNotACode = "Kakanaiの二次元コードではありません（形式が違います）"
	msgKey      = "この二次元コードの暗号鍵は使えません（古い鍵か、別の自治体のコードです）。もう一度作り直してもらってください"
	msgExpired  = "二次元コードの有効期限が切れています。もう一度作り直してもらってください"
	msgTampered = "二次元コードを読み取れません（読み取りの誤りか、内容が書き換えられています）"
)

func codeError(msg string) error { return kakanai.Invalid("code", "%s", msg) }

// GenerateKey makes a tenant's X25519 key pair. rand is read for the 32-byte scalar, so a fixed reader gives a
// fixed key (ecdh's own GenerateKey ignores its reader since Go 1.26).
func GenerateKey(rand io.Reader) (*ecdh.PrivateKey, error) {
	var b [32]byte
	if _, err := io.ReadFull(rand, b[:]); err != nil {
		return nil, err
	}
	return ecdh.X25519().NewPrivateKey(b[:])
}

// SealCode encrypts p for the tenant's public key and returns the base32 text the QR code carries. The browser
// is the real sealer; this one serves tests, the test vector and tools. expiry is min(now + codeValidDays,
// key expiry), chosen by the caller.
func SealCode(tenantPub *ecdh.PublicKey, keyID uint32, expiry time.Time, p Payload, rand io.Reader) (string, error) {
	if tenantPub == nil || tenantPub.Curve() != ecdh.X25519() {
		return "", errors.New("navi: the tenant key must be X25519")
	}
	exp := expiry.Unix()
	if exp <= 0 || exp > math.MaxUint32 {
		return "", fmt.Errorf("navi: expiry %v does not fit the code", expiry)
	}
	plain, err := encMode.Marshal(p)
	if err != nil {
		return "", err
	}
	var deflated bytes.Buffer
	// Raw DEFLATE (RFC 1951), no zlib header: what the browser's CompressionStream("deflate-raw") writes.
	w, err := flate.NewWriter(&deflated, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := w.Write(plain); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return sealDeflated(tenantPub, keyID, uint32(exp), deflated.Bytes(), rand)
}

// sealDeflated encrypts an already compressed payload; split out so that the fuzz test can reach the
// decompressor and the CBOR decoder behind a valid tag.
func sealDeflated(tenantPub *ecdh.PublicKey, keyID, exp uint32, deflated []byte, rand io.Reader) (string, error) {
	eph, err := GenerateKey(rand)
	if err != nil {
		return "", err
	}
	header := make([]byte, codeHeaderLen, codeHeaderLen+len(deflated)+gcmTagLen)
	header[0] = codeVersion
	binary.BigEndian.PutUint32(header[1:5], keyID)
	binary.BigEndian.PutUint32(header[5:9], exp)
	copy(header[9:41], eph.PublicKey().Bytes())
	if _, err := io.ReadFull(rand, header[41:53]); err != nil {
		return "", err
	}
	shared, err := eph.ECDH(tenantPub)
	if err != nil {
		return "", err
	}
	aead, err := codeAEAD(shared, eph.PublicKey().Bytes(), tenantPub.Bytes())
	if err != nil {
		return "", err
	}
	out := aead.Seal(header, header[41:53], deflated, header[:codeHeaderLen])
	return codeEncoding.EncodeToString(out), nil
}

// OpenCode decodes, authenticates and decrypts a code read at the counter. privateKey returns the tenant's
// key for the code's key id; it returns nil (or a kakanai ENOTFOUND error) for an unknown or retired key, and
// any other error is treated as internal. Errors for a bad code are kakanai EINVALID errors on field "code"
// with a Japanese message.
func OpenCode(code string, privateKey func(keyID uint32) (*ecdh.PrivateKey, error), now time.Time) (*Payload, error) {
	raw, err := decodeText(code)
	if err != nil || len(raw) < codeHeaderLen+gcmTagLen || raw[0] != codeVersion {
		return nil, codeError(msgNotACode)
	}
	keyID := binary.BigEndian.Uint32(raw[1:5])
	expiry := int64(binary.BigEndian.Uint32(raw[5:9]))

	priv, err := privateKey(keyID)
	switch {
	case err != nil && kakanai.ErrorCode(err) == kakanai.ENOTFOUND:
		return nil, codeError(msgKey)
	case err != nil:
		return nil, kakanai.Internal(err)
	case priv == nil || priv.Curve() != ecdh.X25519():
		return nil, codeError(msgKey)
	}
	eph, err := ecdh.X25519().NewPublicKey(raw[9:41])
	if err != nil {
		return nil, codeError(msgTampered)
	}
	shared, err := priv.ECDH(eph)
	if err != nil {
		// A low-order ephemeral key gives an all-zero secret, which ecdh refuses: a forged code.
		return nil, codeError(msgTampered)
	}
	aead, err := codeAEAD(shared, raw[9:41], priv.PublicKey().Bytes())
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	deflated, err := aead.Open(nil, raw[41:53], raw[codeHeaderLen:], raw[:codeHeaderLen])
	if err != nil {
		return nil, codeError(msgTampered)
	}
	// The expiry is checked only once the header is authenticated, so that a changed expiry reads as tampering.
	if now.Unix() > expiry {
		return nil, codeError(msgExpired)
	}
	plain, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(deflated)), MaxInflated+1))
	if err != nil || len(plain) > MaxInflated {
		return nil, codeError(msgTampered)
	}
	var p Payload
	if err := decMode.Unmarshal(plain, &p); err != nil {
		return nil, codeError(msgTampered)
	}
	if p.Version != payloadV1 || p.Flow == "" {
		return nil, codeError(msgNotACode)
	}
	if p.Household != nil && len(p.Household.Persons) > MaxPersons {
		return nil, codeError(msgTampered)
	}
	return &p, nil
}

// decodeText reads base32 written by a keyboard-wedge reader: any case, with spaces or line breaks.
func decodeText(code string) ([]byte, error) {
	clean := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, code)
	if clean == "" {
		return nil, errors.New("empty")
	}
	return codeEncoding.DecodeString(clean)
}

// codeAEAD derives the AES-256-GCM key: HKDF-SHA256 over the X25519 secret, salted with ephemeral || tenant
// public key so that the key is bound to this exchange.
func codeAEAD(shared, ephPub, tenantPub []byte) (cipher.AEAD, error) {
	salt := make([]byte, 0, len(ephPub)+len(tenantPub))
	salt = append(append(salt, ephPub...), tenantPub...)
	key, err := hkdf.Key(sha256.New, shared, salt, hkdfInfo, 32)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
