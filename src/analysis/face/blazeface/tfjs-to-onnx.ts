// Converts Human's BlazeFace (a TensorFlow.js graph model: NHWC convolutions, depthwise convolutions, residual adds,
// max pooling, channel padding) into an ONNX model for ONNX Runtime, with Human's input preparation inside the graph:
// RGB bytes of any size → float → bilinear resize to the model's square input (TF's resizeBilinear without half-pixel
// centres = ONNX "asymmetric") → x / 127.5 − 1. The four heads come out as one [1, anchors, 17] tensor in the order
// Human's decoder reads them (512 anchors of the 16 × 16 grid, then 384 of the 8 × 8 grid; score, box, 6 landmarks).
// Only the operations this model uses are converted; anything else is an error.
import { GraphBuilder } from '../../../ml/onnx-graph.ts';

/** A node of a TensorFlow.js graph model (model.json → modelTopology.node). */
interface TfNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, { s?: string; i?: string; list?: { i?: string[]; s?: string[] } }>;
}

/** The parts of a TensorFlow.js graph model's model.json this converter reads. */
export interface TfjsGraphModel {
  modelTopology: { node: TfNode[] };
  weightsManifest: Array<{ weights: Array<{ name: string; shape: number[]; dtype: string }> }>;
}

interface Weight {
  shape: number[];
  data: Float32Array | Int32Array;
}

/** Name of the converted model's input (uint8 [1, height, width, 3]) and output ([1, anchors, 17]). */
export const BLAZEFACE_INPUT = 'image';
export const BLAZEFACE_OUTPUT = 'detections';

/**
 * The ONNX bytes of the BlazeFace graph `model` with its weights `bin` (the model's .bin file), taking RGB bytes of
 * any size and resizing them to `inputSize` (256 for Human's blazeface.json). Throws on an operation it does not know.
 */
export function blazeFaceToOnnx(model: TfjsGraphModel, bin: Uint8Array, inputSize: number): Uint8Array {
  const weights = readWeights(model, bin);
  const g = new GraphBuilder('blazeface');
  const values = new Map<string, string>();
  const heads: Array<{ anchors: number; width: number; value: string }> = [];
  const valueOf = (input: string) => {
    const v = values.get(input.replace(/^\^/, '').replace(/:0$/, ''));
    if (!v) throw new Error(`blazeface: unknown value ${input}`);
    return v;
  };
  const weight = (name: string | undefined) => {
    const w = name ? weights.get(name.replace(/:0$/, '')) : undefined;
    if (!w) throw new Error(`blazeface: no weight ${name}`);
    return w;
  };
  let n = 0;
  const id = (what: string) => `${what}_${n++}`;

  for (const node of model.modelTopology.node) {
    const inputs = (node.input ?? []).filter((i) => !i.startsWith('^'));
    switch (node.op) {
      case 'Const':
        break;
      case 'Placeholder': {
        const image = g.input(BLAZEFACE_INPUT, 'uint8', [1, 'height', 'width', 3]);
        const float = g.node('Cast', [image], { to: { int: 1 } });
        const nchw = g.node('Transpose', [float], { perm: { ints: [0, 3, 1, 2] } });
        const sizes = g.int64s(id('sizes'), [4], [1, 3, inputSize, inputSize]);
        const resized = g.node('Resize', [nchw, '', '', sizes], { mode: { string: 'linear' }, coordinate_transformation_mode: { string: 'asymmetric' } });
        const scaled = g.node('Div', [resized, g.floats(id('c127_5'), [], [127.5])]);
        values.set(node.name, g.node('Sub', [scaled, g.floats(id('one'), [], [1])]));
        break;
      }
      case '_FusedConv2D':
      case 'DepthwiseConv2dNative': {
        const depthwise = node.op === 'DepthwiseConv2dNative';
        const filter = weight(inputs[1]);
        const [kh, kw, cin, cout] = filter.shape as [number, number, number, number];
        const w = depthwise ? depthwiseFilter(filter) : convFilter(filter);
        const wName = g.floats(id('w'), depthwise ? [cin * cout, 1, kh, kw] : [cout, cin, kh, kw], w);
        const conv = [valueOf(inputs[0]!), wName];
        const fused = (node.attr?.fused_ops?.list?.s ?? []).map(decode);
        if (fused.includes('BiasAdd')) conv.push(g.floats(id('b'), [cout], weight(inputs[2]).data));
        const strides = intList(node, 'strides');
        let out = g.node('Conv', conv, {
          strides: { ints: [strides[1]!, strides[2]!] },
          auto_pad: { string: padding(node) },
          ...(depthwise ? { group: { int: cin } } : {}),
        });
        if (fused.includes('Relu')) out = g.node('Relu', [out]);
        const unknown = fused.filter((f) => f !== 'BiasAdd' && f !== 'Relu');
        if (unknown.length > 0) throw new Error(`blazeface: fused ${unknown.join('+')} not supported`);
        values.set(node.name, out);
        break;
      }
      case 'AddV2':
        values.set(node.name, g.node('Add', [valueOf(inputs[0]!), valueOf(inputs[1]!)]));
        break;
      case 'Relu':
        values.set(node.name, g.node('Relu', [valueOf(inputs[0]!)]));
        break;
      case 'MaxPool': {
        const k = intList(node, 'ksize');
        const s = intList(node, 'strides');
        values.set(node.name, g.node('MaxPool', [valueOf(inputs[0]!)], {
          kernel_shape: { ints: [k[1]!, k[2]!] }, strides: { ints: [s[1]!, s[2]!] }, auto_pad: { string: padding(node) },
        }));
        break;
      }
      case 'Pad': {
        // TF paddings [[n0,n1],[h0,h1],[w0,w1],[c0,c1]] (NHWC) → ONNX [n0,c0,h0,w0, n1,c1,h1,w1] (NCHW).
        const p = Array.from(weight(inputs[1]).data);
        const pads = [p[0]!, p[6]!, p[2]!, p[4]!, p[1]!, p[7]!, p[3]!, p[5]!];
        values.set(node.name, g.node('Pad', [valueOf(inputs[0]!), g.int64s(id('pads'), [8], pads)]));
        break;
      }
      case 'Reshape': {
        // The heads reshape NHWC feature maps: back to NHWC first, then TF's own target shape.
        const shape = Array.from(weight(inputs[1]).data);
        const nhwc = g.node('Transpose', [valueOf(inputs[0]!)], { perm: { ints: [0, 2, 3, 1] } });
        const out = g.node('Reshape', [nhwc, g.int64s(id('shape'), [shape.length], shape)]);
        values.set(node.name, out);
        heads.push({ anchors: shape[1]!, width: shape[2]!, value: out });
        break;
      }
      case 'Identity':
        values.set(node.name, valueOf(inputs[0]!));
        break;
      default:
        throw new Error(`blazeface: operation ${node.op} is not supported`);
    }
  }
  // Per grid: score then box and landmarks; the finer grid (more anchors) first.
  const grids = [...new Set(heads.map((h) => h.anchors))].sort((a, b) => b - a);
  const perGrid = grids.map((anchors) => {
    const score = heads.find((h) => h.anchors === anchors && h.width === 1);
    const box = heads.find((h) => h.anchors === anchors && h.width > 1);
    if (!score || !box) throw new Error(`blazeface: the ${anchors}-anchor grid lacks a head`);
    return g.node('Concat', [score.value, box.value], { axis: { int: 2 } });
  });
  g.node('Concat', perGrid, { axis: { int: 1 } }, BLAZEFACE_OUTPUT);
  g.output(BLAZEFACE_OUTPUT, 'float', [1, 'anchors', 17]);
  return g.toBytes();
}

