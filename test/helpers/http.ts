// Builds request bodies for app.inject: multipart/form-data through the platform's FormData encoder.

/** A multipart part: a plain value, or a file with bytes (the declared type is deliberately free). */
export type FormValue = string | { bytes: Uint8Array; filename: string; type?: string };

/** Encodes fields (repeatable) as multipart/form-data; returns the payload and its content-type header. */
export async function multipart(fields: Array<[string, FormValue]>): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of fields) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([new Uint8Array(value.bytes)], { type: value.type ?? 'application/octet-stream' }), value.filename);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
  };
}
