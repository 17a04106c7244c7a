import type { WeekSettings } from '../../shared/schemas/block.schema'
import type { ClientInputDraft } from '../../shared/schemas/client.schema'
import { bench, ex, lift, other, run, squat } from './session-builders'
import type { TemplateSession } from './session-builders'

/**
 * A demo client: a profile, a block plan and a weekly template. Several templates carry the
 * conflicts of docs/engine-rules.md on purpose (noted beside each), so every screen has something real.
 */
export interface DemoClient {
  client: ClientInputDraft
  blockName: string
  weeks: WeekSettings[]
  template: TemplateSession[]
  /** How the client's loads are written (kg unless said). */
  loadUnit?: 'kg' | 'lb'
}

const build3deload1 = (phase: WeekSettings['phase']): WeekSettings[] => [
  { phase, deload: false },
  { phase, deload: false },
  { phase, deload: false },
  { phase: 'deload', deload: true },
]

const deadlift = (pct: number) => [ex('Deadlift', 4, 4, pct), ex('Walking lunge', 3, 10)]
const hypertrophyLegs = [ex('Hack squat', 4, 10), ex('Leg curl', 3, 12), ex('Leg press', 3, 12)]
const upperVolume = [
  ex('Incline dumbbell press', 4, 10),
  ex('Cable row', 4, 10),
  ex('Lateral raise', 3, 15),
]

const weekdays = (start: string, end: string) => Array.from({ length: 7 }, () => [{ start, end }])

