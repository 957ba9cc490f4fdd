import { beforeAll, describe, expect, it } from 'vitest';
import { businessCaseAnswer, reportCommand } from '../../../bot/answer/business-case-answer.js';
import { resolveScenario } from '../../../bot/conversation/resolve-scenario.js';
import { createLexicon, type Lexicon } from '../../../bot/understanding/create-lexicon.js';
import { understandQuestion } from '../../../bot/understanding/understand-question.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import type { Scenario } from '../../../engine/scenario/scenario.js';
import { defaultScenario } from '../../../engine/scenario/default-scenario.js';

let inputs: Inputs;
let lexicon: Lexicon;
beforeAll(async () => {
  inputs = await loadInputs();
  lexicon = createLexicon(inputs.estate, inputs.hosts);
});

const scenarioOf = (question: string): Scenario => resolveScenario(understandQuestion(question, lexicon), {}, defaultScenario(inputs.scenarios))!.scenario;

/** Splits the printed command back into arguments the way a POSIX shell would for our quoting. */
function shellWords(command: string): string[] {
  return [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!));
}

describe('the business case answer', () => {
  it('gives the report command with the scenario as common flags', () => {
    const scenario = scenarioOf('what if we consolidate pathology onto proxmox over 7 years');
    const words = shellWords(reportCommand(scenario));
    expect(words.slice(0, 2)).toEqual(['unsprawl', 'report']);
    expect(words[words.indexOf('--scope') + 1]).toBe('service="Pathology LIMS"');
    expect(words[words.indexOf('--hypervisor') + 1]).toBe('proxmox');
    expect(words).toContain('horizon.years=7');
  });

  it('says DR in a question the report command reads back to the same scenario', () => {
    const scenario = scenarioOf('replicate critical systems to the second site for ward systems and pathology');
    const words = shellWords(reportCommand(scenario));
    const question = words[words.indexOf('--question') + 1]!;
    const again = scenarioOf(question);
    expect({ ...again, description: scenario.description }).toEqual(scenario);
  });

  it('points at the rendered file when the front end made one', () => {
    const scenario = scenarioOf('what if we consolidate ward systems');
    const answer = businessCaseAnswer(scenario, inputs.assumptions, { location: 'business-case/business-case.pdf (14 pages)' });
    expect(answer.headline).toBe('The business case for consolidating Ward systems is ready: business-case/business-case.pdf (14 pages)');
    expect(answer.command).toContain('unsprawl report --scope');
    expect(answer.notes.join(' ')).not.toContain('unsprawl report');
  });
});
