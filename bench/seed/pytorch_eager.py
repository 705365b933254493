#!/usr/bin/env python3
"""The seed's stack timed on this machine: PyTorch eager fp32, 2 threads, one three-modality check-in.

The seed ran DistilRoBERTa (text), ViT-B/16 (face) and wav2vec2-base (voice) in PyTorch eager mode, one after another,
then its fusion net with 30 Monte-Carlo dropout passes. Its figure (776 ms, ../shared/tools/seed-models/README.md) was
measured on another machine; this script measures the same architectures and sizes (random weights, written here in
plain PyTorch as the seed-models tool writes its text model) on this one, so that bench/seed-checkin.ts's figures can
be compared on one machine. Inputs match the benchmark's check-in: 35 tokens, a 224 x 224 face, 5 s of 16 kHz audio.

Needs a PyTorch with a real BLAS (a wheel from PyPI; Debian's python3-torch uses the generic reference BLAS and is
~10x slower). Run alone: python3 bench/seed/pytorch_eager.py [--runs 15] [--warmup 3] [--threads 2] (prints the medians), or as a
stack of bench/seed-checkin.ts (--pytorch PYTHON), which reads its one `RESULT {json}` line (bench/seed/child.ts's
ChildResult: every timed check-in and per-model laps, peak RSS).
"""
import argparse
import json
import math
import resource
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

H, HEADS, FFN = 768, 12, 3072


