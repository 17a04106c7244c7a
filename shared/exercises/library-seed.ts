import type { Equipment, MovementPattern } from '../schemas/exercise.schema'
import type { Modality, RunType, StrengthRegion } from '../schemas/session.schema'

/**
 * One exercise of the library: the engine region it loads (null for runs and other cardio, which
 * the engine reads by modality), its pattern and equipment, and other names coaches write for it.
 */
export interface LibraryExercise {
  name: string
  region: StrengthRegion | null
  pattern: MovementPattern
  equipment: Equipment
  aliases: string[]
  /** The session modality a line of this exercise implies (strength for lifts). */
  modality: Modality
  runType?: RunType
}

const lift =
  (region: StrengthRegion, pattern: MovementPattern) =>
  (name: string, equipment: Equipment, aliases: string[] = []): LibraryExercise => ({
    name,
    region,
    pattern,
    equipment,
    aliases,
    modality: 'strength',
  })

const run = (name: string, runType: RunType, aliases: string[] = []): LibraryExercise => ({
  name,
  region: null,
  pattern: 'run',
  equipment: 'none',
  aliases,
  modality: 'run',
  runType,
})

const cardio = (
  name: string,
  modality: Modality,
  equipment: Equipment,
  aliases: string[] = [],
): LibraryExercise => ({
  name,
  region: null,
  pattern: modality === 'mobility' ? 'mobility' : 'cardio',
  equipment,
  aliases,
  modality,
})

const squat = lift('lower', 'squat')
const hinge = lift('lower', 'hinge')
const lunge = lift('lower', 'lunge')
const lowerIsolation = lift('lower', 'isolation')
const push = lift('upper', 'push')
const pull = lift('upper', 'pull')
const upperIsolation = lift('upper', 'isolation')
const olympic = lift('full', 'olympic')
const carry = lift('full', 'carry')
const fullPush = lift('full', 'push')
const core = lift('core', 'core')
const lowerPlyo = lift('lower', 'plyo')
const upperPlyo = lift('upper', 'plyo')

/**
 * The library a new database starts with (a coach adds to it, renames and merges). Aliases are
 * the short forms seen in coaches' sheets (BS, RDL, OHP); matching ignores case.
 */
