/**
 * A vendor path as a route template: segments that are identifiers become `:id`, so a metric
 * label has one value per endpoint, not one per record (which would grow without bound).
 */
const ID_SEGMENT = [
  /^\d+$/, // Desklog, Dyzo, TimeTrack numeric ids
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // Gauzy UUIDs
  /^[0-9a-f]{16,}$/i, // Clockify 24-hex ids
];

const looksLikeId = (segment: string) => ID_SEGMENT.some((p) => p.test(segment)) || (segment.length >= 20 && /\d/.test(segment));

export function routeTemplate(path: string): string {
  const bare = path.split('?')[0]!;
  return bare
    .split('/')
    .map((segment) => (segment && looksLikeId(decodeURIComponent(segment)) ? ':id' : segment))
    .join('/');
}
