// Registers every CLI command; each command lives in its own file. Parent groups (models, train, eval) are made here.
import { Command } from 'commander';
import { registerAnalyze } from './analyze.ts';
import { registerEvalFace } from './eval-face.ts';
import { registerModelsStatus } from './models-status.ts';
import { registerModelsPull } from './models-pull.ts';
import { registerServe } from './serve.ts';
import { registerTrainTrend } from './train-trend.ts';
import { registerTrend } from './trend.ts';
import { registerTrainFusion } from './train-fusion.ts';
import { registerAssess } from './assess.ts';
import { registerTrainTextLite } from './train-text-lite.ts';
import { registerTrainTextStress } from './train-text-stress.ts';
import { registerEvalText } from './eval-text.ts';
import { registerEvalVoice } from './eval-voice.ts';
import { registerEvalRisk } from './eval-risk.ts';
import { registerImport } from './import.ts';
import { registerWorker } from './worker.ts';
import { registerCbi } from './cbi.ts';
import { registerUser } from './user.ts';

/** Adds all commands and sub-commands to the program. */
export function registerCommands(program: Command): void {
  const models = program.command('models').description('model status and downloads');
  const train = program.command('train').description('train the project\'s own small models');
  const evaluate = program.command('eval').description('evaluate an engine on labelled data');
  void train;
  void evaluate;
  registerAnalyze(program);
  registerEvalFace(evaluate);
  registerModelsStatus(models);
  registerModelsPull(models);
  registerServe(program);
  registerTrainTrend(train);
  registerTrend(program);
  registerTrainFusion(train);
  registerAssess(program);
  registerTrainTextLite(train);
  registerTrainTextStress(train);
  registerEvalText(evaluate);
  registerEvalVoice(evaluate);
  registerEvalRisk(evaluate);
  registerImport(program);
  registerWorker(program);
  registerCbi(program);
  registerUser(program);
}
