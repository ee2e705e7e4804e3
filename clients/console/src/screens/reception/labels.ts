import type { ReceptionChannel, ReceptionStatus, SourceDocumentStatus } from '../../gql/graphql';

/** Document types the reader knows (internal/ocr/schema.go); '' lets the server classify the page. */
export const documentTypes: readonly { value: string; label: string }[] = [
  { value: '', label: '自動判別' },
  { value: 'moveOutCertificate', label: '転出証明書' },
  { value: 'moveOutCertificateSpecial', label: '転出証明書に準ずる証明書' },
  { value: 'kosekiCertificate', label: '戸籍全部事項証明書' },
  { value: 'kosekiFuhyo', label: '戸籍の附票' },
  { value: 'residenceCard', label: '在留カード' },
  { value: 'specialPermanentResidentCertificate', label: '特別永住者証明書' },
  { value: 'driversLicense', label: '運転免許証' },
  { value: 'myNumberCard', label: 'マイナンバーカード' },
];

export function documentTypeLabel(value: string | null | undefined): string {
  if (!value) return '';
  if (value === 'unknown') return '不明な書類';
  return documentTypes.find((t) => t.value === value)?.label ?? value;
}

export const documentStatusLabels: { [key in SourceDocumentStatus]: string } = {
  pending: '読取待ち',
  reading: '読取中',
  done: '読取済み',
  failed: '読取失敗',
};

export const receptionStatusLabels: { [key in ReceptionStatus]: string } = {
  open: '受付中',
  closed: '終了',
};

export const channelLabels: { [key in ReceptionChannel]: string } = {
  counter: '窓口',
  citizen_qr: '市民のQRコード',
  pre_application: '事前申請',
};

const tokyoTime = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
const tokyoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** 09:05 in Japan, whatever the PC's time zone. */
export function timeInTokyo(iso: string): string {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? '' : tokyoTime.format(t);
}

/** YYYY-MM-DD of the day in Japan: Reception.receptionDate is kept in that form (filing.OpenReception). */
export function dayInTokyo(ms: number): string {
  return tokyoDay.format(new Date(ms));
}

/** Whole minutes from iso until now; never negative (a PC clock a little behind the server's). */
export function minutesSince(iso: string, now: number): number {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return 0;
  return Math.max(0, Math.floor((now - t) / 60_000));
}
