import type { AttachmentKind, NotificationStatus } from '../../gql/graphql';

/** The workflow states (K-p) with the names the server gives them (statusLabel). */
export const statusOptions: readonly { code: NotificationStatus; label: string }[] = [
  { code: 'draft', label: '下書き' },
  { code: 'pending_review', label: '確認待ち' },
  { code: 'sent_back', label: '差戻' },
  { code: 'on_hold', label: '保留' },
  { code: 'completed', label: '完了' },
];

export function isStatus(value: string): value is NotificationStatus {
  return statusOptions.some((s) => s.code === value);
}

export const attachmentKinds: readonly { code: AttachmentKind; label: string }[] = [
  { code: 'move_out_certificate', label: '転出証明書' },
  { code: 'power_of_attorney', label: '委任状' },
  { code: 'identity_document', label: '本人確認書類' },
  { code: 'koseki', label: '戸籍' },
  { code: 'printed_form', label: '追加手続の様式' },
  { code: 'other', label: 'その他' },
];

export function attachmentKindLabel(kind: AttachmentKind): string {
  return attachmentKinds.find((k) => k.code === kind)?.label ?? kind;
}

export function isAttachmentKind(value: string): value is AttachmentKind {
  return attachmentKinds.some((k) => k.code === value);
}

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})/;

/** 1985-04-12 (or a Time at UTC midnight) → 昭和60年4月12日（1985年）. */
export function formatBirthDate(value: string | null | undefined): string {
  const d = utcDate(value);
  if (!d) return '';
  const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(d);
  return `${wareki}（${d.getUTCFullYear()}年）`;
}

/** 2026-11-15 → 2026年11月15日. */
export function formatDate(value: string | null | undefined): string {
  const d = utcDate(value);
  if (!d) return '';
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** A date and time in Japan, e.g. 2026年11月26日 13:05. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('ja-JP', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
  }).format(d);
}

function utcDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const m = dateOnly.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** 127718 → 125 KB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
