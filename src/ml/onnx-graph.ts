// A small ONNX graph builder on onnx-proto: typed inputs/outputs, float/int64 initializers, nodes, serialisation. The
// tests write their tiny models with it; the face detector converts BlazeFace with it (src/analysis/face/blazeface/).
import onnxProto from 'onnx-proto';
import { createRng } from './random.ts';

const { onnx } = onnxProto;

/** A tensor dimension: a fixed size or a symbolic name ("batch", "sequence"). */
export type Dim = number | string;
export type ElemType = 'float' | 'int64' | 'uint8';

/** A node attribute value with its ONNX kind made explicit (ints and floats are both numbers in JS). */
export type Attr = { int: number } | { ints: number[] } | { float: number } | { floats: number[] } | { string: string };

const ELEM: Record<ElemType, number> = {
  float: onnx.TensorProto.DataType.FLOAT,
  int64: onnx.TensorProto.DataType.INT64,
  uint8: onnx.TensorProto.DataType.UINT8,
};
const A = onnx.AttributeProto.AttributeType;

/** Collects a graph and writes it as an ONNX ModelProto (IR 8, default domain opset 13 by default). */
export class GraphBuilder {
  private readonly nodes: onnxProto.onnx.INodeProto[] = [];
  private readonly initializers: onnxProto.onnx.ITensorProto[] = [];
  private readonly inputs: onnxProto.onnx.IValueInfoProto[] = [];
  private readonly outputs: onnxProto.onnx.IValueInfoProto[] = [];
  private counter = 0;

  constructor(private readonly name: string) {}

  /** Declares a graph input and returns its name. */
  input(name: string, type: ElemType, dims: Dim[]): string {
    this.inputs.push(valueInfo(name, type, dims));
    return name;
  }

  /** Declares a graph output (an existing value name). */
  output(name: string, type: ElemType, dims: Dim[]): string {
    this.outputs.push(valueInfo(name, type, dims));
    return name;
  }

  /** Adds a float32 initializer and returns its name. */
  floats(name: string, dims: number[], values: ArrayLike<number>): string {
    const data = Float32Array.from(values as ArrayLike<number>);
    if (data.length !== dims.reduce((a, b) => a * b, 1)) throw new Error(`initializer ${name}: ${data.length} values for ${dims}`);
    this.initializers.push({ name, dims, dataType: ELEM.float, rawData: new Uint8Array(data.buffer) });
    return name;
  }

  /** Adds an int64 initializer and returns its name. */
  int64s(name: string, dims: number[], values: number[]): string {
    const data = BigInt64Array.from(values.map((v) => BigInt(v)));
    this.initializers.push({ name, dims, dataType: ELEM.int64, rawData: new Uint8Array(data.buffer) });
    return name;
  }

  /** Adds a node; returns the name of its (single) output, `out` or a generated one. */
  node(opType: string, inputs: string[], attrs: Record<string, Attr> = {}, out?: string): string {
    const output = out ?? `${opType.toLowerCase()}_${this.counter++}`;
    this.nodes.push({
      opType,
      name: `${output}_node`,
      input: inputs,
      output: [output],
      attribute: Object.entries(attrs).map(([key, value]) => attribute(key, value)),
    });
    return output;
  }

  /** Serialises the model. */
  toBytes(opset = 13): Uint8Array {
    const model = onnx.ModelProto.create({
      irVersion: 8,
      producerName: 'burnout',
      opsetImport: [{ domain: '', version: opset }],
      graph: {
        name: this.name,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs,
      },
    });
    return onnx.ModelProto.encode(model).finish();
  }
}

function valueInfo(name: string, type: ElemType, dims: Dim[]): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: ELEM[type],
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

function attribute(name: string, value: Attr): onnxProto.onnx.IAttributeProto {
  if ('int' in value) return { name, type: A.INT, i: value.int };
  if ('ints' in value) return { name, type: A.INTS, ints: value.ints };
  if ('float' in value) return { name, type: A.FLOAT, f: value.float };
  if ('floats' in value) return { name, type: A.FLOATS, floats: value.floats };
  return { name, type: A.STRING, s: new TextEncoder().encode(value.string) };
}

/** A seeded pseudo-random generator (the project's mulberry32): the same seed always gives the same weights. */
export function seededRandom(seed: number): () => number {
  return createRng(seed).next;
}

/** `n` weights uniform in [-scale, scale) from `rand`. */
export function randomWeights(rand: () => number, n: number, scale = 1): Float32Array {
  return Float32Array.from({ length: n }, () => (rand() * 2 - 1) * scale);
}
