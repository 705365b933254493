// A tiny WebAssembly assembler for the voice analyzer's SIMD kernels (decimate-simd.ts, lagged-simd.ts): opcodes,
// LEB128 encoding, a one-function module that imports its memory, and per-thread kept instances. No toolchain.

export const I32 = 0x7f;
export const V128 = 0x7b;
export const op = {
  block: 0x02, loop: 0x03, br: 0x0c, brIf: 0x0d, end: 0x0b, get: 0x20, set: 0x21,
  i32Load: 0x28, f64Load: 0x2b, f64Store: 0x39, f32Store: 0x38, i32Const: 0x41, f64Const: 0x44, i32Eqz: 0x45, i32GeS: 0x4e,
  i32Add: 0x6a, i32Sub: 0x6b, i32Shl: 0x74, f32DemoteF64: 0xb6, simd: 0xfd,
} as const;
export const simd = { v128Load: 0x00, v128Store: 0x0b, f64x2Splat: 0x14, f64x2ExtractLane: 0x21, f64x2Add: 0xf0, f64x2Mul: 0xf2 } as const;

/** Unsigned LEB128. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (i32 constants). */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

const str = (s: string): number[] => [...uleb(s.length), ...Buffer.from(s, 'utf8')];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

/** A SIMD instruction with its immediates. */
export const simdOp = (code: number, ...imm: number[]): number[] => [op.simd, ...uleb(code), ...imm];
/** A memory immediate: alignment (log2 bytes) and offset. */
export const memarg = (alignLog2: number, offset: number): number[] => [...uleb(alignLog2), ...uleb(offset)];
/** local.get / local.set. */
export const get = (i: number): number[] => [op.get, i];
export const set = (i: number): number[] => [op.set, i];
/** local i += imm (i32). */
export const addI32 = (i: number, imm: number): number[] => [...get(i), op.i32Const, ...sleb(imm), op.i32Add, ...set(i)];

/**
 * The bytes of a module with one exported function `name` taking `params` i32 parameters, with `i32Locals` more i32
 * locals and then `v128Locals` v128 locals, and body `code` (without the final `end`); it imports env.memory.
 */
export function kernelModuleBytes(name: string, params: number, i32Locals: number, v128Locals: number, code: number[]): Uint8Array<ArrayBuffer> {
  const body = [...vec([[...uleb(i32Locals), I32], [...uleb(v128Locals), V128]]), ...code, op.end];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec(Array.from({ length: params }, () => [I32])), 0x00]])),
    ...section(2, vec([[...str('env'), ...str('memory'), 0x02, 0x00, 0x01]])),
    ...section(3, vec([[0x00]])),
    ...section(7, vec([[...str(name), 0x00, 0x00]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}

/** Compiles `bytes` once (lazily); null when this runtime has no WebAssembly SIMD. */
export function lazyModule(bytes: () => Uint8Array<ArrayBuffer>): () => WebAssembly.Module | null {
  let compiled: WebAssembly.Module | null | undefined;
  return () => {
    if (compiled !== undefined) return compiled;
    try {
      compiled = new WebAssembly.Module(bytes());
    } catch {
      compiled = null;
    }
    return compiled;
  };
}

/** An instance of a kernel with its memory and the computation whose data the memory holds now. */
export interface KeptKernel<F> {
  memory: WebAssembly.Memory;
  run: F;
  owner: object | null;
}

const PAGE = 65_536;
/** Largest memory kept between calls; a larger computation gets a memory of its own. */
const MAX_KEPT_BYTES = 8 << 20;

/**
 * Instances with a memory of at least `bytes`: the thread's kept one for this module (grown if needed) — first-touching
 * fresh memory costs more than a whole kernel run on this VM (~3 ms per MB of page faults) — or, above MAX_KEPT_BYTES,
 * a new one. Callers mark the memory theirs with `owner` and write their data again when another computation took it.
 */
export function keptKernels<F>(exportName: string): (module: WebAssembly.Module, bytes: number) => KeptKernel<F> {
  let kept: KeptKernel<F> | undefined;
  const instantiate = (module: WebAssembly.Module, bytes: number): KeptKernel<F> => {
    const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE) });
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    return { memory, run: instance.exports[exportName] as F, owner: null };
  };
  return (module, bytes) => {
    if (bytes > MAX_KEPT_BYTES) return instantiate(module, bytes);
    kept ??= instantiate(module, bytes);
    const have = kept.memory.buffer.byteLength;
    if (have < bytes) kept.memory.grow(Math.ceil((bytes - have) / PAGE));
    return kept;
  };
}

/**
 * Claims a kept kernel (of `kernels`, with at least `bytes` of memory) for one computation: `write` puts its data into
 * the memory now, and `use()` returns the kernel, writing the data again first when another computation has used the
 * memory since (the thread's kept memory is shared by every computation of that kernel).
 */
export function claimKernel<F>(
  kernels: (module: WebAssembly.Module, bytes: number) => KeptKernel<F>,
  module: WebAssembly.Module,
  bytes: number,
  write: (memory: ArrayBuffer) => void,
): () => KeptKernel<F> {
  const token = {};
  const bind = (): KeptKernel<F> => {
    const k = kernels(module, bytes);
    k.owner = token;
    write(k.memory.buffer);
    return k;
  };
  let kernel = bind();
  return () => (kernel.owner === token ? kernel : (kernel = bind()));
}

/** n rounded up to a multiple of 16 bytes. */
export function align16(n: number): number {
  return Math.ceil(n / 16) * 16;
}
