import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';

/** Whether this browser can use a camera at all (a tablet at the counter; a PC usually has none). */
export function cameraAvailable(): boolean {
  // Absent outside secure contexts (plain http to another host) and in some kiosk browsers.
  const devices = (navigator as Partial<Navigator>).mediaDevices;
  return typeof devices?.getUserMedia === 'function';
}

function cameraError(e: unknown): string {
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'カメラの使用が許可されていません。ブラウザーの設定でこのページにカメラの使用を許可してください。';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'カメラが見つかりません。';
  if (name === 'NotReadableError') return 'カメラを他のアプリが使っています。そのアプリを閉じてから、もう一度お試しください。';
  return 'カメラを起動できませんでした。';
}

export type CameraCaptureProps = {
  /** A JPEG of the frame shown when the staff pressed the button. */
  onCapture: (file: File) => void;
  onClose: () => void;
};

/** The rear camera's preview with a shutter button; the stream is stopped when this closes. */
export const CameraCapture = ({ onCapture, onClose }: CameraCaptureProps) => {
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const captureRef = useRef<HTMLButtonElement>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState('');
  const [shots, setShots] = useState(0);

  useEffect(() => {
    let closed = false;
    captureRef.current?.focus();
    navigator.mediaDevices
      .getUserMedia({
        audio: false,
        // A document needs resolution more than frame rate; the rear camera of a tablet.
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 2560 }, height: { ideal: 1920 } },
      })
      .then((stream) => {
        if (closed) {
          stream.getTracks().forEach((t) => {
            t.stop();
          });
          return;
        }
        streamRef.current = stream;
        const video = videoRef.current;
        if (video) {
          video.srcObject = stream;
          void video.play().catch(() => undefined);
        }
      })
      .catch((e: unknown) => {
        if (!closed) setError(cameraError(e));
      });
    return () => {
      closed = true;
      streamRef.current?.getTracks().forEach((t) => {
        t.stop();
      });
      streamRef.current = null;
    };
  }, []);

  const capture = () => {
    const video = videoRef.current;
    if (!ready || !video || video.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
    canvas.toBlob(
      (blob) => {
        if (!blob) {
          setError('撮影した画像を作れませんでした。もう一度お試しください。');
          return;
        }
        const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
        setShots((n) => n + 1);
        onCapture(new File([blob], `camera-${stamp}.jpg`, { type: 'image/jpeg' }));
      },
      'image/jpeg',
      0.92,
    );
  };

  return (
    <div className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4" data-testid="camera">
      <p className="text-std-16B-170">カメラで撮影</p>
      {/* A live preview without sound: there is nothing to caption. */}
      <video
        ref={videoRef}
        muted
        playsInline
        aria-label="カメラの映像"
        className="max-h-[50vh] w-full bg-black object-contain"
        // Ready once frames arrive: before that the picture has no size and a capture would be empty.
        onPlaying={() => {
          setReady(true);
        }}
      />
      {error && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          {error}
        </p>
      )}
      <p role="status" className="text-std-16N-170">
        {error ? '' : ready ? (shots > 0 ? `${shots}枚撮影しました。続けて撮影できます。` : '書類を枠に収めて「撮影して読み取る」を押してください。') : 'カメラを起動しています…'}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button ref={captureRef} variant="solid-fill" size="md" onClick={capture} aria-disabled={!ready || undefined}>
          撮影して読み取る
        </Button>
        <Button variant="outline" size="md" onClick={onClose}>
          カメラを閉じる
        </Button>
      </div>
    </div>
  );
};
