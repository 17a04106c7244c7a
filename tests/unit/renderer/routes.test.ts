import { describe, expect, it } from 'vitest'
import { parseRoute, routeHash } from '../../../renderer/src/routes'
import type { Route } from '../../../renderer/src/routes'

describe('screen addresses', () => {
  it.each<[string, Route]>([
    ['', { screen: 'clients' }],
    ['#/clients', { screen: 'clients' }],
    ['#/check', { screen: 'check' }],
    ['#/library', { screen: 'library' }],
    ['#/block/b-1', { screen: 'block', blockId: 'b-1', focus: [], from: 'clients' }],
    [
      '#/block/b-1?rows=s1,s2&from=check',
      { screen: 'block', blockId: 'b-1', focus: ['s1', 's2'], from: 'check' },
    ],
    ['#/block/../../etc', { screen: 'clients' }],
    ['#/nowhere', { screen: 'clients' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
  })

  it('writes back what it reads', () => {
    const route: Route = { screen: 'block', blockId: 'b1', focus: ['x', 'y'], from: 'check' }
    expect(parseRoute(routeHash(route))).toEqual(route)
  })
})