class Layer(nn.Module):
    """One transformer encoder layer, eager attention as in Hugging Face's models; post-LN (BERT) or pre-LN (ViT)."""

    def __init__(self, pre_ln):
        super().__init__()
        self.pre_ln = pre_ln
        self.qkv = nn.ModuleList([nn.Linear(H, H) for _ in range(3)])
        self.attn_out = nn.Linear(H, H)
        self.ln1, self.ln2 = nn.LayerNorm(H), nn.LayerNorm(H)
        self.inter, self.out = nn.Linear(H, FFN), nn.Linear(FFN, H)
        self.dropout = nn.Dropout(0.1)

    def attend(self, x):
        b, s, _ = x.shape
        q, k, v = (p(x).view(b, s, HEADS, H // HEADS).transpose(1, 2) for p in self.qkv)
        probs = self.dropout(torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(H // HEADS), dim=-1))
        return self.attn_out((probs @ v).transpose(1, 2).reshape(b, s, H))

    def forward(self, x):
        if self.pre_ln:
            x = x + self.dropout(self.attend(self.ln1(x)))
            return x + self.dropout(self.out(F.gelu(self.inter(self.ln2(x)))))
        x = self.ln1(x + self.dropout(self.attend(x)))
        return self.ln2(x + self.dropout(self.out(F.gelu(self.inter(x)))))


class Text(nn.Module):
    """DistilRoBERTa-base shaped: embeddings (50,265 tokens), 6 post-LN layers, classification head (7 labels)."""

    def __init__(self):
        super().__init__()
        self.words, self.positions = nn.Embedding(50265, H), nn.Embedding(514, H)
        self.ln = nn.LayerNorm(H)
        self.layers = nn.ModuleList([Layer(False) for _ in range(6)])
        self.dense, self.head = nn.Linear(H, H), nn.Linear(H, 7)

    def forward(self, ids):
        x = self.ln(self.words(ids) + self.positions(torch.arange(2, ids.shape[1] + 2)[None]))
        for layer in self.layers:
            x = layer(x)
        return self.head(torch.tanh(self.dense(x[:, 0])))


class Face(nn.Module):
    """ViT-B/16 at 224 px: 16 px patches (196 + class token), 12 pre-LN layers, 7 labels."""

    def __init__(self):
        super().__init__()
        self.patches = nn.Conv2d(3, H, 16, 16)
        self.cls = nn.Parameter(torch.zeros(1, 1, H))
        self.pos = nn.Parameter(torch.randn(1, 197, H) * 0.02)
        self.layers = nn.ModuleList([Layer(True) for _ in range(12)])
        self.ln, self.head = nn.LayerNorm(H), nn.Linear(H, 7)

    def forward(self, pixels):
        x = self.patches(pixels).flatten(2).transpose(1, 2)
        x = torch.cat([self.cls.expand(x.shape[0], -1, -1), x], 1) + self.pos
        for layer in self.layers:
            x = layer(x)
        return self.head(self.ln(x)[:, 0])


class Voice(nn.Module):
    """wav2vec2-base: 7 conv feature layers (512 ch), projection, positional conv (128, 16 groups), 12 post-LN layers,
    mean pooling and 4 labels."""

    def __init__(self):
        super().__init__()
        specs = [(10, 5)] + [(3, 2)] * 4 + [(2, 2)] * 2
        self.convs = nn.ModuleList([nn.Conv1d(1 if i == 0 else 512, 512, k, s, bias=False) for i, (k, s) in enumerate(specs)])
        self.group_norm = nn.GroupNorm(512, 512)
        self.proj_ln, self.proj = nn.LayerNorm(512), nn.Linear(512, H)
        self.pos_conv = nn.Conv1d(H, H, 128, padding=64, groups=16)
        self.ln = nn.LayerNorm(H)
        self.layers = nn.ModuleList([Layer(False) for _ in range(12)])
        self.head = nn.Linear(H, 4)

    def forward(self, wave):
        x = wave[:, None]
        for i, conv in enumerate(self.convs):
            x = conv(x)
            x = F.gelu(self.group_norm(x) if i == 0 else x)
        x = self.proj(self.proj_ln(x.transpose(1, 2)))
        x = self.ln(x + F.gelu(self.pos_conv(x.transpose(1, 2))[:, :, :-1]).transpose(1, 2))
        for layer in self.layers:
            x = layer(x)
        return self.head(x.mean(1))


class Fusion(nn.Module):
    """The seed's fusion: 3 x (768 -> 256, LN, GELU), attention over the modalities, 256 -> 128 -> 3; MC dropout on."""

    def __init__(self):
        super().__init__()
        self.enc = nn.ModuleList([nn.Sequential(nn.Linear(H, 256), nn.LayerNorm(256), nn.GELU()) for _ in range(3)])
        self.score = nn.Sequential(nn.Linear(256, 64), nn.Tanh(), nn.Linear(64, 1))
        self.cls = nn.Sequential(nn.Linear(256, 128), nn.GELU(), nn.Dropout(0.3), nn.Linear(128, 3))

    def forward(self, t, f, v):
        z = torch.stack([e(x) for e, x in zip(self.enc, (t, f, v))], 1)
        w = torch.softmax(self.score(z), dim=1)
        return self.cls((w * z).sum(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=15)
    ap.add_argument('--warmup', type=int, default=3)
    ap.add_argument('--threads', type=int, default=2)
    a = ap.parse_args()
    started = time.perf_counter()
    torch.manual_seed(1234)
    torch.set_num_threads(a.threads)
    models = {'text': Text().eval(), 'face': Face().eval(), 'voice': Voice().eval()}
    fusion = Fusion().train()  # Monte-Carlo dropout: dropout stays on
    inputs = {'text': torch.randint(3, 50265, (1, 35)), 'face': torch.randn(1, 3, 224, 224), 'voice': torch.randn(1, 80000)}
    fusion_in = [torch.randn(30, H) for _ in range(3)]
    times = {k: [] for k in ('text', 'face', 'voice', 'fusion', 'total')}
    load_ms = (time.perf_counter() - started) * 1000
    first_ms = None
    with torch.inference_mode():
        for i in range(a.warmup + a.runs):
            t0 = time.perf_counter()
            lap = {}
            for name, model in models.items():
                s = time.perf_counter()
                model(inputs[name])
                lap[name] = (time.perf_counter() - s) * 1000
            s = time.perf_counter()
            fusion(*fusion_in)
            lap['fusion'] = (time.perf_counter() - s) * 1000
            lap['total'] = (time.perf_counter() - t0) * 1000
            if i == 0:
                first_ms = lap['total']
            if i >= a.warmup:
                for k, v in lap.items():
                    times[k].append(v)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print('medians: ' + ', '.join(f'{k} {statistics.median(v):.1f} ms' for k, v in times.items()) + f'; peak RSS {peak:.0f} MiB')
    result = {'stack': 'pytorch', 'dtype': 'fp32', 'served': f'PyTorch {torch.__version__} eager fp32, {torch.get_num_threads()} threads',
              'loadMs': load_ms, 'firstMs': first_ms, 'totalMs': times['total'],
              'stages': {k: v for k, v in times.items() if k != 'total'}, 'peakRssMiB': peak}
    print('RESULT ' + json.dumps(result), flush=True)


if __name__ == '__main__':
    main()
