// Reads a check-in request (multipart/form-data, or JSON for text-only) into text, files, self-report and consent,
// enforcing the limits: one file per field, per-field byte limits, text length, and file type by magic bytes (audio:
// the decoder's own sniffer, src/media/audio/sniff.ts).
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import type { Modality } from '../analysis/types.ts';
import { BurnoutError } from '../errors.ts';
import { AUDIO_MIME, sniffAudio } from '../media/audio/sniff.ts';
import { parsePlainDecimal } from '../plain-decimal.ts';
import type { SelfReport } from '../trend/types.ts';

/** An uploaded file whose type was recognised from its bytes. */
export interface UploadedFile {
  bytes: Uint8Array;
  /** MIME type detected from the magic bytes (the declared one is ignored). */
  mime: string;
  ext: string;
}

/** A parsed check-in request. */
export interface CheckInUpload {
  text?: string;
  audio?: UploadedFile;
  image?: UploadedFile;
  selfReport: SelfReport;
  /** What the user agreed to have stored: raw content of these modalities, and 'note' for the note. */
  consent: Set<Modality | 'note'>;
  /** When the check-in happened, as sent (validated by parseCheckInTime). */
  at?: string;
  /** A free-text note (not analysed). */
  note?: string;
}

/** Upload limits. */
export interface UploadLimits {
  maxImageBytes: number;
  maxAudioBytes: number;
  maxTextChars: number;
  /** Checks the first bytes of an audio file while the rest still arrives (throws to refuse it at once). */
  precheckAudio?: (prefix: Uint8Array) => void;
  /** Called when a file part arrives, before any of it is read (throws to refuse the modality). */
  refuseFile?: (field: 'audio' | 'image') => void;
}

/** Bytes of an audio upload read before `precheckAudio` looks at them (any WAV header fits). */
const PRECHECK_BYTES = 4096;

const FILE_FIELDS = ['audio', 'image'] as const;
const VALUE_FIELDS = new Set(['text', 'energy', 'stress', 'work', 'consent', 'at', 'note']);
const CONSENT_NAMES: Record<string, Modality | 'note'> = { text: 'text', voice: 'voice', audio: 'voice', face: 'face', image: 'face', note: 'note' };

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

const selfReportSchema = z.object({
  energy: z.number().min(0).max(10).optional(),
  stress: z.number().min(0).max(10).optional(),
  work: z.number().min(0).max(24).optional(),
});

/** Parses a multipart or JSON check-in. Every mistake is a BurnoutError with a 4xx code. */
export async function readCheckInUpload(request: FastifyRequest, limits: UploadLimits): Promise<CheckInUpload> {
  const values = new Map<string, string[]>();
  const files: Partial<Record<FileField, Uint8Array>> = {};
  if (request.isMultipart()) {
    await readParts(request, limits, values, files);
  } else if (request.body !== undefined && !(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new BurnoutError('MEDIA_UNSUPPORTED', 'send a check-in as multipart/form-data (or JSON for text only)');
  } else {
    readJsonBody(request.body, values);
  }
  return {
    ...readText(values, limits.maxTextChars),
    ...(files.audio ? { audio: await checkType(files.audio, 'audio') } : {}),
    ...(files.image ? { image: await checkType(files.image, 'image') } : {}),
    selfReport: readSelfReport(values),
    consent: readConsent(values),
    ...optionalValue(values, 'at'),
    ...readNote(values, limits.maxTextChars),
  };
}

type FileField = (typeof FILE_FIELDS)[number];

/** Reads every part; a malformed body (a parser error without a status) becomes INPUT_INVALID, never a 500. */
async function readParts(request: FastifyRequest, limits: UploadLimits, values: Map<string, string[]>, files: Partial<Record<FileField, Uint8Array>>): Promise<void> {
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const field = part.fieldname as FileField;
        if (!FILE_FIELDS.includes(field)) {
          part.file.resume();
          throw new BurnoutError('INPUT_INVALID', `unexpected file field "${part.fieldname}" (files go in "audio" or "image"; text is a plain field)`);
        }
        if (limits.refuseFile) {
          try {
            limits.refuseFile(field);
          } catch (e) {
            part.file.resume();
            throw e;
          }
        }
        if (files[field]) throw new BurnoutError('INPUT_INVALID', `only one file is accepted in "${field}"`);
        const max = field === 'audio' ? limits.maxAudioBytes : limits.maxImageBytes;
        files[field] = await readLimited(part.file, max, field, field === 'audio' ? limits.precheckAudio : undefined);
      } else {
        if (!VALUE_FIELDS.has(part.fieldname)) throw new BurnoutError('INPUT_INVALID', `unknown field "${part.fieldname}"`);
        if (part.valueTruncated) throw tooLongText(limits.maxTextChars);
        const list = values.get(part.fieldname) ?? [];
        list.push(String(part.value));
        values.set(part.fieldname, list);
      }
    }
  } catch (e) {
    if (e instanceof BurnoutError || typeof (e as { statusCode?: unknown }).statusCode === 'number') throw e;
    throw new BurnoutError('INPUT_INVALID', 'the upload could not be read (malformed multipart/form-data body)', { cause: e });
  }
}

