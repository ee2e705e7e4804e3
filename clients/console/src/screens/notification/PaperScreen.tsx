import { type KeyboardEvent, type MouseEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { Label } from '../../components/Label';
import { useDocumentTitle } from '../useDocumentTitle';
import { NotificationPaperQuery } from './documents';
import { archiveLabel } from './Panels';

const masks = [
  ['', '権限に応じて（既定）'],
  ['mynumber', '個人番号マスク'],
  ['domicile-mynumber', '本籍・個人番号マスク'],
  ['public', '公開用マスク'],
] as const;

/** The server draws every sheet into one SVG, one under the other with this gap (internal/forms/svg.go). */
const PAGE_GAP_MM = 6;

export type Paper = {
  /** The whole form for the screen. */
  svg: string;
  /** One SVG per sheet for printing, each cut out of the whole by its viewBox. */
  pages: string[];
  /** A sheet's size in mm. */
  width: number;
  height: number;
};

/**
 * The server's SVG is our own, but it is still parsed and cleaned before it goes into the page: scripts, foreign
 * objects, event handlers and javascript: links are dropped; everything that draws the form is kept.
 */
export function preparePaper(source: string): Paper | null {
  if (source === '' || typeof DOMParser === 'undefined') return null;
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return null;
  for (const el of Array.from(root.querySelectorAll('script, foreignObject, iframe'))) el.remove();
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      const value = a.value.trim().toLowerCase();
      if (name.startsWith('on') || ((name === 'href' || name === 'xlink:href') && value.startsWith('javascript:'))) {
        el.removeAttribute(a.name);
      }
    }
  }
  const serializer = new XMLSerializer();
  const svg = serializer.serializeToString(root);

  const [, , w = 0, total = 0] = (root.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const count = Math.max(1, Number(root.getAttribute('data-pages') ?? '1') || 1);
  const height = (total - (count - 1) * PAGE_GAP_MM) / count;
  if (!(w > 0 && height > 0)) return { svg, pages: [svg], width: 297, height: 210 };
  const pages: string[] = [];
  for (let i = 0; i < count; i++) {
    const page = root.cloneNode(true) as Element;
    page.setAttribute('viewBox', `0 ${i * (height + PAGE_GAP_MM)} ${w} ${height}`);
    page.setAttribute('width', `${w}mm`);
    page.setAttribute('height', `${height}mm`);
    page.setAttribute('aria-hidden', 'true');
    page.removeAttribute('role');
    page.removeAttribute('aria-label');
    // Printed sheets are not controls.
    for (const f of Array.from(page.querySelectorAll('[tabindex]'))) {
      f.removeAttribute('tabindex');
      f.removeAttribute('role');
    }
    pages.push(serializer.serializeToString(page));
  }
  return { svg, pages, width: w, height };
}

// Printing shows the sheets alone, each at its own size (the SVG is in mm).
export function printCss(p: Paper): string {
  return `
@media screen { .kakanai-print { display: none; } }
@media print {
  @page { size: ${p.width}mm ${p.height}mm; margin: 0; }
  body * { visibility: hidden !important; }
  #kakanai-paper { display: none !important; }
  .kakanai-print, .kakanai-print * { visibility: visible !important; }
  .kakanai-print { position: absolute; left: 0; top: 0; }
  .kakanai-print > div { width: ${p.width}mm; height: ${p.height}mm; overflow: hidden; break-after: page; }
  .kakanai-print > div:last-child { break-after: auto; }
  .kakanai-form .field .hit { fill: transparent !important; stroke: none !important; }
}
`;
}

