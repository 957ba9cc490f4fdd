import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

const schemaPath = fileURLToPath(new URL('../../fixtures/teams/adaptive-card-1.5.schema.json', import.meta.url));

const Ajv = AjvModule.default;
const ajv = new Ajv({ allErrors: true, strictTypes: false });
ajv.addMetaSchema(draft06);
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'http://relative.invalid/'));
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

/** Validates a card against the published Adaptive Card 1.5 schema; returns ajv's errors, empty when valid. */
export function adaptiveCardErrors(card: unknown): string[] {
  if (validate(card)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
