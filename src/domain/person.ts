/**
 * Who is the same person across sources (ARCHITECTURE.md §3 "People"). The one rule, used by
 * the gateway's `Person` and by migration's user matching alike:
 *
 * - an e-mail address is compared trimmed and lower-cased (`normalizeEmail`); vendors keep
 *   whatever case a person typed, and the domain part is case-insensitive anyway;
 * - configured links (`people.links`) join addresses that differ; the first address of a link
 *   is the person's canonical address, so adding an address to the end of a link never
 *   changes who the person is;
 * - a user without an e-mail address is a person of their own: there is nothing to match on,
 *   and guessing by name would merge two different people who share one.
 *
 * A person's ID part is a hash of the canonical address (or of source key and user ID for a
 * user without one): stable across restarts and independent of the order sources are
 * configured or answer in, and it does not spell the address out in logs and URLs.
 */
import { createHash } from 'node:crypto';

/** The form addresses are compared in; null when there is no usable address. */
export function normalizeEmail(email: string | null | undefined): string | null {
  const normal = (email ?? '').trim().toLowerCase();
  return normal === '' ? null : normal;
}

export interface PersonLink {
  emails: readonly string[];
}

/** A problem in `people.links`, located by link and address index (config reports it by path). */
export interface LinkProblem {
  link: number;
  email: number;
  message: string;
}

/**
 * Addresses that appear twice, in two links or twice in one. Either would make "which person
 * is this address?" ambiguous, so the config refuses it instead of picking one.
 */
export function linkProblems(links: readonly PersonLink[]): LinkProblem[] {
  const firstSeen = new Map<string, number>();
  const problems: LinkProblem[] = [];
  links.forEach((link, i) => {
    link.emails.forEach((raw, j) => {
      const email = normalizeEmail(raw);
      if (!email) return;
      const earlier = firstSeen.get(email);
      if (earlier === undefined) firstSeen.set(email, i);
      else if (earlier === i) problems.push({ link: i, email: j, message: `lists "${email}" twice` });
      else problems.push({ link: i, email: j, message: `"${email}" is already in people.links.${earlier}; an address can belong to one person only (merge the two links)` });
    });
  });
  return problems;
}

/** 128 bits of SHA-256 in hex: the shape ids.ts PERSON_ID_PART accepts. */
const hashPart = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** What the identity rule needs of a user. */
export interface PersonCandidate {
  source: string;
  remoteId: string;
  email: string | null;
}

/** The identity rule with its configured links; one per gateway. */
export class PersonIdentity {
  /** Normalized address → the canonical (first) address of its link. */
  private readonly canonical = new Map<string, string>();

  constructor(links: readonly PersonLink[] = []) {
    const problems = linkProblems(links);
    if (problems.length) throw new Error(`people.links: ${problems.map((p) => p.message).join('; ')}`);
    for (const link of links) {
      const emails = link.emails.map(normalizeEmail).filter((e): e is string => e !== null);
      for (const email of emails) this.canonical.set(email, emails[0]!);
    }
  }

  /** The address a person is known by: the link's first address, else the address itself. */
  canonicalEmail(email: string | null | undefined): string | null {
    const normal = normalizeEmail(email);
    return normal === null ? null : (this.canonical.get(normal) ?? normal);
  }

  /** The person's ID part, the same for every user of one person. */
  personIdOf(user: PersonCandidate): string {
    const email = this.canonicalEmail(user.email);
    return email === null ? hashPart(`user:${user.source}:${user.remoteId}`) : hashPart(`email:${email}`);
  }
}
