import { type SubmitEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ChangePasswordMutation } from '../../api/documents';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { StatusMessage } from '../../components/StatusMessage';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';

const fields: { [key in Field]: { id: string; label: string } } = {
  currentPassword: { id: 'password-current', label: '現在のパスワード' },
  newPassword: { id: 'password-new', label: '新しいパスワード' },
  confirmPassword: { id: 'password-confirm', label: '新しいパスワード（確認）' },
};

type FormError = { field?: Field | undefined; message: string };
type Values = { [key in Field]: string };

const empty: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

function validate(v: Values): FormError[] {
  const errors: FormError[] = [];
  if (v.currentPassword === '') errors.push({ field: 'currentPassword', message: '現在のパスワードを入力してください。' });
  if (v.newPassword === '') errors.push({ field: 'newPassword', message: '新しいパスワードを入力してください。' });
  else if (v.newPassword === v.currentPassword) {
    errors.push({ field: 'newPassword', message: '現在のパスワードと違うパスワードを入力してください。' });
  }
  if (v.confirmPassword === '') {
    errors.push({ field: 'confirmPassword', message: '確認のため、新しいパスワードをもう一度入力してください。' });
  } else if (v.newPassword !== '' && v.confirmPassword !== v.newPassword) {
    errors.push({ field: 'confirmPassword', message: '新しいパスワードと一致しません。' });
  }
  return errors;
}

function asField(name: string | undefined): Field | undefined {
  return name === 'currentPassword' || name === 'newPassword' ? name : undefined;
}

export type ChangePasswordFormProps = {
  /** The server requires a new password before anything else (mustChangePassword). */
  required: boolean;
};

export const ChangePasswordForm = ({ required }: ChangePasswordFormProps) => {
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [errorTitle, setErrorTitle] = useState('');
  const [saved, setSaved] = useState(false);
  const [{ fetching }, changePassword] = useMutation(ChangePasswordMutation);
  const firstFieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (required) firstFieldRef.current?.focus();
  }, [required]);

  const focusField = (field: Field) => document.getElementById(fields[field].id)?.focus();

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setSaved(false);

    const invalid = validate(values);
    if (invalid.length > 0) {
      setErrorTitle('入力内容を確認してください');
      setErrors(invalid);
      const first = invalid[0]?.field;
      if (first) focusField(first);
      return;
    }

    setErrors([]);
    const result = await changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    if (result.data?.changePassword) {
      setValues(empty);
      setSaved(true);
      return;
    }
    const failed: FormError[] = result.error
      ? apiErrors(result.error).map((err) => ({ field: asField(err.field), message: err.message }))
      : [{ message: 'パスワードを変更できませんでした。もう一度お試しください。' }];
    setErrorTitle('パスワードを変更できませんでした');
    setErrors(failed);
    focusField(failed.find((f) => f.field)?.field ?? 'currentPassword');
  };

  const errorOf = (field: Field) => errors.find((err) => err.field === field)?.message;
  const set = (field: Field) => (e: { currentTarget: HTMLInputElement }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const summary: ErrorSummaryItem[] = errors.map((err) => ({
    message: err.message,
    fieldId: err.field ? fields[err.field].id : undefined,
    fieldLabel: err.field ? fields[err.field].label : undefined,
  }));

  return (
    <section aria-labelledby="change-password-heading" className="rounded-12 bg-white p-6 shadow-1">
      <h2 id="change-password-heading" className="text-std-24B-150">
        パスワード変更
      </h2>
      {required && (
        <p className="mt-2 text-std-16B-170 text-red-1000">
          管理者がパスワードを設定しました。続けて使う前に、新しいパスワードに変更してください。
        </p>
      )}
      <div className="mt-6 grid gap-6 md:grid-cols-[minmax(0,28rem)_minmax(0,1fr)] md:items-start">
        {/* Before the form in reading order, so a narrow screen shows it first; beside the form from md up. */}
        <div className="flex flex-col gap-4 md:col-start-2 md:row-start-1">
          <ErrorSummary title={errorTitle} items={summary} />
          <StatusMessage>{saved ? 'パスワードを変更しました。' : null}</StatusMessage>
        </div>
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-6 md:col-start-1 md:row-start-1">
          <FormField
            ref={firstFieldRef}
            id={fields.currentPassword.id}
            name="currentPassword"
            type="password"
            label={fields.currentPassword.label}
            required
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={set('currentPassword')}
            error={errorOf('currentPassword')}
          />
          <FormField
            id={fields.newPassword.id}
            name="newPassword"
            type="password"
            label={fields.newPassword.label}
            required
            autoComplete="new-password"
            value={values.newPassword}
            onChange={set('newPassword')}
            error={errorOf('newPassword')}
          />
          <FormField
            id={fields.confirmPassword.id}
            name="confirmPassword"
            type="password"
            label={fields.confirmPassword.label}
            required
            autoComplete="new-password"
            value={values.confirmPassword}
            onChange={set('confirmPassword')}
            error={errorOf('confirmPassword')}
          />
          <div>
            <Button type="submit" variant="solid-fill" size="md" aria-disabled={fetching || undefined}>
              {fetching ? '変更しています…' : 'パスワードを変更'}
            </Button>
          </div>
        </form>
      </div>
    </section>
  );
};
