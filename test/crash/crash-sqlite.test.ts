// Crash test: 20 SIGKILLs of a child writing check-ins lose no acknowledged row and leave an intact SQLite file.
import { describe, expect, it } from 'vitest';
import { runCrashTest } from '../../bench/crash-sqlite.ts';

describe('SQLite store under SIGKILL', () => {
  it('keeps every acknowledged check-in and passes integrity_check after 20 kills', async () => {
    const report = await runCrashTest(20);
    console.log(`crash test: ${report.acknowledged} acknowledged, ${report.rowsInDb} in db, missing ${report.missing}, integrity ${report.integrity}`);
    expect(report.kills).toBe(20);
    expect(report.acknowledged).toBeGreaterThan(20);
    expect(report.missing).toBe(0);
    expect(report.rowsInDb).toBeGreaterThanOrEqual(report.acknowledged);
    expect(report.integrity).toBe('ok');
  }, 300_000);
});
