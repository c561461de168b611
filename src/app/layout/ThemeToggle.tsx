import { cn } from '../../components/ui/cn'
import { MonitorIcon, MoonIcon, SunIcon } from '../../components/ui/icons'
import { Menu } from '../../components/ui/Menu'
import type { ThemePreference } from '../../lib/theme'
import { useTheme } from '../useTheme'

const options: { value: ThemePreference; label: string; Icon: typeof SunIcon }[] = [
  { value: 'light', label: 'Light', Icon: SunIcon },
  { value: 'dark', label: 'Dark', Icon: MoonIcon },
  { value: 'system', label: 'System', Icon: MonitorIcon },
]

/** Light / dark / system as a menu behind an icon button (header). */
export function ThemeToggle({ className }: { className?: string }) {
  const { preference, resolved, setPreference } = useTheme()
  const CurrentIcon = resolved === 'dark' ? MoonIcon : SunIcon
  return (
    <div className={className}>
      <Menu
        label={`Theme: ${preference}. Change theme`}
        radio
        align="end"
        width={180}
        data-testid="theme-toggle"
        triggerClassName="flex size-9 items-center justify-center rounded-xl border border-line bg-surface text-muted hover:bg-subtle hover:text-ink"
        trigger={<CurrentIcon className="size-4" />}
        sections={[
          {
            items: options.map(({ value, label, Icon }) => ({
              id: value,
              label: (
                <span className="flex items-center gap-2">
                  <Icon className="size-4 text-muted" />
                  {label}
                </span>
              ),
              selected: preference === value,
              onSelect: () => setPreference(value),
            })),
          },
        ]}
      />
    </div>
  )
}

/** Light / dark / system as three radio buttons (footer on phones, where the header is full). */
export function ThemeSwitch({ className }: { className?: string }) {
  const { preference, setPreference } = useTheme()
  return (
    <fieldset className={cn('flex items-center gap-3', className)} data-testid="theme-switch">
      <legend className="float-left mr-1 text-sm text-muted">Theme</legend>
      <div className="inline-flex rounded-xl border border-line bg-surface p-0.5">
        {options.map(({ value, label, Icon }) => (
          <label
            key={value}
            className="flex h-8 cursor-pointer items-center gap-1.5 rounded-lg px-2.5 text-sm text-muted has-[:checked]:bg-accent-soft has-[:checked]:text-accent-text has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring"
          >
            <input
              type="radio"
              name="ferry-theme"
              value={value}
              checked={preference === value}
              onChange={() => setPreference(value)}
              className="sr-only"
            />
            <Icon className="size-3.5" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
