import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';

export type ImageBox = { id: string; x: number; y: number; w: number; h: number; low: boolean };

export type DocumentImageProps = {
  url: string;
  contentType: string;
  filename: string;
  /** Boxes on the first page, in pixels of the image as the server decoded it. */
  boxes: readonly ImageBox[];
  activeId: string | null;
  /** A click on a box: the screen moves the cursor to that field. */
  onPick: (id: string) => void;
};

/** Display widths relative to the pane: the whole page, or larger to compare small print with the values. */
const zooms = [1, 1.5, 2] as const;

const linkClass =
  'text-blue-900 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300';

/**
 * The scanned page with the box of every field drawn over it. Boxes are placed in percent of the image's
 * natural size, so they stay on their text at any displayed size. Browsers do not show TIFF (and a PDF is not
 * an image): then only a link to the file is offered.
 */
export const DocumentImage = ({ url, contentType, filename, boxes, activeId, onPick }: DocumentImageProps) => {
  const [natural, setNatural] = useState<{ w: number; h: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const [zoom, setZoom] = useState(1);
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeRef = useRef<HTMLDivElement>(null);
  const displayable = !failed && (contentType === 'image/png' || contentType === 'image/jpeg');

  // Bring the focused field's box into the visible part of the image, without moving the page.
  useEffect(() => {
    const box = activeRef.current;
    const pane = scrollRef.current;
    if (!box || !pane) return;
    const top = box.offsetTop - pane.clientHeight / 3;
    const left = box.offsetLeft - pane.clientWidth / 3;
    pane.scrollTo({ top: Math.max(0, top), left: Math.max(0, left) });
  }, [activeId, natural, zoom]);

  const link = (
    <a href={url} target="_blank" rel="noopener noreferrer" className={linkClass}>
      元の画像を開く<span className="sr-only">（{filename}、新しいタブ）</span>
    </a>
  );

  if (!displayable) {
    return (
      <div className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-6">
        <p className="text-std-16N-170">
          {failed ? '画像を表示できませんでした。' : 'この形式の画像はここに表示できません。'}
          別のタブで開いて確認してください。
        </p>
        <p>{link}</p>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label="画像の表示倍率" className="flex flex-wrap items-center gap-2">
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
      {/* Focusable so that the page can be scrolled with the arrow keys too. */}
      <div
        ref={scrollRef}
        role="region"
        aria-label="書類の画像"
        tabIndex={0}
        className="max-h-[calc(100vh-8rem)] overflow-auto rounded-8 border border-solid-gray-420 bg-solid-gray-50"
        data-testid="document-image"
      >
        <div className="relative" style={{ width: `${zoom * 100}%` }}>
          <img
            src={url}
            alt={`読み取った書類の画像（${filename}）`}
            className="block h-auto w-full"
            onLoad={(e) => {
              setNatural({ w: e.currentTarget.naturalWidth, h: e.currentTarget.naturalHeight });
            }}
            onError={() => {
              setFailed(true);
            }}
          />
          {natural && natural.w > 0 && natural.h > 0 && (
            // The boxes repeat what the field list says; a pointer shortcut only.
            <div aria-hidden="true" className="absolute inset-0">
              {boxes.map((b) => {
                const active = b.id === activeId;
                return (
                  <div
                    key={b.id}
                    ref={active ? activeRef : undefined}
                    data-box={b.id}
                    data-active={active || undefined}
                    onClick={() => {
                      onPick(b.id);
                    }}
                    className={`absolute cursor-pointer ${
                      active
                        ? 'z-10 bg-yellow-300/40 outline-4 outline-black ring-4 ring-yellow-300'
                        : b.low
                          ? 'border-2 border-dashed border-red-1000 bg-red-1000/10'
                          : 'border-2 border-blue-900/70 hover:bg-blue-900/10'
                    }`}
                    style={{
                      left: `${(b.x / natural.w) * 100}%`,
                      top: `${(b.y / natural.h) * 100}%`,
                      width: `${(b.w / natural.w) * 100}%`,
                      height: `${(b.h / natural.h) * 100}%`,
                    }}
                  />
                );
              })}
            </div>
          )}
        </div>
      </div>
      <p className="text-std-16N-170 text-solid-gray-800">
        青い枠は読み取った項目、赤い点線の枠は要確認の項目です。枠を押すとその項目に移ります。 {link}
      </p>
    </div>
  );
};
