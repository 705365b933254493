// One PostgreSQL LISTEN connection for a channel, reconnecting after an error (a second later, until closed), and
// telling its owner whether it is connected — while it is not, notifications may be missed.
import pg from 'pg';

/** What a listener does with a notification and with its connection state. */
export interface ListenHandlers {
  notify(payload: string): void;
  /** Called with true once listening (again), false when the connection was lost. */
  connected?(up: boolean): void;
}

/** A running listener. */
export interface PgListener {
  close(): Promise<void>;
}

const RETRY_MS = 1000;

/** Connects and LISTENs on `channel` (a plain identifier); rejects when the first connection fails. */
export async function listenTo(url: string, channel: string, h: ListenHandlers): Promise<PgListener> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a plain channel name: ${channel}`);
  let client: pg.Client | null = null;
  let closed = false;
  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => h.notify(n.payload ?? ''));
    c.on('error', () => {
      if (client !== c) return;
      client = null;
      h.connected?.(false);
      c.end().catch(() => {});
      if (!closed) setTimeout(() => void connect().catch(() => {}), RETRY_MS).unref();
    });
    await c.connect();
    await c.query(`listen ${channel}`);
    client = c;
    h.connected?.(true);
  }
  await connect();
  return {
    async close() {
      closed = true;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
