import type { SessionFields } from '../schemas/session.schema'

/** What a session is, in a coach's words: "lower lift", "easy run", "mobility". */
export const sessionKind = (s: Pick<SessionFields, 'modality' | 'region' | 'runType'>) =>
  s.modality === 'strength'
    ? `${s.region ?? ''} lift`.trim()
    : s.modality === 'run'
      ? `${(s.runType ?? '').replace('_', ' ')} run`
      : s.modality
