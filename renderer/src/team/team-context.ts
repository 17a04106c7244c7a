import { createContext, useContext } from 'react'
import type { CoachProfile } from '../../../shared/schemas/team.schema'

/** The coach signed in to a team server, or null on the desktop (one coach, no sign-in). */
export const SignedInCoach = createContext<CoachProfile | null>(null)

export const useSignedInCoach = () => useContext(SignedInCoach)
