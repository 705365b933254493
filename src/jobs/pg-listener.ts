// One PostgreSQL LISTEN connection for a channel, reconnecting after an error (a second later, until closed). While it
// is down notifications are missed, so its users also re-check what they wait for (job-waiter.ts).
import pg from 'pg';

/** What a listener does with a notification. */
export interface ListenHandlers {
  notify(payload: string): void;
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
  // Until closed, a lost or failed connection is tried again every RETRY_MS.
  const retry = () => { if (!closed) setTimeout(() => void connect().catch(retry), RETRY_MS).unref(); };
  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => h.notify(n.payload ?? ''));
    c.on('error', () => {
      if (client !== c) return;
      client = null;
      c.end().catch(() => {});
      retry();
    });
    try {
      await c.connect();
      await c.query(`listen ${channel}`);
    } catch (e) {
      c.end().catch(() => {});
      throw e;
    }
    client = c;
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
