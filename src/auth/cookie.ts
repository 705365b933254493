// The session cookie: `__Host-burnout-session` with Secure when browsers reach the server over TLS (auth.tls), else
// `burnout-session` without Secure (plain http on loopback, where a `__Host-` cookie cannot be set); always HttpOnly,
// SameSite=Strict, Path=/ and no Domain (docs/security.md).

/** The cookie's name for the deployment. */
export function sessionCookieName(tls: boolean): string {
  return tls ? '__Host-burnout-session' : 'burnout-session';
}

/** A Set-Cookie value carrying `token` (maxAgeSec: until the absolute timeout), or clearing it when token is null. */
export function sessionCookie(tls: boolean, token: string | null, maxAgeSec = 0): string {
  const parts = [`${sessionCookieName(tls)}=${token ?? ''}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${token === null ? 0 : Math.max(0, Math.floor(maxAgeSec))}`];
  if (tls) parts.push('Secure');
  return parts.join('; ');
}

/** The value of cookie `name` in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}
