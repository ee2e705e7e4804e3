import { type SubmitEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LoginMutation } from '../../api/documents';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { Disclosure } from '../../components/Disclosure';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { productName, useDocumentTitle } from '../useDocumentTitle';

type Field = 'loginId' | 'password' | 'tenant';

const fields: { [key in Field]: { id: string; label: string } } = {
  loginId: { id: 'login-id', label: 'ログインID' },
  password: { id: 'login-password', label: 'パスワード' },
  tenant: { id: 'login-tenant', label: '自治体コード' },
};

type FormError = { field?: Field | undefined; message: string };

type Values = { loginId: string; password: string; tenant: string };

const lgCodePattern = /^\d{6}$/;

function validate(values: Values): FormError[] {
  const errors: FormError[] = [];
  if (values.loginId.trim() === '') errors.push({ field: 'loginId', message: 'ログインIDを入力してください。' });
  if (values.password === '') errors.push({ field: 'password', message: 'パスワードを入力してください。' });
  if (values.tenant.trim() !== '' && !lgCodePattern.test(values.tenant.trim())) {
    errors.push({ field: 'tenant', message: '自治体コードは6桁の数字で入力してください。' });
  }
  return errors;
}

function asField(name: string | undefined): Field | undefined {
  return name === 'loginId' || name === 'password' || name === 'tenant' ? name : undefined;
}

/** ?tenant=402168 pre-fills the municipality, e.g. from a bookmark on a shared (ASP) installation. */
function tenantFromURL(): string {
  const value = new URLSearchParams(window.location.search).get('tenant') ?? '';
  return lgCodePattern.test(value) ? value : '';
}

export type LoginScreenProps = {
  onLoggedIn: () => void;
};

export const LoginScreen = ({ onLoggedIn }: LoginScreenProps) => {
  const [values, setValues] = useState<Values>(() => ({ loginId: '', password: '', tenant: tenantFromURL() }));
  const [tenantOpen, setTenantOpen] = useState(() => values.tenant !== '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [errorTitle, setErrorTitle] = useState('');
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [done, setDone] = useState(false);
  const busy = fetching || done;
  const passwordRef = useRef<HTMLInputElement>(null);

  useDocumentTitle(errors.length > 0 ? 'エラー：ログイン' : 'ログイン');

  const focusField = (field: Field) => {
    if (field === 'tenant') setTenantOpen(true);
    // After React has rendered the opened disclosure.
    requestAnimationFrame(() => {
      const el = document.getElementById(fields[field].id);
      if (el instanceof HTMLInputElement) {
        el.focus();
        el.select();
      }
    });
  };

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;

    const invalid = validate(values);
    if (invalid.length > 0) {
      setErrorTitle('入力内容を確認してください');
      setErrors(invalid);
      const first = invalid[0]?.field;
      if (first) focusField(first);
      return;
    }

    setErrors([]);
    const tenant = values.tenant.trim();
    const result = await login({
      loginId: values.loginId.trim(),
      password: values.password,
      tenant: tenant === '' ? null : tenant,
    });
    if (result.data?.login) {
      setDone(true);
      onLoggedIn();
      return;
    }
    const failed: FormError[] = result.error
      ? apiErrors(result.error).map((err) => ({ field: asField(err.field), message: err.message }))
      : [{ message: 'ログインできませんでした。もう一度お試しください。' }];
    setErrorTitle('ログインできませんでした');
    setErrors(failed);
    // A wrong ID or password names no single field: put the cursor back in the password to retype it.
    const first = failed.find((f) => f.field)?.field;
    if (first) focusField(first);
    else {
      passwordRef.current?.focus();
      passwordRef.current?.select();
    }
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
    <div className="min-h-screen bg-solid-gray-50">
      <header className="border-b border-solid-gray-420 bg-white">
        <p className="mx-auto max-w-5xl px-6 py-4 text-std-20B-150 text-blue-900">{productName}</p>
      </header>
      <main className="mx-auto grid max-w-5xl gap-6 px-6 py-10 md:grid-cols-[minmax(0,28rem)_minmax(0,1fr)] md:items-start">
        {/* Before the form in reading order, so a narrow screen shows it first; beside the form from md up. */}
        {summary.length > 0 && (
          <div className="md:sticky md:top-6 md:col-start-2 md:row-start-1">
            <ErrorSummary id="login-errors" title={errorTitle} items={summary} />
          </div>
        )}
        <section
          aria-labelledby="login-heading"
          className="rounded-12 bg-white p-6 shadow-1 md:col-start-1 md:row-start-1 md:p-8"
        >
          <h1 id="login-heading" className="text-std-28B-150 text-solid-gray-900">
            ログイン
          </h1>
          <p className="mt-2 text-std-16N-170 text-solid-gray-700">職員用のログインIDとパスワードを入力してください。</p>

          <form
            noValidate
            onSubmit={(e) => void onSubmit(e)}
            className="mt-6 flex flex-col gap-6"
            aria-describedby={errors.length > 0 ? 'login-errors' : undefined}
          >
            <FormField
              id={fields.loginId.id}
              name="loginId"
              label={fields.loginId.label}
              required
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              // The screen exists to log in: start typing at once.
              autoFocus
              value={values.loginId}
              onChange={set('loginId')}
              error={errorOf('loginId')}
            />
            <FormField
              ref={passwordRef}
              id={fields.password.id}
              name="password"
              type="password"
              label={fields.password.label}
              required
              autoComplete="current-password"
              value={values.password}
              onChange={set('password')}
              error={errorOf('password')}
            />
            <Disclosure summary="自治体を指定してログインする" open={tenantOpen} onOpenChange={setTenantOpen}>
              <FormField
                id={fields.tenant.id}
                name="tenant"
                label={fields.tenant.label}
                support="複数の自治体で同じログインIDを使う場合だけ、6桁の地方公共団体コード（例：402168）を入力します。"
                inputMode="numeric"
                autoComplete="off"
                maxLength={6}
                value={values.tenant}
                onChange={set('tenant')}
                error={errorOf('tenant')}
              />
            </Disclosure>
            <div>
              <Button type="submit" variant="solid-fill" size="lg" aria-disabled={busy || undefined} className="w-full">
                {busy ? 'ログインしています…' : 'ログイン'}
              </Button>
            </div>
          </form>
        </section>
      </main>
    </div>
  );
};