export const DEMO_ROSTER: DemoClient[] = [
  {
    client: {
      name: 'Maya Okafor',
      email: 'maya.okafor@example.com',
      goal: 'hybrid',
      experienceStrength: 'intermediate',
      experienceRunning: 'intermediate',
      ageYears: 31,
      sex: 'female',
      bodyMassKg: 64,
      sleepAvg7dH: 7.4,
      lifeStress: 2,
      notes: 'Spring half marathon; wants to keep her squat at 1.5× body weight.',
      availability: weekdays('06:00', '21:00'),
    },
    blockName: 'Half-marathon build',
    weeks: [...build3deload1('build'), ...build3deload1('build')],
    // Conflict: intervals straight after heavy squats on Monday (INT-03).
    template: [
      lift('mon_sq', 0, '17:00', 70, 'lower', 5, squat(80)),
      run('mon_int', 0, '18:20', 35, 'intervals', {
        zone: 5,
        priority: 'key',
        notes: '6 × 800 m at 5 km pace',
      }),
      run('tue_easy', 1, '07:00', 40, 'easy', { zone: 2 }),
      lift('wed_up', 2, '18:00', 60, 'upper', 8, upperVolume),
      run('thu_tempo', 3, '07:00', 45, 'tempo', { zone: 3 }),
      other('fri_mob', 4, '07:30', 25, 'mobility'),
      run('sat_long', 5, '08:00', 85, 'long', { zone: 2, priority: 'key', distanceKm: 15 }),
    ],
  },
  {
    client: {
      name: 'Daniel Kowalski',
      email: 'dan.k@example.com',
      goal: 'strength',
      experienceStrength: 'advanced',
      experienceRunning: 'novice',
      ageYears: 38,
      sex: 'male',
      bodyMassKg: 92,
      notes: 'Powerlifting total first; running for heart health.',
    },
    blockName: 'Strength accumulation',
    weeks: build3deload1('accumulation'),
    // Conflict: the "cool-down jog" after squats has grown to 25 minutes (INT-04, INT-01).
    template: [
      lift('mon_sq', 0, '07:00', 75, 'lower', 5, squat(82)),
      run('mon_jog', 0, '08:15', 25, 'easy', { zone: 2, attachTo: 'mon_sq' }),
      lift('tue_bp', 1, '18:00', 70, 'upper', 5, bench(80)),
      run('wed_walkrun', 2, '07:00', 30, 'walk_run', { zone: 2 }),
      lift('thu_dl', 3, '18:00', 70, 'lower', 4, deadlift(80)),
      lift('sat_up', 5, '09:00', 60, 'upper', 8, upperVolume),
    ],
  },
  {
    client: {
      name: 'Priya Raman',
      email: 'priya.raman@example.com',
      goal: 'endurance',
      experienceStrength: 'intermediate',
      experienceRunning: 'advanced',
      competitiveLevel: 'competitive',
      ageYears: 29,
      sex: 'female',
      bodyMassKg: 55,
      notes: 'Autumn marathon, sub-3:15 target.',
    },
    blockName: 'Marathon base',
    weeks: [...build3deload1('base'), ...build3deload1('build'), ...build3deload1('build')],
    // Conflict: a hilly long run the morning after heavy deadlifts (INT-05).
    template: [
      run('mon_easy', 0, '06:30', 45, 'easy', { zone: 2 }),
      run('tue_thr', 1, '06:30', 50, 'threshold', { zone: 4, priority: 'key' }),
      lift('tue_lift', 1, '18:30', 50, 'full', 8, [
        ex('Goblet squat', 3, 10),
        ex('Single-leg RDL', 3, 8),
      ]),
      run('wed_rec', 2, '06:30', 30, 'recovery', { zone: 1 }),
      lift('fri_dl', 4, '17:00', 60, 'lower', 4, deadlift(85)),
      run('sat_long', 5, '07:00', 110, 'long', {
        terrain: 'hilly',
        priority: 'key',
        distanceKm: 22,
      }),
      run('sun_easy', 6, '09:00', 40, 'easy', { zone: 2 }),
    ],
  },
  {
    client: {
      name: 'Tom Becker',
      goal: 'general_fitness',
      experienceStrength: 'novice',
      experienceRunning: 'novice',
      canRunMile: false,
      ageYears: 45,
      sex: 'male',
      bodyMassKg: 98,
      notes: 'New to training. Office job; knees fine.',
    },
    blockName: 'Foundations',
    weeks: build3deload1('base'),
    // Conflict: three hard days in a row, Monday to Wednesday (BAL-01).
    template: [
      lift('mon_full', 0, '18:00', 60, 'full', 6, [
        ex('Goblet squat', 4, 6),
        ex('Dumbbell press', 4, 6),
      ]),
      run('tue_run', 1, '18:00', 35, 'tempo', { zone: 3 }),
      lift('wed_full', 2, '18:00', 60, 'full', 6, [ex('Trap-bar deadlift', 4, 6), ex('Row', 4, 8)]),
      other('sat_walk', 5, '10:00', 45, 'walk'),
    ],
  },
  {
    client: {
      name: 'Sofia Lindqvist',
      email: 'sofia.l@example.com',
      goal: 'fat_loss',
      experienceStrength: 'intermediate',
      experienceRunning: 'intermediate',
      energyDeficit: 'moderate',
      ageYears: 34,
      sex: 'female',
      bodyMassKg: 71,
    },
    blockName: 'Cut — phase 1',
    weeks: build3deload1('accumulation'),
    // Conflict: HIIT in the morning and heavy squats the same evening, two days running (INT-06).
    template: [
      run('mon_hiit', 0, '06:30', 30, 'intervals', { zone: 5 }),
      lift('mon_sq', 0, '18:00', 60, 'lower', 5, squat(80)),
      run('tue_hiit', 1, '06:30', 30, 'intervals', { zone: 5 }),
      lift('tue_bp', 1, '18:00', 60, 'upper', 5, bench(78)),
      run('thu_easy', 3, '07:00', 40, 'easy', { zone: 2 }),
      lift('fri_dl', 4, '18:00', 60, 'lower', 5, deadlift(80)),
      other('sun_cycle', 6, '10:00', 60, 'cycle', { runType: 'easy', zone: 2 }),
    ],
  },
  {
    client: {
      name: 'Kenji Watanabe',
      email: 'kenji.w@example.com',
      goal: 'hypertrophy',
      experienceStrength: 'advanced',
      experienceRunning: 'intermediate',
      ageYears: 27,
      sex: 'male',
      bodyMassKg: 84,
    },
    blockName: 'Hypertrophy wave',
    weeks: build3deload1('accumulation'),
    // Conflict: legs to failure, then a 20-minute run (INT-07, INT-04).
    template: [
      lift('mon_legs', 0, '17:30', 75, 'lower', 10, hypertrophyLegs, { toFailure: true }),
      run('mon_run', 0, '18:50', 20, 'easy', { zone: 2, attachTo: 'mon_legs' }),
      lift('tue_up', 1, '17:30', 70, 'upper', 10, upperVolume),
      run('wed_easy', 2, '07:00', 30, 'easy', { zone: 2 }),
      lift('thu_legs', 3, '17:30', 70, 'lower', 8, hypertrophyLegs),
      lift('fri_up', 4, '17:30', 70, 'upper', 8, upperVolume),
      other('sat_swim', 5, '10:00', 40, 'swim', { runType: 'easy' }),
    ],
  },
  {
    client: {
      name: 'Amara Nwosu',
      email: 'amara.nwosu@example.com',
      goal: 'hybrid',
      experienceStrength: 'advanced',
      experienceRunning: 'advanced',
      competitiveLevel: 'competitive',
      ageYears: 33,
      sex: 'female',
      bodyMassKg: 66,
      sleepAvg7dH: 7.8,
      lifeStress: 2,
      notes: 'Hyrox athlete. Well-spaced plan; good reference for others.',
    },
    blockName: 'Hyrox prep',
    weeks: [
      ...build3deload1('build'),
      { phase: 'peak', deload: false },
      { phase: 'taper', deload: false },
    ],
    template: [
      lift('mon_sq', 0, '07:00', 60, 'lower', 5, squat(80)),
      run('tue_easy', 1, '07:00', 40, 'easy', { zone: 2 }),
      run('wed_int', 2, '07:00', 45, 'intervals', { zone: 4, priority: 'key' }),
      lift('thu_up', 3, '18:00', 60, 'upper', 6, bench(80)),
      run('fri_rec', 4, '07:00', 30, 'recovery', { zone: 1 }),
      run('sat_long', 5, '08:00', 75, 'long', { zone: 2 }),
    ],
  },
  {
    client: {
      name: 'Luca Romano',
      email: 'luca@example.com',
      goal: 'strength',
      experienceStrength: 'advanced',
      experienceRunning: 'intermediate',
      competitiveLevel: 'elite',
      ageYears: 26,
      sex: 'male',
      bodyMassKg: 105,
      notes: 'National powerlifting meet in six weeks.',
    },
    blockName: 'Meet peak',
    weeks: [
      { phase: 'realization', deload: false },
      { phase: 'peak', deload: false },
      { phase: 'peak', deload: false },
      { phase: 'taper', deload: false },
    ],
    // Conflict: hard running kept in a peak phase for an elite lifter (POP-05).
    template: [
      lift('mon_sq', 0, '10:00', 90, 'lower', 2, [ex('Back squat', 5, 2, 90)]),
      lift('tue_bp', 1, '10:00', 75, 'upper', 2, [ex('Bench press', 5, 2, 90)]),
      run('wed_tempo', 2, '10:00', 35, 'tempo', { zone: 3 }),
      lift('thu_dl', 3, '10:00', 80, 'lower', 2, [ex('Deadlift', 4, 2, 90)]),
      lift('sat_bp', 5, '10:00', 60, 'upper', 3, [ex('Close-grip bench', 4, 3, 85)]),
    ],
  },
  {
    client: {
      name: 'Hannah Schmidt',
      email: 'hannah.schmidt@example.com',
      goal: 'endurance',
      experienceStrength: 'intermediate',
      experienceRunning: 'advanced',
      ageYears: 41,
      sex: 'female',
      bodyMassKg: 59,
      injuryHistory: [
        {
          region: 'lower',
          structure: 'Left Achilles tendinopathy',
          runningRelated: true,
          onsetDate: '2026-03-10',
          status: 'recurrent',
        },
      ],
      notes: 'Trail ultra in summer. Achilles flares with hill volume.',
    },
    blockName: 'Trail base',
    weeks: [...build3deload1('base'), ...build3deload1('build')],
    // Conflict: a run on the same day as heavy legs for an injury-prone runner (INT-11).
    template: [
      lift('mon_legs', 0, '07:00', 60, 'lower', 6, [
        ex('Split squat', 4, 6),
        ex('Calf raise', 4, 12),
      ]),
      run('mon_run', 0, '17:30', 45, 'easy', { zone: 2 }),
      run('wed_hills', 2, '07:00', 50, 'hill_repeats', { terrain: 'hilly', priority: 'key' }),
      lift('thu_up', 3, '18:00', 45, 'upper', 8, upperVolume),
      run('sat_trail', 5, '07:00', 120, 'long', { terrain: 'trail_hilly', priority: 'key' }),
      run('sun_rec', 6, '09:00', 30, 'recovery', { zone: 1 }),
    ],
  },
  {
    client: {
      name: 'Олександр Коваленко',
      email: 'o.kovalenko@example.com',
      goal: 'hybrid',
      experienceStrength: 'intermediate',
      experienceRunning: 'intermediate',
      ageYears: 36,
      sex: 'male',
      bodyMassKg: 80,
      notes: 'Works night shifts on alternate weeks.',
    },
    blockName: 'Hybrid general prep',
    weeks: build3deload1('base'),
    template: [
      lift('mon_full', 0, '09:00', 60, 'full', 6, [
        ex('Front squat', 4, 6),
        ex('Push press', 4, 6),
      ]),
      run('tue_easy', 1, '09:00', 40, 'easy', { zone: 2 }),
      lift('wed_up', 2, '09:00', 50, 'upper', 8, upperVolume),
      run('thu_tempo', 3, '09:00', 40, 'tempo', { zone: 3 }),
      run('sat_long', 5, '09:00', 70, 'long', { zone: 2 }),
    ],
  },
  {
    client: {
      name: 'Chloé Dubois',
      email: 'chloe.dubois@example.com',
      goal: 'general_fitness',
      experienceStrength: 'intermediate',
      experienceRunning: 'novice',
      sleepAvg7dH: 6.2,
      lifeStress: 4,
      ageYears: 39,
      sex: 'female',
      bodyMassKg: 62,
      habitualBedtime: '23:30',
      habitualWake: '06:00',
      notes: 'Two small children; sleep is short. Keep it sustainable.',
    },
    blockName: 'Back to running',
    weeks: build3deload1('base'),
    // Conflict: a 5 AM run after a short night, and hard days back to back for limited recovery.
    template: [
      lift('mon_full', 0, '12:30', 45, 'full', 8, [
        ex('Goblet squat', 3, 10),
        ex('Push-up', 3, 10),
      ]),
      run('tue_run', 1, '05:00', 30, 'easy', { zone: 2 }),
      run('wed_tempo', 2, '12:30', 30, 'tempo', { zone: 3 }),
      lift('thu_full', 3, '12:30', 45, 'full', 8, [ex('Hip thrust', 3, 10), ex('Row', 3, 10)]),
      other('sat_walk', 5, '09:00', 60, 'walk'),
    ],
  },
  {
    loadUnit: 'lb',
    client: {
      name: 'Marcus "Moe" Green',
      email: 'moe.green@example.com',
      goal: 'strength',
      experienceStrength: 'intermediate',
      experienceRunning: 'novice',
      ageYears: 23,
      sex: 'male',
      bodyMassKg: 88,
      notes: 'Rugby off-season. Wants to run the club 5 km.',
    },
    blockName: 'Off-season strength',
    weeks: [...build3deload1('accumulation'), ...build3deload1('transmutation')],
    // Conflict: lifting and running only 3 hours apart (INT-01).
    template: [
      lift('mon_sq', 0, '07:00', 70, 'lower', 5, squat(80)),
      run('mon_run', 0, '11:10', 30, 'easy', { zone: 2 }),
      lift('wed_bp', 2, '07:00', 60, 'upper', 5, bench(80)),
      run('thu_easy', 3, '18:00', 30, 'easy', { zone: 2 }),
      lift('fri_dl', 4, '07:00', 70, 'lower', 3, deadlift(85)),
      other('sun_mob', 6, '10:00', 30, 'mobility'),
    ],
  },
]
