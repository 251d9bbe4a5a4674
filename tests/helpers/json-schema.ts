/** Test helper: a real JSON Schema validator (Ajv, draft 2020-12, strict, with the standard formats) for the published schemas. */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function schemaValidator(schema: object): (data: unknown) => string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const describe = (error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`;
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map(describe));
}