export const LIBRARY_SEED: readonly LibraryExercise[] = [
  // Squats
  squat('Back squat', 'barbell', ['Squat', 'BS', 'Barbell squat', 'Barbell back squat']),
  squat('Front squat', 'barbell', ['FS', 'Barbell front squat']),
  squat('Safety bar squat', 'barbell', ['SSB squat', 'SSB']),
  squat('Box squat', 'barbell'),
  squat('Pause squat', 'barbell', ['Paused squat']),
  squat('Goblet squat', 'dumbbell', ['KB goblet squat']),
  squat('Zercher squat', 'barbell'),
  squat('Hack squat', 'machine'),
  squat('Leg press', 'machine'),
  squat('Belt squat', 'machine'),
  squat('Overhead squat', 'barbell', ['OHS']),
  squat('Pistol squat', 'bodyweight', ['Single-leg squat', 'Pistol']),
  squat('Wall sit', 'bodyweight'),
  // Lunges and single-leg work
  lunge('Bulgarian split squat', 'dumbbell', ['BSS', 'RFESS', 'Rear-foot-elevated split squat']),
  lunge('Split squat', 'dumbbell'),
  lunge('Walking lunge', 'dumbbell', ['Walking lunges', 'DB walking lunge']),
  lunge('Reverse lunge', 'dumbbell', ['Reverse lunges']),
  lunge('Forward lunge', 'dumbbell', ['Lunge', 'Lunges']),
  lunge('Lateral lunge', 'dumbbell', ['Side lunge']),
  lunge('Step-up', 'dumbbell', ['Step up', 'Step-ups', 'Box step-up']),
  lunge('Curtsy lunge', 'dumbbell'),
  lunge('Cossack squat', 'bodyweight'),
  lunge('Sled push', 'sled', ['Prowler push']),
  lunge('Sled drag', 'sled', ['Backward sled drag']),
  // Hinges
  hinge('Deadlift', 'barbell', ['DL', 'Conventional deadlift']),
  hinge('Sumo deadlift', 'barbell', ['Sumo DL']),
  hinge('Romanian deadlift', 'barbell', ['RDL', 'Romanian DL']),
  hinge('Stiff-leg deadlift', 'barbell', ['SLDL', 'Stiff-legged deadlift']),
  hinge('Trap bar deadlift', 'trap bar', ['Hex bar deadlift', 'TBDL']),
  hinge('Deficit deadlift', 'barbell'),
  hinge('Rack pull', 'barbell', ['Block pull']),
  hinge('Good morning', 'barbell', ['GM']),
  hinge('Single-leg Romanian deadlift', 'dumbbell', ['SLRDL', 'SL RDL', 'Single-leg RDL']),
  hinge('Hip thrust', 'barbell', ['HT', 'Barbell hip thrust']),
  hinge('Glute bridge', 'bodyweight', ['Bridge']),
  hinge('Single-leg glute bridge', 'bodyweight', ['SL glute bridge']),
  hinge('Kettlebell swing', 'kettlebell', ['KB swing', 'KBS', 'Swings']),
  hinge('Back extension', 'bodyweight', ['Hyperextension', '45° back extension']),
  hinge('Reverse hyper', 'machine'),
  hinge('Nordic hamstring curl', 'bodyweight', ['Nordic curl', 'Nordics', 'Nordic']),
  hinge('Cable pull-through', 'cable', ['Pull-through']),
  // Lower-body isolation
  lowerIsolation('Leg curl', 'machine', ['Hamstring curl', 'Lying leg curl', 'Seated leg curl']),
  lowerIsolation('Leg extension', 'machine', ['Quad extension']),
  lowerIsolation('Standing calf raise', 'machine', ['Calf raise', 'Calf raises']),
  lowerIsolation('Seated calf raise', 'machine', ['Soleus raise']),
  lowerIsolation('Single-leg calf raise', 'bodyweight', ['SL calf raise']),
  lowerIsolation('Tibialis raise', 'bodyweight', ['Tib raise']),
  lowerIsolation('Hip adduction', 'machine', ['Adductor machine']),
  lowerIsolation('Hip abduction', 'machine', ['Abductor machine']),
  lowerIsolation('Copenhagen plank', 'bodyweight', ['Copenhagen', 'Copenhagen adductor plank']),
  // Upper-body pushes
  push('Bench press', 'barbell', ['Bench', 'BP', 'Flat bench', 'Barbell bench press']),
  push('Incline bench press', 'barbell', ['Incline bench', 'Incline BP']),
  push('Close-grip bench press', 'barbell', ['CGBP', 'Close grip bench']),
  push('Dumbbell bench press', 'dumbbell', ['DB bench', 'DB bench press']),
  push('Incline dumbbell press', 'dumbbell', ['Incline DB press', 'Incline DB bench']),
  push('Overhead press', 'barbell', ['OHP', 'Military press', 'Strict press', 'Press']),
  push('Seated dumbbell shoulder press', 'dumbbell', ['DB shoulder press', 'Seated DB press']),
  push('Arnold press', 'dumbbell'),
  push('Landmine press', 'barbell', ['Half-kneeling landmine press']),
  push('Floor press', 'barbell'),
  push('Push-up', 'bodyweight', ['Push up', 'Push-ups', 'Pushups', 'Press-up']),
  push('Dip', 'bodyweight', ['Dips', 'Parallel bar dip']),
  push('Pike push-up', 'bodyweight', ['Pike pushup']),
  push('Handstand push-up', 'bodyweight', ['HSPU']),
  // Upper-body pulls
  pull('Pull-up', 'bodyweight', ['Pull up', 'Pullup', 'Pull-ups', 'Weighted pull-up']),
  pull('Chin-up', 'bodyweight', ['Chin up', 'Chinup', 'Chin-ups']),
  pull('Lat pulldown', 'cable', ['Pulldown', 'Lat pull-down']),
  pull('Barbell row', 'barbell', ['Bent-over row', 'BB row', 'Bent over row']),
  pull('Pendlay row', 'barbell'),
  pull('Dumbbell row', 'dumbbell', ['DB row', 'One-arm row', 'Single-arm row']),
  pull('Seated cable row', 'cable', ['Cable row', 'Seated row']),
  pull('Chest-supported row', 'dumbbell', ['Chest supported row', 'Seal row']),
  pull('T-bar row', 'barbell', ['T bar row']),
  pull('Inverted row', 'bodyweight', ['Ring row', 'Bodyweight row', 'TRX row']),
  pull('Meadows row', 'barbell'),
  pull('Face pull', 'cable', ['Face pulls']),
  pull('Straight-arm pulldown', 'cable', ['Straight arm pulldown']),
  pull('Shrug', 'barbell', ['Shrugs', 'Barbell shrug']),
  // Upper-body isolation
  upperIsolation('Lateral raise', 'dumbbell', ['Side raise', 'Lateral raises']),
  upperIsolation('Front raise', 'dumbbell'),
  upperIsolation('Rear delt fly', 'dumbbell', ['Reverse fly', 'Rear delt raise']),
  upperIsolation('Dumbbell fly', 'dumbbell', ['DB fly', 'Chest fly']),
  upperIsolation('Cable fly', 'cable', ['Cable crossover']),
  upperIsolation('Biceps curl', 'barbell', ['Curl', 'Barbell curl', 'Bicep curl']),
  upperIsolation('Dumbbell curl', 'dumbbell', ['DB curl']),
  upperIsolation('Hammer curl', 'dumbbell', ['Hammer curls']),
  upperIsolation('Triceps pushdown', 'cable', ['Tricep pushdown', 'Rope pushdown']),
  upperIsolation('Skull crusher', 'barbell', ['Lying triceps extension', 'Skullcrusher']),
  upperIsolation('Overhead triceps extension', 'dumbbell', ['OH triceps extension']),
  // Olympic lifts and full-body
  olympic('Power clean', 'barbell', ['PC', 'Clean']),
  olympic('Hang clean', 'barbell', ['Hang power clean', 'HPC']),
  olympic('Clean and jerk', 'barbell', ['C&J', 'Clean & jerk']),
  olympic('Snatch', 'barbell', ['Full snatch']),
  olympic('Power snatch', 'barbell'),
  olympic('Hang snatch', 'barbell', ['Hang power snatch']),
  olympic('Clean pull', 'barbell'),
  olympic('Dumbbell snatch', 'dumbbell', ['DB snatch']),
  fullPush('Push press', 'barbell', ['PP']),
  fullPush('Push jerk', 'barbell', ['Jerk', 'Split jerk']),
  fullPush('Thruster', 'barbell', ['Thrusters', 'DB thruster']),
  fullPush('Wall ball', 'medicine ball', ['Wall balls', 'Wall ball shot']),
  fullPush('Turkish get-up', 'kettlebell', ['TGU', 'Get-up']),
  fullPush('Burpee', 'bodyweight', ['Burpees']),
  fullPush('Burpee broad jump', 'bodyweight', ['BBJ', 'Burpee broad jumps']),
  fullPush('Sandbag clean', 'sandbag', ['Sandbag to shoulder']),
  // Carries
  carry("Farmer's carry", 'dumbbell', ["Farmer's walk", 'Farmers walk', 'Farmers carry']),
  carry('Suitcase carry', 'kettlebell', ['Suitcase walk']),
  carry('Overhead carry', 'kettlebell', ['Waiter walk']),
  carry('Sandbag carry', 'sandbag', ['Sandbag lunges', 'Bear-hug carry']),
  carry('Yoke carry', 'machine', ['Yoke']),
  // Core
  core('Plank', 'bodyweight', ['Front plank', 'Planks']),
  core('Side plank', 'bodyweight', ['Side planks']),
  core('Dead bug', 'bodyweight', ['Deadbug', 'Dead bugs']),
  core('Bird dog', 'bodyweight', ['Bird dogs']),
  core('Pallof press', 'cable', ['Pallof', 'Anti-rotation press']),
  core('Ab wheel rollout', 'none', ['Ab wheel', 'Rollout', 'Ab rollout']),
  core('Hanging leg raise', 'bodyweight', ['HLR', 'Leg raise']),
  core('Hanging knee raise', 'bodyweight', ['Knee raise']),
  core('Cable crunch', 'cable', ['Kneeling cable crunch']),
  core('Russian twist', 'medicine ball', ['Russian twists']),
  core('Hollow hold', 'bodyweight', ['Hollow body hold', 'Hollow']),
  core('L-sit', 'bodyweight', ['L sit']),
  core('Stir the pot', 'none'),
  core('Mountain climber', 'bodyweight', ['Mountain climbers']),
  // Plyometrics
  lowerPlyo('Box jump', 'box', ['Box jumps']),
  lowerPlyo('Broad jump', 'bodyweight', ['Standing long jump', 'Broad jumps']),
  lowerPlyo('Depth jump', 'box', ['Depth jumps']),
  lowerPlyo('Drop jump', 'box', ['Drop jumps']),
  lowerPlyo('Pogo jumps', 'bodyweight', ['Pogos', 'Pogo hops', 'Ankle hops']),
  lowerPlyo('Bounding', 'bodyweight', ['Bounds']),
  lowerPlyo('Skater jump', 'bodyweight', ['Skater jumps', 'Skaters']),
  lowerPlyo('Tuck jump', 'bodyweight', ['Tuck jumps']),
  lowerPlyo('Jumping lunge', 'bodyweight', ['Split jump', 'Split jumps', 'Jump lunges']),
  lowerPlyo('Single-leg hop', 'bodyweight', ['SL hop', 'Single-leg hops']),
  lowerPlyo('Lateral bound', 'bodyweight', ['Lateral bounds']),
  lowerPlyo('Hurdle hop', 'bodyweight', ['Hurdle hops']),
  lowerPlyo('Countermovement jump', 'bodyweight', ['CMJ', 'Vertical jump']),
  lowerPlyo('Squat jump', 'bodyweight', ['Jump squat', 'Jump squats']),
  upperPlyo('Medicine ball slam', 'medicine ball', ['Med ball slam', 'Ball slam', 'Slams']),
  upperPlyo('Medicine ball chest pass', 'medicine ball', ['Med ball chest pass', 'Chest pass']),
  upperPlyo('Rotational medicine ball throw', 'medicine ball', [
    'Rotational med ball throw',
    'Med ball rotational throw',
  ]),
  upperPlyo('Plyometric push-up', 'bodyweight', ['Plyo push-up', 'Clap push-up']),
  // Runs
  run('Easy run', 'easy', ['Easy', 'Aerobic run', 'Z2 run']),
  run('Recovery run', 'recovery', ['Recovery jog', 'Shakeout', 'Shake-out run']),
  run('Long run', 'long', ['LR', 'Long']),
  run('Tempo run', 'tempo', ['Tempo', 'Steady run']),
  run('Threshold run', 'threshold', [
    'Threshold',
    'Lactate threshold run',
    'LT run',
    'Cruise intervals',
  ]),
  run('Intervals', 'intervals', ['Interval run', 'Interval session', 'VO2max intervals', 'HIIT']),
  run('400 m repeats', 'intervals', ['400s', '400m repeats', '400 m reps']),
  run('800 m repeats', 'intervals', ['800s', '800m repeats', '800 m reps']),
  run('1000 m repeats', 'intervals', ['1 km repeats', '1000s', 'Km repeats']),
  run('Mile repeats', 'intervals', ['Miles', '1 mile repeats']),
  run('Fartlek', 'intervals', ['Fartlek run']),
  run('Progression run', 'tempo', ['Progressive run']),
  run('Strides', 'sprints', ['Stride', 'Accelerations']),
  run('Sprints', 'sprints', ['Sprint', 'Sprint repeats', 'Flying sprints']),
  run('Hill repeats', 'hill_repeats', ['Hills', 'Hill sprints', 'Hill intervals']),
  run('Race', 'race', ['Race day', 'Parkrun', 'Time trial', 'TT']),
  run('Walk-run', 'walk_run', ['Run-walk', 'Walk run']),
  run('Warm-up jog', 'recovery', ['Warm up jog', 'Warm-up run']),
  run('Cool-down jog', 'recovery', ['Cool down jog', 'Cooldown jog', 'Cool-down run']),
  run('Trail run', 'easy', ['Trail']),
  // Other cardio and mobility
  cardio('Bike', 'cycle', 'ergometer', ['Cycling', 'Cycle', 'Spin', 'Ride', 'Bike erg']),
  cardio('Assault bike', 'cycle', 'ergometer', ['Air bike', 'Echo bike', 'Airdyne']),
  cardio('Rowing', 'row', 'ergometer', ['Row', 'Rower', 'Erg', 'Row erg', 'C2 row']),
  cardio('SkiErg', 'other', 'ergometer', ['Ski erg', 'Ski']),
  cardio('Elliptical', 'elliptical', 'machine', ['Cross trainer', 'Cross-trainer']),
  cardio('Swim', 'swim', 'none', ['Swimming', 'Pool swim']),
  cardio('Walk', 'walk', 'none', ['Walking', 'Hike']),
  cardio('Incline walk', 'walk', 'machine', ['Treadmill incline walk', 'Incline treadmill walk']),
  cardio('Stair climber', 'other', 'machine', ['Stairmaster', 'Stair machine']),
  cardio('Mobility flow', 'mobility', 'none', ['Mobility', 'Mobility work', 'Stretching']),
  cardio('Yoga', 'mobility', 'none', ['Yoga flow']),
  cardio('Foam rolling', 'mobility', 'none', ['Foam roll', 'Soft tissue']),
]
