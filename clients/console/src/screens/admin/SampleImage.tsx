import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { type Rect, type SampleBox, clampRect, keyLabel } from './ocrSample';

export type SampleImageProps = {
  url: string;
  contentType: string;
  filename: string;
  boxes: readonly SampleBox[];
  selectedId: string | null;
  natural: { w: number; h: number } | null;
  onNatural: (size: { w: number; h: number }) => void;
  onSelect: (id: string) => void;
  /** A box drawn with the mouse, in the image's pixels. */
  onDraw: (r: Rect) => void;
  /** A box moved or resized with the keyboard. */
  onChange: (id: string, r: Rect) => void;
};

const zooms = [1, 1.5, 2] as const;

/** 「枠1（氏名）」: how a box is called on the image and in the list. */
export function boxName(b: SampleBox, index: number): string {
  const what = b.role === 'title' ? '表題' : b.key ? keyLabel(b.key) : '項目未選択';
  return `枠${index + 1}（${what}）`;
}

export function boxGeometry(b: Rect): string {
  return `左${b.x}・上${b.y}・幅${b.w}・高さ${b.h}ピクセル`;
}

/** Smaller than this (image pixels) a drag is taken for a click, not a box. */
const minDraw = 8;

/**
 * The sample with its boxes. The mouse draws a new box by dragging over the image; every box can also be moved
 * (arrow keys) and resized (Shift + arrow keys) from the keyboard, 10 pixels a press, 1 with Alt.
 */
