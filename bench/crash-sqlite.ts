// Crash test for the SQLite store: a child writes check-ins as fast as it can and is killed with SIGKILL, N times;
// afterwards every acknowledged row must be there and PRAGMA integrity_check must say ok.
// Run: node bin/run-ts.js bench/crash-sqlite.ts [--kills 20]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { REPO_ROOT } from '../src/config/paths.ts';

/** The outcome of a crash run. */
export interface CrashReport {
  kills: number;
  acknowledged: number;
  missing: number;
  rowsInDb: number;
  integrity: string;
  /** Acknowledged check-ins per kill cycle. */
  perKill: number[];
}

/** Runs `kills` write-and-SIGKILL cycles against one SQLite file and checks it. */
export async function runCrashTest(kills = 20, log: (s: string) => void = () => {}): Promise<CrashReport> {
  const dir = mkdtempSync(join(tmpdir(), 'burnout-crash-'));
  const file = join(dir, 'crash.sqlite');
  const acked = new Set<string>();
  const perKill: number[] = [];
  try {
    for (let k = 0; k < kills; k++) {
      const n = await oneCycle(file, acked, 50 + Math.floor(Math.random() * 400));
      perKill.push(n);
      log(`kill ${k + 1}/${kills}: ${n} check-ins acknowledged before SIGKILL (total ${acked.size})`);
    }
    const db = new SqliteDatabase(file, { readonly: true });
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const ids = new Set((db.prepare('select id from assessments').all() as Array<{ id: string }>).map((r) => r.id));
    db.close();
    const missing = [...acked].filter((id) => !ids.has(id)).length;
    return { kills, acknowledged: acked.size, missing, rowsInDb: ids.size, integrity, perKill };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts a writer, lets it write for `ms` after it is ready, kills it with SIGKILL; returns acks seen. */
function oneCycle(file: string, acked: Set<string>, ms: number): Promise<number> {
  return new Promise((resolveCycle, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'run-ts.js'), join(REPO_ROOT, 'bench', 'crash-writer.ts'), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let count = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), ms);
        else if (line.startsWith('ack ')) {
          acked.add(line.slice(4));
          count++;
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      // A partial last line (no newline) was never acknowledged and is ignored.
      if (signal !== 'SIGKILL') reject(new Error(`writer exited without being killed: ${stderr.split('\n')[0]}`));
      else resolveCycle(count);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--kills');
  const kills = i > 0 ? Number(process.argv[i + 1]) : 20;
  const report = await runCrashTest(kills, (s) => console.log(s));
  console.log(`acknowledged ${report.acknowledged}, in db ${report.rowsInDb}, missing ${report.missing}, integrity_check: ${report.integrity}`);
  process.exitCode = report.missing === 0 && report.integrity === 'ok' ? 0 : 1;
}
