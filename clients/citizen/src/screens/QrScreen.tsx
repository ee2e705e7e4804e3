import type { CitizenConfig, Flow } from '../api/types';
import { Button } from '../components/Button';
import { LineSend } from '../components/LineSend';
import { useFocusHeading } from '../components/useFocusHeading';
import { useI18n } from '../i18n/i18n';
import type { LiffSession } from '../line/liff';
import { QrImage } from '../qr/QrImage';
import type { MadeQr } from '../session/state';

type Props = { config: CitizenConfig; flow: Flow; qr: MadeQr; liff: LiffSession | null; onRestart: () => void };

function groups(code: string): string {
  return code.replace(/(.{8})/g, '$1 ').trim();
}

/** The encrypted code (N-t, N-v) to show or print at the counter; the household itself is already erased (N-w). */
export default function QrScreen({ config, flow, qr, liff, onRestart }: Props) {
  const { t, loc, lang } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>('qr');
  const expires = new Date(qr.expiresAt).toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Tokyo',
  });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 ref={heading} tabIndex={-1} className="text-std-28B-150 md:text-std-32B-150">
          {t('qrTitle')}
        </h1>
        <p className="text-std-18N-160">{t('qrLead')}</p>
      </div>
      <figure className="flex flex-col items-center gap-3 rounded-12 border-2 border-theme p-4 break-inside-avoid" data-code={qr.code}>
        <QrImage text={qr.code} label={t('qrAlt', { title: loc(flow.title) })} />
        <figcaption className="text-center text-std-18B-160">
          {config.name}：{loc(flow.title)}
          <br />
          <span data-testid="qr-expires">{t('qrExpires', { date: expires })}</span>
        </figcaption>
      </figure>
      <p role="status" className="rounded-8 bg-theme-soft p-4 text-std-17N-170">
        {t('qrWiped')}
      </p>
      <details className="rounded-8 border border-solid-gray-600 p-4">
        <summary className="min-h-12 cursor-pointer text-std-17B-170 text-theme underline">{t('qrText')}</summary>
        <p className="mt-2">{t('qrTextHint')}</p>
        <p className="mt-2 font-mono text-std-16N-170 break-all" data-testid="qr-text">
          {groups(qr.code)}
        </p>
      </details>
      {liff ? <LineSend lg={config.lgCode} liff={liff} flowId={qr.flowId} answers={qr.answers} code={qr.code} /> : null}
      <div className="flex flex-wrap gap-3 print:hidden">
        <Button variant="outline" size="lg" onClick={() => { window.print(); }}>
          {t('print')}
        </Button>
        <Button variant="solid-fill" size="lg" onClick={onRestart}>
          {t('startOver')}
        </Button>
      </div>
    </div>
  );
}
