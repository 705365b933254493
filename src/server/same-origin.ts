// Same-origin only. A Host allow-list (loopback names on the server's port, plus server.allowedHosts) answers 421
// to anything else, which stops DNS rebinding in every browser; every state-changing request must come from the
// server's own origin (Origin absent or equal, Sec-Fetch-Site not cross-site) or gets 403 CROSS_ORIGIN. The CLI and
// curl send no Origin and keep working.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { refusal } from '../errors.ts';

/** Names that always reach the server (it binds to loopback only). */
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Methods that change nothing (they still need an allowed Host). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Sec-Fetch-Site values of requests a page of this server made, or that a person typed. */
const OWN_SITES = new Set(['same-origin', 'none']);

/** A Host header split into a lower-case name (IPv6 in brackets) and a port (80 when absent); null when malformed. */
export function parseHost(host: string): { name: string; port: number } | null {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!m) return null;
  const port = m[2] === undefined ? 80 : Number(m[2]);
  return port > 65535 ? null : { name: m[1]!.toLowerCase(), port };
}

/**
 * True when `host` is one of the loopback names on `serverPort` (any port when it is not known, as under
 * `app.inject`), or matches an entry of `extra` ("name" on the server's port, or exactly "name:port").
 */
export function hostAllowed(host: string | undefined, serverPort: number | undefined, extra: readonly string[]): boolean {
  const h = host ? parseHost(host) : null;
  if (!h) return false;
  const onPort = serverPort === undefined || h.port === serverPort;
  if (LOOPBACK_NAMES.has(h.name) && onPort) return true;
  return extra.some((entry) => {
    const e = parseHost(entry);
    if (!e) return false;
    return /:\d+$/.test(entry.trim()) ? e.name === h.name && e.port === h.port : e.name === h.name && onPort;
  });
}

/** Why a state-changing request is not same-origin, or null when it is. */
export function crossOriginReason(request: Pick<FastifyRequest, 'method' | 'headers'>): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && !OWN_SITES.has(site.toLowerCase())) return `the request came from another site (${site})`;
  const origin = request.headers.origin;
  if (origin === undefined) return null;
  return ownOrigin(origin, request.headers.host ?? '') ? null : `the request came from another origin (${origin.slice(0, 100)})`;
}

/**
 * Whether `origin` is this server as the browser addressed it (the Host header): `http://<Host>`, or `https://<Host>`
 * behind a reverse proxy that ends TLS and passes the Host on (docs/deploy.md). Only the owner of that name can serve
 * a page from that origin, so accepting the https form lets in no other site.
 */
function ownOrigin(origin: string, host: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // URL.host drops the scheme's default port, as a browser's Host header does.
  return (url.protocol === 'http:' || url.protocol === 'https:') && `${url.protocol}//${url.host}` === origin.toLowerCase() && url.host === host.toLowerCase();
}

/** Installs both checks as the first onRequest hook (before any body is read). */
export function installSameOrigin(app: FastifyInstance, allowedHosts: readonly string[]): void {
  let port: number | undefined;
  app.addHook('onRequest', async (request) => {
    if (port === undefined) {
      const address = app.server.address();
      port = typeof address === 'object' && address ? address.port : undefined;
    }
    if (!hostAllowed(request.headers.host, port, allowedHosts)) {
      throw refusal('HOST_NOT_ALLOWED', `this server answers only as 127.0.0.1, localhost or [::1]${port ? ` on port ${port}` : ''}`, {
        hint: 'open the address `burnout serve` printed; to use another name, add it to server.allowedHosts',
      });
    }
    const why = crossOriginReason(request);
    if (why) throw refusal('CROSS_ORIGIN', `${why}; only the dashboard served here, the CLI or a client without an Origin header may change data`);
  });
}
