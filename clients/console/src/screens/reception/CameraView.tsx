import type { ReactNode, RefObject } from 'react';

export type CameraViewProps = {
  title: string;
  testId: string;
  videoRef: RefObject<HTMLVideoElement | null>;
  /** Frames arrive: before that the picture has no size. */
  onPlaying: () => void;
  error: string;
  status: string;
  /** Drawn over the preview (a frame to aim at). */
  overlay?: ReactNode;
  /** The buttons under the preview. */
  children: ReactNode;
};

/** The frame both camera views share: the live preview, the error, the status in a live region, the buttons. */
export const CameraView = ({ title, testId, videoRef, onPlaying, error, status, overlay, children }: CameraViewProps) => (
  <div className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4" data-testid={testId}>
    <p className="text-std-16B-170">{title}</p>
    <div className="relative">
      {/* A live preview without sound: there is nothing to caption. */}
      <video
        ref={videoRef}
        muted
        playsInline
        aria-label="カメラの映像"
        className="max-h-[50vh] w-full bg-black object-contain"
        onPlaying={onPlaying}
      />
      {overlay}
    </div>
    {error && (
      <p role="alert" className="text-std-16N-170 text-red-1000">
        {error}
      </p>
    )}
    <p role="status" className="text-std-16N-170">
      {status}
    </p>
    <div className="flex flex-wrap gap-3">{children}</div>
  </div>
);
