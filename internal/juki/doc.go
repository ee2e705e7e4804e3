// Package juki holds the rules of the 住民基本台帳 counter that every screen and every OCR field depends on:
// check digits of the identifiers read at the counter, 和暦 dates and ages, 在留期間 codes, 世帯主との続柄, the
// 異動事由 with the fields each of them requires, allows and forbids, and the validation of a whole 届出.
//
// The package is pure: no I/O, no database, no HTTP, no GraphQL. Adapters call it; it calls nothing but the
// standard library and the project's error type.
//
// # Sources
//
// The rules follow ../shared/DOMAIN.md, whose tags are repeated next to each rule:
//
//   - [法令] the legal text itself (住民基本台帳法 = 住基法, its 施行令, 総務省令, 年齢計算ニ関スル法律, 民法);
//   - [二次] a reliable secondary source (ministry Q&A, police or city pages);
//   - [推定] indirect evidence. Such rules are implemented as written but kept in one named place so that they
//     can be corrected when the primary source is checked.
//
// # Where the [推定] rules live
//
//   - identifiers.go: residentCodeAltCheckDigit — the 住民票コード formula and the remainder-0 case that also
//     accepts check digit 1 with a warning.
//   - stay.go: the 在留期間 code layout (YYMMDDD); categoryFields, the items each 30条の45 区分 carries
//     (一時庇護許可者 and 仮滞在許可者 in particular); shortStay, which counts 3月 as 90 days.
//   - relationship.go: validPath and relationshipSteps, the whitelist of compound 続柄, where 未届 may stand,
//     and the words rewritten to the standard term.
//   - reasons.go: reasonTable, which 異動事由 requires, allows or forbids which field, and the household kind of
//     each reason; validate.go: (*validator).household applies that kind (one 世帯主, or a newHeadName).
//
// The era table (era.go) is [法令] and the only place that knows the eras; dates before 明治6年1月1日
// (1873-01-01, the first day of the solar calendar) are refused.
//
// Everything the user sees is Japanese and sits next to the rule that raises it; identifiers and codes are
// English so that clients can branch on them.
package juki