function readWeights(model: TfjsGraphModel, bin: Uint8Array): Map<string, Weight> {
  const out = new Map<string, Weight>();
  let at = 0;
  for (const group of model.weightsManifest) {
    for (const w of group.weights) {
      const count = w.shape.reduce((a, b) => a * b, 1);
      const bytes = bin.slice(at, at + count * 4);
      at += count * 4;
      if (w.dtype === 'float32') out.set(w.name, { shape: w.shape, data: new Float32Array(bytes.buffer) });
      else if (w.dtype === 'int32') out.set(w.name, { shape: w.shape, data: new Int32Array(bytes.buffer) });
      else throw new Error(`blazeface: weight dtype ${w.dtype} not supported`);
    }
  }
  if (at !== bin.length) throw new Error(`blazeface: the weights file has ${bin.length} bytes, the manifest ${at}`);
  return out;
}

/** HWIO → OIHW (a convolution's filter). */
function convFilter(w: Weight): Float32Array {
  return permute4(w, [3, 2, 0, 1]);
}

/** Depthwise [kh, kw, C, M] → grouped [C·M, 1, kh, kw] (output channel c·M + m): the axes as [C, M, kh, kw]. */
function depthwiseFilter(w: Weight): Float32Array {
  return permute4(w, [2, 3, 0, 1]);
}

/** A 4-D weight with its axes reordered: output axis k is input axis `order[k]`. */
function permute4({ shape, data }: Weight, order: [number, number, number, number]): Float32Array {
  const outShape = order.map((a) => shape[a]!);
  const stride = [shape[1]! * shape[2]! * shape[3]!, shape[2]! * shape[3]!, shape[3]!, 1];
  const out = new Float32Array(data.length);
  const idx = [0, 0, 0, 0];
  let at = 0;
  for (idx[0] = 0; idx[0] < outShape[0]!; idx[0]++) {
    for (idx[1] = 0; idx[1] < outShape[1]!; idx[1]++) {
      for (idx[2] = 0; idx[2] < outShape[2]!; idx[2]++) {
        for (idx[3] = 0; idx[3] < outShape[3]!; idx[3]++) {
          let from = 0;
          for (let k = 0; k < 4; k++) from += idx[k]! * stride[order[k]!]!;
          out[at++] = data[from]!;
        }
      }
    }
  }
  return out;
}

/** TF "SAME" pads the extra pixel at the end, as ONNX SAME_UPPER does; "VALID" is VALID. */
function padding(node: TfNode): string {
  const p = decode(node.attr?.padding?.s ?? '');
  if (p === 'SAME') return 'SAME_UPPER';
  if (p === 'VALID') return 'VALID';
  throw new Error(`blazeface: padding ${p} not supported`);
}

function intList(node: TfNode, key: string): number[] {
  return (node.attr?.[key]?.list?.i ?? []).map(Number);
}

function decode(base64: string): string {
  return Buffer.from(base64, 'base64').toString('utf8');
}
