import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const mailDir = path.join(process.env.E2E_DIR ?? path.join(os.tmpdir(), 'registration-e2e'), 'mail');

/** Waits for a mail to `address` containing a link that matches `pattern`; returns the link. */
async function linkIn(address: string, pattern: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const name of fs.existsSync(mailDir) ? fs.readdirSync(mailDir) : []) {
      if (!name.endsWith('.eml')) continue;
      const raw = fs.readFileSync(path.join(mailDir, name), 'utf8').replace(/=\r?\n/g, '');
      if (!raw.includes(`To: ${address}`)) continue;
      const match = raw.match(pattern);
      if (match) return match[0];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail for ${address} matching ${pattern} in ${mailDir}`);
}

/** The activation link sent to `address` (absolute). */
export function activationLink(address: string, timeoutMs = 10_000): Promise<string> {
  return linkIn(address, /https?:\/\/[^\s"<>]+\/accounts\/activate\/[0-9a-f]{40}\//, timeoutMs);
}

/** The password-reset link sent to `address` (absolute). */
export function resetLink(address: string, timeoutMs = 10_000): Promise<string> {
  return linkIn(address, /https?:\/\/[^\s"<>]+\/accounts\/password\/reset\/confirm\/[0-9a-f]{64}\//, timeoutMs);
}

export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The email-change confirmation link sent to `address` (absolute). */
export function emailConfirmLink(address: string, timeoutMs = 10_000): Promise<string> {
  return linkIn(address, /https?:\/\/[^\s"<>]+\/accounts\/email\/confirm\/[0-9a-f]{64}\//, timeoutMs);
}

/** The "this wasn't me" link of a security notice sent to `address` (absolute). */
export function notMeLink(address: string, timeoutMs = 10_000): Promise<string> {
  return linkIn(address, /https?:\/\/[^\s"<>]+\/accounts\/not-me\/[0-9a-f]{64}\//, timeoutMs);
}