async function readLimited(
  stream: AsyncIterable<Buffer> & { resume(): void; truncated?: boolean },
  max: number,
  field: string,
  precheck?: (prefix: Uint8Array) => void,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  let checked = !precheck;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > max || stream.truncated) {
      throw new BurnoutError('MEDIA_TOO_LARGE', `the ${field} file is larger than ${(max / 1024 / 1024).toFixed(0)} MB`);
    }
    chunks.push(chunk);
    if (!checked && size >= PRECHECK_BYTES) {
      checked = true;
      precheck!(joined(chunks));
    }
  }
  if (size === 0) throw new BurnoutError('MEDIA_UNDECODABLE', `the ${field} file is empty`);
  if (!checked) precheck!(joined(chunks));
  return ownBytes(joined(chunks));
}

/** The chunks as one byte array (a view of the one chunk, or of their concatenation: no second copy). */
function joined(chunks: Buffer[]): Uint8Array {
  const b = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * The bytes in an ArrayBuffer of their own: a large concatenation already is one (kept as it is — each extra copy of
 * an upload costs its page faults, ~3 ms per MB here); a view into a read chunk or Buffer's shared pool is copied, so
 * that passing the file to a worker thread clones only the file.
 */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * Recognises the file's type from its bytes: audio with the decoder's own sniffer (so the API accepts every container
 * the CLI decodes: WAV, RF64, RIFX, CAF, AIFF, …), images with file-type. A wrong or unknown type is MEDIA_UNSUPPORTED.
 */
async function checkType(bytes: Uint8Array, field: 'audio' | 'image'): Promise<UploadedFile> {
  if (field === 'audio') {
    const sniffed = sniffAudio(bytes);
    if (sniffed.kind === 'audio') return { bytes, mime: AUDIO_MIME[sniffed.container], ext: sniffed.container };
    const what = sniffed.kind === 'other' ? sniffed.what : 'not a recognised file type';
    throw new BurnoutError('MEDIA_UNSUPPORTED', `the audio field holds ${what}; it must be audio (WAV; WebM, OGG, MP3, M4A, FLAC, CAF or AIFF with ffmpeg)`);
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !IMAGE_TYPES.has(type.mime)) {
    const what = type ? `a ${type.ext.toUpperCase()} file (${type.mime})` : 'not a recognised file type';
    throw new BurnoutError('MEDIA_UNSUPPORTED', `the image field holds ${what}; it must be a JPEG, PNG or WebP image`);
  }
  return { bytes, mime: type.mime, ext: type.ext };
}

function readJsonBody(body: unknown, values: Map<string, string[]>): void {
  if (body === undefined || body === null) return;
  if (typeof body !== 'object' || Array.isArray(body)) throw new BurnoutError('INPUT_INVALID', 'the JSON body must be an object');
  for (const [k, v] of Object.entries(body)) {
    if (FILE_FIELDS.includes(k as 'audio')) throw new BurnoutError('INPUT_INVALID', `send "${k}" as a file in multipart/form-data`);
    if (!VALUE_FIELDS.has(k)) throw new BurnoutError('INPUT_INVALID', `unknown field "${k}"`);
    if (v === null || v === undefined) continue;
    if (k === 'consent' && typeof v === 'object' && !Array.isArray(v)) {
      values.set(k, [JSON.stringify(v)]);
      continue;
    }
    const list = Array.isArray(v) ? v : [v];
    if (!list.every((x) => ['string', 'number', 'boolean'].includes(typeof x))) {
      throw new BurnoutError('INPUT_INVALID', `field "${k}" must be a string or a number`);
    }
    values.set(k, list.map(String));
  }
}

function single(values: Map<string, string[]>, name: string): string | undefined {
  const list = values.get(name);
  if (!list) return undefined;
  if (list.length > 1) throw new BurnoutError('INPUT_INVALID', `give "${name}" once`);
  return list[0];
}

function readText(values: Map<string, string[]>, maxChars: number): { text?: string } {
  const text = single(values, 'text');
  if (text === undefined || text.trim() === '') return {};
  if ([...text].length > maxChars) throw tooLongText(maxChars);
  return { text };
}

function optionalValue(values: Map<string, string[]>, name: 'at'): { at?: string } {
  const v = single(values, name);
  return v === undefined || v.trim() === '' ? {} : { [name]: v.trim() };
}

function readNote(values: Map<string, string[]>, maxChars: number): { note?: string } {
  const note = single(values, 'note');
  if (note === undefined || note.trim() === '') return {};
  if ([...note].length > maxChars) throw new BurnoutError('INPUT_INVALID', `"note" is longer than ${maxChars.toLocaleString('en')} characters`);
  return { note: note.trim() };
}

function tooLongText(maxChars: number): BurnoutError {
  return new BurnoutError('INPUT_INVALID', `the journal text is longer than ${maxChars.toLocaleString('en')} characters`);
}

function readSelfReport(values: Map<string, string[]>): SelfReport {
  const raw: Record<string, number> = {};
  for (const k of ['energy', 'stress', 'work'] as const) {
    const v = single(values, k);
    if (v === undefined || v.trim() === '') continue;
    const n = parsePlainDecimal(v);
    if (n === null) throw new BurnoutError('INPUT_INVALID', `"${k}" must be a plain decimal number such as 7 or 7.5`);
    raw[k] = n;
  }
  const parsed = selfReportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const range = issue.path[0] === 'work' ? '0–24 hours' : '0–10';
    throw new BurnoutError('INPUT_INVALID', `"${String(issue.path[0])}" must be within ${range}`);
  }
  return parsed.data;
}

