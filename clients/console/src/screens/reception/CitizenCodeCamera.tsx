import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { normalizeCitizenCode } from './citizenCode';
import { CameraView } from './CameraView';
import { useCameraStream } from './useCameraStream';

// A QR code needs a steady picture more than resolution; jsQR is given at most 800 px anyway.
const codeVideo: MediaTrackConstraints = {
  facingMode: { ideal: 'environment' },
  width: { ideal: 1280 },
  height: { ideal: 720 },
};

// Four frames a second finds a code held up to the tablet quickly without keeping a CPU core busy.
const scanIntervalMs = 250;
// jsQR's time grows with the pixels; 800 px wide still resolves a version 25 code filling half the picture.
const maxScanWidth = 800;

// A code is at least its 53-byte header and the 16-byte tag (69 bytes: 111 base32 letters) and at most what a
// version 40 QR code holds in alphanumeric mode at level M.
const minCodeLength = 111;
const maxCodeLength = 3391;

/** Whether a QR code's text can be a navigation code: base32 of a plausible length. */
function plausibleCitizenCode(code: string): boolean {
  return code.length >= minCodeLength && code.length <= maxCodeLength && /^[A-Z2-7]+$/.test(code);
}

// The Shape Detection API, in Chromium on Android, ChromeOS and macOS and in Safari; the DOM types lack it.
type BarcodeDetectorLike = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats: () => Promise<string[]>;
};

type Detect = (video: HTMLVideoElement) => Promise<string[]>;

/** The platform's detector where it reads QR codes; else jsQR, loaded only now to keep it out of the first screen. */
async function qrDetector(): Promise<Detect> {
  const Native = (window as Window & { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Native) {
    try {
      if ((await Native.getSupportedFormats()).includes('qr_code')) {
        const detector = new Native({ formats: ['qr_code'] });
        return async (video) => (await detector.detect(video)).map((b) => b.rawValue);
      }
    } catch {
      // Some builds expose the class without a working backend: fall back to jsQR.
    }
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    const scale = Math.min(1, maxScanWidth / video.videoWidth);
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    if (!context || width === 0 || height === 0) return Promise.resolve([]);
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    // Residents show a dark code on a light screen or paper: trying the inverted picture too would double the time.
    const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
    return Promise.resolve(found ? [found.data] : []);
  };
}

export type CitizenCodeCameraProps = {
  /** The navigation code read, normalised like a typed one; the view should close. */
  onCode: (code: string) => void;
  onClose: () => void;
};

/**
 * The tablet's camera reading a resident's QR code (N-t, N-u): the preview with a close button, scanning by itself
 * until a navigation code is seen. Other QR codes are ignored and named once. The stream stops when this closes.
 */
export const CitizenCodeCamera = ({ onCode, onClose }: CitizenCodeCameraProps) => {
  const videoRef = useRef<HTMLVideoElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [ready, setReady] = useState(false);
  const [foreign, setForeign] = useState(false);

  useEffect(() => {
    closeRef.current?.focus();
  }, []);
  const [error, setError] = useCameraStream(videoRef, codeVideo);

  const found = useEffectEvent((code: string) => {
    onCode(code);
  });

  useEffect(() => {
    if (!ready) return;
    let stopped = false;
    // A function, so that the checks after each await read the flag as it is then.
    const closed = () => stopped;
    let timer: number | undefined;
    const detector = qrDetector();
    const scan = async () => {
      let detect: Detect;
      try {
        detect = await detector;
      } catch {
        // jsQR's chunk could not be fetched: the server was updated or the network dropped.
        if (!closed()) setError('二次元コードを読み取る準備ができませんでした。画面を再読み込みしてから、もう一度お試しください。');
        return;
      }
      if (closed()) return;
      let texts: string[] = [];
      const video = videoRef.current;
      try {
        if (video && video.videoWidth > 0) texts = await detect(video);
      } catch {
        // A frame the detector could not take (the camera switching resolution): the next one will do.
      }
      if (closed()) return;
      const code = texts.map(normalizeCitizenCode).find(plausibleCitizenCode);
      if (code !== undefined) {
        stopped = true;
        found(code);
        return;
      }
      if (texts.length > 0) setForeign(true);
      timer = window.setTimeout(() => void scan(), scanIntervalMs);
    };
    void scan();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [ready, setError]);

  const status = error
    ? ''
    : !ready
      ? 'カメラを起動しています…'
      : foreign
        ? '手続きナビの二次元コードではありません。市民の方の手続きナビの二次元コードを映してください。'
        : '市民の方の二次元コードを枠に映してください。読み取ると自動で読み込みます。';

  return (
    <CameraView
      title="カメラで二次元コードを読み取る"
      testId="citizen-camera"
      videoRef={videoRef}
      // Scanning starts once frames arrive: before that the picture has no size.
      onPlaying={() => {
        setReady(true);
      }}
      error={error}
      status={status}
      overlay={
        // Where to hold the code; decoding looks at the whole picture.
        <div
          aria-hidden="true"
          className="
            pointer-events-none absolute top-1/2 left-1/2 aspect-square h-3/4 -translate-x-1/2 -translate-y-1/2
            rounded-8 border-4 border-white/80 forced-colors:border-[CanvasText]
          "
        />
      }
    >
      <Button ref={closeRef} variant="outline" size="md" onClick={onClose}>
        カメラを閉じる
      </Button>
    </CameraView>
  );
};
