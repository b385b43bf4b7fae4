/**
 * Query-string parsing as Gauzy sees it. Nest runs on Express with the `qs` ("extended")
 * parser, so `employeeIds[]=a&employeeIds[]=b`, `employeeIds[0]=a`, `where[organizationId]=x`
 * and `where[project][name]=y` all arrive as nested objects/arrays. The simulator must accept
 * exactly those shapes, so it rebuilds them here from URLSearchParams.
 */
export type QsValue = string | QsValue[] | { [key: string]: QsValue };
export type QsObject = { [key: string]: QsValue };

function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const segments = [key.slice(0, open)];
  const re = /\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  let consumed = open;
  while ((m = re.exec(key)) !== null) {
    if (m.index !== consumed) break;
    segments.push(m[1] ?? '');
    consumed = m.index + m[0].length;
  }
  // qs keeps any unparsable remainder as a literal segment.
  if (consumed < key.length) segments.push(key.slice(consumed));
  return segments;
}

/** qs' default `arrayLimit`. */
const ARRAY_LIMIT = 20;

function isIndex(segment: string): boolean {
  return /^\d{1,2}$/.test(segment) && Number(segment) <= ARRAY_LIMIT;
}

function assign(container: QsObject | QsValue[], segments: string[], value: string): void {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  if (Array.isArray(container)) {
    const idx = head === '' ? container.length : Number(head);
    if (rest.length === 0) {
      container[idx] = value;
      return;
    }
    let next = container[idx];
    if (typeof next !== 'object' || next === null) {
      next = rest[0] === '' || isIndex(rest[0] ?? '') ? [] : {};
      container[idx] = next;
    }
    assign(next, rest, value);
    return;
  }
  if (rest.length === 0) {
    const existing = container[head];
    if (existing === undefined) container[head] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else if (typeof existing === 'string') container[head] = [existing, value];
    return;
  }
  // `key[]=v`: qs (≥ 6.14.1, lib/parse.js parseObject) appends while the array holds fewer than
  // `arrayLimit` (20) items; the 21st turns the whole array into an index-keyed object, which a
  // DTO's @IsArray() then refuses with a 400 (shared/dto/selectors-query.dto.ts).
  if (rest.length === 1 && rest[0] === '') {
    const existing = container[head];
    if (Array.isArray(existing) && existing.length >= ARRAY_LIMIT) {
      const obj: QsObject = {};
      existing.forEach((v, i) => (obj[String(i)] = v));
      obj[String(existing.length)] = value;
      container[head] = obj;
      return;
    }
    if (existing !== undefined && typeof existing === 'object' && !Array.isArray(existing)) {
      existing[String(Object.keys(existing).length)] = value;
      return;
    }
  }
  let next = container[head];
  const wantArray = rest[0] === '' || isIndex(rest[0] ?? '');
  if (next === undefined || typeof next === 'string') {
    // A plain value followed by a bracketed one (`a=1&a[b]=2`) is rare; the nested form wins.
    next = wantArray ? [] : {};
    container[head] = next;
  } else if (Array.isArray(next) && !wantArray) {
    // qs turns an array into an object once a non-index key shows up.
    const obj: QsObject = {};
    next.forEach((v, i) => (obj[String(i)] = v));
    next = obj;
    container[head] = next;
  }
  assign(next as QsObject | QsValue[], rest, value);
}

export function parseQuery(params: URLSearchParams): QsObject {
  const out: QsObject = {};
  for (const [key, value] of params) assign(out, splitKey(key), value);
  return out;
}

/** A param that should be a list: a single value, a `[]` array or an index-keyed object all count. */
export function asList(value: QsValue | undefined): QsValue[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.filter((v) => v !== undefined);
  if (typeof value === 'object') return Object.values(value);
  return [value];
}

export function asString(value: QsValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * `relations` as Gauzy accepts it: `relations[]=a&relations[]=b.c`, `relations=a,b` or the
 * object form `relations[a][b]=true`. Returns every dotted path plus its ancestors, so
 * `employee.user` also loads `employee`, as TypeORM does.
 */
export function parseRelations(value: unknown): Set<string> {
  const paths: string[] = [];
  const walk = (v: unknown, prefix: string): void => {
    if (typeof v === 'string') {
      if (prefix) {
        if (v !== 'false') paths.push(prefix);
      } else v.split(',').map((s) => s.trim()).filter(Boolean).forEach((s) => paths.push(s));
    } else if (Array.isArray(v)) v.forEach((item) => walk(item, prefix));
    else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v as Record<string, unknown>)) {
        const path = /^\d+$/.test(k) && !prefix ? '' : prefix ? `${prefix}.${k}` : k;
        if (path === '') walk(inner, '');
        else if (inner === true || inner === 'true') paths.push(path);
        else walk(inner, path);
      }
    }
  };
  walk(value, '');
  const set = new Set<string>();
  for (const p of paths) {
    const parts = p.split('.');
    for (let i = 1; i <= parts.length; i++) set.add(parts.slice(0, i).join('.'));
  }
  return set;
}

/** Relations below `prefix` (for nested serialisation): `sub(['employee.user'], 'employee')` → {'user'}. */
export function subRelations(relations: Set<string>, prefix: string): Set<string> {
  const out = new Set<string>();
  for (const r of relations) if (r.startsWith(`${prefix}.`)) out.add(r.slice(prefix.length + 1));
  return out;
}

/** `ParseJsonPipe`: a JSON-encoded query param; anything unparsable becomes `{}` (no error), nulls are dropped. */
export function parseJsonParam(value: string | undefined): Record<string, unknown> {
  if (value === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (!parsed || typeof parsed !== 'object') return {};
    return omitNulls(parsed) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function omitNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(omitNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, omitNulls(v)]),
    );
  }
  return value;
}
