package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/kakanai/kakanai/internal/ocr"
)

const ocrUsage = `Usage: kakanai ocr [--json] [--tenant CODE] [--template ID@VERSION] [--type DOCUMENT_TYPE] FILE…

Reads 転出証明書, 転出証明書に準ずる証明書, 戸籍全部事項証明書, 戸籍の附票, 在留カード, 特別永住者証明書,
運転免許証 and マイナンバーカード from JPEG, PNG, TIFF or PDF files and prints the fields. --json prints the
stable output schema (documentType, issuerLgCode, template, fields, persons, warnings).
`

// ocrCommand implements `kakanai ocr`.
func ocrCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ocr", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, ocrUsage) }
	asJSON := fs.Bool("json", false, "print the result as JSON")
	tenant := fs.String("tenant", "", "tenant whose templates apply besides the shared library")
	template := fs.String("template", "", "use this template (id@version) instead of classifying")
	docType := fs.String("type", "", "document type hint, e.g. moveOutCertificate")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("no file given")
	}
	// libgomp reads OMP_THREAD_LIMIT only at load time: restart with it set (no-op when it is).
	if err := ocr.ReexecWithThreadLimit(); err != nil {
		fmt.Fprintln(stderr, "warning:", err)
	}
	e, err := ocr.New(ocr.Options{})
	if err != nil {
		return err
	}
	defer e.Close()
	type fileResult struct {
		File   string      `json:"file"`
		Result *ocr.Result `json:"result"`
	}
	var results []fileResult
	var failed []string
	for _, name := range fs.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		r, err := e.Read(ctx, data, ocr.ReadOptions{Tenant: *tenant, Template: *template, DocumentType: ocr.DocumentType(*docType)})
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			failed = append(failed, name)
			continue
		}
		results = append(results, fileResult{name, r})
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if len(fs.Args()) == 1 && len(results) == 1 {
			if err := enc.Encode(results[0].Result); err != nil {
				return err
			}
		} else if err := enc.Encode(results); err != nil {
			return err
		}
	} else {
		for _, fr := range results {
			printResult(stdout, fr.File, fr.Result)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d file(s) could not be read: %s", len(failed), strings.Join(failed, ", "))
	}
	return nil
}

// keyLabels are the Japanese names of the output keys, for the text output.
var keyLabels = map[string]string{
	ocr.KeyFullName: "氏名", ocr.KeyFullNameKana: "フリガナ", ocr.KeyRomanName: "氏名（ローマ字）", ocr.KeyBirthDate: "生年月日",
	ocr.KeySex: "性別", ocr.KeyRelationship: "続柄", ocr.KeyResidentCode: "住民票コード", ocr.KeyMyNumber: "個人番号",
	ocr.KeyAddress: "住所", ocr.KeyAddressSince: "住所を定めた年月日", ocr.KeyHeadOfHousehold: "世帯主", ocr.KeyDomicile: "本籍",
	ocr.KeyDomicileHead: "筆頭者", ocr.KeyMoveOutDate: "転出予定年月日", ocr.KeyDestinationAddress: "転出先",
	ocr.KeyNationality: "国籍・地域", ocr.KeyResidenceStatus: "在留資格", ocr.KeyPeriodOfStay: "在留期間",
	ocr.KeyPeriodExpiry: "在留期間の満了日", ocr.KeyWorkRestriction: "就労制限の有無", ocr.KeyCardNumber: "カード番号",
	ocr.KeyCardExpiry: "有効期限", ocr.KeyLicenseNumber: "免許証番号",
}

func printResult(w io.Writer, file string, r *ocr.Result) {
	fmt.Fprintf(w, "%s: %s (%s)", file, r.DocumentType.Label(), r.DocumentType)
	if r.Template != "" {
		fmt.Fprintf(w, "  定義体 %s", r.Template)
	}
	if r.IssuerLgCode != "" {
		fmt.Fprintf(w, "  発行元 %s", r.IssuerLgCode)
	}
	fmt.Fprintln(w)
	printFields := func(indent string, fs map[string]ocr.Field) {
		keys := make([]string, 0, len(fs))
		order := map[string]int{}
		for i, k := range ocr.Keys() {
			order[k] = i
		}
		for k := range fs {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool { return order[keys[a]] < order[keys[b]] })
		for _, k := range keys {
			f := fs[k]
			mark := " "
			if f.Confidence < ocr.AutoAcceptThreshold {
				mark = "?" // to be checked by the person at the counter
			}
			fmt.Fprintf(w, "%s%s %-14s %s  (%.2f)\n", indent, mark, keyLabels[k], f.Value, f.Confidence)
		}
	}
	printFields("  ", r.Fields)
	for i, p := range r.Persons {
		fmt.Fprintf(w, "  [%d]\n", i+1)
		printFields("    ", p)
	}
	for _, warn := range r.Warnings {
		fmt.Fprintf(w, "  注意: %s\n", warn)
	}
}
