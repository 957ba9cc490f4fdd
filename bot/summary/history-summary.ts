import type { Inputs } from '../../engine/io/load-inputs.js';
import type { Answer } from '../answer/answer.js';

/**
 * The bot core's `summary` hook (terminal and chat alike): opens the history store (the bundled sample
 * history is loaded into a fresh one, as `unsprawl summary` does), answers the monthly summary
 * question from it and closes it again. The store and the summary engine are loaded only when
 * someone asks, so other questions do not pay for them.
 */
export function historySummary(inputs: Inputs, storePath?: string, today?: () => string): (question: string) => Promise<Answer> {
  return async (question) => {
    const { openStore } = await import('../../store/open-store.js');
    const { seedIfEmpty } = await import('../../store/history/seed-if-empty.js');
    const { chooseApprovedPlan } = await import('../../store/history/choose-approved-plan.js');
    const { summaryQuestionAnswerer } = await import('../summary/summary-question-answerer.js');
    const store = openStore(storePath ? { path: storePath } : {});
    try {
      await seedIfEmpty(store, new Date());
      const plan = await chooseApprovedPlan(store);
      const named = inputs.scenarios.find((s) => s.name === (plan?.scenario ?? 'full-consolidation')) ?? inputs.scenarios[0];
      const scenario = named && plan?.hostModel ? { ...named, host: plan.hostModel } : named;
      if (!scenario) throw new Error('no scenario to evaluate the history with: data/scenarios.json is empty');
      const answer = summaryQuestionAnswerer({ store, hosts: inputs.hosts, assumptions: inputs.assumptions, corePerformance: inputs.corePerformance, scenario, ...(plan ? { plan } : {}), ...(today ? { today } : {}) });
      return await answer(question);
    } finally {
      store.close();
    }
  };
}
