// Minimal type declarations for the parts of autocannon@8 the load benchmark uses (avoids a @types dependency).
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      method?: string;
      body?: string | Buffer;
      headers?: Record<string, string>;
    }
    interface Histogram {
      p50: number;
      p90: number;
      p99: number;
      average: number;
      max: number;
      total: number;
    }
    interface Result {
      latency: Histogram;
      requests: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
