// The tests' ONNX graph builder is the project's own (src/ml/onnx-graph.ts); re-exported so the tiny models import it here.
export { GraphBuilder, randomWeights, seededRandom, type Attr, type Dim, type ElemType } from '../../../src/ml/onnx-graph.ts';
