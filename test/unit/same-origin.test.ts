// The Origin check of state-changing requests: the server's own origin as http, or as https behind a TLS proxy that
// passes the Host on; any other origin or site is refused.
import { describe, expect, it } from 'vitest';
import { crossOriginReason } from '../../src/server/same-origin.ts';

const post = (origin: string | undefined, host: string, site?: string) =>
  crossOriginReason({ method: 'POST', headers: { host, ...(origin !== undefined ? { origin } : {}), ...(site ? { 'sec-fetch-site': site } : {}) } });

describe('crossOriginReason', () => {
  it('accepts the own origin over http and over https (a TLS proxy passing the Host on), and no Origin', () => {
    expect(post('http://127.0.0.1:8080', '127.0.0.1:8080')).toBeNull();
    expect(post('https://burnout.example.org', 'burnout.example.org')).toBeNull();
    expect(post(undefined, '127.0.0.1:8080', 'same-origin')).toBeNull();
  });

  it('refuses other origins, other ports, other schemes and cross-site requests', () => {
    expect(post('http://evil.example', '127.0.0.1:8080')).toMatch(/another origin/);
    expect(post('https://127.0.0.1:9999', '127.0.0.1:8080')).toMatch(/another origin/);
    expect(post('https://burnout.example.org:8443', 'burnout.example.org')).toMatch(/another origin/);
    expect(post('ftp://127.0.0.1:8080', '127.0.0.1:8080')).toMatch(/another origin/);
    expect(post('null', '127.0.0.1:8080')).toMatch(/another origin/);
    expect(post(undefined, '127.0.0.1:8080', 'cross-site')).toMatch(/another site/);
  });
});
