/** The sections of the app, in header order. */
export const NAV_ITEMS = [
  { id: 'deposit', label: 'Deposit', path: '/deposit' },
  { id: 'withdraw', label: 'Withdraw', path: '/withdraw' },
  { id: 'transfers', label: 'Transfers', path: '/transfers' },
  { id: 'claim', label: 'Claim', path: '/claim' },
  { id: 'request-execute', label: 'Request execute', path: '/request-execute' },
  { id: 'base-cost', label: 'Base cost', path: '/base-cost' },
] as const

export type NavItem = (typeof NAV_ITEMS)[number]
export type NavId = NavItem['id']