/** The 届出 in its paper layout (K-d, K-e): each item opens its input in the editor; 印刷 prints just the paper. */
export const PaperScreen = () => {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const uid = useId();
  const [mask, setMask] = useState('');
  const h1Ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle('印刷プレビュー');

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NotificationPaperQuery,
    variables: mask === '' ? { id } : { id, mask },
    requestPolicy: 'network-only',
  });
  const paper = useMemo(() => preparePaper(data?.notificationPaper ?? ''), [data]);
  const node = data?.node?.__typename === 'Notification' ? data.node : null;
  const archives = node?.archivedDocuments ?? [];

  useEffect(() => {
    h1Ref.current?.focus();
  }, []);

  const open = (target: EventTarget | null) => {
    if (!(target instanceof Element)) return false;
    const field = target.closest('[data-field]');
    const path = field?.getAttribute('data-field');
    if (!path) return false;
    void navigate(`/notifications/${id}#field=${encodeURIComponent(path)}`);
    return true;
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (open(e.target)) e.preventDefault();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.key === 'Enter' || e.key === ' ') && open(e.target)) e.preventDefault();
  };

  const errorMessage = error ? (apiErrors(error)[0]?.message ?? '') : '';

  return (
    <div className="flex flex-col gap-6">
      {paper && <style>{printCss(paper)}</style>}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-2">
          <h1 ref={h1Ref} tabIndex={-1} className="text-std-32B-150 focus:outline-none">
            印刷プレビュー
          </h1>
          <p className="text-std-16N-170">
            住民異動届{node ? `（${node.reasonLabel}・${node.statusLabel}）` : ''}。項目を押すと、その入力欄へ移動します。
          </p>
        </div>
        <Link to={`/notifications/${id}`} className="text-std-16B-170 text-blue-900 underline focus-visible:bg-yellow-300">
          入力画面へ戻る
        </Link>
      </div>

      <div className="flex flex-wrap items-end gap-4 rounded-12 bg-white p-4 shadow-1">
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${uid}-mask`} size="sm">
            マスク
          </Label>
          <select
            id={`${uid}-mask`}
            value={mask}
            onChange={(e) => {
              setMask(e.currentTarget.value);
            }}
            className="h-12 rounded-8 border border-solid-gray-600 bg-white px-3 text-oln-16N-100"
          >
            {masks.map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <Button
          variant="solid-fill"
          size="lg"
          aria-disabled={paper === null || undefined}
          onClick={() => {
            window.print();
          }}
        >
          印刷
        </Button>
        {archives.length > 0 && (
          <ul aria-label="保管されたPDF" className="flex flex-wrap gap-x-4">
            {archives.map((a) => (
              <li key={a.id}>
                <a href={a.url} target="_blank" rel="noopener" className="text-std-16N-170 text-blue-900 underline focus-visible:bg-yellow-300">
                  {archiveLabel(a)}のPDFを開く<span className="sr-only">（新しいタブ）</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>

      <p role="status" className="text-std-16N-170">
        {fetching && !data ? '用紙を作成しています…' : ''}
      </p>
      {errorMessage && (
        <div role="alert" className="flex flex-col items-start gap-2">
          <p className="text-std-16N-170 text-red-1000">{errorMessage}</p>
          <Button
            variant="outline"
            size="sm"
            onClick={() => {
              reexecute({ requestPolicy: 'network-only' });
            }}
          >
            再読み込み
          </Button>
        </div>
      )}
      {paper && (
        // The SVG's fields are role="button" with tabindex: clicks and Enter are handled here for all of them.
        <div
          id="kakanai-paper"
          className="overflow-auto rounded-12 border border-solid-gray-420 bg-white p-2 shadow-1 [&_svg]:h-auto [&_svg]:w-full [&_svg]:min-w-[64rem]"
          onClick={onClick}
          onKeyDown={onKeyDown}
          dangerouslySetInnerHTML={{ __html: paper.svg }}
        />
      )}
      {paper && (
        <div className="kakanai-print" aria-hidden="true">
          {paper.pages.map((p, i) => (
            <div key={i} dangerouslySetInnerHTML={{ __html: p }} />
          ))}
        </div>
      )}
    </div>
  );
};
