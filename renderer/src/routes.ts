/**
 * Each screen has an address in the hash, so a reload stays where the coach was and Back and
 * Forward move between screens: #/clients, #/check, #/library, #/templates, #/block/ID (with #/block/ID?rows=a,b to
 * select a finding's rows, as the roster check links them).
 */
export type Route =
  | { screen: 'clients' }
  | { screen: 'check' }
  | { screen: 'library' }
  | { screen: 'templates' }
  | { screen: 'block'; blockId: string; focus: string[]; from: 'clients' | 'check' }

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** The route a hash names; the roster for anything else. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?')
  const parts = path.split('/').filter(Boolean)
  if (parts[0] === 'check') return { screen: 'check' }
  if (parts[0] === 'library') return { screen: 'library' }
  if (parts[0] === 'templates') return { screen: 'templates' }
  if (parts[0] === 'block' && parts[1] && ID.test(parts[1])) {
    const params = new URLSearchParams(query)
    const focus = (params.get('rows') ?? '').split(',').filter((id) => ID.test(id))
    return {
      screen: 'block',
      blockId: parts[1],
      focus,
      from: params.get('from') === 'check' ? 'check' : 'clients',
    }
  }
  return { screen: 'clients' }
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  if (route.screen !== 'block') return `#/${route.screen}`
  // Ids hold only letters, digits, _ and -, so the list reads as it is (no %2C for commas).
  const params = [
    ...(route.focus.length > 0 ? [`rows=${route.focus.join(',')}`] : []),
    ...(route.from === 'check' ? ['from=check'] : []),
  ]
  return `#/block/${route.blockId}${params.length > 0 ? `?${params.join('&')}` : ''}`
}
