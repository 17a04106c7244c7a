import { describe, expect, it } from 'vitest'
import { readDuration, readSessionKind, readTime } from '../../../shared/plans/lenient-values'

describe('times as coaches type them', () => {
  it.each([
    ['7', '07:00'],
    ['12', '12:00'],
    ['0700', '07:00'],
    ['700', '07:00'],
    ['1200', '12:00'],
    ['1930', '19:30'],
    ['7am', '07:00'],
    ['12pm', '12:00'],
    ['12am', '00:00'],
    ['7:30pm', '19:30'],
    ['7.30 PM', '19:30'],
    ['19.30', '19:30'],
    ['7:05', '07:05'],
    ['07:00', '07:00'],
  ])('%s → %s', (text, time) => expect(readTime(text)).toBe(time))

  it.each(['25', '13pm', '7:75', 'seven', '', '24:00'])('%s is no time', (text) =>
    expect(readTime(text)).toBeNull(),
  )
})

describe('durations as coaches type them', () => {
  it.each([
    ['45', 45],
    ['90m', 90],
    ['90 min', 90],
    ['1h', 60],
    ['1.5h', 90],
    ['1.1h', 66],
    ['1:15', 75],
    ['1h30', 90],
    ['1 h 30 min', 90],
  ])('%s → %d min', (text, minutes) => expect(readDuration(text)).toBe(minutes))

  it.each(['1hstup', 'an hour', '1:75', ''])('%s is no duration', (text) =>
    expect(readDuration(text)).toBeNull(),
  )
})

describe('session words in the Modality cell', () => {
  it.each([
    ['squat', { modality: 'strength', region: 'lower' }],
    ['Deadlift', { modality: 'strength', region: 'lower' }],
    ['lunge', { modality: 'strength', region: 'lower' }],
    ['bench', { modality: 'strength', region: 'upper' }],
    ['press', { modality: 'strength', region: 'upper' }],
    ['pull-up', { modality: 'strength', region: 'upper' }],
    ['intervals', { modality: 'run', runType: 'intervals' }],
    ['HIIT', { modality: 'run', runType: 'intervals' }],
    ['tempo', { modality: 'run', runType: 'tempo' }],
    ['easy run', { modality: 'run', runType: 'easy' }],
    ['long run', { modality: 'run', runType: 'long' }],
  ])('%s', (text, changes) => expect(readSessionKind(text)).toEqual(changes))

  it('an unknown word is nothing', () => expect(readSessionKind('yoga flow')).toBeNull())
})
