import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// What the OpenID client keeps between the redirect to the provider and the way back: the PKCE
// code verifier, the state and the nonce.
export type OidcState = { code_verifier: string; state?: string; nonce?: string; max_age?: number };

export const OIDC_STATE_COOKIE = 'doorbraak_oidc';
export const OIDC_STATE_TTL_SECONDS = 10 * 60;

const keyOf = (secret: string): Buffer => Buffer.from(hkdfSync('sha256', secret, 'doorbraak', 'oidc-state-cookie', 32));

// The state travels in a cookie, sealed with AES-256-GCM: the browser can neither read the code
// verifier nor change the state or nonce without the seal breaking.
export const sealOidcState = (secret: string, state: OidcState, now: Date): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const plain = JSON.stringify({ state, expiresAt: now.getTime() + OIDC_STATE_TTL_SECONDS * 1000 });
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
};

// Null for anything missing, tampered with or expired.
export const openOidcState = (secret: string, sealed: string | undefined, now: Date): OidcState | null => {
  if (!sealed) {
    return null;
  }
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    const { state, expiresAt } = JSON.parse(plain) as { state: OidcState; expiresAt: number };
    return expiresAt > now.getTime() ? state : null;
  } catch {
    return null;
  }
};
