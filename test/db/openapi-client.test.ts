// The OpenAPI document is one a client can be generated from: GET /api/docs/json of a real app (SQLite, no models) is
// turned into TypeScript types with openapi-typescript, and the dashboard's API module (web/src/api/) is type-checked
// against them with the TypeScript compiler: each client function must read its route's documented answer and name no
// field the document lacks. A client type with a misspelt field fails the same check (the second test).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithoutModels } from '../helpers/app-without-models.ts';
import { BODY_CHECKS, RESPONSE_CHECKS } from '../contract/web-api-checks.ts';
import { openTempSqlite } from './backends.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WEB_API = join(ROOT, 'web/src/api');

/** The head of a contract file: the generated types, the checks and the dashboard's API modules. */
function contractHead(): string {
  return [
    "import type { paths } from './openapi.ts';",
    `import type { Conforms, Expect, Sends } from ${JSON.stringify(join(ROOT, 'test/contract/conforms.ts'))};`,
    `import type * as client from ${JSON.stringify(join(WEB_API, 'client.ts'))};`,
    `import type * as session from ${JSON.stringify(join(WEB_API, 'session.ts'))};`,
    `import type * as submit from ${JSON.stringify(join(WEB_API, 'submit.ts'))};`,
    `import type * as types from ${JSON.stringify(join(WEB_API, 'types.ts'))};`,
    "type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;",
    "type Body<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;",
    '',
  ].join('\n');
}

/** Type-checks `source` (written beside the generated types) with the dashboard's compiler options. */
function typeCheck(dir: string, source: string): string[] {
  const file = join(dir, 'contract.ts');
  writeFileSync(file, source);
  const configPath = join(ROOT, 'web/tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, join(ROOT, 'web'), undefined, configPath);
  const program = ts.createProgram([file], parsed.options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    const where = d.file ? `${d.file.fileName === file ? 'contract.ts' : d.file.fileName}:${line + 1} ` : '';
    // A failed check names the client function it was written for (the comment at the end of its line).
    const check = d.file?.fileName === file ? ` [${d.file.text.split('\n')[line]?.split('// ')[1] ?? 'check'}]` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n') + check;
  });
}

describe('a client generated from /api/docs/json', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'burnout-openapi-'));
    const store = await openTempSqlite();
    const { app, close } = await appWithoutModels(store);
    try {
      const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(res.statusCode).toBe(200);
      writeFileSync(join(dir, 'openapi.ts'), astToString(await openapiTS(res.json())));
    } finally {
      await close();
      await store.dispose();
    }
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('types every function of the dashboard\'s API module', () => {
    const lines = [
      ...RESPONSE_CHECKS.map((c, i) => `export type Answer${i} = Expect<Conforms<Json<paths['${c.path}']['${c.method}']['responses'][${c.status}]>, Awaited<ReturnType<typeof ${c.fn}>>>>; // ${c.fn}`),
      ...BODY_CHECKS.map((c, i) => `export type Request${i} = Expect<Sends<Body<paths['${c.path}']['${c.method}']>, NonNullable<Parameters<typeof ${c.fn}>[${c.arg}]>>>; // ${c.fn}`),
      // The polling of a queued check-in reads the job the 202 answer documents.
      "export type Job = Expect<Conforms<Json<paths['/api/assessments']['post']['responses'][202]>, types.JobResponse>>;",
    ];
    expect(typeCheck(dir, contractHead() + lines.join('\n') + '\n')).toEqual([]);
  });

  it('fails on a client type that names a field the document lacks', () => {
    const wrong = "export type Wrong = Expect<Conforms<Json<paths['/api/stats']['get']['responses'][200]>, Omit<types.Stats, 'checkIns'> & { checkins: number }>>;";
    const errors = typeCheck(dir, contractHead() + wrong + '\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/contract\.ts:\d+ Type 'false' does not satisfy the constraint 'true'/);
  });
});
