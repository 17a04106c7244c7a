import type { Goal } from '../schemas/client.schema'

/**
 * "How to train this block": plain advice for the client, chosen from the rules their own block
 * triggers (docs/engine-rules.md and the articles in sources/ behind them) and from their goal.
 * Each rule family maps to one line, so a block with ten INT-04 findings gets the advice once.
 */
const BY_RULE: Record<string, string> = {
  'INT-01': 'Leave at least 6 hours between lifting and running on the same day.',
  'INT-02':
    'Lift before you run when both fall on one day, so your legs are fresh for the weights.',
  'INT-03':
    'Keep hard intervals and long runs off the day after heavy leg work, or at least 8 hours away from it.',
  'INT-04':
    'Keep the jog after lifting to 5–10 easy minutes; a longer run belongs in its own session.',
  'INT-05':
    'After heavy leg days, choose flat or uphill routes for two days; downhills hurt sore quads.',
  'INT-06': 'Keep at least one easy day between your two hardest sessions of the week.',
  'BAL-01': 'Alternate hard and easy days: never three hard days in a row.',
  'BAL-02': 'Take the easy days easy, so the hard days can be hard.',
  'OVR-01': 'Build your weekly running time gradually: about 10 % more a week at most.',
  'OVR-03': 'Build your weekly running time gradually: about 10 % more a week at most.',
  'RDY-01': 'Sleep 7–9 hours; on a night short of sleep, swap the hard session for an easy one.',
  'NUT-01': 'Eat 1.6–2.2 g of protein per kg of body weight a day, spread over your meals.',
}

const BY_GOAL: Partial<Record<Goal, string>> = {
  strength: 'Lifting comes first in this block: keep most runs easy and conversational.',
  endurance: 'Your key runs come first in this block: lift to stay strong, not to exhaustion.',
  hypertrophy: 'Lifting comes first in this block: keep most runs easy and conversational.',
  hybrid: 'Strength and running both matter here: hard days hard, easy days truly easy.',
  general_fitness: 'Consistency beats heroics: hard days hard, easy days truly easy.',
  fat_loss: 'Keep most cardio easy and steady, and keep lifting to hold on to muscle.',
}

const ALWAYS = 'If something hurts (not just feels hard), stop and tell your coach.'

export function guidanceLines(rules: readonly string[], goal: Goal): string[] {
  const lines = new Set<string>()
  const goalLine = BY_GOAL[goal]
  if (goalLine) lines.add(goalLine)
  for (const rule of [...new Set(rules)].sort()) {
    const line = BY_RULE[rule]
    if (line) lines.add(line)
  }
  lines.add(ALWAYS)
  return [...lines]
}
