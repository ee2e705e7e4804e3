/** Name of the non-HttpOnly cookie the server sets at login; its value is echoed in {@link CSRF_HEADER}. */
export const CSRF_COOKIE = 'kakanai_csrf';
/** Header every POST to /graphql carries (double-submit cookie defence). */
export const CSRF_HEADER = 'X-Kakanai-CSRF';

/**
 * The value for {@link CSRF_HEADER}: the kakanai_csrf cookie when present (logged in), otherwise the
 * literal "1" — before login there is no session to protect, but the header must still be present.
 */
export function csrfToken(cookie: string = document.cookie): string {
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== CSRF_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (value === '') continue;
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return '1';
}
