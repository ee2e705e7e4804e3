package forms

import (
	"encoding/json"
	"fmt"
	"maps"
	"strconv"
	"strings"

	"github.com/kakanai/kakanai/internal/juki"
)

// Data is what a form prints: values keyed by the JSON path of the input they come from (newAddress.line,
// persons.0.familyName), as typed or read by OCR. Formats in the layout turn them into print (和暦 dates,
// 男/女, 個人番号 in groups of four).
type Data struct {
	Fields map[string]string `json:"fields"`
}

// Keys of items that are not in juki.Notification: the reception's and the office's. The 異動届 service passes
// them as extras to DataFromNotification.
const (
	KeyReceiptNumber   = "receiptNumber"   // 確認番号 of the reception
	KeyRemarks         = "remarks"         // 備考 (K-l)
	KeyNotifierName    = "notifierName"    // 届出人の氏名
	KeyNotifierAddress = "notifierAddress" // 届出人の住所
	KeyNotifierPhone   = "notifierPhone"   // 届出人の電話番号

	// Office boxes (事務処理欄): what the counter did for each related procedure; free text such as 継続利用,
	// 記載変更, 資格取得, 済.
	KeyOfficeMyNumberCard    = "office.myNumberCard"    // マイナンバーカード 継続利用/記載変更
	KeyOfficeHealthInsurance = "office.healthInsurance" // 国民健康保険
	KeyOfficeLateElderly     = "office.lateElderly"     // 後期高齢者医療
	KeyOfficeLongTermCare    = "office.longTermCare"    // 介護保険
	KeyOfficePension         = "office.pension"         // 国民年金
	KeyOfficeChildAllowance  = "office.childAllowance"  // 児童手当
	KeyOfficeElection        = "office.election"        // 選挙
	KeyOfficeSealRegistry    = "office.sealRegistry"    // 印鑑登録
	KeyOfficeSchool          = "office.school"          // 就学

	// 職権記載書 (住基法施行令12条).
	KeyExOfficioRecordedOn = "exOfficio.recordedOn" // 記載日
	KeyExOfficioCause      = "exOfficio.cause"      // 職権記載の事由
	KeyExOfficioBasis      = "exOfficio.basis"      // 根拠（法令・通知）
	KeyExOfficioEvidence   = "exOfficio.evidence"   // 確認した資料
	KeyStaffName           = "staffName"            // 担当者
)

// Value returns the value at key, "" when absent.
func (d Data) Value(key string) string { return d.Fields[key] }

// PersonCount returns 1 + the highest person index that has any value.
func (d Data) PersonCount() int {
	n := 0
	for k, v := range d.Fields {
		if v == "" || !strings.HasPrefix(k, "persons.") {
			continue
		}
		idx, _, _ := strings.Cut(k[len("persons."):], ".")
		if i, err := strconv.Atoi(idx); err == nil && i >= 0 && i+1 > n {
			n = i + 1
		}
	}
	return n
}

// DataFromNotification flattens a 届出 into Data: every JSON path of juki.Notification with a value, and the
// extras (確認番号, 備考, office boxes …; see the Key constants) on top.
func DataFromNotification(n juki.Notification, extras map[string]string) Data {
	d := Data{Fields: map[string]string{}}
	flatten(d.Fields, "", toJSONValue(n))
	maps.Copy(d.Fields, extras)
	return d
}

// toJSONValue goes through encoding/json so that the paths are exactly the JSON names of juki's types.
func toJSONValue(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("forms: cannot marshal %T: %v", v, err)) // juki's types are plain structs of strings
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

func flatten(into map[string]string, prefix string, v any) {
	join := func(k string) string {
		if prefix == "" {
			return k
		}
		return prefix + "." + k
	}
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			flatten(into, join(k), e)
		}
	case []any:
		for i, e := range x {
			flatten(into, join(strconv.Itoa(i)), e)
		}
	case string:
		if x != "" {
			into[prefix] = x
		}
	case bool:
		if x {
			into[prefix] = "true"
		}
	case float64:
		into[prefix] = strconv.FormatFloat(x, 'f', -1, 64)
	}
}
