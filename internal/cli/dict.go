package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kakanai/kakanai/internal/address"
	"github.com/kakanai/kakanai/internal/moji"
)

const dictUsage = `Usage:
  kakanai dict postal 8380141                      postal code → address (N-o)
  kakanai dict towns --kana ふ,お,お                 kana-initial search (K-j); or --pref/--city/--town prefixes
  kakanai dict towns --list [PREF [LGCODE]]        ordered lists: 都道府県, 市区町村, 町域 (K-i)
  kakanai dict normalize 福岡県小郡市三国が丘３－１２－５ split an address into its parts
  kakanai dict incity 402168 福岡県小郡市小郡１２３      in-city check against the default master (N-y)
  kakanai dict kanji --reading たか                 single-kanji search (A7); also --radical 高 --strokes 20,
                                                   --remaining N, --components 木,口, --prefix, --limit N
  kakanai dict convert --to jisx0208 髙橋            character conversion (unicode, jisx0208, jisx0213)
  kakanai dict resolve 葛󠄀                            the MJ character of a character or IVS
  kakanai dict names [--part surname|given] 高橋     name readings
Every command prints JSON.
`

// dictCommand runs `kakanai dict …`: look-ups in the address and character dictionaries, printed as JSON.
func dictCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, dictUsage)
		return flag.ErrHelp
	}
	fs := flag.NewFlagSet("dict "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, dictUsage) }
	var result any
	var err error
	switch args[0] {
	case "postal":
		if err = fs.Parse(args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("dict postal: one postal code expected")
		}
		result, err = address.Default().LookupPostalCode(fs.Arg(0))
	case "towns":
		kanaInitials := fs.String("kana", "", "first kana of each level, e.g. ふ,お,お")
		pref := fs.String("pref", "", "都道府県 prefix (kana or kanji)")
		city := fs.String("city", "", "市区町村 prefix")
		town := fs.String("town", "", "町域 prefix")
		list := fs.Bool("list", false, "list 都道府県, or the 市区町村 of PREF, or the 町域 of LGCODE")
		limit := fs.Int("limit", 0, "maximum results (default 500)")
		if err = fs.Parse(args[1:]); err != nil {
			return err
		}
		d := address.Default()
		switch {
		case *list && fs.NArg() == 0:
			result = d.Prefectures()
		case *list && fs.NArg() == 1:
			result, err = d.Municipalities(fs.Arg(0))
		case *list:
			result, err = d.Towns(fs.Arg(1))
		case *kanaInitials != "":
			q := address.ParseInitials(*kanaInitials)
			q.Limit = *limit
			result = d.Search(q)
		default:
			result = d.Search(address.Query{Prefecture: *pref, City: *city, Town: *town, Limit: *limit})
		}
	case "normalize":
		if err = fs.Parse(args[1:]); err != nil {
			return err
		}
		result, err = address.Default().Normalize(strings.Join(fs.Args(), " "))
	case "incity":
		if err = fs.Parse(args[1:]); err != nil {
			return err
		}
		if fs.NArg() < 2 {
			return fmt.Errorf("dict incity: LGCODE ADDRESS expected")
		}
		var m *address.Master
		if m, err = address.DefaultMaster(fs.Arg(0)); err == nil {
			result = address.IsInCity(m, strings.Join(fs.Args()[1:], " "))
		}
	case "kanji":
		var q moji.KanjiQuery
		fs.StringVar(&q.Reading, "reading", "", "reading in kana or romaji")
		fs.BoolVar(&q.Prefix, "prefix", false, "match the start of readings")
		fs.StringVar(&q.Radical, "radical", "", "radical: character, variant (氵) or number")
		fs.IntVar(&q.Strokes, "strokes", 0, "total strokes")
		remaining := fs.Int("remaining", -1, "strokes besides the radical")
		components := fs.String("components", "", "RADKFILE components, comma-separated")
		fs.IntVar(&q.Limit, "limit", 0, "maximum results (default 100)")
		if err = fs.Parse(args[1:]); err != nil {
			return err
		}
		if *remaining >= 0 {
			q.RemainingStrokes = remaining
		}
		if *components != "" {
			q.Components = strings.Split(*components, ",")
		}
		result, err = moji.SearchKanji(q)
	case "convert":
		to := fs.String("to", moji.TargetJISX0208, "unicode, jisx0208 or jisx0213")
		if err = fs.Parse(args[1:]); err != nil {
			return err
		}
		result, err = moji.Convert(strings.Join(fs.Args(), " "), *to)
	case "resolve":
		if err = fs.Parse(args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("dict resolve: one character expected")
		}
		result = moji.ResolveSequence(fs.Arg(0))
	case "names":
		part := fs.String("part", "", "surname or given")
		limit := fs.Int("limit", 10, "maximum readings")
		if err = fs.Parse(args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("dict names: one name expected")
		}
		result = moji.NameReadings(fs.Arg(0), moji.NamePart(*part), *limit)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, dictUsage)
		return nil
	default:
		fmt.Fprint(stderr, dictUsage)
		return fmt.Errorf("dict: unknown command %q", args[0])
	}
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(result)
}
