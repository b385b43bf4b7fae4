/**
 * A small `multipart/form-data` reader for task create, the one Dyzo endpoint that must be sent
 * as form data. Text fields only (the documented `attachments[]` are URLs); a file part keeps its
 * text so a stray upload does not crash the simulator. Repeated names (`assigned_users[]`)
 * collect into arrays under the exact name sent, brackets included, as Django's QueryDict does.
 */

export type FormFields = Map<string, string[]>;

export function isMultipart(contentType: string | undefined): boolean {
  return /^multipart\/form-data\s*;/i.test(contentType ?? '');
}

function boundaryOf(contentType: string): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

/** undefined when the body is not well-formed multipart for the given content type. */
export function parseMultipart(raw: string, contentType: string): FormFields | undefined {
  const boundary = boundaryOf(contentType);
  if (!boundary) return undefined;
  const delimiter = `--${boundary}`;
  const chunks = raw.split(delimiter);
  // chunks[0] is the preamble; the last chunk must start with "--" (the close delimiter).
  if (chunks.length < 2 || !chunks[chunks.length - 1]!.startsWith('--')) return undefined;
  const fields: FormFields = new Map();
  for (const chunk of chunks.slice(1, -1)) {
    const part = chunk.replace(/^\r\n/, '').replace(/\r\n$/, '');
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) return undefined;
    const head = part.slice(0, split);
    const value = part.slice(split + 4);
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) return undefined;
    fields.set(name, [...(fields.get(name) ?? []), value]);
  }
  return fields;
}
