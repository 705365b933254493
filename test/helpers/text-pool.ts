// A small pool of analysed journal texts for fusion tests that must run without ../shared: hand-written stressed and
// calm entries read by the committed lite emotion model and scored by the committed stress model.
import { createLiteTextEngine } from '../../src/analysis/text/lite-engine.ts';
import { withStressEvidence } from '../../src/analysis/text/text-analyzer.ts';
import { loadStressModel } from '../../src/analysis/text/stress/stress-loader.ts';
import { stressProbability } from '../../src/analysis/text/stress/stress-model.ts';
import { resolvePath } from '../../src/config/load.ts';
import { loadConfig } from '../../src/config/load.ts';
import { buildTextPool, postExcerpts, type PoolText, type TextPool } from '../../src/fusion/synthetic/text-pool.ts';

const STRESSED = [
  'I cannot sleep anymore. Rent is due next week and I have no idea how I will pay it. Every night I lie awake panicking.',
  'My boss yelled at me again today. I feel anxious all the time and I am scared I will lose my job. I cried in the car.',
  'I am exhausted and overwhelmed. Nothing I do is ever enough and I dread going back tomorrow. My chest feels tight.',
  'The panic attacks are back. I keep thinking something terrible will happen and I cannot focus on anything at all.',
  'He keeps threatening me and I am afraid to go home. I do not know who to call. I feel trapped and alone.',
  'Bills are piling up, the car broke down and I have no savings. I feel like I am drowning and there is no way out.',
  'I have not slept properly in weeks. The deadlines never stop and I snap at everyone. I feel like I am falling apart.',
  'Every morning I wake up with dread. My hands shake before meetings and I cannot stop worrying about being fired.',
  'We got evicted and I am staying on a friend\'s couch. I am terrified about where we will live next month.',
  'The nightmares keep coming back and I jump at every noise. I feel on edge all day and cannot relax at all.',
];
const CALM = [
  'We went for a long walk by the river this morning and had coffee in the sun. It was a quiet, lovely day.',
  'I finished the book I was reading and started a new one. Dinner with my sister was fun and we laughed a lot.',
  'Work was steady today. I finished my tasks early and spent the evening cooking a new recipe with my partner.',
  'The garden is finally blooming. I planted tomatoes and basil and sat outside reading until it got dark.',
  'Had a good chat with an old friend on the phone. We are planning a trip to the coast in the summer.',
  'Our team shipped the release and everyone was happy. I went to the gym afterwards and slept well.',
  'Sunday was relaxed: pancakes, a board game with the kids and a short nap in the afternoon.',
  'I tried a pottery class for the first time. My bowl is wonky but I enjoyed it and want to go again.',
  'The weather was nice so I cycled to work. Lunch with colleagues was pleasant and the afternoon went quickly.',
  'I volunteered at the food bank this morning and met some kind people. It felt good to help out.',
];

/** Analyses the hand-written entries (and their excerpts) into a pool; `split` keeps every other post for validation. */
export async function makeTestPool(): Promise<{ train: TextPool; validation: TextPool; all: TextPool }> {
  const config = loadConfig();
  const engine = await createLiteTextEngine(config);
  const { model } = loadStressModel(resolvePath(config.text.stressModelDir));
  const posts = [...STRESSED.map((text, i) => ({ id: `s${i}`, text, label: 1 as const })), ...CALM.map((text, i) => ({ id: `c${i}`, text, label: 0 as const }))];
  const texts: PoolText[] = [];
  for (const [i, post] of posts.entries()) {
    for (const v of [{ variant: 'full' as const, text: post.text }, ...postExcerpts(post)]) {
      const read = await engine.analyze(v.text);
      if (read.status !== 'ok') continue;
      texts.push({ postId: post.id, label: post.label, intensity: (i % 5) / 4, variant: v.variant, result: withStressEvidence(read, v.text, stressProbability(model, v.text), 'test') });
    }
  }
  await engine.dispose();
  const even = (t: PoolText): boolean => Number(t.postId.slice(1)) % 2 === 0;
  return { train: buildTextPool(texts.filter(even)), validation: buildTextPool(texts.filter((t) => !even(t))), all: buildTextPool(texts) };
}
