import * as argon2 from 'argon2';
import { AuthError } from './auth.exception';

// OWASP's argon2id minimum: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, ARGON2_OPTIONS);

// Verified against a real hash even when the account does not exist, so timing does not tell.
let dummyHash: Promise<string> | undefined;

export const verifyPassword = async (hash: string | null, password: string): Promise<boolean> => {
  if (!hash) {
    dummyHash ??= hashPassword('no account has this password');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
};

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

// ASVS 2.1: length over composition rules; no password equal to the account's email.
export const assertAcceptablePassword = (password: string, email: string): void => {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AuthError('WEAK_PASSWORD', `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AuthError('WEAK_PASSWORD', `A password has at most ${MAX_PASSWORD_LENGTH} characters.`);
  }
  if (password.trim().toLowerCase() === email.toLowerCase()) {
    throw new AuthError('WEAK_PASSWORD', 'A password may not be the email address.');
  }
};
