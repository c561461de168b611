import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildIcs, escapeIcsText, foldIcsLine, icsDate } from './buildIcs'

const unfold = (text: string) => text.replace(/\r\n /g, '')

describe('buildIcs', () => {
  const ics = buildIcs({
    uid: 'withdrawal-0xabc@ferry',
    start: new Date('2026-11-24T15:30:00.000Z'),
    now: new Date('2026-11-24T12:00:05.123Z'),
    summary: 'Finalize your withdrawal of 1.5 ETH',
    description: 'Ready on Ethereum; claim it at https://ferry.example/#/claim/0xabc',
    url: 'https://ferry.example/#/claim/0xabc',
  })

  it('is one VEVENT with UTC times, CRLF line endings and an alarm at the start', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n|\r/)
    const lines = unfold(ics).split('\r\n')
    expect(lines).toContain('DTSTART:20261124T153000Z')
    expect(lines).toContain('DTEND:20261124T154500Z')
    expect(lines).toContain('DTSTAMP:20261124T120005Z')
    expect(lines).toContain('UID:withdrawal-0xabc@ferry')
    expect(lines).toContain('TRIGGER:PT0M')
    expect(lines).toContain('URL:https://ferry.example/#/claim/0xabc')
  })

  it('escapes TEXT values', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    const withComma = buildIcs({
      uid: 'u',
      start: new Date(0),
      summary: 'x',
      description: 'one, two; three',
    })
    expect(unfold(withComma)).toContain('DESCRIPTION:one\\, two\\; three')
  })

  it('formats dates as YYYYMMDDTHHMMSSZ', () => {
    expect(icsDate(new Date('2027-01-02T03:04:05.999Z'))).toBe('20270102T030405Z')
  })

  it('folds lines at 75 octets without splitting characters, and unfolding restores them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${text}`
        const folded = foldIcsLine(line)
        for (const part of folded.split('\r\n'))
          expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
        expect(unfold(folded)).toBe(line)
      }),
    )
  })
})
