import { type RefObject, useEffect, useState } from 'react';

function cameraError(e: unknown): string {
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'カメラの使用が許可されていません。ブラウザーの設定でこのページにカメラの使用を許可してください。';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'カメラが見つかりません。';
  if (name === 'NotReadableError') return 'カメラを他のアプリが使っています。そのアプリを閉じてから、もう一度お試しください。';
  return 'カメラを起動できませんでした。';
}

/**
 * Plays the camera in the video element while the component is mounted and stops every track when it unmounts,
 * so that the camera's light goes off as soon as the view closes. `video` must be a stable object (a module
 * constant): a new one restarts the camera. Returns the message to show when the camera could not start, and a
 * setter for the component's own failures with the picture.
 */
export function useCameraStream(
  videoRef: RefObject<HTMLVideoElement | null>,
  video: MediaTrackConstraints,
): [error: string, setError: (message: string) => void] {
  const [error, setError] = useState('');
  useEffect(() => {
    let closed = false;
    let stream: MediaStream | null = null;
    navigator.mediaDevices
      .getUserMedia({ audio: false, video })
      .then((s) => {
        if (closed) {
          s.getTracks().forEach((t) => {
            t.stop();
          });
          return;
        }
        stream = s;
        const el = videoRef.current;
        if (el) {
          el.srcObject = s;
          void el.play().catch(() => undefined);
        }
      })
      .catch((e: unknown) => {
        if (!closed) setError(cameraError(e));
      });
    return () => {
      closed = true;
      stream?.getTracks().forEach((t) => {
        t.stop();
      });
      stream = null;
    };
  }, [videoRef, video]);
  return [error, setError];
}
