import { useI18n } from '../i18n/i18n';

/** Progress in % (N-l), as a bar and as text, announced by screen readers as a progressbar. */
export function Progress({ value }: { value: number }) {
  const { t } = useI18n();
  const text = t('progressValue', { n: value });
  return (
    <div className="flex items-center gap-3 print:hidden">
      <span id="progress-label" className="text-std-16B-170">
        {t('progress')}
      </span>
      <div
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={text}
        className="h-4 flex-1 overflow-hidden rounded-full border border-solid-gray-700 bg-white"
      >
        <div className="h-full bg-theme" style={{ width: `${value}%` }} />
      </div>
      <span aria-hidden="true" className="min-w-12 text-right text-std-17B-170" data-testid="progress-text">
        {text}
      </span>
    </div>
  );
}
