import { randomBytes } from 'node:crypto';

// Substrings the server's password policy refuses (internal/auth/password.go) or could refuse.
const guessable = /admin|passw|kakanai|ogori|qwerty|asdf|letmein|welcome|iloveyou|1234/i;

/** A long random password mixing letters, digits and symbols, so the server's password policy accepts it. */
export function strongPassword(): string {
  for (;;) {
    const pw = `Kk7!${randomBytes(18).toString('base64url')}-qZ9`;
    if (!guessable.test(pw)) return pw;
  }
}
