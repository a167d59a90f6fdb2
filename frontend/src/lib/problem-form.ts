import type { FormInstance } from 'antd';
import type { FieldError } from './problem';
import { isApiProblem } from './problem';

type NamePath = (string | number)[];

/** "receptionPlaces[0].address" → ['receptionPlaces', 0, 'address'], antd's form name path. */
export function toNamePath(field: string): NamePath {
  return field
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** A known name covers itself and everything below it ('receptionPlaces' covers its items). */
const covers = (known: NamePath, name: NamePath) =>
  known.length <= name.length && known.every((part, index) => part === name[index]);

/**
 * Puts the server's field errors (problem.errors[].field) onto the matching form fields, so a
 * validation message appears under the input it is about. Errors naming a field the form does not
 * have are returned, for the caller to show in a ProblemAlert. `knownFields` lists the form's
 * fields (a list field covers its items); by default, the fields that hold a value.
 */
export function applyProblemToForm(
  form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>,
  error: unknown,
  knownFields?: readonly string[],
): FieldError[] {
  if (!isApiProblem(error) || !error.errors) return [];
  const known = (knownFields ?? fieldNamesOf(form.getFieldsValue(true))).map(toNamePath);
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const fieldError of error.errors) {
    const name = toNamePath(fieldError.field);
    if (name.length === 0 || !known.some((candidate) => covers(candidate, name))) {
      unmatched.push(fieldError);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(fieldError.message || fieldError.code);
    byField.set(key, entry);
  }
  if (byField.size > 0) form.setFields([...byField.values()]);
  return unmatched;
}

/** The leaf field names of a form's values, e.g. ['name', 'receptionPlaces[0].address']. */
export function fieldNamesOf(values: unknown, prefix = ''): string[] {
  if (Array.isArray(values)) {
    return values.flatMap((item, index) => {
      const name = `${prefix}[${index}]`;
      return [name, ...fieldNamesOf(item, name)];
    });
  }
  if (typeof values === 'object' && values !== null && !isDayjsLike(values)) {
    return Object.entries(values).flatMap(([key, child]) => {
      const name = prefix ? `${prefix}.${key}` : key;
      return [name, ...fieldNamesOf(child, name)];
    });
  }
  return [];
}

const isDayjsLike = (value: object) => 'isValid' in value && 'format' in value;