/** Consent as names ("text,voice", repeatable) or as a JSON object of booleans ({"text":true,"face":false}). */
function readConsent(values: Map<string, string[]>): Set<Modality | 'note'> {
  const out = new Set<Modality | 'note'>();
  const add = (name: string) => {
    const m = CONSENT_NAMES[name.trim().toLowerCase()];
    if (!m) throw new BurnoutError('INPUT_INVALID', `unknown consent "${name}" (use text, note, voice or face)`);
    out.add(m);
  };
  for (const entry of values.get('consent') ?? []) {
    if (entry.trim().startsWith('{')) {
      let obj: unknown;
      try {
        obj = JSON.parse(entry);
      } catch {
        throw new BurnoutError('INPUT_INVALID', '"consent" is not valid JSON');
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new BurnoutError('INPUT_INVALID', '"consent" must be an object of booleans');
      for (const [name, granted] of Object.entries(obj)) {
        if (typeof granted !== 'boolean') throw new BurnoutError('INPUT_INVALID', `consent "${name}" must be true or false`);
        if (granted) add(name);
        else if (!CONSENT_NAMES[name.toLowerCase()]) add(name);
      }
    } else {
      for (const name of entry.split(',').filter((x) => x.trim())) add(name);
    }
  }
  return out;
}
