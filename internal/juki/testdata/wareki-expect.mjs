// Prints, for every day from FROM to TO (default 1873-01-01 .. 2100-12-31), one line
//   YYYY-MM-DD<TAB><what Intl.DateTimeFormat('ja-JP-u-ca-japanese') prints>
// so that TestWareki_crossCheckAgainstNode can compare our 和暦 formatter with ICU's japanese calendar.
// Usage: node wareki-expect.mjs [FROM TO]
const [from = '1873-01-01', to = '2100-12-31'] = process.argv.slice(2);
const fmt = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long', year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'Asia/Tokyo',
});
const day = 86400000;
const start = Date.parse(from + 'T00:00:00Z');
const end = Date.parse(to + 'T00:00:00Z');
const out = [];
// Midnight UTC is 09:00 in Tokyo, the same calendar day.
for (let t = start; t <= end; t += day) {
  out.push(new Date(t).toISOString().slice(0, 10) + '\t' + fmt.format(t));
  if (out.length === 4096) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
