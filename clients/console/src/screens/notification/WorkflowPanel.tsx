import { type SubmitEvent, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorText } from '../../components/ErrorText';
import { Label } from '../../components/Label';
import type { NotificationStatus } from '../../gql/graphql';
import { ModalDialog } from './ModalDialog';

export type ReasonAction = 'sendBack' | 'hold';

const reasonActions: Record<ReasonAction, { title: string; verb: string }> = {
  sendBack: { title: '差戻', verb: '差戻する' },
  hold: { title: '保留', verb: '保留する' },
};

export type WorkflowPanelProps = {
  status: NotificationStatus;
  statusLabel: string;
  statusReason: string;
  completable: boolean;
  errorCount: number;
  canWrite: boolean;
  canApprove: boolean;
  busy: boolean;
  /** The save is refused (conflict): nothing may move on until the newest version is loaded. */
  blocked: boolean;
  onSubmit: () => void;
  /** Called when 確認へ進む is pressed while it cannot be used: show where the errors are. */
  onSubmitRefused: () => void;
  onApprove: () => void;
  onReason: (action: ReasonAction, reason: string) => Promise<string | null>;
  onResume: () => void;
};

/** The buttons of the workflow for the status and the viewer's permissions (K-b, K-p). */
export const WorkflowPanel = (props: WorkflowPanelProps) => {
  const { status, completable, errorCount, canWrite, canApprove, busy, blocked } = props;
  const uid = useId();
  const [dialog, setDialog] = useState<ReasonAction | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const editable = status === 'draft' || status === 'sent_back';
  const submitRefused = !completable || blocked;
  const whyId = `${uid}-why`;
  const why = blocked
    ? '他の職員の更新と競合しています。最新の内容を読み込んでください。'
    : !completable
      ? `入力に誤りが${errorCount}件あるため、確認へ進めません。上の一覧の誤りを直してください。`
      : '';

  const openDialog = (a: ReasonAction) => {
    setReason('');
    setReasonError('');
    setDialog(a);
  };

  const onReasonSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!dialog) return;
    const label = reasonActions[dialog].title;
    if (reason.trim() === '') {
      setReasonError(`${label}の理由を入力してください。`);
      reasonRef.current?.focus();
      return;
    }
    const err = await props.onReason(dialog, reason.trim());
    if (err) {
      setReasonError(err);
      reasonRef.current?.focus();
      return;
    }
    setDialog(null);
  };

  return (
    <section aria-labelledby={`${uid}-h`} className="flex flex-col gap-3 rounded-12 bg-white p-4 shadow-1">
      <h2 id={`${uid}-h`} className="text-std-20B-150">
        手続き
      </h2>
      {props.statusReason && (status === 'sent_back' || status === 'on_hold') && (
        <p className="text-std-16N-170">
          <span className="text-std-16B-170">{props.statusLabel}の理由：</span>
          {props.statusReason}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {editable && canWrite && (
          <Button
            variant="solid-fill"
            size="lg"
            aria-disabled={submitRefused || busy || undefined}
            aria-describedby={why ? whyId : undefined}
            onClickCapture={() => {
              if (submitRefused) props.onSubmitRefused();
            }}
            onClick={props.onSubmit}
          >
            確認へ進む
          </Button>
        )}
        {status === 'pending_review' && canApprove && (
          <>
            <Button variant="solid-fill" size="lg" aria-disabled={busy || blocked || undefined} onClick={props.onApprove}>
              完了
            </Button>
            <Button
              variant="outline"
              size="lg"
              aria-disabled={busy || blocked || undefined}
              onClick={() => {
                openDialog('sendBack');
              }}
            >
              差戻
            </Button>
          </>
        )}
        {(editable || status === 'pending_review') && canWrite && (
          <Button
            variant="outline"
            size="lg"
            aria-disabled={busy || blocked || undefined}
            onClick={() => {
              openDialog('hold');
            }}
          >
            保留
          </Button>
        )}
        {status === 'on_hold' && canWrite && (
          <Button variant="solid-fill" size="lg" aria-disabled={busy || blocked || undefined} onClick={props.onResume}>
            再開
          </Button>
        )}
      </div>
      {why && editable && (
        <p id={whyId} className="text-std-16N-170 text-red-1000">
          {why}
        </p>
      )}
      {status === 'pending_review' && !canApprove && (
        <p className="text-std-16N-170">確認待ちです。完了・差戻は審査の権限がある職員が行います。</p>
      )}

      <ModalDialog
        open={dialog !== null}
        labelledBy={`${uid}-dialog-h`}
        onClose={() => {
          setDialog(null);
        }}
        initialFocus={() => reasonRef.current}
      >
        {dialog && (
          <form noValidate onSubmit={(e) => void onReasonSubmit(e)} className="flex flex-col gap-4">
            <h2 id={`${uid}-dialog-h`} className="text-std-24B-150">
              {reasonActions[dialog].title}の理由
            </h2>
            <div className="flex flex-col gap-1">
              <Label htmlFor={`${uid}-reason`} required>
                理由
              </Label>
              <textarea
                ref={reasonRef}
                id={`${uid}-reason`}
                rows={3}
                value={reason}
                aria-required="true"
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={reasonError ? `${uid}-reason-error` : undefined}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                }}
                className="w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 aria-[invalid=true]:border-error-1"
              />
              {reasonError && (
                <ErrorText id={`${uid}-reason-error`} role="alert">
                  {reasonError}
                </ErrorText>
              )}
            </div>
            <div className="flex flex-wrap gap-3">
              <Button type="submit" variant="solid-fill" size="md" aria-disabled={busy || undefined}>
                {reasonActions[dialog].verb}
              </Button>
              <Button
                variant="outline"
                size="md"
                onClick={() => {
                  setDialog(null);
                }}
              >
                やめる
              </Button>
            </div>
          </form>
        )}
      </ModalDialog>
    </section>
  );
};
