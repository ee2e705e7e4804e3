import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { Button } from './Button';

/** The warning before the idle wipe (N-x); a modal dialog so that the keyboard lands on 「続ける」. */
export function IdleDialog({ secondsLeft, onContinue }: { secondsLeft: number; onContinue: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onCancel={(e) => {
        e.preventDefault();
        onContinue();
      }}
      className="m-auto w-[min(36rem,calc(100%-2rem))] rounded-16 border-4 border-theme bg-white p-6 text-solid-gray-800 backdrop:bg-black/60"
    >
      <h2 id="idle-title" className="text-std-24B-150">
        {t('idleTitle')}
      </h2>
      <p id="idle-body" className="mt-3">
        {t('idleBody', { n: secondsLeft })}
      </p>
      <div className="mt-6 flex justify-end">
        <Button variant="solid-fill" size="lg" autoFocus onClick={onContinue}>
          {t('idleContinue')}
        </Button>
      </div>
    </dialog>
  );
}
