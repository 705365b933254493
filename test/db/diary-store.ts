// One store of a test backend with the committed trend model, as the diary services take them (diary and trend-window tests).
import { resolvePath } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';
import type { DiaryDeps } from '../../src/diary/deps.ts';
import type { Store } from '../../src/store/index.ts';
import { loadTrendModel } from '../../src/trend/load.ts';
import { afterAll, beforeAll } from 'vitest';
import type { TestBackend } from './backends.ts';

/** A fresh store of `backend` and the diary deps over it; `dispose` releases both. */
export interface DiaryStore {
  store: Store;
  deps: DiaryDeps;
  dispose(): Promise<void>;
}

/** Opens a fresh store on `backend` and loads the committed trend model. */
export async function openDiaryStore(backend: TestBackend, config: Config): Promise<DiaryStore> {
  const store = await backend.open();
  const model = await loadTrendModel(resolvePath(config.trend.modelDir));
  return {
    store,
    deps: { db: store.db, trendModel: model, config },
    dispose: async () => {
      model.dispose();
      await store.dispose();
    },
  };
}

/** Opens a diary store before the enclosing describe's tests and disposes of it after them; read `store`/`deps` in tests. */
export function diaryStoreFor(backend: TestBackend, config: Config): { readonly store: Store; readonly deps: DiaryDeps } {
  let diary: DiaryStore | undefined;
  beforeAll(async () => {
    diary = await openDiaryStore(backend, config);
  });
  afterAll(async () => diary?.dispose());
  const opened = (): DiaryStore => {
    if (!diary) throw new Error('the diary store is opened in beforeAll');
    return diary;
  };
  return { get store() { return opened().store; }, get deps() { return opened().deps; } };
}