export const SampleImage = (props: SampleImageProps) => {
  const { url, contentType, filename, boxes, selectedId, natural, onNatural, onSelect, onDraw, onChange } = props;
  const [zoom, setZoom] = useState<number>(1);
  const [failed, setFailed] = useState(false);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const [said, setSaid] = useState('');
  const overlay = useRef<HTMLDivElement>(null);
  const displayable = !failed && (contentType === 'image/png' || contentType === 'image/jpeg');

  if (!displayable) {
    return (
      <div className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-6">
        <p className="text-std-16N-170">
          {failed ? '画像を表示できませんでした。' : 'この形式（TIFF・PDF）の見本はここに表示できません。'}
          PNG か JPEG でスキャンした見本を取り込んでください。枠は右の数値でも指定できます。
        </p>
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer" className="text-blue-900 underline focus-visible:bg-yellow-300">
            見本を開く<span className="sr-only">（{filename}、新しいタブ）</span>
          </a>
        </p>
      </div>
    );
  }

  const toImage = (e: PointerEvent<HTMLDivElement>) => {
    const el = overlay.current;
    if (!el || !natural) return null;
    const r = el.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) / r.width) * natural.w,
      y: ((e.clientY - r.top) / r.height) * natural.h,
    };
  };
  const dragRect = (d: NonNullable<typeof drag>): Rect => ({
    x: Math.min(d.x0, d.x1),
    y: Math.min(d.y0, d.y1),
    w: Math.abs(d.x1 - d.x0),
    h: Math.abs(d.y1 - d.y0),
  });

  const onKey = (e: KeyboardEvent<HTMLDivElement>, b: SampleBox, index: number) => {
    const dirs: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const dir = dirs[e.key];
    if (!dir) return;
    e.preventDefault();
    const step = e.altKey ? 1 : 10;
    const [dx, dy] = dir;
    const next = e.shiftKey
      ? clampRect({ x: b.x, y: b.y, w: b.w + dx * step, h: b.h + dy * step }, natural)
      : clampRect({ x: b.x + dx * step, y: b.y + dy * step, w: b.w, h: b.h }, natural);
    onChange(b.id, next);
    setSaid(`${boxName(b, index)}：${boxGeometry(next)}`);
  };

  const pct = (v: number, of: number) => `${(v / of) * 100}%`;

  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label="見本の表示倍率" className="flex flex-wrap items-center gap-2">
        {zooms.map((z) => (
          <Button
            key={z}
            variant="outline"
            size="sm"
            aria-pressed={zoom === z}
            className="aria-pressed:bg-blue-900 aria-pressed:text-white"
            onClick={() => {
              setZoom(z);
            }}
          >
            {z === 1 ? '幅に合わせる' : `${z * 100}%`}
          </Button>
        ))}
      </div>
      <p id="sample-image-help" className="text-std-16N-170 text-solid-gray-800">
        画像の上をドラッグすると枠を描けます。枠を選んで矢印キーで移動、Shift＋矢印キーで大きさを変えます（Alt を押しながらだと1ピクセルずつ）。
      </p>
      {/* Focusable so that the sample can be scrolled with the arrow keys too. */}
      <div
        role="region"
        aria-label="見本の画像"
        tabIndex={0}
        className="max-h-[calc(100vh-8rem)] overflow-auto rounded-8 border border-solid-gray-420 bg-solid-gray-50"
        data-testid="sample-image"
      >
        <div className="relative select-none" style={{ width: `${zoom * 100}%` }}>
          <img
            src={url}
            alt={`見本の画像（${filename}）`}
            draggable={false}
            className="block h-auto w-full"
            onLoad={(e) => {
              onNatural({ w: e.currentTarget.naturalWidth, h: e.currentTarget.naturalHeight });
            }}
            onError={() => {
              setFailed(true);
            }}
          />
          {natural && (
            <div
              ref={overlay}
              className="absolute inset-0 cursor-crosshair touch-none"
              data-testid="sample-draw-area"
              onPointerDown={(e) => {
                if (e.target !== e.currentTarget || e.button !== 0) return;
                const p = toImage(e);
                if (!p) return;
                e.currentTarget.setPointerCapture(e.pointerId);
                setDrag({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
              }}
              onPointerMove={(e) => {
                if (!drag) return;
                const p = toImage(e);
                if (p) setDrag({ ...drag, x1: p.x, y1: p.y });
              }}
              onPointerUp={(e) => {
                if (!drag) return;
                const p = toImage(e);
                const d = p ? { ...drag, x1: p.x, y1: p.y } : drag;
                setDrag(null);
                const r = dragRect(d);
                if (r.w >= minDraw && r.h >= minDraw) onDraw(clampRect(r, natural));
              }}
              onPointerCancel={() => {
                setDrag(null);
              }}
            >
              {boxes.map((b, i) => {
                const selected = b.id === selectedId;
                return (
                  <div
                    key={b.id}
                    role="button"
                    tabIndex={0}
                    aria-pressed={selected}
                    aria-label={`${boxName(b, i)}：${boxGeometry(b)}`}
                    aria-describedby="sample-image-help"
                    data-box={b.id}
                    onFocus={() => {
                      onSelect(b.id);
                    }}
                    onClick={() => {
                      onSelect(b.id);
                    }}
                    onKeyDown={(e) => {
                      onKey(e, b, i);
                    }}
                    className={`absolute cursor-pointer focus-visible:outline-4 focus-visible:outline-black ${
                      selected
                        ? 'z-10 border-2 border-black bg-yellow-300/40 ring-4 ring-yellow-300'
                        : b.role === 'title'
                          ? 'border-2 border-dashed border-green-900 bg-green-900/10'
                          : 'border-2 border-blue-900 bg-blue-900/10 hover:bg-blue-900/20'
                    }`}
                    style={{ left: pct(b.x, natural.w), top: pct(b.y, natural.h), width: pct(b.w, natural.w), height: pct(b.h, natural.h) }}
                  >
                    <span
                      aria-hidden="true"
                      className="absolute -top-6 left-0 rounded-4 bg-blue-900 px-1 text-dns-14N-130 whitespace-nowrap text-white"
                    >
                      {i + 1}
                    </span>
                  </div>
                );
              })}
              {drag && (
                <div
                  aria-hidden="true"
                  className="absolute border-2 border-dashed border-red-1000"
                  style={{
                    left: pct(dragRect(drag).x, natural.w),
                    top: pct(dragRect(drag).y, natural.h),
                    width: pct(dragRect(drag).w, natural.w),
                    height: pct(dragRect(drag).h, natural.h),
                  }}
                />
              )}
            </div>
          )}
        </div>
      </div>
      <p aria-live="polite" className="text-std-16N-170 text-solid-gray-800" data-testid="sample-box-said">
        {said}
      </p>
    </div>
  );
};
