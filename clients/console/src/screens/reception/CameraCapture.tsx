import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { CameraView } from './CameraView';
import { useCameraStream } from './useCameraStream';

export { cameraAvailable } from './cameraAvailable';

// A document needs resolution more than frame rate; the rear camera of a tablet.
const documentVideo: MediaTrackConstraints = {
  facingMode: { ideal: 'environment' },
  width: { ideal: 2560 },
  height: { ideal: 1920 },
};

export type CameraCaptureProps = {
  /** A JPEG of the frame shown when the staff pressed the button. */
  onCapture: (file: File) => void;
  onClose: () => void;
};

/** The rear camera's preview with a shutter button; the stream is stopped when this closes. */
export const CameraCapture = ({ onCapture, onClose }: CameraCaptureProps) => {
  const videoRef = useRef<HTMLVideoElement>(null);
  const captureRef = useRef<HTMLButtonElement>(null);
  const [ready, setReady] = useState(false);
  const [shots, setShots] = useState(0);

  useEffect(() => {
    captureRef.current?.focus();
  }, []);
  const [error, setError] = useCameraStream(videoRef, documentVideo);

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

  const status = error
    ? ''
    : ready
      ? shots > 0
        ? `${shots}枚撮影しました。続けて撮影できます。`
        : '書類を枠に収めて「撮影して読み取る」を押してください。'
      : 'カメラを起動しています…';

  return (
    <CameraView
      title="カメラで撮影"
      testId="camera"
      videoRef={videoRef}
      // Ready once frames arrive: before that the picture has no size and a capture would be empty.
      onPlaying={() => {
        setReady(true);
      }}
      error={error}
      status={status}
    >
      <Button ref={captureRef} variant="solid-fill" size="md" onClick={capture} aria-disabled={!ready || undefined}>
        撮影して読み取る
      </Button>
      <Button variant="outline" size="md" onClick={onClose}>
        カメラを閉じる
      </Button>
    </CameraView>
  );
};
